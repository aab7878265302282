//! Password hashes: the three the API accepts (bcrypt, argon2i, argon2id)
//! checked for form, and the common others recognised so an error can name
//! them.

/// What a password string looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// A well-formed hash the API accepts (`bcrypt`, `argon2i`, `argon2id`).
    Supported(&'static str),
    /// Starts like a supported hash but is not well formed.
    Malformed(&'static str),
    /// A hash of an algorithm the API does not accept.
    Unsupported(&'static str),
    /// Nothing recognisable: plain text, or an unknown scheme.
    Unknown,
}

/// Crypt-style prefixes of algorithms the API does not accept.
const UNSUPPORTED_PREFIXES: &[(&str, &str)] = &[
    ("$argon2d$", "argon2d"),
    ("$6$", "sha512-crypt"),
    ("$5$", "sha256-crypt"),
    ("$1$", "md5-crypt"),
    ("$apr1$", "apr1-md5"),
    ("$y$", "yescrypt"),
    ("$7$", "scrypt"),
    ("$scrypt$", "scrypt"),
    ("$pbkdf2", "pbkdf2"),
    ("pbkdf2_sha256$", "pbkdf2"),
    ("$2x$", "bcrypt-2x"),
    ("$2$", "bcrypt-2"),
    ("{SSHA}", "ssha"),
    ("{SHA}", "sha1"),
];

/// Bare hex digests, by length.
const HEX_DIGESTS: &[(usize, &str)] = &[(32, "md5"), (40, "sha1"), (64, "sha256"), (128, "sha512")];

/// Classifies a password string.
///
/// ```
/// use tm_user_validator::rules::hash::{shape, Shape};
/// let bcrypt = "$2y$10$abcdefghijklmnopqrstuuABCDEFGHIJKLMNOPQRSTUVWXYZ01234";
/// assert_eq!(shape(bcrypt), Shape::Supported("bcrypt"));
/// assert_eq!(shape("$6$salt$hash"), Shape::Unsupported("sha512-crypt"));
/// assert_eq!(shape("securepassword123"), Shape::Unknown);
/// ```
pub fn shape(s: &str) -> Shape {
    if ["$2a$", "$2b$", "$2y$"].iter().any(|p| s.starts_with(p)) {
        return if is_bcrypt(s) {
            Shape::Supported("bcrypt")
        } else {
            Shape::Malformed("bcrypt")
        };
    }
    for (prefix, name) in [("$argon2id$", "argon2id"), ("$argon2i$", "argon2i")] {
        if let Some(rest) = s.strip_prefix(prefix) {
            return if is_argon2_tail(rest) {
                Shape::Supported(name)
            } else {
                Shape::Malformed(name)
            };
        }
    }
    if let Some(&(_, name)) = UNSUPPORTED_PREFIXES.iter().find(|(p, _)| s.starts_with(p)) {
        return Shape::Unsupported(name);
    }
    if let Some(&(_, name)) = HEX_DIGESTS.iter().find(|(n, _)| s.len() == *n) {
        if s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Shape::Unsupported(name);
        }
    }
    Shape::Unknown
}

/// `$2a$`/`$2b$`/`$2y$`, two-digit cost 04–31, `$`, 53 characters of
/// bcrypt's base64 alphabet (`./A-Za-z0-9`): 60 in all.
fn is_bcrypt(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 60 || b[6] != b'$' || !b[4].is_ascii_digit() || !b[5].is_ascii_digit() {
        return false;
    }
    let cost = (b[4] - b'0') * 10 + (b[5] - b'0');
    (4..=31).contains(&cost)
        && b[7..]
            .iter()
            .all(|&c| c == b'.' || c == b'/' || c.is_ascii_alphanumeric())
}

/// After `$argon2id$` or `$argon2i$`: `[v=<int>$]m=<int>,t=<int>,p=<int>$<salt>$<hash>`
/// with salt and hash in unpadded standard base64.
fn is_argon2_tail(rest: &str) -> bool {
    let mut parts: Vec<&str> = rest.split('$').collect();
    if parts.first().is_some_and(|p| p.starts_with("v=")) {
        if !parts[0][2..].bytes().all(|b| b.is_ascii_digit()) || parts[0].len() == 2 {
            return false;
        }
        parts.remove(0);
    }
    let [params, salt, hash] = parts[..] else {
        return false;
    };
    let mut names = ["m=", "t=", "p="].iter();
    params.split(',').all(|kv| {
        names
            .next()
            .and_then(|n| kv.strip_prefix(n))
            .is_some_and(|v| !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()))
    }) && params.split(',').count() == 3
        && is_b64(salt)
        && is_b64(hash)
}

/// Unpadded standard base64: `A-Za-z0-9+/`, a length that is not 1 mod 4.
fn is_b64(s: &str) -> bool {
    !s.is_empty()
        && s.len() % 4 != 1
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}
