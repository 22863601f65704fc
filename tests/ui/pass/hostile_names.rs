#![deny(warnings)]

//! The user's own `Result`, `Option`, `Error`, `Ok`, `Vec`, `String`, ... and modules named `serde`,
//! `core` and `std`, all in the scope of the declarations, must not break the expansion.

use ::serde::{Deserialize, Serialize as SerializeDerive};
use ::stytch_endpoint::stytch_endpoint;

mod serde {
    pub struct Serialize;
}

mod core {
    pub struct Marker;
}

mod std {
    pub struct Marker;
}

#[derive(::std::fmt::Debug)]
pub struct Error;

pub type Result<T> = ::std::result::Result<T, Error>;

pub enum Option {
    Yes,
    No,
}

pub struct Ok;
pub struct Vec;
pub struct String;
pub struct Box;
pub struct Client;
pub struct Endpoint;
pub struct Method;
pub struct Cow;
pub struct PhantomData;
pub struct Violations;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: ::std::string::String,
}

#[allow(clippy::ptr_arg)] // the field's own type, spelled in full, on purpose
pub fn slug(value: &::std::string::String) -> ::std::result::Result<(), ::std::string::String> {
    if value.is_empty() {
        ::std::result::Result::Err("must not be empty".into())
    } else {
        ::std::result::Result::Ok(())
    }
}

#[stytch_endpoint(GET, "/v1/things/{thing_id}", response = Done, at_most_one_of(session_token, session_jwt))]
#[derive(Clone, Default, SerializeDerive, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GetThing {
    #[stytch(non_empty)]
    pub thing_id: ::std::string::String,
    #[stytch(non_empty, email)]
    pub email: ::std::string::String,
    #[stytch(secret)]
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token: ::std::option::Option<::std::string::String>,
    #[stytch(secret)]
    pub session_jwt: ::std::option::Option<::std::string::String>,
    #[stytch(range(5..=527040))]
    pub minutes: ::std::option::Option<i32>,
    #[stytch(max_json_size = 64, deny_keys("iss"))]
    pub claims: ::std::option::Option<::serde_json::Map<::std::string::String, ::serde_json::Value>>,
    #[stytch(custom = slug)]
    pub slug: ::std::string::String,
}

#[stytch_endpoint(POST, "/v1/things", response = Done, exactly_one_of(a, b))]
#[derive(Default)]
pub struct PostThing {
    #[stytch(secret, non_empty)]
    pub password: ::std::string::String,
    pub a: ::std::option::Option<u8>,
    pub b: ::std::option::Option<u8>,
}

fn main() {
    let _ = (serde::Serialize, core::Marker, std::Marker, Ok, Vec, String, Box);
    let _ = (Client, Endpoint, Method, Cow, PhantomData, Violations);
    let mine: Result<Option> = ::std::result::Result::Ok(Option::Yes);
    assert!(matches!(mine, ::std::result::Result::Ok(Option::Yes | Option::No)));
    let _ = ::std::format!("{:?}", Error);

    let request = GetThing {
        thing_id: "t".into(),
        email: "ada@example.com".into(),
        slug: "s".into(),
        ..::std::default::Default::default()
    };
    request.validate().unwrap();
    assert_eq!(::stytch_endpoint::Endpoint::path(&request), "/v1/things/t");
    let bad = GetThing { email: "ada".into(), ..request.clone() };
    assert!(bad.validate().is_err());

    let post =
        PostThing { password: "p".into(), a: ::std::option::Option::Some(1), b: ::std::option::Option::None };
    post.validate().unwrap();
    let debug = ::std::format!("{post:?}");
    assert!(!debug.contains("\"p\""), "{debug}");
}
