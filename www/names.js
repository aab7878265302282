// Control names in build_payload's notation, from their segments.

/** `a[b][c]`; the dotted `a.b.c` when a key holds `]` (which brackets
 * cannot carry) and none holds `.` (which dots cannot). */
export function fieldName(first, ...rest) {
  const keys = rest.map(String);
  const all = [String(first), ...keys];
  if (keys.some((k) => k.includes("]")) && !all.some((k) => k.includes("."))) {
    return all.join(".");
  }
  return all[0] + keys.map((k) => `[${k}]`).join("");
}
