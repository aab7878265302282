// The form's repeated parts: assigned managers, custom profile fields,
// payment methods and their accounts. Rows come from the <template>s of
// index.html; this module gives their controls build_payload names and
// keeps those names right as rows come and go (accounts are renumbered
// 0, 1, 2… so a name always says where its value lands).
import { translate } from "./i18n.js";
import { fieldName } from "./names.js";

/** The fields of an account of each known method (the API document's
 * keys); other methods get free field/value pairs. */
export const ACCOUNT_FIELDS = {
  "Wire transfer": [
    ["IBAN", "ltr"],
    ["Account holder name", "auto"],
    ["Account holder address", "auto"],
    ["SWIFT/BIC", "ltr"],
    ["Bank name", "auto"],
    ["Bank address", "auto"],
    ["Intermediary Bank", "auto"],
    ["Intermediary bank SWIFT", "ltr"],
    ["Intermediary bank address", "auto"],
  ],
  PayPal: [["Paypal email", "ltr", "email"]],
};

const clone = (id) => document.getElementById(id).content.firstElementChild.cloneNode(true);

/** A labelled input for `field`, named later by `renumber`. */
function accountField(field, dir, type = "text", labelKey = `field.${field}`) {
  const label = document.createElement("label");
  label.className = "field";
  const text = document.createElement("span");
  text.dataset.i18n = labelKey;
  const input = document.createElement("input");
  input.type = type;
  input.dir = dir;
  input.dataset.field = field;
  if (field === "id") input.inputMode = "numeric";
  label.append(text, input);
  return label;
}

/** Names a pair row's value `prefix[key]`; a pair with no key sends nothing
 * (and its key is then required once it has a value). */
function namePair(row, prefix) {
  const key = row.querySelector(".pair-key");
  const value = row.querySelector(".pair-value");
  const k = key.value.trim();
  if (k && prefix) value.name = fieldName(...prefix, k);
  else value.removeAttribute("name");
  key.required = !k && value.value.trim() !== "";
}

/** The name segments of a pair list: `profile`, or an account's place. */
function pairPrefix(list) {
  const account = list.closest(".account");
  if (!account) return [list.dataset.prefix];
  const method = methodName(account.closest(".method"));
  return method ? ["paymentMethods", method, account.dataset.index] : null;
}

function namePairs(list) {
  const prefix = pairPrefix(list);
  for (const row of list.children) namePair(row, prefix);
}

/** A method section's name: fixed, or typed by the user. */
function methodName(section) {
  return section.dataset.method ?? section.querySelector(".method-name").value.trim();
}

/** Renames every control of a method's accounts, numbering them 0, 1, 2…
 * A custom method with no name yet sends nothing. */
export function renumber(section) {
  const method = methodName(section);
  const accounts = section.querySelectorAll(":scope > .accounts > .account");
  accounts.forEach((account, i) => {
    account.dataset.index = String(i);
    const legend = account.querySelector("legend");
    legend.dataset.i18nParams = JSON.stringify({ n: i + 1 });
    for (const input of account.querySelectorAll("[data-field]")) {
      if (method) input.name = fieldName("paymentMethods", method, i, input.dataset.field);
      else input.removeAttribute("name");
    }
    namePairs(account.querySelector(".pairs"));
  });
  translate(section);
}

/** Adds an account to a method section; returns its first input. */
export function addAccount(section) {
  const account = clone("tpl-account");
  const fields = account.querySelector(".account-fields");
  fields.append(accountField("id", "ltr", "text", "payment.account.id"));
  const known = ACCOUNT_FIELDS[section.dataset.method];
  for (const [field, dir, type] of known ?? []) fields.append(accountField(field, dir, type));
  if (!known) account.querySelector(".add-pair").hidden = false;
  section.querySelector(".accounts").append(account);
  renumber(section);
  return account.querySelector("input");
}

/** Adds a free field/value pair to a list; returns its key input. */
export function addPair(list) {
  const row = clone("tpl-pair");
  list.append(row);
  translate(row);
  namePair(row, pairPrefix(list));
  return row.querySelector(".pair-key");
}

/** Adds a method the user names; returns its name input. */
export function addMethod(container) {
  const section = clone("tpl-method");
  container.append(section);
  translate(section);
  return section.querySelector(".method-name");
}

/** Adds an assigned-manager row; returns its input. */
export function addManager(list, value = "") {
  const row = clone("tpl-manager");
  const input = row.querySelector("input");
  input.value = value;
  list.append(row);
  translate(row);
  nameManager(input);
  return input;
}

/** A manager row counts only when it holds something: an empty row sent as
 * `affiliateManagers[]` would clear the list. */
export function nameManager(input) {
  if (input.value.trim()) input.name = "affiliateManagers[]";
  else input.removeAttribute("name");
}

/** Buttons of the repeated parts, by class: what a click does. */
const CLICKS = {
  "remove": (button) => button.closest(".row").remove(),
  "add-pair": (button) => addPair(button.closest(".account").querySelector(".pairs")).focus(),
  "add-account": (button) => addAccount(button.closest(".method")).focus(),
  "remove-account": (button) => {
    const section = button.closest(".method");
    button.closest(".account").remove();
    renumber(section);
  },
  "remove-method": (button) => button.closest(".method").remove(),
};

/** What typing in an unnamed control of a row renames. */
const EDITS = {
  "pair-key": (input) => namePair(input.closest(".row"), pairPrefix(input.closest("ol"))),
  "pair-value": (input) => namePair(input.closest(".row"), pairPrefix(input.closest("ol"))),
  "method-name": (input) => renumber(input.closest(".method")),
  "manager-id": (input) => nameManager(input),
};

/** Wires the repeated parts of `form`; `changed()` runs after each change
 * of the manager list. */
export function wireRows(form, changed) {
  form.addEventListener("click", (event) => {
    const button = event.target.closest("button[type=button]");
    const action = button && Object.keys(CLICKS).find((c) => button.classList.contains(c));
    if (!action) return;
    CLICKS[action](button);
    changed();
  });
  form.addEventListener("input", (event) => {
    const action = Object.keys(EDITS).find((c) => event.target.classList?.contains(c));
    if (!action) return;
    EDITS[action](event.target);
    changed();
  });
}
