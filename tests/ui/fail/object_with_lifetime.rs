use stytch_endpoint::stytch_object;

#[stytch_object]
pub struct Borrowed<'a> {
    pub user_id: &'a str,
}

fn main() {}
