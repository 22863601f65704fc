//! The B2B Member and Organization objects and their parts.

use crate::b2b::scim::ScimAttributes;
use crate::stytch_object;

/// A B2B Member: one person's account in one Organization.
///
/// See the [Member object](https://stytch.com/docs/b2b/api/member-object) for every field's
/// behaviour.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Member {
    /// The unique ID of the Organization the Member belongs to.
    pub organization_id: String,
    /// The unique ID of the Member.
    pub member_id: String,
    /// The email address of the Member.
    pub email_address: String,
    /// The status of the Member: `pending`, `invited`, `active` or `deleted`.
    pub status: String,
    /// The name of the Member; empty when not set.
    pub name: String,
    /// The [SAML](https://stytch.com/docs/b2b/api/saml-connection-object) and
    /// [OIDC](https://stytch.com/docs/b2b/api/oidc-connection-object) connections the Member
    /// has authenticated with.
    pub sso_registrations: Vec<SsoRegistration>,
    /// Whether the Member is a break glass user, who may authenticate while bypassing the
    /// Organization's `auth_methods` and `allowed_auth_methods` settings (for emergencies).
    pub is_breakglass: bool,
    /// The unique ID of the Member's password; empty when the Member has none.
    pub member_password_id: String,
    /// The OAuth registrations of the Member.
    pub oauth_registrations: Vec<OAuthRegistration>,
    /// Whether the Member's email address is verified.
    pub email_address_verified: bool,
    /// Whether the Member's MFA phone number is verified.
    pub mfa_phone_number_verified: bool,
    /// Whether the Member has the `stytch_admin` Role, granted automatically to Members who
    /// create an Organization through the discovery flow.
    pub is_admin: bool,
    /// The unique ID of the Member's TOTP instance; empty when the Member has none.
    pub totp_registration_id: String,
    /// Email addresses the Member used before (replaced in an update, or by a new address from
    /// an OAuth, SAML or OIDC provider). Other Members of the Organization cannot use them
    /// until they are unlinked.
    pub retired_email_addresses: Vec<RetiredEmail>,
    /// Whether the Member is temporarily locked after too many failed authentication attempts.
    /// See the [user locking guide](https://stytch.com/docs/resources/platform/user-locks).
    pub is_locked: bool,
    /// Whether the Member must complete MFA at every login. When false, MFA is required only if
    /// the Organization's `mfa_policy` is `REQUIRED_FOR_ALL`.
    pub mfa_enrolled: bool,
    /// The Member's MFA phone number in E.164 format (`+12025550162`); empty when not set.
    pub mfa_phone_number: String,
    /// The MFA method used when the Member has several: `sms_otp` or `totp`; empty when not
    /// set.
    pub default_mfa_method: String,
    /// The Roles of the Member, explicit or implicit, with where each assignment comes from.
    /// See the [RBAC guide](https://stytch.com/docs/b2b/guides/rbac/role-assignment).
    pub roles: Vec<MemberRole>,
    /// Application-specific or identity-provider-specific data that only your backend can
    /// change.
    pub trusted_metadata: serde_json::Map<String, serde_json::Value>,
    /// Application-specific data that the frontend SDK can edit directly: never store critical
    /// information here. See the [metadata resource](https://stytch.com/docs/b2b/api/metadata).
    pub untrusted_metadata: serde_json::Map<String, serde_json::Value>,
    /// When the Member was created, as an RFC 3339 UTC timestamp (`2021-12-29T12:33:09Z`).
    pub created_at: Option<String>,
    /// When the Member was last updated, as an RFC 3339 UTC timestamp (`2021-12-29T12:33:09Z`).
    pub updated_at: Option<String>,
    /// The registration of the Member with the [SCIM
    /// connection](https://stytch.com/docs/b2b/api/scim-connection-object) that provisioned it,
    /// if any.
    pub scim_registration: Option<ScimRegistration>,
    /// Your own identifier for the Member, usable in most calls that expect a `member_id`.
    pub external_id: Option<String>,
    /// When the current lock on the Member was created, if there is one, as an RFC 3339 UTC
    /// timestamp (`2021-12-29T12:33:09Z`).
    pub lock_created_at: Option<String>,
    /// When the current lock on the Member expires, if there is one, as an RFC 3339 UTC
    /// timestamp (`2021-12-29T12:33:09Z`).
    pub lock_expires_at: Option<String>,
}

