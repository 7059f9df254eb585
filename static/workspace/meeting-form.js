// The "log a meeting" page: follow-ups offer the agenda items as they are typed, the lead
// body's partner agencies come first, and a weekend or public holiday is pointed out.
(function () {
  "use strict";
  // Translated by the page (workspace/secretariat/script_words.py, rendered with json_script).
  var words = JSON.parse((document.getElementById("script-words") || {}).textContent || "{}");

  function fill(text, values) {
    return String(text || "").replace(/%\((\w+)\)s/g, function (_, name) { return values[name]; });
  }

  function agendaTitles(form) {
    return Array.prototype.map.call(
      form.querySelectorAll("[data-agenda-row] input[name$='-title']"),
      function (input) { return input.value.trim(); }
    );
  }

  function relabelAgendaChoices(form) {
    var titles = agendaTitles(form);
    form.querySelectorAll("select[name$='-agenda_item']").forEach(function (select) {
      Array.prototype.forEach.call(select.options, function (option) {
        if (option.value === "") return;
        var position = Number(option.value);
        var title = titles[position] || "";
        option.textContent = fill(words.agenda_item, { number: position + 1 }) + (title ? ": " + title.slice(0, 60) : "");
        // An empty agenda row cannot carry a follow-up.
        option.disabled = title === "" && !option.selected;
      });
    });
  }

  function warnDayOff(form) {
    var box = form.querySelector("[data-holidays]");
    var input = form.querySelector("input[name='date']");
    var warning = form.querySelector("[data-day-warning]");
    if (!box || !input || !warning) return;
    var holidays = {};
    try { holidays = JSON.parse(box.getAttribute("data-holidays") || "{}"); } catch (e) { holidays = {}; }
    function check() {
      var match = /^(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})$/.exec(input.value.trim());
      var iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(input.value.trim());
      var day = match ? new Date(Number(match[3]), Number(match[2]) - 1, Number(match[1]))
        : iso ? new Date(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])) : null;
      if (!day || isNaN(day.getTime())) { warning.hidden = true; return; }
      var key = day.getFullYear() + "-" + String(day.getMonth() + 1).padStart(2, "0") + "-" + String(day.getDate()).padStart(2, "0");
      var reason = holidays[key] ? fill(words.holiday, { name: holidays[key] })
        : day.getDay() === 6 ? words.saturday
        : day.getDay() === 0 ? words.sunday : "";
      warning.hidden = !reason;
      warning.textContent = reason ? fill(words.day_warning, { reason: reason }) : "";
    }
    input.addEventListener("change", check);
    input.addEventListener("blur", check);
    check();
  }

  function partnersFirst(form) {
    var lead = form.querySelector("select[name='lead_body']");
    var picker = form.querySelector("#id_invited_organizations");
    if (!lead || !picker) return;
    function apply() { if (picker.partnersFirst) picker.partnersFirst(lead.value); }
    lead.addEventListener("change", apply);
    // picker.js sets itself up on DOMContentLoaded too; wait for it.
    window.setTimeout(apply, 0);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var form = document.querySelector("form.meeting-form");
    if (!form) return;
    relabelAgendaChoices(form);
    form.addEventListener("input", function (event) {
      if (event.target.name && /^agenda-\d+-title$/.test(event.target.name)) relabelAgendaChoices(form);
    });
    warnDayOff(form);
    partnersFirst(form);
    var summary = document.getElementById("error-summary");
    if (summary) summary.focus();
  });
})();
