//! `profile`: known keys with their formats, and custom fields.

use crate::doc::{Json, Object};

use super::{birth_date, country, phone, text, Cx};
use crate::issue::IssueKind;
use crate::path::Loc;
use crate::rules::phone::PhoneError;

/// A known profile key and the check of its (string) value.
struct Key {
    key: &'static str,
    check: fn(&str, &Loc, &mut Cx, &Object),
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
pub fn check(value: &Json, path: &Loc, cx: &mut Cx) {
    let Json::Object(profile) = value else {
        cx.push(
            path,
            IssueKind::ExpectedObject {
                actual: value.json_type(),
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
                if matches!(v, Json::Object(_) | Json::Array(_)) {
                    cx.push(
                        &p,
                        IssueKind::ExpectedScalar {
                            actual: v.json_type(),
                        },
                    );
                }
            }
        }
    }
}

fn any(_: &str, _: &Loc, _: &mut Cx, _: &Object) {}

fn birth(s: &str, path: &Loc, cx: &mut Cx, _: &Object) {
    birth_date::check(s, path, cx);
}

fn country_code(s: &str, path: &Loc, cx: &mut Cx, _: &Object) {
    if !country::is_assigned(s) {
        let upper = s.trim().to_ascii_uppercase();
        let suggestion = country::is_assigned(&upper).then_some(upper);
        cx.push(path, IssueKind::InvalidCountry { suggestion });
    }
}

fn phone_number(s: &str, path: &Loc, cx: &mut Cx, _: &Object) {
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
fn ssn(s: &str, path: &Loc, cx: &mut Cx, profile: &Object) {
    if profile.get("country").and_then(Json::as_str) != Some("US") {
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
