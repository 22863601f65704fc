//! Helpers shared by the integration tests: a real HTTP/1.1 server on 127.0.0.1 that records
//! every request it sees and answers as the test tells it to, including in broken ways.
//!
//! Why not the local Stytch (`stytch_endpoint::local`): these tests check the client against
//! what no well-behaved server sends (bytes cut mid-body, bad chunking, oversized heads, echoed
//! secrets) and assert the exact bytes that arrived; the local Stytch answers only valid HTTP
//! and records requests already parsed. Tests of Stytch's behaviour use the local Stytch.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// A request as the server received it.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// `POST`, `GET`, ...
    pub method: String,
    /// The request target: path and query.
    pub target: String,
    /// Header names lowercased, in order.
    pub headers: Vec<(String, String)>,
    /// The body bytes.
    pub body: Vec<u8>,
}

impl Recorded {
    /// The first value of a header (name case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// How many times a header appears.
    pub fn header_count(&self, name: &str) -> usize {
        let name = name.to_ascii_lowercase();
        self.headers.iter().filter(|(n, _)| *n == name).count()
    }

    /// The body parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_slice(&self.body).expect("the request body is JSON")
    }

    /// The path without the query.
    pub fn path(&self) -> &str {
        self.target.split('?').next().unwrap_or_default()
    }

    /// The raw query string, if any.
    pub fn query(&self) -> Option<&str> {
        self.target.split_once('?').map(|(_, q)| q)
    }
}

/// How the server answers one request.
pub enum Reply {
    /// A well-formed response with `Content-Length`.
    Http { status: u16, headers: Vec<(String, String)>, body: Vec<u8> },
    /// These bytes, written as they are; then the connection is closed.
    Raw(Vec<u8>),
    /// Say nothing and keep the connection open until the server stops.
    Hang,
    /// A status line and headers announcing `announced` bytes, then `body`, then close.
    Cut { status: u16, announced: usize, body: Vec<u8> },
    /// A chunked body of `total` bytes of `filler`, written in pieces (for bodies larger than any
    /// limit); stops early if the client goes away.
    Endless { status: u16, total: usize },
}

impl Reply {
    /// A JSON response.
    pub fn json(status: u16, body: &serde_json::Value) -> Reply {
        Reply::Http {
            status,
            headers: vec![("Content-Type".into(), "application/json".into())],
            body: serde_json::to_vec(body).unwrap(),
        }
    }

