// The affiliate-manager controls beyond the plain rows: the main-manager
// choice and "clear all", in build_payload's convention:
//   affiliate_manager_id = "unchanged"  not sent (leave the main manager)
//   affiliate_manager_id = ""           sent as "" (unset, or promote the only one)
//   affiliateManagers (checkbox, "")    sent as [] (clear all)
//   no affiliateManagers control filled not sent (leave the list)
import { t } from "./i18n.js";

const UNCHANGED = "unchanged";
// The choice that hands the name to the free "other ID" input.
const OTHER = "other";

/** The IDs the main-manager select offers: the rows', and on edit the
 * record's current ones. */
function offered(ids) {
  return [...new Set(ids.map((v) => v.trim()).filter((v) => /^\d+$/.test(v)))];
}

/** Rebuilds the main-manager select's options, keeping the choice. */
export function refreshMainChoices(select, other, ids) {
  const keep = select.value || UNCHANGED;
  const choices = offered(ids);
  if (/^\d+$/.test(keep) && !choices.includes(keep)) choices.push(keep);
  select.replaceChildren(
    new Option(t("managers.main.unchanged"), UNCHANGED),
    new Option(t("managers.main.none"), ""),
    ...choices.map((id) => new Option(t("managers.main.id", { id }), id)),
    new Option(t("managers.main.other"), OTHER),
  );
  select.value = keep;
  syncMainName(select, other);
}

/** Exactly one control is named `affiliate_manager_id`: the select, or the
 * free input when "another ID" is chosen. */
export function syncMainName(select, other) {
  const free = select.value === OTHER;
  other.hidden = !free;
  if (free) {
    select.removeAttribute("name");
    other.name = "affiliate_manager_id";
  } else {
    other.removeAttribute("name");
    select.name = "affiliate_manager_id";
  }
}

/** "Clear all" sends the empty list: the rows are disabled meanwhile, so
 * they send nothing. */
export function syncClearAll(checkbox, rows) {
  rows.disabled = checkbox.checked;
}
