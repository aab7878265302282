//! Form-field names: `profile[firstName]`, `affiliateManagers[]`,
//! `paymentMethods[Wire transfer][0][IBAN]`, and the dotted form
//! `paymentMethods.PayPal.0.Paypal email`.
//!
//! How a name is read:
//! - A name holding `[` is in bracket notation: the part before the first
//!   `[` is the top-level key, then every `[…]` is one segment, read up to
//!   its first `]`. Inside brackets nothing else is special: dots, spaces,
//!   `/` and `[` belong to the key (`[SWIFT/BIC]`, `[a.b]`). A key holding
//!   `]` cannot be written in brackets (use the dotted form).
//! - A name without `[` but with `.` is in dotted notation: it is split at
//!   every dot. A key holding `.` cannot be written dotted (use brackets).
//! - Any other name is one top-level key.
//! - A name whose brackets do not close, have text after a `]` that is not
//!   another `[`, start with `[`, or whose dotted form has an empty part
//!   (`a..b`, `a.`) is not notation at all: the whole name is one top-level
//!   key, kept as written (the validator then reports an unknown field).
//! - `[]` appends: each one is a new item. A segment of 1 to 15 ASCII digits
//!   (`[0]`, `.3`) is an index; a longer run of digits is a key.

/// The most characters a name may have; longer names are not read.
pub const MAX_NAME_CHARS: usize = 1024;

/// The most segments a name may have (the deepest place of the API has
/// four: `paymentMethods[Wire transfer][0][IBAN]`).
pub const MAX_DEPTH: usize = 8;

/// The longest run of digits read as an index: below 2^53, so any index is
/// a number JavaScript holds exactly.
const MAX_INDEX_DIGITS: usize = 15;

/// One segment of a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Seg {
    /// An object key.
    Key(String),
    /// An index (`[3]`, `.3`), with its text as written (`"03"`), used as
    /// the key when the place is an object.
    Index(u64, String),
    /// `[]`: a new item after the last.
    Push,
}

/// A segment and where it ends in the name (byte offset just past it), so
/// the name of a container can be cut from the name of a field inside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// The segment.
    pub seg: Seg,
    /// Byte offset in the name just after this segment.
    pub end: usize,
}

/// How a name was written: decides how a name is extended for a place
/// below it that no control names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notation {
    /// `a[b][c]`, or one plain key.
    Bracket,
    /// `a.b.c`.
    Dotted,
}

/// A parsed name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Name {
    /// The segments, the first always a key.
    pub parts: Vec<Part>,
    /// Bracket or dotted.
    pub notation: Notation,
}

/// Why a name was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameError {
    /// More than [`MAX_NAME_CHARS`] characters.
    TooLong,
    /// More than [`MAX_DEPTH`] segments.
    TooDeep,
}

/// Reads a field name.
pub fn parse(name: &str) -> Result<Name, NameError> {
    if name.len() > MAX_NAME_CHARS && name.chars().nth(MAX_NAME_CHARS).is_some() {
        return Err(NameError::TooLong);
    }
    let parsed = match name.find('[') {
        Some(open) => brackets(name, open)?,
        None if name.contains('.') => dotted(name)?,
        None => None,
    };
    Ok(parsed.unwrap_or_else(|| literal(name)))
}

/// The whole name as one top-level key.
fn literal(name: &str) -> Name {
    Name {
        parts: vec![Part {
            seg: Seg::Key(name.to_owned()),
            end: name.len(),
        }],
        notation: Notation::Bracket,
    }
}

/// Bracket notation; `Ok(None)` when the brackets are malformed.
fn brackets(name: &str, open: usize) -> Result<Option<Name>, NameError> {
    let base = &name[..open];
    if base.is_empty() {
        return Ok(None);
    }
    let mut parts = vec![Part {
        seg: Seg::Key(base.to_owned()),
        end: open,
    }];
    let mut at = open;
    while at < name.len() {
        let rest = &name[at..];
        let Some(inner) = rest.strip_prefix('[') else {
            return Ok(None);
        };
        let Some(close) = inner.find(']') else {
            return Ok(None);
        };
        if parts.len() == MAX_DEPTH {
            return Err(NameError::TooDeep);
        }
        let content = &inner[..close];
        at += close + 2;
        let seg = if content.is_empty() {
            Seg::Push
        } else {
            segment(content)
        };
        parts.push(Part { seg, end: at });
    }
    Ok(Some(Name {
        parts,
        notation: Notation::Bracket,
    }))
}

