//! B2B organizations and their members: adding them, and finding them.

use super::Store;
use crate::b2b::organization::{Member, MemberRole, MemberRoleSource, Organization};
use crate::local::seed::NewOrganization;
use crate::local::timestamp::rfc3339;
use crate::local::LocalError;
use std::time::SystemTime;

pub(crate) struct MemberRecord {
    pub(crate) member: Member,
    pub(crate) email_id: String,
    pub(crate) password: Option<String>,
}

impl Store {
    pub(crate) fn add_organization(
        &mut self,
        seed: &NewOrganization,
        now: SystemTime,
    ) -> Result<Organization, LocalError> {
        if seed.name.is_empty() {
            return Err(LocalError::invalid("organization name", "must not be empty"));
        }
        if seed.slug.is_empty() {
            return Err(LocalError::invalid("organization slug", "must not be empty"));
        }
        let id = match &seed.organization_id {
            Some(id) if id.is_empty() => {
                return Err(LocalError::invalid("organization id", "must not be empty"));
            }
            Some(id) => id.clone(),
            None => self.id("organization"),
        };
        // Ids, slugs and external ids share one namespace here, because a reset names the
        // organization by any of them.
        for key in [Some(&id), Some(&seed.slug), seed.external_id.as_ref()].into_iter().flatten() {
            if self.organization(key).is_some() {
                return Err(LocalError::Duplicate {
                    kind: "organization id, slug or external id",
                    value: key.clone(),
                });
            }
        }
        let organization = Organization {
            organization_id: id,
            organization_name: seed.name.clone(),
            organization_slug: seed.slug.clone(),
            organization_external_id: seed.external_id.clone(),
            sso_jit_provisioning: "ALL_ALLOWED".into(),
            email_jit_provisioning: "NOT_ALLOWED".into(),
            email_invites: "ALL_ALLOWED".into(),
            auth_methods: "ALL_ALLOWED".into(),
            mfa_policy: if seed.mfa_required { "REQUIRED_FOR_ALL" } else { "OPTIONAL" }.into(),
            mfa_methods: "ALL_ALLOWED".into(),
            oauth_tenant_jit_provisioning: "NOT_ALLOWED".into(),
            first_party_connected_apps_allowed_type: "ALL_ALLOWED".into(),
            third_party_connected_apps_allowed_type: "ALL_ALLOWED".into(),
            created_at: Some(rfc3339(now)),
            updated_at: Some(rfc3339(now)),
            ..Default::default()
        };
        self.organizations.push(organization.clone());
        Ok(organization)
    }

    /// The organization named by its id, slug or external id.
    pub(crate) fn organization(&self, key: &str) -> Option<usize> {
        let by =
            |f: fn(&Organization) -> Option<&str>| self.organizations.iter().position(|o| f(o) == Some(key));
        by(|o| Some(&o.organization_id))
            .or_else(|| by(|o| Some(&o.organization_slug)))
            .or_else(|| by(|o| o.organization_external_id.as_deref()))
    }

    pub(crate) fn add_member(
        &mut self,
        organization: &str,
        email: &str,
        password: &str,
        now: SystemTime,
    ) -> Result<Member, LocalError> {
        let org = self
            .organization(organization)
            .ok_or_else(|| LocalError::NotFound { kind: "organization", value: organization.to_owned() })?;
        let organization_id = self.organizations[org].organization_id.clone();
        if !crate::validate::is_email(email) {
            return Err(LocalError::invalid("email", format!("{email:?} is not an email address")));
        }
        if self.members.iter().any(|m| {
            m.member.organization_id == organization_id && m.member.email_address.eq_ignore_ascii_case(email)
        }) {
            return Err(LocalError::Duplicate {
                kind: "member email in this organization",
                value: email.to_owned(),
            });
        }
        let member = Member {
            organization_id,
            member_id: self.id("member"),
            email_address: email.to_owned(),
            status: "active".into(),
            member_password_id: self.id("member-password"),
            email_address_verified: true,
            roles: vec![MemberRole {
                role_id: "stytch_member".into(),
                sources: vec![MemberRoleSource {
                    source_type: "direct_assignment".into(),
                    ..Default::default()
                }],
            }],
            created_at: Some(rfc3339(now)),
            updated_at: Some(rfc3339(now)),
            ..Default::default()
        };
        let email_id = self.id("email");
        self.members.push(MemberRecord {
            member: member.clone(),
            email_id,
            password: Some(password.to_owned()),
        });
        Ok(member)
    }

    pub(crate) fn member_by_id(&self, member_id: &str) -> Option<usize> {
        self.members.iter().position(|m| m.member.member_id == member_id)
    }
}
