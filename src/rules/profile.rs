//! `profile`: known keys with their formats, and custom fields.

use serde_json::Value;

use super::{birth_date, country, phone, text, Cx};
use crate::issue::{IssueKind, JsonType};
use crate::path::Path;
use crate::rules::phone::PhoneError;

/// A known profile key and the check of its (string) value.
struct Key {
    key: &'static str,
    check: fn(&str, &Path, &mut Cx, &serde_json::Map<String, Value>),
}

/// The documented profile keys; each must be a string when present.
const KEYS: &[Key] = &[
    Key {
        key: "firstName",
        check: any,
    },
    Key {
        key: "lastName",
        check: any,
    },
    Key {
        key: "birthDate",
        check: birth,
    },
    Key {
        key: "address",
        check: any,
    },
    Key {
        key: "zip",
        check: any,
    },
    Key {
        key: "country",
        check: country_code,
    },
    Key {
        key: "SSN",
        check: ssn,
    },
    Key {
        key: "passportNo",
        check: any,
    },
    Key {
        key: "phone",
        check: phone_number,
    },
    Key {
        key: "skype",
        check: any,
    },
    Key {
        key: "partnerCode",
        check: any,
    },
];

/// Checks the profile object.
pub fn check(value: &Value, path: &Path, cx: &mut Cx) {
    let Value::Object(profile) = value else {
        cx.push(
            path,
            IssueKind::ExpectedObject {
                actual: JsonType::of(value),
            },
        );
        return;
    };
    for (key, v) in profile {
        let p = path.key(key);
        match KEYS.iter().find(|k| k.key == key) {
            Some(k) => {
                if let Some(s) = text::string(v, &p, cx) {
                    (k.check)(s, &p, cx, profile);
                }
            }
            // A custom field ("Additional custom fields as needed"): a scalar.
            None => {
                if matches!(v, Value::Object(_) | Value::Array(_)) {
                    cx.push(
                        &p,
                        IssueKind::ExpectedScalar {
                            actual: JsonType::of(v),
                        },
                    );
                }
            }
        }
    }
}

fn any(_: &str, _: &Path, _: &mut Cx, _: &serde_json::Map<String, Value>) {}

fn birth(s: &str, path: &Path, cx: &mut Cx, _: &serde_json::Map<String, Value>) {
    birth_date::check(s, path, cx);
}

fn country_code(s: &str, path: &Path, cx: &mut Cx, _: &serde_json::Map<String, Value>) {
    if !country::is_assigned(s) {
        let upper = s.trim().to_ascii_uppercase();
        let suggestion = country::is_assigned(&upper).then_some(upper);
        cx.push(path, IssueKind::InvalidCountry { suggestion });
    }
}

fn phone_number(s: &str, path: &Path, cx: &mut Cx, _: &serde_json::Map<String, Value>) {
    match phone::check(s) {
        Ok(()) => {}
        Err(PhoneError::Characters) => cx.push(path, IssueKind::InvalidPhoneCharacters {}),
        Err(PhoneError::Digits(digits)) => cx.push(
            path,
            IssueKind::InvalidPhoneLength {
                digits,
                min: phone::MIN_DIGITS,
                max: phone::MAX_DIGITS,
            },
        ),
    }
}

/// A US SSN is shaped `AAA-GG-SSSS`; other countries' numbers are not checked.
fn ssn(s: &str, path: &Path, cx: &mut Cx, profile: &serde_json::Map<String, Value>) {
    if profile.get("country").and_then(Value::as_str) != Some("US") {
        return;
    }
    let b = s.as_bytes();
    let shaped = b.len() == 11
        && b.iter().enumerate().all(|(i, c)| {
            if i == 3 || i == 6 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shaped {
        cx.push(path, IssueKind::SsnFormat {});
    }
}