/// A B2B Organization and its authentication settings.
///
/// See the [Organization object](https://stytch.com/docs/b2b/api/organization-object) for every
/// field's behaviour. The settings are plain strings (`ALL_ALLOWED`, `RESTRICTED`,
/// `NOT_ALLOWED`, ...) as in Stytch's schema.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Organization {
    /// The unique ID of the Organization. Wherever an `organization_id` is expected, the
    /// `organization_slug` or `organization_external_id` may be used instead.
    pub organization_id: String,
    /// The name of the Organization, 1 to 128 characters.
    pub organization_name: String,
    /// The URL of the Organization's logo; empty when not set.
    pub organization_logo_url: String,
    /// The unique URL slug of the Organization: 2 to 128 alphanumeric, `-`, `.`, `_` or `~`
    /// characters. Usable wherever an `organization_id` is expected.
    pub organization_slug: String,
    /// Whether new Members are provisioned just in time when they authenticate with SSO:
    /// `ALL_ALLOWED` (the default; through any of `sso_active_connections`), `RESTRICTED` (only
    /// through `sso_jit_provisioning_allowed_connections`) or `NOT_ALLOWED`.
    pub sso_jit_provisioning: String,
    /// The `connection_id`s allowed to provision Members just in time when
    /// `sso_jit_provisioning` is `RESTRICTED`.
    pub sso_jit_provisioning_allowed_connections: Vec<String>,
    /// The active SAML and OIDC connections of the Organization.
    pub sso_active_connections: Vec<ActiveSsoConnection>,
    /// The email domains allowed to be invited or provisioned just in time when `email_invites`
    /// or `email_jit_provisioning` is `RESTRICTED`. Common domains such as `gmail.com` are not
    /// allowed.
    pub email_allowed_domains: Vec<String>,
    /// Whether new Members are provisioned just in time when they authenticate with an email
    /// magic link or OAuth: `RESTRICTED` (only verified emails in `email_allowed_domains`) or
    /// `NOT_ALLOWED` (the default).
    pub email_jit_provisioning: String,
    /// Who can be invited to the Organization by email: `ALL_ALLOWED`, `RESTRICTED` (only
    /// emails in `email_allowed_domains`) or `NOT_ALLOWED`.
    pub email_invites: String,
    /// Which authentication methods Members can use: `ALL_ALLOWED` (the default) or
    /// `RESTRICTED` (only `allowed_auth_methods`; break glass Members are exempt).
    pub auth_methods: String,
    /// The authentication methods allowed when `auth_methods` is `RESTRICTED`: `sso`,
    /// `magic_link`, `email_otp`, `password`, `google_oauth`, `microsoft_oauth`, `slack_oauth`,
    /// `github_oauth` or `hubspot_oauth`.
    pub allowed_auth_methods: Vec<String>,
    /// The MFA policy for all Members: `REQUIRED_FOR_ALL` (every login needs MFA; existing
    /// sessions stay valid) or `OPTIONAL` (the default; only Members with `mfa_enrolled` need
    /// MFA).
    pub mfa_policy: String,
    /// Roles granted implicitly to every Member whose email address has a given domain,
    /// whatever their login method. See the [RBAC
    /// guide](https://stytch.com/docs/b2b/guides/rbac/role-assignment).
    pub rbac_email_implicit_role_assignments: Vec<EmailImplicitRoleAssignment>,
    /// Which MFA methods Members can use: `ALL_ALLOWED` (the default) or `RESTRICTED` (only
    /// `allowed_mfa_methods`; break glass Members are exempt).
    pub mfa_methods: String,
    /// The MFA methods allowed when `mfa_methods` is `RESTRICTED`: `sms_otp` or `totp`.
    pub allowed_mfa_methods: Vec<String>,
    /// Whether new Members are provisioned just in time by OAuth tenant: `RESTRICTED` (only
    /// tenants in `allowed_oauth_tenants`) or `NOT_ALLOWED` (the default).
    pub oauth_tenant_jit_provisioning: String,
    /// The email domains claimed by the Organization.
    pub claimed_email_domains: Vec<String>,
    /// Which first party Connected Apps Members may use: `ALL_ALLOWED` (the default),
    /// `RESTRICTED` (only `allowed_first_party_connected_apps`) or `NOT_ALLOWED`.
    pub first_party_connected_apps_allowed_type: String,
    /// The first party Connected App IDs allowed when `first_party_connected_apps_allowed_type`
    /// is `RESTRICTED`.
    pub allowed_first_party_connected_apps: Vec<String>,
    /// Which third party Connected Apps Members may use: `ALL_ALLOWED` (the default),
    /// `RESTRICTED` (only `allowed_third_party_connected_apps`) or `NOT_ALLOWED`.
    pub third_party_connected_apps_allowed_type: String,
    /// The third party Connected App IDs allowed when `third_party_connected_apps_allowed_type`
    /// is `RESTRICTED`.
    pub allowed_third_party_connected_apps: Vec<String>,
    /// The custom RBAC Roles defined for the Organization.
    pub custom_roles: Vec<CustomRole>,
    /// Application-specific or identity-provider-specific data that only your backend can
    /// change.
    pub trusted_metadata: serde_json::Map<String, serde_json::Value>,
    /// When the Organization was created, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub created_at: Option<String>,
    /// When the Organization was last updated, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub updated_at: Option<String>,
    /// Your own unique identifier for the Organization, usable wherever an `organization_id` is
    /// expected.
    pub organization_external_id: Option<String>,
    /// The connection used for SSO when the Organization has several active connections.
    pub sso_default_connection_id: Option<String>,
    /// The active [SCIM connection](https://stytch.com/docs/b2b/api/scim-connection-object) of
    /// the Organization, if any.
    pub scim_active_connection: Option<ActiveScimConnection>,
    /// The OAuth tenants allowed to provision Members just in time, keyed by provider (`slack`,
    /// `hubspot`, `github`). Empty when JIT provisioning by OAuth tenant is not allowed.
    pub allowed_oauth_tenants: serde_json::Map<String, serde_json::Value>,
}

