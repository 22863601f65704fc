//! Proxies, from the environment or the builder, through loopback proxies that record what they
//! were asked for. Fails closed: a proxy that was asked for is used, or the client does not build.
//!
//! One test binary that sets process-wide environment variables: every test takes [`ENV`] first.
//! Two stand-ins for a remote host, without DNS or network: `api.stytch.example`, which only a
//! proxy resolves (it tunnels to a loopback server), and `0.0.0.0`, which is no loopback address,
//! so proxy rules apply to it, yet a direct connection to it reaches 127.0.0.1 (on Linux).

mod tls_server;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::{Arc, Mutex, MutexGuard};
use std::thread;
use std::time::Duration;

use stytch_endpoint::consumer::passwords::{ExistingPasswordReset, ExistingPasswordResetResponse};
use stytch_endpoint::{Client, ClientBuilder, Error, TransportErrorKind};
use stytch_endpoint_tests::{client_for, everything_printed, fixture, TestServer, PROJECT_ID, SECRET};
use tls_server::{pki, Pki, TlsServer};

static ENV: Mutex<()> = Mutex::new(());

const PROXY_VARS: &[&str] = &[
    "HTTP_PROXY",
    "http_proxy",
    "HTTPS_PROXY",
    "https_proxy",
    "ALL_PROXY",
    "all_proxy",
    "NO_PROXY",
    "no_proxy",
    "REQUEST_METHOD",
];

/// Takes the environment for this test: every proxy variable cleared, then `vars` set.
fn env(vars: &[(&str, &str)]) -> MutexGuard<'static, ()> {
    let guard = ENV.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    set_env(vars);
    guard
}

/// Clears every proxy variable, then sets `vars` (the caller holds [`ENV`]).
fn set_env(vars: &[(&str, &str)]) {
    for name in PROXY_VARS {
        std::env::remove_var(name);
    }
    for (name, value) in vars {
        std::env::set_var(name, value);
    }
}

/// What a recording proxy does with a request once it has recorded it.
#[derive(Clone, Copy)]
enum Then {
    /// Answer 403 (HTTP) or "connection not allowed" (SOCKS) and close.
    Refuse,
    /// Tunnel to this address, whatever host was asked for.
    TunnelTo(SocketAddr),
}

