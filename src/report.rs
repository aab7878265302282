//! The outcome of validating one payload.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

use crate::affiliate::Outcome;
use crate::code::Code;
use crate::issue::{IssueKind, Severity};
use crate::locale::Locale;
use crate::options::Mode;
use crate::path::Path;

/// One finding: where it is and what it is. Its message is rendered on
/// demand, in any locale.
#[derive(Debug, Clone, PartialEq)]
pub struct Issue {
    /// The place in the payload the issue is about.
    pub path: Path,
    /// What is wrong, with its parameters.
    pub kind: IssueKind,
    /// The form-field name when it is not the path's own bracket form:
    /// `build_payload` sets it to the name the form used (a dotted name, or
    /// an index before renumbering) so a page can find the control.
    pub field_name: Option<String>,
}

impl Issue {
    /// The stable machine code.
    pub fn code(&self) -> Code {
        self.kind.code()
    }

    /// Error, warning or notice.
    pub fn severity(&self) -> Severity {
        self.kind.code().severity()
    }

    /// The RFC 6901 JSON Pointer of the place.
    pub fn pointer(&self) -> String {
        self.path.pointer()
    }

    /// The form-field name of the place, in `build_payload`'s notation:
    /// the name the form used when known, else the path's bracket form.
    pub fn field(&self) -> String {
        match &self.field_name {
            Some(name) => name.clone(),
            None => self.path.field(),
        }
    }

    /// The message in a locale.
    pub fn message(&self, locale: Locale) -> String {
        crate::messages::render(&self.kind, &self.path, locale)
    }

    /// Appends this issue as the JS contract's `Issue` JSON object.
    fn write_json(&self, out: &mut String, locale: Locale) {
        use crate::json_out::{int, string, uint};
        use crate::params::Param;
        out.push_str("{\"path\":");
        string(out, &self.pointer());
        out.push_str(",\"field\":");
        string(out, &self.field());
        out.push_str(",\"code\":");
        string(out, self.code().as_str());
        let params = self.kind.params();
        out.push_str(",\"message\":");
        string(
            out,
            &crate::messages::render_with(&self.kind, &params, &self.path, locale),
        );
        out.push_str(",\"params\":{");
        for (n, (name, value)) in params.0.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            string(out, name);
            out.push(':');
            match value {
                Param::Int(i) => int(out, *i),
                Param::UInt(u) => uint(out, *u),
                Param::Text(t) => string(out, t),
                Param::Ints(list) => {
                    out.push('[');
                    for (k, i) in list.iter().enumerate() {
                        if k > 0 {
                            out.push(',');
                        }
                        int(out, *i);
                    }
                    out.push(']');
                }
            }
        }
        out.push_str("}}");
    }

    /// This issue as the JS contract's `Issue` object, rendered in a locale:
    /// `{path, field, code, message, params}`.
    pub fn rendered(&self, locale: Locale) -> RenderedIssue<'_> {
        RenderedIssue {
            issue: self,
            locale,
        }
    }
}

/// An [`Issue`] serialized with its message in a locale.
#[derive(Debug)]
pub struct RenderedIssue<'a> {
    issue: &'a Issue,
    locale: Locale,
}

impl Serialize for RenderedIssue<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(5))?;
        m.serialize_entry("path", &self.issue.pointer())?;
        m.serialize_entry("field", &self.issue.field())?;
        m.serialize_entry("code", self.issue.code().as_str())?;
        m.serialize_entry("message", &self.issue.message(self.locale))?;
        m.serialize_entry("params", &self.issue.kind.params())?;
        m.end()
    }
}

/// What validation found, and what the record's affiliate managers will be.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// The mode validated for.
    pub mode: Mode,
    /// Errors, in document order.
    pub errors: Vec<Issue>,
    /// Warnings, in document order.
    pub warnings: Vec<Issue>,
    /// Notices (what the request will do), in document order.
    pub notices: Vec<Issue>,
    /// The affiliate managers after the request.
    pub affiliate_managers: Outcome,
}

impl Report {
    /// An empty report for a mode.
    pub(crate) fn new(mode: Mode) -> Self {
        Report {
            mode,
            errors: Vec::new(),
            warnings: Vec::new(),
            notices: Vec::new(),
            affiliate_managers: Outcome::default(),
        }
    }

