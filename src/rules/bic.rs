//! BICs (ISO 9362): 4 letters of bank code, a country code, 2 letters or
//! digits of location, and optionally 3 of branch: 8 or 11 in all.

use crate::rules::country;

/// Why a string is not a BIC.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BicError {
    /// Not 8 or 11 characters; the length found.
    Length(usize),
    /// Bank code not 4 letters, or location or branch not letters and digits.
    Format,
    /// Characters 5–6 are no assigned country code (nor `XK`, Kosovo's
    /// code in SWIFT's use).
    Country(String),
}

/// Checks a BIC. Letters may be in either case (`build_payload` upper-cases
/// them); surrounding spaces are not allowed.
///
/// ```
/// use tm_user_validator::rules::bic::{check, BicError};
/// assert_eq!(check("DEUTDEFF500"), Ok(()));
/// assert_eq!(check("ABCDEF12"), Err(BicError::Country("EF".into())));
/// assert_eq!(check("GB123456"), Err(BicError::Format));
/// ```
pub fn check(raw: &str) -> Result<(), BicError> {
    let b = raw.as_bytes();
    let n = raw.chars().count();
    if n != 8 && n != 11 {
        return Err(BicError::Length(n));
    }
    if !b.is_ascii()
        || !b[..4].iter().all(u8::is_ascii_alphabetic)
        || !b[6..].iter().all(u8::is_ascii_alphanumeric)
    {
        return Err(BicError::Format);
    }
    let cc = raw[4..6].to_ascii_uppercase();
    if !cc.bytes().all(|c| c.is_ascii_uppercase()) || !(country::is_assigned(&cc) || cc == "XK") {
        return Err(BicError::Country(raw[4..6].to_owned()));
    }
    Ok(())
}
