//! Nothing: the package exists for its test, `ui.rs`, which compiles the cases in `fail/` and
//! `pass/` against the dependencies in `Cargo.toml`.
