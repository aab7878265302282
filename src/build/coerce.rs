//! From what a control sends to what the API wants: one [`Kind`] per place
//! of the body (a table), one conversion per kind.
//!
//! A value that cannot be converted (`"12a"` for an integer) is kept as
//! typed (trimmed), so the validator can say what is wrong with it; only
//! empty values are dropped, and `affiliate_manager_id` keeps `""` (it
//! unsets or promotes the main manager).

use serde_json::{Number, Value};

use super::input::FieldValue;
use crate::label::{name_of, Name};
use crate::path::{Path, Segment};

/// The value of `affiliate_manager_id` or of an `affiliateManagers` item
/// that means "leave as it is": the field is not sent. For a `<select>`,
/// which always sends a value.
pub const UNCHANGED: &str = "unchanged";

/// How a place converts what a control sends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A string field the API knows: trimmed; numbers and booleans from a
    /// plain object become their text.
    Text,
    /// A place the API does not type (a custom profile field, an unknown
    /// key): strings trimmed, numbers and booleans kept.
    Scalar,
    /// `password`: not trimmed (spaces may belong to it).
    Secret,
    /// An integer: `"42"` becomes 42.
    Integer,
    /// `affiliate_manager_id`: an integer, or `""` kept.
    MainManager,
    /// `isPasswordHashed`: checkbox values become `"1"`; off values are
    /// dropped (`"0"` is the API's default).
    Flag,
    /// `profile[country]`: trimmed, upper case.
    Upper,
    /// IBAN and BIC: spaces removed, upper case.
    Compact,
    /// `affiliateManagers`: every value sent is split at commas into
    /// integer items; the list is sent even when empty.
    List,
}

/// Top-level places with a kind of their own; any other top-level key is
/// [`Kind::Scalar`].
const TOP: &[(&str, Kind)] = &[
    ("id", Kind::Integer),
    ("username", Kind::Text),
    ("email", Kind::Text),
    ("password", Kind::Secret),
    ("isPasswordHashed", Kind::Flag),
    ("referrer", Kind::Integer),
    ("affiliate_manager_id", Kind::MainManager),
    ("affiliateManagers", Kind::List),
    ("status", Kind::Integer),
];

/// Account fields with a kind of their own; any other is [`Kind::Text`].
const ACCOUNT: &[(&str, Kind)] = &[
    ("id", Kind::Integer),
    ("IBAN", Kind::Compact),
    ("SWIFT/BIC", Kind::Compact),
    ("Intermediary bank SWIFT", Kind::Compact),
];

fn find(table: &[(&str, Kind)], key: &str) -> Option<Kind> {
    table.iter().find(|(k, _)| *k == key).map(|&(_, kind)| kind)
}

/// The kind of a place.
pub fn place_kind(path: &Path) -> Kind {
    use Segment::{Index, Key};
    match path.segments() {
        [Key(k)] => find(TOP, k).unwrap_or(Kind::Scalar),
        [Key(p), Key(k)] if p == "profile" && k == "country" => Kind::Upper,
        // A profile key the API names (it has a label) is a string field.
        [Key(p), Key(_)] if p == "profile" => match name_of(path) {
            Name::Label(_) => Kind::Text,
            Name::Key(_) => Kind::Scalar,
        },
        [Key(p), Key(_), Index(_), Key(k)] if p == "paymentMethods" => {
            find(ACCOUNT, k).unwrap_or(Kind::Text)
        }
        _ => Kind::Scalar,
    }
}

/// What a value becomes.
#[derive(Debug, Clone, PartialEq)]
pub enum Coerced {
    /// Sent as this.
    Send(Value),
    /// Not sent: empty, or an off checkbox, or [`UNCHANGED`].
    Drop,
    /// A file: not sent, and the report says so.
    File,
}

/// True for a value that holds nothing: `""` or spaces, `null`.
pub fn is_blank(value: &FieldValue) -> bool {
    match value {
        FieldValue::Text(s) => s.trim().is_empty(),
        FieldValue::Null => true,
        _ => false,
    }
}

