//! The fields arranged by their names, before any conversion: a branch per
//! container, a leaf per place that values were sent for. Indexes are kept
//! as sent (sparse, in any order); nothing is allocated per index value,
//! so `[999999999]` costs what `[0]` costs.

use std::collections::HashMap;

use super::input::FieldValue;
use super::names::{Name, Notation, Seg};

/// Where a place came from: the form's name for it (for a container, the
/// name of a field inside it cut after the container's segment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// The name as the form wrote it.
    pub name: String,
    /// How it was written.
    pub notation: Notation,
}

/// A child's identity within its branch.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum ChildKey {
    /// An object key.
    Key(String),
    /// An index, as a number.
    Index(u64),
}

/// One value sent for a place, with the name that sent it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The value.
    pub value: FieldValue,
    /// The full field name that sent it.
    pub origin: Origin,
}

/// A child of a branch.
#[derive(Debug)]
pub struct Child {
    /// Its identity.
    pub key: ChildKey,
    /// Its key as written (an index's digits as sent, `"03"`): the key when
    /// the branch turns out to be an object.
    pub text: String,
    /// The name of the place.
    pub origin: Origin,
    /// One name sent a value here and another named a place below it; the
    /// later one was kept.
    pub replaced: bool,
    /// What is below.
    pub node: Node,
}

/// A place: values, or more places below.
#[derive(Debug)]
pub enum Node {
    /// The values sent for this place, in form order.
    Leaf(Vec<Entry>),
    /// The places below, in the order first named.
    Branch(Branch),
}

/// A container.
#[derive(Debug, Default)]
pub struct Branch {
    /// The children in the order first named.
    pub children: Vec<Child>,
    lookup: HashMap<ChildKey, usize>,
    /// The index `[]` takes next: one past the highest index so far.
    next_index: u64,
}

impl Branch {
    /// Adds a value under a parsed name. `original` is the name as the form
    /// wrote it.
    pub fn insert(&mut self, name: &Name, original: &str, value: FieldValue) {
        self.insert_parts(&name.parts, 0, name.notation, original, value);
    }

    fn insert_parts(
        &mut self,
        parts: &[super::names::Part],
        at: usize,
        notation: Notation,
        original: &str,
        value: FieldValue,
    ) {
        let Some(part) = parts.get(at) else {
            return;
        };
        let (key, text) = match &part.seg {
            Seg::Key(k) => (ChildKey::Key(k.clone()), k.clone()),
            Seg::Index(n, t) => (ChildKey::Index(*n), t.clone()),
            Seg::Push => (
                ChildKey::Index(self.next_index),
                self.next_index.to_string(),
            ),
        };
        if let ChildKey::Index(n) = key {
            self.next_index = self.next_index.max(n.saturating_add(1));
        }
        let is_last = at + 1 == parts.len();
        let origin = |end: usize| Origin {
            name: original.get(..end).unwrap_or(original).to_owned(),
            notation,
        };
        let slot = match self.lookup.get(&key) {
            Some(&i) => i,
            None => {
                let node = if is_last {
                    Node::Leaf(Vec::new())
                } else {
                    Node::Branch(Branch::default())
                };
                self.children.push(Child {
                    key: key.clone(),
                    text,
                    origin: origin(part.end),
                    replaced: false,
                    node,
                });
                self.lookup.insert(key, self.children.len() - 1);
                self.children.len() - 1
            }
        };
        let Some(child) = self.children.get_mut(slot) else {
            return;
        };
        match (&mut child.node, is_last) {
            (Node::Leaf(entries), true) => entries.push(Entry {
                value,
                origin: origin(original.len()),
            }),
            (Node::Branch(b), false) => b.insert_parts(parts, at + 1, notation, original, value),
            // A value where places were named, or the other way round: the
            // later name wins (as PHP reads a query string).
            (node, true) => {
                *node = Node::Leaf(vec![Entry {
                    value,
                    origin: origin(original.len()),
                }]);
                child.replaced = true;
                child.origin = origin(part.end);
            }
            (node, false) => {
                let mut b = Branch::default();
                b.insert_parts(parts, at + 1, notation, original, value);
                *node = Node::Branch(b);
                child.replaced = true;
                child.origin = origin(part.end);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::build::names::parse;

    fn add(root: &mut Branch, name: &str, v: &str) {
        root.insert(&parse(name).unwrap(), name, FieldValue::text(v));
    }

    fn keys(b: &Branch) -> Vec<ChildKey> {
        b.children.iter().map(|c| c.key.clone()).collect()
    }

    #[test]
    fn push_follows_the_highest_index() {
        let mut root = Branch::default();
        add(&mut root, "a[5]", "x");
        add(&mut root, "a[]", "y");
        add(&mut root, "a[2]", "z");
        add(&mut root, "a[]", "w");
        let Node::Branch(a) = &root.children[0].node else {
            panic!()
        };
        use ChildKey::Index;
        assert_eq!(keys(a), [Index(5), Index(6), Index(2), Index(7)]);
    }

    #[test]
    fn later_shape_wins() {
        let mut root = Branch::default();
        add(&mut root, "profile", "x");
        add(&mut root, "profile[zip]", "1");
        assert!(root.children[0].replaced);
        assert!(matches!(root.children[0].node, Node::Branch(_)));
        assert_eq!(root.children[0].origin.name, "profile");
    }

    #[test]
    fn huge_index_allocates_nothing() {
        let mut root = Branch::default();
        add(&mut root, "a[999999999999999]", "x");
        add(&mut root, "a[]", "y");
        let Node::Branch(a) = &root.children[0].node else {
            panic!()
        };
        assert_eq!(
            keys(a),
            [
                ChildKey::Index(999_999_999_999_999),
                ChildKey::Index(1_000_000_000_000_000)
            ]
        );
    }
}
