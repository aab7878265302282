// The page's strings: one table module per locale (www/i18n/<tag>.js, key ->
// text), looked up by key. Text only ever reaches the page as textContent or
// an attribute value.

// The locales the picker offers: tag -> its name in itself and its writing
// direction. Add a line (and www/i18n/<tag>.js; www/countries/<tag>.json
// is generated) to add one.
export const LOCALES = {
  en: { name: "English", dir: "ltr" },
};

let table = {};
let plurals = new Intl.PluralRules("en");

/** Loads a locale's table; an unknown tag gives English. */
export async function useLocale(tag) {
  const chosen = Object.hasOwn(LOCALES, tag) ? tag : "en";
  table = (await import(`./i18n/${chosen}.js`)).default;
  plurals = new Intl.PluralRules(chosen);
  document.documentElement.lang = chosen;
  document.documentElement.dir = LOCALES[chosen].dir;
  return chosen;
}

/** The best supported locale for the browser's languages. */
export function preferredLocale() {
  for (const lang of navigator.languages ?? [navigator.language]) {
    const primary = String(lang).split("-")[0].toLowerCase();
    if (Object.hasOwn(LOCALES, primary)) return primary;
  }
  return "en";
}

/** The text of `key` with `{name}` replaced by `params.name`. */
export function t(key, params = {}) {
  const text = Object.hasOwn(table, key) ? table[key] : key;
  return text.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}

/** `key.<plural category>` (falling back to `key.other`) with `{count}`. */
export function tCount(key, count) {
  const exact = `${key}.${plurals.select(count)}`;
  return t(Object.hasOwn(table, exact) ? exact : `${key}.other`, { count });
}

/** What each data-i18n attribute fills: attribute name -> setter. */
const TARGETS = {
  "data-i18n": (el, text) => { el.textContent = text; },
  "data-i18n-aria-label": (el, text) => el.setAttribute("aria-label", text),
  "data-i18n-placeholder": (el, text) => el.setAttribute("placeholder", text),
};

/** Fills every element under `root` that names a key (params from
 * `data-i18n-params`, JSON). */
export function translate(root = document) {
  if (root === document) document.title = t("page.title");
  for (const [attr, set] of Object.entries(TARGETS)) {
    for (const el of root.querySelectorAll(`[${attr}]`)) {
      const params = el.dataset.i18nParams ? JSON.parse(el.dataset.i18nParams) : {};
      set(el, t(el.getAttribute(attr), params));
    }
  }
}
