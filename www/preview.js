// The request preview: method, path and the body, redacted unless the
// user reveals it; "copy" always copies the exact body (`json`).
import { t } from "./i18n.js";

let last = null;
const $ = (id) => document.getElementById(id);

function revealed() {
  return $("reveal").getAttribute("aria-pressed") === "true";
}

/** Shows a `Built` object. */
export function renderPreview(built) {
  last = built;
  $("preview-method").textContent = built.request.method;
  $("preview-path").textContent = built.request.path;
  $("preview-json").textContent = revealed() ? built.json : built.redactedJson;
  $("preview-notices").replaceChildren(
    ...(built.report.notices ?? []).map((n) => {
      const li = document.createElement("li");
      li.textContent = n.message;
      return li;
    }),
  );
}

/** Wires the reveal and copy buttons. */
export function wirePreview() {
  $("reveal").addEventListener("click", () => {
    $("reveal").setAttribute("aria-pressed", String(!revealed()));
    if (last) renderPreview(last);
  });
  $("copy").addEventListener("click", async () => {
    if (!last) return;
    try {
      await navigator.clipboard.writeText(last.json);
      $("copy-status").textContent = t("preview.copied");
    } catch {
      $("copy-status").textContent = t("preview.copyFailed");
    }
  });
}
