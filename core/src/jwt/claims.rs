//! The claims of a session JWT: the registered ones checked (`aud`, `iss`, `exp`, `nbf`, `iat`),
//! Stytch's typed ([`SessionClaims`], [`MemberSessionClaims`]), the rest kept as custom claims.

use crate::consumer::session::{Attributes, AuthenticationFactor};
use crate::{stytch_object, JwtError};
use serde_json::{Map, Value};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The claim that carries the session.
pub(crate) const SESSION_CLAIM: &str = "https://stytch.com/session";
/// The claim that carries the organization, in a B2B session JWT.
pub(crate) const ORGANIZATION_CLAIM: &str = "https://stytch.com/organization";

/// The claims of a verified consumer session JWT.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SessionClaims {
    /// The User the session belongs to (`sub`).
    pub user_id: String,
    /// The session's id.
    pub session_id: String,
    /// When the session started, RFC 3339.
    pub started_at: String,
    /// When the session was last accessed, RFC 3339.
    pub last_accessed_at: String,
    /// When the session expires, RFC 3339: the session's lifetime, not the JWT's.
    pub expires_at: String,
    /// The factors that made the session.
    pub authentication_factors: Vec<AuthenticationFactor>,
    /// The session's RBAC roles.
    pub roles: Vec<String>,
    /// The IP address and user agent the session was started from.
    pub attributes: Option<Attributes>,
    /// Every other top-level claim: the session's custom claims.
    pub custom_claims: Map<String, Value>,
    /// When the JWT was issued (`iat`).
    pub issued_at: SystemTime,
    /// When the JWT expires (`exp`), five minutes after it was issued.
    pub jwt_expires_at: SystemTime,
}

/// The claims of a verified B2B member session JWT.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MemberSessionClaims {
    /// The Member the session belongs to (`sub`).
    pub member_id: String,
    /// The member session's id.
    pub member_session_id: String,
    /// The Organization's id.
    pub organization_id: String,
    /// The Organization's slug.
    pub organization_slug: String,
    /// When the session started, RFC 3339.
    pub started_at: String,
    /// When the session was last accessed, RFC 3339.
    pub last_accessed_at: String,
    /// When the session expires, RFC 3339: the session's lifetime, not the JWT's.
    pub expires_at: String,
    /// The factors that made the session.
    pub authentication_factors: Vec<AuthenticationFactor>,
    /// The session's RBAC roles.
    pub roles: Vec<String>,
    /// The IP address and user agent the session was started from, if Stytch put them in.
    pub attributes: Option<Attributes>,
    /// Every other top-level claim: the session's custom claims.
    pub custom_claims: Map<String, Value>,
    /// When the JWT was issued (`iat`).
    pub issued_at: SystemTime,
    /// When the JWT expires (`exp`), five minutes after it was issued.
    pub jwt_expires_at: SystemTime,
}

/// `https://stytch.com/session`.
#[stytch_object]
#[derive(Default)]
struct SessionClaim {
    id: String,
    started_at: String,
    last_accessed_at: String,
    expires_at: String,
    attributes: Option<Attributes>,
    authentication_factors: Vec<AuthenticationFactor>,
    roles: Vec<String>,
}

/// `https://stytch.com/organization`.
#[stytch_object]
#[derive(Default)]
struct OrganizationClaim {
    organization_id: String,
    slug: String,
}

/// A JWT's payload, decoded in one pass: the registered claims as JSON values (checked by
/// [`check`]), Stytch's two claims typed, every other claim kept as a custom claim. A claim given
/// twice refuses the payload, so no payload can say one thing here and another elsewhere.
#[derive(Default)]
pub(crate) struct Payload {
    registered: [Option<Value>; 6],
    session: Option<SessionClaim>,
    organization: Option<OrganizationClaim>,
    custom: Map<String, Value>,
}

/// The registered claims [`Payload`] keeps, in its order; `jti` is dropped.
const REGISTERED: [&str; 6] = ["iss", "sub", "aud", "exp", "nbf", "iat"];

