// The built package (pkg/, from scripts/build.sh) as a Node user loads it:
// initSync with the wasm bytes, no bundler. Run: node --test tests/js/
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { initSync, validate_user_payload } from "../../pkg/tm_user_validator.js";

const pkgDir = new URL("../../pkg/", import.meta.url);
initSync({ module: readFileSync(new URL("tm_user_validator_bg.wasm", pkgDir)) });

const seedText = readFileSync(new URL("../cases/seed_example.json", import.meta.url), "utf8");
const seed = () => JSON.parse(seedText);

/** [path, code] of each issue of a list. */
const pairs = (issues) => issues.map((i) => [i.path, i.code]);

/** The report's shape per the JS contract; returns the report. */
function assertReport(report) {
  assert.equal(Object.getPrototypeOf(report), Object.prototype);
  assert.equal(typeof report.valid, "boolean");
  assert.ok(report.mode === "create" || report.mode === "edit");
  assert.ok(Array.isArray(report.errors) && Array.isArray(report.warnings));
  assert.equal(report.valid, report.errors.length === 0);
  for (const issue of [...report.errors, ...report.warnings]) {
    for (const key of ["path", "field", "code", "message"]) {
      assert.equal(typeof issue[key], "string", `issue.${key}: ${JSON.stringify(issue)}`);
    }
    assert.equal(typeof issue.params, "object");
  }
  assert.equal(typeof report.affiliateManagers, "object");
  return report;
}

/** A report for a payload that must not throw. */
const check = (payload, options) => assertReport(validate_user_payload(payload, options));

const wire = "/paymentMethods/Wire transfer";
const SEED_ERRORS = [
  [`${wire}/0/SWIFT~1BIC`, "invalid_bic_country"],
  [`${wire}/0/Intermediary bank SWIFT`, "invalid_bic_format"],
  [`${wire}/1/SWIFT~1BIC`, "invalid_bic_country"],
  [`${wire}/1/Intermediary bank SWIFT`, "invalid_bic_format"],
];
const SEED_WARNINGS = [
  [`${wire}/0/id`, "account_id_on_create"],
  [`${wire}/0/IBAN`, "iban_not_used"],
  [`${wire}/1/IBAN`, "iban_not_used"],
];
const byPath = (a, b) => (a.join("\0") < b.join("\0") ? -1 : 1);

test("the seed example in create mode: BIC errors and US IBAN warnings", () => {
  for (const payload of [seed(), seedText]) {
    const report = check(payload, { mode: "create" });
    assert.equal(report.valid, false);
    assert.equal(report.mode, "create");
    assert.deepEqual(pairs(report.errors).sort(byPath), [...SEED_ERRORS].sort(byPath));
    assert.deepEqual(pairs(report.warnings).sort(byPath), [...SEED_WARNINGS].sort(byPath));
    const country = report.errors.find((e) => e.code === "invalid_bic_country");
    assert.equal(country.field, "paymentMethods[Wire transfer][0][SWIFT/BIC]");
    assert.deepEqual(report.affiliateManagers.main, 15);
    assert.deepEqual(report.affiliateManagers.assigned, [15, 16]);
  }
});

test("the seed example's issues come in document order", () => {
  const report = check(seed());
  assert.deepEqual(pairs(report.errors), SEED_ERRORS);
  assert.deepEqual(pairs(report.warnings), SEED_WARNINGS);
});

test("the default mode is create, and the object and text forms agree", () => {
  assert.deepEqual(check(seed()), check(seedText, { mode: "create" }));
});

test("malformed options throw an Error naming the option", () => {
  assert.throws(() => validate_user_payload(seed(), { mode: "delete" }), (e) => {
    assert.ok(e instanceof Error, "an Error");
    assert.match(e.message, /\bmode\b/);
    return true;
  });
  for (const userId of [-1, 0, 1.5, "7"]) {
    assert.throws(
      () => validate_user_payload(seed(), { mode: "edit", userId }),
      (e) => e instanceof Error && /\buserId\b/.test(e.message),
      `userId ${JSON.stringify(userId)}`,
    );
  }
});

