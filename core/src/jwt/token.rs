//! A JWT in compact form, taken apart within bounds: the size cap, the three base64url parts, the
//! header's checks (RS256 only, no `crit`, a `kid`). Nothing here trusts the header beyond that:
//! `jku`, `x5u`, `jwk` and `x5c` are never read.

use crate::JwtError;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::de::IgnoredAny;
use serde::Deserialize;

/// The default limit on a JWT's length. Stytch's session JWTs are 1-2 KB, and custom claims are
/// capped at 4 KB before base64url; 16 KiB leaves room without letting a hostile token cost more.
pub(crate) const DEFAULT_MAX_TOKEN_BYTES: usize = 16 * 1024;

/// A JWT whose header passed: what the signature check needs, and the payload still encoded (it is
/// decoded only once the signature holds).
pub(crate) struct Parts<'a> {
    pub(crate) kid: String,
    /// `header.payload`, the bytes the signature covers.
    pub(crate) signed: &'a [u8],
    pub(crate) payload: &'a str,
    pub(crate) signature: Vec<u8>,
}

/// The header members this verifier reads. A member given twice fails to decode (serde's
/// `duplicate field`), so no header can say one thing to this verifier and another to the next.
#[derive(Deserialize)]
struct Header {
    alg: Option<String>,
    kid: Option<String>,
    typ: Option<String>,
    crit: Option<IgnoredAny>,
}

/// Splits and checks a JWT. Work is bounded by `limit` before anything is decoded.
pub(crate) fn parse(jwt: &str, limit: usize) -> Result<Parts<'_>, JwtError> {
    if jwt.len() > limit {
        return Err(JwtError::TooLong { len: jwt.len(), limit });
    }
    let mut parts = jwt.splitn(4, '.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(JwtError::Malformed("not three parts separated by `.`"));
    };
    let header =
        URL_SAFE_NO_PAD.decode(header).map_err(|_| JwtError::Malformed("the header is not base64url"))?;
    let header: Header = serde_json::from_slice(&header)
        .map_err(|_| JwtError::Malformed("the header is not a JSON object"))?;
    match header.alg.as_deref() {
        Some("RS256") => {}
        Some(other) => return Err(JwtError::Algorithm(JwtError::header_value(other))),
        None => return Err(JwtError::Algorithm(String::new())),
    }
    if header.crit.is_some() {
        return Err(JwtError::CriticalHeader);
    }
    if header.typ.as_deref().is_some_and(|typ| !typ.eq_ignore_ascii_case("JWT")) {
        return Err(JwtError::Malformed("the header's `typ` is not JWT"));
    }
    let kid = header.kid.filter(|kid| !kid.is_empty()).ok_or(JwtError::MissingKeyId)?;
    let signature = URL_SAFE_NO_PAD
        .decode(signature)
        .map_err(|_| JwtError::Malformed("the signature is not base64url"))?;
    let signed_len = jwt.len() - signature_len(jwt);
    Ok(Parts { kid, signed: &jwt.as_bytes()[..signed_len], payload, signature })
}

/// The length of the last part with its `.`.
fn signature_len(jwt: &str) -> usize {
    jwt.rfind('.').map_or(0, |dot| jwt.len() - dot)
}

/// The payload's bytes, once the signature holds.
pub(crate) fn decode_payload(payload: &str) -> Result<Vec<u8>, JwtError> {
    URL_SAFE_NO_PAD.decode(payload).map_err(|_| JwtError::Malformed("the payload is not base64url"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(text: &str) -> String {
        URL_SAFE_NO_PAD.encode(text)
    }

    fn jwt(header: &str) -> String {
        format!("{}.{}.{}", b64(header), b64("{}"), b64("sig"))
    }

    #[test]
    fn the_header_is_checked_before_anything_else_is_decoded() {
        let ok = parse(&jwt(r#"{"alg":"RS256","kid":"k1","typ":"JWT"}"#), 1000).map(|p| p.kid);
        assert_eq!(ok.ok().as_deref(), Some("k1"));
        for (header, check) in [
            (r#"{"alg":"none","kid":"k1"}"#, "algorithm"),
            (r#"{"alg":"HS256","kid":"k1"}"#, "algorithm"),
            (r#"{"alg":"ES256","kid":"k1"}"#, "algorithm"),
            (r#"{"alg":"rs256","kid":"k1"}"#, "algorithm"),
            (r#"{"kid":"k1"}"#, "algorithm"),
            (r#"{"alg":"RS256","kid":"k1","crit":["exp"]}"#, "critical_header"),
            (r#"{"alg":"RS256"}"#, "missing_key_id"),
            (r#"{"alg":"RS256","kid":""}"#, "missing_key_id"),
            (r#"{"alg":"RS256","alg":"none","kid":"k1"}"#, "malformed"),
            (r#"{"alg":"RS256","kid":"k1","typ":"at+jwt"}"#, "malformed"),
            (r#"{"alg":"RS256","kid":7}"#, "malformed"),
            ("[]", "malformed"),
        ] {
            let err = parse(&jwt(header), 1000).err().map(|e| e.check());
            assert_eq!(err, Some(check), "{header}");
        }
        // `jku` and `x5u` are not read, let alone fetched: the key still comes from the key set.
        let remote = jwt(r#"{"alg":"RS256","kid":"k1","jku":"http://127.0.0.1:9/k","x5u":"x"}"#);
        let remote = parse(&remote, 1000);
        assert_eq!(remote.ok().map(|p| p.kid).as_deref(), Some("k1"));
    }

    #[test]
    fn shape_and_size_are_bounded() {
        let long = "a".repeat(1001);
        assert_eq!(parse(&long, 1000).err().map(|e| e.check()), Some("too_long"));
        for bad in ["", ".", "..", "a.b", "a.b.c.d", "a+b.c.d", "YQ==.e30.c2ln"] {
            assert_eq!(parse(bad, 1000).err().map(|e| e.check()), Some("malformed"), "{bad:?}");
        }
        let token = jwt(r#"{"alg":"RS256","kid":"k"}"#);
        let parts = parse(&token, 1000).ok().unwrap();
        assert_eq!(parts.signature, b"sig");
        assert!(std::str::from_utf8(parts.signed).unwrap().ends_with(&b64("{}")));
        // Any byte string: an error, never a panic.
        const ALPHABET: &[u8] = b"eyJhbGciOiJSUzI1NiJ9.-_+/=\x00\xff";
        let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
        for len in 0..2000 {
            let bytes: Vec<u8> = (0..len % 97)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    ALPHABET[(seed % ALPHABET.len() as u64) as usize]
                })
                .collect();
            let _ = parse(&String::from_utf8_lossy(&bytes), 1000);
        }
    }
}
