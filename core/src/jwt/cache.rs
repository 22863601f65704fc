//! The key cache: the key set a verifier holds, and when it fetches another.
//!
//! - The first fetch is lazy: building a verifier never touches the network.
//! - A held set older than the refresh interval is fetched again by the first request that
//!   finds it stale and the fetch free; the others go on with the held keys meanwhile.
//! - A `kid` not in the set makes one fetch, at most once per refetch interval; requests that
//!   arrive while it runs wait for it and then look again, so eight threads with the same new
//!   `kid` make one fetch.
//! - A failed fetch (an error answer, HTML, a body over the client's limit, a broken
//!   connection) keeps the held keys, and no other is tried within the refetch interval.
//! - Verifying never holds a lock: a request takes an `Arc` of the held set and lets go.

use super::keys::{Entry, KeySet};
use crate::error::ConfigError;
use crate::{Error, JwtError};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::{Duration, Instant};

/// Fetches a key set: the JWKS route over the verifier's client, or a test's function.
pub(crate) type Source = Arc<dyn Fn() -> Result<KeySet, Error> + Send + Sync>;

/// The held set and when it was fetched.
struct Held {
    keys: KeySet,
    /// When this set was fetched or given; `None` before the first.
    at: Option<Instant>,
    /// Counts the sets installed, so a waiting request can tell that one arrived.
    generation: u64,
}

/// The fetch's bookkeeping; its mutex is held for the whole of a fetch and nothing else.
#[derive(Default)]
struct Fetching {
    /// The last fetch made for an unknown `kid` while keys were held.
    last_unknown: Option<Instant>,
    /// The last fetch that failed, since the last that succeeded.
    last_failure: Option<Instant>,
    /// Its error: what requests are refused with while no set is held.
    last_error: Option<Arc<Error>>,
}

/// Why a fetch is made.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Why {
    /// No set is held yet.
    First,
    /// A `kid` the held set lacks.
    Unknown,
    /// The held set is older than the refresh interval.
    Scheduled,
}

pub(crate) struct KeyCache {
    held: RwLock<Arc<Held>>,
    fetching: Mutex<Fetching>,
    /// Fetches made, successful or not; read without waiting for a fetch in flight.
    fetches: AtomicU64,
    source: Option<Source>,
    refresh_interval: Duration,
    refetch_interval: Duration,
}

/// A key that verifies, taken out of the held set (which stays alive as long as it is used).
pub(crate) struct Key {
    held: Arc<Held>,
    index: usize,
}

impl Key {
    pub(crate) fn components(&self) -> (&[u8], &[u8]) {
        match self.held.keys.get_index(self.index) {
            Some(Entry::Rsa { n, e }) => (n, e),
            _ => (&[], &[]),
        }
    }
}

impl KeyCache {
    pub(crate) fn new(
        given: Option<KeySet>,
        source: Option<Source>,
        refresh_interval: Duration,
        refetch_interval: Duration,
    ) -> KeyCache {
        let held = match given {
            Some(keys) => Held { keys, at: Some(Instant::now()), generation: 1 },
            None => Held { keys: KeySet::default(), at: None, generation: 0 },
        };
        KeyCache {
            held: RwLock::new(Arc::new(held)),
            fetching: Mutex::new(Fetching::default()),
            fetches: AtomicU64::new(0),
            source,
            refresh_interval,
            refetch_interval,
        }
    }

