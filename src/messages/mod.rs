//! Messages rendered from issues: one [`Catalog`] per locale, each a table
//! of templates (one per [`Code`]) and of field names (one per [`Label`]).
//!
//! A template is plain text with placeholders in braces: `{label}` is the
//! name of the issue's place in the catalog's language; any other name is a
//! parameter of the issue (`{min}`, `{country}`). A number next to a counted
//! noun goes through the locale's plural rule:
//! `{count|plural:one=# manager|other=# managers}` (see [`plural`]). A part
//! in double brackets, `[[ Did you mean “{suggestion}”?]]`, is dropped when a
//! parameter inside it is absent.
//!
//! [`Code`]: crate::code::Code
//! [`Label`]: crate::label::Label

mod ar;
mod da;
mod de;
mod en;
mod es;
mod fi;
mod it;
pub mod number;
pub mod plural;
mod pt;
mod ru;
mod sv;
mod zh;

use crate::code::Messages;
use crate::issue::IssueKind;
use crate::label::{name_of, Labels, Name};
use crate::locale::Locale;
use crate::params::{Param, Params};
use crate::path::Path;
use number::NumberFormat;
use plural::PluralRule;

/// Parameters that are limits rather than identifiers: grouped by the
/// locale (9,007,199,254,740,991). IDs, statuses and counts are not.
const GROUPED: &[&str] = &["min", "max"];

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
    /// How integers are written.
    pub numbers: NumberFormat,
    /// Which plural form a number takes.
    pub plural: PluralRule,
    /// Field names.
    pub labels: Labels,
    /// Message templates.
    pub messages: Messages,
}

/// The catalog of a locale.
pub fn catalog(locale: Locale) -> &'static Catalog {
    match locale {
        Locale::En => &en::CATALOG,
        Locale::Ar => &ar::CATALOG,
        Locale::Da => &da::CATALOG,
        Locale::De => &de::CATALOG,
        Locale::Es => &es::CATALOG,
        Locale::Fi => &fi::CATALOG,
        Locale::It => &it::CATALOG,
        Locale::Pt => &pt::CATALOG,
        Locale::Ru => &ru::CATALOG,
        Locale::Sv => &sv::CATALOG,
        Locale::Zh => &zh::CATALOG,
    }
}

/// The message of an issue in a locale.
pub fn render(kind: &IssueKind, path: &Path, locale: Locale) -> String {
    render_with(kind, &kind.params(), path, locale)
}

/// [`render`] with the issue's params already at hand (the report writer
/// needs them too, and builds them once).
pub fn render_with(kind: &IssueKind, params: &Params, path: &Path, locale: Locale) -> String {
    let cat = catalog(locale);
    let label = match name_of(path) {
        Name::Label(l) => cat.labels.get(l).to_owned(),
        Name::Key(k) => format!("{}{}{}", cat.quote_open, k, cat.quote_close),
    };
    fill(cat.messages.get(kind.code()), &|placeholder| {
        let (name, spec) = match placeholder.split_once('|') {
            Some((n, s)) => (n, Some(s)),
            None => (placeholder, None),
        };
        if name == "label" {
            return spec.is_none().then(|| label.clone());
        }
        let value = params.get(name)?;
        let grouped = GROUPED.contains(&name);
        match spec {
            None => Some(display(value, cat, grouped)),
            Some(spec) => {
                let n = match value {
                    Param::UInt(u) => *u,
                    Param::Int(i) => u64::try_from(*i).ok()?,
                    _ => return None,
                };
                let rule = spec.strip_prefix("plural:")?;
                plural::select(rule, cat.plural.category(n), &display(value, cat, grouped))
            }
        }
    })
}

/// A parameter as message text, numbers in the locale's digits and signs.
fn display(value: &Param, cat: &Catalog, grouped: bool) -> String {
    match value {
        Param::Int(i) => cat.numbers.format(i128::from(*i), grouped),
        Param::UInt(u) => cat.numbers.format(i128::from(*u), grouped),
        Param::Text(t) => (*t).to_owned(),
        Param::Ints(v) => v
            .iter()
            .map(|i| cat.numbers.format(i128::from(*i), grouped))
            .collect::<Vec<_>>()
            .join(cat.list_separator),
    }
}

