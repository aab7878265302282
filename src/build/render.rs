//! The tree of fields becomes the body: each place converted by its kind,
//! empty places and containers left empty dropped, arrays numbered densely.
//!
//! Arrays: a container is an array when all its children are indexes (or
//! `[]`) and the API does not make it an object (the body, `profile`,
//! `paymentMethods`, an account). Its items are ordered by index, ascending,
//! and renumbered 0, 1, 2, … after empty ones are dropped:
//! `[3]`, `[7]`, `[999999999]` become 0, 1, 2. `[]` takes the index after
//! the highest one sent before it. A container with any other key is an
//! object (its indexes become keys as written), and the validator reports
//! it where the API wants an array.
//!
//! Every place sent is recorded with the name the form gave it, so issues
//! can name the form's control, not the renumbered place.

use serde_json::{Map, Value};

use super::coerce::{self, Coerced, Kind};
use super::input::FieldValue;
use super::tree::{Branch, Child, ChildKey, Entry, Node, Origin};
use crate::issue::IssueKind;
use crate::path::{Path, Segment};
use crate::report::Issue;

/// Keys that are special on JavaScript objects. They are sent as ordinary
/// keys (the body crosses to JS as JSON text, parsed by `JSON.parse`, which
/// makes them own properties) and a warning names them.
pub const SUSPICIOUS_KEYS: &[&str] = &["__proto__", "constructor", "prototype"];

/// A place of the body and the name the form gave it.
#[derive(Debug, Clone)]
pub struct Place {
    /// Where it is in the body.
    pub path: Path,
    /// The form's name for it.
    pub origin: Origin,
}

/// What rendering collects besides the body.
#[derive(Debug, Default)]
pub struct Render {
    /// Build issues, in form order (the merge puts them in the body's
    /// document order).
    pub issues: Vec<Issue>,
    /// Every place of the body sent, with the form's name for it.
    pub places: Vec<Place>,
}

/// An issue with the form's name for its place.
pub fn issue(path: &Path, kind: IssueKind, name: &str) -> Issue {
    Issue {
        path: path.clone(),
        kind,
        field_name: Some(name.to_owned()),
    }
}

/// Containers the API makes objects whatever their keys.
fn is_object_place(path: &Path) -> bool {
    use Segment::{Index, Key};
    match path.segments() {
        [] => true,
        [Key(k)] => k == "profile" || k == "paymentMethods",
        [Key(k), Key(_), Index(_)] => k == "paymentMethods",
        _ => false,
    }
}

/// An array's children by index, ascending; `None` when some child is a key.
fn by_index(b: &Branch) -> Option<Vec<&Child>> {
    let mut items: Vec<(u64, &Child)> = Vec::with_capacity(b.children.len());
    for c in &b.children {
        match c.key {
            ChildKey::Index(n) => items.push((n, c)),
            ChildKey::Key(_) => return None,
        }
    }
    items.sort_by_key(|&(n, _)| n);
    Some(items.into_iter().map(|(_, c)| c).collect())
}

