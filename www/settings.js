// The request settings (mode, user id, what the record holds now, the
// managers that exist): unnamed controls, read into attach_form options.
const $ = (id) => document.getElementById(id);

/** An integer typed in a box, or what was typed (so the option error names
 * it), or null when empty. */
function integer(text) {
  const s = text.trim();
  if (!s) return null;
  return /^\d+$/.test(s) ? Number(s) : s;
}

/** A comma-separated list of IDs; anything else is passed on as typed. */
function integers(text) {
  return text.split(",").map((s) => s.trim()).filter(Boolean).map(integer);
}

/** The options the settings describe, every key present (null: default),
 * since setOptions merges. */
export function readOptions(locale) {
  const edit = $("mode").value === "edit";
  const known = integers($("known-managers").value);
  return {
    mode: edit ? "edit" : "create",
    userId: edit ? integer($("user-id").value) : null,
    current: edit && $("current-known").checked
      ? {
        affiliate_manager_id: integer($("current-main").value),
        affiliateManagers: integers($("current-assigned").value),
      }
      : null,
    knownAffiliateManagers: known.length ? known : null,
    locale,
  };
}

/** The IDs the record holds now, when known (for the main-manager choice). */
export function currentIds() {
  if ($("mode").value !== "edit" || !$("current-known").checked) return [];
  return [$("current-main").value, ...$("current-assigned").value.split(",")];
}

/** Shows what belongs to the mode: create-only controls are disabled on
 * edit (an `id` is forbidden there), edit-only settings hidden on create. */
export function showMode() {
  const edit = $("mode").value === "edit";
  for (const el of document.querySelectorAll(".create-only")) {
    el.hidden = edit;
    for (const input of el.querySelectorAll("input")) input.disabled = edit;
  }
  for (const el of document.querySelectorAll(".edit-only")) el.hidden = !edit;
  document.querySelector(".current").hidden = !$("current-known").checked;
}
