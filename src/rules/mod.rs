//! The rules of the users API, one file per rule area, in the order of the
//! rules page: top-level fields, statuses, passwords, profile, payment
//! methods, affiliate managers, unknown fields.

pub mod bic;
pub mod country;
pub mod email;
pub mod hash;
pub mod iban;
pub mod integer;
pub mod phone;
pub mod status;

mod affiliate;
mod birth_date;
mod password;
mod payment;
mod profile;
mod suggest;
mod text;
mod top;

use serde_json::Value;

use crate::date::Date;
use crate::doc::Json;
use crate::issue::IssueKind;
use crate::options::Options;
use crate::path::Loc;
use crate::report::Report;

/// What every rule reads and writes while one payload is checked.
pub(crate) struct Cx<'a> {
    pub report: Report,
    pub options: &'a Options,
    /// The day a birth date may not be after, when known.
    pub today: Option<Date>,
}

impl Cx<'_> {
    pub fn push(&mut self, at: &Loc, kind: IssueKind) {
        self.report.push(at.to_path(), kind);
    }
}

/// Validates a request body against the users API's rules.
///
/// Never panics; any JSON value gives a report.
///
/// ```
/// use tm_user_validator::{validate, Mode, Options};
/// use serde_json::json;
///
/// let options = Options { mode: Mode::Edit, user_id: Some(7), ..Options::default() };
/// let report = validate(&json!({ "id": 7, "referrer": 7 }), &options);
/// let found: Vec<_> = report.errors.iter().map(|i| (i.pointer(), i.code().as_str())).collect();
/// assert_eq!(found, [
///     ("/id".to_string(), "forbidden_on_edit"),
///     ("/referrer".to_string(), "referrer_is_self"),
/// ]);
/// ```
pub fn validate(payload: &Value, options: &Options) -> Report {
    check(&Json::from_value(payload), options)
}

/// Validates a parsed document: what [`validate`] and [`validate_json`] share.
pub(crate) fn check(payload: &Json, options: &Options) -> Report {
    let Some(body) = payload.as_object() else {
        let actual = payload.json_type();
        return Report::rejected(options, IssueKind::ExpectedObject { actual });
    };
    let mut cx = Cx {
        report: Report::new(options.mode),
        options,
        today: options.today.or_else(today),
    };
    top::check(body, &Loc::Root, &mut cx);
    cx.report
}

/// Validates a request body given as JSON text. Text that does not parse
/// gives a report with one `invalid_json` error at the root, with the line
/// and column of the fault; nesting deeper than 128 levels is such a fault.
///
/// ```
/// use tm_user_validator::{validate_json, Options};
///
/// let report = validate_json("{\n  \"username\": ,\n}", &Options::default());
/// let e = &report.errors[0];
/// assert_eq!((e.pointer().as_str(), e.code().as_str()), ("", "invalid_json"));
/// assert_eq!(e.kind, tm_user_validator::IssueKind::InvalidJson { line: 2, column: 15 });
/// ```
pub fn validate_json(text: &str, options: &Options) -> Report {
    match crate::json::parse(text) {
        Ok(value) => check(&value, options),
        Err(kind) => Report::rejected(options, kind),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn today() -> Option<Date> {
    Date::today_utc()
}

#[cfg(target_arch = "wasm32")]
fn today() -> Option<Date> {
    None
}