    /// A response with a body of the given content type.
    pub fn body(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Reply {
        Reply::Http { status, headers: vec![("Content-Type".into(), content_type.into())], body: body.into() }
    }

    /// Adds a header to an `Http` reply.
    pub fn with_header(mut self, name: &str, value: &str) -> Reply {
        if let Reply::Http { headers, .. } = &mut self {
            headers.push((name.into(), value.into()));
        }
        self
    }
}

type Handler = dyn Fn(&Recorded) -> Reply + Send + Sync;

/// A test server on 127.0.0.1; stops when dropped.
pub struct TestServer {
    addr: SocketAddr,
    requests: Arc<Mutex<Vec<Recorded>>>,
    connections: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
}

impl TestServer {
    /// Starts a server whose answers come from `handler`.
    pub fn start(handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> TestServer {
        TestServer::start_on(0, handler)
    }

    /// Always answers with the same JSON.
    pub fn json(status: u16, body: serde_json::Value) -> TestServer {
        TestServer::start(move |_| Reply::json(status, &body))
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Every request seen so far.
    pub fn requests(&self) -> Vec<Recorded> {
        self.requests.lock().unwrap().clone()
    }

    /// The only request seen; panics if there were more or none.
    pub fn only_request(&self) -> Recorded {
        let requests = self.requests();
        assert_eq!(requests.len(), 1, "expected exactly one request, saw {}", requests.len());
        requests.into_iter().next().unwrap()
    }

    /// How many TCP connections were accepted.
    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

fn serve(stream: TcpStream, requests: &Mutex<Vec<Recorded>>, handler: &Handler, stop: &AtomicBool) {
    // The head and body go out in two writes: without this, Nagle holds the body ~40 ms.
    let _ = stream.set_nodelay(true);
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut writer = match stream.try_clone() {
        Ok(w) => w,
        Err(_) => return,
    };
    let mut reader = BufReader::new(stream);
    loop {
        let Some(request) = read_request(&mut reader) else { return };
        requests.lock().unwrap().push(request.clone());
        let close = request.header("connection").is_some_and(|v| v.eq_ignore_ascii_case("close"));
        match handler(&request) {
            Reply::Http { status, headers, body } => {
                let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
                for (name, value) in &headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
                if writer.write_all(head.as_bytes()).is_err() || writer.write_all(&body).is_err() {
                    return;
                }
                let _ = writer.flush();
                if close {
                    return;
                }
            }
            Reply::Raw(bytes) => {
                let _ = writer.write_all(&bytes);
                let _ = writer.flush();
                let _ = writer.shutdown(std::net::Shutdown::Both);
                return;
            }
            Reply::Hang => {
                while !stop.load(Ordering::SeqCst) {
                    thread::sleep(Duration::from_millis(20));
                }
                return;
            }
            Reply::Cut { status, announced, body } => {
                let head = format!(
                    "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nContent-Length: {announced}\r\n\r\n",
                    reason(status)
                );
                let _ = writer.write_all(head.as_bytes());
                let _ = writer.write_all(&body);
                let _ = writer.flush();
                let _ = writer.shutdown(std::net::Shutdown::Both);
                return;
            }
            Reply::Endless { status, total } => {
                write_chunked(&mut writer, status, total, |_| {});
                return;
            }
        }
    }
}

fn read_request(reader: &mut BufReader<TcpStream>) -> Option<Recorded> {
    let mut line = String::new();
    if reader.read_line(&mut line).ok()? == 0 {
        return None;
    }
    let mut parts = line.split_whitespace();
    let method = parts.next()?.to_owned();
    let target = parts.next()?.to_owned();
    let mut headers = Vec::new();
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':')?;
        headers.push((name.trim().to_ascii_lowercase(), value.trim().to_owned()));
    }
    let length = headers
        .iter()
        .find(|(n, _)| n == "content-length")
        .and_then(|(_, v)| v.parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0; length];
    reader.read_exact(&mut body).ok()?;
    Some(Recorded { method, target, headers, body })
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        404 => "Not Found",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Status",
    }
}

/// A fixture from `tests/fixtures/`, parsed.
pub fn fixture(name: &str) -> serde_json::Value {
    let path = format!("{}/tests/fixtures/{name}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A client with test credentials pointed at `server`.
pub fn client_for(server: &TestServer) -> stytch_endpoint::Client {
    stytch_endpoint::Client::builder()
        .credentials(PROJECT_ID, SECRET)
        .base_url(server.url())
        .build()
        .expect("a loopback base URL is valid")
}

/// The project id [`client_for`] uses.
pub const PROJECT_ID: &str = "project-test-11111111-2222-3333-4444-555555555555";
/// The secret [`client_for`] uses.
pub const SECRET: &str = "secret-test-hunter2-6666777788889999";

/// `Basic base64(PROJECT_ID:SECRET)`, computed independently of the crate.
pub fn expected_authorization() -> String {
    // Known answer, checked once with `printf '%s' "$ID:$SECRET" | base64 -w0`.
    "Basic cHJvamVjdC10ZXN0LTExMTExMTExLTIyMjItMzMzMy00NDQ0LTU1NTU1NTU1NTU1NTpzZWNyZXQtdGVzdC1odW50ZXIyLTY2NjY3Nzc3ODg4ODk5OTk="
        .to_owned()
}

/// A server that answers every request with a chunked body of `total` bytes, and counts how many
/// bytes of body it managed to write before the client went away. For proving that a client stops
/// reading an oversized body instead of buffering it.
pub struct StreamingServer {
    addr: SocketAddr,
    written: Arc<AtomicUsize>,
    finished: Arc<AtomicBool>,
    stop: Arc<AtomicBool>,
}

impl StreamingServer {
    /// Starts the server; each connection gets `status` and a `total`-byte chunked body.
    pub fn start(status: u16, total: usize) -> StreamingServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().unwrap();
        let written = Arc::new(AtomicUsize::new(0));
        let finished = Arc::new(AtomicBool::new(false));
        let stop = Arc::new(AtomicBool::new(false));
        {
            let (written, finished, stop) = (written.clone(), finished.clone(), stop.clone());
            thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let (written, finished) = (written.clone(), finished.clone());
                    thread::spawn(move || {
                        stream_body(stream, status, total, &written);
                        finished.store(true, Ordering::SeqCst);
                    });
                }
            });
        }
        StreamingServer { addr, written, finished, stop }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// Body bytes written so far (accepted by the kernel, not necessarily read by the client).
    pub fn written(&self) -> usize {
        self.written.load(Ordering::SeqCst)
    }

