//! What a form holds, as `(name, value)` pairs in form order: from a JSON
//! value (a list of `[name, value]` pairs or a plain object) or from an
//! `application/x-www-form-urlencoded` text. The wasm layer reads
//! `FormData` and `URLSearchParams` into the same pairs.

use serde_json::{Map, Number, Value};

/// The most fields read; the rest are not read (and the report says so).
pub const MAX_FIELDS: usize = 10_000;

/// One value of a form field.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldValue {
    /// Text, as every HTML control sends it.
    Text(String),
    /// A number (from a plain object).
    Number(Number),
    /// `true` or `false` (from a plain object).
    Bool(bool),
    /// `null` (from a plain object): no value, read as `""`.
    Null,
    /// A file (from a `FormData` file input), by its name; never sent.
    File {
        /// The file's name.
        name: String,
    },
}

impl FieldValue {
    /// Text.
    pub fn text(s: &str) -> Self {
        FieldValue::Text(s.to_owned())
    }
}

/// The pairs read, and whether some input could not be read as a field.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    /// `(name, value)` in form order.
    pub pairs: Vec<(String, FieldValue)>,
    /// Part of the input was neither a pair nor a field value.
    pub unreadable: bool,
}

impl Fields {
    fn add(&mut self, name: String, value: FieldValue) {
        // One more than the limit, so the build sees the limit was passed.
        if self.pairs.len() <= MAX_FIELDS {
            self.pairs.push((name, value));
        }
    }
}

/// Reads fields from a JSON value: `[[name, value], …]` pairs or a plain
/// object `{name: value}`. A value that is an array gives one field per
/// item under the same name (`{"affiliateManagers[]": ["15", "16"]}`); a
/// nested object or array inside gives bracket names
/// (`{"profile": {"zip": "1"}}` is `profile[zip]`). Anything else (a
/// string, a number, a pair that is not `[name, value]`) is unreadable.
///
/// ```
/// use serde_json::json;
/// use tm_user_validator::build::{fields_from_json, FieldValue};
///
/// let f = fields_from_json(&json!({ "affiliateManagers[]": ["15", "16"], "status": 1 }));
/// assert_eq!(f.pairs[1], ("affiliateManagers[]".to_string(), FieldValue::text("16")));
/// assert!(!f.unreadable);
/// assert!(fields_from_json(&json!("username=x")).unreadable);
/// ```
pub fn fields_from_json(value: &Value) -> Fields {
    let mut fields = Fields::default();
    match value {
        Value::Object(o) => object(o, "", &mut fields),
        Value::Array(items) => {
            for item in items {
                match item.as_array().map(Vec::as_slice) {
                    Some([Value::String(name), value]) => flatten(value, name, &mut fields),
                    _ => fields.unreadable = true,
                }
            }
        }
        Value::Null => {}
        _ => fields.unreadable = true,
    }
    fields
}

fn object(o: &Map<String, Value>, prefix: &str, fields: &mut Fields) {
    for (k, v) in o {
        let name = if prefix.is_empty() {
            k.clone()
        } else {
            format!("{prefix}[{k}]")
        };
        flatten(v, &name, fields);
    }
}

fn flatten(value: &Value, name: &str, fields: &mut Fields) {
    if fields.pairs.len() > MAX_FIELDS {
        return;
    }
    match value {
        Value::Object(o) => object(o, name, fields),
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                match item {
                    Value::Object(_) | Value::Array(_) => {
                        flatten(item, &format!("{name}[{i}]"), fields)
                    }
                    scalar => flatten(scalar, name, fields),
                }
            }
        }
        Value::String(s) => fields.add(name.to_owned(), FieldValue::Text(s.clone())),
        Value::Number(n) => fields.add(name.to_owned(), FieldValue::Number(n.clone())),
        Value::Bool(b) => fields.add(name.to_owned(), FieldValue::Bool(*b)),
        Value::Null => fields.add(name.to_owned(), FieldValue::Null),
    }
}

/// Reads an `application/x-www-form-urlencoded` text (a form's body, or a
/// query string with or without its `?`), as `URLSearchParams` does: `&`
/// separates fields, `+` is a space, `%XX` a byte; invalid UTF-8 becomes
/// U+FFFD.
///
/// ```
/// use tm_user_validator::build::{fields_from_query, FieldValue};
///
/// let f = fields_from_query("profile%5BfirstName%5D=Jo+Ann&affiliateManagers%5B%5D=15");
/// assert_eq!(f.pairs[0], ("profile[firstName]".to_string(), FieldValue::text("Jo Ann")));
/// ```
pub fn fields_from_query(text: &str) -> Fields {
    let mut fields = Fields::default();
    let text = text.strip_prefix('?').unwrap_or(text);
    for piece in text.split('&').filter(|p| !p.is_empty()) {
        if fields.pairs.len() > MAX_FIELDS {
            break;
        }
        let (name, value) = piece.split_once('=').unwrap_or((piece, ""));
        fields.add(decode(name), FieldValue::Text(decode(value)));
    }
    fields
}

/// Percent-decoding with `+` as a space.
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while let Some(&c) = b.get(i) {
        let hex = |at: usize| b.get(at).and_then(|h| char::from(*h).to_digit(16));
        match c {
            b'+' => out.push(b' '),
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(h), Some(l)) => {
                    // Two hex digits make at most 255.
                    out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nested_objects_become_bracket_names() {
        let f = fields_from_json(&json!({
            "profile": { "zip": "1" },
            "paymentMethods": { "PayPal": [{ "Paypal email": "a@b.c" }] },
            "affiliateManagers": [15, "16"]
        }));
        let names: Vec<&str> = f.pairs.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            // In the object's own order (serde_json keeps it: `preserve_order`).
            [
                "profile[zip]",
                "paymentMethods[PayPal][0][Paypal email]",
                "affiliateManagers",
                "affiliateManagers"
            ]
        );
    }

    #[test]
    fn bad_pairs_are_unreadable() {
        let f = fields_from_json(&json!([["a", "1"], ["b"], 5, [1, "x"]]));
        assert_eq!(f.pairs, [("a".to_string(), FieldValue::text("1"))]);
        assert!(f.unreadable);
    }

    #[test]
    fn query_decoding() {
        let f = fields_from_query("?a=%zz&b&c=%E2%82%AC%ff&&d=1=2");
        let got: Vec<(String, FieldValue)> = f.pairs;
        assert_eq!(
            got,
            [
                ("a".into(), FieldValue::text("%zz")),
                ("b".into(), FieldValue::text("")),
                ("c".into(), FieldValue::text("€\u{FFFD}")),
                ("d".into(), FieldValue::text("1=2")),
            ]
        );
    }

    #[test]
    fn field_count_is_bounded() {
        let text = "a=1&".repeat(MAX_FIELDS * 2);
        assert_eq!(fields_from_query(&text).pairs.len(), MAX_FIELDS + 1);
        let many = json!({ "a": vec!["x"; MAX_FIELDS * 2] });
        assert_eq!(fields_from_json(&many).pairs.len(), MAX_FIELDS + 1);
    }
}
