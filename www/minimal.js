// A bare checker: JSON text in, the report out. Everything the user typed is
// shown through textContent only.
import init, { validate_user_payload } from "../pkg/tm_user_validator.js";

const body = document.getElementById("body");
const form = document.getElementById("options");
const verdict = document.getElementById("verdict");
const output = document.getElementById("report");

function options() {
  const mode = form.elements.mode.value;
  if (mode !== "edit") return { mode };
  const id = Number(form.elements.userId.value);
  return { mode, userId: id };
}

function check() {
  try {
    const report = validate_user_payload(body.value, options());
    const n = report.errors.length;
    verdict.className = report.valid ? "valid" : "invalid";
    verdict.textContent = report.valid
      ? `Valid (${report.warnings.length} warning(s))`
      : `${n} error(s), ${report.warnings.length} warning(s)`;
    output.textContent = JSON.stringify(report, null, 2);
  } catch (e) {
    // Only malformed options throw (e.g. a user id that is not a positive integer).
    verdict.className = "invalid";
    verdict.textContent = String(e.message ?? e);
    output.textContent = "";
  }
}

await init();
body.addEventListener("input", check);
form.addEventListener("input", check);
check();
