//! The local Stytch's clock: real time plus however far a test has moved it.

use std::sync::Mutex;
use std::time::{Duration, SystemTime};

/// Real time plus however far the test has moved it forward.
pub(crate) struct Clock {
    offset: Mutex<Duration>,
}

impl Clock {
    pub(crate) fn new() -> Clock {
        Clock { offset: Mutex::new(Duration::ZERO) }
    }

    pub(crate) fn now(&self) -> SystemTime {
        SystemTime::now() + *self.offset.lock().unwrap_or_else(|e| e.into_inner())
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
}