/// Converts one value for a place of a kind ([`Kind::List`] items: see
/// [`list_items`]).
pub fn coerce(kind: Kind, value: &FieldValue) -> Coerced {
    let text = match value {
        FieldValue::File { .. } => return Coerced::File,
        FieldValue::Text(s) => s.as_str(),
        FieldValue::Null => "",
        FieldValue::Number(n) => return number(kind, n),
        FieldValue::Bool(b) => return boolean(kind, *b),
    };
    if kind == Kind::Secret {
        return if text.is_empty() {
            Coerced::Drop
        } else {
            Coerced::Send(Value::String(text.to_owned()))
        };
    }
    let t = text.trim();
    match kind {
        Kind::MainManager if t.is_empty() => Coerced::Send(Value::String(String::new())),
        Kind::MainManager if t == UNCHANGED => Coerced::Drop,
        _ if t.is_empty() => Coerced::Drop,
        Kind::Integer | Kind::MainManager | Kind::List => Coerced::Send(integer(t)),
        Kind::Flag => flag(t),
        Kind::Upper => Coerced::Send(Value::String(t.to_ascii_uppercase())),
        Kind::Compact => Coerced::Send(Value::String(
            t.chars()
                .filter(|c| !c.is_whitespace())
                .collect::<String>()
                .to_ascii_uppercase(),
        )),
        Kind::Text | Kind::Scalar | Kind::Secret => Coerced::Send(Value::String(t.to_owned())),
    }
}

/// The items one value gives an `affiliateManagers` list: split at commas,
/// each trimmed and converted; empty items and [`UNCHANGED`] give nothing.
pub fn list_items(value: &FieldValue) -> Vec<Coerced> {
    match value {
        FieldValue::Text(s) => s
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty() && *t != UNCHANGED)
            .map(|t| Coerced::Send(integer(t)))
            .collect(),
        other => match coerce(Kind::List, other) {
            Coerced::Drop => Vec::new(),
            c => vec![c],
        },
    }
}

/// True when a list value is only the "leave as it is" sentinel.
pub fn is_unchanged(value: &FieldValue) -> bool {
    matches!(value, FieldValue::Text(s) if s.trim() == UNCHANGED)
}

/// A number from a plain object.
fn number(kind: Kind, n: &Number) -> Coerced {
    match kind {
        Kind::Integer | Kind::MainManager | Kind::List | Kind::Scalar => {
            Coerced::Send(Value::Number(n.clone()))
        }
        Kind::Flag if n.as_f64() == Some(1.0) => Coerced::Send(Value::String("1".into())),
        Kind::Flag if n.as_f64() == Some(0.0) => Coerced::Drop,
        Kind::Flag => Coerced::Send(Value::Number(n.clone())),
        Kind::Text | Kind::Secret | Kind::Upper | Kind::Compact => {
            coerce(kind, &FieldValue::Text(n.to_string()))
        }
    }
}

/// A boolean from a plain object.
fn boolean(kind: Kind, b: bool) -> Coerced {
    match kind {
        Kind::Flag if b => Coerced::Send(Value::String("1".into())),
        Kind::Flag => Coerced::Drop,
        Kind::Text | Kind::Secret | Kind::Upper | Kind::Compact => {
            coerce(kind, &FieldValue::Text(b.to_string()))
        }
        Kind::Integer | Kind::MainManager | Kind::List | Kind::Scalar => {
            Coerced::Send(Value::Bool(b))
        }
    }
}

/// Checkbox and toggle values of `isPasswordHashed`, lower-cased: on
/// values become `"1"`, off values are not sent.
const FLAG_VALUES: &[(&str, Option<&str>)] = &[
    ("1", Some("1")),
    ("on", Some("1")),
    ("true", Some("1")),
    ("yes", Some("1")),
    ("0", None),
    ("off", None),
    ("false", None),
    ("no", None),
];

fn flag(t: &str) -> Coerced {
    let lower = t.to_ascii_lowercase();
    match FLAG_VALUES.iter().find(|(k, _)| *k == lower) {
        Some((_, Some(v))) => Coerced::Send(Value::String((*v).to_owned())),
        Some((_, None)) => Coerced::Drop,
        None => Coerced::Send(Value::String(t.to_owned())),
    }
}

