//! The local Stytch driven over HTTP only, as an app in another language would: after `start`,
//! every step is a raw HTTP request to the control plane (`/__local/...`) or the API.

use serde_json::{json, Value};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::Duration;
use stytch_endpoint::local::LocalStytch;
use stytch_endpoint_tests::{expected_authorization, PROJECT_ID, SECRET};

struct Answer {
    status: u16,
    head: String,
    body: Value,
}

/// One request on its own connection; `auth` adds the right credentials.
fn call(port: u16, method: &str, path: &str, body: Option<Value>, auth: bool) -> Answer {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let body = body.map(|b| b.to_string()).unwrap_or_default();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    if auth {
        head.push_str(&format!("Authorization: {}\r\n", expected_authorization()));
    }
    if !body.is_empty() {
        head.push_str("Content-Type: application/json\r\n");
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n{body}", body.len()));
    stream.write_all(head.as_bytes()).unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).unwrap();
    let (head, body) = answer.split_once("\r\n\r\n").expect("a head");
    let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
    Answer { status, head: head.to_owned(), body: serde_json::from_str(body).unwrap_or(Value::Null) }
}

#[track_caller]
fn ok(answer: Answer) -> Value {
    assert_eq!(answer.status, 200, "{}", answer.body);
    answer.body
}

