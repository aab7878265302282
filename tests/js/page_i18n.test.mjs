// The demo page's string tables (www/i18n/<tag>.js) against English: every
// locale has every key of en.js and no other, no empty text, the same
// `{placeholder}` names, and a complete plural set; every key the page uses
// exists in en.js; LOCALES lists exactly the tables. No browser needed:
//
//   node --test tests/js/page_i18n.test.mjs
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";

import { LOCALES } from "../../www/i18n.js";
import { ACCOUNT_FIELDS } from "../../www/rows.js";

const WWW = new URL("../../www/", import.meta.url);
const TABLES = new URL("i18n/", WWW);
const CATEGORIES = ["zero", "one", "two", "few", "many", "other"];

const tags = readdirSync(TABLES)
  .filter((f) => f.endsWith(".js"))
  .map((f) => f.slice(0, -3))
  .sort();
const tables = Object.fromEntries(
  await Promise.all(tags.map(async (tag) => [tag, (await import(new URL(`${tag}.js`, TABLES))).default])),
);
const en = tables.en;

/** The `{name}` placeholders of a text, sorted. */
const placeholders = (text) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

/** A plural set is a base that en.js gives as `base.one` and `base.other`
 * (what tCount reads); `managers.main.other` alone is a plain key. */
const pluralBases = new Set(
  Object.keys(en)
    .filter((k) => k.endsWith(".other") && Object.hasOwn(en, k.replace(/\.other$/, ".one")))
    .map((k) => k.replace(/\.other$/, "")),
);

/** The plural base and category of a key, when it belongs to a plural set. */
function pluralOf(key) {
  const dot = key.lastIndexOf(".");
  const base = key.slice(0, dot);
  const category = key.slice(dot + 1);
  return pluralBases.has(base) && CATEGORIES.includes(category) ? { base, category } : null;
}

/** Every problem of one locale's table, as lines (empty: none). */
function problems(tag, table) {
  const out = [];
  const needed = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const seen = new Map([...pluralBases].map((b) => [b, new Set()]));
  for (const [key, text] of Object.entries(table)) {
    if (typeof text !== "string" || text.trim() === "") {
      out.push(`${key}: empty text`);
      continue;
    }
    const plural = pluralOf(key);
    if (plural) {
      seen.get(plural.base).add(plural.category);
      if (!needed.includes(plural.category)) {
        out.push(`${key}: ${tag} has no plural category "${plural.category}"`);
      }
      // A form may leave the number out ("خطأ واحد", one error) but may not
      // name anything the English `other` form does not give.
      const allowed = placeholders(en[`${plural.base}.other`]);
      const extra = placeholders(text).filter((p) => !allowed.includes(p));
      if (extra.length) out.push(`${key}: unknown placeholder(s) ${extra.join(", ")}`);
      if (plural.category === "other") {
        const want = allowed.join(", ");
        const got = placeholders(text).join(", ");
        if (want !== got) out.push(`${key}: placeholders [${got}], en.js has [${want}]`);
      }
      continue;
    }
    if (!Object.hasOwn(en, key)) {
      out.push(`${key}: not a key of en.js`);
      continue;
    }
    const want = placeholders(en[key]).join(", ");
    const got = placeholders(text).join(", ");
    if (want !== got) out.push(`${key}: placeholders [${got}], en.js has [${want}]`);
  }
  for (const key of Object.keys(en)) {
    if (!pluralOf(key) && !Object.hasOwn(table, key)) out.push(`${key}: missing`);
  }
  for (const [base, categories] of seen) {
    for (const category of needed) {
      if (!categories.has(category)) out.push(`${base}.${category}: missing (a ${tag} plural form)`);
    }
    if (!categories.has("other")) out.push(`${base}.other: missing (every plural set needs it)`);
  }
  return out;
}

test("the check itself finds each kind of problem", () => {
  const broken = { ...tables.de };
  delete broken["page.title"];
  broken["page.extra"] = "Extra";
  broken["submit"] = " ";
  broken["page.failed"] = "Fehler: {fehler}";
  broken["managers.main.id"] = "Partnermanager";
  delete broken["summary.errorCount.other"];
  broken["summary.warningCount.few"] = "{count} Warnungen";
  const found = problems("de", broken).join("\n");
  for (const want of [
    "page.title: missing",
    "page.extra: not a key of en.js",
    "submit: empty text",
    "page.failed: placeholders [fehler], en.js has [error]",
    "managers.main.id: placeholders [], en.js has [id]",
    "summary.errorCount.other: missing",
    'summary.warningCount.few: de has no plural category "few"',
  ]) {
    assert.ok(found.includes(want), `want "${want}" in:\n${found}`);
  }
  const ru = { ...tables.ru };
  delete ru["summary.errorCount.few"];
  assert.match(problems("ru", ru).join("\n"), /summary\.errorCount\.few: missing/);
});

test("en.js has the plural sets tCount reads", () => {
  assert.deepEqual([...pluralBases].sort(), ["summary.errorCount", "summary.warningCount"]);
});

for (const tag of tags.filter((t) => t !== "en")) {
  test(`www/i18n/${tag}.js has every key of en.js, filled, with its placeholders`, () => {
    const found = problems(tag, tables[tag]);
    assert.deepEqual(found, [], `${tag}:\n${found.join("\n")}`);
  });
}

test("en.js itself has no empty text and no stray plural form", () => {
  assert.deepEqual(problems("en", en), []);
});

test("LOCALES offers exactly the tables, each named in itself, with a direction and countries", () => {
  assert.deepEqual(Object.keys(LOCALES).sort(), tags);
  const enCountries = Object.keys(JSON.parse(readFileSync(new URL("countries/en.json", WWW), "utf8"))).sort();
  for (const [tag, { name, dir }] of Object.entries(LOCALES)) {
    assert.ok(name.trim(), `${tag}: no name`);
    assert.equal(dir, tag === "ar" ? "rtl" : "ltr", `${tag}: direction`);
    const countries = JSON.parse(readFileSync(new URL(`countries/${tag}.json`, WWW), "utf8"));
    assert.deepEqual(Object.keys(countries).sort(), enCountries, `${tag}: country codes`);
  }
});

test("every key the page names exists in en.js", () => {
  const used = new Set();
  const html = readFileSync(new URL("index.html", WWW), "utf8");
  for (const m of html.matchAll(/data-i18n(?:-[a-z-]+)?="([^"]+)"/g)) {
    if (!m[0].startsWith("data-i18n-params")) used.add(m[1]);
  }
  for (const file of readdirSync(WWW).filter((f) => f.endsWith(".js"))) {
    const source = readFileSync(new URL(file, WWW), "utf8");
    for (const m of source.matchAll(/\bt\("([^"]+)"/g)) used.add(m[1]);
    for (const m of source.matchAll(/\btCount\("([^"]+)"/g)) used.add(`${m[1]}.other`);
  }
  for (const fields of Object.values(ACCOUNT_FIELDS)) {
    for (const [field] of fields) used.add(`field.${field}`);
  }
  const missing = [...used].filter((k) => !Object.hasOwn(en, k));
  assert.deepEqual(missing, []);
  assert.ok(used.size > 50, `only ${used.size} keys found: the scan is broken`);
});
