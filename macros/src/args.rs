//! The arguments of `#[stytch_endpoint(...)]` as tokens, split at their commas and read loosely,
//! so that every mistake in them can be reported.

use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::parse::{Parse, ParseStream};
use syn::{token, Ident, LitStr, Token};

/// One comma-separated argument, as written.
pub enum Arg {
    /// A bare word: the method (`POST`), or a mistake.
    Word(Ident),
    /// A string literal: the path.
    Str(LitStr),
    /// `key = value`.
    Value { key: Ident, value: TokenStream },
    /// `key(...)`.
    List { key: Ident, content: TokenStream },
    /// Anything else.
    Other(TokenStream),
}

impl Arg {
    /// A span covering the argument, for errors about it.
    pub fn span_tokens(&self) -> TokenStream {
        match self {
            Arg::Word(ident) => quote::quote!(#ident),
            Arg::Str(lit) => quote::quote!(#lit),
            Arg::Value { key, value } => quote::quote!(#key = #value),
            Arg::List { key, content } => quote::quote!(#key(#content)),
            Arg::Other(tokens) => tokens.clone(),
        }
    }
}

/// The whole argument list.
pub struct Args(pub Vec<Arg>);

impl Parse for Args {
    fn parse(input: ParseStream) -> syn::Result<Self> {
        let mut args = Vec::new();
        while !input.is_empty() {
            args.push(parse_arg(input)?);
            if input.is_empty() {
                break;
            }
            input.parse::<Token![,]>()?;
        }
        Ok(Args(args))
    }
}

fn parse_arg(input: ParseStream) -> syn::Result<Arg> {
    if input.peek(LitStr) && (input.peek2(Token![,]) || is_last_token(input)) {
        return Ok(Arg::Str(input.parse()?));
    }
    if input.peek(Ident::peek_any) {
        let fork = input.fork();
        let key = fork.call(Ident::parse_any)?;
        if fork.peek(Token![=]) && !fork.peek(Token![==]) {
            input.call(Ident::parse_any)?;
            input.parse::<Token![=]>()?;
            // A type or a path may hold commas of its own (`HashMap<String, Value>`): read one
            // whole where it parses as one, else up to the next comma.
            let value = match whole_type(input) {
                Some(ty) => ty,
                None => rest_of_arg(input)?,
            };
            return Ok(Arg::Value { key, value });
        }
        if fork.peek(token::Paren) && (fork.peek2(Token![,]) || is_last_token(&fork)) {
            input.call(Ident::parse_any)?;
            let content;
            syn::parenthesized!(content in input);
            return Ok(Arg::List { key, content: content.parse()? });
        }
        if fork.is_empty() || fork.peek(Token![,]) {
            input.call(Ident::parse_any)?;
            return Ok(Arg::Word(key));
        }
        if fork.peek(LitStr) || fork.peek(Ident::peek_any) {
            return Err(syn::Error::new(fork.span(), format!("expected `,` after `{key}`")));
        }
    }
    Ok(Arg::Other(rest_of_arg(input)?))
}

/// The tokens of a type that ends the argument, if one is next.
fn whole_type(input: ParseStream) -> Option<TokenStream> {
    let fork = input.fork();
    let ty: syn::Type = fork.parse().ok()?;
    if !(fork.is_empty() || fork.peek(Token![,])) {
        return None;
    }
    input.parse::<syn::Type>().ok()?;
    Some(quote::ToTokens::into_token_stream(ty))
}

/// Whether exactly one token tree is left.
fn is_last_token(input: ParseStream) -> bool {
    let fork = input.fork();
    fork.parse::<TokenTree>().is_ok() && fork.is_empty()
}

fn rest_of_arg(input: ParseStream) -> syn::Result<TokenStream> {
    let mut tokens = TokenStream::new();
    while !input.is_empty() && !input.peek(Token![,]) {
        tokens.extend([input.parse::<TokenTree>()?]);
    }
    if tokens.is_empty() {
        return Err(syn::Error::new(input.span(), "expected an argument"));
    }
    Ok(tokens)
}