/// An item of `affiliateManagers`: a value sent, or a container someone
/// named below an index (kept for the validator to report).
enum ListItem<'a> {
    Value(&'a Entry),
    Nested(&'a Child),
}

impl Render {
    /// The body: always an object.
    pub fn body(&mut self, root: &Branch) -> Value {
        let path = Path::root();
        Value::Object(self.object(root, &path))
    }

    fn object(&mut self, b: &Branch, path: &Path) -> Map<String, Value> {
        let mut out = Map::new();
        for c in &b.children {
            let p = path.key(&c.text);
            if let Some(v) = self.child(c, &p) {
                out.insert(c.text.clone(), v);
            }
        }
        out
    }

    fn branch(&mut self, b: &Branch, path: &Path) -> Option<Value> {
        let value = match by_index(b).filter(|_| !is_object_place(path)) {
            Some(items) => {
                let mut out = Vec::with_capacity(items.len());
                for c in items {
                    if let Some(v) = self.child(c, &path.index(out.len())) {
                        out.push(v);
                    }
                }
                (!out.is_empty()).then_some(Value::Array(out))
            }
            None => {
                let o = self.object(b, path);
                (!o.is_empty()).then_some(Value::Object(o))
            }
        };
        value
    }

    /// A child at its (renumbered) place; records the place when kept.
    fn child(&mut self, c: &Child, path: &Path) -> Option<Value> {
        let mark = self.places.len();
        let issues_mark = self.issues.len();
        self.places.push(Place {
            path: path.clone(),
            origin: c.origin.clone(),
        });
        let value = match (&c.node, coerce::place_kind(path)) {
            (node, Kind::List) => self.list(node, path),
            (Node::Leaf(entries), kind) => self.leaf(entries, kind, path, mark),
            (Node::Branch(b), _) => self.branch(b, path),
        };
        if value.is_none() {
            self.places.truncate(mark);
            return None;
        }
        let mut own = Vec::new();
        if let ChildKey::Key(k) = &c.key {
            if SUSPICIOUS_KEYS.contains(&k.as_str()) {
                own.push(issue(
                    path,
                    IssueKind::SuspiciousKey { key: k.clone() },
                    &c.origin.name,
                ));
            }
        }
        if c.replaced {
            own.push(issue(
                path,
                IssueKind::RepeatedField { count: 2 },
                &c.origin.name,
            ));
        }
        self.issues.splice(issues_mark..issues_mark, own);
        value
    }

    /// A place values were sent for: the last filled value is used.
    fn leaf(&mut self, entries: &[Entry], kind: Kind, path: &Path, mark: usize) -> Option<Value> {
        let chosen = entries
            .iter()
            .rev()
            .find(|e| !coerce::is_blank(&e.value))
            .or_else(|| entries.last())?;
        if let Some(place) = self.places.get_mut(mark) {
            place.origin = chosen.origin.clone();
        }
        let mut filled: Vec<&FieldValue> = entries
            .iter()
            .map(|e| &e.value)
            .filter(|v| !coerce::is_blank(v))
            .collect();
        filled.dedup();
        // A hidden "0" before a checkbox is the usual way to send an off
        // value; only other fields warn.
        if kind != Kind::Flag && filled.len() > 1 {
            self.issues.push(issue(
                path,
                IssueKind::RepeatedField {
                    count: entries.len(),
                },
                &chosen.origin.name,
            ));
        }
        match coerce::coerce(kind, &chosen.value) {
            Coerced::Send(v) => Some(v),
            Coerced::Drop => None,
            Coerced::File => {
                self.issues
                    .push(issue(path, IssueKind::FileIgnored {}, &chosen.origin.name));
                None
            }
        }
    }

    /// `affiliateManagers`: every value sent for it, split at commas. Sent
    /// even when empty (that clears the list), unless every filled value is
    /// the "unchanged" sentinel.
    fn list(&mut self, node: &Node, path: &Path) -> Option<Value> {
        let mut items: Vec<ListItem> = Vec::new();
        match node {
            Node::Leaf(entries) => items.extend(entries.iter().map(ListItem::Value)),
            Node::Branch(b) => match by_index(b) {
                Some(children) => {
                    for c in children {
                        match &c.node {
                            Node::Leaf(entries) => {
                                items.extend(entries.iter().map(ListItem::Value))
                            }
                            Node::Branch(_) => items.push(ListItem::Nested(c)),
                        }
                    }
                }
                None => return self.branch(b, path),
            },
        }
        let filled = items.iter().filter(|i| match i {
            ListItem::Value(e) => !coerce::is_blank(&e.value),
            ListItem::Nested(_) => true,
        });
        let mut filled = filled.peekable();
        if filled.peek().is_some()
            && filled.all(|i| matches!(i, ListItem::Value(e) if coerce::is_unchanged(&e.value)))
        {
            return None;
        }
        let mut out = Vec::new();
        for item in items {
            match item {
                ListItem::Nested(c) => {
                    if let Some(v) = self.child(c, &path.index(out.len())) {
                        out.push(v);
                    }
                }
                ListItem::Value(e) => {
                    for c in coerce::list_items(&e.value) {
                        let p = path.index(out.len());
                        match c {
                            Coerced::Send(v) => {
                                self.places.push(Place {
                                    path: p,
                                    origin: e.origin.clone(),
                                });
                                out.push(v);
                            }
                            Coerced::File => self.issues.push(issue(
                                &p,
                                IssueKind::FileIgnored {},
                                &e.origin.name,
                            )),
                            Coerced::Drop => {}
                        }
                    }
                }
            }
        }
        Some(Value::Array(out))
    }
}
