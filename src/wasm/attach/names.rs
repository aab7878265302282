//! Which controls of a form an issue's `field` stands beside. Pure string
//! work, apart from the DOM, so the lookup order is in one readable place.
//!
//! Names are compared in one notation (see [`canonical`]). Order: the
//! controls named exactly `field` (all of them: the radios of a group; but
//! of repeated `x[]` controls only the item's own one, when the issue's
//! path says which); for a list item (`affiliateManagers[1]`) the repeated
//! `affiliateManagers[]` controls (the item's own one) or a single
//! `affiliateManagers` control; then the same for the nearest parent name
//! (`paymentMethods[PayPal][0][Paypal email]` → `paymentMethods[PayPal][0]`
//! → …). Nothing found: the issue belongs to the form as a whole. An item
//! is counted among the filled controls only, since `build_payload` drops
//! empty ones.

/// One control as the lookup sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ControlName {
    /// Its name in issue-field notation (see [`canonical`]).
    pub canonical: String,
    /// Whether it holds a value (empty controls are dropped by `build_payload`,
    /// so they do not count as list items).
    pub filled: bool,
}

/// A control's name in the notation of an issue's `field`: bracket form with
/// the first key bare (`profile[firstName]`). Dotted names
/// (`profile.firstName`, `paymentMethods.PayPal.0.Paypal email`) are rewritten;
/// a name with a bracket, or with an empty dotted part (`a..b`, which
/// `build_payload` reads as one key), is kept as written.
pub(crate) fn canonical(name: &str) -> String {
    if name.contains('[') || !name.contains('.') || name.split('.').any(str::is_empty) {
        return name.to_owned();
    }
    let mut parts = name.split('.');
    let mut out = parts.next().unwrap_or_default().to_owned();
    for part in parts {
        out.push('[');
        out.push_str(part);
        out.push(']');
    }
    out
}

/// `field` without its last bracketed segment (`a[b][c]` → `a[b]`, `a` → ``).
fn parent(field: &str) -> &str {
    match field.strip_suffix(']').and_then(|f| f.rfind('[')) {
        Some(open) => field.get(..open).unwrap_or_default(),
        None => "",
    }
}

/// `(base, n)` when `field` ends in a list index (`affiliateManagers[1]`).
fn split_index(field: &str) -> Option<(&str, usize)> {
    let base = parent(field);
    let inner = field.get(base.len() + 1..field.len().checked_sub(1)?)?;
    if inner.is_empty() || !inner.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((base, inner.parse().ok()?))
}

/// Indexes of the controls named `name`.
fn named(controls: &[ControlName], name: &str) -> Vec<usize> {
    (0..controls.len())
        .filter(|&i| controls.get(i).is_some_and(|c| c.canonical == name))
        .collect()
}

/// Item `n` of repeated controls: the `n`-th filled one (else the `n`-th,
/// else the first); a lone control stands for every item.
fn pick(controls: &[ControlName], repeated: Vec<usize>, n: usize) -> Vec<usize> {
    if repeated.len() < 2 {
        return repeated;
    }
    let filled: Vec<usize> = repeated
        .iter()
        .copied()
        .filter(|&i| controls.get(i).is_some_and(|c| c.filled))
        .collect();
    let one = filled.get(n).or(repeated.get(n)).or(repeated.first());
    one.copied().into_iter().collect()
}

/// The controls of list item `n` of `base`, if the form has list controls.
fn list_item(controls: &[ControlName], base: &str, n: usize) -> Vec<usize> {
    let pushed = named(controls, &format!("{base}[]"));
    if !pushed.is_empty() {
        return pick(controls, pushed, n);
    }
    named(controls, base)
}

/// The index an issue's JSON Pointer ends with (`/affiliateManagers/1`).
pub(crate) fn last_index(pointer: &str) -> Option<usize> {
    let last = pointer.rsplit('/').next()?;
    if last.is_empty() || !last.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    last.parse().ok()
}

