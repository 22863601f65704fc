//! `with_<field>` setters on a `#[stytch_object]`: one per field, as visible as the field, quiet
//! under `deny(warnings)` even when a private one is unused, for raw identifiers and `#[cfg]`
//! fields too.
#![deny(warnings)]

use stytch_endpoint::stytch_object;

mod objects {
    use stytch_endpoint::stytch_object;

    #[stytch_object]
    #[derive(Clone, Default, PartialEq)]
    #[non_exhaustive]
    pub struct Membership {
        pub r#type: String,
        pub member_id: Option<String>,
        pub roles: Vec<String>,
        #[cfg(any())]
        pub never: String,
        internal: u32,
    }

    impl Membership {
        pub fn internal(&self) -> u32 {
            self.internal
        }
    }
}

#[stytch_object]
#[derive(Default)]
pub struct Count {
    pub total: i64,
}

fn main() {
    let membership = objects::Membership::default()
        .with_type("active_member")
        .with_member_id("member-test-1".to_owned())
        .with_roles(vec!["admin".to_owned()]);
    assert_eq!(membership.r#type, "active_member");
    assert_eq!(membership.member_id.as_deref(), Some("member-test-1"));
    assert_eq!(membership.internal(), 0);
    assert_eq!(Count::default().with_total(3).total, 3);
}
