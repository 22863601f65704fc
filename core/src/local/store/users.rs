//! Consumer users: adding one, and finding one by email address or id.

use super::Store;
use crate::consumer::user::{Email, Name, Password, User};
use crate::local::timestamp::rfc3339;
use crate::local::LocalError;
use std::time::SystemTime;

pub(crate) struct UserRecord {
    pub(crate) user: User,
    pub(crate) email_id: String,
    pub(crate) email: String,
    pub(crate) password: String,
    /// Failed attempts since the last success or lock.
    pub(crate) failed_attempts: u32,
    /// Until when the user is locked out, by the local clock.
    pub(crate) locked_until: Option<SystemTime>,
}

impl Store {
    pub(crate) fn add_user(
        &mut self,
        email: &str,
        password: &str,
        now: SystemTime,
    ) -> Result<User, LocalError> {
        if !crate::validate::is_email(email) {
            return Err(LocalError::invalid("email", format!("{email:?} is not an email address")));
        }
        if self.user_by_email(email).is_some() {
            return Err(LocalError::Duplicate { kind: "user email", value: email.to_owned() });
        }
        let email_id = self.id("email");
        let created_at = Some(rfc3339(now));
        let user = User {
            user_id: self.id("user"),
            emails: vec![Email { email_id: email_id.clone(), email: email.to_owned(), verified: true }],
            status: "active".into(),
            roles: vec!["stytch_user".into()],
            name: Some(Name {
                first_name: Some(String::new()),
                middle_name: Some(String::new()),
                last_name: Some(String::new()),
            }),
            created_at,
            password: Some(Password { password_id: self.id("password"), requires_reset: false }),
            ..Default::default()
        };
        self.users.push(UserRecord {
            user: user.clone(),
            email_id,
            email: email.to_owned(),
            password: password.to_owned(),
            failed_attempts: 0,
            locked_until: None,
        });
        Ok(user)
    }

    pub(crate) fn user_by_email(&self, email: &str) -> Option<usize> {
        self.users.iter().position(|u| u.email.eq_ignore_ascii_case(email))
    }

    pub(crate) fn user_by_id(&self, user_id: &str) -> Option<usize> {
        self.users.iter().position(|u| u.user.user_id == user_id)
    }
}
