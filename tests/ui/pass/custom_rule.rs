#![deny(warnings)]

use serde::Deserialize;
use stytch_endpoint::{stytch_endpoint, ViolationCode};

#[derive(Deserialize)]
pub struct Done {
    pub request_id: String,
}

mod rules {
    /// A custom rule sees the field as declared.
    #[allow(clippy::ptr_arg)] // `&String`, the field's own type, on purpose
    pub fn organization_slug(value: &String) -> Result<(), String> {
        if value.chars().all(|c| c.is_ascii_lowercase() || c == '-') {
            Ok(())
        } else {
            Err("must hold only lowercase letters and dashes".into())
        }
    }

    /// `Option` included; the message may be a `&'static str`.
    pub fn even(value: &Option<u32>) -> Result<(), &'static str> {
        match value {
            Some(n) if n % 2 == 1 => Err("must be even"),
            _ => Ok(()),
        }
    }
}

#[stytch_endpoint(POST, "/v1/organizations", response = Done)]
pub struct CreateOrganization {
    #[stytch(non_empty, custom = rules::organization_slug)]
    pub slug: String,
    #[stytch(range(0..=10), custom = crate::rules::even)]
    pub seats: Option<u32>,
}

fn main() {
    CreateOrganization { slug: "acme-corp".into(), seats: Some(4) }.validate().unwrap();
    CreateOrganization { slug: "acme".into(), seats: None }.validate().unwrap();

    let err = CreateOrganization { slug: "Acme Corp".into(), seats: Some(3) }.validate().unwrap_err();
    let violations = err.as_validation().unwrap().violations();
    assert_eq!(violations.len(), 2);
    assert_eq!((violations[0].field, violations[0].code), ("slug", ViolationCode::Custom));
    assert_eq!(violations[0].message, "must hold only lowercase letters and dashes");
    assert_eq!((violations[1].field, violations[1].code), ("seats", ViolationCode::Custom));
    assert_eq!(violations[1].message, "must be even");
}
