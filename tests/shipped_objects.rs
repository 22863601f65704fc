//! The response objects the crate ships for endpoints users declare themselves (B2B discovery,
//! SAML connections, M2M clients and tokens, the consumer `Locale`), decoded from answers shaped
//! as Stytch's schema says, and built in one expression for stub replies with `with_*`.

use serde_json::json;
use stytch_endpoint::b2b::discovery::{DiscoveredOrganization, Membership};
use stytch_endpoint::b2b::organization::{Member, Organization};
use stytch_endpoint::b2b::sso::{EncryptionPrivateKey, SamlConnection, X509Certificate};
use stytch_endpoint::consumer::user::User;
use stytch_endpoint::consumer::Locale;
use stytch_endpoint::m2m::{M2mClient, M2mClientWithClientSecret, TokenRequest, TokenResponse};
use stytch_endpoint::{stytch_object, Ack, Auth, Endpoint};
use stytch_endpoint_tests::{client_for, Reply, TestServer, PROJECT_ID};

#[stytch_object]
#[derive(Clone, Default)]
pub struct DiscoveryList {
    pub request_id: String,
    pub email_address: String,
    pub discovered_organizations: Vec<DiscoveredOrganization>,
}

#[test]
fn discovered_organizations_and_memberships_decode() {
    let list: DiscoveryList = serde_json::from_value(json!({
        "request_id": "request-id-test-1",
        "email_address": "ada@example.com",
        "discovered_organizations": [{
            "member_authenticated": false,
            "organization": {"organization_id": "organization-test-1", "organization_name": "Acme"},
            "membership": {"type": "eligible_to_join_by_email_domain", "details": {"domain": "example.com"},
                           "member": null},
            "primary_required": {"allowed_auth_methods": ["magic_link"]},
            "mfa_required": null,
            "added_next_year": 1
        }]
    }))
    .unwrap();
    let found = &list.discovered_organizations[0];
    assert_eq!(found.organization.as_ref().unwrap().organization_id, "organization-test-1");
    let membership = found.membership.as_ref().unwrap();
    assert_eq!(membership.membership_type, "eligible_to_join_by_email_domain");
    assert!(membership.member.is_none());
    assert_eq!(found.primary_required.as_ref().unwrap().allowed_auth_methods, ["magic_link"]);
    // `type` on the wire both ways.
    assert_eq!(serde_json::to_value(membership).unwrap()["type"], "eligible_to_join_by_email_domain");
}

#[test]
fn saml_connections_decode_and_redact_private_keys() {
    let connection: SamlConnection = serde_json::from_value(json!({
        "organization_id": "organization-test-1", "connection_id": "saml-connection-test-1",
        "status": "active", "idp_entity_id": "https://idp.example/entity", "display_name": "Okta",
        "idp_sso_url": "https://idp.example/sso", "acs_url": "https://test.stytch.com/v1/b2b/sso/callback/saml-connection-test-1",
        "audience_uri": "https://test.stytch.com/v1/b2b/sso/saml-connection-test-1",
        "signing_certificates": [{"certificate_id": "cert-1", "certificate": "-----BEGIN CERTIFICATE-----", "issuer": "idp",
                                  "created_at": "2024-01-01T00:00:00Z", "expires_at": null}],
        "verification_certificates": [], "saml_connection_implicit_role_assignments": [{"role_id": "admin"}],
        "saml_group_implicit_role_assignments": [{"role_id": "viewer", "group": "everyone"}],
        "encryption_private_keys": [{"private_key_id": "key-1", "private_key": "-----BEGIN PRIVATE KEY-----hunter2"}],
        "alternative_audience_uri": "", "identity_provider": "okta", "nameid_format": "email",
        "alternative_acs_url": "", "idp_initiated_auth_disabled": true, "allow_gateway_callback": false,
        "attribute_mapping": {"email": "NameID"}
    }))
    .unwrap();
    assert_eq!(connection.signing_certificates[0].certificate_id, "cert-1");
    assert_eq!(connection.saml_group_implicit_role_assignments[0].group, "everyone");
    assert!(connection.idp_initiated_auth_disabled);
    let printed = format!("{connection:?}");
    assert!(!printed.contains("hunter2"), "{printed}");
    assert!(printed.contains("key-1"));
}

