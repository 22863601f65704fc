//! The local Stytch's random numbers, for ids and tokens: from the operating system's generator
//! (`ring::rand::SystemRandom`), so that a token seen tells nothing of the next one.

use ring::rand::{SecureRandom, SystemRandom};
use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};

/// Random values for ids and tokens, drawn from the operating system in blocks.
pub(crate) struct Rng {
    pool: [u8; 256],
    used: usize,
}

impl Rng {
    pub(crate) fn new() -> Rng {
        Rng { pool: [0; 256], used: 256 }
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        if self.used + 8 > self.pool.len() {
            fill(&mut self.pool);
            self.used = 0;
        }
        let mut bytes = [0u8; 8];
        bytes.copy_from_slice(&self.pool[self.used..self.used + 8]);
        self.used += 8;
        u64::from_le_bytes(bytes)
    }

    /// A version 4 UUID in its usual text form.
    pub(crate) fn uuid(&mut self) -> String {
        uuid_of(self.next_u64(), self.next_u64())
    }

    /// `len` characters of the URL-safe base64 alphabet, the shape of Stytch's session tokens.
    pub(crate) fn token(&mut self, len: usize) -> String {
        (0..len).map(|_| TOKEN_ALPHABET[(self.next_u64() >> 58) as usize] as char).collect()
    }
}

/// A version 4 UUID, without a generator of one's own (request ids).
pub(crate) fn uuid() -> String {
    let mut bytes = [0u8; 16];
    fill(&mut bytes);
    let (a, b) = bytes.split_at(8);
    uuid_of(
        u64::from_le_bytes(a.try_into().unwrap_or_default()),
        u64::from_le_bytes(b.try_into().unwrap_or_default()),
    )
}

fn uuid_of(a: u64, b: u64) -> String {
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

/// Fills `bytes` from the operating system. Should it ever fail, the standard library's randomly
/// keyed hasher (itself seeded from the operating system) stands in.
fn fill(bytes: &mut [u8]) {
    if SystemRandom::new().fill(bytes).is_ok() {
        return;
    }
    for chunk in bytes.chunks_mut(8) {
        let value = RandomState::new().build_hasher().finish().to_le_bytes();
        chunk.copy_from_slice(&value[..chunk.len()]);
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
        for uuid in [rng.uuid(), super::uuid()] {
            assert_eq!(uuid.len(), 36);
            assert_eq!(&uuid[14..15], "4");
            assert!(matches!(&uuid[19..20], "8" | "9" | "a" | "b"), "{uuid}");
        }
        let token = rng.token(44);
        assert_eq!(token.len(), 44);
        assert!(token.bytes().all(|b| TOKEN_ALPHABET.contains(&b)));
        assert_ne!(rng.token(44), token);
    }

    /// A xorshift64* generator's output is its state times an odd constant: one output gives the
    /// state, and so every output after it. These values must not follow from each other so.
    #[test]
    fn one_value_does_not_predict_the_next() {
        const M: u64 = 0x2545_F491_4F6C_DD1D;
        // The inverse of M modulo 2^64 (Newton's iteration).
        let mut inverse: u64 = M;
        for _ in 0..6 {
            inverse = inverse.wrapping_mul(2u64.wrapping_sub(M.wrapping_mul(inverse)));
        }
        assert_eq!(M.wrapping_mul(inverse), 1);
        let mut rng = Rng::new();
        let mut predicted = 0;
        for _ in 0..64 {
            let value = rng.next_u64();
            let next = rng.next_u64();
            let mut x = value.wrapping_mul(inverse);
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            if x.wrapping_mul(M) == next {
                predicted += 1;
            }
        }
        assert_eq!(predicted, 0, "the next value follows from the one before");
    }
}
