//! `None` in nested request values: omitted at the top level always, and inside a nested value
//! whose struct is a `#[stytch_object]` (plain, or `#[serde(flatten)]`); a plain serde struct
//! follows serde, which sends `null`.

use serde_json::json;
use stytch_endpoint::{stytch_endpoint, stytch_object, Ack, Endpoint};
use stytch_endpoint_tests::{client_for, Reply, TestServer};

/// A request-side object: `None` fields are left out.
#[stytch_object]
#[derive(Clone, Default)]
pub struct SiweParams {
    pub domain: String,
    pub uri: Option<String>,
    pub chain_id: Option<String>,
    pub resources: Option<Vec<String>>,
}

#[stytch_object]
#[derive(Clone, Default)]
pub struct Telemetry {
    pub telemetry_id: Option<String>,
    pub user_agent: Option<String>,
}

#[derive(Clone, Default, serde::Serialize)]
pub struct PlainSerde {
    pub note: Option<String>,
}

#[stytch_endpoint(POST, "/v1/crypto_wallets/authenticate/start", response = Ack)]
#[derive(Clone, Default)]
pub struct StartCryptoWallet {
    pub crypto_wallet_address: String,
    pub siwe_params: Option<SiweParams>,
    #[serde(flatten)]
    pub telemetry: Telemetry,
    /// Not a field of Stytch's: a plain serde struct, to show where the promise stops.
    #[stytch(schema = false)]
    pub plain: Option<PlainSerde>,
}

#[test]
fn nested_objects_leave_none_out_on_the_wire() {
    let server = TestServer::start(|_| Reply::json(200, &json!({"request_id": "r-1", "status_code": 200})));
    let request = StartCryptoWallet {
        crypto_wallet_address: "0x6df2dB4Fb3DA35d241901Bd53367770BF03123f1".into(),
        siwe_params: Some(SiweParams::default().with_domain("example.com").with_chain_id("1".to_owned())),
        telemetry: Telemetry::default().with_user_agent("agent/1".to_owned()),
        plain: Some(PlainSerde::default()),
    };
    request.send(&client_for(&server)).unwrap();
    assert_eq!(
        server.only_request().json(),
        json!({
            "crypto_wallet_address": "0x6df2dB4Fb3DA35d241901Bd53367770BF03123f1",
            "siwe_params": {"domain": "example.com", "chain_id": "1"},
            "user_agent": "agent/1",
            "plain": {"note": null},
        })
    );
}

#[test]
fn a_nested_object_in_the_query_leaves_none_out_too() {
    #[stytch_endpoint(GET, "/v1/things", response = Ack)]
    pub struct ListThings {
        pub filter: SiweParams,
    }
    let pairs = ListThings { filter: SiweParams::default().with_domain("d") }.query().unwrap();
    assert_eq!(pairs, [("filter".to_owned(), r#"{"domain":"d"}"#.to_owned())]);
}
