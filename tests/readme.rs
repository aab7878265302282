//! The README's table of issue codes lists every code with its severity.
#![cfg(not(target_arch = "wasm32"))]

use tm_user_validator::{Code, Severity};

#[test]
fn readme_lists_every_code_with_its_severity() {
    let readme = include_str!("../README.md");
    for &code in Code::ALL {
        let severity = match code.severity() {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Notice => "notice",
        };
        let row = format!("| `{}` | {} |", code.as_str(), severity);
        assert!(
            readme.contains(&row),
            "README lacks the row for {}",
            code.as_str()
        );
    }
}