#[test]
fn m2m_clients_decode_and_the_secret_is_redacted() {
    let client: M2mClient = serde_json::from_value(json!({
        "client_id": "m2m-client-test-1", "client_name": "worker", "client_description": "",
        "status": "active", "scopes": ["read:users"], "client_secret_last_four": "abcd",
        "trusted_metadata": null, "next_client_secret_last_four": null
    }))
    .unwrap();
    assert_eq!(client.scopes, ["read:users"]);
    let created: M2mClientWithClientSecret = serde_json::from_value(
        json!({"client_id": "m2m-client-test-1", "client_secret": "m2m-secret-hunter2"}),
    )
    .unwrap();
    assert!(!format!("{created:?}").contains("hunter2"));
}

#[test]
fn the_consumer_locale_is_open() {
    assert_eq!(serde_json::to_value(Locale::PtBr).unwrap(), "pt-br");
    assert_eq!(serde_json::from_value::<Locale>(json!("ja")).unwrap(), Locale::Other("ja".into()));
}

#[test]
fn the_m2m_token_endpoint_sends_no_project_credentials() {
    let server = TestServer::start(|_| {
        Reply::json(
            200,
            &json!({"request_id": "request-id-test-1", "status_code": 200, "access_token": "eyJ.m2m",
                    "expires_in": 3600, "token_type": "bearer"}),
        )
    });
    let token = TokenRequest::new(PROJECT_ID, "m2m-client-test-1", "m2m-secret-hunter2")
        .scope("read:users")
        .send(&client_for(&server))
        .unwrap();
    assert_eq!(token.access_token, "eyJ.m2m");
    assert_eq!(TokenRequest::AUTH, Auth::None);
    assert_eq!(TokenRequest::SECRET_FIELDS, ["client_secret"]);
    let seen = server.only_request();
    assert_eq!(seen.target, format!("/v1/public/{PROJECT_ID}/oauth2/token"));
    assert_eq!(seen.header("authorization"), None);
    assert_eq!(
        seen.json(),
        json!({"client_id": "m2m-client-test-1", "client_secret": "m2m-secret-hunter2",
               "grant_type": "client_credentials", "scope": "read:users"})
    );
    let answer: Result<TokenResponse, _> = serde_json::from_value(json!({"request_id": "r"}));
    assert!(answer.is_err(), "a token answer without a token is not a success");
}

#[test]
fn any_shipped_object_is_built_in_one_expression() {
    let member = Member::default().with_member_id("member-test-1").with_email_address("ada@example.com");
    let organization = Organization::default().with_organization_id("organization-test-1");
    let found = DiscoveredOrganization::default()
        .with_member_authenticated(true)
        .with_organization(organization.clone())
        .with_membership(
            Membership::default().with_membership_type("active_member").with_member(member.clone()),
        );
    assert_eq!(found.membership.as_ref().unwrap().member.as_ref().unwrap().member_id, "member-test-1");
    assert_eq!(found.organization, Some(organization));
    let user = User::default().with_user_id("user-test-1");
    assert_eq!(user.user_id, "user-test-1");
    let cert = X509Certificate::default()
        .with_certificate_id("c")
        .with_expires_at("2030-01-01T00:00:00Z".to_owned());
    assert_eq!(cert.expires_at.as_deref(), Some("2030-01-01T00:00:00Z"));
    let key = EncryptionPrivateKey::default().with_private_key("pem");
    assert_eq!(key.private_key, "pem");
    let ack = Ack::default().with_request_id("request-id-test-1").with_status_code(200);
    assert_eq!(
        serde_json::to_value(&ack).unwrap(),
        json!({"request_id": "request-id-test-1", "status_code": 200})
    );
}
