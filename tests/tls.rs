//! Real TLS over loopback, against a server whose certificate authority is made in the test.
//!
//! Runs on the backend this build selected: rustls by default; `.ci/run` runs this file again with
//! `--no-default-features --features native-tls`, and with `--features platform-verifier` (rustls
//! with the platform's roots). The server side is rustls either way.
//!
//! The platform's roots are stood in for by `SSL_CERT_FILE` (read by OpenSSL, through native-tls,
//! and by rustls-native-certs), pointed once per process at a CA of its own: see [`platform_ca`].

mod tls_server;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};
use std::thread;
use std::time::Duration;

use stytch_endpoint::consumer::passwords::{ExistingPasswordReset, ExistingPasswordResetResponse};
use stytch_endpoint::{Client, ClientBuilder, Error, RetryPolicy, RootCerts, TransportErrorKind};
use stytch_endpoint_tests::{everything_printed, expected_authorization, PROJECT_ID, SECRET};
use tls_server::{pki, pki_expired, Pki, TlsServer};

/// The CA that stands for the platform's roots in this process: `SSL_CERT_FILE` names it.
///
/// Every test calls this before it builds a client, so the variable is set before any TLS backend
/// reads it (native-tls reads it once per process).
fn platform_ca() -> &'static Pki {
    static PLATFORM: OnceLock<Pki> = OnceLock::new();
    PLATFORM.get_or_init(|| {
        let pki = pki(&["127.0.0.1", "localhost"]);
        let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join(format!("stytch-endpoint-tls-{}.pem", std::process::id()));
        std::fs::write(&path, &pki.ca_pem).unwrap();
        std::env::set_var("SSL_CERT_FILE", &path);
        std::env::remove_var("SSL_CERT_DIR");
        pki
    })
}

/// A plain-HTTP server on 127.0.0.1 that reads whatever arrives and answers 400, as a web server
/// does to bytes that are not HTTP (a TLS ClientHello). Counts the connections.
struct PlainServer {
    addr: SocketAddr,
    accepted: Arc<AtomicUsize>,
}

impl PlainServer {
    fn start() -> PlainServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let accepted = Arc::new(AtomicUsize::new(0));
        let counter = accepted.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut stream) = stream else { continue };
                counter.fetch_add(1, Ordering::SeqCst);
                let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
                let _ = stream.read(&mut [0; 4096]);
                let _ = stream.write_all(
                    b"HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain\r\nContent-Length: 11\r\nConnection: close\r\n\r\nBad Request",
                );
                let _ = stream.shutdown(std::net::Shutdown::Write);
                // Let the client read the answer before the socket closes.
                thread::sleep(Duration::from_millis(100));
            }
        });
        PlainServer { addr, accepted }
    }
}

fn builder(url: &str) -> ClientBuilder {
    platform_ca();
    Client::builder().credentials(PROJECT_ID, SECRET).base_url(url).timeout(Duration::from_secs(10))
}

fn send(client: &Client) -> Result<ExistingPasswordResetResponse, Error> {
    ExistingPasswordReset::new("ada@example.com", "old correct horse", "a new and much longer passphrase")
        .send(client)
}

/// Asserts a TLS failure that says nothing was sent, and returns what it printed.
fn assert_tls_failure(result: Result<ExistingPasswordResetResponse, Error>) -> String {
    let err = result.expect_err("the call must fail");
    assert!(
        matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Tls),
        "expected a Tls transport error, got {err:?}"
    );
    assert!(!err.is_retryable(), "a TLS failure is never retried: {err}");
    let printed = everything_printed(&err);
    assert!(printed.contains("nothing was sent"), "{printed}");
    assert!(!printed.contains(SECRET) && !printed.contains("hunter2"), "{printed}");
    printed
}

#[test]
fn a_trusted_ca_gets_the_call_through() {
    let pki = pki(&["127.0.0.1"]);
    let server = TlsServer::start(pki.server.clone());
    let client = builder(&server.url()).add_root_certificate_pem(pki.ca_pem.as_bytes()).build().unwrap();
    let done = send(&client).unwrap();
    assert!(done.user_id.starts_with("user-test-"), "{done:?}");
    // A second call reuses the connection: one handshake.
    send(&client).unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[0].line, "POST /v1/passwords/existing_password/reset HTTP/1.1");
    assert_eq!(requests[0].authorization.as_deref(), Some(expected_authorization().as_str()));
    assert_eq!(server.accepted(), 1);
}

#[test]
fn a_pem_bundle_of_several_certificates_is_trusted_whole() {
    let first = pki(&["127.0.0.1"]);
    let second = pki(&["127.0.0.1"]);
    let server = TlsServer::start(second.server.clone());
    let bundle = format!("# a comment line\n{}\n{}", first.ca_pem, second.ca_pem);
    let client = builder(&server.url()).add_root_certificate_pem(bundle.as_bytes()).build().unwrap();
    send(&client).unwrap();
    let client = builder(&server.url())
        .add_root_certificate_pem(first.ca_pem.as_bytes())
        .add_root_certificate_pem(second.ca_pem.as_bytes())
        .build()
        .unwrap();
    send(&client).unwrap();
}

