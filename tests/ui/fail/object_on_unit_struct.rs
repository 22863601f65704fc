use stytch_endpoint::stytch_object;

#[stytch_object]
pub struct Nothing;

fn main() {}
