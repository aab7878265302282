//! `password` and `isPasswordHashed`, checked together: the flag decides
//! whether the password must be a supported hash or must not look like one.

use crate::doc::{Json, Object};

use super::hash::{shape, Shape};
use super::Cx;
use crate::issue::IssueKind;
use crate::options::Mode;
use crate::path::Loc;

/// The flag's value: `"0"`, `"1"`, `0` or `1`; `None` for anything else.
pub fn flag(value: &Json) -> Option<bool> {
    match value {
        Json::String(s) if s == "0" => Some(false),
        Json::String(s) if s == "1" => Some(true),
        Json::Number(n) if n.as_f64() == 0.0 => Some(false),
        Json::Number(n) if n.as_f64() == 1.0 => Some(true),
        _ => None,
    }
}

/// Checks the flag and how the password agrees with it. The password's own
/// type and emptiness are checked by the top-level table.
pub fn check(body: &Object, root: &Loc, cx: &mut Cx) {
    let flag_path = root.key("isPasswordHashed");
    let hashed = match body.get("isPasswordHashed") {
        None => Some(false),
        Some(v) => {
            let f = flag(v);
            if f.is_none() {
                cx.push(&flag_path, IssueKind::InvalidHashedFlag {});
            }
            f
        }
    };
    let password = body.get("password");
    if password.is_none() && body.contains_key("isPasswordHashed") && cx.options.mode == Mode::Edit
    {
        cx.push(&flag_path, IssueKind::HashedFlagWithoutPassword {});
    }
    let (Some(Json::String(pw)), Some(hashed)) = (password, hashed) else {
        return;
    };
    if pw.is_empty() {
        return;
    }
    let path = root.key("password");
    let kind = match (hashed, shape(pw)) {
        (true, Shape::Supported(_)) => return,
        (true, Shape::Malformed(algorithm)) => IssueKind::MalformedHash { algorithm },
        (true, Shape::Unsupported(algorithm)) => IssueKind::UnsupportedHash { algorithm },
        (true, Shape::Unknown) => IssueKind::NotAHash {},
        (false, Shape::Supported(algorithm)) => IssueKind::PasswordLooksHashed { algorithm },
        (false, _) => return,
    };
    cx.push(&path, kind);
}
