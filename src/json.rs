//! JSON text in, with the position of a syntax error.

use crate::doc::{self, Json};
use crate::issue::IssueKind;

/// Parses JSON text. serde_json stops at 128 levels of nesting, so a deep
/// document is a `nesting_too_deep` error, not a stack overflow. A lone UTF-16 surrogate
/// escape (`"\ud800"`, which `JSON.stringify` writes for a JS string holding
/// one) is read as U+FFFD, as a browser's `TextEncoder` would send it.
pub fn parse(text: &str) -> Result<Json<'_>, IssueKind> {
    doc::from_str(text).or_else(|e| retry(text, &e, |t| doc::from_str(t).map(Json::into_owned)))
}

/// [`parse`] into a `serde_json::Value`: how the wasm `build_payload`
/// reads a plain object handed to it.
#[cfg(target_arch = "wasm32")]
pub fn parse_value(text: &str) -> Result<serde_json::Value, IssueKind> {
    serde_json::from_str(text).or_else(|e| retry(text, &e, |t| serde_json::from_str(t)))
}

/// serde_json rejects lone surrogates under several messages; parse again
/// only when rewriting them changes the text, and report the first error if
/// the retry fails too.
fn retry<T>(
    text: &str,
    first: &serde_json::Error,
    parse: impl Fn(&str) -> Result<T, serde_json::Error>,
) -> Result<T, IssueKind> {
    let fixed = replace_lone_surrogates(text);
    if fixed == text {
        return Err(position(first));
    }
    parse(&fixed).map_err(|_| position(first))
}

/// serde_json's own nesting limit.
const MAX_DEPTH: usize = 128;

fn position(e: &serde_json::Error) -> IssueKind {
    // serde_json has no error kind of its own for this; its message is stable.
    if e.to_string().starts_with("recursion limit exceeded") {
        return IssueKind::NestingTooDeep { max: MAX_DEPTH };
    }
    IssueKind::InvalidJson {
        line: e.line(),
        column: e.column(),
    }
}

/// Rewrites `\uD800`–`\uDFFF` escapes that are not a high–low pair as
/// `\uFFFD`. Only called on text that failed for that reason.
fn replace_lone_surrogates(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut last = 0;
    let unit = |at: usize| -> Option<u16> {
        let hex = text.get(at + 2..at + 6)?;
        if b.get(at) == Some(&b'\\') && b.get(at + 1) == Some(&b'u') {
            u16::from_str_radix(hex, 16).ok()
        } else {
            None
        }
    };
    while i < b.len() {
        if b[i] == b'\\' {
            // Every escape is stepped over whole, so the `u` of `\\u` is not read as an escape.
            if let Some(u) = unit(i) {
                let high = (0xD800..0xDC00).contains(&u);
                let low = (0xDC00..0xE000).contains(&u);
                if high && unit(i + 6).is_some_and(|n| (0xDC00..0xE000).contains(&n)) {
                    i += 12;
                    continue;
                }
                if high || low {
                    out.push_str(&text[last..i]);
                    out.push_str("\\uFFFD");
                    i += 6;
                    last = i;
                    continue;
                }
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lone_surrogates_become_replacement() {
        let v = parse(r#"{"a":"x\ud800y","b":"\udc00","c":"\ud83d\ude00","d":"\\ud800"}"#).unwrap();
        let o = v.as_object().unwrap();
        let s = |k| o.get(k).and_then(Json::as_str);
        assert_eq!(s("a"), Some("x\u{FFFD}y"));
        assert_eq!(s("b"), Some("\u{FFFD}"));
        assert_eq!(s("c"), Some("😀"));
        assert_eq!(s("d"), Some("\\ud800"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_an_overflow() {
        let text = "[".repeat(10_000) + &"]".repeat(10_000);
        assert_eq!(parse(&text), Err(IssueKind::NestingTooDeep { max: 128 }));
    }
}