#[test]
fn the_control_plane_seeds_inspects_stubs_and_resets_over_http() {
    let stytch = LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().unwrap();
    let port = stytch.port();
    let post = |path: &str, body: Value| call(port, "POST", path, Some(body), true);
    let get = |path: &str| call(port, "GET", path, None, true);

    // Same credentials as the API.
    let refused = call(port, "GET", "/__local/", None, false);
    assert_eq!(
        (refused.status, refused.body["error_type"].as_str()),
        (401, Some("unauthorized_credentials"))
    );
    let index = ok(get("/__local/"));
    assert!(index["api"].as_array().unwrap().contains(&json!("POST /v1/passwords/existing_password/reset")));
    assert!(index["control_plane"].as_array().unwrap().len() >= 10);

    // Consumer: a user and a session, then a reset that names the session.
    let user =
        ok(post("/__local/users", json!({"email": "ada@example.com", "password": "old password 1234!"})));
    let user_id = user["user"]["user_id"].as_str().unwrap().to_owned();
    let session = ok(post("/__local/sessions", json!({"user_id": user_id, "duration_minutes": 10})));
    let token = session["session_token"].as_str().unwrap();
    assert_eq!(token.len(), 44);
    let reset = ok(post(
        "/v1/passwords/existing_password/reset",
        json!({
            "email": "ada@example.com",
            "existing_password": "old password 1234!",
            "new_password": "correct horse battery staple",
            "session_token": token,
        }),
    ));
    assert_eq!(reset["user_id"], user_id.as_str());
    let duplicate = post("/__local/users", json!({"email": "ada@example.com", "password": "x"}));
    assert_eq!((duplicate.status, duplicate.body["error_type"].as_str()), (409, Some("duplicate")));

    // B2B: an organization, a member and a session with a recent factor.
    ok(post(
        "/__local/organizations",
        json!({"organization_name": "Acme Co", "organization_slug": "acme", "organization_external_id": "crm-42"}),
    ));
    let member = ok(post(
        "/__local/members",
        json!({"organization": "acme", "email_address": "grace@acme.example", "password": "old password 1234!"}),
    ));
    let member_id = member["member"]["member_id"].as_str().unwrap();
    let fresh = ok(post(
        "/__local/sessions",
        json!({"member_id": member_id, "factors": [{"type": "magic_link", "authenticated_seconds_ago": 60}]}),
    ));
    // Ten minutes later the factor is too old for a reset.
    let clock = ok(post("/__local/clock/advance", json!({"seconds": 600})));
    assert_eq!(clock["offset_seconds"], 600);
    assert_eq!(ok(get("/__local/clock"))["offset_seconds"], 600);
    let too_old = post(
        "/v1/b2b/passwords/session/reset",
        json!({"organization_id": "crm-42", "password": "correct horse battery staple", "session_token": fresh["session_token"]}),
    );
    assert_eq!(too_old.body["error_type"], "session_too_old_to_reset_password");

    // The journal, secrets redacted; control-plane calls are not in it.
    let journal = ok(get("/__local/requests"));
    let journal = journal.as_array().unwrap();
    assert_eq!(journal.len(), 2);
    assert_eq!(journal[0]["path"], "/v1/passwords/existing_password/reset");
    assert_eq!(journal[0]["status"], 200);
    assert_eq!(journal[0]["body"]["new_password"], "<redacted>");
    assert_eq!(journal[0]["body"]["session_token"], "<redacted>");
    assert_eq!(journal[0]["body"]["email"], "ada@example.com");
    assert!(!journal[0].to_string().contains("correct horse"));
    assert_eq!(journal[1]["error_type"], "session_too_old_to_reset_password");
    ok(call(port, "DELETE", "/__local/requests", None, true));
    assert_eq!(ok(get("/__local/requests")), json!([]));

    // Untyped stubs: a reply matched on a path parameter, and a one-off fault.
    let stub = ok(post(
        "/__local/stubs",
        json!({
            "method": "GET",
            "path": "/v1/users/{user_id}",
            "when": {"params": {"user_id": "user-test-1"}},
            "reply": {"body": {"user_id": "user-test-1", "status": "active"}},
        }),
    ));
    let stub_id = stub["id"].as_u64().unwrap();
    let user = ok(get("/v1/users/user-test-1"));
    assert_eq!(user["user_id"], "user-test-1");
    assert!(user["request_id"].as_str().unwrap().starts_with("request-id-test-"));
    let other = get("/v1/users/user-test-2");
    assert_eq!((other.status, other.body["error_type"].as_str()), (404, Some("route_not_found")));
    ok(post(
        "/__local/stubs",
        json!({"method": "POST", "path": "/v1/passwords/existing_password/reset", "times": 1,
               "fault": {"type": "rate_limited", "retry_after_seconds": 3}}),
    ));
    let limited = post("/v1/passwords/existing_password/reset", json!({}));
    assert_eq!((limited.status, limited.body["error_type"].as_str()), (429, Some("too_many_requests")));
    assert!(limited.head.to_ascii_lowercase().contains("retry-after: 3"), "{}", limited.head);
    let listed = ok(get("/__local/stubs"));
    assert_eq!(listed[0]["id"], stub_id);
    assert_eq!(listed[0]["hits"], 1);
    assert_eq!(listed[1]["hits"], 1);
    ok(call(port, "DELETE", &format!("/__local/stubs/{stub_id}"), None, true));
    assert_eq!(get("/v1/users/user-test-1").status, 404);
    let bad = post("/__local/stubs", json!({"method": "GET", "path": "/v1/x"}));
    assert_eq!((bad.status, bad.body["error_type"].as_str()), (400, Some("invalid_seed")));

    // A whole seed at once, as a seed file holds it.
    let seeded = ok(post(
        "/__local/seed",
        json!({
            "users": [{"email": "lin@example.com", "password": "old password 1234!", "sessions": [{"duration_minutes": 60}]}],
            "organizations": [{
                "organization_name": "Globex", "organization_slug": "globex",
                "members": [{"email_address": "hank@globex.example", "password": "old password 1234!", "sessions": [{}]}],
            }],
        }),
    ));
    assert_eq!(seeded["users"][0]["sessions"][0]["session_token"].as_str().unwrap().len(), 44);
    let member_token =
        seeded["organizations"][0]["members"][0]["sessions"][0]["session_token"].as_str().unwrap();
    ok(post(
        "/v1/b2b/passwords/session/reset",
        json!({"organization_id": "globex", "password": "correct horse battery staple", "session_token": member_token}),
    ));
    let typo = post("/__local/seed", json!({"user": []}));
    assert_eq!(typo.status, 400, "unknown fields are refused: {}", typo.body);

    // Reset: everything is gone and the clock is back.
    ok(post("/__local/reset", json!({})));
    assert_eq!(ok(get("/__local/clock"))["offset_seconds"], 0);
    assert_eq!(ok(get("/__local/stubs")), json!([]));
    let gone = post(
        "/v1/passwords/existing_password/reset",
        json!({"email": "lin@example.com", "existing_password": "old password 1234!", "new_password": "correct horse battery staple"}),
    );
    assert_eq!(gone.body["error_type"], "email_not_found");
    let unknown = get("/__local/nope");
    assert_eq!((unknown.status, unknown.body["error_type"].as_str()), (404, Some("route_not_found")));
    assert_eq!(call(port, "DELETE", "/__local/users", None, true).status, 405);
}

