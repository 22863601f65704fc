//! B2B discovery: the Organizations a person may log in to, and what each membership is.

use crate::b2b::mfa::MfaRequired;
use crate::b2b::organization::{Member, Organization};
use crate::stytch_object;

/// One Organization a person can log in to, sign up to or is invited to, as the discovery
/// endpoints (`POST /v1/b2b/discovery/organizations` and the `discovery` authenticate endpoints)
/// list them in `discovered_organizations`.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DiscoveredOrganization {
    /// Whether the Member has every factor needed to fully authenticate to this Organization; if
    /// not, see `primary_required` and `mfa_required`.
    pub member_authenticated: bool,
    /// The [Organization](https://stytch.com/docs/b2b/api/organization-object).
    pub organization: Option<Organization>,
    /// What the person's membership of the Organization is.
    pub membership: Option<Membership>,
    /// The primary authentication the Organization still requires, if any.
    pub primary_required: Option<PrimaryRequired>,
    /// The MFA the Organization or the Member still requires, if any.
    pub mfa_required: Option<MfaRequired>,
}

/// A person's membership of a discovered Organization.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Membership {
    /// `active_member`, `pending_member`, `invited_member`, `eligible_to_join_by_email_domain` or
    /// `eligible_to_join_by_oauth_tenant` (`type` on the wire).
    #[serde(rename = "type")]
    pub membership_type: String,
    /// More about the membership, when Stytch has any.
    pub details: Option<serde_json::Map<String, serde_json::Value>>,
    /// The [Member](https://stytch.com/docs/b2b/api/member-object), if one exists already.
    pub member: Option<Member>,
}

/// The primary authentication an Organization requires before a session can be made.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PrimaryRequired {
    /// The authentication methods the Member must complete one of, such as `magic_link`.
    pub allowed_auth_methods: Vec<String>,
}
