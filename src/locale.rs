//! The languages messages are rendered in — those of the API documentation —
//! and negotiation from BCP 47 tags or an `Accept-Language` list.

/// A supported locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    /// English, the default.
    #[default]
    En,
    /// Arabic (written right to left).
    Ar,
    /// Danish.
    Da,
    /// German.
    De,
    /// Spanish.
    Es,
    /// Finnish.
    Fi,
    /// Italian.
    It,
    /// Portuguese (as written in Brazil).
    Pt,
    /// Russian.
    Ru,
    /// Swedish.
    Sv,
    /// Chinese (Simplified).
    Zh,
}

impl Locale {
    /// Every supported locale, English first, then as the API documentation
    /// lists its languages.
    pub const ALL: &'static [Locale] = &[
        Locale::En,
        Locale::Ar,
        Locale::Da,
        Locale::De,
        Locale::Es,
        Locale::Fi,
        Locale::It,
        Locale::Pt,
        Locale::Ru,
        Locale::Sv,
        Locale::Zh,
    ];

    /// The locale's tag (`"en"`).
    pub fn tag(self) -> &'static str {
        crate::messages::catalog(self).tag
    }

    /// The supported locale of one BCP 47 tag, by its primary language
    /// subtag (`pt-BR` → `pt`, `zh-Hans-CN` → `zh`, `zh_TW` → `zh`),
    /// case-insensitive; `None` when that language is not supported.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let primary = tag.trim().split(['-', '_']).next().unwrap_or("");
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
    }

    /// The locale for a BCP 47 tag or an `Accept-Language` list
    /// (`"fr-CH, de;q=0.8, en;q=0.5"`): the supported language with the
    /// highest weight, the earlier one on a tie; weight 0 excludes a tag.
    /// Anything with no supported language gives English.
    ///
    /// ```
    /// use tm_user_validator::Locale;
    /// assert_eq!(Locale::negotiate("pt-BR"), Locale::Pt);
    /// assert_eq!(Locale::negotiate("fr, de;q=0.8"), Locale::De);
    /// assert_eq!(Locale::negotiate("???"), Locale::En);
    /// ```
    pub fn negotiate(tags: &str) -> Locale {
        let mut best: Option<(u16, Locale)> = None;
        for item in tags.split(',') {
            let mut parts = item.split(';');
            let Some(locale) = parts.next().and_then(Locale::from_tag) else {
                continue;
            };
            let weight = parts
                .find_map(|p| p.trim().strip_prefix("q="))
                .map_or(Some(1000), weight);
            match (weight, best) {
                (None | Some(0), _) => {}
                (Some(w), Some((b, _))) if w <= b => {}
                (Some(w), _) => best = Some((w, locale)),
            }
        }
        best.map(|(_, l)| l).unwrap_or_default()
    }
}

/// An `Accept-Language` weight (`0.8`, `1`, `0.125`) in thousandths;
/// `None` when malformed.
fn weight(q: &str) -> Option<u16> {
    let q = q.trim();
    let (int, frac) = q.split_once('.').unwrap_or((q, ""));
    let whole = match int {
        "0" => 0,
        "1" => 1000,
        _ => return None,
    };
    if frac.len() > 3 || !frac.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = format!("{frac:0<3}").parse::<u16>().ok()?;
    match whole + thousandths {
        w if w <= 1000 => Some(w),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::Locale::{self, *};

    #[test]
    fn tags() {
        for (tag, want) in [
            ("pt-BR", Pt),
            ("zh-Hans-CN", Zh),
            ("zh_TW", Zh),
            ("de-CH", De),
            ("ar-EG", Ar),
            ("AR", Ar),
            ("Sv-fi", Sv),
            (" fi ", Fi),
            ("en-GB", En),
            ("", En),
            ("fr", En),
            ("-", En),
            ("💥;q=2", En),
            ("ruby", En),
        ] {
            assert_eq!(Locale::negotiate(tag), want, "{tag:?}");
        }
    }

    #[test]
    fn accept_language_lists() {
        for (list, want) in [
            ("fr, de;q=0.8", De),
            ("fr-CH, fr;q=0.9, it;q=0.8, en;q=0.7, *;q=0.5", It),
            ("en;q=0.5, ru", Ru),
            ("da;q=0, sv;q=0.1", Sv),
            ("es;q=0.7, pt;q=0.7", Es),
            ("de;q=x, zh;q=0.2", Zh),
            ("de;q=1.5", En),
            ("fr;q=1, nl", En),
            (",,,", En),
        ] {
            assert_eq!(Locale::negotiate(list), want, "{list:?}");
        }
    }

    #[test]
    fn tags_round_trip() {
        for &l in Locale::ALL {
            assert_eq!(Locale::negotiate(l.tag()), l);
        }
        assert_eq!(Locale::ALL[0], En);
    }
}
