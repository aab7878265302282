// The affiliate-manager outcome of report.affiliateManagers in words:
// "After this request: main manager 15; assigned 15, 16."
import { t } from "./i18n.js";

/** The sentence for `{ main, assigned, known, mainUnchanged,
 * assignedUnchanged, promoteIfSingle }` (see src/affiliate.rs). */
export function outcomeText(am) {
  const ids = am.assigned.join(t("list.separator"));
  let main;
  if (am.mainUnchanged) main = t("outcome.main.unchanged");
  else if (am.promoteIfSingle) main = t("outcome.main.promote");
  else if (am.main == null) main = t("outcome.main.none");
  else main = t("outcome.main", { id: am.main });
  let assigned;
  if (am.assignedUnchanged) {
    assigned = am.assigned.length ? t("outcome.assigned.plus", { ids }) : t("outcome.assigned.unchanged");
  } else {
    assigned = am.assigned.length ? t("outcome.assigned", { ids }) : t("outcome.assigned.none");
  }
  return t("outcome.sentence", { main, assigned });
}
