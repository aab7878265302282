// The demo page in Arabic and Chinese, end to end in headless Chromium: the
// page's direction and language, translated labels, the validator's messages
// beside the fields in the chosen language, and left-to-right islands
// (emails, IBANs, BICs, phone numbers, IDs, the JSON preview) in the
// right-to-left page.
//
//   scripts/build.sh && node --test tests/e2e/locales.test.mjs
//   UPDATE_SCREENSHOT=1 node --test tests/e2e/locales.test.mjs   (also rewrites docs/screenshot-ar.png)
//
// Every wait is for a state the page reaches (a language, a message), never
// for a time.
import assert from "node:assert/strict";
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { demoSession, openDemo, ROOT, shoot } from "./harness.mjs";

const session = demoSession();

/** The page's string table of a locale. */
const table = async (tag) => (await import(join(ROOT, "www", "i18n", `${tag}.js`))).default;

/** The exact invalid_email message of each locale, from the shared case file. */
const EMAIL_MESSAGE = Object.fromEntries(
  JSON.parse(readFileSync(join(ROOT, "tests", "cases", "locales.json"), "utf8")).cases
    .filter((c) => c.name.startsWith("every locale /"))
    .map((c) => [c.options.locale, c.messages[c.errors.findIndex(([p]) => p === "/email")]]),
);

/** What tCount gives for `count` in `tag`. */
function counted(strings, tag, key, count) {
  const exact = `${key}.${new Intl.PluralRules(tag).select(count)}`;
  const text = strings[exact] ?? strings[`${key}.other`];
  return text.replace("{count}", String(count));
}

/** A fresh page, loaded and attached, in a browser whose languages are
 * `languages`. */
const openPage = (languages) => openDemo(session, languages);

const at = (name) => `[name="${name}"]`;

/** The message attach_form put beside a control (the element of its
 * aria-describedby that attach_form made), as [text, computed direction]. */
function messageBeside(page, selector) {
  return page.locator(selector).evaluate((el) => {
    const mark = (el.getAttribute("aria-describedby") ?? "").split(" ")
      .map((id) => document.getElementById(id))
      .find((m) => m?.hasAttribute("data-tm-message"));
    return mark ? [mark.textContent, getComputedStyle(mark).direction] : null;
  });
}

/** Switches the picker and waits until the page speaks `tag` and the email
 * message beside the field is the validator's in that language. */
async function switchTo(page, tag) {
  await page.selectOption("#locale", tag);
  await page.waitForFunction(
    ([lang, message]) => document.documentElement.lang === lang
      && [...document.querySelectorAll("[data-tm-message]")].some((m) => m.textContent === message),
    [tag, EMAIL_MESSAGE[tag]],
  );
}

/** The element's `dir` attribute and its computed direction. */
function direction(page, selector) {
  return page.locator(selector).first().evaluate((el) => [el.getAttribute("dir"), getComputedStyle(el).direction]);
}

/** A form with one error (the email) and a wire account, as a partner
 * in the Emirates would fill it. */
async function fillSample(page) {
  await page.fill(at("username"), "sara_k");
  await page.fill(at("password"), "securepassword123");
  await page.fill(at("profile[firstName]"), "سارة");
  await page.fill(at("profile[lastName]"), "خليل");
  await page.selectOption(at("profile[country]"), "AE");
  await page.fill(at("profile[phone]"), "+971 50 123 4567");
  await page.click("#add-manager");
  await page.locator("#manager-list input").last().fill("15");
  const wire = page.locator('.method[data-method="Wire transfer"]');
  await wire.locator(":scope > .add-account").click();
  await wire.locator('[data-field="IBAN"]').fill("AE07 0331 2345 6789 0123 456");
  await wire.locator('[data-field="Account holder name"]').fill("سارة خليل");
  await wire.locator('[data-field="SWIFT/BIC"]').fill("EBILAEAD");
  await page.fill(at("email"), "sara@");
  await page.waitForFunction(() =>
    document.querySelector('[name="email"]').getAttribute("aria-invalid") === "true");
}

/** The left-to-right islands of the form and the preview. */
const LTR = [
  at("email"),
  at("profile[phone]"),
  '[data-field="IBAN"]',
  '[data-field="SWIFT/BIC"]',
  '[data-field="id"]',
  "#manager-list input",
  "#user-id",
  "#preview-json",
  ".request",
];

/** Checks the page in `tag`: direction, language, labels, the email
 * message in the form and the summary, the counts, the ltr islands. */
