//! Issues name the form's controls: the validator's issues get the name the
//! form used for their place (`paymentMethods[Wire transfer][3][IBAN]` for
//! the renumbered `/paymentMethods/Wire transfer/0/IBAN`, or the dotted
//! `profile.zip`), and build issues are merged in among them in document
//! order.

use std::cmp::Ordering;
use std::collections::HashMap;

use super::names::Notation;
use super::render::Place;
use crate::path::{Path, Segment};
use crate::report::{Issue, Report};

/// The places of the body with the form's names.
pub struct Places {
    /// Pointer → the place and the form's name for it.
    names: HashMap<String, Place>,
}

impl Places {
    /// Indexes the places recorded while rendering.
    pub fn new(places: Vec<Place>) -> Self {
        let names = places.into_iter().map(|p| (p.path.pointer(), p)).collect();
        Places { names }
    }

    /// The pointers of a path and of each place above it, deepest last.
    fn prefixes(path: &Path) -> Vec<String> {
        let mut p = Path::root();
        path.segments()
            .iter()
            .map(|s| {
                p = match s {
                    Segment::Key(k) => p.key(k),
                    Segment::Index(i) => p.index(*i),
                };
                p.pointer()
            })
            .collect()
    }

    /// The deepest recorded place at or above `path`, with how many of the
    /// path's segments it covers.
    fn nearest(&self, path: &Path) -> Option<(usize, &Place)> {
        Self::prefixes(path)
            .iter()
            .enumerate()
            .rev()
            .find_map(|(n, ptr)| self.names.get(ptr).map(|hit| (n + 1, hit)))
    }

    /// The form's name for a place: the recorded name, extended in its
    /// notation by the segments below it that no control named; `None`
    /// when nothing at or above the place was sent.
    pub fn name_of(&self, path: &Path) -> Option<String> {
        let (covered, place) = self.nearest(path)?;
        let mut name = place.origin.name.clone();
        for seg in path.segments().get(covered..).unwrap_or_default() {
            let text = match seg {
                Segment::Key(k) => k.clone(),
                Segment::Index(i) => i.to_string(),
            };
            match place.origin.notation {
                Notation::Bracket => {
                    name.push('[');
                    name.push_str(&text);
                    name.push(']');
                }
                Notation::Dotted => {
                    name.push('.');
                    name.push_str(&text);
                }
            }
        }
        Some(name)
    }

    /// Gives the validator's issues the form's names, and merges the build
    /// issues in: both lists keep their own order; a build issue goes before
    /// the first validator issue that stands later in the document.
    pub fn merge(&self, report: &mut Report, build: Vec<Issue>) {
        for issue in report
            .errors
            .iter_mut()
            .chain(&mut report.warnings)
            .chain(&mut report.notices)
        {
            if let Some(name) = self.name_of(&issue.path) {
                if name != issue.path.field() {
                    issue.field_name = Some(name);
                }
            }
        }
        let mut by_severity: [Vec<Issue>; 3] = Default::default();
        for issue in build {
            let slot = match issue.severity() {
                crate::Severity::Error => 0,
                crate::Severity::Warning => 1,
                crate::Severity::Notice => 2,
            };
            if let Some(list) = by_severity.get_mut(slot) {
                list.push(issue);
            }
        }
        let [errors, warnings, notices] = by_severity;
        report.errors = self.interleave(std::mem::take(&mut report.errors), errors);
        report.warnings = self.interleave(std::mem::take(&mut report.warnings), warnings);
        report.notices = self.interleave(std::mem::take(&mut report.notices), notices);
    }

    fn interleave(&self, validator: Vec<Issue>, mut build: Vec<Issue>) -> Vec<Issue> {
        build.sort_by(|a, b| document_order(&a.path, &b.path));
        let mut out = Vec::with_capacity(validator.len() + build.len());
        let mut build = build.into_iter().peekable();
        for v in validator {
            while let Some(b) = build.next_if(|b| document_order(&b.path, &v.path).is_le()) {
                out.push(b);
            }
            out.push(v);
        }
        out.extend(build);
        out
    }
}

/// The order places stand in the serialized body, whether they are in it
/// or not (a missing required field, a file not sent): a place before the
/// places below it, keys in serde_json's map order (sorted by bytes, the
/// order the validator walks), indexes by number.
fn document_order(a: &Path, b: &Path) -> Ordering {
    for (x, y) in a.segments().iter().zip(b.segments()) {
        let o = match (x, y) {
            (Segment::Key(x), Segment::Key(y)) => x.cmp(y),
            (Segment::Index(x), Segment::Index(y)) => x.cmp(y),
            (Segment::Index(_), Segment::Key(_)) => Ordering::Less,
            (Segment::Key(_), Segment::Index(_)) => Ordering::Greater,
        };
        if o.is_ne() {
            return o;
        }
    }
    a.segments().len().cmp(&b.segments().len())
}