    /// Waits until a connection's writer has stopped (done or failed); `false` on timeout.
    pub fn wait_finished(&self, timeout: Duration) -> bool {
        let start = std::time::Instant::now();
        while !self.finished.load(Ordering::SeqCst) {
            if start.elapsed() > timeout {
                return false;
            }
            thread::sleep(Duration::from_millis(10));
        }
        true
    }
}

impl Drop for StreamingServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

fn stream_body(stream: TcpStream, status: u16, total: usize, written: &AtomicUsize) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let _ = stream.set_write_timeout(Some(Duration::from_secs(30)));
    let Ok(mut writer) = stream.try_clone() else { return };
    let mut reader = BufReader::new(stream);
    if read_request(&mut reader).is_none() {
        return;
    }
    write_chunked(&mut writer, status, total, |sent| written.store(sent, Ordering::SeqCst));
}

/// Writes a response head and a chunked body of `total` spaces in 64 KiB chunks, reporting the
/// bytes written so far after each chunk; stops early when the client goes away.
fn write_chunked(writer: &mut TcpStream, status: u16, total: usize, progress: impl Fn(usize)) {
    let head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        reason(status)
    );
    if writer.write_all(head.as_bytes()).is_err() {
        return;
    }
    let chunk = vec![b' '; 64 * 1024];
    let mut sent = 0;
    while sent < total {
        let n = chunk.len().min(total - sent);
        let framed = [format!("{n:x}\r\n").as_bytes(), &chunk[..n], b"\r\n"].concat();
        if writer.write_all(&framed).is_err() {
            return;
        }
        sent += n;
        progress(sent);
    }
    let _ = writer.write_all(b"0\r\n\r\n");
}

/// A port on 127.0.0.1 that nothing listens on (bound, then released).
pub fn refused_port() -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
    listener.local_addr().unwrap().port()
}

impl TestServer {
    /// Like [`TestServer::start`], on a given port of 127.0.0.1 (`0` for any; a given one for a
    /// server that comes up after a client has found the port closed).
    pub fn start_on(port: u16, handler: impl Fn(&Recorded) -> Reply + Send + Sync + 'static) -> TestServer {
        let listener = TcpListener::bind(("127.0.0.1", port)).expect("bind a port on 127.0.0.1");
        let addr = listener.local_addr().unwrap();
        let requests = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let handler: Arc<Handler> = Arc::new(handler);
        {
            let (requests, connections, stop) = (requests.clone(), connections.clone(), stop.clone());
            thread::spawn(move || {
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    connections.fetch_add(1, Ordering::SeqCst);
                    let (requests, handler, stop) = (requests.clone(), handler.clone(), stop.clone());
                    thread::spawn(move || serve(stream, &requests, &*handler, &stop));
                }
            });
        }
        TestServer { addr, requests, connections, stop }
    }
}

