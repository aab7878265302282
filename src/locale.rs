//! The languages messages are rendered in, and negotiation from BCP 47 tags.

/// A supported locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    /// English, the default.
    #[default]
    En,
}

impl Locale {
    /// Every supported locale.
    pub const ALL: &'static [Locale] = &[Locale::En];

    /// The locale's tag (`"en"`).
    pub fn tag(self) -> &'static str {
        crate::messages::catalog(self).tag
    }

    /// The supported locale for a BCP 47 tag: its primary language subtag
    /// (`pt-BR` → `pt`, `zh-Hans-CN` → `zh`), case-insensitive; anything
    /// unsupported gives English.
    pub fn negotiate(tag: &str) -> Locale {
        let primary = tag.split(['-', '_']).next().unwrap_or("").trim();
        Locale::ALL
            .iter()
            .copied()
            .find(|l| l.tag().eq_ignore_ascii_case(primary))
            .unwrap_or_default()
    }
}
