// The demo page end to end in headless Chromium: a complete create request,
// a field marked invalid, the affiliate-manager outcomes of an edit,
// accounts coming and going in the preview, hostile field names.
//
//   scripts/build.sh && node --test tests/e2e/
//   UPDATE_SCREENSHOT=1 node --test tests/e2e/   (also rewrites docs/screenshot.png)
//
// Checks run on demand through the page's hook (tmPage.check(), which runs
// attach_form's check synchronously), or by waiting for the mark the
// debounced check sets: no assertion depends on timing.
import assert from "node:assert/strict";
import { copyFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { demoSession, openDemo, ROOT, shoot } from "./harness.mjs";

const session = demoSession();

/** A fresh page, loaded and attached. */
const openPage = () => openDemo(session);

/** Runs a check now; the Built object, as plain data. */
function check(page) {
  return page.evaluate(() => {
    const built = window.tmPage.check();
    return { ...built, payload: undefined };
  });
}

const at = (name) => `[name="${name}"]`;

/** Fills controls by name. */
async function fill(page, values) {
  for (const [name, value] of Object.entries(values)) await page.fill(at(name), value);
}

/** Adds an account to a method section and fills it (field -> value). */
async function addAccount(page, method, values) {
  const section = page.locator(`.method[data-method="${method}"]`);
  await section.locator(":scope > .add-account").click();
  const account = section.locator(".account").last();
  for (const [field, value] of Object.entries(values)) {
    await account.locator(`[data-field="${field}"]`).fill(value);
  }
}

/** Adds an assigned manager row. */
async function addManager(page, id) {
  await page.click("#add-manager");
  await page.locator("#manager-list input").last().fill(id);
}

/** The preview's body, secrets shown. */
async function previewBody(page) {
  if ((await page.getAttribute("#reveal", "aria-pressed")) !== "true") await page.click("#reveal");
  return JSON.parse(await page.textContent("#preview-json"));
}

const VALID_CREATE = {
  username: "johndoe_9232",
  email: "john.doe.da2v@example.com",
  password: "securepassword123",
  referrer: "42",
  "profile[firstName]": "John",
  "profile[lastName]": "Doe",
  "profile[birthDate]": "1992-05-14",
  "profile[address]": "123 Main St, Springfield",
  "profile[zip]": "62704",
  "profile[SSN]": "123-45-6789",
  "profile[passportNo]": "X12345678",
  "profile[phone]": "+1-555-123-4567",
  "profile[skype]": "live:john.doe92",
  "profile[partnerCode]": "ABC123",
};

const EXPECTED_CREATE = {
  username: "johndoe_9232",
  email: "john.doe.da2v@example.com",
  password: "securepassword123",
  referrer: 42,
  status: 1,
  affiliate_manager_id: 15,
  affiliateManagers: [15, 16],
  profile: {
    firstName: "John",
    lastName: "Doe",
    birthDate: "1992-05-14",
    country: "US",
    address: "123 Main St, Springfield",
    zip: "62704",
    phone: "+1-555-123-4567",
    SSN: "123-45-6789",
    passportNo: "X12345678",
    skype: "live:john.doe92",
    partnerCode: "ABC123",
    team: "north",
  },
  paymentMethods: {
    "Wire transfer": [{
      IBAN: "DE89370400440532013000",
      "Account holder name": "John Doe",
      "SWIFT/BIC": "DEUTDEFF",
      "Bank name": "Deutsche Bank",
    }],
    PayPal: [{ "Paypal email": "john@doe.com" }],
  },
};

/** Fills the complete create request of EXPECTED_CREATE. */
async function fillValidCreate(page) {
  await fill(page, VALID_CREATE);
  await page.selectOption(at("status"), "1");
  await page.selectOption(at("profile[country]"), "US");
  await addManager(page, "15");
  await addManager(page, "16");
  await page.selectOption("#main-choice", "15");
  await page.click("#add-custom");
  await page.locator("#custom-fields .pair-key").last().fill("team");
  await page.locator("#custom-fields .pair-value").last().fill("north");
  await addAccount(page, "Wire transfer", {
    IBAN: "de89 3704 0044 0532 0130 00",
    "Account holder name": "John Doe",
    "SWIFT/BIC": "deutdeff",
    "Bank name": "Deutsche Bank",
  });
  await addAccount(page, "PayPal", { "Paypal email": "john@doe.com" });
}

test("a complete create form: no errors, and the preview is the expected body", async () => {
  const page = await openPage();
  await fillValidCreate(page);
  const built = await check(page);
  assert.deepEqual(built.report.errors, []);
  assert.equal(built.report.valid, true);
  assert.deepEqual(built.request, { method: "POST", path: "/api/v1/users/new" });
  assert.deepEqual(JSON.parse(built.json), EXPECTED_CREATE);

  assert.equal(await page.textContent("#summary-counts"), "No errors.");
  assert.equal(await page.textContent("#preview-method"), "POST");
  assert.equal(await page.textContent("#preview-path"), "/api/v1/users/new");
  const redacted = await page.textContent("#preview-json");
  assert.equal(redacted, built.redactedJson);
  assert.ok(!redacted.includes("securepassword123"), "the password is masked");
  assert.deepEqual(await previewBody(page), EXPECTED_CREATE);
  assert.equal(await page.textContent("#preview-json"), built.json, "revealed: the exact body");
  assert.equal(await page.textContent("#outcome"),
    "After this request: main manager 15; assigned 15, 16.");
  assert.equal(await page.locator("[aria-invalid=true]").count(), 0);

  // Copy takes the exact body, secrets included.
  await session.browser.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: session.server.url });
  await page.click("#copy");
  await page.waitForFunction(() => document.getElementById("copy-status").textContent !== "");
  assert.equal(await page.textContent("#copy-status"), "Copied.");
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), built.json);

  // Submitting a valid form reaches the page's own handler.
  await page.click("#submit");
  assert.match(await page.textContent("#submit-status"), /valid/);
  await page.click("#reveal");
  const shot = await shoot(page, "create-valid.png");
  if (process.env.UPDATE_SCREENSHOT === "1") copyFileSync(shot, join(ROOT, "docs", "screenshot.png"));
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("a bad email marks its control invalid, with its message beside it", async () => {
  const page = await openPage();
  await fill(page, { username: "johndoe", password: "pw-123456" });
  await page.fill(at("email"), "john.doe@");
  // The debounced check marks the control: wait for that mark.
  await page.waitForFunction(() =>
    document.querySelector('[name="email"]').getAttribute("aria-invalid") === "true");
  const built = await check(page);
  const issue = built.report.errors.find((i) => i.field === "email");
  assert.equal(issue.code, "invalid_email");
  assert.deepEqual(built.report.errors.map((i) => i.field), ["email"]);

  const email = page.locator(at("email"));
  assert.equal(await email.getAttribute("aria-invalid"), "true");
  const id = await email.getAttribute("aria-describedby");
  assert.equal(await page.textContent(`[id="${id}"]`), issue.message);
  assert.equal(await email.evaluate((e) => e.validationMessage), issue.message);
  assert.equal(await page.locator("#summary-list li").count(), 1);
  assert.equal(await page.textContent("#summary-list li"), issue.message);

  // The summary entry moves focus to the field.
  await page.click("#summary-list .jump");
  assert.equal(await page.evaluate(() => document.activeElement.name), "email");

  // Submit is held back while the error remains.
  await page.click("#submit");
  assert.equal(await page.textContent("#submit-status"), "");
  await shoot(page, "bad-email.png");

  await page.fill(at("email"), "john.doe@example.com");
  await page.waitForFunction(() =>
    !document.querySelector('[name="email"]').hasAttribute("aria-invalid"));
  assert.equal(await email.evaluate((e) => e.validationMessage), "");
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** An edit of user 123 whose record has main manager 15 and 15, 16 assigned. */
async function openEdit() {
  const page = await openPage();
  await page.selectOption("#mode", "edit");
  await page.fill("#user-id", "123");
  await page.fill("#current-main", "15");
  await page.fill("#current-assigned", "15, 16");
  return page;
}

const EDIT_SCENARIOS = [
  {
    name: "list not sent, main not sent: both kept",
    steps: async () => {},
    body: {},
    outcome: "After this request: main manager 15; assigned 15, 16.",
  },
  {
    name: "one ID and \"\": it is promoted",
    steps: async (page) => {
      await addManager(page, "16");
      await page.selectOption("#main-choice", "");
    },
    body: { affiliate_manager_id: "", affiliateManagers: [16] },
    outcome: "After this request: main manager 16; assigned 16.",
  },
  {
    name: "a list without the main manager: the main is kept",
    steps: async (page) => {
      await addManager(page, "16");
      await addManager(page, "17");
    },
    body: { affiliateManagers: [16, 17] },
    outcome: "After this request: main manager 15; assigned 16, 17.",
  },
  {
    name: "clear all: no managers left",
    steps: async (page) => {
      await addManager(page, "18");
      await page.check("#clear-managers");
    },
    body: { affiliateManagers: [] },
    outcome: "After this request: no main manager; no assigned managers.",
  },
  {
    name: "N with the list not sent: N is added and becomes main",
    steps: async (page) => {
      await page.selectOption("#main-choice", "other");
      await page.fill("#main-other", "17");
    },
    body: { affiliate_manager_id: 17 },
    outcome: "After this request: main manager 17; assigned 15, 16, 17.",
  },
  {
    name: "\"\" with two assigned: the main is unset",
    steps: async (page) => {
      await page.selectOption("#main-choice", "");
    },
    body: { affiliate_manager_id: "" },
    outcome: "After this request: no main manager; assigned 15, 16.",
  },
  {
    name: "record unknown: what stays is said, not guessed",
    steps: async (page) => {
      await page.uncheck("#current-known");
      await addManager(page, "20");
    },
    body: { affiliateManagers: [20] },
    outcome: "After this request: main manager unchanged; assigned 20.",
  },
];

test("the affiliate-manager outcome of edit requests, in words", async (t) => {
  for (const scenario of EDIT_SCENARIOS) {
    await t.test(scenario.name, async () => {
      const page = await openEdit();
      await scenario.steps(page);
      const built = await check(page);
      assert.equal(built.request.path, "/api/v1/users/123");
      assert.deepEqual(JSON.parse(built.json), scenario.body);
      assert.equal(await page.textContent("#outcome"), scenario.outcome);
      assert.deepEqual(page.errors, []);
      await page.close();
    });
  }
  const page = await openEdit();
  await EDIT_SCENARIOS[1].steps(page);
  await check(page);
  await shoot(page, "edit-promote.png");
  await page.close();
});

test("accounts added and removed appear in and leave the preview", async () => {
  const page = await openPage();
  await fill(page, { username: "jo", email: "jo@example.com", password: "pw-123456" });
  await addAccount(page, "Wire transfer", { IBAN: "DE89370400440532013000" });
  await addAccount(page, "Wire transfer", { IBAN: "GB82WEST12345698765432", id: "17" });
  await addAccount(page, "PayPal", { "Paypal email": "jo@paypal.example" });
  await check(page);
  assert.deepEqual((await previewBody(page)).paymentMethods, {
    "Wire transfer": [{ IBAN: "DE89370400440532013000" }, { id: 17, IBAN: "GB82WEST12345698765432" }],
    PayPal: [{ "Paypal email": "jo@paypal.example" }],
  });

  // A method named by the user, with a field of its own.
  await page.click("#add-method");
  const method = page.locator(".custom-method").last();
  await method.locator(".method-name").fill("Crypto");
  await method.locator(".add-account").click();
  await method.locator(".add-pair").click();
  await method.locator(".pair-key").fill("Wallet");
  await method.locator(".pair-value").fill("bc1qexample");
  await check(page);
  assert.deepEqual((await previewBody(page)).paymentMethods.Crypto, [{ Wallet: "bc1qexample" }]);
  await shoot(page, "accounts.png");

  // Removing the first wire account renumbers the second to 0.
  await page.locator('.method[data-method="Wire transfer"] .remove-account').first().click();
  assert.equal(await page.locator('[name="paymentMethods[Wire transfer][0][IBAN]"]').inputValue(),
    "GB82WEST12345698765432");
  await page.locator('.method[data-method="PayPal"] .remove-account').click();
  await method.locator(".remove-method").click();
  await check(page);
  assert.deepEqual((await previewBody(page)).paymentMethods, {
    "Wire transfer": [{ id: 17, IBAN: "GB82WEST12345698765432" }],
  });
  await page.locator('.method[data-method="Wire transfer"] .remove-account').click();
  const built = await check(page);
  assert.equal(JSON.parse(built.json).paymentMethods, undefined);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test("hostile field names leave Object.prototype clean", async () => {
  const page = await openPage();
  await fill(page, { username: "jo", email: "jo@example.com", password: "pw-123456" });
  const names = [
    "__proto__[polluted]",
    "constructor[prototype][polluted]",
    "profile[__proto__][polluted]",
    "__proto__.polluted",
    "paymentMethods[__proto__][0][polluted]",
  ];
  await page.evaluate((names) => {
    const form = document.getElementById("user-form");
    for (const name of names) {
      const input = document.createElement("input");
      input.name = name;
      input.value = "yes";
      form.append(input);
    }
  }, names);
  const built = await check(page);
  const state = await page.evaluate(() => ({
    polluted: ({}).polluted,
    own: Object.prototype.hasOwnProperty("polluted"),
    keys: Object.getOwnPropertyNames(Object.prototype).filter((k) => k.includes("polluted")),
    arrayPolluted: [].polluted,
  }));
  assert.deepEqual(state, { polluted: undefined, own: false, keys: [], arrayPolluted: undefined });
  // Not dropped in silence: the report names each.
  const reported = [...built.report.errors, ...built.report.warnings].map((i) => i.field);
  for (const name of names) {
    assert.ok(reported.some((f) => f === name || name.startsWith(f)), `${name}: ${reported}`);
  }
  assert.deepEqual(page.errors, []);
  await page.close();
});
