//! What a hostile or broken server can put into errors: `error_type` and `request_id` are kept
//! only in the form Stytch gives them, and no string the server chose reaches `Display`, `Debug`
//! or the error's fields with a control character in it (a `\n` forges a log line, an ESC
//! rewrites a terminal).

use serde_json::json;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::{Error, ErrorType};
use stytch_endpoint_tests::{client_for, everything_printed, has_control, one_line, Reply, TestServer};

const OLD_PASSWORD: &str = "old-Zq91-correct-horse";
const NEW_PASSWORD: &str = "a new Zq92 and much longer passphrase";

fn reset() -> ExistingPasswordReset {
    ExistingPasswordReset::new("ada@example.com", OLD_PASSWORD, NEW_PASSWORD)
}

fn answer(reply: impl Fn(&stytch_endpoint_tests::Recorded) -> Reply + Send + Sync + 'static) -> Error {
    let server = TestServer::start(reply);
    reset().send(&client_for(&server)).unwrap_err()
}

fn answer_json(status: u16, body: serde_json::Value) -> Error {
    let server = TestServer::json(status, body);
    reset().send(&client_for(&server)).unwrap_err()
}

#[test]
fn the_request_echoed_into_error_type_is_not_taken_for_a_stytch_error() {
    let err = answer(|request| {
        let echoed = String::from_utf8_lossy(&request.body).into_owned();
        Reply::json(
            400,
            &json!({"error_type": echoed, "error_message": "bad", "request_id": "request-id-test-1"}),
        )
    });
    let Error::Decode(decode) = &err else { panic!("expected a decode error, got {err:?}") };
    assert_eq!(decode.status, 400);
    assert_eq!(err.error_type(), None);
    assert_eq!(err.request_id(), Some("request-id-test-1"));
    let printed = everything_printed(&err);
    assert!(!printed.contains("Zq9"), "{printed}");
    assert!(err.to_string().contains("error_type"), "says why: {err}");
}

#[test]
fn only_well_formed_error_types_make_an_api_error() {
    for malformed in [
        "Weak_Password",
        "weak password",
        "weak-password",
        "weak_password\n",
        "weak_password\u{1b}[2J",
        "",
        "_weak",
        "wëak_password",
        "{\"email\":\"ada@example.com\"}",
        &"a".repeat(101),
    ] {
        let err = answer_json(400, json!({"error_type": malformed, "error_message": "m"}));
        assert!(matches!(&err, Error::Decode(d) if d.status == 400), "{malformed:?}: {err:?}");
        assert_eq!(err.error_type(), None, "{malformed:?}");
        assert!(!has_control(&one_line(&err)), "{malformed:?}: {err:?}");
    }
    for well_formed in ["weak_password", "teapot_overheated", "m2m_client_not_found", "x", &"a".repeat(100)] {
        let err = answer_json(400, json!({"error_type": well_formed}));
        let Error::Api(api) = &err else { panic!("{well_formed:?}: {err:?}") };
        assert_eq!(api.error_type.as_str(), well_formed);
    }
    // OAuth2's spelling is held to the same form.
    let err = answer_json(400, json!({"error": "Invalid Grant!"}));
    assert!(matches!(&err, Error::Decode(_)), "{err:?}");
    let err = answer_json(400, json!({"error": "invalid_grant"}));
    assert_eq!(err.as_api().map(|a| a.error_type.clone()), Some(ErrorType::Other("invalid_grant".into())));
}

#[test]
fn a_request_id_not_in_stytchs_form_is_withheld_and_marked() {
    for id in [
        OLD_PASSWORD,
        "old correct horse",
        "req\u{1b}[2J",
        "request-id-test-1\nINFO forged",
        "request-id-prod-1",
        "REQUEST-ID-TEST-1",
        "request-id-test-",
        "request-id-test-a b",
        &format!("request-id-test-{}", "a".repeat(200)),
    ] {
        let err =
            answer_json(400, json!({"error_type": "weak_password", "request_id": id, "error_message": "m"}));
        let Error::Api(api) = &err else { panic!("{id:?}: {err:?}") };
        assert_eq!(api.request_id, None, "{id:?}");
        assert_eq!(err.request_id(), None, "{id:?}");
        let printed = one_line(&err);
        assert!(!printed.contains(id), "{id:?}: {printed}");
        assert!(!printed.contains("Zq9"), "{printed}");
        assert!(err.to_string().contains("request_id withheld"), "{id:?}: {err}");
        assert!(!has_control(&printed), "{id:?}: {printed}");

        // The same in a body that is not a Stytch error.
        let body = format!(r#"{{"request_id": "{id}", "x"#);
        let err = answer(move |_| Reply::body(200, "application/json", body.clone()));
        assert!(matches!(&err, Error::Decode(d) if d.request_id.is_none()), "{id:?}: {err:?}");
        assert!(!one_line(&err).contains(id), "{id:?}: {err:?}");
    }
    for id in [
        "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141",
        "request-id-live-55b6b4c1-1a0b-4d2a-9f3e-6c1d8e2f4a7b",
    ] {
        let err = answer_json(400, json!({"error_type": "weak_password", "request_id": id}));
        assert_eq!(err.request_id(), Some(id));
        assert!(!err.to_string().contains("withheld"), "{err}");
    }
    // No id at all is not a withheld one.
    let err = answer_json(400, json!({"error_type": "weak_password"}));
    assert_eq!(err.request_id(), None);
    assert!(!err.to_string().contains("withheld"), "{err}");
}

#[test]
fn control_characters_from_the_server_never_reach_the_error() {
    let forged = "bad password\nINFO user=admin logged in\r\u{1b}[31mred\u{7}\u{0}\u{85}\u{2028}\u{202e}txt";
    let err = answer(move |_| {
        Reply::json(
            400,
            &json!({"error_type": "weak_password", "request_id": "request-id-test-1", "error_message": forged,
                    "error_url": "https://stytch.com/docs\n\u{1b}[2J", "error_details": {"why\n": [forged]}}),
        )
    });
    let Error::Api(api) = &err else { panic!("{err:?}") };
    assert!(!has_control(&api.error_message), "{:?}", api.error_message);
    assert!(api.error_message.starts_with("bad password") && api.error_message.contains("logged in"));
    assert!(!has_control(api.error_url.as_deref().unwrap()), "{:?}", api.error_url);
    let details = serde_json::to_string(api.error_details.as_ref().unwrap()).unwrap();
    let details: serde_json::Value = serde_json::from_str(&details).unwrap();
    let strings = details.as_object().unwrap().iter().flat_map(|(k, v)| {
        std::iter::once(k.clone()).chain(v.as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_owned()))
    });
    for text in strings {
        assert!(!has_control(&text), "{text:?}");
    }
    let shown = err.to_string();
    assert!(!has_control(&shown), "{shown:?}");
    assert!(shown.contains("logged in"), "the message is still shown: {shown}");

    // The start of a body that is not a Stytch error, read on request.
    let err = answer(move |_| Reply::body(502, "text/html", format!("<html>\n<pre>{forged}</pre>\n</html>")));
    let Error::Decode(decode) = &err else { panic!("{err:?}") };
    assert!(!has_control(decode.body_snippet()), "{:?}", decode.body_snippet());
    assert!(decode.body_snippet().contains("logged in"));
    assert!(!has_control(&one_line(&err)), "{err:?}");
}
