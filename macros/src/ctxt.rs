//! The one error sink of the macro, in the manner of serde_derive's `Ctxt`: every mistake is
//! recorded and reading goes on, so that one compile reports all of them; [`Ctxt::check`] turns
//! them into one `syn::Error`, once.

use quote::ToTokens;
use std::cell::RefCell;
use std::fmt::Display;

/// Collects the mistakes of one declaration. Dropping it without calling [`Ctxt::check`] is a bug
/// in the macro, and panics.
pub struct Ctxt {
    /// `None` once checked.
    errors: RefCell<Option<Vec<syn::Error>>>,
}

impl Ctxt {
    pub fn new() -> Self {
        Ctxt { errors: RefCell::new(Some(Vec::new())) }
    }

    /// Records a mistake spanned on `tokens`.
    pub fn error_spanned_by(&self, tokens: impl ToTokens, message: impl Display) {
        self.syn_error(syn::Error::new_spanned(tokens.into_token_stream(), message));
    }

    /// Records a mistake that already has its span.
    pub fn syn_error(&self, error: syn::Error) {
        self.errors.borrow_mut().as_mut().expect("Ctxt used after check").push(error);
    }

    /// Whether a mistake has been recorded.
    pub fn has_errors(&self) -> bool {
        self.errors.borrow().as_ref().is_some_and(|errors| !errors.is_empty())
    }

    /// Every recorded mistake, combined in the order recorded.
    pub fn check(self) -> syn::Result<()> {
        let mut errors = self.errors.borrow_mut().take().expect("Ctxt checked twice").into_iter();
        let Some(mut first) = errors.next() else { return Ok(()) };
        for error in errors {
            first.combine(error);
        }
        Err(first)
    }
}

impl Drop for Ctxt {
    fn drop(&mut self) {
        if !std::thread::panicking() && self.errors.borrow().is_some() {
            panic!("the macro forgot to check for errors");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Ctxt;
    use proc_macro2::Span;

    #[test]
    fn combines_every_mistake_in_order() {
        let cx = Ctxt::new();
        cx.syn_error(syn::Error::new(Span::call_site(), "first"));
        cx.syn_error(syn::Error::new(Span::call_site(), "second"));
        let messages: Vec<String> = cx.check().unwrap_err().into_iter().map(|e| e.to_string()).collect();
        assert_eq!(messages, ["first", "second"]);
    }

    #[test]
    fn no_mistake_checks_ok() {
        assert!(Ctxt::new().check().is_ok());
    }

    #[test]
    #[should_panic(expected = "forgot to check")]
    fn forgetting_to_check_panics() {
        let cx = Ctxt::new();
        cx.syn_error(syn::Error::new(Span::call_site(), "lost"));
    }
}