#[test]
fn the_control_plane_sets_the_projects_settings_over_http() {
    let stytch = LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().unwrap();
    let port = stytch.port();
    let post = |path: &str, body: Value| call(port, "POST", path, Some(body), true);
    let get = |path: &str| call(port, "GET", path, None, true);
    let consumer_reset = |existing: &str| {
        post(
            "/v1/passwords/existing_password/reset",
            json!({"email": "ada@example.com", "existing_password": existing, "new_password": "a much longer and stronger passphrase"}),
        )
    };
    let b2b_reset = |token: &str| {
        post(
            "/v1/b2b/passwords/session/reset",
            json!({"organization_id": "acme", "password": "correct horse battery staple", "session_token": token}),
        )
    };

    // Stytch's defaults, and the settings need the credentials.
    assert_eq!(
        ok(get("/__local/settings")),
        json!({"vertical": "both", "user_lock_threshold": 10, "user_lock_seconds": 3600, "breached_passwords": []})
    );
    assert_eq!(call(port, "GET", "/__local/settings", None, false).status, 401);
    ok(post("/__local/users", json!({"email": "ada@example.com", "password": "old password 1234!"})));
    let acme = ok(post(
        "/__local/organizations",
        json!({"organization_name": "Acme Co", "organization_slug": "acme",
               "members": [{"email_address": "grace@acme.example", "password": "old password 1234!"}]}),
    ));
    let grace =
        ok(post("/__local/sessions", json!({"member_id": acme["members"][0]["member"]["member_id"]})));
    let grace_token = grace["session_token"].as_str().unwrap();

    // The vertical: a consumer project refuses the B2B endpoints, a B2B project the consumer ones.
    let changed = ok(post("/__local/settings", json!({"vertical": "consumer"})));
    assert_eq!(changed["vertical"], "consumer");
    assert_eq!(changed["user_lock_threshold"], 10, "what is left out stays");
    let refused = b2b_reset(grace_token);
    assert_eq!((refused.status, refused.body["error_type"].as_str()), (400, Some("invalid_b2b_endpoint")));
    ok(post("/__local/settings", json!({"vertical": "b2b"})));
    let refused = consumer_reset("old password 1234!");
    assert_eq!(
        (refused.status, refused.body["error_type"].as_str()),
        (400, Some("invalid_consumer_endpoint"))
    );
    let jwks = call(port, "GET", &format!("/v1/sessions/jwks/{PROJECT_ID}"), None, false);
    assert_eq!(jwks.body["error_type"], "invalid_consumer_endpoint");
    ok(post("/__local/settings", json!({"vertical": "both"})));

    // The user lock: two failures lock for a minute of the local clock.
    let lock = ok(post("/__local/settings", json!({"user_lock_threshold": 2, "user_lock_seconds": 60})));
    assert_eq!(
        (lock["user_lock_threshold"].as_u64(), lock["user_lock_seconds"].as_u64()),
        (Some(2), Some(60))
    );
    for _ in 0..2 {
        assert_eq!(consumer_reset("wrong password 1234!").body["error_type"], "unauthorized_credentials");
    }
    let locked = consumer_reset("old password 1234!");
    assert_eq!((locked.status, locked.body["error_type"].as_str()), (429, Some("user_lock_limit_reached")));
    ok(post("/__local/clock/advance", json!({"seconds": 61})));
    ok(consumer_reset("old password 1234!"));

    // Breached passwords besides the built-in list; they replace the project's earlier ones.
    let breached =
        ok(post("/__local/settings", json!({"breached_passwords": ["our old staging password", "x"]})));
    assert_eq!(breached["breached_passwords"], json!(["our old staging password", "x"]));
    let breached = ok(post("/__local/settings", json!({"breached_passwords": ["our old staging password"]})));
    assert_eq!(breached["breached_passwords"], json!(["our old staging password"]));
    let refused = post(
        "/v1/passwords/existing_password/reset",
        json!({"email": "ada@example.com", "existing_password": "a much longer and stronger passphrase",
               "new_password": "our old staging password"}),
    );
    assert_eq!((refused.status, refused.body["error_type"].as_str()), (400, Some("breached_password")));
    let refused = post(
        "/v1/passwords/existing_password/reset",
        json!({"email": "ada@example.com", "existing_password": "a much longer and stronger passphrase",
               "new_password": "correcthorsebatterystaple"}),
    );
    assert_eq!(refused.body["error_type"], "breached_password", "the built-in list still applies");

    // A wrong value changes nothing; a reset keeps the settings.
    for bad in [
        json!({"vertical": "enterprise"}),
        json!({"vertical": "consumer", "user_lock_threshold": -1}),
        json!({"user_lock": 3}),
        json!({"breached_passwords": "one"}),
    ] {
        let answer = post("/__local/settings", bad.clone());
        assert_eq!((answer.status, answer.body["error_type"].as_str()), (400, Some("invalid_seed")), "{bad}");
    }
    ok(post("/__local/reset", json!({})));
    assert_eq!(
        ok(get("/__local/settings")),
        json!({"vertical": "both", "user_lock_threshold": 2, "user_lock_seconds": 60,
               "breached_passwords": ["our old staging password"]})
    );
    assert_eq!(call(port, "DELETE", "/__local/settings", None, true).status, 405);
    let index = ok(get("/__local/"));
    let paths: Vec<&str> =
        index["control_plane"].as_array().unwrap().iter().filter_map(|r| r["path"].as_str()).collect();
    assert!(paths.contains(&"/__local/settings"), "{paths:?}");
}

