//! The payload as the rules read it: a JSON document whose strings borrow
//! from the text they were parsed from, whose objects keep document order in
//! a plain vector (no hashing), and which is never deeper than the rules
//! look. Parsing into it allocates little; a `serde_json::Value` is viewed
//! through it without copying its strings.

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::issue::JsonType;

/// Deeper than this, a value is kept only as its type: no rule looks below
/// level 4 (`/paymentMethods/<method>/<index>/<field>`).
pub const KEEP_DEPTH: usize = 8;

/// A JSON number as parsed.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    /// A non-negative integer.
    U(u64),
    /// A negative integer.
    I(i64),
    /// Any other number.
    F(f64),
}

impl Num {
    /// The number as a float (exact for integers up to 2^53).
    pub fn as_f64(self) -> f64 {
        match self {
            Num::U(u) => u as f64,
            Num::I(i) => i as f64,
            Num::F(f) => f,
        }
    }
}

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json<'a> {
    /// `null`
    Null,
    /// `true` / `false`
    Bool(bool),
    /// A number.
    Number(Num),
    /// A string, borrowed from the text when it holds no escapes.
    String(Cow<'a, str>),
    /// An array.
    Array(Vec<Json<'a>>),
    /// An object, in document order, each key once.
    Object(Object<'a>),
    /// A value below [`KEEP_DEPTH`], kept only as its type.
    Deep(JsonType),
}

/// An object's members in document order; a key sent twice keeps its first
/// place and its last value, as `serde_json` and PHP's `json_decode` do.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Object<'a>(Vec<(Cow<'a, str>, Json<'a>)>);

impl<'a> Object<'a> {
    /// The value of a key.
    pub fn get(&self, key: &str) -> Option<&Json<'a>> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Whether a key is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The members in document order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Json<'a>)> {
        self.into_iter()
    }

    /// The number of members.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether the object has no members.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Builds an object from members in document order, folding repeated keys.
    fn from_members(mut members: Vec<(Cow<'a, str>, Json<'a>)>) -> Self {
        if has_duplicates(&members) {
            let mut folded: Vec<(Cow<'a, str>, Json<'a>)> = Vec::with_capacity(members.len());
            for (k, v) in members.drain(..) {
                match folded.iter_mut().find(|(fk, _)| *fk == k) {
                    Some(slot) => slot.1 = v,
                    None => folded.push((k, v)),
                }
            }
            members = folded;
        }
        Object(members)
    }
}

impl<'o, 'a> IntoIterator for &'o Object<'a> {
    type Item = (&'o str, &'o Json<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'o, (Cow<'a, str>, Json<'a>)>,
        fn(&'o (Cow<'a, str>, Json<'a>)) -> (&'o str, &'o Json<'a>),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.0.iter().map(|(k, v)| (k.as_ref(), v))
    }
}

/// Whether any key repeats: pairwise for small objects, sorted for large
/// ones so a hostile object of many keys costs n log n, not n².
fn has_duplicates(members: &[(Cow<'_, str>, Json<'_>)]) -> bool {
    if members.len() <= 16 {
        return members
            .iter()
            .enumerate()
            .any(|(i, (k, _))| members[..i].iter().any(|(p, _)| p == k));
    }
    let mut keys: Vec<&str> = members.iter().map(|(k, _)| k.as_ref()).collect();
    keys.sort_unstable();
    keys.windows(2).any(|w| w[0] == w[1])
}

impl<'a> Json<'a> {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The object, if this is one.
    pub fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Json::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The JSON type of this value.
    pub fn json_type(&self) -> JsonType {
        match self {
            Json::Null => JsonType::Null,
            Json::Bool(_) => JsonType::Boolean,
            Json::Number(Num::U(_) | Num::I(_)) => JsonType::Integer,
            Json::Number(Num::F(f)) if f.fract() == 0.0 => JsonType::Integer,
            Json::Number(Num::F(_)) => JsonType::Number,
            Json::String(_) => JsonType::String,
            Json::Array(_) => JsonType::Array,
            Json::Object(_) => JsonType::Object,
            Json::Deep(t) => *t,
        }
    }

    /// This value with every borrowed string copied, free of the text.
    pub fn into_owned(self) -> Json<'static> {
        match self {
            Json::Null => Json::Null,
            Json::Bool(b) => Json::Bool(b),
            Json::Number(n) => Json::Number(n),
            Json::String(s) => Json::String(Cow::Owned(s.into_owned())),
            Json::Array(a) => Json::Array(a.into_iter().map(Json::into_owned).collect()),
            Json::Object(Object(m)) => Json::Object(Object(
                m.into_iter()
                    .map(|(k, v)| (Cow::Owned(k.into_owned()), v.into_owned()))
                    .collect(),
            )),
            Json::Deep(t) => Json::Deep(t),
        }
    }

    /// A view of a `serde_json::Value`, borrowing its strings. Levels below
    /// [`KEEP_DEPTH`] are kept as their type only, so a deep value costs
    /// nothing and recurses no further.
    pub fn from_value(value: &'a serde_json::Value) -> Json<'a> {
        Self::view(value, 0)
    }

    fn view(value: &'a serde_json::Value, depth: usize) -> Json<'a> {
        use serde_json::Value;
        if depth >= KEEP_DEPTH {
            match value {
                Value::Array(_) => return Json::Deep(JsonType::Array),
                Value::Object(_) => return Json::Deep(JsonType::Object),
                _ => {}
            }
        }
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(*b),
            Value::Number(n) => Json::Number(match (n.as_u64(), n.as_i64(), n.as_f64()) {
                (Some(u), _, _) => Num::U(u),
                (_, Some(i), _) => Num::I(i),
                (_, _, f) => Num::F(f.unwrap_or(f64::NAN)),
            }),
            Value::String(s) => Json::String(Cow::Borrowed(s)),
            Value::Array(a) => Json::Array(a.iter().map(|v| Self::view(v, depth + 1)).collect()),
            Value::Object(o) => Json::Object(Object(
                o.iter()
                    .map(|(k, v)| (Cow::Borrowed(k.as_str()), Self::view(v, depth + 1)))
                    .collect(),
            )),
        }
    }
}

/// Parses JSON text into a [`Json`] borrowing from it. serde_json's own
/// nesting limit (128) applies.
pub fn from_str(text: &str) -> Result<Json<'_>, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = serde::de::DeserializeSeed::deserialize(Seed { depth: 0 }, &mut de)?;
    de.end()?;
    Ok(value)
}