impl Payload {
    pub(crate) fn get(&self, name: &str) -> Option<&Value> {
        let index = REGISTERED.iter().position(|n| *n == name)?;
        self.registered[index].as_ref()
    }
}

/// Decodes a payload; a Stytch claim of the wrong shape is [`JwtError::Claim`] naming it.
pub(crate) fn parse_payload(bytes: &[u8]) -> Result<Payload, JwtError> {
    use serde::de::DeserializeSeed;
    let failed = std::cell::Cell::new(None);
    let mut json = serde_json::Deserializer::from_slice(bytes);
    let parsed = PayloadSeed { failed: &failed }
        .deserialize(&mut json)
        .and_then(|payload| json.end().map(|()| payload));
    parsed.map_err(|_| match failed.get() {
        Some(claim) => JwtError::Claim(claim),
        None => JwtError::Malformed("the payload is not a JSON object"),
    })
}

struct PayloadSeed<'a> {
    /// The Stytch claim being decoded when decoding failed.
    failed: &'a std::cell::Cell<Option<&'static str>>,
}

impl<'de> serde::de::DeserializeSeed<'de> for PayloadSeed<'_> {
    type Value = Payload;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Payload, D::Error> {
        deserializer.deserialize_map(self)
    }
}

impl<'de> serde::de::Visitor<'de> for PayloadSeed<'_> {
    type Value = Payload;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a JSON object of claims")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Payload, A::Error> {
        use serde::de::Error as _;
        let mut payload = Payload::default();
        let mut seen_jti = false;
        while let Some(name) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            let twice = || A::Error::custom("a claim appears twice");
            if let Some(index) = REGISTERED.iter().position(|n| *n == name) {
                if payload.registered[index].replace(map.next_value()?).is_some() {
                    return Err(twice());
                }
            } else if name == SESSION_CLAIM {
                self.failed.set(Some(SESSION_CLAIM));
                if payload.session.replace(map.next_value()?).is_some() {
                    return Err(twice());
                }
                self.failed.set(None);
            } else if name == ORGANIZATION_CLAIM {
                self.failed.set(Some(ORGANIZATION_CLAIM));
                if payload.organization.replace(map.next_value()?).is_some() {
                    return Err(twice());
                }
                self.failed.set(None);
            } else if name == "jti" {
                map.next_value::<serde::de::IgnoredAny>()?;
                if std::mem::replace(&mut seen_jti, true) {
                    return Err(twice());
                }
            } else if payload.custom.insert(name.into_owned(), map.next_value()?).is_some() {
                return Err(twice());
            }
        }
        Ok(payload)
    }
}

/// What the registered claims are held to.
pub(crate) struct Rules {
    pub(crate) project_id: String,
    /// `stytch.com/{project_id}` and the base URL without its trailing `/`.
    pub(crate) issuers: [String; 2],
    pub(crate) tolerance: Duration,
    pub(crate) max_age: Option<Duration>,
}

/// The registered claims, checked against `now`.
pub(crate) struct Registered {
    pub(crate) subject: String,
    pub(crate) issued_at: SystemTime,
    pub(crate) expires_at: SystemTime,
}