/// A proxy on 127.0.0.1 that records each request: `CONNECT host:port` for HTTP, `SOCKS5
/// host:port` for SOCKS5.
struct Recorder {
    addr: SocketAddr,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Recorder {
    fn http(then: Then) -> Recorder {
        Recorder::start(then, serve_http)
    }

    fn socks5(then: Then) -> Recorder {
        Recorder::start(then, serve_socks5)
    }

    fn start(then: Then, serve: fn(TcpStream, Then, &Mutex<Vec<String>>)) -> Recorder {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let recorded = seen.clone();
        thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                let recorded = recorded.clone();
                thread::spawn(move || serve(stream, then, &recorded));
            }
        });
        Recorder { addr, seen }
    }

    fn url(&self, scheme: &str) -> String {
        format!("{scheme}://{}", self.addr)
    }

    fn seen(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

fn serve_http(stream: TcpStream, then: Then, seen: &Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let mut line = String::new();
    let _ = reader.read_line(&mut line);
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
            break;
        }
    }
    seen.lock().unwrap().push(line.trim_end().to_owned());
    let mut stream = stream;
    match then {
        Then::Refuse => {
            let _ =
                stream.write_all(b"HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        }
        Then::TunnelTo(upstream) => {
            let _ = stream.write_all(b"HTTP/1.1 200 Connection established\r\n\r\n");
            tunnel(stream, upstream);
        }
    }
}

/// SOCKS5 without authentication (RFC 1928): records the destination, then refuses or tunnels.
fn serve_socks5(mut stream: TcpStream, then: Then, seen: &Mutex<Vec<String>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let mut head = [0; 2];
    if stream.read_exact(&mut head).is_err() || head[0] != 5 {
        return;
    }
    let mut methods = vec![0; usize::from(head[1])];
    let _ = stream.read_exact(&mut methods);
    let _ = stream.write_all(&[5, 0]);
    let mut request = [0; 4];
    if stream.read_exact(&mut request).is_err() {
        return;
    }
    let host = match request[3] {
        1 => {
            let mut ip = [0; 4];
            let _ = stream.read_exact(&mut ip);
            std::net::Ipv4Addr::from(ip).to_string()
        }
        3 => {
            let mut len = [0; 1];
            let _ = stream.read_exact(&mut len);
            let mut name = vec![0; usize::from(len[0])];
            let _ = stream.read_exact(&mut name);
            String::from_utf8_lossy(&name).into_owned()
        }
        _ => return,
    };
    let mut port = [0; 2];
    let _ = stream.read_exact(&mut port);
    seen.lock().unwrap().push(format!("SOCKS5 {host}:{}", u16::from_be_bytes(port)));
    match then {
        Then::Refuse => {
            let _ = stream.write_all(&[5, 2, 0, 1, 0, 0, 0, 0, 0, 0]);
        }
        Then::TunnelTo(upstream) => {
            let _ = stream.write_all(&[5, 0, 0, 1, 127, 0, 0, 1, 0, 0]);
            tunnel(stream, upstream);
        }
    }
}

fn tunnel(client: TcpStream, upstream: SocketAddr) {
    let Ok(server) = TcpStream::connect(upstream) else { return };
    let _ = client.set_read_timeout(None);
    let (mut client_in, mut server_out) = (client.try_clone().unwrap(), server.try_clone().unwrap());
    thread::spawn(move || {
        let _ = std::io::copy(&mut client_in, &mut server_out);
        let _ = server_out.shutdown(std::net::Shutdown::Write);
    });
    let (mut server_in, mut client_out) = (server, client);
    let _ = std::io::copy(&mut server_in, &mut client_out);
    let _ = client_out.shutdown(std::net::Shutdown::Write);
}

/// Stytch's API as the tests see it: a name only a proxy can resolve, served by a loopback TLS
/// server whose certificate names it.
struct RemoteStytch {
    pki: Pki,
    server: TlsServer,
}

impl RemoteStytch {
    fn start() -> RemoteStytch {
        let pki = pki(&["api.stytch.example", "0.0.0.0"]);
        let server = TlsServer::start(pki.server.clone());
        RemoteStytch { pki, server }
    }

    /// A client of `https://api.stytch.example` that trusts the test CA.
    fn client(&self) -> ClientBuilder {
        self.client_of("https://api.stytch.example")
    }

    /// A client of the same server at `https://0.0.0.0:PORT`, which needs no proxy to be reached.
    fn direct_client(&self) -> ClientBuilder {
        self.client_of(&format!("https://0.0.0.0:{}", self.server.addr.port()))
    }

    fn client_of(&self, url: &str) -> ClientBuilder {
        Client::builder()
            .credentials(PROJECT_ID, SECRET)
            .base_url(url)
            .add_root_certificate_pem(self.pki.ca_pem.as_bytes())
            .timeout(Duration::from_secs(10))
    }

    fn calls(&self) -> usize {
        self.server.requests().len()
    }
}

fn send(client: &Client) -> Result<ExistingPasswordResetResponse, Error> {
    ExistingPasswordReset::new("ada@example.com", "old correct horse", "a new and much longer passphrase")
        .send(client)
}

#[test]
fn a_loopback_base_url_ignores_proxy_variables() {
    let proxy = Recorder::http(Then::Refuse);
    let stytch = TestServer::json(200, fixture("existing_password_reset_minimal"));
    let url = proxy.url("http");
    let vars: Vec<(&str, &str)> = PROXY_VARS[..6].iter().map(|name| (*name, url.as_str())).collect();
    let _env = env(&vars);
    let result = send(&client_for(&stytch));
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(stytch.requests().len(), 1);
    assert!(proxy.seen().is_empty(), "the proxy saw {:?}", proxy.seen());
}

#[test]
fn https_goes_through_https_proxy_then_all_proxy() {
    let stytch = RemoteStytch::start();
    let chosen = Recorder::http(Then::TunnelTo(stytch.server.addr));
    let other = Recorder::http(Then::Refuse);
    let (chosen_url, other_url) = (chosen.url("http"), other.url("http"));
    let cases: [&[(&str, &str)]; 5] = [
        &[("HTTPS_PROXY", &chosen_url), ("ALL_PROXY", &other_url), ("HTTP_PROXY", &other_url)],
        &[("https_proxy", &chosen_url), ("all_proxy", &other_url), ("http_proxy", &other_url)],
        &[("ALL_PROXY", &chosen_url), ("HTTP_PROXY", &other_url), ("http_proxy", &other_url)],
        &[("all_proxy", &chosen_url), ("HTTP_PROXY", &other_url)],
        // Without a scheme, an HTTP proxy, as curl reads it.
        &[("HTTPS_PROXY", &chosen_url["http://".len()..])],
    ];
    let _env = env(&[]);
    for (i, vars) in cases.iter().enumerate() {
        set_env(vars);
        let result = send(&stytch.client().build().unwrap());
        assert!(result.is_ok(), "case {i}: {result:?}");
        assert_eq!(chosen.seen().len(), i + 1, "case {i}: {:?}", chosen.seen());
        assert_eq!(chosen.seen()[i], "CONNECT api.stytch.example:443 HTTP/1.1");
        assert!(other.seen().is_empty(), "case {i}: the wrong proxy saw {:?}", other.seen());
    }
    assert_eq!(stytch.calls(), cases.len());
}

#[test]
fn http_proxy_is_never_used_for_https() {
    let stytch = RemoteStytch::start();
    let proxy = Recorder::http(Then::Refuse);
    let url = proxy.url("http");
    let _env = env(&[("HTTP_PROXY", &url), ("http_proxy", &url)]);
    let result = send(&stytch.direct_client().build().unwrap());
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(stytch.calls(), 1);
    assert!(proxy.seen().is_empty(), "the proxy saw {:?}", proxy.seen());
}

#[test]
fn a_cgi_process_ignores_http_proxy() {
    let gateway = TestServer::json(200, fixture("existing_password_reset_minimal"));
    let proxy = Recorder::http(Then::Refuse);
    let url = proxy.url("http");
    let gateway_url = format!("http://0.0.0.0:{}", gateway.url().rsplit(':').next().unwrap());
    let client = || Client::gateway(&gateway_url).unwrap();

    // Not a CGI process: HTTP_PROXY is the proxy for plain http, and it refuses.
    let guard = env(&[("HTTP_PROXY", &url)]);
    let err = send(&client()).unwrap_err();
    assert!(matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Connect), "{err:?}");
    assert_eq!(proxy.seen(), [format!("CONNECT {} HTTP/1.1", &gateway_url["http://".len()..])]);

    // In a CGI process, HTTP_PROXY can come from a request's `Proxy:` header: never used.
    for vars in [
        [("REQUEST_METHOD", "POST"), ("HTTP_PROXY", &url)],
        [("REQUEST_METHOD", "GET"), ("http_proxy", &url)],
    ] {
        set_env(&vars);
        let result = send(&client());
        assert!(result.is_ok(), "{vars:?}: {result:?}");
    }
    drop(guard);
    assert_eq!(gateway.requests().len(), 2);
    assert_eq!(proxy.seen().len(), 1, "{:?}", proxy.seen());
}

