//! Stubs on the local Stytch for any declared endpoint, faults injected into the shipped ones,
//! and the journal of what was sent (secrets redacted).

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use std::time::Duration;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::local::{Fault, LocalStytch, StubRequest};
use stytch_endpoint::{stytch_endpoint, Endpoint, Error, ErrorType, RetryPolicy, TransportErrorKind};

type TestResult = Result<(), Box<dyn std::error::Error>>;

const EMAIL: &str = "ada@example.com";
const OLD: &str = "old password 1234!";
const NEW: &str = "correct horse battery staple";

/// `GET /v1/users/{user_id}`, declared as a user of the crate would.
#[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
#[derive(Debug, Clone)]
pub struct GetUser {
    #[stytch(non_empty)]
    pub user_id: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GetUserResponse {
    pub request_id: String,
    pub user_id: String,
    pub status: String,
}

/// A GET with query parameters, one of them secret.
#[stytch_endpoint(GET, "/v1/things", response = Value)]
#[derive(Debug, Clone)]
pub struct ListThings {
    pub kind: String,
    #[stytch(secret)]
    pub access_code: Option<String>,
}

/// A POST with a secret field whose name is not one of the well-known ones.
#[stytch_endpoint(POST, "/v1/recovery_codes/recover", response = Value)]
#[derive(Clone)]
pub struct Recover {
    #[stytch(email)]
    pub email: String,
    #[stytch(non_empty, secret)]
    pub recovery_code: String,
}

fn user(user_id: &str) -> GetUserResponse {
    GetUserResponse { request_id: String::new(), user_id: user_id.into(), status: "active".into() }
}

#[test]
fn a_typed_stub_answers_its_endpoint_with_decoded_path_parameters() -> TestResult {
    let stytch = LocalStytch::start()?;
    let ada = stytch
        .stub::<GetUser>()
        .when(|req: &StubRequest| req.param("user_id") == Some("user-test/ada 1"))
        .reply(user("user-test/ada 1"));
    let anyone = stytch.stub::<GetUser>().reply_json(json!({"user_id": "someone", "status": "pending"}));
    let client = stytch.client();

    let got = GetUser { user_id: "user-test/ada 1".into() }.send(&client)?;
    assert_eq!((got.user_id.as_str(), got.status.as_str()), ("user-test/ada 1", "active"));
    assert!(got.request_id.starts_with("request-id-test-"), "an empty request_id is filled in");
    let other = GetUser { user_id: "user-test-2".into() }.send(&client)?;
    assert_eq!(other.user_id, "someone");
    assert_eq!((ada.hits(), anyone.hits()), (1, 1));

    let seen = stytch.requests_seen();
    assert_eq!(seen[0].path, "/v1/users/user-test%2Fada%201", "the journal keeps the path as sent");
    assert_eq!((seen[0].method.as_str(), seen[0].status), ("GET", 200));
    Ok(())
}

#[test]
fn fail_answers_in_stytchs_error_shape() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.stub::<GetUser>().fail(404, "user_not_found", "User not found")?;
    let err = GetUser { user_id: "user-test-1".into() }.send(&stytch.client()).unwrap_err();
    let Error::Api(api) = &err else { panic!("an API error: {err:?}") };
    assert_eq!((api.status, api.error_type.as_str()), (404, "user_not_found"));
    assert_eq!(api.error_message, "User not found");
    assert!(api.request_id.as_deref().unwrap().starts_with("request-id-test-"));
    assert_eq!(api.error_url.as_deref(), Some("https://stytch.com/docs/api/errors/404#user_not_found"));
    assert_eq!(stytch.requests_seen()[0].error_type, Some(ErrorType::from("user_not_found")));
    Ok(())
}

#[test]
fn times_limits_a_stub_then_the_next_one_answers() -> TestResult {
    let stytch = LocalStytch::start()?;
    let twice = stytch.stub::<GetUser>().times(2).reply(user("first"));
    let client = stytch.client();
    for _ in 0..2 {
        assert_eq!(GetUser { user_id: "u".into() }.send(&client)?.user_id, "first");
    }
    // Used up, and nothing else answers GET /v1/users/{user_id}.
    let err = GetUser { user_id: "u".into() }.send(&client).unwrap_err();
    assert_eq!((err.status(), err.error_type().map(ErrorType::as_str)), (Some(404), Some("route_not_found")));
    let message = &err.as_api().unwrap().error_message;
    assert!(message.contains("POST /v1/passwords/existing_password/reset"), "{message}");
    assert!(message.contains("POST /v1/b2b/passwords/session/reset"), "{message}");
    assert!(message.contains("GET /v1/users/{user_id} (stub)"), "{message}");
    assert_eq!(twice.hits(), 2);
    Ok(())
}