/// Checks `aud`, `iss`, `exp`, `nbf` and the token age, in that order.
pub(crate) fn check(claims: &Payload, rules: &Rules, now: SystemTime) -> Result<Registered, JwtError> {
    let audience_ok = match claims.get("aud") {
        Some(Value::String(aud)) => *aud == rules.project_id,
        Some(Value::Array(list)) => list.iter().any(|aud| aud.as_str() == Some(&rules.project_id)),
        _ => return Err(JwtError::Claim("aud")),
    };
    if !audience_ok {
        return Err(JwtError::Audience);
    }
    let issuer = claims.get("iss").and_then(Value::as_str).ok_or(JwtError::Claim("iss"))?;
    if !rules.issuers.iter().any(|ok| ok == issuer) {
        return Err(JwtError::Issuer);
    }
    let subject = claims.get("sub").and_then(Value::as_str).filter(|s| !s.is_empty());
    let subject = subject.ok_or(JwtError::Claim("sub"))?.to_owned();
    let date = |name: &'static str| -> Result<Option<i64>, JwtError> {
        match claims.get(name) {
            None => Ok(None),
            Some(value) => numeric_date(value).map(Some).ok_or(JwtError::Claim(name)),
        }
    };
    let exp = date("exp")?.ok_or(JwtError::Claim("exp"))?;
    let nbf = date("nbf")?;
    let iat = date("iat")?;
    let now = seconds(now);
    let tolerance = i64::try_from(rules.tolerance.as_secs()).unwrap_or(i64::MAX);
    if now.saturating_sub(tolerance) >= exp {
        return Err(JwtError::Expired { expired_at: time(exp) });
    }
    if let Some(nbf) = nbf {
        if now.saturating_add(tolerance) < nbf {
            return Err(JwtError::NotYetValid { not_before: time(nbf) });
        }
    }
    if let Some(max_age) = rules.max_age {
        let iat = iat.ok_or(JwtError::Claim("iat"))?;
        let age = Duration::from_secs(now.saturating_sub(iat).max(0) as u64);
        // As Node's `max_token_age_seconds`: `now - iat >= max`, so 0 refuses every token.
        if age >= max_age {
            return Err(JwtError::TooOld { age, max_age });
        }
    }
    Ok(Registered { subject, issued_at: time(iat.unwrap_or(exp.saturating_sub(300))), expires_at: time(exp) })
}

/// A NumericDate: seconds since the epoch, an integer or a finite number (rounded down).
fn numeric_date(value: &Value) -> Option<i64> {
    let number = value.as_number()?;
    number.as_i64().or_else(|| {
        let float = number.as_f64()?;
        (float.is_finite() && float.abs() < 1e15).then(|| float.floor() as i64)
    })
}

/// `time` in whole seconds since the epoch, rounded down.
fn seconds(time: SystemTime) -> i64 {
    match time.duration_since(UNIX_EPOCH) {
        Ok(after) => i64::try_from(after.as_secs()).unwrap_or(i64::MAX),
        Err(before) => {
            let before = before.duration();
            let whole = i64::try_from(before.as_secs()).unwrap_or(i64::MAX);
            if before.subsec_nanos() > 0 {
                -whole - 1
            } else {
                -whole
            }
        }
    }
}

/// Seconds since the epoch as a time; dates a `SystemTime` cannot hold saturate.
fn time(seconds: i64) -> SystemTime {
    let magnitude = Duration::from_secs(seconds.unsigned_abs());
    let time =
        if seconds >= 0 { UNIX_EPOCH.checked_add(magnitude) } else { UNIX_EPOCH.checked_sub(magnitude) };
    time.unwrap_or(UNIX_EPOCH)
}

fn session_claim(payload: &mut Payload) -> Result<SessionClaim, JwtError> {
    let session = payload.session.take().ok_or(JwtError::Claim(SESSION_CLAIM))?;
    if session.id.is_empty() {
        return Err(JwtError::Claim(SESSION_CLAIM));
    }
    Ok(session)
}

impl SessionClaims {
    pub(crate) fn new(mut claims: Payload, registered: Registered) -> Result<Self, JwtError> {
        let session = session_claim(&mut claims)?;
        Ok(SessionClaims {
            user_id: registered.subject,
            session_id: session.id,
            started_at: session.started_at,
            last_accessed_at: session.last_accessed_at,
            expires_at: session.expires_at,
            authentication_factors: session.authentication_factors,
            roles: session.roles,
            attributes: session.attributes,
            custom_claims: claims.custom,
            issued_at: registered.issued_at,
            jwt_expires_at: registered.expires_at,
        })
    }
}

