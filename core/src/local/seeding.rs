//! Seeding the store: what [`LocalStytch`](super::LocalStytch)'s `add_*` methods and the control
//! plane's seeds do, with the time taken from the local clock.

use super::claims;
use super::seed::{NewOrganization, NewSession, SeededSession};
use super::store::{Owner, Store};
use super::{LocalError, Shared};
use crate::b2b::organization::{Member, Organization};
use crate::consumer::user::User;
use std::time::SystemTime;

impl Shared {
    pub(crate) fn add_user(&self, email: &str, password: &str) -> Result<User, LocalError> {
        let now = self.clock.now();
        self.store().add_user(email, password, now)
    }

    pub(crate) fn add_organization(
        &self,
        organization: &NewOrganization,
    ) -> Result<Organization, LocalError> {
        let now = self.clock.now();
        self.store().add_organization(organization, now)
    }

    pub(crate) fn add_member(
        &self,
        organization: &str,
        email: &str,
        password: &str,
    ) -> Result<Member, LocalError> {
        let now = self.clock.now();
        self.store().add_member(organization, email, password, now)
    }

    pub(crate) fn add_session(
        &self,
        user_id: &str,
        session: NewSession,
    ) -> Result<SeededSession, LocalError> {
        let now = self.clock.now();
        let mut store = self.store();
        let u = store
            .user_by_id(user_id)
            .ok_or_else(|| LocalError::NotFound { kind: "user", value: user_id.to_owned() })?;
        let email = (store.users[u].email_id.clone(), store.users[u].email.clone());
        seed_session(&mut store, Owner::User(user_id.to_owned()), email, session, now)
    }

    pub(crate) fn add_member_session(
        &self,
        member_id: &str,
        session: NewSession,
    ) -> Result<SeededSession, LocalError> {
        let now = self.clock.now();
        let mut store = self.store();
        let m = store
            .member_by_id(member_id)
            .ok_or_else(|| LocalError::NotFound { kind: "member", value: member_id.to_owned() })?;
        let record = &store.members[m];
        let owner = Owner::Member {
            member_id: member_id.to_owned(),
            organization_id: record.member.organization_id.clone(),
        };
        let email = (record.email_id.clone(), record.member.email_address.clone());
        seed_session(&mut store, owner, email, session, now)
    }
}

/// Creates a seeded session for `owner` and describes it as a login would have.
fn seed_session(
    store: &mut Store,
    owner: Owner,
    email: (String, String),
    session: NewSession,
    now: SystemTime,
) -> Result<SeededSession, LocalError> {
    let custom_claims = claims::seeded(&session.custom_claims)
        .map_err(|message| LocalError::invalid("session custom claims", message))?;
    let index = store.create_session(owner, email, &session.factors, session.lifetime, custom_claims, now);
    let s = &store.sessions[index];
    Ok(SeededSession {
        session_id: s.session_id.clone(),
        session_token: s.token.clone(),
        session_jwt: store.jwt(index, now),
        expires_at: s.expires_at,
    })
}
