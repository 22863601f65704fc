use stytch_endpoint::stytch_object;

#[stytch_object]
pub struct Page<T> {
    pub request_id: String,
    pub results: Vec<T>,
}

fn main() {}
