use stytch_endpoint::stytch_enum;

#[stytch_enum]
#[derive(Clone, Debug, PartialEq)]
pub enum ClientType {
    Confidential = 1,
    Other(String),
}

fn main() {
    let kind = ClientType::from("confidential");
    let _ = kind.as_str();
    let _ = serde_json::to_string(&kind);
}
