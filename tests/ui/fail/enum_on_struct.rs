use stytch_endpoint::stytch_enum;

#[stytch_enum]
pub struct Plan {
    pub name: String,
}

fn main() {}