#[test]
fn no_proxy_sends_named_hosts_direct() {
    let stytch = RemoteStytch::start();
    let proxy = Recorder::http(Then::Refuse);
    let url = proxy.url("http");
    let _env = env(&[]);
    for no_proxy in ["0.0.0.0", "*", "other.example, 0.0.0.0", "0.0.0.0/8", "[::1],0.0.0.0"] {
        set_env(&[("HTTPS_PROXY", &url), ("NO_PROXY", no_proxy)]);
        let result = send(&stytch.direct_client().build().unwrap());
        assert!(result.is_ok(), "NO_PROXY={no_proxy:?}: {result:?}");
    }
    set_env(&[("HTTPS_PROXY", &url), ("no_proxy", "0.0.0.0")]);
    assert!(send(&stytch.direct_client().build().unwrap()).is_ok());
    assert!(proxy.seen().is_empty(), "the proxy saw {:?}", proxy.seen());

    // A list that does not name the host: through the proxy.
    set_env(&[("HTTPS_PROXY", &url), ("NO_PROXY", "stytch.example,10.0.0.0/8,1.0.0.0")]);
    assert!(send(&stytch.direct_client().build().unwrap()).is_err());
    assert_eq!(proxy.seen().len(), 1, "{:?}", proxy.seen());
}

