//! The standalone local Stytch (`local-stytch`, core/src/bin/local_stytch.rs) as a process, driven over HTTP
//! only, as an app in another language drives it: its own routes (reset, emptying the journal,
//! seeds, stubs, the clock) never stop it, and requests without credentials do not grow it.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};
use stytch_endpoint_tests::{expected_authorization, raw_request, resident_bytes, PROJECT_ID, SECRET};

/// The standalone local Stytch as a program on disk: core/src/bin/local_stytch.rs once more, as
/// the root package's binary `local-stytch-under-test`, which cargo builds with this test binary,
/// with the same dependencies and features (the one place the suite finds it).
fn local_stytch_program() -> &'static str {
    env!("CARGO_BIN_EXE_local-stytch-under-test")
}

/// The standalone server, killed when dropped; its output lines arrive on `lines`.
struct Standalone {
    child: Child,
    port: u16,
    lines: mpsc::Receiver<String>,
}

impl Standalone {
    fn start(args: &[&str]) -> Standalone {
        Standalone::launch(args, true)
    }

    /// With `read_output` false, the pipe from the server's output is closed once its base URL
    /// is read: nobody reads what it prints after that.
    fn launch(args: &[&str], read_output: bool) -> Standalone {
        let mut child = Command::new(local_stytch_program())
            .args(["--port", "0", "--project-id", PROJECT_ID, "--secret", SECRET])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the standalone local Stytch");
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel();
        // Drained, so that the server never blocks on a full pipe.
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                let base_url = line.trim_start().starts_with("base URL");
                let _ = tx.send(line);
                if base_url && !read_output {
                    break;
                }
            }
        });
        let mut server = Standalone { child, port: 0, lines };
        let url = server.wait_for_line(|l| l.trim_start().starts_with("base URL"));
        let port =
            url.rsplit(':').next().and_then(|p| p.trim().parse().ok()).expect("a port in the base URL");
        server.port = port;
        server
    }

    /// Waits (up to 30 s) for an output line that `fits`, and returns it.
    #[track_caller]
    fn wait_for_line(&self, fits: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.lines.recv_timeout(left) {
                Ok(line) if fits(&line) => return line,
                Ok(_) => {}
                Err(_) => panic!("no such line from the standalone server within 30 s"),
            }
        }
    }

    #[track_caller]
    fn assert_running(&mut self) {
        assert!(self.child.try_wait().unwrap().is_none(), "the standalone server exited");
    }

    fn call(&self, method: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let auth = expected_authorization();
        let mut headers = vec![("Authorization", auth.as_str())];
        if body.is_some() {
            headers.push(("Content-Type", "application/json"));
        }
        let body = body.map(|b| b.to_string()).unwrap_or_default();
        let (status, _, answer) = raw_request(self.port, method, path, &headers, &body);
        (status, answer)
    }

    #[track_caller]
    fn ok(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let (status, answer) = self.call(method, path, body);
        assert_eq!(status, 200, "{method} {path}: {answer}");
        answer
    }

    /// A reset for an unknown email: the built-in route answers 404 `email_not_found`. Returns
    /// the answer's request id.
    #[track_caller]
    fn assert_serving(&self) -> String {
        let (status, answer) = self.call(
            "POST",
            "/v1/passwords/existing_password/reset",
            Some(json!({"email": "nobody@example.com", "existing_password": "x", "new_password": "y"})),
        );
        assert_eq!((status, answer["error_type"].as_str()), (404, Some("email_not_found")), "{answer}");
        answer["request_id"].as_str().expect("a request id").to_owned()
    }

    /// A request, then the printer's line for it: the printer looked at the journal after
    /// everything before it (it looks every 200 ms) and did not trip, and the process runs.
    #[track_caller]
    fn assert_serving_and_printing(&mut self) {
        let request_id = self.assert_serving();
        self.wait_for_line(|l| l.contains("-> 404 email_not_found") && l.contains(&request_id));
        self.assert_running();
    }
}

