use stytch_endpoint::stytch_object;

#[derive(Default, serde::Serialize, serde::Deserialize)]
pub struct Opaque {
    pub value: String,
}

#[stytch_object]
#[derive(Default)]
pub struct Answer {
    pub request_id: String,
    pub opaque: Opaque,
}

fn main() {}
