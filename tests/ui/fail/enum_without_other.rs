use stytch_endpoint::stytch_enum;

#[stytch_enum]
pub enum Plan {
    Free,
    Pro,
}

#[stytch_enum]
pub enum Tier {
    Gold,
    Other,
}

#[stytch_enum]
pub enum Region {
    Eu,
    Other(u32),
}

fn main() {}
