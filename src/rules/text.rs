//! Strings: the type check every text field shares.

use serde_json::Value;

use super::Cx;
use crate::issue::{IssueKind, JsonType};
use crate::path::Path;

/// The string a value holds, or an `expected_string` issue at `path`.
pub fn string<'v>(value: &'v Value, path: &Path, cx: &mut Cx) -> Option<&'v str> {
    match value {
        Value::String(s) => Some(s),
        other => {
            cx.push(
                path,
                IssueKind::ExpectedString {
                    actual: JsonType::of(other),
                },
            );
            None
        }
    }
}

/// A string that is not empty after trimming whitespace.
pub fn non_empty<'v>(value: &'v Value, path: &Path, cx: &mut Cx) -> Option<&'v str> {
    let s = string(value, path, cx)?;
    if s.trim().is_empty() {
        cx.push(path, IssueKind::Empty {});
        return None;
    }
    Some(s)
}
