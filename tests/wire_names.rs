//! The attribute names fields on the wire exactly as serde does, for every `rename_all` rule: the
//! body and the query of a declared endpoint are compared with what `serde_json` makes of a
//! serde-derived twin with the same fields and the same rule.

#![allow(non_snake_case)]

use serde::{Deserialize, Serialize};
use stytch_endpoint::{stytch_endpoint, Endpoint};

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// Declares, under one `rename_all` rule, a POST endpoint, a GET endpoint and their serde twin,
/// all with the given fields, and a test comparing their wire names.
macro_rules! twins {
    ($test:ident, $rule:tt, [$($field:ident),* $(,)?]) => {
        mod $test {
            use super::*;

            #[stytch_endpoint(POST, "/v1/wire", response = Done)]
            #[serde(rename_all = $rule)]
            pub struct Body {
                $(pub $field: u32,)*
            }

            #[stytch_endpoint(GET, "/v1/wire", response = Done)]
            #[serde(rename_all = $rule)]
            pub struct Query {
                $(pub $field: Option<u32>,)*
            }

            #[derive(Serialize)]
            #[serde(rename_all = $rule)]
            pub struct Twin {
                $(pub $field: u32,)*
            }

            #[test]
            fn names_match_serde() {
                let mut body = Vec::new();
                Body { $($field: 7,)* }.write_body(&mut body).unwrap();
                let twin = serde_json::to_vec(&Twin { $($field: 7,)* }).unwrap();
                assert_eq!(String::from_utf8(body).unwrap(), String::from_utf8(twin.clone()).unwrap());

                let query = Query { $($field: Some(7),)* }.query().unwrap();
                let mut keys: Vec<String> = query.into_iter().map(|(key, _)| key).collect();
                let object: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(&twin).unwrap();
                let mut expected: Vec<String> = object.keys().cloned().collect();
                keys.sort();
                expected.sort();
                assert_eq!(keys, expected);
            }
        }
    };
}

/// Field names of every shape serde's rules treat differently: snake_case, capitals, digits,
/// leading, trailing and doubled underscores, non-ASCII letters after the first, a raw identifier.
macro_rules! every_rule {
    ($($test:ident => $rule:tt,)*) => {$(
        twins!($test, $rule, [
            user_id, userID, x, a1, a_2, b_2c, _leading, trailing_, double__under, café_crème,
            straße_nr, a_ñu, x_über_alles, r#type, HTTP_status, mixedCase_with_under, id9_9x,
        ]);
    )*};
}

every_rule! {
    lowercase => "lowercase",
    uppercase => "UPPERCASE",
    pascal_case => "PascalCase",
    camel_case => "camelCase",
    snake_case => "snake_case",
    screaming_snake_case => "SCREAMING_SNAKE_CASE",
    kebab_case => "kebab-case",
    screaming_kebab_case => "SCREAMING-KEBAB-CASE",
}
