//! Declaring Stytch endpoints the crate does not ship: a GET with a path parameter, and a POST.
//!
//! ```sh
//! cargo run --example custom_endpoint
//! ```
//!
//! With `STYTCH_PROJECT_ID`, `STYTCH_SECRET` and `STYTCH_USER_ID` set, it calls the real API;
//! otherwise a local Stytch whose stubs answer the two endpoints in Stytch's shapes.

use stytch_endpoint::local::{LocalError, LocalStytch};
use stytch_endpoint::{stytch_endpoint, stytch_enum, stytch_object, Client, Endpoint};

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

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut local = None;
    let (client, user_id) = match (Client::from_env(), std::env::var("STYTCH_USER_ID")) {
        (Ok(client), Ok(user_id)) => (client, user_id),
        _ => {
            println!("No STYTCH_* credentials and STYTCH_USER_ID: using a local Stytch with stubs.");
            let (stytch, client) = stand_in()?;
            local = Some(stytch);
            (client, "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6".to_owned())
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
    if let Some(stytch) = local {
        println!("the stubs answered {} requests", stytch.requests_seen().len());
    }
    Ok(())
}

/// A local Stytch with a stub for each endpoint: `stub::<E>()` answers requests to `E`'s method
/// and path (any `user_id`) with the response given, in Stytch's JSON. It stops when dropped.
fn stand_in() -> Result<(LocalStytch, Client), LocalError> {
    let stytch = LocalStytch::start()?;
    stytch.stub::<GetUser>().reply(GetUserResponse {
        request_id: "request-id-test-0f3a2b1c-5d6e-4f70-8a9b-0c1d2e3f4a5b".into(),
        user_id: "user-test-16d9ba61-97a1-4ba4-9720-b03761dc50c6".into(),
        status: UserStatus::Active,
        emails: vec![Email { email: "ada@example.com".into(), verified: true }],
    });
    stytch.stub::<StrengthCheck>().reply(StrengthCheckResponse {
        request_id: "request-id-test-9c1e7d2a-3b4c-4d5e-8f60-718293a4b5c6".into(),
        valid_password: true,
        score: 4,
        breached_password: false,
    });
    let client = stytch.client();
    Ok((stytch, client))
}
