//! IBANs (ISO 13616): the registry's length and BBAN structure per country,
//! and the ISO 7064 mod-97-10 checksum. The table is generated from the
//! checked-in copy of the SWIFT IBAN registry (`data/iban_registry.tsv`).

use crate::data::iban::{REGISTRY, TERRITORIES};
use crate::rules::country;

/// One country of the IBAN registry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry {
    /// The IBAN's first two letters.
    pub country: &'static str,
    /// Total length in electronic format.
    pub length: usize,
    /// The BBAN in the registry's notation: `4!a6!n8!n` (`n` digits,
    /// `a` upper-case letters, `c` letters or digits).
    pub bban: &'static str,
}

/// Why a string is not a valid IBAN.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IbanError {
    /// Not shaped like an IBAN at all: fewer than 5 characters, not two
    /// letters first, or characters other than letters, digits and spaces.
    NotIban,
    /// The first two letters are no country, or a territory whose IBANs
    /// use another country's prefix (given).
    Country {
        /// The first two letters.
        country: String,
        /// The prefix the territory's IBANs use.
        uses: Option<&'static str>,
    },
    /// A country that does not use IBAN (`US`): not an error by a published
    /// standard, just not an IBAN.
    NotUsed(String),
    /// Wrong length for the country.
    Length {
        /// The country.
        country: &'static str,
        /// The registry's length.
        expected: usize,
        /// The length found.
        actual: usize,
    },
    /// Check digits or BBAN not in the registry's structure.
    Format {
        /// The country.
        country: &'static str,
        /// The registry's BBAN structure.
        bban: &'static str,
    },
    /// The mod-97 checksum fails.
    Checksum,
}

/// The registry entry of a country.
pub fn entry(country: &str) -> Option<&'static Entry> {
    REGISTRY
        .binary_search_by(|e| e.country.cmp(country))
        .ok()
        .map(|i| &REGISTRY[i])
}

/// Every registry entry, sorted by country.
pub fn registry() -> &'static [Entry] {
    &REGISTRY
}

/// Checks an IBAN in electronic or paper format (spaces allowed, letters in
/// either case).
///
/// ```
/// use tm_user_validator::rules::iban::{check, IbanError};
/// assert_eq!(check("GB29 NWBK 6016 1331 9268 19"), Ok(()));
/// assert_eq!(check("GB29NWBK60161331926818"), Err(IbanError::Checksum));
/// assert_eq!(check("US12345678901234567890"), Err(IbanError::NotUsed("US".into())));
/// ```
pub fn check(raw: &str) -> Result<(), IbanError> {
    let iban: Vec<u8> = raw
        .bytes()
        .filter(|&b| b != b' ')
        .map(|b| b.to_ascii_uppercase())
        .collect();
    if iban.len() < 5
        || !iban[..2].iter().all(u8::is_ascii_uppercase)
        || !iban.iter().all(u8::is_ascii_alphanumeric)
    {
        return Err(IbanError::NotIban);
    }
    // Two ASCII letters, so valid UTF-8.
    let cc = std::str::from_utf8(&iban[..2]).map_err(|_| IbanError::NotIban)?;
    let Some(e) = entry(cc) else {
        if let Ok(i) = TERRITORIES.binary_search_by(|(t, _)| t.cmp(&cc)) {
            return Err(IbanError::Country {
                country: cc.to_owned(),
                uses: Some(TERRITORIES[i].1),
            });
        }
        return Err(if country::is_assigned(cc) {
            IbanError::NotUsed(cc.to_owned())
        } else {
            IbanError::Country {
                country: cc.to_owned(),
                uses: None,
            }
        });
    };
    if iban.len() != e.length {
        return Err(IbanError::Length {
            country: e.country,
            expected: e.length,
            actual: iban.len(),
        });
    }
    if !iban[2..4].iter().all(u8::is_ascii_digit) || !follows(&iban[4..], e.bban) {
        return Err(IbanError::Format {
            country: e.country,
            bban: e.bban,
        });
    }
    if mod97(&iban) != 1 {
        return Err(IbanError::Checksum);
    }
    Ok(())
}

/// Whether a BBAN follows a structure like `4!a6!n8!n`.
fn follows(bban: &[u8], structure: &str) -> bool {
    let mut at = 0usize;
    let mut count = 0usize;
    for c in structure.bytes() {
        match c {
            b'0'..=b'9' => count = count * 10 + usize::from(c - b'0'),
            b'!' => {}
            kind => {
                let Some(part) = bban.get(at..at + count) else {
                    return false;
                };
                let ok = match kind {
                    b'n' => part.iter().all(u8::is_ascii_digit),
                    b'a' => part.iter().all(u8::is_ascii_uppercase),
                    _ => part.iter().all(u8::is_ascii_alphanumeric),
                };
                if !ok {
                    return false;
                }
                at += count;
                count = 0;
            }
        }
    }
    at == bban.len()
}

/// ISO 7064 mod-97-10 of an upper-case alphanumeric IBAN: the first four
/// characters moved to the end, letters as 10–35, digit by digit.
fn mod97(iban: &[u8]) -> u32 {
    iban[4..].iter().chain(&iban[..4]).fold(0u32, |acc, &b| {
        if b.is_ascii_digit() {
            (acc * 10 + u32::from(b - b'0')) % 97
        } else {
            (acc * 100 + u32::from(b - b'A') + 10) % 97
        }
    })
}
