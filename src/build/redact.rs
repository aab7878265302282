//! The body for previews and logs, with secrets masked: `password`,
//! `profile.SSN` and `profile.passportNo` become `"••••••••"` (whatever
//! their length or type), and every account's `IBAN` keeps its first four
//! characters (country and check digits) and its last four:
//! `"DE89 •••• 3000"`. An IBAN of fewer than 12 characters is masked whole.

use serde_json::Value;

/// What a masked secret shows.
pub const MASK: &str = "••••••••";

/// Shortest IBAN that keeps its ends visible: four shown at each end, at
/// least four hidden between.
const IBAN_MIN_SHOWN: usize = 12;

/// How a secret is masked.
type Masker = fn(&Value) -> Value;

/// The places masked: a path of keys, `*` for any key or index.
const SECRETS: &[(&[&str], Masker)] = &[
    (&["password"], mask),
    (&["profile", "SSN"], mask),
    (&["profile", "passportNo"], mask),
    (&["paymentMethods", "*", "*", "IBAN"], mask_iban),
];

fn mask(_: &Value) -> Value {
    Value::String(MASK.to_owned())
}

fn mask_iban(value: &Value) -> Value {
    let Value::String(s) = value else {
        return mask(value);
    };
    let chars: Vec<char> = s.chars().filter(|c| !c.is_whitespace()).collect();
    if chars.len() < IBAN_MIN_SHOWN {
        return mask(value);
    }
    let head: String = chars.iter().take(4).collect();
    let tail: String = chars.iter().skip(chars.len() - 4).collect();
    Value::String(format!("{head} •••• {tail}"))
}

/// A copy of the body with the secrets masked.
///
/// ```
/// use serde_json::json;
/// use tm_user_validator::build::redact;
///
/// let body = json!({ "password": "hunter2", "paymentMethods": { "Wire transfer": [
///     { "IBAN": "DE89370400440532013000" } ] } });
/// let r = redact(&body);
/// assert_eq!(r["password"], "••••••••");
/// assert_eq!(r["paymentMethods"]["Wire transfer"][0]["IBAN"], "DE89 •••• 3000");
/// ```
pub fn redact(body: &Value) -> Value {
    let mut out = body.clone();
    for (path, masker) in SECRETS {
        apply(&mut out, path, *masker);
    }
    out
}

fn apply(value: &mut Value, path: &[&str], masker: Masker) {
    let Some((first, rest)) = path.split_first() else {
        *value = masker(value);
        return;
    };
    match (value, *first) {
        (Value::Object(o), "*") => o.values_mut().for_each(|v| apply(v, rest, masker)),
        (Value::Array(a), "*") => a.iter_mut().for_each(|v| apply(v, rest, masker)),
        (Value::Object(o), key) => {
            if let Some(v) = o.get_mut(key) {
                apply(v, rest, masker);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn masks_every_secret_and_nothing_else() {
        let body = json!({
            "username": "x",
            "password": 5,
            "profile": { "SSN": "123-45-6789", "passportNo": "X1", "zip": "1" },
            "paymentMethods": {
                "A": [{ "IBAN": "GB82 WEST 1234 5698 7654 32" }, { "IBAN": "DE12" }],
                "B": "not a list"
            }
        });
        assert_eq!(
            redact(&body),
            json!({
                "username": "x",
                "password": MASK,
                "profile": { "SSN": MASK, "passportNo": MASK, "zip": "1" },
                "paymentMethods": {
                    "A": [{ "IBAN": "GB82 •••• 5432" }, { "IBAN": MASK }],
                    "B": "not a list"
                }
            })
        );
    }
}
