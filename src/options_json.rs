//! Options as the JavaScript contract spells them (`mode`, `userId`,
//! `current`, `knownAffiliateManagers`, `locale`), read from a JSON value.
//! Malformed options are a programming error: the caller gets an
//! [`OptionError`] naming the option, and the JS layer throws it.

use std::fmt;

use serde_json::Value;

use crate::date::Date;
use crate::locale::Locale;
use crate::options::{Current, Mode, Options};
use crate::rules::integer;

/// A malformed option: which one, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionError {
    /// The option's name as JavaScript spells it (`"mode"`, `"current.affiliateManagers"`).
    pub option: String,
    /// What it must be.
    pub expected: &'static str,
}

impl fmt::Display for OptionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "tm-user-validator: option `{}` must be {}",
            self.option, self.expected
        )
    }
}

impl std::error::Error for OptionError {}

fn err(option: &str, expected: &'static str) -> OptionError {
    OptionError {
        option: option.to_owned(),
        expected,
    }
}

/// An option's value, treating `null` as absent.
fn get<'v>(o: &'v serde_json::Map<String, Value>, key: &str) -> Option<&'v Value> {
    o.get(key).filter(|v| !v.is_null())
}

fn id(v: &Value, name: &str) -> Result<u64, OptionError> {
    integer::id(&crate::doc::Json::from_value(v)).map_err(|_| err(name, "a positive integer"))
}

fn ids(v: &Value, name: &str) -> Result<Vec<u64>, OptionError> {
    let Value::Array(items) = v else {
        return Err(err(name, "an array of positive integers"));
    };
    items.iter().map(|i| id(i, name)).collect()
}

/// Reads options in the JS contract's shape. `null` (or an absent object)
/// gives the defaults. Besides the documented keys, `today` (`"YYYY-MM-DD"`)
/// fixes the day birth dates are compared with (tests, servers in another
/// time zone).
///
/// ```
/// use serde_json::json;
/// use tm_user_validator::{options_from_json, Locale, Mode};
///
/// let (opts, locale) = options_from_json(&json!({ "mode": "edit", "userId": 5, "locale": "pt-BR" })).unwrap();
/// assert_eq!((opts.mode, opts.user_id), (Mode::Edit, Some(5)));
/// let err = options_from_json(&json!({ "mode": "delete" })).unwrap_err();
/// assert_eq!(err.option, "mode");
/// ```
pub fn options_from_json(value: &Value) -> Result<(Options, Locale), OptionError> {
    let empty = serde_json::Map::new();
    let o = match value {
        Value::Null => &empty,
        Value::Object(o) => o,
        _ => return Err(err("options", "an object")),
    };
    let mut opts = Options::default();
    if let Some(m) = get(o, "mode") {
        opts.mode = m
            .as_str()
            .and_then(Mode::parse)
            .ok_or_else(|| err("mode", "\"create\" or \"edit\""))?;
    }
    if let Some(u) = get(o, "userId") {
        opts.user_id = Some(id(u, "userId")?);
    }
    if let Some(c) = get(o, "current") {
        let Value::Object(c) = c else {
            return Err(err(
                "current",
                "an object { affiliate_manager_id, affiliateManagers }",
            ));
        };
        opts.current = Some(Current {
            main: get(c, "affiliate_manager_id")
                .map(|v| id(v, "current.affiliate_manager_id"))
                .transpose()?,
            assigned: get(c, "affiliateManagers")
                .map(|v| ids(v, "current.affiliateManagers"))
                .transpose()?
                .unwrap_or_default(),
        });
    }
    if let Some(k) = get(o, "knownAffiliateManagers") {
        opts.known_affiliate_managers = Some(ids(k, "knownAffiliateManagers")?);
    }
    if let Some(t) = get(o, "today") {
        opts.today = Some(
            t.as_str()
                .and_then(|s| Date::parse(s).ok())
                .ok_or_else(|| err("today", "a date \"YYYY-MM-DD\""))?,
        );
    }
    let locale = match get(o, "locale") {
        None => Locale::default(),
        Some(Value::String(tag)) => Locale::negotiate(tag),
        Some(_) => return Err(err("locale", "a BCP 47 language tag string")),
    };
    Ok((opts, locale))
}
