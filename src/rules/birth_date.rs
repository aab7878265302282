//! `profile.birthDate`: `YYYY-MM-DD`, a real calendar day, not in the
//! future; before 1900 is a warning.

use super::Cx;
use crate::date::{Date, DateError};
use crate::issue::IssueKind;
use crate::path::Loc;

/// Years before this are warned about.
const EARLIEST_LIKELY_YEAR: u16 = 1900;

/// Checks a birth date string.
pub fn check(s: &str, path: &Loc, cx: &mut Cx) {
    match Date::parse(s) {
        Err(DateError::Format) => cx.push(path, IssueKind::InvalidDateFormat {}),
        Err(DateError::Nonexistent) => cx.push(path, IssueKind::NonexistentDate {}),
        Ok(d) => {
            if let Some(today) = cx.today.filter(|t| d > *t) {
                cx.push(
                    path,
                    IssueKind::DateInFuture {
                        today: today.to_string(),
                    },
                );
            } else if d.year < EARLIEST_LIKELY_YEAR {
                cx.push(path, IssueKind::DateBefore1900 {});
            }
        }
    }
}
