use stytch_endpoint::stytch_enum;

#[stytch_enum]
pub enum Plan {
    Free,
    Custom(String),
    Team { seats: u32 },
    Other(String),
}

fn main() {}