#[test]
fn faults_reach_the_shipped_endpoints() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.add_user(EMAIL, OLD)?;
    let reset = ExistingPasswordReset::new(EMAIL, OLD, NEW);
    let client = stytch.client();

    let limited = stytch
        .stub::<ExistingPasswordReset>()
        .times(1)
        .fault(Fault::RateLimited { retry_after: Duration::from_millis(1500) });
    let err = reset.send(&client).unwrap_err();
    assert_eq!(
        (err.status(), err.error_type().map(ErrorType::as_str)),
        (Some(429), Some("too_many_requests"))
    );
    assert_eq!(err.retry_after(), Some(Duration::from_secs(2)), "Retry-After in whole seconds, rounded up");
    assert_eq!(limited.hits(), 1);

    stytch.stub::<ExistingPasswordReset>().times(1).fault(Fault::Unavailable);
    let err = reset.send(&client).unwrap_err();
    assert_eq!(
        (err.status(), err.error_type().map(ErrorType::as_str)),
        (Some(503), Some("server_unavailable"))
    );

    stytch.stub::<ExistingPasswordReset>().times(1).fault(Fault::html_bad_gateway());
    let err = reset.send(&client).unwrap_err();
    assert_eq!(err.status(), Some(502));
    assert!(err.as_api().is_none(), "HTML is not Stytch's error: {err:?}");

    stytch.stub::<ExistingPasswordReset>().times(1).fault(Fault::CloseConnection);
    let err = reset.send(&client).unwrap_err();
    assert!(matches!(&err, Error::Transport(_)), "{err:?}");

    // Nothing changed so far; now the built-in route answers.
    assert!(stytch.check_password(EMAIL, OLD));
    reset.send(&client)?;
    assert!(stytch.check_password(EMAIL, NEW));
    let seen = stytch.requests_seen();
    let statuses: Vec<u16> = seen.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [429, 503, 502, 0, 200]);
    let error_types: Vec<Option<&str>> =
        seen.iter().map(|r| r.error_type.as_ref().map(|e| e.as_str())).collect();
    assert_eq!(error_types, [Some("too_many_requests"), Some("server_unavailable"), None, None, None]);
    Ok(())
}

#[test]
fn a_retrying_client_gets_through_a_rate_limit() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.add_user(EMAIL, OLD)?;
    let limited = stytch
        .stub::<ExistingPasswordReset>()
        .times(1)
        .fault(Fault::RateLimited { retry_after: Duration::from_millis(10) });
    let client = stytch.client_builder().retry(RetryPolicy::new(2)).build()?;
    ExistingPasswordReset::new(EMAIL, OLD, NEW).send(&client)?;
    assert_eq!(limited.hits(), 1);
    let statuses: Vec<u16> = stytch.requests_seen().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [429, 200]);
    Ok(())
}

#[test]
fn a_delay_then_the_next_answer() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.add_user(EMAIL, OLD)?;
    let slow = stytch.stub::<ExistingPasswordReset>().times(1).fault(Fault::Delay(Duration::from_secs(3)));
    let impatient = stytch.client_builder().timeout(Duration::from_millis(300)).build()?;
    let err = ExistingPasswordReset::new(EMAIL, OLD, NEW).send(&impatient).unwrap_err();
    assert!(matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Timeout), "{err:?}");
    assert_eq!(slow.hits(), 1);

    let delayed = stytch.stub::<GetUser>().fault(Fault::Delay(Duration::from_millis(50)));
    stytch.stub::<GetUser>().reply(user("late"));
    assert_eq!(GetUser { user_id: "u".into() }.send(&stytch.client())?.user_id, "late");
    assert_eq!(delayed.hits(), 1);
    Ok(())
}

