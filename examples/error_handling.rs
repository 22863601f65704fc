//! Matching on the crate's typed errors, and an opt-in retry policy.
//!
//! ```sh
//! cargo run --example error_handling
//! ```
//!
//! Runs against a local Stytch (with a stub that injects faults) and a port nobody listens on;
//! needs no credentials.

use std::time::Duration;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::local::{Fault, LocalStytch};
use stytch_endpoint::{Client, Error, ErrorType, RetryPolicy, TransportErrorKind};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let stytch = LocalStytch::start()?;
    stytch.add_user("ada@example.com", "old password 1234!")?;
    let client = stytch.client();

    // 1. Broken field rules: nothing is sent, and every violation is listed.
    let mut bad = ExistingPasswordReset::new("not-an-email", "", "correct horse battery staple");
    bad.session_duration_minutes = Some(1);
    explain(bad.send(&client));

    // 2. Stytch's answers, matched by type rather than by message.
    explain(
        ExistingPasswordReset::new("ada@example.com", "wrong password", "correct horse battery staple")
            .send(&client),
    );
    explain(ExistingPasswordReset::new("ada@example.com", "old password 1234!", "password").send(&client));
    explain(
        ExistingPasswordReset::new("nobody@example.com", "x", "correct horse battery staple").send(&client),
    );

    // 3. The network: nobody listens on this port.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")?.local_addr()?;
    let offline = Client::builder()
        .credentials("project-test-x", "secret-test-x")
        .base_url(format!("http://{closed}"))
        .build()?;
    explain(ExistingPasswordReset::new("ada@example.com", "a", "b").send(&offline));

    // 4. Retries are opt-in, and only where the request provably was not processed: here a stub
    //    answers 503 twice, then the local Stytch itself answers.
    let unavailable = stytch.stub::<ExistingPasswordReset>().times(2).fault(Fault::Unavailable);
    let patient =
        stytch.client_builder().retry(RetryPolicy::new(4).base_delay(Duration::from_millis(50))).build()?;
    let done =
        ExistingPasswordReset::new("ada@example.com", "old password 1234!", "correct horse battery staple")
            .send(&patient)?;
    println!("retry policy: {} succeeded after {} attempts", done.user_id, unavailable.hits() + 1);
    Ok(())
}

fn explain<T>(result: Result<T, Error>) {
    let Err(err) = result else {
        println!("ok");
        return;
    };
    match &err {
        Error::Validation(violations) => {
            println!("invalid request, nothing sent:");
            for v in violations.violations() {
                println!("  - {} [{}]: {}", v.field, v.code, v.message);
            }
        }
        Error::Api(api) => match &api.error_type {
            ErrorType::UnauthorizedCredentials => println!("wrong existing password (HTTP {})", api.status),
            ErrorType::WeakPassword | ErrorType::BreachedPassword => {
                println!("pick a stronger password: {}", api.error_message)
            }
            ErrorType::EmailNotFound => println!("no such user (request {:?})", api.request_id),
            other => println!("Stytch said {other}: {}", api.error_message),
        },
        Error::Transport(t) if t.kind == TransportErrorKind::Connect => {
            println!("could not connect; safe to retry: {}", err.is_retryable())
        }
        other => println!("something else: {other}"),
    }
}