/// Fills a template's placeholders (`lookup` gets what is between the
/// braces, `count|plural:…` included); drops a `[[…]]` part whose
/// placeholders are not all known. Unknown placeholders outside such a part are kept as
/// written, so a test can find them.
pub fn fill(template: &str, lookup: &dyn Fn(&str) -> Option<String>) -> String {
    // One buffer for the whole message: labels and values are short.
    let mut out = String::with_capacity(template.len() + 48);
    let mut rest = template;
    while let Some(start) = rest.find("[[") {
        fill_plain(&mut out, &rest[..start], lookup);
        let after = &rest[start + 2..];
        let Some(end) = after.find("]]") else {
            rest = after;
            break;
        };
        let part = &after[..end];
        if placeholders(part).all(|p| lookup(p).is_some()) {
            fill_plain(&mut out, part, lookup);
        }
        rest = &after[end + 2..];
    }
    fill_plain(&mut out, rest, lookup);
    out
}

/// The names of the placeholders of a template part.
fn placeholders(part: &str) -> impl Iterator<Item = &str> {
    part.split('{')
        .skip(1)
        .filter_map(|s| s.split_once('}').map(|(n, _)| n))
}

/// Appends a template part with its placeholders filled.
fn fill_plain(out: &mut String, part: &str, lookup: &dyn Fn(&str) -> Option<String>) {
    let mut rest = part;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return;
        };
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
    out.push_str(rest);
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

    /// Words of the English templates that have no place in another
    /// language's message (a sign of an untranslated template).
    const ENGLISH: &[&str] = &["is", "must", "the", "not", "required", "invalid"];

    /// The words of a message, lower-cased.
    fn words(m: &str) -> Vec<String> {
        m.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_owned)
            .collect()
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
            let cat = catalog(locale);
            for (kind, path) in &samples {
                let m = render(kind, path, locale);
                assert!(!m.trim().is_empty(), "{locale:?} {kind:?}");
                assert!(
                    !m.contains(['{', '}', '|', '#']) && !m.contains("[[") && !m.contains("]]"),
                    "{locale:?}: {m}"
                );
                if locale != Locale::En {
                    let english: Vec<_> = words(&m)
                        .into_iter()
                        .filter(|w| ENGLISH.contains(&w.as_str()))
                        .collect();
                    assert!(english.is_empty(), "{locale:?}: English {english:?} in {m}");
                }
                if cat.messages.get(kind.code()).contains("{label}") {
                    let label = match name_of(path) {
                        Name::Label(l) => cat.labels.get(l).to_owned(),
                        Name::Key(k) => format!("{}{k}{}", cat.quote_open, cat.quote_close),
                    };
                    assert!(m.contains(&label), "{locale:?}: {label:?} not in {m}");
                }
            }
        }
    }

    #[test]
    fn the_english_word_check_bites() {
        let m = render(
            &IssueKind::Required {},
            &Path::root().key("email"),
            Locale::En,
        );
        assert!(
            words(&m).iter().any(|w| ENGLISH.contains(&w.as_str())),
            "{m}"
        );
    }

    #[test]
    fn labels_are_distinct_and_untranslated_nowhere() {
        use crate::label::Label;
        for &locale in Locale::ALL {
            let cat = catalog(locale);
            let mut names: Vec<&str> = Label::ALL.iter().map(|&l| cat.labels.get(l)).collect();
            for name in &names {
                assert!(!name.trim().is_empty(), "{locale:?}");
                if locale != Locale::En {
                    assert!(
                        words(name).iter().all(|w| !ENGLISH.contains(&w.as_str())),
                        "{locale:?}: {name}"
                    );
                }
            }
            names.sort_unstable();
            let before = names.len();
            names.dedup();
            assert_eq!(names.len(), before, "{locale:?}: two labels share a name");
        }
    }

    #[test]
    fn tags_match_locales() {
        for &locale in Locale::ALL {
            assert_eq!(Locale::negotiate(catalog(locale).tag), locale);
        }
    }

    /// The plural placeholders of a template: `(param, spec)`.
    fn plurals(template: &str) -> Vec<(&str, &str)> {
        placeholders(template)
            .filter_map(|p| p.split_once('|'))
            .collect()
    }

    #[test]
    fn plural_placeholders_are_well_formed() {
        const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];
        for &locale in Locale::ALL {
            let cat = catalog(locale);
            for &code in Code::ALL {
                for (param, spec) in plurals(cat.messages.get(code)) {
                    let branches = spec
                        .strip_prefix("plural:")
                        .unwrap_or_else(|| panic!("{locale:?} {code:?}: {spec}"));
                    let keys: Vec<&str> = branches
                        .split('|')
                        .map(|b| b.split_once('=').map_or("", |(k, _)| k))
                        .collect();
                    assert!(keys.contains(&"other"), "{locale:?} {code:?} {param}");
                    assert!(
                        keys.iter().all(|k| CATEGORIES.contains(k)),
                        "{locale:?} {code:?}: {keys:?}"
                    );
                    // A branch the locale's rule can never pick is a slip.
                    for k in keys.iter().filter(|&&k| k != "other") {
                        let reachable = (0..2000u64)
                            .chain([1_000_000])
                            .any(|n| cat.plural.category(n).as_str() == *k);
                        assert!(reachable, "{locale:?} {code:?}: {k} unreachable");
                    }
                }
            }
        }
    }

    #[test]
    fn counts_render_for_every_number() {
        use crate::issue::IssueKind as K;
        let r = Path::root();
        let iban = r
            .key("paymentMethods")
            .key("Wire transfer")
            .index(0)
            .key("IBAN");
        for &locale in Locale::ALL {
            for n in (0..=250).chain([1000, 1001, 1_000_000, 21_000_002]) {
                for (kind, path) in [
                    (
                        K::PromoteAmbiguous { count: n },
                        r.key("affiliate_manager_id"),
                    ),
                    (
                        K::InvalidIbanLength {
                            country: "DE".into(),
                            expected: n,
                            actual: 3,
                        },
                        iban.clone(),
                    ),
                ] {
                    let m = render(&kind, &path, locale);
                    assert!(!m.contains(['{', '#', '|']), "{locale:?} {n}: {m}");
                    assert!(m.contains(&n.to_string()) || n <= 2, "{locale:?} {n}: {m}");
                }
            }
        }
    }

    fn iban_length(locale: Locale, expected: usize) -> String {
        let path = Path::root()
            .key("paymentMethods")
            .key("Wire transfer")
            .index(0)
            .key("IBAN");
        let kind = IssueKind::InvalidIbanLength {
            country: "DE".into(),
            expected,
            actual: 3,
        };
        render(&kind, &path, locale)
    }

    #[test]
    fn russian_and_arabic_plural_forms() {
        let ru = |n| iban_length(Locale::Ru, n);
        assert!(ru(21).contains("21 символ,"), "{}", ru(21));
        assert!(ru(22).contains("22 символа,"), "{}", ru(22));
        assert!(ru(25).contains("25 символов,"), "{}", ru(25));
        assert!(ru(111).contains("111 символов,"), "{}", ru(111));
        let ar = |n| iban_length(Locale::Ar, n);
        assert!(ar(1).contains("من حرف واحد،"), "{}", ar(1));
        assert!(ar(2).contains("من حرفين،"), "{}", ar(2));
        assert!(ar(3).contains("من 3 أحرف،"), "{}", ar(3));
        assert!(ar(22).contains("من 22 حرفًا،"), "{}", ar(22));
        assert!(ar(100).contains("من 100 حرف،"), "{}", ar(100));
        assert!(iban_length(Locale::En, 1).contains("1 character for"));
        assert!(iban_length(Locale::En, 22).contains("22 characters for"));
    }

    #[test]
    fn limits_are_grouped_per_locale_and_ids_are_not() {
        let too_large = IssueKind::IntegerTooLarge {
            max: crate::rules::integer::MAX_SAFE,
        };
        let id = Path::root().key("id");
        for (locale, want) in [
            (Locale::En, "9,007,199,254,740,991"),
            (Locale::De, "9.007.199.254.740.991"),
            (Locale::Ru, "9\u{A0}007\u{A0}199\u{A0}254\u{A0}740\u{A0}991"),
            (Locale::Zh, "9,007,199,254,740,991"),
        ] {
            let m = render(&too_large, &id, locale);
            assert!(m.contains(want), "{locale:?}: {m}");
        }
        let dup = IssueKind::DuplicateAffiliateManager { id: 12345 };
        let m = render(
            &dup,
            &Path::root().key("affiliateManagers").index(1),
            Locale::De,
        );
        assert!(m.contains(" 12345 "), "{m}");
        let status = IssueKind::UnusualCreateStatus { status: -4 };
        let m = render(&status, &Path::root().key("status"), Locale::Ar);
        assert!(m.contains("\u{200E}-4"), "{m}");
    }
}
