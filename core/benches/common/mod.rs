//! What both benches share: the complete fixtures, the two requests with every field set, and the
//! same requests as plain `#[derive(Serialize)]` structs (what a hand-written call would encode).

#![allow(dead_code)]

pub mod server;

use serde::Serialize;
use serde_json::{json, Map, Value};
use stytch_endpoint::b2b::passwords::{Locale, SessionReset};
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;

pub const PROJECT_ID: &str = "project-test-00000000-0000-0000-0000-000000000000";
pub const SECRET: &str = "secret-test-11111111111111111111111111111111";
pub const EXISTING_PASSWORD_RESET_PATH: &str = "/v1/passwords/existing_password/reset";
pub const SESSION_RESET_PATH: &str = "/v1/b2b/passwords/session/reset";

/// A fixture from `benches/fixtures/`, as bytes; every schema field is filled in the `_complete`
/// ones. In the repository that directory is a link to the workspace's `tests/fixtures/`, and
/// `cargo package` ships the files themselves, so the packaged benches run too.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("benches/fixtures")
        .join(format!("{name}.json"));
    let text = std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    // Re-encode compactly: what a server sends, without the fixture's indentation.
    serde_json::to_vec(&serde_json::from_slice::<Value>(&text).expect("the fixture is JSON")).unwrap()
}

fn claims() -> Map<String, Value> {
    let Value::Object(map) = json!({
        "role": "admin",
        "tenant": "tenant-4dfa732f-3acf-5ab6-be13-c7cf68bae44b",
        "features": ["billing", "reports"],
        "level": 3
    }) else {
        unreachable!()
    };
    map
}

const SESSION_TOKEN: &str = "mZAYn5aLEqKUlZ_Ad9U_fWr38GaAQ1oFAhT8ds245v7Q";
const TELEMETRY_ID: &str = "026ac93b-8cdf-4fcb-bfa6-36a31cfecac1";

/// `ExistingPasswordReset` with every field that may be set together.
pub fn existing_password_reset() -> ExistingPasswordReset {
    ExistingPasswordReset {
        email: "sandbox@stytch.com".into(),
        existing_password: "old correct horse battery staple".into(),
        new_password: "a much longer and stronger passphrase, 2024!".into(),
        session_token: Some(SESSION_TOKEN.into()),
        session_duration_minutes: Some(60),
        session_jwt: None,
        session_custom_claims: Some(claims()),
        telemetry_id: Some(TELEMETRY_ID.into()),
    }
}

/// `SessionReset` with every field that may be set together.
pub fn session_reset() -> SessionReset {
    SessionReset {
        organization_id: "organization-test-07971b06-ac8b-4cdb-9c15-63b17e653931".into(),
        password: "a much longer and stronger passphrase, 2024!".into(),
        session_token: Some(SESSION_TOKEN.into()),
        session_jwt: None,
        session_duration_minutes: Some(60),
        session_custom_claims: Some(claims()),
        locale: Some(Locale::En),
        telemetry_id: Some(TELEMETRY_ID.into()),
    }
}

/// The same request as a hand-written call would declare it: a plain serde struct.
#[derive(Serialize)]
pub struct PlainExistingPasswordReset {
    pub email: String,
    pub existing_password: String,
    pub new_password: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_duration_minutes: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_jwt: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_custom_claims: Option<Map<String, Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telemetry_id: Option<String>,
}

pub fn plain_existing_password_reset() -> PlainExistingPasswordReset {
    let r = existing_password_reset();
    PlainExistingPasswordReset {
        email: r.email,
        existing_password: r.existing_password,
        new_password: r.new_password,
        session_token: r.session_token,
        session_duration_minutes: r.session_duration_minutes,
        session_jwt: r.session_jwt,
        session_custom_claims: r.session_custom_claims,
        telemetry_id: r.telemetry_id,
    }
}

/// The same request as a hand-written call would declare it: a plain serde struct.
#[derive(Serialize)]
pub struct PlainSessionReset {
    pub organization_id: String,
    pub password: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_jwt: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_duration_minutes: Option<i32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_custom_claims: Option<Map<String, Value>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub telemetry_id: Option<String>,
}

pub fn plain_session_reset() -> PlainSessionReset {
    let r = session_reset();
    PlainSessionReset {
        organization_id: r.organization_id,
        password: r.password,
        session_token: r.session_token,
        session_jwt: r.session_jwt,
        session_duration_minutes: r.session_duration_minutes,
        session_custom_claims: r.session_custom_claims,
        locale: r.locale.map(|l| l.as_str().to_owned()),
        telemetry_id: r.telemetry_id,
    }
}

/// Pins the process to one CPU, so that the client and the loopback server share it and every
/// wake-up is a context switch (repeatable within about 1%) rather than a cross-CPU wake-up (which
/// swings by 2x with where the scheduler puts the threads). Call first thing in `main`: threads
/// started later inherit the pinning.
///
/// `STYTCH_BENCH_CPU` picks the CPU (default: 1, or 0 on a one-CPU machine); `off` leaves the
/// scheduler free.
pub fn pin_to_one_cpu() {
    let choice = std::env::var("STYTCH_BENCH_CPU").unwrap_or_default();
    if choice == "off" {
        eprintln!("benches: not pinned (STYTCH_BENCH_CPU=off)");
        return;
    }
    let cpus = std::thread::available_parallelism().map_or(1, |n| n.get());
    let cpu: usize = choice.parse().unwrap_or(if cpus > 1 { 1 } else { 0 });
    // SAFETY: a zeroed cpu_set_t is an empty set; CPU_SET writes inside it; sched_setaffinity
    // reads `size_of::<cpu_set_t>()` bytes of it.
    let pinned = unsafe {
        let mut set: libc::cpu_set_t = std::mem::zeroed();
        libc::CPU_SET(cpu, &mut set);
        libc::sched_setaffinity(0, std::mem::size_of::<libc::cpu_set_t>(), &set) == 0
    };
    if pinned {
        eprintln!("benches: pinned to CPU {cpu} (STYTCH_BENCH_CPU=N or off to change)");
    } else {
        eprintln!("benches: could not pin to CPU {cpu}: {}", std::io::Error::last_os_error());
    }
}

/// `Basic base64(project_id:secret)`, computed once, as a careful hand-written call would.
pub fn authorization() -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let input = format!("{PROJECT_ID}:{SECRET}");
    let mut out = String::from("Basic ");
    for chunk in input.as_bytes().chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
