//! Opt-in retries, only where a request provably was not processed.

use std::time::{Duration, SystemTime};

/// When and how often [`Client`](crate::Client) sends a request again.
///
/// Off by default: a password reset is not idempotent (a success revokes sessions), so a request
/// is only ever retried where it provably was not processed: the connection was refused or could
/// not be made, or Stytch answered 429 (rate limited) or 503 (unavailable). Between attempts the
/// client waits an exponentially growing delay with equal jitter, or the server's `Retry-After`
/// when it sends one, capped at [`max_delay`](RetryPolicy::max_delay). Every attempt and wait
/// counts against the client's [`timeout`](crate::ClientBuilder::timeout), one deadline for the
/// whole call: a wait that would run past it is not taken.
///
/// ```
/// use std::time::Duration;
/// use stytch_endpoint::RetryPolicy;
///
/// let policy = RetryPolicy::new(3)
///     .base_delay(Duration::from_millis(200))
///     .max_delay(Duration::from_secs(5));
/// assert_eq!(policy.max_attempts(), 3);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    base_delay: Duration,
    max_delay: Duration,
}

impl RetryPolicy {
    /// No retries: every request is sent once.
    pub const fn none() -> Self {
        RetryPolicy {
            max_attempts: 1,
            base_delay: Duration::from_millis(250),
            max_delay: Duration::from_secs(10),
        }
    }

    /// Up to `max_attempts` sends in all (the first included; `0` counts as `1`), 250 ms base
    /// delay, 10 s cap.
    pub const fn new(max_attempts: u32) -> Self {
        let mut policy = Self::none();
        policy.max_attempts = if max_attempts == 0 { 1 } else { max_attempts };
        policy
    }

    /// The delay before the first retry; each later one doubles it (before jitter).
    pub const fn base_delay(mut self, delay: Duration) -> Self {
        self.base_delay = delay;
        self
    }

    /// The longest the client waits between two attempts, `Retry-After` included.
    pub const fn max_delay(mut self, delay: Duration) -> Self {
        self.max_delay = delay;
        self
    }

    /// How many sends in all, the first included.
    pub const fn max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// The wait before attempt number `retry` (1 for the first retry).
    pub(crate) fn delay(&self, retry: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(wait) = retry_after {
            return wait.min(self.max_delay);
        }
        let exp = self.base_delay.saturating_mul(1u32 << retry.saturating_sub(1).min(16));
        let ceiling = exp.min(self.max_delay);
        // Equal jitter: anywhere in [ceiling / 2, ceiling], so that clients spread out.
        let half = ceiling / 2;
        half + half.mul_f64(jitter())
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::none()
    }
}

/// The wait a `Retry-After` header asks for: delay-seconds (`120`) or an HTTP date, measured
/// from `now` (a past date means no wait), in any of the three forms RFC 9110 has a recipient
/// accept: `Sun, 06 Nov 1994 08:49:37 GMT`, `Sunday, 06-Nov-94 08:49:37 GMT` and
/// `Sun Nov  6 08:49:37 1994`. Anything else is ignored.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// A number in [0, 1) that differs between calls and threads; no need for a real RNG here.
fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or_default(),
    );
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::UNIX_EPOCH;

    #[test]
    fn delays_grow_and_stay_capped() {
        let policy =
            RetryPolicy::new(5).base_delay(Duration::from_millis(100)).max_delay(Duration::from_millis(700));
        for retry in 1..=6 {
            let ceiling = (Duration::from_millis(100) * (1 << (retry - 1))).min(Duration::from_millis(700));
            let d = policy.delay(retry, None);
            assert!(d >= ceiling / 2 && d <= ceiling, "retry {retry}: {d:?} outside {ceiling:?}");
        }
        assert_eq!(policy.delay(1, Some(Duration::from_secs(60))), Duration::from_millis(700));
        assert_eq!(policy.delay(1, Some(Duration::from_millis(5))), Duration::from_millis(5));
        assert_eq!(RetryPolicy::new(0).max_attempts(), 1);
    }

    #[test]
    fn retry_after_takes_seconds_or_an_http_date() {
        let now = UNIX_EPOCH + Duration::from_secs(784_111_777); // Sun, 06 Nov 1994 08:49:37 GMT
        let parse = |v: &str| parse_retry_after(v, now);
        assert_eq!(parse("1"), Some(Duration::from_secs(1)));
        assert_eq!(parse(" 120 "), Some(Duration::from_secs(120)));
        assert_eq!(parse("0"), Some(Duration::ZERO));
        assert_eq!(parse("99999999999999999999999"), Some(Duration::from_secs(u64::MAX)));
        assert_eq!(parse("Sun, 06 Nov 1994 08:49:47 GMT"), Some(Duration::from_secs(10)));
        assert_eq!(parse("Mon, 07 Nov 1994 08:49:37 GMT"), Some(Duration::from_secs(86_400)));
        assert_eq!(
            parse("Sat, 01 Jan 2000 00:00:00 GMT"),
            Some(Duration::from_secs(946_684_800 - 784_111_777))
        );
        assert_eq!(
            parse("Thu, 29 Feb 2024 12:00:00 GMT"),
            Some(Duration::from_secs(1_709_208_000 - 784_111_777))
        );
        assert_eq!(parse("Sun, 06 Nov 1994 08:49:00 GMT"), Some(Duration::ZERO), "a past date");
        // RFC 850's and asctime's forms, which RFC 9110 has a recipient accept too.
        assert_eq!(parse("Sunday, 06-Nov-94 08:49:47 GMT"), Some(Duration::from_secs(10)));
        assert_eq!(parse("Monday, 07-Nov-94 08:49:37 GMT"), Some(Duration::from_secs(86_400)));
        assert_eq!(parse("Sun Nov  6 08:49:47 1994"), Some(Duration::from_secs(10)));
        assert_eq!(parse("Mon Nov  7 08:49:37 1994"), Some(Duration::from_secs(86_400)));
        assert_eq!(parse("Thu Feb 29 12:00:00 2024"), Some(Duration::from_secs(1_709_208_000 - 784_111_777)));
        for garbage in [
            "",
            "-1",
            "1.5",
            "soon",
            "1e3",
            "+5",
            "Sun, 06 Nov 1994 08:49:37 PST",
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Foo 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 25:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 GMT x",
            "Sunday, 06-Nov-94 08:49:37 PST",
            "Sun Nov  6 08:49:37 1994 GMT",
            "Sun Nov 6 08:49:37 1994",
            "Thu, 01 Jan 1970 0a:00:00 GMT",
            "Sun, 06 Nov 1994 08:-9:37 GMT",
        ] {
            assert_eq!(parse(garbage), None, "{garbage:?}");
        }
    }
}