/// Dotted notation; `Ok(None)` when a part is empty.
fn dotted(name: &str) -> Result<Option<Name>, NameError> {
    let mut parts = Vec::new();
    let mut end = 0;
    for (n, piece) in name.split('.').enumerate() {
        if piece.is_empty() {
            return Ok(None);
        }
        if n == MAX_DEPTH {
            return Err(NameError::TooDeep);
        }
        end += piece.len() + usize::from(n > 0);
        let seg = if n == 0 {
            Seg::Key(piece.to_owned())
        } else {
            segment(piece)
        };
        parts.push(Part { seg, end });
    }
    Ok(Some(Name {
        parts,
        notation: Notation::Dotted,
    }))
}

/// A non-empty segment after the first: an index or a key.
fn segment(text: &str) -> Seg {
    let digits = text.len() <= MAX_INDEX_DIGITS && text.bytes().all(|b| b.is_ascii_digit());
    match text.parse::<u64>() {
        Ok(n) if digits => Seg::Index(n, text.to_owned()),
        _ => Seg::Key(text.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(name: &str) -> Vec<Seg> {
        parse(name)
            .unwrap()
            .parts
            .into_iter()
            .map(|p| p.seg)
            .collect()
    }
    fn key(k: &str) -> Seg {
        Seg::Key(k.into())
    }
    fn idx(n: u64) -> Seg {
        Seg::Index(n, n.to_string())
    }

    #[test]
    fn bracket_names() {
        assert_eq!(
            segs("paymentMethods[Wire transfer][0][SWIFT/BIC]"),
            [
                key("paymentMethods"),
                key("Wire transfer"),
                idx(0),
                key("SWIFT/BIC")
            ]
        );
        assert_eq!(
            segs("affiliateManagers[]"),
            [key("affiliateManagers"), Seg::Push]
        );
        assert_eq!(segs("profile[a.b]"), [key("profile"), key("a.b")]);
        assert_eq!(segs("profile[a[b]"), [key("profile"), key("a[b")]);
        assert_eq!(
            segs("a[1234567890123456]"),
            [key("a"), key("1234567890123456")]
        );
        let name = parse("paymentMethods[X][3][IBAN]").unwrap();
        let ends: Vec<usize> = name.parts.iter().map(|p| p.end).collect();
        assert_eq!(ends, [14, 17, 20, 26]);
    }

    #[test]
    fn dotted_names() {
        assert_eq!(
            segs("paymentMethods.PayPal.0.Paypal email"),
            [
                key("paymentMethods"),
                key("PayPal"),
                idx(0),
                key("Paypal email")
            ]
        );
        let name = parse("profile.firstName").unwrap();
        assert_eq!(name.notation, Notation::Dotted);
        assert_eq!(name.parts[0].end, 7);
        assert_eq!(name.parts[1].end, 17);
    }

    #[test]
    fn malformed_names_are_one_key() {
        for name in [
            "profile[zip",
            "profile[zip]x",
            "[a]",
            "a..b",
            "a.",
            ".a",
            "a]b",
            "",
        ] {
            assert_eq!(segs(name), [key(name)], "{name}");
        }
    }

    #[test]
    fn issue_fields_read_back_as_their_paths() {
        use crate::path::Segment;
        for (_, path) in crate::issue::samples() {
            let want: Vec<Seg> = path
                .segments()
                .iter()
                .map(|s| match s {
                    Segment::Key(k) => key(k),
                    Segment::Index(i) => idx(*i as u64),
                })
                .collect();
            if want.is_empty() {
                continue;
            }
            assert_eq!(segs(&path.field()), want, "{}", path.field());
        }
    }

    #[test]
    fn limits() {
        assert_eq!(parse(&"a".repeat(1025)), Err(NameError::TooLong));
        assert!(parse(&"é".repeat(1024)).is_ok());
        assert_eq!(
            parse(&format!("a{}", "[b]".repeat(8))),
            Err(NameError::TooDeep)
        );
        assert!(parse(&format!("a{}", "[b]".repeat(7))).is_ok());
        assert_eq!(
            parse(&format!("{}b", "a.".repeat(8))),
            Err(NameError::TooDeep)
        );
    }
}