impl MemberSessionClaims {
    pub(crate) fn new(mut claims: Payload, registered: Registered) -> Result<Self, JwtError> {
        let session = session_claim(&mut claims)?;
        let organization = claims.organization.take().ok_or(JwtError::Claim(ORGANIZATION_CLAIM))?;
        if organization.organization_id.is_empty() {
            return Err(JwtError::Claim(ORGANIZATION_CLAIM));
        }
        Ok(MemberSessionClaims {
            member_id: registered.subject,
            member_session_id: session.id,
            organization_id: organization.organization_id,
            organization_slug: organization.slug,
            started_at: session.started_at,
            last_accessed_at: session.last_accessed_at,
            expires_at: session.expires_at,
            authentication_factors: session.authentication_factors,
            roles: session.roles,
            attributes: session.attributes,
            custom_claims: claims.custom,
            issued_at: registered.issued_at,
            jwt_expires_at: registered.expires_at,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const P: &str = "project-test-1";

    fn rules(tolerance: u64, max_age: Option<u64>) -> Rules {
        Rules {
            project_id: P.into(),
            issuers: [format!("stytch.com/{P}"), "https://auth.example.com".into()],
            tolerance: Duration::from_secs(tolerance),
            max_age: max_age.map(Duration::from_secs),
        }
    }

    fn claims(extra: Value) -> Map<String, Value> {
        let mut base = json!({"aud": [P], "iss": format!("stytch.com/{P}"), "sub": "user-test-1",
            "iat": 1000, "nbf": 1000, "exp": 1300});
        base.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        base.as_object().unwrap().clone()
    }

    fn payload(claims: &Map<String, Value>) -> Payload {
        parse_payload(&serde_json::to_vec(claims).unwrap()).ok().unwrap()
    }

    fn at(seconds: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(seconds)
    }

    fn verdict(extra: Value, rules: &Rules, now: u64) -> Result<(), &'static str> {
        check(&payload(&claims(extra)), rules, at(now)).map(|_| ()).map_err(|e| e.check())
    }

    #[test]
    fn audience_and_issuer() {
        let r = rules(0, None);
        assert_eq!(verdict(json!({}), &r, 1100), Ok(()));
        assert_eq!(verdict(json!({"aud": P}), &r, 1100), Ok(()), "a string audience");
        assert_eq!(verdict(json!({"aud": ["other", P]}), &r, 1100), Ok(()));
        assert_eq!(verdict(json!({"aud": "project-test-2"}), &r, 1100), Err("audience"));
        assert_eq!(verdict(json!({"aud": ["project-test-2"]}), &r, 1100), Err("audience"));
        assert_eq!(verdict(json!({"aud": []}), &r, 1100), Err("audience"));
        assert_eq!(verdict(json!({"aud": 7}), &r, 1100), Err("claim"));
        assert_eq!(verdict(json!({"iss": "https://auth.example.com"}), &r, 1100), Ok(()));
        for iss in ["https://auth.example.com/", "stytch.com/project-test-2", "stytch.com", ""] {
            assert_eq!(verdict(json!({ "iss": iss }), &r, 1100), Err("issuer"), "{iss}");
        }
        assert_eq!(verdict(json!({"sub": ""}), &r, 1100), Err("claim"));
    }

    #[test]
    fn times_with_tolerance_and_age() {
        let strict = rules(0, None);
        assert_eq!(verdict(json!({}), &strict, 1299), Ok(()));
        assert_eq!(verdict(json!({}), &strict, 1300), Err("expired"), "exp is the first instant refused");
        assert_eq!(verdict(json!({}), &strict, 999), Err("not_yet_valid"));
        assert_eq!(verdict(json!({}), &strict, 1000), Ok(()));
        let lenient = rules(30, None);
        assert_eq!(verdict(json!({}), &lenient, 1329), Ok(()));
        assert_eq!(verdict(json!({}), &lenient, 1330), Err("expired"));
        assert_eq!(verdict(json!({}), &lenient, 970), Ok(()));
        assert_eq!(verdict(json!({}), &lenient, 969), Err("not_yet_valid"));
        assert_eq!(verdict(json!({}), &rules(0, Some(0)), 1000), Err("too_old"), "0 means every token");
        assert_eq!(verdict(json!({}), &rules(0, Some(60)), 1059), Ok(()));
        assert_eq!(verdict(json!({}), &rules(0, Some(60)), 1060), Err("too_old"));
        assert_eq!(verdict(json!({"exp": 1300.9}), &strict, 1300), Err("expired"));
        for bad in [json!({"exp": "1300"}), json!({"exp": null}), json!({"nbf": true}), json!({"exp": 1e300})]
        {
            assert_eq!(verdict(bad.clone(), &strict, 1100), Err("claim"), "{bad}");
        }
        let mut no_exp = claims(json!({}));
        no_exp.remove("exp");
        assert_eq!(check(&payload(&no_exp), &strict, at(1100)).err().map(|e| e.check()), Some("claim"));
        assert_eq!(seconds(UNIX_EPOCH - Duration::from_millis(1500)), -2);
        let _ = (time(i64::MIN), time(i64::MAX)); // saturate, never panic
    }

    #[test]
    fn stytchs_claims_are_typed_and_the_rest_are_custom() {
        let mut all = claims(json!({
            SESSION_CLAIM: {"id": "session-test-1", "started_at": "2026-01-01T00:00:00Z",
                "last_accessed_at": "2026-01-01T00:01:00Z", "expires_at": "2026-01-01T01:00:00Z",
                "attributes": {"ip_address": "203.0.113.1", "user_agent": null},
                "authentication_factors": [{"type": "password", "delivery_method": "knowledge"}],
                "roles": ["admin"]},
            ORGANIZATION_CLAIM: {"organization_id": "organization-test-1", "slug": "acme"},
            "tenant": "t-1", "level": 3,
        }));
        let registered = check(&payload(&all), &rules(0, None), at(1100)).unwrap();
        let member = MemberSessionClaims::new(payload(&all), registered).unwrap();
        assert_eq!(member.member_id, "user-test-1");
        assert_eq!(member.organization_slug, "acme");
        assert_eq!(member.roles, ["admin"]);
        assert_eq!(member.custom_claims, *json!({"tenant": "t-1", "level": 3}).as_object().unwrap());
        assert_eq!(member.jwt_expires_at, at(1300));
        let registered = check(&payload(&all), &rules(0, None), at(1100)).unwrap();
        let user = SessionClaims::new(payload(&all), registered).unwrap();
        assert_eq!(user.session_id, "session-test-1");
        assert_eq!(user.authentication_factors.len(), 1);
        assert_eq!(user.attributes.unwrap().ip_address.as_deref(), Some("203.0.113.1"));

        all.remove(ORGANIZATION_CLAIM);
        let registered = check(&payload(&all), &rules(0, None), at(1100)).unwrap();
        assert_eq!(
            MemberSessionClaims::new(payload(&all), registered).err().map(|e| e.check()),
            Some("claim")
        );
        all.insert(SESSION_CLAIM.into(), json!("not an object"));
        let wrong = parse_payload(&serde_json::to_vec(&all).unwrap()).err();
        assert!(matches!(wrong, Some(JwtError::Claim(SESSION_CLAIM))));
        all.remove(SESSION_CLAIM);
        let registered = check(&payload(&all), &rules(0, None), at(1100)).unwrap();
        assert_eq!(SessionClaims::new(payload(&all), registered).err().map(|e| e.check()), Some("claim"));
    }

    #[test]
    fn a_payload_is_one_json_object_with_each_claim_once() {
        for bad in [
            &br#"{"sub": "a", "sub": "b"}"#[..],
            br#"{"tenant": 1, "tenant": 2}"#,
            br#"{"jti": 1, "jti": 2}"#,
            br#"[1]"#,
            br#"{"sub": "a"} {}"#,
            br#"{"sub": "a""#,
            b"",
        ] {
            let err = parse_payload(bad).err().map(|e| e.check());
            assert_eq!(err, Some("malformed"), "{}", String::from_utf8_lossy(bad));
        }
        let ok = parse_payload(br#"{"sub": "a", "jti": "x", "https://example.com/x": [1]}"#).ok().unwrap();
        assert_eq!(ok.get("sub"), Some(&json!("a")));
        assert_eq!(ok.custom, *json!({"https://example.com/x": [1]}).as_object().unwrap());
    }
}
