use stytch_endpoint::stytch_object;

#[stytch_object]
pub enum Plan {
    Free,
    Pro,
}

fn main() {}