/// Deserializes one value at a depth (values below [`KEEP_DEPTH`] are
/// still read through, to find syntax errors, but kept as their type).
struct Seed {
    depth: usize,
}

impl<'de> serde::de::DeserializeSeed<'de> for Seed {
    type Value = Json<'de>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Json<'de>, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed {
    type Value = Json<'de>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }
    fn visit_unit<E>(self) -> Result<Json<'de>, E> {
        Ok(Json::Null)
    }
    fn visit_bool<E>(self, b: bool) -> Result<Json<'de>, E> {
        Ok(Json::Bool(b))
    }
    fn visit_u64<E>(self, u: u64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Num::U(u)))
    }
    fn visit_i64<E>(self, i: i64) -> Result<Json<'de>, E> {
        Ok(Json::Number(if i >= 0 {
            Num::U(i.unsigned_abs())
        } else {
            Num::I(i)
        }))
    }
    fn visit_f64<E>(self, f: f64) -> Result<Json<'de>, E> {
        Ok(Json::Number(Num::F(f)))
    }
    fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Borrowed(s)))
    }
    fn visit_str<E>(self, s: &str) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s.to_owned())))
    }
    fn visit_string<E>(self, s: String) -> Result<Json<'de>, E> {
        Ok(Json::String(Cow::Owned(s)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Json<'de>, A::Error> {
        let inner = Seed {
            depth: self.depth + 1,
        };
        if self.depth >= KEEP_DEPTH {
            while seq
                .next_element_seed(Seed { depth: inner.depth })?
                .is_some()
            {}
            return Ok(Json::Deep(JsonType::Array));
        }
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(4).min(64));
        while let Some(v) = seq.next_element_seed(Seed { depth: inner.depth })? {
            items.push(v);
        }
        Ok(Json::Array(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Json<'de>, A::Error> {
        let depth = self.depth + 1;
        if self.depth >= KEEP_DEPTH {
            while map.next_key::<Key<'de>>()?.is_some() {
                map.next_value_seed(Seed { depth })?;
            }
            return Ok(Json::Deep(JsonType::Object));
        }
        // Objects of this API hold up to a dozen members: one allocation.
        let mut members = Vec::with_capacity(map.size_hint().unwrap_or(12).min(64));
        while let Some(Key(k)) = map.next_key()? {
            members.push((k, map.next_value_seed(Seed { depth })?));
        }
        Ok(Json::Object(Object::from_members(members)))
    }
}

/// An object key, borrowed from the text when it holds no escapes.
struct Key<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Key<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an object key")
            }
            fn visit_borrowed_str<E>(self, s: &'de str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Borrowed(s)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s.to_owned())))
            }
            fn visit_string<E>(self, s: String) -> Result<Key<'de>, E> {
                Ok(Key(Cow::Owned(s)))
            }
        }
        d.deserialize_str(V)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_keys_keep_first_place_and_last_value() {
        let v = from_str(r#"{"a":1,"b":2,"a":3}"#).unwrap();
        let o = v.as_object().unwrap();
        let keys: Vec<_> = o.iter().map(|(k, _)| k).collect();
        assert_eq!(keys, ["a", "b"]);
        assert_eq!(o.get("a"), Some(&Json::Number(Num::U(3))));
        let many: String = (0..40).map(|i| format!("\"k{}\":{i},", i % 30)).collect();
        let text = format!("{{{}\"z\":0}}", many);
        let v = from_str(&text).unwrap();
        assert_eq!(v.as_object().unwrap().iter().count(), 31);
    }

    #[test]
    fn deep_values_are_kept_as_their_type() {
        let text = "[".repeat(20) + &"]".repeat(20);
        let v = from_str(&text).unwrap();
        let mut cur = &v;
        let mut depth = 0;
        while let Json::Array(items) = cur {
            cur = &items[0];
            depth += 1;
        }
        assert_eq!((depth, cur), (KEEP_DEPTH, &Json::Deep(JsonType::Array)));
        assert!(from_str("{\"a\":\"x\\u0041\"} x").is_err());
    }
}
