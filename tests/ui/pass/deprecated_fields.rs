#![deny(warnings)]

use serde::Deserialize;
use stytch_endpoint::stytch_endpoint;

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

/// A `#[deprecated]` field: the generated code uses it without a warning; only the user's own
/// uses warn. (`legacy_name` is not in Stytch's schema: `schema = false`.)
#[stytch_endpoint(PUT, "/v1/users/{user_id}", response = Done, at_most_one_of(name, legacy_name), schema = false)]
pub struct UpdateUser {
    #[deprecated = "the path takes the user"]
    pub user_id: String,
    pub name: Option<String>,
    #[deprecated(note = "use `name`")]
    #[stytch(non_empty, secret)]
    pub legacy_name: Option<String>,
    #[deprecated]
    #[stytch(header = "X-Legacy", secret)]
    pub legacy_header: Option<String>,
}

fn main() {
    #[allow(deprecated)]
    let update = UpdateUser { user_id: "u".into(), name: None, legacy_name: None, legacy_header: None };
    update.validate().unwrap();
    let _ = format!("{update:?}");
}
