use stytch_endpoint::stytch_object;

#[stytch_object]
pub struct Locale {
    pub code: String,
}

#[stytch_object]
// No derive of its own: the one error is the attribute's.
pub struct Answer {
    pub request_id: String,
    pub locale: Locale,
}

fn main() {}
