//! Plural categories (CLDR cardinal rules, integers only) and the plural
//! placeholder of templates: `{count|plural:one=# manager|other=# managers}`.
//! `#` stands for the number as the locale writes it; a category the
//! template does not list falls back to `other`.

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plural {
    /// `zero` (Arabic 0).
    Zero,
    /// `one`.
    One,
    /// `two` (Arabic dual).
    Two,
    /// `few`.
    Few,
    /// `many`.
    Many,
    /// `other`, the fallback every plural placeholder must give.
    Other,
}

impl Plural {
    /// The CLDR keyword.
    pub fn as_str(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// The cardinal plural rule of a locale, as CLDR gives it for integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralRule {
    /// one: 1 (en, da, de, fi, sv).
    One,
    /// one: 1; many: a non-zero multiple of a million (es, it).
    OneMillions,
    /// one: 0 and 1; many: a non-zero multiple of a million (pt, as in Brazil).
    ZeroOneMillions,
    /// one: …1 but not …11; few: …2–…4 but not …12–…14; many: the rest (ru).
    EastSlavic,
    /// zero, one, two; few: …03–…10; many: …11–…99 (ar).
    Arabic,
    /// No plural forms (zh).
    None,
}

impl PluralRule {
    /// The category of a non-negative integer.
    pub fn category(self, n: u64) -> Plural {
        let millions = n != 0 && n % 1_000_000 == 0;
        match self {
            PluralRule::One if n == 1 => Plural::One,
            PluralRule::OneMillions if n == 1 => Plural::One,
            PluralRule::OneMillions if millions => Plural::Many,
            PluralRule::ZeroOneMillions if n <= 1 => Plural::One,
            PluralRule::ZeroOneMillions if millions => Plural::Many,
            PluralRule::EastSlavic => match (n % 10, n % 100) {
                (1, r) if r != 11 => Plural::One,
                (2..=4, r) if !(12..=14).contains(&r) => Plural::Few,
                _ => Plural::Many,
            },
            PluralRule::Arabic => match (n, n % 100) {
                (0, _) => Plural::Zero,
                (1, _) => Plural::One,
                (2, _) => Plural::Two,
                (_, 3..=10) => Plural::Few,
                (_, 11..=99) => Plural::Many,
                _ => Plural::Other,
            },
            _ => Plural::Other,
        }
    }
}

/// The branch of a plural spec (`one=# manager|other=# managers`, without
/// the `plural:` prefix) for a category, `#` replaced by `number`; the
/// `other` branch when the category has none; `None` when neither exists.
pub fn select(spec: &str, category: Plural, number: &str) -> Option<String> {
    let branch = |want: &str| {
        spec.split('|')
            .filter_map(|b| b.split_once('='))
            .find(|(k, _)| k.trim() == want)
            .map(|(_, text)| text)
    };
    let text = branch(category.as_str()).or_else(|| branch("other"))?;
    Some(text.replace('#', number))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cats(rule: PluralRule, ns: &[u64]) -> Vec<&'static str> {
        ns.iter().map(|&n| rule.category(n).as_str()).collect()
    }

    #[test]
    fn russian() {
        let ns = [0, 1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111, 112, 1001];
        assert_eq!(
            cats(PluralRule::EastSlavic, &ns),
            [
                "many", "one", "few", "few", "many", "many", "many", "many", "one", "few", "many",
                "one", "many", "many", "one"
            ]
        );
    }

    #[test]
    fn arabic() {
        let ns = [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111, 1000];
        assert_eq!(
            cats(PluralRule::Arabic, &ns),
            [
                "zero", "one", "two", "few", "few", "many", "many", "other", "other", "few",
                "many", "other"
            ]
        );
    }

    #[test]
    fn romance_and_germanic() {
        let ns = [0, 1, 2, 1_000_000, 2_000_000, 1_000_001];
        assert_eq!(
            cats(PluralRule::One, &ns),
            ["other", "one", "other", "other", "other", "other"]
        );
        assert_eq!(
            cats(PluralRule::OneMillions, &ns),
            ["other", "one", "other", "many", "many", "other"]
        );
        assert_eq!(
            cats(PluralRule::ZeroOneMillions, &ns),
            ["one", "one", "other", "many", "many", "other"]
        );
        assert_eq!(cats(PluralRule::None, &[1]), ["other"]);
    }

    #[test]
    fn select_falls_back_to_other() {
        let spec = "one=# file|other=# files";
        assert_eq!(select(spec, Plural::One, "1").as_deref(), Some("1 file"));
        assert_eq!(select(spec, Plural::Few, "3").as_deref(), Some("3 files"));
        assert_eq!(select("one=x", Plural::Few, "3"), None);
    }
}
