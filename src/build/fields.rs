//! Issues name the form's controls: the validator's issues get the name the
//! form used for their place (`paymentMethods[Wire transfer][3][IBAN]` for
//! the renumbered `/paymentMethods/Wire transfer/0/IBAN`, or the dotted
//! `profile.zip`), and build issues are merged in among them in document
//! order.

use std::collections::HashMap;

use super::names::Notation;
use super::render::Place;
use crate::path::{Path, Segment};
use crate::report::{Issue, Report};

/// The places of the body with the form's names, in document order.
pub struct Places {
    /// Pointer → (position in document order, place).
    by_pointer: HashMap<String, (usize, Place)>,
}

impl Places {
    /// Indexes the places recorded while rendering.
    pub fn new(places: Vec<Place>) -> Self {
        let by_pointer = places
            .into_iter()
            .enumerate()
            // Position 0 is the body itself.
            .map(|(i, p)| (p.path.pointer(), (i + 1, p)))
            .collect();
        Places { by_pointer }
    }

    /// The deepest recorded place at or above `path`, with how many of the
    /// path's segments it covers.
    fn nearest(&self, path: &Path) -> Option<(usize, &(usize, Place))> {
        let segs = path.segments();
        let mut pointers = Vec::with_capacity(segs.len());
        let mut p = Path::root();
        for s in segs {
            p = match s {
                Segment::Key(k) => p.key(k),
                Segment::Index(i) => p.index(*i),
            };
            pointers.push(p.pointer());
        }
        pointers
            .iter()
            .enumerate()
            .rev()
            .find_map(|(n, ptr)| self.by_pointer.get(ptr).map(|hit| (n + 1, hit)))
    }

    /// Where an issue's place stands in document order: the position of its
    /// deepest recorded place (0 for the body).
    fn position(&self, path: &Path) -> usize {
        self.nearest(path).map_or(0, |(_, (pos, _))| *pos)
    }

    /// The form's name for a place: the recorded name, extended in its
    /// notation by the segments below it that no control named; `None`
    /// when nothing at or above the place was sent.
    pub fn name_of(&self, path: &Path) -> Option<String> {
        let (covered, (_, place)) = self.nearest(path)?;
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

    fn interleave(&self, validator: Vec<Issue>, build: Vec<Issue>) -> Vec<Issue> {
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
