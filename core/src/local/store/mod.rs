//! The local Stytch's in-memory state: users, organizations, members and sessions.
//!
//! Objects are kept as the crate's own response types (`User`, `Member`, `Organization`), so what
//! the server answers is what the client decodes. Sessions are kept as records and turned into
//! `Session` / `MemberSession` objects and JWTs when answered. Each kind of object has its file:
//! `users.rs`, `organizations.rs` (with their members), `sessions.rs`.

mod organizations;
mod sessions;
mod users;

pub(crate) use organizations::MemberRecord;
pub(crate) use sessions::{Lookup, Owner, SessionRecord, TOKEN_LEN};
pub(crate) use users::UserRecord;

use super::jwt::Signer;
use super::project::Settings;
use super::rng::Rng;
use super::SeenRequest;
use crate::b2b::organization::Organization;

pub(crate) struct Store {
    pub(crate) project_id: String,
    pub(crate) settings: Settings,
    pub(crate) rng: Rng,
    pub(crate) signer: Signer,
    pub(crate) users: Vec<UserRecord>,
    pub(crate) organizations: Vec<Organization>,
    pub(crate) members: Vec<MemberRecord>,
    pub(crate) sessions: Vec<SessionRecord>,
    pub(crate) seen: Vec<SeenRequest>,
}

impl Store {
    pub(crate) fn new(project_id: String, settings: Settings) -> Store {
        Store {
            project_id,
            settings,
            rng: Rng::new(),
            signer: Signer::new(),
            users: Vec::new(),
            organizations: Vec::new(),
            members: Vec::new(),
            sessions: Vec::new(),
            seen: Vec::new(),
        }
    }

    pub(crate) fn id(&mut self, prefix: &str) -> String {
        format!("{prefix}-test-{}", self.rng.uuid())
    }
}
