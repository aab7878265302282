//! Reference data, generated from the checked-in files in `data/` by
//! `tools/gen_data.py`. Never edit the generated files by hand.

pub mod countries;
pub mod iban;