#[test]
fn seeds_over_http_take_mfa_required_and_factor_times() {
    let stytch = LocalStytch::builder().credentials(PROJECT_ID, SECRET).start().unwrap();
    let port = stytch.port();
    let post = |path: &str, body: Value| call(port, "POST", path, Some(body), true);
    let now = ok(call(port, "GET", "/__local/clock", None, true))["now"].as_str().unwrap().to_owned();

    // An organization that requires MFA, from a seed: a member whose session has only a first
    // factor gets an intermediate session; one with a TOTP factor is authenticated.
    let seeded = ok(post(
        "/__local/seed",
        json!({"organizations": [{
            "organization_name": "Acme Co", "organization_slug": "acme", "mfa_required": true,
            "members": [
                {"email_address": "grace@acme.example", "password": "old password 1234!",
                 "sessions": [{"factors": [{"type": "magic_link", "authenticated_at": now}]}]},
                {"email_address": "alan@acme.example", "password": "old password 1234!",
                 "sessions": [{"factors": [{"type": "magic_link"}, {"type": "totp"}]}]},
            ],
        }]}),
    ));
    let organization = &seeded["organizations"][0];
    assert_eq!(organization["organization"]["mfa_policy"], "REQUIRED_FOR_ALL");
    let token =
        |i: usize| organization["members"][i]["sessions"][0]["session_token"].as_str().unwrap().to_owned();
    let reset = |token: &str| {
        ok(post(
            "/v1/b2b/passwords/session/reset",
            json!({"organization_id": "acme", "password": "correct horse battery staple", "session_token": token}),
        ))
    };
    let pending = reset(&token(0));
    assert_eq!(pending["member_authenticated"], false);
    assert!(!pending["intermediate_session_token"].as_str().unwrap().is_empty());
    assert!(pending["member_session"].is_null());
    let authenticated = reset(&token(1));
    assert_eq!(authenticated["member_authenticated"], true);

    // POST /__local/organizations takes it too; the default is OPTIONAL.
    let globex = ok(post(
        "/__local/organizations",
        json!({"organization_name": "Globex", "organization_slug": "globex", "mfa_required": true}),
    ));
    assert_eq!(globex["organization"]["mfa_policy"], "REQUIRED_FOR_ALL");
    let initech = ok(post(
        "/__local/organizations",
        json!({"organization_name": "Initech", "organization_slug": "initech"}),
    ));
    assert_eq!(initech["organization"]["mfa_policy"], "OPTIONAL");

    // authenticated_at is when the factor was authenticated: ten minutes ago is too old to reset.
    let member = ok(post(
        "/__local/members",
        json!({"organization": "initech", "email_address": "peter@initech.example", "password": "old password 1234!"}),
    ));
    let member_id = member["member"]["member_id"].as_str().unwrap();
    ok(post("/__local/clock/advance", json!({"seconds": 600})));
    let old = ok(post(
        "/__local/sessions",
        json!({"member_id": member_id, "factors": [{"type": "email_otp", "authenticated_at": now}]}),
    ));
    let too_old = post(
        "/v1/b2b/passwords/session/reset",
        json!({"organization_id": "initech", "password": "correct horse battery staple", "session_token": old["session_token"]}),
    );
    assert_eq!(too_old.body["error_type"], "session_too_old_to_reset_password");
    for bad in [
        json!({"type": "magic_link", "authenticated_at": "yesterday"}),
        json!({"type": "magic_link", "authenticated_at": now, "authenticated_seconds_ago": 5}),
    ] {
        let answer = post("/__local/sessions", json!({"member_id": member_id, "factors": [bad]}));
        assert_eq!(
            (answer.status, answer.body["error_type"].as_str()),
            (400, Some("invalid_seed")),
            "{}",
            answer.body
        );
    }
}
