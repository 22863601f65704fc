//! Opt-in retries, only where a request provably was not processed.

use std::time::Duration;

/// When and how often [`Client`](crate::Client) sends a request again.
///
/// Off by default: a password reset is not idempotent (a success revokes sessions), so a request
/// is only ever retried where it provably was not processed: the connection was refused or could
/// not be made, or Stytch answered 429 (rate limited) or 503 (unavailable). Between attempts the
/// client waits an exponentially growing delay with full jitter, or the server's `Retry-After`
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
        // Full jitter: anywhere in [ceiling / 2, ceiling], so that clients spread out.
        let half = ceiling / 2;
        half + half.mul_f64(jitter())
    }
}

impl Default for RetryPolicy {
    fn default() -> Self {
        Self::none()
    }
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
}