    fn snapshot(&self) -> Arc<Held> {
        self.held.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The held keys.
    pub(crate) fn keys(&self) -> KeySet {
        self.snapshot().keys.clone()
    }

    /// How many fetches were made (successful or not).
    pub(crate) fn fetches(&self) -> u64 {
        self.fetches.load(Ordering::Relaxed)
    }

    /// Replaces the held keys, as if just fetched.
    pub(crate) fn install(&self, keys: KeySet) {
        let mut held = self.held.write().unwrap_or_else(|e| e.into_inner());
        let generation = held.generation + 1;
        *held = Arc::new(Held { keys, at: Some(Instant::now()), generation });
    }

    /// The key with this id, fetching the set when it is missing (once per refetch interval) or
    /// stale (without waiting for it).
    pub(crate) fn key(&self, kid: &str) -> Result<Key, JwtError> {
        let held = self.snapshot();
        match find(&held, kid) {
            Found::Usable(index) => {
                if self.is_stale(&held) {
                    self.refresh_if_free(&held);
                }
                Ok(Key { held, index })
            }
            Found::Unusable(reason) => {
                Err(JwtError::UnusableKey { kid: JwtError::header_value(kid), reason })
            }
            Found::Missing => self.refetch_for(kid, held),
        }
    }

    fn is_stale(&self, held: &Held) -> bool {
        self.source.is_some() && held.at.is_none_or(|at| at.elapsed() >= self.refresh_interval)
    }

    fn recent(&self, at: Option<Instant>) -> bool {
        at.is_some_and(|at| at.elapsed() < self.refetch_interval)
    }

    /// A scheduled refresh, by whoever finds the fetch free; the others keep the held keys. After
    /// a failure, the next try waits for the refetch interval.
    fn refresh_if_free(&self, seen: &Held) {
        let Ok(mut fetching) = self.fetching.try_lock() else { return };
        if self.snapshot().generation != seen.generation || self.recent(fetching.last_failure) {
            return;
        }
        let _ = self.fetch(&mut fetching, Why::Scheduled);
    }

    /// A `kid` not in the held set: wait for a fetch under way, or make one if none was made
    /// within the refetch interval, then look again.
    fn refetch_for(&self, kid: &str, seen: Arc<Held>) -> Result<Key, JwtError> {
        let unknown = || JwtError::UnknownKey(JwtError::header_value(kid));
        if self.source.is_none() {
            return Err(unknown());
        }
        let mut fetching = self.fetching.lock().unwrap_or_else(|e| e.into_inner());
        let now_held = self.snapshot();
        if now_held.generation == seen.generation {
            let why = if now_held.at.is_none() { Why::First } else { Why::Unknown };
            let recent = self.recent(fetching.last_failure)
                || (why == Why::Unknown && self.recent(fetching.last_unknown));
            if recent {
                return Err(match (&fetching.last_error, now_held.at) {
                    (Some(err), None) => JwtError::KeysUnavailable(err.clone()),
                    _ => unknown(),
                });
            }
            if let Err(err) = self.fetch(&mut fetching, why) {
                if now_held.at.is_none() {
                    return Err(JwtError::KeysUnavailable(err));
                }
            }
        }
        drop(fetching);
        let held = self.snapshot();
        match find(&held, kid) {
            Found::Usable(index) => Ok(Key { held, index }),
            Found::Unusable(reason) => {
                Err(JwtError::UnusableKey { kid: JwtError::header_value(kid), reason })
            }
            Found::Missing => {
                match (&held.at, self.fetching.lock().unwrap_or_else(|e| e.into_inner()).last_error.clone()) {
                    (None, Some(err)) => Err(JwtError::KeysUnavailable(err)),
                    _ => Err(unknown()),
                }
            }
        }
    }

    /// One fetch, with the fetch mutex held; a failure keeps the held set.
    fn fetch(&self, fetching: &mut Fetching, why: Why) -> Result<(), Arc<Error>> {
        let Some(source) = &self.source else { return Ok(()) };
        if why == Why::Unknown {
            fetching.last_unknown = Some(Instant::now());
        }
        self.fetches.fetch_add(1, Ordering::Relaxed);
        let result = match source() {
            // An answer without a single key would leave every JWT unverifiable: a failure.
            Ok(keys) if keys.is_empty() => {
                Err(Arc::new(Error::Config(ConfigError::new("the key set fetched holds no key"))))
            }
            Ok(keys) => {
                self.install(keys);
                Ok(())
            }
            Err(err) => Err(Arc::new(err)),
        };
        match &result {
            Ok(()) => {
                fetching.last_failure = None;
                fetching.last_error = None;
            }
            Err(err) => {
                fetching.last_failure = Some(Instant::now());
                fetching.last_error = Some(err.clone());
            }
        }
        result
    }
}

enum Found {
    Usable(usize),
    Unusable(&'static str),
    Missing,
}

fn find(held: &Held, kid: &str) -> Found {
    match held.keys.position(kid) {
        Some((index, Entry::Rsa { .. })) => Found::Usable(index),
        Some((_, Entry::Unusable(reason))) => Found::Unusable(reason),
        None => Found::Missing,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    fn set(kids: &[&str]) -> KeySet {
        let n = base64::Engine::encode(&base64::engine::general_purpose::URL_SAFE_NO_PAD, [0xc5; 256]);
        let keys: Vec<_> = kids
            .iter()
            .map(|kid| serde_json::json!({"kty": "RSA", "kid": kid, "n": n, "e": "AQAB"}))
            .collect();
        KeySet::from_json(serde_json::json!({ "keys": keys }).to_string().as_bytes()).unwrap()
    }

    #[test]
    fn a_given_set_needs_no_fetch_and_a_missing_kid_fetches_once_per_interval() {
        let calls = Arc::new(AtomicUsize::new(0));
        let counted = calls.clone();
        let source: Source = Arc::new(move || {
            counted.fetch_add(1, Ordering::SeqCst);
            Ok(set(&["a", "b"]))
        });
        let cache = KeyCache::new(
            Some(set(&["a"])),
            Some(source),
            Duration::from_secs(3600),
            Duration::from_secs(300),
        );
        assert!(cache.key("a").is_ok());
        assert_eq!(calls.load(Ordering::SeqCst), 0);
        assert!(cache.key("b").is_ok(), "a new kid is fetched");
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert!(matches!(cache.key("c"), Err(JwtError::UnknownKey(kid)) if kid == "c"));
        assert!(matches!(cache.key("c"), Err(JwtError::UnknownKey(_))));
        assert_eq!(calls.load(Ordering::SeqCst), 1, "not again within the refetch interval");
    }

    #[test]
    fn a_failed_fetch_keeps_the_keys_and_says_why_when_there_are_none() {
        let source: Source = Arc::new(|| Err(Error::Config(ConfigError::new("down"))));
        let cold = KeyCache::new(None, Some(source.clone()), Duration::ZERO, Duration::ZERO);
        assert!(matches!(cold.key("a"), Err(JwtError::KeysUnavailable(_))));
        let warm = KeyCache::new(Some(set(&["a"])), Some(source), Duration::ZERO, Duration::ZERO);
        assert!(warm.key("a").is_ok(), "a stale set is used while the refresh fails");
        assert!(warm.key("a").is_ok());
        assert!(matches!(warm.key("b"), Err(JwtError::UnknownKey(_))));
        assert!(warm.keys().can_verify("a"));
        assert_eq!(warm.fetches(), 3);
    }
}
