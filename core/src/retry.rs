//! Opt-in retries, only where a request provably was not processed.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// When and how often [`Client`](crate::Client) sends a request again.
///
/// Off by default: a password reset is not idempotent (a success revokes sessions), so a request
/// is only ever retried where it provably was not processed: the connection was refused or could
/// not be made, or Stytch answered 429 (rate limited) or 503 (unavailable). Between attempts the
/// client waits an exponentially growing delay with equal jitter, or the server's `Retry-After`
/// when it sends one, capped at [`max_delay`](RetryPolicy::max_delay).
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

/// The wait a `Retry-After` header asks for: delay-seconds (`120`) or an HTTP date
/// (`Wed, 21 Oct 2015 07:28:00 GMT`, measured from `now`; a past date means no wait). Anything
/// else is ignored.
pub(crate) fn parse_retry_after(value: &str, now: SystemTime) -> Option<Duration> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let at = UNIX_EPOCH.checked_add(Duration::from_secs(parse_http_date(value)?))?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

/// Seconds since the Unix epoch of an IMF-fixdate (RFC 9110 §5.6.7), the form servers send.
fn parse_http_date(value: &str) -> Option<u64> {
    // "Sun, 06 Nov 1994 08:49:37 GMT"
    let (_weekday, rest) = value.split_once(", ")?;
    let mut parts = rest.split(' ');
    let (day, month, year, time, zone) =
        (parts.next()?, parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || zone != "GMT" || day.len() != 2 || year.len() != 4 || time.len() != 8 {
        return None;
    }
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let month = MONTHS.iter().position(|m| *m == month)? as u64 + 1;
    let number = |text: &str| -> Option<u64> {
        text.bytes().all(|b| b.is_ascii_digit()).then(|| text.parse().ok()).flatten()
    };
    let (day, year) = (number(day)?, number(year)?);
    let mut hms = time.split(':');
    let (h, m, s) = (number(hms.next()?)?, number(hms.next()?)?, number(hms.next()?)?);
    if year < 1970 || !(1..=31).contains(&day) || h > 23 || m > 59 || s > 60 {
        return None;
    }
    // Days from the civil date (Howard Hinnant's algorithm), for years from 1970 on.
    let y = if month <= 2 { year - 1 } else { year };
    let era = y / 400;
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = (era * 146_097 + doe).checked_sub(719_468)?;
    Some(days * 86_400 + h * 3_600 + m * 60 + s)
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
            "Sunday, 06-Nov-94 08:49:37 GMT",
            "Thu, 01 Jan 1970 0a:00:00 GMT",
            "Sun, 06 Nov 1994 08:-9:37 GMT",
        ] {
            assert_eq!(parse(garbage), None, "{garbage:?}");
        }
    }
}
