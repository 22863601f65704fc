//! The project's settings over HTTP: `GET` and `POST /__local/settings`, the same settings as
//! [`LocalStytchBuilder`](crate::local::LocalStytchBuilder)'s `vertical`, `user_lock` and
//! `breached_passwords`.

use super::{parse, Problem};
use crate::local::project::{Settings, Vertical};
use crate::local::Shared;
use serde::Deserialize;
use serde_json::{json, Value};
use std::time::Duration;

/// A change to the settings: every field is optional, and what is left out stays.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Change {
    /// `consumer`, `b2b` or `both`.
    #[serde(default)]
    vertical: Option<String>,
    /// Consecutive failed attempts that lock a user; `0` never locks.
    #[serde(default)]
    user_lock_threshold: Option<u32>,
    /// How long a lock lasts, in seconds of the local clock.
    #[serde(default)]
    user_lock_seconds: Option<u64>,
    /// The project's own breached passwords (they replace the current ones; the built-in list
    /// always applies).
    #[serde(default)]
    breached_passwords: Option<Vec<String>>,
}

/// `GET /__local/settings`.
pub(super) fn get(shared: &Shared) -> Value {
    settings_json(&shared.store().settings)
}

/// `POST /__local/settings`: changes the fields given, and answers the settings after the change.
/// Nothing changes if a field is wrong.
pub(super) fn set(shared: &Shared, body: Value) -> Result<Value, Problem> {
    let change: Change = parse(body)?;
    let vertical = match change.vertical.as_deref() {
        None => None,
        Some(name) => Some(Vertical::from_name(name).ok_or_else(|| {
            Problem::invalid(format!("vertical {name:?} is not one of \"consumer\", \"b2b\", \"both\"."))
        })?),
    };
    let mut store = shared.store();
    let settings = &mut store.settings;
    if let Some(vertical) = vertical {
        settings.vertical = vertical;
    }
    if let Some(threshold) = change.user_lock_threshold {
        settings.lock_threshold = threshold;
    }
    if let Some(seconds) = change.user_lock_seconds {
        settings.lock_ttl = Duration::from_secs(seconds);
    }
    if let Some(breached) = change.breached_passwords {
        settings.breached = breached;
    }
    Ok(settings_json(settings))
}

fn settings_json(settings: &Settings) -> Value {
    json!({
        "vertical": settings.vertical.name(),
        "user_lock_threshold": settings.lock_threshold,
        "user_lock_seconds": settings.lock_ttl.as_secs(),
        "breached_passwords": settings.breached,
    })
}
