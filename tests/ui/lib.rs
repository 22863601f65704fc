//! Nothing: the package exists for its tests, `ui.rs` (the cases in `fail/`, through trybuild)
//! and the cases in `pass/`, each a test target (see `Cargo.toml`).
