//! A second host: `Client::with_base_url` derives a client for another Stytch host (the
//! fingerprint lookup is on the telemetry host), with the same credentials and settings.

use serde_json::json;
use stytch_endpoint::{stytch_endpoint, Client, Error};
use stytch_endpoint_tests::{client_for, expected_authorization, Reply, TestServer};

/// `POST /v1/fingerprint/lookup` on Stytch's telemetry host.
#[stytch_endpoint(POST, "/v1/fingerprint/lookup", response = serde_json::Value)]
pub struct FingerprintLookup {
    pub telemetry_id: String,
}

#[stytch_endpoint(DELETE, "/v1/users/{user_id}", response = serde_json::Value)]
pub struct DeleteUser {
    pub user_id: String,
}

#[test]
fn a_derived_client_sends_to_its_own_host_with_the_same_credentials() {
    let api = TestServer::start(|_| Reply::json(200, &json!({"request_id": "r-api"})));
    let telemetry = TestServer::start(|_| Reply::json(200, &json!({"request_id": "r-telemetry"})));
    let client = client_for(&api);
    let telemetry_client = client.with_base_url(telemetry.url()).unwrap();
    assert_eq!(telemetry_client.base_url(), telemetry.url());
    assert_eq!(client.base_url(), api.url());

    let found =
        FingerprintLookup { telemetry_id: "telemetry-id-test-1".into() }.send(&telemetry_client).unwrap();
    assert_eq!(found["request_id"], "r-telemetry");
    DeleteUser { user_id: "user-test-1".into() }.send(&client).unwrap();

    let seen = telemetry.only_request();
    assert_eq!(seen.target, "/v1/fingerprint/lookup");
    assert_eq!(seen.json(), json!({"telemetry_id": "telemetry-id-test-1"}));
    assert_eq!(seen.header("authorization"), Some(expected_authorization().as_str()));
    assert_eq!(api.only_request().target, "/v1/users/user-test-1");
}

#[test]
fn the_second_host_is_checked_as_the_first() {
    let client = Client::new("project-test-1", "secret-test-1");
    let err = client.with_base_url("http://telemetry.example").unwrap_err();
    assert!(err.to_string().contains("plain http"), "{err}");
    assert!(client.with_base_url("not a url").is_err());
    // A client whose arguments were unusable stays unusable, with the same reason.
    let broken = Client::new("", "secret-test-1");
    let reason = broken.with_base_url("https://telemetry.stytch.com").unwrap_err();
    assert!(reason.to_string().contains("must not be empty"), "{reason}");
    let gateway = Client::gateway("https://gateway.internal.example").unwrap();
    let other = gateway.with_base_url("http://telemetry-gateway.internal.example").unwrap();
    assert!(other.is_gateway());
    assert!(matches!(DeleteUser { user_id: "u".into() }.send(&broken), Err(Error::Config(_))));
}
