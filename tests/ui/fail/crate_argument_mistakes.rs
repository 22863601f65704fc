// `#[stytch_object]` and `#[stytch_enum]` take only `crate = path`, as `#[stytch_endpoint]` spells it.
use stytch_endpoint::{stytch_enum, stytch_object};

#[stytch_object(crate = stytch_endpoint, crate = ::stytch_endpoint, strict, deny(unknown) , 7)]
pub struct Id {
    pub id: String,
}

#[stytch_enum(crate = 42)]
pub enum Status {
    Active,
    Other(String),
}

fn main() {
    let _ = Id { id: String::new() };
    let _ = Status::Active;
}
