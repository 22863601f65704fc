use stytch_endpoint::stytch_object;

#[stytch_object]
#[derive(Clone, Default)]
pub struct Counted {
    #[stytch(required)]
    pub request_id: String,
    #[stytch(required)]
    pub status_code: i32,
}

fn main() {}
