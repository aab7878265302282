//! "Did you mean": the known key closest to a misspelt one.

/// Lower case without `_`, `-` or spaces, so `affiliate_managers` and
/// `isPasswordhashed` compare close to their real spellings.
fn fold(s: &str) -> Vec<char> {
    s.chars()
        .filter(|c| !matches!(c, '_' | '-' | ' '))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Levenshtein distance, one row at a time.
fn distance(a: &[char], b: &[char]) -> usize {
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// The closest candidate within two edits (after folding case and
/// separators), if any. Keys longer than 64 characters are never close.
pub fn closest<'k>(key: &str, candidates: impl Iterator<Item = &'k str>) -> Option<&'k str> {
    if key.len() > 64 {
        return None;
    }
    let k = fold(key);
    candidates
        .map(|c| (distance(&k, &fold(c)), c))
        .filter(|&(d, c)| d <= 2 && d < c.len() / 2)
        .min_by_key(|&(d, _)| d)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn suggestions() {
        let keys = [
            "affiliateManagers",
            "affiliate_manager_id",
            "isPasswordHashed",
            "id",
            "email",
        ];
        let c = |k| closest(k, keys.iter().copied());
        assert_eq!(c("affiliateManager"), Some("affiliateManagers"));
        assert_eq!(c("isPasswordhashed"), Some("isPasswordHashed"));
        assert_eq!(c("affiliateManagerId"), Some("affiliate_manager_id"));
        assert_eq!(c("e-mail"), Some("email"));
        assert_eq!(c("ip"), None);
        assert_eq!(c("__proto__"), None);
    }
}
