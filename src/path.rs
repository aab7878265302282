//! Places in the payload: one [`Path`] renders both as an RFC 6901 JSON
//! Pointer (`/paymentMethods/Wire transfer/0/SWIFT~1BIC`) and as the form-field
//! name that `build_payload` reads (`paymentMethods[Wire transfer][0][SWIFT/BIC]`).

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
        let mut out = String::with_capacity(self.text_len());
        for seg in &self.segments {
            out.push('/');
            match seg {
                Segment::Key(k) if !k.contains(['~', '/']) => out.push_str(k),
                Segment::Key(k) => out.push_str(&k.replace('~', "~0").replace('/', "~1")),
                Segment::Index(i) => push_index(&mut out, *i),
            }
        }
        out
    }

    /// The form-field name in bracket notation: the first key bare, every
    /// later segment in brackets (`affiliateManagers[1]`, `profile[zip]`).
    /// Keys are written as they are: `build_payload` reads a bracket up to
    /// its closing `]`.
    pub fn field(&self) -> String {
        let mut out = String::with_capacity(self.text_len() + self.segments.len());
        for (n, seg) in self.segments.iter().enumerate() {
            if n > 0 {
                out.push('[');
            }
            match seg {
                Segment::Key(k) => out.push_str(k),
                Segment::Index(i) => push_index(&mut out, *i),
            }
            if n > 0 {
                out.push(']');
            }
        }
        out
    }

    /// Roughly the length of the pointer, to size the strings once.
    fn text_len(&self) -> usize {
        self.segments
            .iter()
            .map(|s| match s {
                Segment::Key(k) => k.len() + 1,
                Segment::Index(_) => 4,
            })
            .sum()
    }
}

/// Writes an index in decimal.
fn push_index(out: &mut String, i: usize) {
    crate::json_out::uint(out, u64::try_from(i).unwrap_or(u64::MAX));
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

/// A place in the payload while the rules walk it: a chain of borrowed
/// steps on the stack, which costs nothing until an issue needs an owned
/// [`Path`].
#[derive(Debug, Clone, Copy)]
pub enum Loc<'a> {
    /// The document itself.
    Root,
    /// A member of the object at the parent place.
    Key(&'a Loc<'a>, &'a str),
    /// An element of the array at the parent place.
    Index(&'a Loc<'a>, usize),
}

impl<'a> Loc<'a> {
    /// The place of a member of this object.
    pub fn key(&'a self, key: &'a str) -> Loc<'a> {
        Loc::Key(self, key)
    }

    /// The place of an element of this array.
    pub fn index(&'a self, index: usize) -> Loc<'a> {
        Loc::Index(self, index)
    }

    /// The owned path of this place.
    pub fn to_path(&self) -> Path {
        let mut segments = Vec::new();
        let mut at = self;
        loop {
            match at {
                Loc::Root => break,
                Loc::Key(parent, k) => {
                    segments.push(Segment::Key((*k).to_owned()));
                    at = parent;
                }
                Loc::Index(parent, i) => {
                    segments.push(Segment::Index(*i));
                    at = parent;
                }
            }
        }
        segments.reverse();
        Path { segments }
    }
}
