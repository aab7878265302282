//! Countries: assigned ISO 3166-1 alpha-2 codes, from the generated table.

use crate::data::countries::ALPHA2;

/// Whether a code is an assigned ISO 3166-1 alpha-2 code, in upper case.
///
/// ```
/// use tm_user_validator::rules::country::is_assigned;
/// assert!(is_assigned("US"));
/// assert!(!is_assigned("us"));
/// assert!(!is_assigned("EF"));
/// assert!(!is_assigned("XK")); // user-assigned, not ISO (see the BIC and IBAN rules)
/// ```
pub fn is_assigned(code: &str) -> bool {
    ALPHA2.binary_search(&code).is_ok()
}

/// Every assigned code, sorted.
pub fn all() -> &'static [&'static str] {
    &ALPHA2
}
