//! `affiliate_manager_id` and `affiliateManagers`: each value's own rules,
//! then the outcome table and the warnings it raises.

use crate::doc::{Json, Object};

use super::{integer, Cx};
use crate::affiliate::{outcome, ListField, MainField};
use crate::issue::IssueKind;
use crate::path::Loc;

/// Checks both fields and stores the outcome in the report.
pub fn check(body: &Object, root: &Loc, cx: &mut Cx) {
    let main_path = root.key("affiliate_manager_id");
    let list_path = root.key("affiliateManagers");
    let main = match body.get("affiliate_manager_id") {
        None => MainField::Absent,
        Some(Json::String(s)) if s.is_empty() => MainField::Empty,
        Some(v) => match integer::id(v) {
            Ok(n) => {
                known(n, &main_path, cx);
                MainField::Id(n)
            }
            Err(kind) => {
                cx.push(&main_path, kind);
                MainField::Absent
            }
        },
    };
    let list = match body.get("affiliateManagers") {
        None => ListField::Absent,
        Some(Json::Array(items)) => ids(items, &list_path, cx),
        Some(other) => {
            cx.push(
                &list_path,
                IssueKind::ExpectedArray {
                    actual: other.json_type(),
                },
            );
            ListField::Absent
        }
    };
    let result = outcome(cx.options, &list, main);
    match (&list, main) {
        (ListField::Ids(l), MainField::Absent) => {
            if let Some(m) = result.main.filter(|m| !l.contains(m)) {
                cx.push(&list_path, IssueKind::MainManagerNotAssigned { id: m });
            }
        }
        (_, MainField::Empty) if result.known && result.assigned.len() >= 2 => {
            cx.push(
                &main_path,
                IssueKind::PromoteAmbiguous {
                    count: result.assigned.len(),
                },
            );
        }
        _ => {}
    }
    cx.report.affiliate_managers = result;
}

/// The valid IDs of the list, duplicates dropped (and warned about).
fn ids(items: &[Json], path: &Loc, cx: &mut Cx) -> ListField {
    if items.is_empty() {
        return ListField::Empty;
    }
    let mut out: Vec<u64> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let p = path.index(i);
        match integer::id(item) {
            Err(kind) => cx.push(&p, kind),
            Ok(n) if out.contains(&n) => {
                cx.push(&p, IssueKind::DuplicateAffiliateManager { id: n })
            }
            Ok(n) => {
                known(n, &p, cx);
                out.push(n);
            }
        }
    }
    if out.is_empty() {
        // Every item was invalid: the request fails; treat the list as not sent.
        ListField::Absent
    } else {
        ListField::Ids(out)
    }
}

/// An error when the caller listed the managers that exist and `n` is not one.
fn known(n: u64, path: &Loc, cx: &mut Cx) {
    if let Some(known) = &cx.options.known_affiliate_managers {
        if !known.contains(&n) {
            cx.push(path, IssueKind::UnknownAffiliateManager { id: n });
        }
    }
}
