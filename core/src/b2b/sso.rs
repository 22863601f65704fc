//! B2B single sign-on: the SAML connection object.

use crate::stytch_object;

/// A [SAML connection](https://stytch.com/docs/b2b/api/saml-connection-object) of an
/// Organization, as `GET /v1/b2b/sso/{organization_id}` (`saml_connections`) and the SAML
/// connection endpoints (`connection`) return it.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SamlConnection {
    /// The unique ID of the Organization.
    pub organization_id: String,
    /// The unique ID of the connection.
    pub connection_id: String,
    /// `pending` or `active`.
    pub status: String,
    /// The identity provider's entity id.
    pub idp_entity_id: String,
    /// A name for the connection.
    pub display_name: String,
    /// The identity provider's single sign-on URL.
    pub idp_sso_url: String,
    /// The assertion consumer service URL.
    pub acs_url: String,
    /// The audience URI.
    pub audience_uri: String,
    /// The certificates the identity provider signs with.
    pub signing_certificates: Vec<X509Certificate>,
    /// The certificates Stytch verifies with.
    pub verification_certificates: Vec<X509Certificate>,
    /// The keys assertions are encrypted to.
    pub encryption_private_keys: Vec<EncryptionPrivateKey>,
    /// Roles every Member authenticating through this connection gets.
    pub saml_connection_implicit_role_assignments: Vec<SamlConnectionImplicitRoleAssignment>,
    /// Roles a Member gets by the identity provider's groups.
    pub saml_group_implicit_role_assignments: Vec<SamlGroupImplicitRoleAssignment>,
    /// An alternative audience URI, for migrations.
    pub alternative_audience_uri: String,
    /// The identity provider: `generic`, `okta`, `microsoft-entra`, `google-workspace`, ...
    pub identity_provider: String,
    /// The NameID format the identity provider sends.
    pub nameid_format: String,
    /// An alternative assertion consumer service URL, for migrations.
    pub alternative_acs_url: String,
    /// Whether IdP-initiated logins are refused.
    pub idp_initiated_auth_disabled: bool,
    /// Whether the callback may go through a gateway.
    pub allow_gateway_callback: bool,
    /// How the identity provider's attributes map to Member fields.
    pub attribute_mapping: Option<serde_json::Map<String, serde_json::Value>>,
}

/// An X.509 certificate of a SAML connection.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct X509Certificate {
    /// The unique ID of the certificate.
    pub certificate_id: String,
    /// The certificate, PEM-encoded.
    pub certificate: String,
    /// The certificate's issuer.
    pub issuer: String,
    /// When it was added, RFC 3339.
    pub created_at: Option<String>,
    /// When it expires, RFC 3339.
    pub expires_at: Option<String>,
    /// When it was last changed, RFC 3339.
    pub updated_at: Option<String>,
}

/// A private key SAML assertions are encrypted to.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EncryptionPrivateKey {
    /// The unique ID of the key.
    pub private_key_id: String,
    /// The key, PEM-encoded.
    #[stytch(secret)]
    pub private_key: String,
    /// When it was added, RFC 3339.
    pub created_at: Option<String>,
}

/// A role every Member authenticating through a SAML connection gets.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SamlConnectionImplicitRoleAssignment {
    /// The unique ID of the role.
    pub role_id: String,
}

/// A role a Member gets by an identity provider group.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SamlGroupImplicitRoleAssignment {
    /// The unique ID of the role.
    pub role_id: String,
    /// The identity provider group's name.
    pub group: String,
}
