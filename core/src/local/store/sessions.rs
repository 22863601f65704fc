//! Sessions: starting one, finding the live one a token or JWT names, revoking, and describing
//! one as Stytch's `Session` / `MemberSession` objects and as a signed JWT.

use super::Store;
use crate::b2b::session::MemberSession;
use crate::consumer::session::{
    Attributes, AuthenticationFactor, AuthenticationFactorType, DeliveryMethod, EmailFactor, Session,
};
use crate::local::clock::later;
use crate::local::jwt::{KeySet, Rejected};
use crate::local::rng::TOKEN_ALPHABET;
use crate::local::seed::Factor;
use crate::local::timestamp::{rfc3339, unix_seconds};
use serde_json::{json, Map, Value};
use std::time::{Duration, SystemTime};

/// How long Stytch's session JWTs live, whatever the session's own lifetime.
const JWT_LIFETIME_SECONDS: i64 = 300;
/// The length of a session token.
pub(crate) const TOKEN_LEN: usize = 44;
/// The claim that carries the session in a session JWT.
const SESSION_CLAIM: &str = "https://stytch.com/session";
/// The claim that carries the organization in a B2B session JWT.
const ORGANIZATION_CLAIM: &str = "https://stytch.com/organization";

/// Whose session it is.
#[derive(Clone, PartialEq, Eq)]
pub(crate) enum Owner {
    User(String),
    Member { member_id: String, organization_id: String },
}

impl Owner {
    fn id(&self) -> &str {
        match self {
            Owner::User(id) => id,
            Owner::Member { member_id, .. } => member_id,
        }
    }
}

pub(crate) struct SessionRecord {
    pub(crate) session_id: String,
    pub(crate) token: String,
    pub(crate) owner: Owner,
    pub(crate) started_at: SystemTime,
    pub(crate) last_accessed_at: SystemTime,
    pub(crate) expires_at: SystemTime,
    pub(crate) factors: Vec<FactorRecord>,
    pub(crate) custom_claims: Map<String, Value>,
}

impl SessionRecord {
    pub(crate) fn is_live(&self, now: SystemTime) -> bool {
        now < self.expires_at
    }
}

pub(crate) struct FactorRecord {
    pub(crate) factor_type: AuthenticationFactorType,
    pub(crate) delivery_method: DeliveryMethod,
    pub(crate) created_at: SystemTime,
    pub(crate) last_authenticated_at: SystemTime,
    /// `(email_id, email_address)` for factors that went through an email address.
    pub(crate) email: Option<(String, String)>,
}

/// How a session token or JWT failed to name a live session.
pub(crate) enum Lookup {
    /// The token is not shaped like a session token.
    InvalidToken,
    /// The JWT could not be parsed.
    UnparsableJwt,
    /// No live session has that token, or the JWT was not issued here, or its session is gone.
    NotFound,
}

impl Store {
    /// Starts a session for `owner`; `email` is the address behind email-like factors.
    pub(crate) fn create_session(
        &mut self,
        owner: Owner,
        email: (String, String),
        factors: &[Factor],
        lifetime: Duration,
        custom_claims: Map<String, Value>,
        now: SystemTime,
    ) -> usize {
        let mut records: Vec<FactorRecord> = factors.iter().map(|f| factor_record(f, &email, now)).collect();
        if records.is_empty() {
            records.push(factor_record(&Factor::password(), &email, now));
        }
        let started_at = records.iter().map(|f| f.created_at).min().unwrap_or(now).min(now);
        let prefix = match owner {
            Owner::User(_) => "session",
            Owner::Member { .. } => "member-session",
        };
        let session = SessionRecord {
            session_id: self.id(prefix),
            token: self.rng.token(TOKEN_LEN),
            owner,
            started_at,
            last_accessed_at: now,
            expires_at: later(now, lifetime),
            factors: records,
            custom_claims,
        };
        self.sessions.push(session);
        self.sessions.len() - 1
    }

