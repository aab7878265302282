//! Integers: a JSON number with no fractional part, within ±(2^53 − 1), the
//! range a JavaScript number holds exactly. A numeric string (`"42"`) is not
//! an integer: `build_payload` is what turns form strings into numbers.

use serde_json::Value;

use crate::issue::{IssueKind, JsonType};

/// 2^53 − 1, the largest integer a JavaScript number holds exactly.
pub const MAX_SAFE: u64 = (1 << 53) - 1;

/// The integer a value holds. `1.0` counts as 1: JavaScript cannot tell the
/// two apart, so a body built in a browser may hold either.
pub fn integer(value: &Value) -> Result<i64, IssueKind> {
    let Value::Number(n) = value else {
        return Err(IssueKind::ExpectedInteger {
            actual: JsonType::of(value),
        });
    };
    let too_large = IssueKind::IntegerTooLarge { max: MAX_SAFE };
    let too_small = IssueKind::IntegerTooSmall {
        min: -(MAX_SAFE as i64),
    };
    if let Some(u) = n.as_u64() {
        return i64::try_from(u)
            .ok()
            .filter(|&i| i <= MAX_SAFE as i64)
            .ok_or(too_large);
    }
    if let Some(i) = n.as_i64() {
        return if i < -(MAX_SAFE as i64) {
            Err(too_small)
        } else {
            Ok(i)
        };
    }
    match n.as_f64() {
        Some(f) if f.is_finite() && f.fract() == 0.0 => {
            if f > MAX_SAFE as f64 {
                Err(too_large)
            } else if f < -(MAX_SAFE as f64) {
                Err(too_small)
            } else {
                // In range and integral, so the cast is exact; -0.0 gives 0.
                Ok(f as i64)
            }
        }
        _ => Err(IssueKind::ExpectedInteger {
            actual: JsonType::Number,
        }),
    }
}

/// An ID: an integer ≥ 1.
pub fn id(value: &Value) -> Result<u64, IssueKind> {
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

    #[test]
    fn limits() {
        assert_eq!(integer(&json!(9007199254740991u64)), Ok(9007199254740991));
        assert_eq!(
            integer(&json!(9007199254740992u64)),
            Err(IssueKind::IntegerTooLarge { max: MAX_SAFE })
        );
        assert_eq!(
            integer(&json!(1e308)),
            Err(IssueKind::IntegerTooLarge { max: MAX_SAFE })
        );
        assert_eq!(integer(&json!(-0.0)), Ok(0));
        assert_eq!(
            integer(&json!(2.5)),
            Err(IssueKind::ExpectedInteger {
                actual: JsonType::Number
            })
        );
        assert_eq!(
            integer(&json!("42")),
            Err(IssueKind::ExpectedInteger {
                actual: JsonType::String
            })
        );
        assert_eq!(id(&json!(0)), Err(IssueKind::IntegerTooSmall { min: 1 }));
        assert_eq!(id(&json!(-5)), Err(IssueKind::IntegerTooSmall { min: 1 }));
        assert_eq!(
            id(&json!(i64::MIN)),
            Err(IssueKind::IntegerTooSmall { min: 1 })
        );
    }
}
