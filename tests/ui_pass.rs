//! Declarations that must compile without a warning: the macro's supported features, and user code
//! that shadows names the generated code could otherwise trip over.

#[test]
fn valid_declarations_compile_cleanly() {
    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass/*.rs");
}
