//! Places in the payload: one [`Path`] renders both as an RFC 6901 JSON
//! Pointer (`/paymentMethods/Wire transfer/0/SWIFT~1BIC`) and as the form-field
//! name that `build_payload` reads (`paymentMethods[Wire transfer][0][SWIFT/BIC]`).

use std::fmt::Write;

/// One step into a JSON document: an object key or an array index.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    /// An object member.
    Key(String),
    /// An array element.
    Index(usize),
}

/// A place in the payload, from the root.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path {
    segments: Vec<Segment>,
}

impl Path {
    /// The root of the document (pointer `""`).
    pub fn root() -> Self {
        Self::default()
    }

    /// This path with an object key appended.
    pub fn key(&self, key: &str) -> Self {
        let mut p = self.clone();
        p.segments.push(Segment::Key(key.to_owned()));
        p
    }

    /// This path with an array index appended.
    pub fn index(&self, index: usize) -> Self {
        let mut p = self.clone();
        p.segments.push(Segment::Index(index));
        p
    }

    /// The segments, from the root.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The last object key on the path, if the path ends in one.
    pub fn last_key(&self) -> Option<&str> {
        match self.segments.last() {
            Some(Segment::Key(k)) => Some(k),
            _ => None,
        }
    }

    /// RFC 6901 JSON Pointer: `~` is written `~0` and `/` is written `~1`.
    pub fn pointer(&self) -> String {
        let mut out = String::new();
        for seg in &self.segments {
            out.push('/');
            match seg {
                Segment::Key(k) => {
                    for c in k.chars() {
                        match c {
                            '~' => out.push_str("~0"),
                            '/' => out.push_str("~1"),
                            c => out.push(c),
                        }
                    }
                }
                Segment::Index(i) => {
                    let _ = write!(out, "{i}");
                }
            }
        }
        out
    }

    /// The form-field name in bracket notation: the first key bare, every
    /// later segment in brackets (`affiliateManagers[1]`, `profile[zip]`).
    /// Keys are written as they are: `build_payload` reads a bracket up to
    /// its closing `]`.
    pub fn field(&self) -> String {
        let mut out = String::new();
        for (n, seg) in self.segments.iter().enumerate() {
            match (n, seg) {
                (0, Segment::Key(k)) => out.push_str(k),
                (0, Segment::Index(i)) => {
                    let _ = write!(out, "{i}");
                }
                (_, Segment::Key(k)) => {
                    out.push('[');
                    out.push_str(k);
                    out.push(']');
                }
                (_, Segment::Index(i)) => {
                    let _ = write!(out, "[{i}]");
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escapes_tilde_and_slash() {
        let p = Path::root()
            .key("paymentMethods")
            .key("a~b/c")
            .index(0)
            .key("SWIFT/BIC");
        assert_eq!(p.pointer(), "/paymentMethods/a~0b~1c/0/SWIFT~1BIC");
        assert_eq!(p.field(), "paymentMethods[a~b/c][0][SWIFT/BIC]");
        assert_eq!(Path::root().pointer(), "");
        assert_eq!(Path::root().field(), "");
    }
}