/// The controls (indexes into `controls`) an issue about `field` stands
/// beside; empty when it belongs to the form as a whole. `item`: the index
/// the path ends with, which picks one of repeated `x[]` controls.
pub(crate) fn resolve(field: &str, item: Option<usize>, controls: &[ControlName]) -> Vec<usize> {
    let field = canonical(field);
    let mut f = field.as_str();
    while !f.is_empty() {
        let exact = named(controls, f);
        if !exact.is_empty() {
            return match item {
                Some(n) if f == field && f.ends_with("[]") => pick(controls, exact, n),
                _ => exact,
            };
        }
        if let Some((base, n)) = split_index(f) {
            let item = list_item(controls, base, n);
            if !item.is_empty() {
                return item;
            }
        }
        f = parent(f);
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_bindgen_test::wasm_bindgen_test;

    fn form(names: &[(&str, bool)]) -> Vec<ControlName> {
        names
            .iter()
            .map(|(n, filled)| ControlName {
                canonical: canonical(n),
                filled: *filled,
            })
            .collect()
    }

    #[wasm_bindgen_test]
    fn canonical_rewrites_dotted_names_only() {
        assert_eq!(canonical("profile.firstName"), "profile[firstName]");
        assert_eq!(
            canonical("paymentMethods.PayPal.0.Paypal email"),
            "paymentMethods[PayPal][0][Paypal email]"
        );
        assert_eq!(canonical("profile[e.mail]"), "profile[e.mail]");
        assert_eq!(canonical("email"), "email");
        assert_eq!(canonical("a..b"), "a..b");
    }

    #[wasm_bindgen_test]
    fn exact_then_list_then_parent() {
        let f = form(&[
            ("email", true),
            ("affiliateManagers[]", true),
            ("affiliateManagers[]", false),
            ("affiliateManagers[]", true),
            ("profile.zip", true),
        ]);
        assert_eq!(resolve("email", None, &f), [0]);
        assert_eq!(resolve("affiliateManagers[0]", None, &f), [1]);
        // The empty control is no list item.
        assert_eq!(resolve("affiliateManagers[1]", None, &f), [3]);
        assert_eq!(resolve("profile[zip]", None, &f), [4]);
        assert_eq!(resolve("profile[zip][0]", None, &f), [4]);
        assert!(resolve("profile[firstName]", None, &f).is_empty());
        assert!(resolve("", None, &f).is_empty());
    }

    #[wasm_bindgen_test]
    fn a_repeated_name_with_a_path_index_picks_its_item() {
        let f = form(&[
            ("affiliateManagers[]", true),
            ("affiliateManagers[]", false),
            ("affiliateManagers[]", true),
            ("role", true),
            ("role", false),
        ]);
        assert_eq!(resolve("affiliateManagers[]", Some(1), &f), [2]);
        assert_eq!(resolve("affiliateManagers[]", None, &f), [0, 1, 2]);
        // Radios of one group: all of them, whatever the path.
        assert_eq!(resolve("role", Some(0), &f), [3, 4]);
        assert_eq!(last_index("/affiliateManagers/12"), Some(12));
        assert_eq!(last_index("/profile/zip"), None);
        assert_eq!(last_index(""), None);
    }

    #[wasm_bindgen_test]
    fn dotted_and_bracket_names_meet() {
        let f = form(&[
            ("profile.zip", true),
            ("paymentMethods[PayPal][0][Paypal email]", true),
        ]);
        assert_eq!(resolve("profile[zip]", None, &f), [0]);
        assert_eq!(resolve("profile.zip", None, &f), [0]);
        assert_eq!(
            resolve("paymentMethods.PayPal.0.Paypal email", None, &f),
            [1]
        );
    }

    #[wasm_bindgen_test]
    fn a_single_list_control_takes_every_item() {
        let f = form(&[("affiliateManagers", true)]);
        assert_eq!(resolve("affiliateManagers[3]", None, &f), [0]);
        let f = form(&[("affiliateManagers[]", true)]);
        assert_eq!(resolve("affiliateManagers[3]", None, &f), [0]);
    }

    #[wasm_bindgen_test]
    fn odd_fields_do_not_panic() {
        let f = form(&[("a", true)]);
        for field in ["]", "[", "[]", "a[", "a]", "a[]]", "[0]", "a[b[0]"] {
            assert!(resolve(field, None, &f).len() <= 1, "{field}");
        }
    }
}
