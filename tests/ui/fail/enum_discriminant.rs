use stytch_endpoint::stytch_enum;

#[stytch_enum]
pub enum Plan {
    Free = 1,
    Pro = 2,
    Other(String),
}

fn main() {}
