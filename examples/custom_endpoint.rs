//! Declaring Stytch endpoints the crate does not ship: a GET with a path parameter, and a POST.
//!
//! ```sh
//! cargo run --example custom_endpoint
//! ```
//!
//! With `STYTCH_PROJECT_ID`, `STYTCH_SECRET` and `STYTCH_USER_ID` set, it calls the real API;
//! otherwise it calls a loopback stand-in that answers in Stytch's shapes.

use stytch_endpoint::{stytch_endpoint, stytch_enum, stytch_object, Client, Endpoint, Error};

#[path = "support/canned.rs"]
mod canned;

/// `GET /v1/users/{user_id}`: a User by id. The `user_id` goes into the path, percent-encoded.
#[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
#[derive(Debug, Clone)]
pub struct GetUser {
    #[stytch(non_empty)]
    pub user_id: String,
}

/// What Stytch answers to [`GetUser`]: only the fields this program reads. `#[stytch_object]`
/// ignores unknown fields and takes a missing or `null` field as its default, so a response type
/// can be as small as its user needs and survives what Stytch adds later.
#[stytch_object]
pub struct GetUserResponse {
    pub request_id: String,
    pub user_id: String,
    pub status: UserStatus,
    pub emails: Vec<Email>,
}

/// The status of a User. `#[stytch_enum]` keeps a status added later in `Other`.
#[stytch_enum]
#[serde(rename_all = "snake_case")]
#[derive(Clone, Debug, PartialEq)]
pub enum UserStatus {
    Active,
    Pending,
    Other(String),
}

/// An email address of a User.
#[stytch_object]
#[derive(Default)]
pub struct Email {
    pub email: String,
    pub verified: bool,
}

/// `POST /v1/passwords/strength_check`: how strong Stytch finds a password, before using it.
#[stytch_endpoint(POST, "/v1/passwords/strength_check", response = StrengthCheckResponse)]
#[derive(Clone, Default)]
pub struct StrengthCheck {
    #[stytch(non_empty, secret)]
    pub password: String,
    #[stytch(email)]
    pub email: Option<String>,
}

/// What Stytch answers to [`StrengthCheck`].
#[stytch_object]
pub struct StrengthCheckResponse {
    pub request_id: String,
    pub valid_password: bool,
    pub score: u8,
    pub breached_password: bool,
}

fn main() -> Result<(), Error> {
    let (client, user_id) = match (Client::from_env(), std::env::var("STYTCH_USER_ID")) {
        (Ok(client), Ok(user_id)) => (client, user_id),
        _ => {
            println!("No STYTCH_* credentials and STYTCH_USER_ID: using a loopback stand-in.");
            (stand_in()?, "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6".to_owned())
        }
    };

    let get = GetUser { user_id };
    println!("{} {} -> {}", GetUser::METHOD, GetUser::PATH, get.path());
    let user = get.send(&client)?;
    println!("  user {} is {}; emails: {:?}", user.user_id, user.status, user.emails);

    let check = StrengthCheck { password: "correct horse battery staple".into(), email: None };
    println!("{} {} with {check:?}", StrengthCheck::METHOD, StrengthCheck::PATH);
    let strength = check.send(&client)?;
    println!(
        "  score {}/4, valid: {}, breached: {} (request {})",
        strength.score, strength.valid_password, strength.breached_password, strength.request_id
    );

    // A mistake is caught before anything is sent.
    let err = GetUser { user_id: String::new() }.send(&client).unwrap_err();
    println!("an empty user id: {err}");
    Ok(())
}

/// A loopback server answering the two endpoints in Stytch's shapes.
fn stand_in() -> Result<Client, Error> {
    let url = canned::serve(|request_line| {
        if let Some(rest) = request_line.strip_prefix("GET /v1/users/") {
            let user_id = rest.split(' ').next().unwrap_or_default();
            let body = serde_json::json!({
                "request_id": "request-id-test-0f3a", "status_code": 200, "user_id": user_id, "status": "active",
                "emails": [{"email_id": "email-test-1", "email": "ada@example.com", "verified": true}]
            });
            (200, body.to_string())
        } else {
            let body = serde_json::json!({
                "request_id": "request-id-test-9c1e", "status_code": 200, "valid_password": true, "score": 4,
                "breached_password": false, "strength_policy": "zxcvbn"
            });
            (200, body.to_string())
        }
    });
    Client::builder()
        .credentials("project-test-local", "secret-test-local")
        .base_url(&url)
        .build()
        .map_err(Error::from)
}
