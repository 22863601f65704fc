use stytch_endpoint::stytch_enum;

#[stytch_enum]
#[serde(rename_all = "snake_case")]
pub enum Plan {
    FreeTier,
    #[serde(rename = "free_tier")]
    Free,
    Other(String),
}

fn main() {}
