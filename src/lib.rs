//! # tm-user-validator
//!
//! Checks a TrafficManager "create / edit user" request body
//! (`POST /api/v1/users/new`, `POST /api/v1/users/{id}`) against the API's
//! own rules — required fields per mode, statuses, hashed passwords, the
//! affiliate-manager combinations, IBAN and BIC — and reports every issue as
//! data: a JSON Pointer, a form-field name, a stable code and typed
//! parameters, with a message rendered in the caller's language.
//!
//! The same rules run natively (servers, tools, `cargo test`) and in the
//! browser, compiled to WebAssembly; the `wasm` module is only a thin layer
//! that converts JavaScript values in and out.
//!
//! ```
//! use tm_user_validator::{validate, Options};
//! use serde_json::json;
//!
//! let body = json!({
//!     "username": "johndoe_9232",
//!     "email": "john.doe@example",
//!     "password": "securepassword123",
//!     "status": 2
//! });
//! let report = validate(&body, &Options::default());
//! assert!(!report.valid());
//! let codes: Vec<_> = report.errors.iter().map(|i| (i.pointer(), i.code().as_str())).collect();
//! assert_eq!(codes, [("/status".to_string(), "invalid_status")]);
//! ```

pub mod affiliate;
pub mod build;
pub mod code;
pub mod date;
pub mod doc;
pub mod issue;
pub mod label;
pub mod locale;
pub mod messages;
pub mod options;
pub mod params;
pub mod path;
pub mod report;
pub mod rules;

mod data;
mod json;
mod json_out;
mod options_json;

/// The JavaScript bindings (wasm32 only).
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use build::{build_payload, Built, FieldValue, Request};
pub use code::Code;
pub use issue::{IssueKind, JsonType, Severity};
pub use locale::Locale;
pub use options::{Current, Mode, Options};
pub use options_json::{options_from_json, OptionError};
pub use path::Path;
pub use report::{Issue, Report};
pub use rules::{validate, validate_json};

/// The README's Rust examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
