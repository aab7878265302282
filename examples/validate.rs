//! Validates a JSON file (or stdin) and prints the report as JSON.
//!
//! ```text
//! cargo run --example validate -- body.json --mode edit --user-id 42 --locale de
//! ```

use std::io::Read;

use tm_user_validator::{options_from_json, validate_json};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut file = None;
    let mut opts = serde_json::Map::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let (key, value): (&str, serde_json::Value) = match a.as_str() {
            "--mode" => ("mode", it.next().cloned().unwrap_or_default().into()),
            "--locale" => ("locale", it.next().cloned().unwrap_or_default().into()),
            "--user-id" => (
                "userId",
                it.next()
                    .and_then(|s| s.parse::<u64>().ok())
                    .unwrap_or(0)
                    .into(),
            ),
            path => {
                file = Some(path.to_owned());
                continue;
            }
        };
        opts.insert(key.to_owned(), value);
    }
    let text = match file {
        Some(p) => std::fs::read_to_string(&p).unwrap_or_else(|e| {
            eprintln!("{p}: {e}");
            std::process::exit(2)
        }),
        None => {
            let mut s = String::new();
            let _ = std::io::stdin().read_to_string(&mut s);
            s
        }
    };
    let (options, locale) =
        options_from_json(&serde_json::Value::Object(opts)).unwrap_or_else(|e| {
            eprintln!("{e}");
            std::process::exit(2)
        });
    let report = validate_json(&text, &options);
    println!("{}", report.to_json(locale));
    std::process::exit(i32::from(!report.valid()));
}
