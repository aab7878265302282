//! The seven user statuses.

/// Every status the API accepts, with its meaning, in the order the API
/// documentation lists them.
pub const STATUSES: &[(i64, &str)] = &[
    (-1, "pending approval"),
    (1, "active"),
    (3, "inactive"),
    (0, "banned"),
    (-2, "unapproved"),
    (-3, "inactive and banned"),
    (-4, "pending deletion"),
];

/// Statuses a new user is rarely created with: creating one is allowed but
/// warned about (a reading of ours; the API document is silent).
pub const UNUSUAL_ON_CREATE: &[i64] = &[0, -3, -4];

/// The meaning of a status, if it is one.
pub fn meaning(status: i64) -> Option<&'static str> {
    STATUSES.iter().find(|(s, _)| *s == status).map(|&(_, m)| m)
}

/// Every allowed value, in documentation order.
pub fn allowed() -> Vec<i64> {
    STATUSES.iter().map(|&(s, _)| s).collect()
}
