//! How to validate: the mode, the edited user, what the caller knows of the
//! record before the request.

use crate::date::Date;

/// Create a user (`POST /api/v1/users/new`) or edit one (`POST /api/v1/users/{id}`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    /// `POST /api/v1/users/new`: username, email and password required.
    #[default]
    Create,
    /// `POST /api/v1/users/{id}`: every field optional, `id` forbidden.
    Edit,
}

impl Mode {
    /// `"create"` or `"edit"`.
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Create => "create",
            Mode::Edit => "edit",
        }
    }

    /// The mode named `"create"` or `"edit"`.
    pub fn parse(s: &str) -> Option<Mode> {
        match s {
            "create" => Some(Mode::Create),
            "edit" => Some(Mode::Edit),
            _ => None,
        }
    }
}

/// The record's affiliate managers before the request (edit mode).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Current {
    /// The main affiliate manager, if any.
    pub main: Option<u64>,
    /// The assigned affiliate managers, in order.
    pub assigned: Vec<u64>,
}

/// Validation options. `Options::default()` validates a create request.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Create or edit.
    pub mode: Mode,
    /// Edit: the `{id}` of the URL.
    pub user_id: Option<u64>,
    /// Edit: the record before the request; `None` when the caller does not know it.
    pub current: Option<Current>,
    /// IDs of affiliate managers that exist; others are errors. `None`: not checked.
    pub known_affiliate_managers: Option<Vec<u64>>,
    /// The day a birth date may not be after. `None`: today by the system
    /// clock (UTC) natively; the wasm layer passes the browser's local date.
    pub today: Option<Date>,
}
