//! `paymentMethods`: method name → list of accounts; account ids; the
//! formats of the known account fields (IBAN, BIC, PayPal email).

use crate::doc::{Json, Object};

use super::bic::{self, BicError};
use super::iban::{self, IbanError};
use super::{email, integer, text, Cx};
use crate::issue::IssueKind;
use crate::options::Mode;
use crate::path::Loc;

/// The check of one account field's string value.
type FieldCheck = fn(&str, &Loc, &mut Cx);

/// Account fields with a format of their own, wherever they appear.
const FORMATS: &[(&str, FieldCheck)] = &[
    ("IBAN", iban_field),
    ("SWIFT/BIC", bic_field),
    ("Intermediary bank SWIFT", bic_field),
    ("Paypal email", email_field),
];

/// Checks the payment methods object.
pub fn check(value: &Json, path: &Loc, cx: &mut Cx) {
    let Json::Object(methods) = value else {
        cx.push(
            path,
            IssueKind::ExpectedObject {
                actual: value.json_type(),
            },
        );
        return;
    };
    for (name, accounts) in methods {
        let p = path.key(name);
        if name.trim().is_empty() {
            cx.push(&p, IssueKind::EmptyPaymentMethodName {});
        }
        match accounts {
            Json::Array(list) => method(list, &p, cx),
            other => cx.push(
                &p,
                IssueKind::ExpectedArray {
                    actual: other.json_type(),
                },
            ),
        }
    }
}

/// The accounts of one method.
fn method(accounts: &[Json], path: &Loc, cx: &mut Cx) {
    let mut ids: Vec<u64> = Vec::new();
    for (i, account) in accounts.iter().enumerate() {
        let p = path.index(i);
        let Json::Object(fields) = account else {
            cx.push(
                &p,
                IssueKind::ExpectedObject {
                    actual: account.json_type(),
                },
            );
            continue;
        };
        account_id(fields, &p, &mut ids, cx);
        for (key, v) in fields.iter().filter(|(k, _)| *k != "id") {
            let fp = p.key(key);
            let Some(s) = text::string(v, &fp, cx) else {
                continue;
            };
            if s.is_empty() {
                continue;
            }
            if let Some((_, check)) = FORMATS.iter().find(|(k, _)| *k == key) {
                check(s, &fp, cx);
            }
        }
    }
}

/// The account's `id`: an ID, unique within the method; on create it is
/// ignored (warning), on edit its absence creates a new account (notice).
fn account_id(fields: &Object, path: &Loc, ids: &mut Vec<u64>, cx: &mut Cx) {
    let mode = cx.options.mode;
    match fields.get("id") {
        None if mode == Mode::Edit => cx.push(path, IssueKind::NewAccount {}),
        None => {}
        Some(v) => {
            let p = path.key("id");
            match integer::id(v) {
                Err(kind) => cx.push(&p, kind),
                Ok(id) if ids.contains(&id) => cx.push(&p, IssueKind::DuplicateAccountId { id }),
                Ok(id) => {
                    ids.push(id);
                    if mode == Mode::Create {
                        cx.push(&p, IssueKind::AccountIdOnCreate {});
                    }
                }
            }
        }
    }
}

fn iban_field(s: &str, path: &Loc, cx: &mut Cx) {
    let kind = match iban::check(s) {
        Ok(()) => return,
        Err(IbanError::NotIban) => IssueKind::InvalidIban {},
        Err(IbanError::Country { country, uses }) => {
            IssueKind::InvalidIbanCountry { country, uses }
        }
        Err(IbanError::NotUsed(country)) => IssueKind::IbanNotUsed { country },
        Err(IbanError::Length {
            country,
            expected,
            actual,
        }) => IssueKind::InvalidIbanLength {
            country: country.to_owned(),
            expected,
            actual,
        },
        Err(IbanError::Format { country, bban }) => IssueKind::InvalidIbanFormat {
            country: country.to_owned(),
            structure: bban,
        },
        Err(IbanError::Checksum) => IssueKind::InvalidIbanChecksum {},
    };
    cx.push(path, kind);
}

fn bic_field(s: &str, path: &Loc, cx: &mut Cx) {
    let kind = match bic::check(s) {
        Ok(()) => return,
        Err(BicError::Length(actual)) => IssueKind::InvalidBicLength { actual },
        Err(BicError::Format) => IssueKind::InvalidBicFormat {},
        Err(BicError::Country(country)) => IssueKind::InvalidBicCountry { country },
    };
    cx.push(path, kind);
}

fn email_field(s: &str, path: &Loc, cx: &mut Cx) {
    if !email::is_valid(s) {
        cx.push(path, IssueKind::InvalidEmail {});
    }
}
