//! Integers as a locale writes them: digit grouping (for limits such as
//! 9 007 199 254 740 991, never for IDs) and the minus sign.

/// How a locale writes integers (Latin digits in every locale).
#[derive(Debug)]
pub struct NumberFormat {
    /// Between groups of three digits (CLDR `group` symbol).
    pub group: &'static str,
    /// The fewest digits a number needs before it is grouped (CLDR
    /// `minimumGroupingDigits` + 3: 4 for most locales, 5 for Spanish).
    pub group_from: usize,
    /// Before a negative number; Arabic puts a left-to-right mark before
    /// the hyphen so that `-4` stays `-4` in right-to-left text.
    pub minus: &'static str,
}

impl NumberFormat {
    /// An integer, grouped or not.
    pub fn format(&self, n: i128, grouped: bool) -> String {
        let digits = n.unsigned_abs().to_string();
        let mut out = String::with_capacity(digits.len() + 8);
        if n < 0 {
            out.push_str(self.minus);
        }
        if !grouped || digits.len() < self.group_from {
            out.push_str(&digits);
            return out;
        }
        let first = digits.len() % 3;
        for (i, c) in digits.chars().enumerate() {
            if i != 0 && i % 3 == first {
                out.push_str(self.group);
            }
            out.push(c);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_signs() {
        let f = NumberFormat {
            group: ".",
            group_from: 5,
            minus: "-",
        };
        assert_eq!(
            f.format(9_007_199_254_740_991, true),
            "9.007.199.254.740.991"
        );
        assert_eq!(f.format(1000, true), "1000");
        assert_eq!(f.format(10000, true), "10.000");
        assert_eq!(f.format(123456, true), "123.456");
        assert_eq!(f.format(-4, true), "-4");
        assert_eq!(f.format(123456, false), "123456");
        let ar = NumberFormat {
            group: ",",
            group_from: 4,
            minus: "\u{200E}-",
        };
        assert_eq!(ar.format(-1234, true), "\u{200E}-1,234");
    }
}
