//! Messages rendered from issues: one [`Catalog`] per locale, each a table
//! of templates (one per [`Code`]) and of field names (one per [`Label`]).
//!
//! A template is plain text with placeholders in braces: `{label}` is the
//! name of the issue's place in the catalog's language; any other name is a
//! parameter of the issue (`{min}`, `{country}`). A part in double brackets,
//! `[[ Did you mean “{suggestion}”?]]`, is dropped when a parameter inside it
//! is absent.

mod en;

use crate::code::Messages;
use crate::issue::IssueKind;
use crate::label::{name_of, Labels, Name};
use crate::locale::Locale;
use crate::params::Param;
use crate::path::Path;

/// Everything a locale needs to render messages.
#[derive(Debug)]
pub struct Catalog {
    /// The locale's BCP 47 tag.
    pub tag: &'static str,
    /// Opening quotation mark around a key name used as a field name.
    pub quote_open: &'static str,
    /// Closing quotation mark.
    pub quote_close: &'static str,
    /// Between the items of a list parameter.
    pub list_separator: &'static str,
    /// Field names.
    pub labels: Labels,
    /// Message templates.
    pub messages: Messages,
}

/// The catalog of a locale.
pub fn catalog(locale: Locale) -> &'static Catalog {
    match locale {
        Locale::En => &en::CATALOG,
    }
}

/// The message of an issue in a locale.
pub fn render(kind: &IssueKind, path: &Path, locale: Locale) -> String {
    let cat = catalog(locale);
    let label = match name_of(path) {
        Name::Label(l) => cat.labels.get(l).to_owned(),
        Name::Key(k) => format!("{}{}{}", cat.quote_open, k, cat.quote_close),
    };
    let params = kind.params();
    fill(cat.messages.get(kind.code()), &|name| {
        if name == "label" {
            return Some(label.clone());
        }
        params.get(name).map(|v| display(v, cat))
    })
}

/// A parameter as message text.
fn display(value: &Param, cat: &Catalog) -> String {
    match value {
        Param::Int(i) => i.to_string(),
        Param::UInt(u) => u.to_string(),
        Param::Text(t) => (*t).to_owned(),
        Param::Ints(v) => v
            .iter()
            .map(i64::to_string)
            .collect::<Vec<_>>()
            .join(cat.list_separator),
    }
}

/// Fills a template's placeholders; drops a `[[…]]` part whose placeholders
/// are not all known. Unknown placeholders outside such a part are kept as
/// written, so a test can find them.
pub fn fill(template: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(start) = rest.find("[[") {
        out.push_str(&fill_plain(&rest[..start], lookup));
        let after = &rest[start + 2..];
        let Some(end) = after.find("]]") else {
            rest = after;
            break;
        };
        let part = &after[..end];
        if placeholders(part).all(|p| lookup(p).is_some()) {
            out.push_str(&fill_plain(part, lookup));
        }
        rest = &after[end + 2..];
    }
    out.push_str(&fill_plain(rest, lookup));
    out
}

/// The names of the placeholders of a template part.
fn placeholders(part: &str) -> impl Iterator<Item = &str> {
    part.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n))
}

fn fill_plain(part: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    let mut out = String::with_capacity(part.len());
    let mut rest = part;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match lookup(name) {
                    Some(v) => out.push_str(&v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::code::Code;

    #[test]
    fn optional_part_dropped_when_param_absent() {
        let look = |n: &str| (n == "a").then(|| "A".to_owned());
        assert_eq!(fill("x {a}[[ y {b}]] z", &look), "x A z");
        assert_eq!(fill("x[[ {a}!]]", &look), "x A!");
        assert_eq!(fill("{c}", &look), "{c}");
    }

    #[test]
    fn every_code_renders_in_every_locale_without_leftovers() {
        // Sample kinds cover every code (checked below).
        let samples = crate::issue::samples();
        let mut seen: Vec<Code> = samples.iter().map(|(k, _)| k.code()).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen, Code::ALL.to_vec(), "samples must cover every code");
        for &locale in Locale::ALL {
            for (kind, path) in &samples {
                let m = render(kind, path, locale);
                assert!(!m.trim().is_empty(), "{locale:?} {kind:?}");
                assert!(!m.contains('{') && !m.contains("[["), "{locale:?}: {m}");
            }
        }
    }
}
