//! The parameters of an issue as name–value pairs: what `Issue.params`
//! holds in JSON and what message templates read. Built by
//! [`IssueKind::params`](crate::IssueKind::params) from the kind's typed
//! fields, so the JSON and the messages can never disagree.

use serde::ser::{SerializeMap, Serializer};
use serde::Serialize;

/// One parameter value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Param<'a> {
    /// A whole number.
    Int(i64),
    /// A non-negative whole number (IDs, lengths, limits).
    UInt(u64),
    /// Text.
    Text(&'a str),
    /// A list of whole numbers.
    Ints(&'a [i64]),
}

impl Serialize for Param<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Param::Int(i) => s.serialize_i64(*i),
            Param::UInt(u) => s.serialize_u64(*u),
            Param::Text(t) => s.serialize_str(t),
            Param::Ints(v) => v.serialize(s),
        }
    }
}

/// The parameters of one issue, in a fixed order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Params<'a>(pub Vec<(&'static str, Param<'a>)>);

impl<'a> Params<'a> {
    /// The value of a parameter, if the issue has it.
    pub fn get(&self, name: &str) -> Option<&Param<'a>> {
        self.0.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }
}

impl Serialize for Params<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(self.0.len()))?;
        for (name, value) in &self.0 {
            m.serialize_entry(name, value)?;
        }
        m.end()
    }
}
