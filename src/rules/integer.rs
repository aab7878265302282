//! Integers: a JSON number with no fractional part, within ±(2^53 − 1), the
//! range a JavaScript number holds exactly. A numeric string (`"42"`) is not
//! an integer: `build_payload` is what turns form strings into numbers.

use crate::doc::{Json, Num};
use crate::issue::{IssueKind, JsonType};

/// 2^53 − 1, the largest integer a JavaScript number holds exactly.
pub const MAX_SAFE: u64 = (1 << 53) - 1;

/// The integer a value holds. `1.0` counts as 1: JavaScript cannot tell the
/// two apart, so a body built in a browser may hold either.
pub fn integer(value: &Json) -> Result<i64, IssueKind> {
    let Json::Number(n) = value else {
        return Err(IssueKind::ExpectedInteger {
            actual: value.json_type(),
        });
    };
    let too_large = IssueKind::IntegerTooLarge { max: MAX_SAFE };
    let min = -(MAX_SAFE as i64);
    match *n {
        Num::U(u) => i64::try_from(u)
            .ok()
            .filter(|&i| i <= MAX_SAFE as i64)
            .ok_or(too_large),
        Num::I(i) if i < min => Err(IssueKind::IntegerTooSmall { min }),
        Num::I(i) => Ok(i),
        Num::F(f) if f.is_finite() && f.fract() == 0.0 => {
            if f > MAX_SAFE as f64 {
                Err(too_large)
            } else if f < min as f64 {
                Err(IssueKind::IntegerTooSmall { min })
            } else {
                // In range and integral, so the cast is exact; -0.0 gives 0.
                Ok(f as i64)
            }
        }
        Num::F(_) => Err(IssueKind::ExpectedInteger {
            actual: JsonType::Number,
        }),
    }
}

/// An ID: an integer ≥ 1.
pub fn id(value: &Json) -> Result<u64, IssueKind> {
    let i = integer(value).map_err(|e| match e {
        IssueKind::IntegerTooSmall { .. } => IssueKind::IntegerTooSmall { min: 1 },
        other => other,
    })?;
    u64::try_from(i)
        .ok()
        .filter(|&u| u >= 1)
        .ok_or(IssueKind::IntegerTooSmall { min: 1 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn int(v: serde_json::Value) -> Result<i64, IssueKind> {
        integer(&Json::from_value(&v))
    }

    #[test]
    fn limits() {
        let large = Err(IssueKind::IntegerTooLarge { max: MAX_SAFE });
        assert_eq!(int(json!(9007199254740991u64)), Ok(9007199254740991));
        assert_eq!(int(json!(9007199254740992u64)), large);
        assert_eq!(int(json!(1e308)), large);
        assert_eq!(int(json!(-0.0)), Ok(0));
        assert_eq!(
            int(json!(2.5)),
            Err(IssueKind::ExpectedInteger {
                actual: JsonType::Number
            })
        );
        assert_eq!(
            int(json!("42")),
            Err(IssueKind::ExpectedInteger {
                actual: JsonType::String
            })
        );
        for v in [json!(0), json!(-5), json!(i64::MIN)] {
            assert_eq!(
                id(&Json::from_value(&v)),
                Err(IssueKind::IntegerTooSmall { min: 1 })
            );
        }
    }
}
