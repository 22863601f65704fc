//! The local Stytch's clock: real time plus however far a test has moved it.

use std::sync::Mutex;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The end of time as the local Stytch keeps it: 9999-12-31T23:59:59Z, the last instant an
/// RFC 3339 timestamp can write. Clock arithmetic saturates here instead of overflowing.
pub(crate) const END_OF_TIME: Duration = Duration::from_secs(253_402_300_799);

/// `time + by`, saturating at [`END_OF_TIME`].
pub(crate) fn later(time: SystemTime, by: Duration) -> SystemTime {
    let end = UNIX_EPOCH + END_OF_TIME;
    time.checked_add(by).map_or(end, |t| t.min(end))
}

/// Real time plus however far the test has moved it forward.
pub(crate) struct Clock {
    offset: Mutex<Duration>,
}

impl Clock {
    pub(crate) fn new() -> Clock {
        Clock { offset: Mutex::new(Duration::ZERO) }
    }

    pub(crate) fn now(&self) -> SystemTime {
        later(SystemTime::now(), *self.offset.lock().unwrap_or_else(|e| e.into_inner()))
    }

    /// Back to real time.
    pub(crate) fn reset(&self) {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner()) = Duration::ZERO;
    }

    /// How far the clock has been moved forward.
    pub(crate) fn offset(&self) -> Duration {
        *self.offset.lock().unwrap_or_else(|e| e.into_inner())
    }

    pub(crate) fn advance(&self, by: Duration) {
        let mut offset = self.offset.lock().unwrap_or_else(|e| e.into_inner());
        *offset = offset.saturating_add(by);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_clock_moves_forward_when_told() {
        let clock = Clock::new();
        let before = clock.now();
        clock.advance(Duration::from_secs(600));
        assert!(clock.now().duration_since(before).unwrap() >= Duration::from_secs(600));
    }

    #[test]
    fn clock_arithmetic_saturates() {
        let clock = Clock::new();
        clock.advance(Duration::MAX);
        clock.advance(Duration::MAX);
        assert_eq!(clock.now(), UNIX_EPOCH + END_OF_TIME);
        assert_eq!(later(clock.now(), Duration::MAX), UNIX_EPOCH + END_OF_TIME);
        clock.reset();
        assert!(clock.now() < UNIX_EPOCH + END_OF_TIME);
    }
}
