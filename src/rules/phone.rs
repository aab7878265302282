//! Phone numbers: digits with an optional leading `+`, and the separators
//! people type (spaces, `-`, `.`, `(`, `)`); 7 to 15 digits, E.164's limit.

/// Fewest digits of a phone number.
pub const MIN_DIGITS: usize = 7;
/// Most digits of a phone number (E.164).
pub const MAX_DIGITS: usize = 15;

/// Why a phone number is rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    /// A character other than digits and separators, or a `+` not first.
    Characters,
    /// Fewer than 7 or more than 15 digits; the count found.
    Digits(usize),
}

/// Checks a phone number.
///
/// ```
/// use tm_user_validator::rules::phone::{check, PhoneError};
/// assert_eq!(check("+1-555-123-4567"), Ok(()));
/// assert_eq!(check("555-1234x9"), Err(PhoneError::Characters));
/// assert_eq!(check("+1 (555)"), Err(PhoneError::Digits(4)));
/// ```
pub fn check(s: &str) -> Result<(), PhoneError> {
    let body = s.trim_start().strip_prefix('+').unwrap_or(s.trim_start());
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')'))
    {
        return Err(PhoneError::Characters);
    }
    let digits = body.bytes().filter(u8::is_ascii_digit).count();
    if (MIN_DIGITS..=MAX_DIGITS).contains(&digits) {
        Ok(())
    } else {
        Err(PhoneError::Digits(digits))
    }
}
