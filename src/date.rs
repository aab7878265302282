//! Calendar dates in the proleptic Gregorian calendar, parsed from the
//! `YYYY-MM-DD` form the API uses.

use std::fmt;

/// A valid calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    /// Year, 0000–9999.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
    /// Day of the month, valid for the month and year.
    pub day: u8,
}

/// Why a string is not a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not shaped `YYYY-MM-DD` (ASCII digits).
    Format,
    /// Shaped right, but no such day (month 13, 30 February).
    Nonexistent,
}

/// Whether a year is a leap year (divisible by 4, not by 100 unless by 400).
pub fn is_leap(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Days in a month of a year; 0 for a month outside 1–12.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Parses `YYYY-MM-DD` exactly (ten ASCII characters).
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return Err(DateError::Format);
        }
        let num = |r: std::ops::Range<usize>| -> Result<u16, DateError> {
            b[r].iter().try_fold(0u16, |acc, &c| {
                if c.is_ascii_digit() {
                    Ok(acc * 10 + u16::from(c - b'0'))
                } else {
                    Err(DateError::Format)
                }
            })
        };
        let year = num(0..4)?;
        let month = u8::try_from(num(5..7)?).map_err(|_| DateError::Format)?;
        let day = u8::try_from(num(8..10)?).map_err(|_| DateError::Format)?;
        if day == 0 || day > days_in_month(year, month) {
            return Err(DateError::Nonexistent);
        }
        Ok(Date { year, month, day })
    }

    /// The date of a count of days since 1970-01-01 (civil-from-days, Howard
    /// Hinnant's algorithm); `None` outside years 0–9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let z = days.checked_add(719_468)?;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = doy - (153 * mp + 2) / 5 + 1;
        let month = if mp < 10 { mp + 3 } else { mp - 9 };
        let year = yoe + era * 400 + i64::from(month <= 2);
        Some(Date {
            year: u16::try_from(year).ok().filter(|y| *y <= 9999)?,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        })
    }

    /// Today (UTC) by the system clock. Not available on `wasm32`, where the
    /// caller passes the date in [`crate::Options::today`].
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today_utc() -> Option<Date> {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .ok()?
            .as_secs();
        Date::from_days_since_epoch(i64::try_from(secs / 86_400).ok()?)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn epoch_days() {
        assert_eq!(
            Date::from_days_since_epoch(0)
                .map(|d| d.to_string())
                .as_deref(),
            Some("1970-01-01")
        );
        assert_eq!(
            Date::from_days_since_epoch(11_016)
                .map(|d| d.to_string())
                .as_deref(),
            Some("2000-02-29")
        );
        assert_eq!(Date::from_days_since_epoch(i64::MAX), None);
    }
}