/// A Member's registration with a SAML or OIDC connection.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SsoRegistration {
    /// The unique ID of the SSO connection.
    pub connection_id: String,
    /// The ID of the Member given by the identity provider.
    pub external_id: String,
    /// The unique ID of the SSO registration.
    pub registration_id: String,
    /// The attributes the identity provider sent for the Member.
    pub sso_attributes: serde_json::Map<String, serde_json::Value>,
}

/// A Member's registration with an OAuth provider.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OAuthRegistration {
    /// The OAuth identity provider, such as Google, Microsoft or GitHub.
    pub provider_type: String,
    /// The unique identifier of the Member within the OAuth provider, commonly called the `sub`
    /// (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the OAuth registration.
    pub member_oauth_registration_id: String,
    /// The URL of the Member's profile picture at the OAuth provider, if available.
    pub profile_picture_url: Option<String>,
    /// The Member's locale at the OAuth provider, if available.
    pub locale: Option<String>,
}

/// An email address a Member used before.
///
/// Other Members of the Organization cannot use it until it is unlinked with the [Unlink
/// Retired Email endpoint](https://stytch.com/docs/b2b/api/unlink-retired-member-email).
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RetiredEmail {
    /// The unique ID of the email address.
    pub email_id: String,
    /// The email address.
    pub email_address: String,
}

/// A Role of a Member, with every source that grants it.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MemberRole {
    /// The ID of the RBAC Role, chosen by the developer; `stytch_member` and `stytch_admin` are
    /// predefined by Stytch.
    pub role_id: String,
    /// Where the assignment comes from; a Role can be granted by several sources at once, such
    /// as an explicit assignment and the Member's email domain.
    pub sources: Vec<MemberRoleSource>,
}

/// One source of a Member's Role assignment.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MemberRoleSource {
    /// The kind of assignment: `direct_assignment`, `email_assignment`, `sso_connection`,
    /// `sso_connection_group` or `scim_connection_group`. SSO-granted Roles count for
    /// authorization only in sessions authenticated through that SAML connection. On the wire
    /// this is `type`.
    #[serde(rename = "type")]
    pub source_type: String,
    /// Details that depend on `source_type`: the email domain for `email_assignment`, the
    /// `connection_id` for `sso_connection`, and the `connection_id` with the `group` (SAML) or
    /// `group_id` (SCIM) for the group assignments; empty for `direct_assignment`.
    pub details: serde_json::Map<String, serde_json::Value>,
}

/// A Member's registration with the SCIM connection that provisioned it.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimRegistration {
    /// The unique ID of the SCIM connection.
    pub connection_id: String,
    /// The unique ID of the SCIM registration.
    pub registration_id: String,
    /// The ID of the Member given by the identity provider.
    pub external_id: Option<String>,
    /// The SCIM attributes the identity provider sent for the Member.
    pub scim_attributes: Option<ScimAttributes>,
}

/// An active SAML or OIDC connection of an Organization.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ActiveSsoConnection {
    /// The unique ID of the SSO connection.
    pub connection_id: String,
    /// A human-readable name for the connection.
    pub display_name: String,
    /// The identity provider of the connection, such as `okta`, `microsoft-entra` or `generic`.
    pub identity_provider: String,
}

/// The active SCIM connection of an Organization.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ActiveScimConnection {
    /// The unique ID of the SCIM connection.
    pub connection_id: String,
    /// A human-readable name for the connection.
    pub display_name: String,
    /// The last four characters of the connection's bearer token.
    pub bearer_token_last_four: String,
    /// When the connection's bearer token expires, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub bearer_token_expires_at: Option<String>,
}

/// A Role granted implicitly to every Member whose email address has a given domain.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EmailImplicitRoleAssignment {
    /// The email domain that grants the Role.
    pub domain: String,
    /// The ID of the RBAC Role; `stytch_member` and `stytch_admin` are predefined by Stytch.
    pub role_id: String,
}

/// A custom RBAC Role defined for one Organization.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomRole {
    /// The ID of the Role.
    pub role_id: String,
    /// A description of the Role.
    pub description: String,
    /// What the Role allows, resource by resource.
    pub permissions: Vec<CustomRolePermission>,
}

/// The actions a custom Role allows on one resource.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CustomRolePermission {
    /// The ID of the RBAC resource.
    pub resource_id: String,
    /// The actions allowed on the resource; `*` allows every action.
    pub actions: Vec<String>,
}
