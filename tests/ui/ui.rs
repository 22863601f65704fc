//! The macros' compile tests:
//!
//! - `fail/*.rs`: every mistake a user can make in a declaration is a compile error spanned on the
//!   offending token; each case's `.stderr` is the expected output. They run here, in one
//!   trybuild project, checked in one batch.
//! - `pass/*.rs`: declarations that must compile without a warning (`#![deny(warnings)]`) and run
//!   (the macros' supported features, and user code that shadows names the generated code could
//!   trip over). Each is a test target of this package (`harness = false`, listed in
//!   `Cargo.toml`), its own crate, which `cargo test` builds and runs.
//!
//! A new case is a new file in `fail/` (with its `.stderr`), which the glob picks up, or in
//! `pass/` with its `[[test]]` entry in `Cargo.toml`, which `every_pass_case_is_a_test_target`
//! asks for. Run with `cargo test -p stytch-endpoint-ui`; bless with
//! `TRYBUILD=overwrite cargo test -p stytch-endpoint-ui` and read every `.stderr` before committing.

#[test]
fn declarations() {
    // trybuild builds the dependencies once with its rustflags, then again for the cases with
    // `--diagnostic-width=140` added (trybuild 1.0.122, `cargo.rs`), which changes every crate's
    // hash: each dependency compiled twice. The same flags for every invocation, through the
    // variable cargo prefers to the `build.rustflags` trybuild passes, make it once.
    if std::env::var_os("CARGO_ENCODED_RUSTFLAGS").is_none() {
        let flags = ["--cfg", "trybuild", "--verbose", "-A", "dead_code", "--diagnostic-width=140"];
        std::env::set_var("CARGO_ENCODED_RUSTFLAGS", flags.join("\x1f"));
    }
    let cases = trybuild::TestCases::new();
    cases.compile_fail("fail/*.rs");
}

/// Each `pass/NAME.rs` has its `[[test]]` target in `Cargo.toml` (`name = "pass_NAME"`,
/// `harness = false`), so that no pass case is left out of `cargo test`.
#[test]
fn every_pass_case_is_a_test_target() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).expect("tests/ui/Cargo.toml");
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(dir.join("pass")).expect("tests/ui/pass") {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let Some(stem) = name.strip_suffix(".rs") else { continue };
        let target = format!("[[test]]\nname = \"pass_{stem}\"\npath = \"pass/{name}\"\nharness = false\n");
        if !manifest.contains(&target) {
            missing.push(target);
        }
    }
    assert!(missing.is_empty(), "add to tests/ui/Cargo.toml:\n\n{}", missing.join("\n"));
}
