#![deny(warnings)]

use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// A `secret` field: the attribute writes `Debug` itself (and drops `Debug` from the derive list).
#[stytch_endpoint(POST, "/v1/login", response = Done)]
#[derive(Debug, Clone)]
pub struct Login {
    pub email: String,
    #[stytch(non_empty, secret)]
    pub password: String,
    #[stytch(secret)]
    pub session_token: Option<String>,
}

fn main() {
    let login = Login {
        email: "ada@example.com".into(),
        password: "hunter2-correct-horse".into(),
        session_token: Some("token-abcdef".into()),
    };
    let debug = format!("{:?}", login.clone());
    assert!(debug.contains("ada@example.com"), "{debug}");
    assert!(!debug.contains("hunter2-correct-horse"), "{debug}");
    assert!(!debug.contains("token-abcdef"), "{debug}");
    let pretty = format!("{login:#?}");
    assert!(!pretty.contains("hunter2-correct-horse"), "{pretty}");
}