#[test]
fn matchers_see_the_query_and_the_json_body() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch
        .stub::<ListThings>()
        .when(|req| req.query("kind") == Some("red & blue") && req.query("access_code") == Some("c0de"))
        .reply_json(json!({"things": ["matched"]}));
    stytch.stub::<ListThings>().reply_json(json!({"things": []}));
    stytch
        .stub::<Recover>()
        .when(|req| req.body().and_then(|b| b["email"].as_str()) == Some("grace@example.com"))
        .reply_json(json!({"recovered": true}));
    stytch.stub::<Recover>().fail(401, "invalid_recovery_code", "Wrong code")?;
    let client = stytch.client();

    let hit = ListThings { kind: "red & blue".into(), access_code: Some("c0de".into()) }.send(&client)?;
    assert_eq!(hit["things"][0], "matched");
    let miss = ListThings { kind: "red".into(), access_code: None }.send(&client)?;
    assert_eq!(miss["things"], json!([]));
    let recovered =
        Recover { email: "grace@example.com".into(), recovery_code: "1234-5678".into() }.send(&client)?;
    assert_eq!(recovered["recovered"], true);
    let err =
        Recover { email: "eve@example.com".into(), recovery_code: "0000".into() }.send(&client).unwrap_err();
    assert_eq!(err.error_type().map(ErrorType::as_str), Some("invalid_recovery_code"));
    Ok(())
}

#[test]
fn the_journal_keeps_query_headers_and_body_with_secrets_redacted() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.add_user(EMAIL, OLD)?;
    stytch.stub::<ListThings>().reply_json(json!({}));
    stytch.stub::<Recover>().reply_json(json!({}));
    let client = stytch.client();
    ExistingPasswordReset::new(EMAIL, OLD, NEW).send(&client)?;
    ListThings { kind: "red".into(), access_code: Some("c0de".into()) }.send(&client)?;
    Recover { email: "grace@example.com".into(), recovery_code: "1234-5678".into() }.send(&client)?;

    let seen = stytch.requests_seen();
    let everything = format!("{seen:?}");
    for secret in [OLD, NEW, "c0de", "1234-5678", stytch.secret()] {
        assert!(!everything.contains(secret), "{secret:?} in the journal: {everything}");
    }

    let reset = &seen[0];
    assert_eq!(
        reset.body,
        Some(json!({"email": EMAIL, "existing_password": "<redacted>", "new_password": "<redacted>"}))
    );
    assert_eq!(reset.header("authorization"), Some("<redacted>"));
    assert_eq!(reset.header("content-type"), Some("application/json"));
    assert!(reset.query.is_empty());

    let list = &seen[1];
    assert_eq!(
        list.query,
        [("kind".to_owned(), "red".to_owned()), ("access_code".to_owned(), "<redacted>".to_owned())]
    );
    assert_eq!(list.body, None);

    // `recovery_code` is secret by its declaration, not by its name.
    assert_eq!(Recover::SECRET_FIELDS, ["recovery_code"]);
    assert_eq!(seen[2].body, Some(json!({"email": "grace@example.com", "recovery_code": "<redacted>"})));
    stytch.clear_requests_seen();
    assert!(stytch.requests_seen().is_empty());
    Ok(())
}

#[test]
fn reset_forgets_data_stubs_and_journal() -> TestResult {
    let stytch = LocalStytch::start()?;
    stytch.add_user(EMAIL, OLD)?;
    let stub = stytch.stub::<GetUser>().reply(user("u"));
    GetUser { user_id: "u".into() }.send(&stytch.client())?;
    stytch.advance(Duration::from_secs(3600));
    stytch.reset();
    assert!(stytch.requests_seen().is_empty());
    assert!(!stytch.check_password(EMAIL, OLD));
    assert!(stytch.now() < std::time::SystemTime::now() + Duration::from_secs(60));
    let err = GetUser { user_id: "u".into() }.send(&stytch.client()).unwrap_err();
    assert_eq!(err.error_type().map(ErrorType::as_str), Some("route_not_found"));
    assert_eq!(stub.hits(), 1);
    // The same email can be seeded again.
    stytch.add_user(EMAIL, OLD)?;
    Ok(())
}

#[test]
fn times_holds_under_concurrent_requests() -> TestResult {
    let stytch = LocalStytch::start()?;
    let once = stytch.stub::<GetUser>().times(1).reply(user("once"));
    stytch.stub::<GetUser>().reply(user("after"));
    let client = stytch.client();
    let answers: Vec<String> = std::thread::scope(|scope| {
        let calls: Vec<_> = (0..8)
            .map(|_| scope.spawn(|| GetUser { user_id: "u".into() }.send(&client).map(|r| r.user_id)))
            .collect();
        calls.into_iter().map(|c| c.join().unwrap()).collect::<Result<_, _>>()
    })?;
    assert_eq!(answers.iter().filter(|a| *a == "once").count(), 1, "{answers:?}");
    assert_eq!(once.hits(), 1);
    Ok(())
}
