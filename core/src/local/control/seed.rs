//! The JSON seed format: users, organizations, members and their sessions.

use super::{parse, Problem};
use crate::consumer::session::{AuthenticationFactorType, DeliveryMethod};
use crate::local::error::LocalError;
use crate::local::seed::{Factor, NewOrganization, NewSession, SeededSession};
use crate::local::timestamp::{parse_rfc3339, rfc3339};
use crate::local::Shared;
use serde::Deserialize;
use serde_json::{json, Map, Value};
use std::time::Duration;

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Seed {
    #[serde(default)]
    users: Vec<SeedUser>,
    #[serde(default)]
    organizations: Vec<SeedOrganization>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedUser {
    email: String,
    password: String,
    #[serde(default)]
    sessions: Vec<SeedSession>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedOrganization {
    organization_name: String,
    organization_slug: String,
    #[serde(default)]
    organization_id: Option<String>,
    #[serde(default)]
    organization_external_id: Option<String>,
    /// `mfa_policy: REQUIRED_FOR_ALL`: members without a second factor get an intermediate session.
    #[serde(default)]
    mfa_required: bool,
    #[serde(default)]
    members: Vec<SeedMember>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedMember {
    email_address: String,
    password: String,
    #[serde(default)]
    sessions: Vec<SeedSession>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedMemberIn {
    organization: String,
    email_address: String,
    password: String,
    #[serde(default)]
    sessions: Vec<SeedSession>,
}

#[derive(Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
struct SeedSession {
    #[serde(default)]
    duration_minutes: Option<u64>,
    #[serde(default)]
    factors: Vec<SeedFactor>,
    #[serde(default)]
    custom_claims: Option<Map<String, Value>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedSessionFor {
    #[serde(default)]
    user_id: Option<String>,
    #[serde(default)]
    member_id: Option<String>,
    #[serde(default)]
    duration_minutes: Option<u64>,
    #[serde(default)]
    factors: Vec<SeedFactor>,
    #[serde(default)]
    custom_claims: Option<Map<String, Value>>,
}

#[derive(Deserialize, Clone)]
#[serde(deny_unknown_fields)]
struct SeedFactor {
    /// `password`, `magic_link`, `email_otp`, `totp`, `otp` (by SMS), or any of Stytch's factor
    /// types with a `delivery_method`.
    #[serde(rename = "type")]
    factor_type: String,
    /// Stytch's delivery method; by default the usual one for the type.
    #[serde(default)]
    delivery_method: Option<String>,
    #[serde(default)]
    authenticated_seconds_ago: Option<u64>,
    /// An RFC 3339 time (`2026-11-25T10:00:00Z`, by the local clock), instead of
    /// `authenticated_seconds_ago`.
    #[serde(default)]
    authenticated_at: Option<String>,
}

impl SeedSession {
    fn build(&self) -> Result<NewSession, Problem> {
        let mut session = NewSession::new();
        if let Some(minutes) = self.duration_minutes {
            session = session.lasting(Duration::from_secs(minutes.saturating_mul(60)));
        }
        for f in &self.factors {
            let factor_type = AuthenticationFactorType::from(f.factor_type.as_str());
            let delivery = match (f.delivery_method.as_deref(), f.factor_type.as_str()) {
                (Some(delivery), _) => delivery,
                (None, "password") => "knowledge",
                (None, "magic_link" | "email_otp") => "email",
                (None, "totp") => "authenticator_app",
                (None, "otp") => "sms",
                (None, other) => {
                    return Err(Problem::invalid(format!(
                        "A factor of type {other:?} needs a delivery_method."
                    )))
                }
            };
            let mut factor = Factor::new(factor_type, DeliveryMethod::from(delivery));
            match (f.authenticated_seconds_ago, f.authenticated_at.as_deref()) {
                (Some(_), Some(_)) => {
                    return Err(Problem::invalid(
                        "Give at most one of authenticated_seconds_ago or authenticated_at.",
                    ))
                }
                (Some(ago), None) => factor = factor.authenticated_ago(Duration::from_secs(ago)),
                (None, Some(at)) => {
                    let at = parse_rfc3339(at).ok_or_else(|| {
                        Problem::invalid(format!(
                            "authenticated_at {at:?} is not an RFC 3339 time such as 2026-11-25T10:00:00Z."
                        ))
                    })?;
                    factor = factor.authenticated_at(at);
                }
                (None, None) => {}
            }
            session = session.factor(factor);
        }
        if let Some(claims) = &self.custom_claims {
            session = session.custom_claims(claims.clone());
        }
        Ok(session)
    }
}

fn session_json(session: &SeededSession) -> Value {
    json!({
        "session_id": session.session_id,
        "session_token": session.session_token,
        "session_jwt": session.session_jwt,
        "expires_at": rfc3339(session.expires_at),
    })
}

fn seed_user(shared: &Shared, user: &SeedUser) -> Result<Value, Problem> {
    let made = shared.add_user(&user.email, &user.password)?;
    let mut sessions = Vec::new();
    for s in &user.sessions {
        sessions.push(session_json(&shared.add_session(&made.user_id, s.build()?)?));
    }
    Ok(json!({"user": made, "sessions": sessions}))
}

fn seed_organization(shared: &Shared, organization: &SeedOrganization) -> Result<Value, Problem> {
    let mut seed = NewOrganization::new(&organization.organization_name, &organization.organization_slug);
    if let Some(id) = &organization.organization_id {
        seed = seed.id(id);
    }
    if let Some(external_id) = &organization.organization_external_id {
        seed = seed.external_id(external_id);
    }
    if organization.mfa_required {
        seed = seed.mfa_required();
    }
    let made = shared.add_organization(&seed)?;
    let mut members = Vec::new();
    for member in &organization.members {
        members.push(seed_member(shared, &made.organization_id, member)?);
    }
    Ok(json!({"organization": made, "members": members}))
}

fn seed_member(shared: &Shared, organization: &str, member: &SeedMember) -> Result<Value, Problem> {
    let made = shared.add_member(organization, &member.email_address, &member.password)?;
    let mut sessions = Vec::new();
    for s in &member.sessions {
        sessions.push(session_json(&shared.add_member_session(&made.member_id, s.build()?)?));
    }
    Ok(json!({"member": made, "sessions": sessions}))
}

/// `POST /__local/users`.
pub(super) fn user(shared: &Shared, body: Value) -> Result<Value, Problem> {
    seed_user(shared, &parse(body)?)
}

/// `POST /__local/organizations` (members may come along).
pub(super) fn organization(shared: &Shared, body: Value) -> Result<Value, Problem> {
    seed_organization(shared, &parse(body)?)
}

/// `POST /__local/members`.
pub(super) fn member(shared: &Shared, body: Value) -> Result<Value, Problem> {
    let member: SeedMemberIn = parse(body)?;
    let seed = SeedMember {
        email_address: member.email_address,
        password: member.password,
        sessions: member.sessions,
    };
    seed_member(shared, &member.organization, &seed)
}

/// `POST /__local/sessions`.
pub(super) fn session(shared: &Shared, body: Value) -> Result<Value, Problem> {
    let s: SeedSessionFor = parse(body)?;
    let session = SeedSession {
        duration_minutes: s.duration_minutes,
        factors: s.factors,
        custom_claims: s.custom_claims,
    };
    match (&s.user_id, &s.member_id) {
        (Some(user_id), None) => Ok(session_json(&shared.add_session(user_id, session.build()?)?)),
        (None, Some(member_id)) => Ok(session_json(&shared.add_member_session(member_id, session.build()?)?)),
        _ => Err(Problem::invalid("Give exactly one of user_id or member_id.")),
    }
}

/// Seeds users and organizations (with their members and sessions) from JSON. Stops at the first
/// failure; what was made before it stays.
pub(crate) fn seed(shared: &Shared, seed: &Value) -> Result<Value, LocalError> {
    let seed: Seed = parse(seed.clone())?;
    let mut users = Vec::new();
    for user in &seed.users {
        users.push(seed_user(shared, user).map_err(LocalError::from)?);
    }
    let mut organizations = Vec::new();
    for organization in &seed.organizations {
        organizations.push(seed_organization(shared, organization).map_err(LocalError::from)?);
    }
    Ok(json!({"users": users, "organizations": organizations}))
}
