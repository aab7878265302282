//! The top-level fields: one table row per field, saying whether each mode
//! requires, allows or forbids it and which rule checks its value.

use crate::doc::{Json, Object};

use super::{affiliate, integer, password, payment, profile, status, suggest, text, Cx};
use crate::issue::IssueKind;
use crate::options::Mode;
use crate::path::Loc;

/// Whether a mode wants a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Presence {
    Required,
    Optional,
    Forbidden,
}
use Presence::{Forbidden, Optional, Required};

/// A top-level field: its key, its presence on create and on edit, and the
/// check of its value (given the value and its path).
struct Field {
    key: &'static str,
    create: Presence,
    edit: Presence,
    check: fn(&Json, &Loc, &mut Cx),
}

/// The top-level fields in the API documentation's order.
const FIELDS: &[Field] = &[
    Field {
        key: "id",
        create: Optional,
        edit: Forbidden,
        check: id,
    },
    Field {
        key: "username",
        create: Required,
        edit: Optional,
        check: non_empty,
    },
    Field {
        key: "email",
        create: Required,
        edit: Optional,
        check: email,
    },
    Field {
        key: "password",
        create: Required,
        edit: Optional,
        check: password_text,
    },
    Field {
        key: "isPasswordHashed",
        create: Optional,
        edit: Optional,
        check: nothing,
    },
    Field {
        key: "referrer",
        create: Optional,
        edit: Optional,
        check: referrer,
    },
    Field {
        key: "affiliate_manager_id",
        create: Optional,
        edit: Optional,
        check: nothing,
    },
    Field {
        key: "affiliateManagers",
        create: Optional,
        edit: Optional,
        check: nothing,
    },
    Field {
        key: "status",
        create: Optional,
        edit: Optional,
        check: status_value,
    },
    Field {
        key: "profile",
        create: Optional,
        edit: Optional,
        check: profile::check,
    },
    Field {
        key: "paymentMethods",
        create: Optional,
        edit: Optional,
        check: payment::check,
    },
];

/// The known top-level keys, for "did you mean".
pub fn known_keys() -> impl Iterator<Item = &'static str> {
    FIELDS.iter().map(|f| f.key)
}

/// Checks the body: each key in document order, then what is missing, then
/// the rules that read several fields (passwords, affiliate managers).
pub fn check(body: &Object, root: &Loc, cx: &mut Cx) {
    let mode = cx.options.mode;
    for (key, value) in body {
        let path = root.key(key);
        match FIELDS.iter().find(|f| f.key == key) {
            Some(field) => {
                let presence = if mode == Mode::Create {
                    field.create
                } else {
                    field.edit
                };
                if presence == Forbidden {
                    cx.push(&path, IssueKind::ForbiddenOnEdit {});
                } else {
                    (field.check)(value, &path, cx);
                }
            }
            None => cx.push(
                &path,
                IssueKind::UnknownField {
                    name: key.to_owned(),
                    suggestion: suggest::closest(key, known_keys()).map(str::to_owned),
                },
            ),
        }
    }
    for field in FIELDS {
        let presence = if mode == Mode::Create {
            field.create
        } else {
            field.edit
        };
        if presence == Required && !body.contains_key(field.key) {
            cx.push(&root.key(field.key), IssueKind::Required {});
        }
    }
    password::check(body, root, cx);
    affiliate::check(body, root, cx);
}

fn nothing(_: &Json, _: &Loc, _: &mut Cx) {}

fn id(value: &Json, path: &Loc, cx: &mut Cx) {
    if let Err(kind) = integer::id(value) {
        cx.push(path, kind);
    }
}

fn non_empty(value: &Json, path: &Loc, cx: &mut Cx) {
    text::non_empty(value, path, cx);
}

fn email(value: &Json, path: &Loc, cx: &mut Cx) {
    if let Some(s) = text::non_empty(value, path, cx) {
        if !super::email::is_valid(s) {
            cx.push(path, IssueKind::InvalidEmail {});
        }
    }
}

/// Not empty, but not trimmed either: spaces may be part of a password.
fn password_text(value: &Json, path: &Loc, cx: &mut Cx) {
    if text::string(value, path, cx).is_some_and(str::is_empty) {
        cx.push(path, IssueKind::Empty {});
    }
}

fn referrer(value: &Json, path: &Loc, cx: &mut Cx) {
    match integer::id(value) {
        Err(kind) => cx.push(path, kind),
        Ok(r) if cx.options.mode == Mode::Edit && cx.options.user_id == Some(r) => {
            cx.push(path, IssueKind::ReferrerIsSelf { user_id: r })
        }
        Ok(_) => {}
    }
}

fn status_value(value: &Json, path: &Loc, cx: &mut Cx) {
    let invalid = IssueKind::InvalidStatus {
        allowed: status::allowed(),
    };
    match integer::integer(value) {
        Err(kind @ IssueKind::ExpectedInteger { .. }) => cx.push(path, kind),
        Err(_) => cx.push(path, invalid),
        Ok(s) if status::meaning(s).is_none() => cx.push(path, invalid),
        Ok(s) if cx.options.mode == Mode::Create && status::UNUSUAL_ON_CREATE.contains(&s) => {
            cx.push(path, IssueKind::UnusualCreateStatus { status: s })
        }
        Ok(_) => {}
    }
}
