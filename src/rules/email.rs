//! Email addresses as WHATWG HTML defines a valid email address for
//! `<input type=email>`:
//!
//! ```text
//! /^[a-zA-Z0-9.!#$%&'*+\/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/
//! ```
//!
//! Written by hand, without a regex engine: the local part is one or more
//! `atext` characters or dots, the domain one or more labels of 1–63
//! letters, digits and inner hyphens. A domain without a dot (`user@host`)
//! is valid, as the browser accepts it.

/// Whether a string is a valid email address by the WHATWG definition.
///
/// ```
/// use tm_user_validator::rules::email::is_valid;
/// assert!(is_valid("john.doe.da2v@example.com"));
/// assert!(is_valid("a@b"));
/// assert!(!is_valid("john@-example.com"));
/// assert!(!is_valid("john doe@example.com"));
/// ```
pub fn is_valid(s: &str) -> bool {
    let Some((local, domain)) = s.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.bytes().all(is_local_byte)
        && !domain.is_empty()
        && domain.split('.').all(is_label)
}

fn is_local_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b".!#$%&'*+/=?^_`{|}~-".contains(&b)
}

fn is_label(label: &str) -> bool {
    let b = label.as_bytes();
    match (b.first(), b.last()) {
        (Some(first), Some(last)) => {
            b.len() <= 63
                && first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'-')
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::is_valid;

    #[test]
    fn whatwg_cases() {
        for ok in [
            "a@b.c",
            "x+y@ex-ample.co",
            ".a.@b",
            "a@b",
            "o'neil@x.ie",
            "a@1.2.3.4",
        ] {
            assert!(is_valid(ok), "{ok}");
        }
        let long = format!("a@{}.com", "b".repeat(64));
        for bad in [
            "",
            "@b",
            "a@",
            "a@b@c",
            "a@b..c",
            "a@.b",
            "a@b.",
            "a@-b",
            "a@b-",
            "ü@b",
            "a@b_c",
            long.as_str(),
        ] {
            assert!(!is_valid(bad), "{bad}");
        }
    }
}