#[test]
fn an_untrusted_certificate_is_a_tls_error_and_nothing_is_sent() {
    let pki = pki(&["127.0.0.1"]);
    let server = TlsServer::start(pki.server.clone());

    // The default roots (webpki's for rustls, the platform's for native-tls) know nothing of it.
    let printed = assert_tls_failure(send(&builder(&server.url()).build().unwrap()));
    assert!(printed.contains("not trusted"), "{printed}");

    // Another CA added: the server's is still unknown. Retries never repeat a TLS failure.
    let other = self::pki(&["127.0.0.1"]);
    let client = builder(&server.url())
        .add_root_certificate_pem(other.ca_pem.as_bytes())
        .retry(RetryPolicy::new(3).base_delay(Duration::from_millis(1)))
        .build()
        .unwrap();
    let printed = assert_tls_failure(send(&client));
    assert!(printed.contains("not trusted"), "{printed}");

    assert!(server.requests().is_empty(), "the server read {:?}", server.requests());
    assert_eq!(server.accepted(), 2, "one handshake per client, no retry");
}

#[test]
fn a_certificate_for_another_name_is_a_tls_error() {
    let pki = pki(&["stytch.example"]);
    let server = TlsServer::start(pki.server.clone());
    let client = builder(&server.url()).add_root_certificate_pem(pki.ca_pem.as_bytes()).build().unwrap();
    let printed = assert_tls_failure(send(&client));
    assert!(printed.contains("not trusted"), "{printed}");
    assert!(server.requests().is_empty());
}

#[test]
fn an_expired_certificate_is_a_tls_error() {
    let pki = pki_expired(&["127.0.0.1"]);
    let server = TlsServer::start(pki.server.clone());
    let client = builder(&server.url()).add_root_certificate_pem(pki.ca_pem.as_bytes()).build().unwrap();
    let printed = assert_tls_failure(send(&client));
    assert!(printed.contains("not trusted"), "{printed}");
    assert!(server.requests().is_empty());
}

#[test]
fn https_to_a_plain_http_server_is_a_tls_error() {
    let server = PlainServer::start();
    let pki = pki(&["127.0.0.1"]);
    let client = builder(&format!("https://{}", server.addr))
        .add_root_certificate_pem(pki.ca_pem.as_bytes())
        .retry(RetryPolicy::new(3).base_delay(Duration::from_millis(1)))
        .build()
        .unwrap();
    assert_tls_failure(send(&client));
    assert_eq!(server.accepted.load(Ordering::SeqCst), 1, "not retried");
}

#[test]
fn root_certificates_that_do_not_parse_are_a_config_error_at_build() {
    let pki = pki(&["127.0.0.1"]);
    let key_only = "-----BEGIN PRIVATE KEY-----\nc2VjcmV0LWtleS1odW50ZXIy\n-----END PRIVATE KEY-----\n";
    let truncated = &pki.ca_pem[..pki.ca_pem.len() / 2];
    let not_der = "-----BEGIN CERTIFICATE-----\nc2VjcmV0LWh1bnRlcjI=\n-----END CERTIFICATE-----\n";
    for (case, pem) in [
        ("empty", ""),
        ("not PEM", "secret-hunter2"),
        ("a private key, no certificate", key_only),
        ("truncated", truncated),
        ("base64 that is no certificate", not_der),
    ] {
        let result = builder("https://127.0.0.1:9").add_root_certificate_pem(pem.as_bytes()).build();
        let err = Error::from(result.expect_err(case));
        let printed = everything_printed(&err);
        assert!(printed.contains("add_root_certificate_pem"), "{case}: {printed}");
        assert!(!printed.contains("hunter2") && !printed.contains("c2VjcmV0"), "{case}: {printed}");
    }
    // One bad call spoils the build even after a good one.
    let result = builder("https://127.0.0.1:9")
        .add_root_certificate_pem(pki.ca_pem.as_bytes())
        .add_root_certificate_pem(b"x")
        .build();
    assert!(result.is_err(), "{result:?}");
}

#[test]
fn added_roots_and_a_root_choice_do_not_mix() {
    let pki = pki(&["127.0.0.1"]);
    for roots in [RootCerts::WebPki, RootCerts::PlatformVerifier] {
        let result = builder("https://127.0.0.1:9")
            .root_certs(roots.clone())
            .add_root_certificate_pem(pki.ca_pem.as_bytes())
            .build();
        let err = result.expect_err("a choice of roots and added roots contradict");
        assert!(err.to_string().contains("root_certs"), "{err}");
    }
}

/// The platform's roots: the default under native-tls, `RootCerts::PlatformVerifier` under both.
#[test]
fn the_platform_roots_are_used_where_asked() {
    let platform = platform_ca();
    let server = TlsServer::start(platform.server.clone());

    let platform_client = builder(&server.url()).root_certs(RootCerts::PlatformVerifier).build();
    let default_client = builder(&server.url()).build().unwrap();
    let webpki_client = builder(&server.url()).root_certs(RootCerts::WebPki).build().unwrap();

    if cfg!(any(feature = "native-tls", feature = "platform-verifier")) {
        send(&platform_client.unwrap()).unwrap();
    } else {
        // rustls without the `platform-verifier` feature: a configuration error, never a panic.
        let err = platform_client
            .expect_err("rustls needs the `platform-verifier` feature for the platform's roots");
        assert!(err.to_string().contains("platform-verifier"), "{err}");
    }
    if cfg!(feature = "native-tls") {
        send(&default_client).unwrap();
    } else {
        // rustls trusts Mozilla's roots, compiled in, by default: the platform's do not count.
        assert_tls_failure(send(&default_client));
    }
    // Mozilla's roots never include a test CA.
    assert_tls_failure(send(&webpki_client));
}