    /// The report of a body the rules cannot read at all (not JSON, not an
    /// object, no JSON form): one error at the root, and the affiliate
    /// managers as the request leaves them (untouched).
    pub(crate) fn rejected(options: &crate::Options, kind: IssueKind) -> Self {
        let mut report = Report::new(options.mode);
        report.push(Path::root(), kind);
        report.affiliate_managers = crate::affiliate::unchanged(options);
        report
    }

    /// Adds an issue to the list its severity names.
    pub(crate) fn push(&mut self, path: Path, kind: IssueKind) {
        let issue = Issue {
            path,
            kind,
            field_name: None,
        };
        match issue.severity() {
            Severity::Error => self.errors.push(issue),
            Severity::Warning => self.warnings.push(issue),
            Severity::Notice => self.notices.push(issue),
        }
    }

    /// No errors (warnings and notices allowed).
    pub fn valid(&self) -> bool {
        self.errors.is_empty()
    }

    /// Every issue: errors, then warnings, then notices.
    pub fn issues(&self) -> impl Iterator<Item = &Issue> {
        self.errors
            .iter()
            .chain(&self.warnings)
            .chain(&self.notices)
    }

    /// This report as the JS contract's `Report` object, with messages in
    /// a locale.
    pub fn rendered(&self, locale: Locale) -> RenderedReport<'_> {
        RenderedReport {
            report: self,
            locale,
        }
    }

    /// The JS contract's `Report` as JSON text.
    pub fn to_json(&self, locale: Locale) -> String {
        // About 300 bytes an issue: sized once instead of grown many times.
        let issues = self.errors.len() + self.warnings.len() + self.notices.len();
        let mut out = String::with_capacity(256 + 320 * issues);
        self.write_json(&mut out, locale);
        out
    }

    /// Appends the JS contract's `Report` as JSON text: what crosses to
    /// JavaScript on every call, so written by hand rather than through
    /// serde (see [`Report::rendered`] for the serde form).
    pub fn write_json(&self, out: &mut String, locale: Locale) {
        use crate::json_out::{string, uint};
        out.push_str(if self.valid() {
            "{\"valid\":true,\"mode\":"
        } else {
            "{\"valid\":false,\"mode\":"
        });
        string(out, self.mode.as_str());
        for (name, list) in [
            ("errors", &self.errors),
            ("warnings", &self.warnings),
            ("notices", &self.notices),
        ] {
            out.push_str(",\"");
            out.push_str(name);
            out.push_str("\":[");
            for (n, issue) in list.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                issue.write_json(out, locale);
            }
            out.push(']');
        }
        let a = &self.affiliate_managers;
        out.push_str(",\"affiliateManagers\":{\"main\":");
        match a.main {
            Some(m) => uint(out, m),
            None => out.push_str("null"),
        }
        out.push_str(",\"assigned\":[");
        for (n, id) in a.assigned.iter().enumerate() {
            if n > 0 {
                out.push(',');
            }
            uint(out, *id);
        }
        out.push(']');
        for (name, flag) in [
            ("known", a.known),
            ("mainUnchanged", a.main_unchanged),
            ("assignedUnchanged", a.assigned_unchanged),
            ("promoteIfSingle", a.promote_if_single),
        ] {
            out.push_str(",\"");
            out.push_str(name);
            out.push_str(if flag { "\":true" } else { "\":false" });
        }
        out.push_str("}}");
    }
}

/// A [`Report`] serialized with messages in a locale.
#[derive(Debug)]
pub struct RenderedReport<'a> {
    report: &'a Report,
    locale: Locale,
}

impl Serialize for RenderedReport<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let r = self.report;
        fn list(v: &[Issue], locale: Locale) -> Vec<RenderedIssue<'_>> {
            v.iter().map(|i| i.rendered(locale)).collect()
        }
        let mut m = s.serialize_map(Some(6))?;
        m.serialize_entry("valid", &r.valid())?;
        m.serialize_entry("mode", r.mode.as_str())?;
        m.serialize_entry("errors", &list(&r.errors, self.locale))?;
        m.serialize_entry("warnings", &list(&r.warnings, self.locale))?;
        m.serialize_entry("notices", &list(&r.notices, self.locale))?;
        m.serialize_entry("affiliateManagers", &r.affiliate_managers)?;
        m.end()
    }
}