impl Drop for Standalone {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[test]
fn the_standalone_server_keeps_serving_through_its_own_routes() {
    let mut server = Standalone::start(&[]);
    // Journal something, and let the printer print it.
    for _ in 0..2 {
        server.assert_serving();
    }
    server.assert_serving_and_printing();

    // Start over: no data, no journal. The printer must not trip over the shorter journal.
    assert_eq!(server.ok("POST", "/__local/reset", None), json!({"reset": true}));
    server.assert_serving_and_printing();

    // Seed over HTTP, then use it.
    let user = server.ok(
        "POST",
        "/__local/users",
        Some(json!({"email": "lin@example.com", "password": "old password 1234!"})),
    );
    let user_id = user["user"]["user_id"].as_str().expect("a user id").to_owned();
    let session =
        server.ok("POST", "/__local/sessions", Some(json!({"user_id": user_id, "duration_minutes": 60})));
    assert!(session["session_token"].as_str().is_some_and(|t| t.len() == 44), "{session}");

    // A stub, answered, then the journal shows it (redacted), then emptied.
    let stub = server.ok(
        "POST",
        "/__local/stubs",
        Some(json!({"method": "POST", "path": "/v1/otps/authenticate", "reply": {"status": 201, "body": {"ok": true}}})),
    );
    assert!(stub["id"].as_u64().is_some(), "{stub}");
    let (status, answer) =
        server.call("POST", "/v1/otps/authenticate", Some(json!({"method_id": "m", "code": "492817"})));
    assert_eq!((status, &answer["ok"]), (201, &json!(true)), "{answer}");
    let journal = server.ok("GET", "/__local/requests", None);
    let last = journal.as_array().and_then(|j| j.last()).cloned().expect("a journal entry");
    assert_eq!(last["body"], json!({"method_id": "m", "code": "<redacted>"}));
    server.wait_for_line(|l| l.contains("POST /v1/otps/authenticate -> 201"));
    assert_eq!(server.ok("DELETE", "/__local/requests", None), json!({"cleared": true}));
    assert_eq!(server.ok("GET", "/__local/requests", None), json!([]));
    server.assert_serving_and_printing();

    // The clock: forward, read back, then set back to real time by a reset.
    let moved = server.ok("POST", "/__local/clock/advance", Some(json!({"seconds": 7200})));
    assert_eq!(moved["offset_seconds"], 7200);
    assert_eq!(server.ok("GET", "/__local/clock", None)["offset_seconds"], 7200);
    server.ok("POST", "/__local/reset", None);
    assert_eq!(server.ok("GET", "/__local/clock", None)["offset_seconds"], 0);
    server.assert_serving_and_printing();

    // Still serving and still printing, after all of it.
    server.ok("DELETE", "/__local/requests", None);
    server.ok("POST", "/__local/reset", None);
    server.assert_serving_and_printing();
}

/// 1 MiB JSON bodies of tiny values, without credentials: each is refused 401 before its body is
/// parsed, and the journal keeps only method, path and status, so the process does not grow.
#[test]
fn requests_without_credentials_do_not_grow_the_standalone_server() {
    let server = Standalone::start(&[]);
    server.assert_serving();
    let Some(before) = resident_bytes(server.child.id()) else { return };
    let mut body = String::with_capacity(1024 * 1024);
    body.push('[');
    while body.len() < 1024 * 1024 - 8 {
        body.push_str("[1],");
    }
    body.push_str("[1]]");
    for _ in 0..24 {
        let (status, _, answer) = raw_request(
            server.port,
            "POST",
            "/v1/passwords/existing_password/reset",
            &[("Content-Type", "application/json")],
            &body,
        );
        assert_eq!((status, answer["error_type"].as_str()), (401, Some("unauthorized_credentials")));
    }
    server.assert_serving();
    let after = resident_bytes(server.child.id()).unwrap();
    let grown = after.saturating_sub(before);
    eprintln!("resident memory {before} -> {after} bytes after 24 MiB of unauthenticated bodies");
    // Each body is read whole (1 MiB, let go after its answer); the allocator may keep a few of
    // those buffers. Parsing one into JSON values would take about 20 MiB, journaling 24 of them
    // about 500 MiB.
    assert!(grown < 48 * 1024 * 1024, "resident memory grew by {grown} bytes ({before} -> {after})");
    let journal = server.ok("GET", "/__local/requests", None);
    let refused: Vec<&Value> = journal.as_array().unwrap().iter().filter(|e| e["status"] == 401).collect();
    assert_eq!(refused.len(), 24);
    for entry in refused {
        assert_eq!(entry["body"], Value::Null);
        assert_eq!(entry["headers"], json!([]));
        assert_eq!(entry["path"], "/v1/passwords/existing_password/reset");
    }
}

/// With nobody reading its output (`local-stytch | head`, a service whose log pipe is gone), the
/// server goes on answering: a line it cannot print is dropped, not a panic that stops it.
#[test]
fn the_standalone_server_outlives_its_output() {
    let mut server = Standalone::launch(&[], false);
    server.assert_serving();
    // The printer looks every 200 ms: let it try to print that request, twice over.
    std::thread::sleep(Duration::from_millis(450));
    server.assert_running();
    server.assert_serving();
}

/// `local-stytch --help` into a pipe that closes, or onto a full disk: no panic, and the exit
/// status says whether the help was written.
#[cfg(target_os = "linux")]
#[test]
fn help_into_a_closed_or_full_output_does_not_panic() {
    let full = std::fs::File::options().write(true).open("/dev/full").expect("/dev/full");
    let output = Command::new(local_stytch_program())
        .arg("--help")
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .output()
        .expect("run local-stytch --help");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(output.status.code(), Some(1), "{stderr}");
    assert!(stderr.starts_with("error: "), "{stderr}");

    let mut child = Command::new(local_stytch_program())
        .arg("--help")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run local-stytch --help");
    // `| head -1`: one line read, then the pipe is closed.
    let mut first = String::new();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    stdout.read_line(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(first.starts_with("usage: local-stytch"), "{first}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

/// A secret of the user's own (`--secret`) is not echoed in the start-up text, which may go to
/// a log; the built-in test secret is shown, since clients need it.
#[test]
fn a_secret_given_on_the_command_line_is_not_printed() {
    let server = Standalone::start(&[]);
    server.wait_for_line(|l| {
        assert!(!l.contains(SECRET), "the --secret value was printed: {l}");
        l.contains("Answering requests")
    });
    server.assert_serving();
}
