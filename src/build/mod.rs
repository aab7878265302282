//! `build_payload`: what a form holds becomes the request body, with its
//! JSON text, a redacted preview, the request line and the report.
//!
//! The steps, one private file each: `names` reads field names, `input`
//! reads the fields, `tree` arranges them by name, `render` and `coerce`
//! turn them into the body, `fields` gives the report's issues the form's
//! names, `redact` masks secrets. `docs/build_payload.md`
//! describes the conventions for HTML forms.
//!
//! ```
//! use tm_user_validator::build::{build_payload, FieldValue};
//! use tm_user_validator::Options;
//! use serde_json::json;
//!
//! let form = [
//!     ("username", " johndoe "), ("email", "john@example.com"), ("password", "pw-123456"),
//!     ("status", "1"), ("affiliateManagers[]", "15"), ("affiliateManagers[]", "16"),
//!     ("profile[country]", "de"), ("paymentMethods[Wire transfer][3][IBAN]", "de89 3704 0044 0532 0130 00"),
//! ];
//! let fields: Vec<(String, FieldValue)> =
//!     form.iter().map(|(n, v)| (n.to_string(), FieldValue::text(v))).collect();
//! let built = build_payload(&fields, &Options::default());
//! assert_eq!(built.payload, json!({
//!     "username": "johndoe", "email": "john@example.com", "password": "pw-123456",
//!     "status": 1, "affiliateManagers": [15, 16], "profile": { "country": "DE" },
//!     "paymentMethods": { "Wire transfer": [{ "IBAN": "DE89370400440532013000" }] }
//! }));
//! assert_eq!(built.request.path, "/api/v1/users/new");
//! assert!(built.report.valid());
//! assert!(built.redacted_json.contains("\"DE89 •••• 3000\""));
//! ```

mod coerce;
mod fields;
mod input;
mod names;
mod redact;
mod render;
mod tree;

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;
use serde_json::Value;

pub use coerce::UNCHANGED;
pub use input::{fields_from_json, fields_from_query, FieldValue, Fields, MAX_FIELDS};
pub use names::{MAX_DEPTH, MAX_NAME_CHARS};
pub use redact::{redact, MASK};
pub use render::SUSPICIOUS_KEYS;

use crate::issue::IssueKind;
use crate::locale::Locale;
use crate::options::{Mode, Options};
use crate::path::Path;
use crate::report::{Issue, Report};

/// The request to send: always `POST`, to `/api/v1/users/new` (create) or
/// `/api/v1/users/{userId}` (edit).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Request {
    /// `"POST"`.
    pub method: &'static str,
    /// The URL path. On edit without `userId` it is
    /// `/api/v1/users/{id}` as written, and the report has a
    /// `user_id_required` error.
    pub path: String,
}

/// What `build_payload` gives.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// The body to send.
    pub payload: Value,
    /// The body as JSON text, indented by two spaces like
    /// `JSON.stringify(payload, null, 2)`.
    pub json: String,
    /// The same text with `password`, `profile.SSN`, `profile.passportNo`
    /// and every account's `IBAN` masked, for previews.
    pub redacted_json: String,
    /// Method and path.
    pub request: Request,
    /// The validator's report of the body, with build issues merged in and
    /// issue fields named as the form named them.
    pub report: Report,
}

impl Built {
    /// The JS contract's `Built` object (`payload`, `json`, `redactedJson`,
    /// `request`, `report`) with messages in a locale.
    pub fn rendered(&self, locale: Locale) -> RenderedBuilt<'_> {
        RenderedBuilt {
            built: self,
            locale,
        }
    }

    /// The JS contract's `Built` object as JSON text (the serde form of
    /// [`Built::rendered`], written by hand for the report's sake).
    pub fn to_json(&self, locale: Locale) -> String {
        use crate::json_out::string;
        let mut out = String::with_capacity(3 * self.json.len() + 1024);
        out.push_str("{\"payload\":");
        // `json` is the payload's own JSON text (pretty, which JSON.parse
        // reads the same): no second serialisation on every check.
        out.push_str(if self.json.is_empty() {
            "null"
        } else {
            &self.json
        });
        out.push_str(",\"json\":");
        string(&mut out, &self.json);
        out.push_str(",\"redactedJson\":");
        string(&mut out, &self.redacted_json);
        out.push_str(",\"request\":{\"method\":");
        string(&mut out, self.request.method);
        out.push_str(",\"path\":");
        string(&mut out, &self.request.path);
        out.push_str("},\"report\":");
        self.report.write_json(&mut out, locale);
        out.push('}');
        out
    }
}