    /// The live session a token or JWT names.
    pub(crate) fn find_session(
        &self,
        token: Option<&str>,
        jwt: Option<&str>,
        now: SystemTime,
    ) -> Result<usize, Lookup> {
        if let Some(token) = token {
            if token.len() != TOKEN_LEN || !token.bytes().all(|b| TOKEN_ALPHABET.contains(&b)) {
                return Err(Lookup::InvalidToken);
            }
            return self
                .sessions
                .iter()
                .position(|s| s.token == token && s.is_live(now))
                .ok_or(Lookup::NotFound);
        }
        let Some(jwt) = jwt else { return Err(Lookup::NotFound) };
        let (_, claims) = self.signer.verify(jwt).map_err(|rejected| match rejected {
            Rejected::Malformed => Lookup::UnparsableJwt,
            Rejected::Foreign => Lookup::NotFound,
        })?;
        let id = claims.get(SESSION_CLAIM).and_then(|s| s.get("id")).and_then(Value::as_str);
        let id = id.ok_or(Lookup::NotFound)?;
        self.sessions.iter().position(|s| s.session_id == id && s.is_live(now)).ok_or(Lookup::NotFound)
    }

    /// The live session a token or JWT names, for the inspection helpers.
    pub(crate) fn find_session_by_secret(&self, secret: &str, now: SystemTime) -> Option<usize> {
        let found = if secret.contains('.') {
            self.find_session(None, Some(secret), now)
        } else {
            self.find_session(Some(secret), None, now)
        };
        found.ok()
    }

    /// Ends every session of the owner with `owner_id`, except the one at `keep`.
    /// Returns the index of the kept session after removal.
    pub(crate) fn revoke_sessions_of(&mut self, owner_id: &str, keep: Option<usize>) -> Option<usize> {
        let kept_id = keep.map(|i| self.sessions[i].session_id.clone());
        self.sessions.retain(|s| s.owner.id() != owner_id || Some(&s.session_id) == kept_id.as_ref());
        kept_id.and_then(|id| self.sessions.iter().position(|s| s.session_id == id))
    }

    pub(crate) fn live_sessions_of(&self, owner_id: &str, now: SystemTime) -> usize {
        self.sessions.iter().filter(|s| s.owner.id() == owner_id && s.is_live(now)).count()
    }

    /// The consumer `Session` object of the session at `index`.
    pub(crate) fn session_object(&self, index: usize) -> Session {
        let s = &self.sessions[index];
        Session {
            session_id: s.session_id.clone(),
            user_id: s.owner.id().to_owned(),
            authentication_factors: s.factors.iter().map(factor_object).collect(),
            roles: vec!["stytch_user".into()],
            started_at: Some(rfc3339(s.started_at)),
            last_accessed_at: Some(rfc3339(s.last_accessed_at)),
            expires_at: Some(rfc3339(s.expires_at)),
            attributes: Some(Attributes { ip_address: Some(String::new()), user_agent: Some(String::new()) }),
            custom_claims: s.custom_claims.clone(),
        }
    }

    /// The B2B `MemberSession` object of the session at `index`.
    pub(crate) fn member_session_object(&self, index: usize) -> MemberSession {
        let s = &self.sessions[index];
        let organization_id = match &s.owner {
            Owner::Member { organization_id, .. } => organization_id.clone(),
            Owner::User(_) => String::new(),
        };
        let organization_slug = self
            .organization(&organization_id)
            .map(|o| self.organizations[o].organization_slug.clone())
            .unwrap_or_default();
        MemberSession {
            member_session_id: s.session_id.clone(),
            member_id: s.owner.id().to_owned(),
            started_at: rfc3339(s.started_at),
            last_accessed_at: rfc3339(s.last_accessed_at),
            expires_at: rfc3339(s.expires_at),
            authentication_factors: s.factors.iter().map(factor_object).collect(),
            organization_id,
            roles: vec!["stytch_member".into()],
            organization_slug,
            custom_claims: s.custom_claims.clone(),
        }
    }

