//! Strings: the type check every text field shares.

use crate::doc::Json;

use super::Cx;
use crate::issue::IssueKind;
use crate::path::Loc;

/// The string a value holds, or an `expected_string` issue at `path`.
pub fn string<'v>(value: &'v Json, path: &Loc, cx: &mut Cx) -> Option<&'v str> {
    match value {
        Json::String(s) => Some(s),
        other => {
            cx.push(
                path,
                IssueKind::ExpectedString {
                    actual: other.json_type(),
                },
            );
            None
        }
    }
}

/// A string that is not empty after trimming whitespace.
pub fn non_empty<'v>(value: &'v Json, path: &Loc, cx: &mut Cx) -> Option<&'v str> {
    let s = string(value, path, cx)?;
    if s.trim().is_empty() {
        cx.push(path, IssueKind::Empty {});
        return None;
    }
    Some(s)
}
