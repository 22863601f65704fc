#![deny(warnings)]

use stytch_endpoint::{stytch_enum, stytch_object};

/// The values serde would write for these variants; any other value is kept in `Other`.
#[stytch_enum]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Plan {
    /// `FREE` on the wire.
    Free,
    #[serde(rename = "pro-2024", alias = "pro")]
    Pro,
    #[deprecated]
    Legacy,
    r#Enterprise,
    /// A plan this program does not know yet.
    Other(String),
}

#[stytch_object]
#[derive(Clone, Default, PartialEq)]
pub struct Account {
    pub plan: Plan,
    pub plans: Vec<Plan>,
}

fn main() {
    let account: Account =
        serde_json::from_value(serde_json::json!({"plan": "pro", "plans": ["FREE", "ENTERPRISE", "TEAM"]}))
            .unwrap();
    assert_eq!(account.plan, Plan::Pro);
    assert_eq!(account.plans, [Plan::Free, Plan::Enterprise, Plan::Other("TEAM".into())]);
    assert_eq!(Plan::Pro.as_str(), "pro-2024");
    assert_eq!("LEGACY".parse::<Plan>().unwrap().to_string(), "LEGACY");
    // A `match` with a `_` arm, as an open enum is matched (rather than `matches!`).
    #[allow(clippy::match_like_matches_macro)]
    let known = match account.plan {
        Plan::Free | Plan::Pro | Plan::Enterprise => true,
        _ => false,
    };
    assert!(known);
}