/// `"42"`, `"+42"`, `"-3"` → a JSON integer; anything else stays the text.
/// Integers beyond 64 bits become the nearest float, which the validator
/// reports as too large.
fn integer(t: &str) -> Value {
    let digits = t.strip_prefix(['+', '-']).unwrap_or(t);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Value::String(t.to_owned());
    }
    let unsigned = t.strip_prefix('+').unwrap_or(t);
    if let Ok(i) = unsigned.parse::<i64>() {
        return Value::Number(i.into());
    }
    // Beyond 64 bits: the nearest float, without linking a float parser in
    // for a value the validator rejects anyway. Up to 38 digits the u128
    // conversion rounds correctly; longer ones are folded digit by digit.
    // A number beyond f64 stays the text.
    let magnitude = match digits.parse::<u128>() {
        Ok(u) => u as f64,
        Err(_) => digits
            .bytes()
            .fold(0f64, |acc, b| acc * 10.0 + f64::from(b - b'0')),
    };
    let signed = if t.starts_with('-') {
        -magnitude
    } else {
        magnitude
    };
    Number::from_f64(signed).map_or_else(|| Value::String(t.to_owned()), Value::Number)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn send(kind: Kind, s: &str) -> Coerced {
        coerce(kind, &FieldValue::text(s))
    }

    #[test]
    fn integers() {
        assert_eq!(send(Kind::Integer, " 42 "), Coerced::Send(json!(42)));
        assert_eq!(send(Kind::Integer, "+7"), Coerced::Send(json!(7)));
        assert_eq!(send(Kind::Integer, "-3"), Coerced::Send(json!(-3)));
        assert_eq!(send(Kind::Integer, "12a"), Coerced::Send(json!("12a")));
        assert_eq!(send(Kind::Integer, "-"), Coerced::Send(json!("-")));
        assert_eq!(send(Kind::Integer, "1.5"), Coerced::Send(json!("1.5")));
        assert_eq!(send(Kind::Integer, ""), Coerced::Drop);
        assert_eq!(
            send(Kind::Integer, "99999999999999999999"),
            Coerced::Send(json!(1e20))
        );
    }

    #[test]
    fn main_manager_keeps_empty() {
        assert_eq!(send(Kind::MainManager, " "), Coerced::Send(json!("")));
        assert_eq!(
            coerce(Kind::MainManager, &FieldValue::Null),
            Coerced::Send(json!(""))
        );
        assert_eq!(send(Kind::MainManager, "unchanged"), Coerced::Drop);
    }

    #[test]
    fn flags() {
        for on in ["on", "TRUE", "1", "yes"] {
            assert_eq!(send(Kind::Flag, on), Coerced::Send(json!("1")), "{on}");
        }
        for off in ["0", "false", "", "off"] {
            assert_eq!(send(Kind::Flag, off), Coerced::Drop, "{off}");
        }
        assert_eq!(send(Kind::Flag, "2"), Coerced::Send(json!("2")));
        assert_eq!(
            coerce(Kind::Flag, &FieldValue::Bool(true)),
            Coerced::Send(json!("1"))
        );
    }

    #[test]
    fn text_kinds() {
        assert_eq!(send(Kind::Secret, " pw "), Coerced::Send(json!(" pw ")));
        assert_eq!(send(Kind::Upper, " de "), Coerced::Send(json!("DE")));
        assert_eq!(
            send(Kind::Compact, "de89 3704\u{a0}0044"),
            Coerced::Send(json!("DE8937040044"))
        );
        assert_eq!(
            coerce(Kind::Text, &FieldValue::Number(5.into())),
            Coerced::Send(json!("5"))
        );
        assert_eq!(
            coerce(Kind::Scalar, &FieldValue::Number(5.into())),
            Coerced::Send(json!(5))
        );
    }

    #[test]
    fn list_values_split_at_commas() {
        assert_eq!(
            list_items(&FieldValue::text("15, 16,,x ,unchanged")),
            [
                Coerced::Send(json!(15)),
                Coerced::Send(json!(16)),
                Coerced::Send(json!("x"))
            ]
        );
    }

    #[test]
    fn kinds_by_place() {
        let r = Path::root();
        assert_eq!(place_kind(&r.key("status")), Kind::Integer);
        assert_eq!(place_kind(&r.key("profile").key("zip")), Kind::Text);
        assert_eq!(place_kind(&r.key("profile").key("age")), Kind::Scalar);
        let acct = r.key("paymentMethods").key("X").index(0);
        assert_eq!(place_kind(&acct.key("SWIFT/BIC")), Kind::Compact);
        assert_eq!(place_kind(&acct.key("Bank")), Kind::Text);
    }
}
