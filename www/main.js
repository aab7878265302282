// The demo page: loads the validator, attaches it to #user-form, and shows
// each check's result (summary, affiliate-manager outcome, preview). The
// validation itself, and the marks beside each control, are attach_form's.
import init, { attach_form } from "../pkg/tm_user_validator.js";
import { LOCALES, preferredLocale, t, translate, useLocale } from "./i18n.js";
import { fillCountries } from "./countries.js";
import { refreshMainChoices, syncClearAll, syncMainName } from "./managers.js";
import { outcomeText } from "./outcome.js";
import { renderPreview, wirePreview } from "./preview.js";
import { addManager, addMethod, addPair, wireRows } from "./rows.js";
import { currentIds, readOptions, showMode } from "./settings.js";
import { renderSummary } from "./summary.js";

const $ = (id) => document.getElementById(id);
const form = $("user-form");
let locale = "en";
let handle = null;

/** The main-manager choices follow the rows and the record's managers. */
function refreshManagers() {
  const rows = [...$("manager-list").querySelectorAll("input")].map((i) => i.value);
  refreshMainChoices($("main-choice"), $("main-other"), [...rows, ...currentIds()]);
}

/** Hands the settings to attach_form; a malformed one is shown, not thrown. */
function applySettings() {
  showMode();
  refreshManagers();
  try {
    handle.setOptions(readOptions(locale));
    $("settings-error").hidden = true;
  } catch (error) {
    $("settings-error").textContent = t("settings.invalid", { error: error.message });
    $("settings-error").hidden = false;
  }
}

/** Every check's result, from the tm-validate event. */
function render(built) {
  renderSummary(built.report, (issue) => handle.controlFor(issue));
  $("outcome").textContent = outcomeText(built.report.affiliateManagers);
  renderPreview(built);
}

async function switchLocale(tag) {
  locale = await useLocale(tag);
  translate();
  await fillCountries($("country"), locale, t("profile.country.none"));
  if (handle) applySettings();
}

function wireControls() {
  wireRows(form, refreshManagers);
  wirePreview();
  $("add-manager").addEventListener("click", () => addManager($("manager-list")).focus());
  $("add-custom").addEventListener("click", () => addPair($("custom-fields")).focus());
  $("add-method").addEventListener("click", () => addMethod($("custom-methods")).focus());
  $("main-choice").addEventListener("change", () => syncMainName($("main-choice"), $("main-other")));
  $("clear-managers").addEventListener("change", () =>
    syncClearAll($("clear-managers"), $("manager-rows")));
  $("settings").addEventListener("change", applySettings);
  $("settings").addEventListener("input", applySettings);
  $("locale").addEventListener("change", () => switchLocale($("locale").value));
  form.addEventListener("tm-validate", (event) => render(event.detail));
  // attach_form's own submit listener runs first and holds an invalid
  // form back; a valid one reaches here. The demo sends nothing.
  form.addEventListener("submit", (event) => {
    if (event.defaultPrevented) return;
    event.preventDefault();
    $("submit-status").textContent = t("submit.demo");
  });
}

async function main() {
  await init();
  $("locale").replaceChildren(
    ...Object.entries(LOCALES).map(([tag, { name }]) => new Option(name, tag)),
  );
  await switchLocale(preferredLocale());
  $("locale").value = locale;
  wireControls();
  showMode();
  refreshManagers();
  handle = attach_form(form, { ...readOptions(locale), debounce: 200 });
  handle.check();
  $("status").hidden = true;
  // For automation and the console: the handle, and a check on demand.
  window.tmPage = { handle, check: () => handle.check() };
}

main().catch((error) => {
  $("status").textContent = t("page.failed", { error: error?.message ?? String(error) });
});