async function assertLocale(page, tag, dir) {
  const strings = await table(tag);
  assert.equal(await page.evaluate(() => document.documentElement.dir), dir);
  assert.equal(await page.evaluate(() => document.documentElement.lang), tag);
  assert.equal(await page.inputValue("#locale"), tag);
  assert.equal(await page.title(), strings["page.title"]);
  assert.equal(await page.textContent("h1"), strings["page.title"]);
  assert.equal(await page.textContent("#managers > legend"), strings["managers.legend"]);
  assert.equal(await page.textContent("#submit"), strings["submit"]);
  assert.equal(
    await page.locator(at("email")).evaluate((el) => el.closest("label").querySelector("span").textContent),
    strings["email.label"],
  );
  assert.equal(await page.textContent('.method[data-method="Wire transfer"] h3'), strings["payment.wire"]);
  assert.equal(
    await page.locator('[data-field="IBAN"]').evaluate((el) => el.closest("label").querySelector("span").textContent),
    strings["field.IBAN"],
  );
  const countries = JSON.parse(readFileSync(join(ROOT, "www", "countries", `${tag}.json`), "utf8"));
  assert.equal(await page.locator(`${at("profile[country]")} option:checked`).textContent(), `${countries.AE} (AE)`);

  // The validator speaks the page's language, beside the field and in the summary.
  const built = await page.evaluate(() => window.tmPage.check().report);
  assert.deepEqual(built.errors.map((i) => [i.field, i.code]), [["email", "invalid_email"]]);
  assert.equal(built.errors[0].message, EMAIL_MESSAGE[tag]);
  assert.deepEqual(await messageBeside(page, at("email")), [EMAIL_MESSAGE[tag], dir]);
  assert.equal(await page.locator(at("email")).evaluate((e) => e.validationMessage), EMAIL_MESSAGE[tag]);
  assert.equal(await page.textContent("#summary-list li"), EMAIL_MESSAGE[tag]);
  const counts = strings["summary.counts"]
    .replace("{errors}", counted(strings, tag, "summary.errorCount", built.errors.length))
    .replace("{warnings}", counted(strings, tag, "summary.warningCount", built.warnings.length));
  assert.equal(await page.textContent("#summary-counts"), counts);

  // Machine text stays left to right whatever the page's direction.
  for (const selector of LTR) {
    assert.deepEqual(await direction(page, selector), ["ltr", "ltr"], `${tag}: ${selector}`);
  }
  // Text in the page's language follows the page.
  for (const selector of ["#summary-list li", "#outcome", "h1"]) {
    assert.equal((await direction(page, selector))[1], dir, `${tag}: ${selector}`);
  }
}

test("the picker switches to Arabic (right to left) and to Chinese, and back", async () => {
  const page = await openPage(["en-US", "en"]);
  assert.equal(await page.inputValue("#locale"), "en");
  await fillSample(page);

  await switchTo(page, "ar");
  await assertLocale(page, "ar", "rtl");
  // The form column is on the right in Arabic: the side column starts left of it.
  const [form, side] = await Promise.all(["#user-form", ".side"].map((s) => page.locator(s).boundingBox()));
  assert.ok(side.x < form.x, `side column at ${side.x}, form at ${form.x}`);
  const shot = await shoot(page, "locale-ar.png");
  if (process.env.UPDATE_SCREENSHOT === "1") copyFileSync(shot, join(ROOT, "docs", "screenshot-ar.png"));

  await switchTo(page, "zh");
  await assertLocale(page, "zh", "ltr");
  await shoot(page, "locale-zh.png");

  await switchTo(page, "en");
  await assertLocale(page, "en", "ltr");
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("the page opens in the browser's language (ar-EG → Arabic, zh-Hans-CN → Chinese)", async () => {
  for (const [languages, tag, dir] of [[["ar-EG", "en"], "ar", "rtl"], [["zh-Hans-CN"], "zh", "ltr"]]) {
    const page = await openPage(languages);
    await fillSample(page);
    await page.waitForFunction(
      (message) => [...document.querySelectorAll("[data-tm-message]")].some((m) => m.textContent === message),
      EMAIL_MESSAGE[tag],
    );
    await assertLocale(page, tag, dir);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test("an IBAN error beside its field is in the page's language, the IBAN left to right", async () => {
  const page = await openPage(["ar"]);
  await fillSample(page);
  const iban = '.method[data-method="Wire transfer"] [data-field="IBAN"]';
  await page.fill(iban, "AE07 0331 2345 6789 0123 457");
  await page.waitForFunction((s) => document.querySelector(s).getAttribute("aria-invalid") === "true", iban);
  const report = await page.evaluate(() => window.tmPage.check().report);
  const issue = report.errors.find((i) => i.code === "invalid_iban_checksum");
  assert.ok(issue, JSON.stringify(report.errors));
  assert.equal(issue.message, "رقم IBAN: أرقام التحقق خاطئة، أي أن أحد الأحرف مكتوب خطأً.");
  assert.deepEqual(await messageBeside(page, iban), [issue.message, "rtl"]);
  assert.deepEqual(await direction(page, iban), ["ltr", "ltr"]);
  assert.deepEqual(page.errors, []);
  await page.close();
});