/// A [`Built`] serialized with messages in a locale.
#[derive(Debug)]
pub struct RenderedBuilt<'a> {
    built: &'a Built,
    locale: Locale,
}

impl Serialize for RenderedBuilt<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let b = self.built;
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("payload", &b.payload)?;
        m.serialize_entry("json", &b.json)?;
        m.serialize_entry("redactedJson", &b.redacted_json)?;
        m.serialize_entry("request", &b.request)?;
        m.serialize_entry("report", &b.report.rendered(self.locale))?;
        m.end()
    }
}

/// Builds the request body from form fields, `(name, value)` in form order.
/// Never panics; any fields give a body and a report.
pub fn build_payload(fields: &[(String, FieldValue)], options: &Options) -> Built {
    build(fields, false, options)
}

/// [`build_payload`] for fields read by [`fields_from_json`] or
/// [`fields_from_query`]; input that could not be read is reported
/// (`unreadable_fields`).
pub fn build_fields(fields: &Fields, options: &Options) -> Built {
    build(&fields.pairs, fields.unreadable, options)
}

/// [`build_payload`] for fields given as JSON: `[[name, value], …]` or a
/// plain object (see [`fields_from_json`]).
///
/// ```
/// use tm_user_validator::build::build_payload_json;
/// use tm_user_validator::{Mode, Options};
/// use serde_json::json;
///
/// let options = Options { mode: Mode::Edit, user_id: Some(42), ..Options::default() };
/// let built = build_payload_json(&json!({ "affiliate_manager_id": "", "referrer": "12a" }), &options);
/// assert_eq!(built.payload, json!({ "affiliate_manager_id": "", "referrer": "12a" }));
/// assert_eq!(built.request.path, "/api/v1/users/42");
/// let e = &built.report.errors[0];
/// assert_eq!((e.pointer().as_str(), e.code().as_str()), ("/referrer", "expected_integer"));
/// ```
pub fn build_payload_json(fields: &Value, options: &Options) -> Built {
    build_fields(&fields_from_json(fields), options)
}

/// The request line for the options.
fn request(options: &Options) -> Request {
    let path = match (options.mode, options.user_id) {
        (Mode::Create, _) => "/api/v1/users/new".to_owned(),
        (Mode::Edit, Some(id)) => format!("/api/v1/users/{id}"),
        (Mode::Edit, None) => "/api/v1/users/{id}".to_owned(),
    };
    Request {
        method: "POST",
        path,
    }
}

fn build(pairs: &[(String, FieldValue)], unreadable: bool, options: &Options) -> Built {
    let root = Path::root();
    let at_root = |kind| Issue {
        path: root.clone(),
        kind,
        field_name: None,
    };
    let mut issues = Vec::new();
    if options.mode == Mode::Edit && options.user_id.is_none() {
        issues.push(at_root(IssueKind::UserIdRequired {}));
    }
    if unreadable {
        issues.push(at_root(IssueKind::UnreadableFields {}));
    }
    if pairs.len() > MAX_FIELDS {
        issues.push(at_root(IssueKind::TooManyFields { max: MAX_FIELDS }));
    }
    let mut tree = tree::Branch::default();
    for (name, value) in pairs.iter().take(MAX_FIELDS) {
        let kind = match names::parse(name) {
            Ok(parsed) => {
                tree.insert(&parsed, name, value.clone());
                continue;
            }
            Err(names::NameError::TooLong) => IssueKind::FieldNameTooLong {
                max: MAX_NAME_CHARS,
            },
            Err(names::NameError::TooDeep) => IssueKind::FieldNameTooDeep { max: MAX_DEPTH },
        };
        let shown: String = name.chars().take(MAX_NAME_CHARS).collect();
        issues.push(render::issue(&root, kind, &shown));
    }
    let mut out = render::Render::default();
    let payload = out.body(&tree);
    issues.append(&mut out.issues);
    let mut report = crate::validate(&payload, options);
    fields::Places::new(out.places).merge(&mut report, issues);
    Built {
        json: serde_json::to_string_pretty(&payload).unwrap_or_default(),
        redacted_json: serde_json::to_string_pretty(&redact(&payload)).unwrap_or_default(),
        request: request(options),
        report,
        payload,
    }
}
