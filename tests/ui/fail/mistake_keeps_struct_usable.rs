use serde::Deserialize;
use stytch_endpoint::{stytch_endpoint, Client, Endpoint};

#[derive(Debug, Deserialize)]
pub struct Done {
    pub request_id: String,
}

// One mistake in the declaration: code using the struct must not add errors of its own.
#[stytch_endpoint(POST, "/v1/login", response = Done)]
#[derive(Debug, Clone, Default)]
pub struct Login {
    #[stytch(non_empty, secret)]
    pub email: String,
    #[stytch(non_empty, trimmed)]
    pub password: String,
}

fn main() {
    let client = Client::builder().credentials("project-test-1", "secret-test-1").build().unwrap();
    let login = Login { email: "ada@example.com".into(), ..Login::default() };
    println!("{login:?}");
    login.validate().unwrap();
    let done: Done = login.send(&client).unwrap();
    println!("{}", done.request_id);
    let again: Done = client.send(&login.clone()).unwrap();
    println!("{again:?} {}", <Login as Endpoint>::PATH);
}