    /// A fresh JWT for the session at `index`, carrying the claims Stytch's session JWTs carry:
    /// `sub`, `iss` (`stytch.com/{project_id}`), `aud` (`[project_id]`), `iat`, `nbf`, `exp`, the
    /// session under `https://stytch.com/session`, for a member the organization under
    /// `https://stytch.com/organization`, and the custom claims. Signed with the consumer or the
    /// B2B key, as the session is a user's or a member's.
    ///
    /// The times hold on both clocks (see the module documentation): `iat` and `nbf` are the
    /// earlier of the wall clock and the local clock `now` (the wall clock, unless the local clock
    /// saturated), so a verifier on either clock never finds the JWT issued in its future; `exp`
    /// is five minutes after `now` on the local clock, so a verifier on the local clock finds it
    /// expired exactly when Stytch would, and one on the wall clock no sooner than five minutes
    /// after it was issued.
    pub(crate) fn jwt(&self, index: usize, now: SystemTime) -> String {
        let s = &self.sessions[index];
        let mut claims = s.custom_claims.clone();
        let iat = unix_seconds(SystemTime::now().min(now));
        let exp = unix_seconds(now).saturating_add(JWT_LIFETIME_SECONDS);
        let factors: Vec<AuthenticationFactor> = s.factors.iter().map(factor_object).collect();
        let roles = match s.owner {
            Owner::User(_) => ["stytch_user"],
            Owner::Member { .. } => ["stytch_member"],
        };
        let standard = json!({
            "aud": [self.project_id],
            "exp": exp,
            "iat": iat,
            "iss": format!("stytch.com/{}", self.project_id),
            "nbf": iat,
            "sub": s.owner.id(),
            SESSION_CLAIM: {
                "id": s.session_id,
                "started_at": rfc3339(s.started_at),
                "last_accessed_at": rfc3339(s.last_accessed_at),
                "expires_at": rfc3339(s.expires_at),
                "attributes": {"user_agent": "", "ip_address": ""},
                "authentication_factors": factors,
                "roles": roles,
            },
        });
        if let Value::Object(standard) = standard {
            claims.extend(standard);
        }
        if let Owner::Member { organization_id, .. } = &s.owner {
            let slug = self
                .organization(organization_id)
                .map(|o| self.organizations[o].organization_slug.clone())
                .unwrap_or_default();
            claims
                .insert(ORGANIZATION_CLAIM.into(), json!({"organization_id": organization_id, "slug": slug}));
        }
        let set = match s.owner {
            Owner::User(_) => KeySet::Consumer,
            Owner::Member { .. } => KeySet::B2b,
        };
        self.signer.sign(set, &claims)
    }
}

fn factor_record(factor: &Factor, email: &(String, String), now: SystemTime) -> FactorRecord {
    let at = factor.when(now);
    let through_email = matches!(
        factor.factor_type,
        AuthenticationFactorType::Password
            | AuthenticationFactorType::MagicLink
            | AuthenticationFactorType::EmailOtp
    );
    FactorRecord {
        factor_type: factor.factor_type.clone(),
        delivery_method: factor.delivery_method.clone(),
        created_at: at,
        last_authenticated_at: at,
        email: through_email.then(|| email.clone()),
    }
}

pub(crate) fn factor_object(f: &FactorRecord) -> AuthenticationFactor {
    AuthenticationFactor {
        factor_type: f.factor_type.clone(),
        delivery_method: f.delivery_method.clone(),
        last_authenticated_at: Some(rfc3339(f.last_authenticated_at)),
        created_at: Some(rfc3339(f.created_at)),
        updated_at: Some(rfc3339(f.last_authenticated_at)),
        email_factor: f.email.as_ref().map(|(email_id, email_address)| EmailFactor {
            email_id: email_id.clone(),
            email_address: email_address.clone(),
        }),
        ..Default::default()
    }
}
