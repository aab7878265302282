// The summary of errors and warnings: each entry names its message and,
// when a control holds the value, moves focus to it.
import { t, tCount } from "./i18n.js";

function entry(issue, kind, controlFor) {
  const li = document.createElement("li");
  li.className = kind;
  const control = controlFor(issue);
  if (control) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "jump";
    button.textContent = issue.message;
    button.addEventListener("click", () => {
      control.scrollIntoView({ block: "center" });
      control.focus();
    });
    li.append(button);
  } else {
    li.textContent = issue.message;
  }
  return li;
}

/** Shows `report` in the summary; `controlFor(issue)` finds an issue's
 * control (attach_form's handle knows). */
export function renderSummary(report, controlFor) {
  const counts = document.getElementById("summary-counts");
  const list = document.getElementById("summary-list");
  counts.textContent = report.errors.length || report.warnings.length
    ? t("summary.counts", {
      errors: tCount("summary.errorCount", report.errors.length),
      warnings: tCount("summary.warningCount", report.warnings.length),
    })
    : t("summary.ok");
  counts.className = report.valid ? "counts ok" : "counts bad";
  list.replaceChildren(
    ...report.errors.map((i) => entry(i, "tm-error", controlFor)),
    ...report.warnings.map((i) => entry(i, "tm-warning", controlFor)),
  );
}
