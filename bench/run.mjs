// Times validate_user_payload on the seed example, against Ajv, Zod and
// Valibot doing comparable work on the same body, in one run.
//
//   scripts/build.sh && node bench/run.mjs [--batches 15] [--ms 40]
//
// Each row: the median over several batches of the time per call, in µs.
// A batch runs the call for about --ms milliseconds; batches of the cases
// are interleaved. Schemas are compiled
// once, before timing (as a page would). The "text" rows include
// JSON.parse for the peers, as ours parses the string itself.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

import { initSync, validate_user_payload } from "../pkg/tm_user_validator.js";
import { ajvValidate, valibotParse, zodSchema } from "./schemas.mjs";

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const BATCHES = arg("batches", 15);
const BATCH_MS = arg("ms", 40);

initSync({ module: readFileSync(new URL("../pkg/tm_user_validator_bg.wasm", import.meta.url)) });
const text = readFileSync(new URL("../tests/cases/seed_example.json", import.meta.url), "utf8");
const body = JSON.parse(text);

// What each does with the seed example (so the reader sees they did the work).
const outcome = {
  ours: () => {
    const r = validate_user_payload(body, { mode: "create" });
    return `${r.errors.length} errors, ${r.warnings.length} warnings`;
  },
  ajv: () => (ajvValidate(body) ? "valid" : `${ajvValidate.errors.length} errors`),
  zod: () => {
    const r = zodSchema.safeParse(body);
    return r.success ? "valid" : `${r.error.issues.length} errors`;
  },
  valibot: () => {
    const r = valibotParse(body);
    return r.success ? "valid" : `${r.issues.length} errors`;
  },
};

let sink = 0; // keeps results alive so nothing is optimised away
const cases = [
  ["ours, JSON string", () => validate_user_payload(text, { mode: "create" })],
  ["ours, object", () => validate_user_payload(body, { mode: "create" })],
  ["ajv, object", () => ajvValidate(body)],
  ["ajv, JSON.parse + validate", () => ajvValidate(JSON.parse(text))],
  ["zod, object", () => zodSchema.safeParse(body)],
  ["zod, JSON.parse + safeParse", () => zodSchema.safeParse(JSON.parse(text))],
  ["valibot, object", () => valibotParse(body)],
  ["valibot, JSON.parse + safeParse", () => valibotParse(JSON.parse(text))],
];

/** Calls per batch so that one batch takes about BATCH_MS. */
function calibrate(fn) {
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) sink ^= fn() ? 1 : 0;
    const dt = performance.now() - t0;
    if (dt >= BATCH_MS / 4) return Math.max(1, Math.round((n * BATCH_MS) / dt));
    n *= 2;
  }
}

/** Batches interleaved across the cases (case 1, 2, …, 1, 2, …), so a
 *  burst of load from elsewhere hits every case alike; per case, the median
 *  time per call over its batches. */
function measureAll(fns) {
  const sizes = fns.map(calibrate);
  const perOp = fns.map(() => []);
  for (let b = 0; b < BATCHES; b++) {
    fns.forEach((fn, c) => {
      const n = sizes[c];
      const t0 = performance.now();
      for (let i = 0; i < n; i++) sink ^= fn() ? 1 : 0;
      perOp[c].push(((performance.now() - t0) * 1000) / n);
    });
  }
  return perOp.map((xs) => {
    xs.sort((a, b) => a - b);
    return { median: xs[Math.floor(xs.length / 2)], min: xs[0], max: xs.at(-1) };
  });
}

console.log(`node ${process.version}, ${BATCHES} batches of ~${BATCH_MS} ms each`);
console.log("on the seed example:");
for (const [k, f] of Object.entries(outcome)) console.log(`  ${k.padEnd(8)} ${f()}`);
console.log();

const measured = measureAll(cases.map(([, fn]) => fn));
const results = cases.map(([name], i) => [name, measured[i]]);
const oursText = results[0][1].median;
const oursObj = results[1][1].median;
console.log("| case | µs/op (median) | min–max | ours ÷ this (same input form) |");
console.log("|---|---:|---:|---:|");
for (const [name, r] of results) {
  const ours = /JSON|string/.test(name) ? oursText : oursObj;
  const ratio = ours / r.median;
  console.log(
    `| ${name} | ${r.median.toFixed(2)} | ${r.min.toFixed(2)}–${r.max.toFixed(2)} | ${ratio.toFixed(2)}× |`,
  );
}
if (sink === 2) console.log(""); // never true; reads sink
