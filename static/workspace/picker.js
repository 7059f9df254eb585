// Turns a list of checkboxes ([data-picker]) into a searchable picker that shows what is chosen.
// Without this script the list still works: it is plain checkboxes, usable by keyboard.
(function () {
  "use strict";
  // Translated by the page (workspace/secretariat/script_words.py, rendered with json_script).
  var words = JSON.parse((document.getElementById("script-words") || {}).textContent || "{}");

  function labelText(item) {
    return item.textContent.replace(/\s+/g, " ").trim();
  }

  function setUp(picker, index) {
    var list = picker.querySelector("[data-picker-options]");
    var chosen = picker.querySelector("[data-picker-chosen]");
    var items = Array.prototype.slice.call(list.children);
    var search = document.createElement("input");
    search.type = "search";
    search.id = (picker.id || "picker-" + index) + "-search";
    search.className = "picker-search";
    search.setAttribute("aria-label", words.search);
    search.placeholder = words.search + "…";
    search.setAttribute("aria-controls", list.id || "");
    picker.insertBefore(search, list);

    function filter() {
      var needle = search.value.toLowerCase().trim();
      items.forEach(function (item) {
        item.hidden = needle !== "" && labelText(item).toLowerCase().indexOf(needle) === -1;
      });
    }

    function showChosen() {
      var names = items
        .filter(function (item) { return item.querySelector("input").checked; })
        .map(labelText);
      chosen.hidden = false;
      chosen.textContent = names.length ? words.chosen + " (" + names.length + "): " + names.join(", ") : words.none;
    }

    search.addEventListener("input", filter);
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") {
        // Enter picks the only match instead of submitting the whole form.
        event.preventDefault();
        var visible = items.filter(function (item) { return !item.hidden; });
        if (visible.length === 1) {
          var box = visible[0].querySelector("input");
          box.checked = !box.checked;
          box.dispatchEvent(new Event("change", { bubbles: true }));
        }
      } else if (event.key === "ArrowDown") {
        var first = items.filter(function (item) { return !item.hidden; })[0];
        if (first) { event.preventDefault(); first.querySelector("input").focus(); }
      }
    });
    list.addEventListener("change", showChosen);
    showChosen();

    picker.partnersFirst = function (bodyId) {
      // The lead body's partner agencies (mitra kerja) first, the rest after, each once.
      var partners = [], others = [];
      items.forEach(function (item) {
        var box = item.querySelector("input");
        var of = (box.getAttribute("data-partners") || "").split(" ");
        var isPartner = bodyId && of.indexOf(String(bodyId)) !== -1;
        item.classList.toggle("is-partner", Boolean(isPartner));
        item.title = isPartner ? words.partners : "";
        (isPartner ? partners : others).push(item);
      });
      partners.concat(others).forEach(function (item) { list.appendChild(item); });
    };
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-picker]").forEach(setUp);
  });
})();