test("a payload JSON.stringify cannot write gives unserializable_payload, not a throw", () => {
  const cyclic = { username: "u" };
  cyclic.self = cyclic;
  const throwing = {
    get username() {
      throw new Error("getter");
    },
  };
  for (const payload of [{ id: 10n }, 10n, cyclic, throwing]) {
    const report = check(payload);
    assert.deepEqual(pairs(report.errors), [["", "unserializable_payload"]]);
  }
});

test("text that is not JSON gives invalid_json at the root with line and column", () => {
  const report = check('{\n  "username": "u",\n  oops\n}');
  assert.deepEqual(pairs(report.errors), [["", "invalid_json"]]);
  assert.equal(report.errors[0].params.line, 3);
  assert.equal(typeof report.errors[0].params.column, "number");
});

test("values with no JSON body give a report, not a throw", () => {
  for (const payload of [undefined, null, 0, true, [], () => 1, Symbol("s"), new Date(0), NaN]) {
    assert.equal(check(payload).valid, false, String(payload?.toString?.() ?? payload));
  }
});

test("lone surrogates, in objects and in text, give a report", () => {
  const lone = "\ud800x\udfff";
  check({ username: lone, email: lone, password: lone, profile: { [lone]: lone } });
  check(`{"username": "\\ud800", "email": "\\udc00@example.com", "password": "p\\udfff"}`);
  check(`{"username": "${lone}"}`);
});

test("a lone surrogate in an object is a value, not invalid_json", () => {
  // JSON.stringify writes it as a "\ud800" escape; an object is never bad JSON.
  const report = check({ username: "\ud800", email: "u@example.com", password: "p" });
  assert.deepEqual(pairs(report.errors).filter(([path]) => path === ""), []);
});

test("__proto__ and constructor keys are data, and nothing is polluted", () => {
  const text = `{
    "__proto__": {"polluted": "yes"},
    "constructor": {"prototype": {"polluted": "yes"}},
    "username": "u", "email": "u@example.com", "password": "p",
    "profile": {"__proto__": {"polluted": "yes"}, "constructor": "x"},
    "paymentMethods": {"__proto__": [{"polluted": "yes"}]}
  }`;
  const parsed = JSON.parse(text);
  assert.ok(Object.hasOwn(parsed, "__proto__"), "JSON.parse makes __proto__ an own key");
  for (const payload of [parsed, text]) {
    const report = check(payload);
    assert.equal(Object.getPrototypeOf(report), Object.prototype);
    for (const issue of [...report.errors, ...report.warnings]) {
      assert.equal(Object.getPrototypeOf(issue), Object.prototype);
      assert.equal(Object.getPrototypeOf(issue.params), Object.prototype);
    }
  }
  assert.equal({}.polluted, undefined);
  assert.equal(Object.prototype.polluted, undefined);
  assert.equal(Object.hasOwn(Object.prototype, "polluted"), false);
});

test("extreme numbers give a report", () => {
  for (const n of [1e308, -0, 2 ** 53, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, 1e-320]) {
    const body = { ...seed(), id: n, referrer: n, status: n, affiliate_manager_id: n, affiliateManagers: [n] };
    check(body);
    check(JSON.stringify(body));
  }
  check('{"id": 1e308, "status": -0, "referrer": 9007199254740993, "affiliateManagers": [1e400]}');
  check({ ...seed(), status: 2 ** 53 }, { mode: "edit", userId: 2 ** 53 - 1 });
});

test("arrays nested 10,000 deep, as an object and as text, give a report", () => {
  const depth = 10_000;
  let deep = [];
  for (let i = 0; i < depth; i++) deep = [deep];
  check(deep);
  check({ ...seed(), profile: { firstName: deep } });
  const text = "[".repeat(depth) + "]".repeat(depth);
  check(text);
  check(`{"username": ${text}}`);
  assert.equal(check(text).valid, false);
});

test("a 5 MB string gives a report", () => {
  const big = "a".repeat(5 * 1024 * 1024);
  check({ ...seed(), username: big, profile: { address: big } });
  check(JSON.stringify({ ...seed(), password: big }));
  check(big);
});
