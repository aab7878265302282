//! What a request leaves behind for the record's affiliate managers: the
//! table of the rules page, row for row.
//!
//! `C` is the record before the request: its main manager `m` and assigned
//! list `A` (on create: no main, an empty list; on edit: [`Options::current`],
//! or unknown). `L` is `affiliateManagers` when sent.

use serde::Serialize;

use crate::options::{Mode, Options};

/// `affiliate_manager_id` as sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MainField {
    /// Not sent (or not a valid value, which the request's errors report).
    Absent,
    /// `""`: unset the main manager, or promote the only assigned one.
    Empty,
    /// A manager's ID.
    Id(u64),
}

/// `affiliateManagers` as sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ListField {
    /// Not sent (or not a valid list).
    Absent,
    /// `[]`: clear the list, and the main manager with it.
    Empty,
    /// A non-empty list, duplicates removed, in the order sent.
    Ids(Vec<u64>),
}

/// The record's affiliate managers after the request.
///
/// When the caller gave no [`Options::current`] on edit, part of the answer
/// depends on the record; then `known` is false and the flags say which part
/// is left as the record holds it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Outcome {
    /// The main manager after the request (`null`: none, or left unchanged
    /// when `main_unchanged`, or decided by the record when `promote_if_single`).
    pub main: Option<u64>,
    /// The assigned managers after the request; when `assigned_unchanged`,
    /// the IDs appended to the record's current list.
    pub assigned: Vec<u64>,
    /// True when `main` and `assigned` are the whole answer.
    pub known: bool,
    /// The main manager stays as the record holds it (current unknown).
    pub main_unchanged: bool,
    /// The assigned list stays as the record holds it, with `assigned`
    /// appended (current unknown).
    pub assigned_unchanged: bool,
    /// The record's only assigned manager becomes main if it has exactly
    /// one, else the main is unset (current unknown, `""` sent).
    pub promote_if_single: bool,
}

/// The record before the request, when known.
fn before(options: &Options) -> Option<(Option<u64>, Vec<u64>)> {
    match (options.mode, &options.current) {
        (Mode::Create, _) => Some((None, Vec::new())),
        (Mode::Edit, Some(c)) => Some((c.main, c.assigned.clone())),
        (Mode::Edit, None) => None,
    }
}

/// `list` with `id` appended when it is not already there.
fn with(mut list: Vec<u64>, id: u64) -> Vec<u64> {
    if !list.contains(&id) {
        list.push(id);
    }
    list
}

/// The only item of a list of one.
fn single(list: &[u64]) -> Option<u64> {
    match list {
        [only] => Some(*only),
        _ => None,
    }
}

/// A fully known outcome.
fn known(main: Option<u64>, assigned: Vec<u64>) -> Outcome {
    Outcome {
        main,
        assigned,
        known: true,
        ..Outcome::default()
    }
}

/// The outcome of a request, by the rules page's table.
pub fn outcome(options: &Options, list: &ListField, main: MainField) -> Outcome {
    use ListField as L;
    use MainField as M;
    let before = before(options);
    match (list, main, before) {
        // Rows that depend only on the request.
        (L::Empty, M::Absent | M::Empty, _) => known(None, Vec::new()),
        (L::Empty, M::Id(n), _) => known(Some(n), vec![n]),
        (L::Ids(l), M::Empty, _) => known(single(l), l.clone()),
        (L::Ids(l), M::Id(n), _) => known(Some(n), with(l.clone(), n)),
        // Rows that read the record.
        (L::Absent, M::Absent, Some((m, a))) => known(m, a),
        (L::Absent, M::Empty, Some((_, a))) => known(single(&a), a),
        (L::Absent, M::Id(n), Some((_, a))) => known(Some(n), with(a, n)),
        (L::Ids(l), M::Absent, Some((m, _))) => known(m, l.clone()),
        // The same rows when the record is unknown: say what stays.
        (L::Absent, M::Absent, None) => Outcome {
            main_unchanged: true,
            assigned_unchanged: true,
            ..Outcome::default()
        },
        (L::Absent, M::Empty, None) => Outcome {
            assigned_unchanged: true,
            promote_if_single: true,
            ..Outcome::default()
        },
        (L::Absent, M::Id(n), None) => Outcome {
            main: Some(n),
            assigned: vec![n],
            assigned_unchanged: true,
            ..Outcome::default()
        },
        (L::Ids(l), M::Absent, None) => Outcome {
            assigned: l.clone(),
            main_unchanged: true,
            ..Outcome::default()
        },
    }
}

/// The outcome of a request that touches neither field (or is no object).
pub fn unchanged(options: &Options) -> Outcome {
    outcome(options, &ListField::Absent, MainField::Absent)
}