/// `Display`, `Debug` and `{:#?}` of an error and of every error in its source chain: all that a
/// program could print of it.
pub fn everything_printed(err: &stytch_endpoint::Error) -> String {
    let mut printed = format!("{err}\n{err:?}\n{err:#?}\n");
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        printed.push_str(&format!("{cause}\n{cause:?}\n"));
        source = cause.source();
    }
    printed
}

/// `Display` of an error and of its sources, and its one-line `Debug`: what a log line holds.
pub fn one_line(err: &stytch_endpoint::Error) -> String {
    let mut printed = format!("{err} {err:?}");
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        printed.push_str(&format!(" {cause} {cause:?}"));
        source = cause.source();
    }
    printed
}

/// The control characters and invisible formatting that forge or hide log lines.
pub fn has_control(text: &str) -> bool {
    text.chars().any(|c| {
        c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    })
}

/// One raw request to `127.0.0.1:port` on a connection of its own, for requests the client would
/// never send: the answer's status, head and JSON body.
pub fn raw_request(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> (u16, String, serde_json::Value) {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body.as_bytes()).unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    let text = String::from_utf8(response).expect("UTF-8 response");
    let (head, body) = text.split_once("\r\n\r\n").expect("a response head");
    let status = head.split_whitespace().nth(1).and_then(|s| s.parse().ok()).expect("a status");
    (status, head.to_owned(), serde_json::from_str(body).expect("a JSON body"))
}

/// A raw `GET` without credentials, as a JWKS-fetching library sends it: the status and the JSON body.
pub fn get_without_credentials(port: u16, path: &str) -> (u16, serde_json::Value) {
    let (status, _, body) = raw_request(port, "GET", path, &[], "");
    (status, body)
}

/// A raw JSON `POST` with the test suite's credentials, for bodies the client would refuse to
/// send: the status and the JSON body.
pub fn post_with_credentials(port: u16, path: &str, body: &serde_json::Value) -> (u16, serde_json::Value) {
    let auth = expected_authorization();
    let headers = [("Authorization", auth.as_str()), ("Content-Type", "application/json")];
    let (status, _, answer) = raw_request(port, "POST", path, &headers, &body.to_string());
    (status, answer)
}

/// The alphabet of unpadded base64url, the encoding of JWTs and JWKs.
pub const BASE64URL: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Unpadded base64url, written here so that tests check the crate against an oracle of their own.
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..=chunk.len() {
            out.push(BASE64URL[(n >> (18 - 6 * i)) as usize & 63] as char);
        }
    }
    out
}

/// Decodes unpadded base64url.
pub fn decode_base64url(text: &str) -> Vec<u8> {
    let (mut bytes, mut acc, mut bits) = (Vec::new(), 0u32, 0);
    for c in text.bytes() {
        acc = (acc << 6) | BASE64URL.iter().position(|&a| a == c).expect("base64url") as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    bytes
}

/// The claims of a JWT, decoded without the crate's help.
pub fn jwt_claims(jwt: &str) -> serde_json::Map<String, serde_json::Value> {
    let parts: Vec<&str> = jwt.split('.').collect();
    assert_eq!(parts.len(), 3, "a JWT has three parts");
    serde_json::from_slice(&decode_base64url(parts[1])).expect("the claims are a JSON object")
}

/// A handler that gives the replies in turn, one per request, then repeats the last one.
pub fn in_turn(
    replies: Vec<Box<dyn Fn() -> Reply + Send + Sync>>,
) -> impl Fn(&Recorded) -> Reply + Send + Sync {
    let next = AtomicUsize::new(0);
    move |_| {
        let i = next.fetch_add(1, Ordering::SeqCst).min(replies.len() - 1);
        replies[i]()
    }
}

/// The resident memory of a process, from `/proc/PID/status` (`VmRSS`), in bytes;
/// `None` where there is no `/proc`.
pub fn resident_bytes(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmRSS:"))?;
    let kib: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib * 1024)
}