#[test]
fn socks_proxies_are_used_never_skipped() {
    let stytch = RemoteStytch::start();
    let socks = Recorder::socks5(Then::TunnelTo(stytch.server.addr));
    let _env = env(&[]);
    // socks5h: the proxy resolves the name. socks5 (and `socks`) resolve it here first, so those
    // go to the literal address, which needs no DNS.
    let remote = || stytch.client();
    let literal = || stytch.direct_client();
    let cases: [(&str, &str, &dyn Fn() -> ClientBuilder, String); 4] = [
        ("ALL_PROXY", "socks5h", &remote, "api.stytch.example:443".into()),
        ("HTTPS_PROXY", "socks5h", &remote, "api.stytch.example:443".into()),
        ("all_proxy", "socks5", &literal, format!("0.0.0.0:{}", stytch.server.addr.port())),
        ("https_proxy", "socks", &literal, format!("0.0.0.0:{}", stytch.server.addr.port())),
    ];
    for (i, (name, scheme, client, destination)) in cases.iter().enumerate() {
        set_env(&[(name, &socks.url(scheme))]);
        let result = send(&client().build().unwrap());
        assert!(result.is_ok(), "{name}={scheme}: {result:?}");
        assert_eq!(socks.seen().get(i), Some(&format!("SOCKS5 {destination}")), "{name}={scheme}");
    }
    assert_eq!(stytch.calls(), 4);

    // A SOCKS proxy that refuses: the call fails, it never goes around it.
    let refusing = Recorder::socks5(Then::Refuse);
    set_env(&[("ALL_PROXY", &refusing.url("socks5h"))]);
    let err = send(&stytch.direct_client().build().unwrap()).unwrap_err();
    assert!(matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Connect), "{err:?}");
    assert_eq!(refusing.seen().len(), 1);
    assert_eq!(stytch.calls(), 4);
}

#[test]
fn a_proxy_that_cannot_be_used_stops_the_client_from_building() {
    let stytch = RemoteStytch::start();
    let _env = env(&[]);
    for (name, value) in [
        ("HTTPS_PROXY", "ftp://user:hunter2@proxy.example:21"),
        ("ALL_PROXY", "gopher://hunter2.example"),
        ("https_proxy", "http://user:hunter2@"),
    ] {
        set_env(&[(name, value)]);
        let err = Error::from(stytch.direct_client().build().expect_err(value));
        let printed = everything_printed(&err);
        assert!(printed.contains(name), "names the variable: {printed}");
        assert!(!printed.contains("hunter2"), "never the value: {printed}");

        // `Client::new` never panics: the same error on every send, before any I/O.
        let client = Client::new(PROJECT_ID, SECRET);
        assert!(matches!(send(&client), Err(Error::Config(_))), "{name}");
    }
    assert_eq!(stytch.calls(), 0);
}

#[test]
fn the_builder_sets_a_proxy_or_none_whatever_the_environment_says() {
    let stytch = RemoteStytch::start();
    let proxy = Recorder::http(Then::TunnelTo(stytch.server.addr));
    let socks = Recorder::socks5(Then::TunnelTo(stytch.server.addr));
    let refusing = Recorder::http(Then::Refuse);

    let _env = env(&[("HTTPS_PROXY", &refusing.url("http")), ("NO_PROXY", "*")]);
    assert!(send(&stytch.client().proxy(proxy.url("http")).build().unwrap()).is_ok());
    assert!(send(&stytch.client().proxy(socks.url("socks5h")).build().unwrap()).is_ok());
    assert_eq!(proxy.seen(), ["CONNECT api.stytch.example:443 HTTP/1.1"]);
    assert_eq!(socks.seen(), ["SOCKS5 api.stytch.example:443"]);

    set_env(&[("HTTPS_PROXY", &refusing.url("http"))]);
    assert!(send(&stytch.direct_client().no_proxy().build().unwrap()).is_ok());
    assert!(refusing.seen().is_empty(), "{:?}", refusing.seen());

    let err = Error::from(stytch.client().proxy("ftp://user:hunter2@p").build().unwrap_err());
    assert!(!everything_printed(&err).contains("hunter2"), "{err:?}");
    assert_eq!(stytch.calls(), 3);
}
