//! Issues name the form's controls: the validator's issues get the name the
//! form used for their place (`paymentMethods[Wire transfer][3][IBAN]` for
//! the renumbered `/paymentMethods/Wire transfer/0/IBAN`, or the dotted
//! `profile.zip`), and build issues are merged in among them in document
//! order.

use std::collections::HashMap;

use serde_json::Value;

use super::names::Notation;
use super::render::Place;
use crate::path::{Path, Segment};
use crate::report::{Issue, Report};

/// The places of the body with the form's names, and their document order.
pub struct Places {
    /// Pointer → the place and the form's name for it.
    names: HashMap<String, Place>,
    /// Pointer → position in the body's document order (pre-order, as the
    /// body serializes; the validator reports in that order). 0 is the body.
    order: HashMap<String, usize>,
}

impl Places {
    /// Indexes the places recorded while rendering, and the body's order.
    pub fn new(places: Vec<Place>, body: &Value) -> Self {
        let names = places.into_iter().map(|p| (p.path.pointer(), p)).collect();
        let mut order = HashMap::new();
        number(body, &Path::root(), &mut order);
        Places { names, order }
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

    /// Where an issue's place stands in document order: the position of its
    /// deepest place that is in the body (0 for the body).
    fn position(&self, path: &Path) -> usize {
        Self::prefixes(path)
            .iter()
            .rev()
            .find_map(|ptr| self.order.get(ptr).copied())
            .unwrap_or(0)
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
        build.sort_by_key(|b| self.position(&b.path));
        let mut out = Vec::with_capacity(validator.len() + build.len());
        let mut build = build.into_iter().peekable();
        for v in validator {
            let at = self.position(&v.path);
            while let Some(b) = build.next_if(|b| self.position(&b.path) <= at) {
                out.push(b);
            }
            out.push(v);
        }
        out.extend(build);
        out
    }
}

/// Numbers every place of a value in pre-order, from 1.
fn number(value: &Value, path: &Path, order: &mut HashMap<String, usize>) {
    let mut visit = |v: &Value, p: Path| {
        let next = order.len() + 1;
        order.insert(p.pointer(), next);
        number(v, &p, order);
    };
    match value {
        Value::Object(o) => o.iter().for_each(|(k, v)| visit(v, path.key(k))),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| visit(v, path.index(i))),
        _ => {}
    }
}
