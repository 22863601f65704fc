//! The macros' compile tests, in one trybuild project (one build of the runtime for all cases):
//!
//! - `fail/*.rs`: every mistake a user can make in a declaration is a compile error spanned on the
//!   offending token; each case's `.stderr` is the expected output.
//! - `pass/*.rs`: declarations that must compile without a warning and run (the macros' supported
//!   features, and user code that shadows names the generated code could trip over).
//!
//! A new case is a new file in `fail/` (with its `.stderr`) or `pass/`: the globs pick it up.
//! Run with `cargo test -p stytch-endpoint-ui`; bless with
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
    cases.pass("pass/*.rs");
}
