//! Environment proxies are never used for a loopback base URL: the proxy would see the credentials
//! in plain http. (Its own test binary: it sets process-wide environment variables.)

use serde_json::json;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint_tests::{client_for, fixture, TestServer};

#[test]
fn a_loopback_base_url_ignores_proxy_variables() {
    let proxy = TestServer::json(502, json!({}));
    let stytch = TestServer::json(200, fixture("existing_password_reset_minimal"));
    for name in ["HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"] {
        std::env::set_var(name, proxy.url());
    }
    for name in ["NO_PROXY", "no_proxy"] {
        std::env::remove_var(name);
    }
    let result = ExistingPasswordReset::new("ada@example.com", "old", "new").send(&client_for(&stytch));
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(stytch.requests().len(), 1);
    assert!(proxy.requests().is_empty(), "the proxy saw {:?}", proxy.requests());
}
