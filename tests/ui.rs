//! Compile-fail cases for `#[stytch_endpoint]`: every mistake a user can make in a declaration is
//! a compile error spanned on the offending token. Bless with `TRYBUILD=overwrite cargo test --test ui`
//! and read every `.stderr` before committing.

#[test]
fn declaration_mistakes_are_compile_errors() {
    let cases = trybuild::TestCases::new();
    cases.compile_fail("tests/ui/fail/*.rs");
}
