//! The local Stytch's random numbers, for ids and tokens.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

/// Random-looking values for ids and tokens: xorshift64*, seeded from the standard library's
/// randomly keyed hasher. Not cryptographic: this is a test double, and its tokens guard nothing.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new() -> Rng {
        static INSTANCES: AtomicU64 = AtomicU64::new(0);
        let mut hasher = RandomState::new().build_hasher();
        hasher.write_u64(INSTANCES.fetch_add(1, Ordering::Relaxed));
        hasher.write_u128(SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_nanos());
        Rng(hasher.finish() | 1)
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A version 4 UUID in its usual text form.
    pub(crate) fn uuid(&mut self) -> String {
        let (a, b) = (self.next_u64(), self.next_u64());
        let a = (a & !0xF000) | 0x4000; // version 4
        let b = (b & !(0b11 << 62)) | (0b10 << 62); // RFC 4122 variant
        format!(
            "{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xFFFF,
            a & 0xFFFF,
            b >> 48,
            b & 0xFFFF_FFFF_FFFF
        )
    }

    /// `len` characters of the URL-safe base64 alphabet, the shape of Stytch's session tokens.
    pub(crate) fn token(&mut self, len: usize) -> String {
        (0..len).map(|_| TOKEN_ALPHABET[(self.next_u64() >> 58) as usize] as char).collect()
    }
}

/// The characters of a session token.
pub(crate) const TOKEN_ALPHABET: &[u8; 64] =
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuids_and_tokens_have_their_shapes() {
        let mut rng = Rng::new();
        let uuid = rng.uuid();
        assert_eq!(uuid.len(), 36);
        assert_eq!(&uuid[14..15], "4");
        assert!(matches!(&uuid[19..20], "8" | "9" | "a" | "b"), "{uuid}");
        let token = rng.token(44);
        assert_eq!(token.len(), 44);
        assert!(token.bytes().all(|b| TOKEN_ALPHABET.contains(&b)));
        assert_ne!(rng.token(44), token);
    }
}
