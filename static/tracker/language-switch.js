// Submits the admin's language switch on change (an inline handler would break the CSP).
document.addEventListener("DOMContentLoaded", () => {
  const select = document.getElementById("language-switch");
  if (select) select.addEventListener("change", () => select.form.submit());
});
