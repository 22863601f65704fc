//! The integration tests that share one process: each file beside this one is a module here, so
//! they build and link as one test binary instead of one each (`cargo test --test integration`;
//! one file: `cargo test --test integration endpoints::`).
//!
//! A new test file `tests/NAME.rs` gets a `pub mod NAME;` line below (`pub`, so that its public
//! items count as used, as they did at the root of a binary of its own). A test that changes what the
//! whole process shares (a global allocator, the `log` logger, environment variables) needs a
//! process of its own instead: a `[[test]]` entry in the root Cargo.toml, as `tests/memory.rs`
//! has. `every_test_file_runs` fails for a file that is in neither place.

pub mod architecture;
pub mod credentials;
pub mod custom_endpoint;
pub mod endpoints;
pub mod error_types;
pub mod errors;
pub mod fuzz_response;
pub mod hostile_server;
pub mod load;
pub mod local_control;
pub mod local_fidelity;
pub mod local_jwt;
pub mod local_server;
pub mod local_service;
pub mod local_sessions;
pub mod local_standalone;
pub mod local_stubs;
pub mod local_stytch;
pub mod nested_requests;
pub mod objects;
pub mod request_safety;
pub mod retry;
pub mod schema;
pub mod second_host;
pub mod server_strings;
pub mod session_endpoints;
pub mod session_jwt;
pub mod session_lifecycle;
pub mod shipped_objects;
pub mod stytch_api;
pub mod validation;
pub mod wire_names;

/// With `autotests = false`, cargo runs only the test targets the root Cargo.toml lists: a file
/// in `tests/` that is neither a module here nor a `[[test]]` there would never run.
#[test]
fn every_test_file_runs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let harness = std::fs::read_to_string(root.join("tests/integration.rs")).unwrap();
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(root.join("tests")).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let Some(stem) = name.strip_suffix(".rs") else { continue };
        let listed = stem == "integration"
            || harness.lines().any(|line| line.trim() == format!("pub mod {stem};"))
            || manifest.contains(&format!("path = \"tests/{name}\""));
        if !listed {
            missing.push(name);
        }
    }
    assert!(
        missing.is_empty(),
        "not run by any test target: {missing:?}; add `pub mod NAME;` to tests/integration.rs"
    );
}
