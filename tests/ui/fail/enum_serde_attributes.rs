use stytch_endpoint::stytch_enum;

#[stytch_enum]
#[serde(rename_all = "Title Case", tag = "type")]
pub enum Plan {
    Free,
    #[serde(skip)]
    Pro,
    Other(String),
}

fn main() {}
