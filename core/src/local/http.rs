//! A small HTTP/1.1 server on `std` and `httparse`, made to be a dependable test double.
//!
//! - One thread per connection, at most [`MAX_CONNECTIONS`] at once. At the cap, the oldest idle
//!   keep-alive connection is closed to make room; a new connection is never left waiting behind
//!   a busy one.
//! - Keep-alive, as HTTP/1.1 wants it: the client's pooled connections are reused.
//! - Bounded: a request head over [`MAX_HEAD_BYTES`] (or with too many header lines) is answered
//!   `431`, a body over [`MAX_BODY_BYTES`] `413`, a bad or conflicting `Content-Length` `400`,
//!   each in Stytch's error shape, and the connection is closed. Nothing is allocated from a
//!   declared size.
//! - Deadlines, not just per-read timeouts: a head must arrive within [`HEAD_DEADLINE`] of its
//!   first byte, a body within [`BODY_DEADLINE`], and an idle connection is closed after
//!   [`IDLE_TIMEOUT`]. A stalled client holds only its own thread.
//! - A failed `accept` (out of file descriptors, say) is retried with a growing pause.
//! - The handler runs under `catch_unwind`: a panic is answered `500` and the server goes on.
//! - [`Server::stop`] closes the listener and shuts down every live connection (both directions),
//!   then joins every thread, so it returns promptly and the port refuses connections after it.

use std::collections::HashMap;
use std::io::{self, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// The most connections served at once.
pub(crate) const MAX_CONNECTIONS: usize = 256;
/// The largest request head: request line and header lines.
pub(crate) const MAX_HEAD_BYTES: usize = 32 * 1024;
/// The most header lines in a request.
const MAX_HEADERS: usize = 64;
/// The largest request body.
pub(crate) const MAX_BODY_BYTES: u64 = 1024 * 1024;
/// How long a request head may take to arrive, from its first byte.
pub(crate) const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// How long a declared body may take to arrive, from the end of the head.
pub(crate) const BODY_DEADLINE: Duration = Duration::from_secs(10);
/// How long a keep-alive connection may wait for its next request.
pub(crate) const IDLE_TIMEOUT: Duration = Duration::from_secs(30);
/// How long writing an answer may take.
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);
/// The longest pause between two attempts to accept after `accept` failed.
const MAX_ACCEPT_BACKOFF: Duration = Duration::from_millis(500);

/// A request, read whole.
pub(crate) struct Request {
    pub(crate) method: String,
    /// The request target as sent: path and query.
    pub(crate) target: String,
    /// Header names as sent, values as text (lossy for non-UTF-8 bytes).
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Request {
    /// The path, without the query.
    pub(crate) fn path(&self) -> &str {
        self.target.split_once('?').map_or(&self.target, |(path, _)| path)
    }

    /// The query string, without the `?`.
    pub(crate) fn query(&self) -> &str {
        self.target.split_once('?').map_or("", |(_, query)| query)
    }

    /// The first header with this name (ASCII case-insensitive).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// An answer.
pub(crate) struct Response {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) body: Vec<u8>,
}

impl Response {
    pub(crate) fn json(status: u16, body: Vec<u8>) -> Response {
        Response { status, headers: vec![("Content-Type".into(), "application/json".into())], body }
    }
}

/// What the handler wants done with a request.
pub(crate) enum Reply {
    /// Answer it (after waiting `delay`, if any).
    Answer { response: Response, delay: Duration },
    /// Close the connection without answering (after waiting `delay`).
    Close { delay: Duration },
}

/// Why a request could not be read; each is answered, then the connection is closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// 431: the head is too large or has too many lines.
    HeadTooLarge,
    /// 413: the declared body is too large.
    BodyTooLarge,
    /// 400: the request is not HTTP/1.x as this server reads it.
    Malformed(&'static str),
    /// 411: a body without a `Content-Length` (chunked bodies are not read).
    LengthRequired,
}

/// The two functions a server needs from its owner.
pub(crate) trait Handler: Send + Sync + 'static {
    /// Answers a request.
    fn handle(&self, request: Request) -> Reply;
    /// Answers a request that could not be read, or a handler that panicked (`None`).
    fn refuse(&self, refusal: Option<Refusal>) -> Response;
}

/// A running server. [`Server::stop`] (or dropping it) stops it.
pub(crate) struct Server {
    addr: SocketAddr,
    state: Arc<State>,
    acceptor: Option<JoinHandle<()>>,
}

struct State {
    stop: AtomicBool,
    connections: Mutex<Connections>,
    /// Signalled whenever a connection ends.
    ended: Condvar,
    next_id: AtomicU64,
}

#[derive(Default)]
struct Connections {
    live: HashMap<u64, Connection>,
    /// Threads of connections that ended, to be joined.
    finished: Vec<JoinHandle<()>>,
}

struct Connection {
    /// A second handle on the socket, to shut it down from outside.
    stream: TcpStream,
    /// Waiting for its next request since then; `None` while a request is being read or answered.
    idle_since: Option<Instant>,
    thread: Option<JoinHandle<()>>,
}

impl State {
    fn connections(&self) -> MutexGuard<'_, Connections> {
        self.connections.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn stopping(&self) -> bool {
        self.stop.load(Ordering::SeqCst)
    }

    fn set_idle(&self, id: u64, idle: bool) {
        if let Some(c) = self.connections().live.get_mut(&id) {
            c.idle_since = idle.then(Instant::now);
        }
    }

    /// Sleeps for `delay`, or less if the server stops.
    fn pause(&self, delay: Duration) {
        let deadline = Instant::now() + delay.min(Duration::from_secs(24 * 3600));
        while !self.stopping() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            std::thread::sleep(left.min(Duration::from_millis(20)));
        }
    }
}

impl Server {
    /// Binds `127.0.0.1:port` and serves with `handler` on background threads.
    pub(crate) fn start(port: u16, name: &str, handler: Arc<dyn Handler>) -> io::Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", port))?;
        let addr = listener.local_addr()?;
        let state = Arc::new(State {
            stop: AtomicBool::new(false),
            connections: Mutex::new(Connections::default()),
            ended: Condvar::new(),
            next_id: AtomicU64::new(0),
        });
        let acceptor = {
            let state = state.clone();
            std::thread::Builder::new()
                .name(format!("{name}-{}", addr.port()))
                .spawn(move || accept_loop(&listener, &state, &handler))?
        };
        Ok(Server { addr, state, acceptor: Some(acceptor) })
    }

    pub(crate) fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Stops accepting, shuts down every live connection and joins every thread.
    pub(crate) fn stop(&mut self) {
        self.state.stop.store(true, Ordering::SeqCst);
        // Wake the acceptor out of `accept` with a connection of our own.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
        let threads: Vec<JoinHandle<()>> = {
            let mut connections = self.state.connections();
            for c in connections.live.values() {
                let _ = c.stream.shutdown(Shutdown::Both);
            }
            let mut threads: Vec<_> = connections.live.values_mut().filter_map(|c| c.thread.take()).collect();
            threads.append(&mut connections.finished);
            threads
        };
        for thread in threads {
            let _ = thread.join();
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop();
    }
}

fn accept_loop(listener: &TcpListener, state: &Arc<State>, handler: &Arc<dyn Handler>) {
    let mut backoff = Duration::from_millis(5);
    loop {
        let accepted = listener.accept();
        if state.stopping() {
            return;
        }
        let stream = match accepted {
            Ok((stream, _)) => {
                backoff = Duration::from_millis(5);
                stream
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(_) => {
                // EMFILE, ENFILE, ENOBUFS, ECONNABORTED...: none is a reason to stop serving.
                state.pause(backoff);
                backoff = (backoff * 2).min(MAX_ACCEPT_BACKOFF);
                continue;
            }
        };
        make_room(state);
        if state.stopping() {
            return;
        }
        spawn_connection(stream, state, handler);
    }
}

/// At the cap, closes the connection idle the longest; with none idle, waits for one to end.
fn make_room(state: &State) {
    let mut connections = state.connections();
    loop {
        for thread in connections.finished.drain(..) {
            let _ = thread.join();
        }
        if connections.live.len() < MAX_CONNECTIONS || state.stopping() {
            return;
        }
        let oldest_idle = connections
            .live
            .values()
            .filter_map(|c| c.idle_since.map(|since| (since, c)))
            .min_by_key(|x| x.0);
        if let Some((_, c)) = oldest_idle {
            let _ = c.stream.shutdown(Shutdown::Both);
        }
        // Every connection is bounded by its deadlines, so this wait ends.
        connections = state
            .ended
            .wait_timeout(connections, Duration::from_millis(100))
            .map_or_else(|e| e.into_inner().0, |(guard, _)| guard);
    }
}

fn spawn_connection(stream: TcpStream, state: &Arc<State>, handler: &Arc<dyn Handler>) {
    let Ok(outside) = stream.try_clone() else { return };
    let id = state.next_id.fetch_add(1, Ordering::Relaxed);
    // Registered before the thread starts, so `stop` always finds it.
    let mut connections = state.connections();
    connections
        .live
        .insert(id, Connection { stream: outside, idle_since: Some(Instant::now()), thread: None });
    let spawned = {
        let (state, handler) = (state.clone(), handler.clone());
        std::thread::Builder::new().name("local-stytch-connection".into()).spawn(move || {
            serve_connection(stream, id, &state, &*handler);
            let mut connections = state.connections();
            if let Some(mut c) = connections.live.remove(&id) {
                if let Some(thread) = c.thread.take() {
                    connections.finished.push(thread);
                }
            }
            drop(connections);
            state.ended.notify_all();
        })
    };
    match spawned {
        Ok(thread) => {
            if let Some(c) = connections.live.get_mut(&id) {
                c.thread = Some(thread);
            } else {
                connections.finished.push(thread);
            }
        }
        Err(_) => {
            // No thread to serve it: close it rather than leave the client waiting.
            if let Some(c) = connections.live.remove(&id) {
                let _ = c.stream.shutdown(Shutdown::Both);
            }
        }
    }
}

/// Serves requests on one connection until it closes, breaks a rule, or the server stops.
fn serve_connection(mut stream: TcpStream, id: u64, state: &State, handler: &dyn Handler) {
    let _ = stream.set_nodelay(true);
    let _ = stream.set_write_timeout(Some(WRITE_TIMEOUT));
    let mut buffer: Vec<u8> = Vec::new();
    while !state.stopping() {
        let read = read_request(&mut stream, &mut buffer);
        state.set_idle(id, false);
        let (mut request, keep_alive, pending) = match read {
            Ok(Some(read)) => read,
            Ok(None) => return,
            Err(ReadError::Refused(refusal)) => {
                let response = handler.refuse(Some(refusal));
                let _ = write_response(&mut stream, &response, false);
                linger_close(&mut stream);
                return;
            }
            Err(ReadError::Io) => return,
        };
        if let Some(length) = pending {
            // The client waits for `100 Continue` before it sends the body.
            if stream.write_all(b"HTTP/1.1 100 Continue\r\n\r\n").is_err() {
                return;
            }
            match read_body(&mut stream, &mut buffer, length) {
                Ok(body) => request.body = body,
                Err(_) => return,
            }
        }
        let reply = catch_unwind(AssertUnwindSafe(|| handler.handle(request)))
            .unwrap_or_else(|_| Reply::Answer { response: handler.refuse(None), delay: Duration::ZERO });
        match reply {
            Reply::Answer { response, delay } => {
                state.pause(delay);
                if state.stopping()
                    || write_response(&mut stream, &response, keep_alive).is_err()
                    || !keep_alive
                {
                    return;
                }
            }
            Reply::Close { delay } => {
                state.pause(delay);
                let _ = stream.shutdown(Shutdown::Both);
                return;
            }
        }
        state.set_idle(id, true);
    }
}

enum ReadError {
    Refused(Refusal),
    Io,
}

/// A request read up to its body: the request, whether to keep the connection, and (when the
/// client waits for `100 Continue`) the length of the body still to read.
type ReadRequest = (Request, bool, Option<u64>);

/// Reads one request. `Ok(None)`: the connection closed (or idled out) between requests.
/// `buffer` carries bytes already read past the previous request.
fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Result<Option<ReadRequest>, ReadError> {
    let mut head_deadline: Option<Instant> = if buffer.is_empty() { None } else { Some(Instant::now()) };
    let idle_deadline = Instant::now() + IDLE_TIMEOUT;
    loop {
        if !buffer.is_empty() {
            let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
            let mut parsed = httparse::Request::new(&mut headers);
            match parsed.parse(buffer) {
                Ok(httparse::Status::Complete(head_len)) => {
                    let (request, version) = head_of(&parsed)?;
                    buffer.drain(..head_len);
                    return finish_head(stream, buffer, request, version).map(Some);
                }
                Ok(httparse::Status::Partial) => {}
                Err(httparse::Error::TooManyHeaders) => {
                    return Err(ReadError::Refused(Refusal::HeadTooLarge))
                }
                Err(_) => {
                    return Err(ReadError::Refused(Refusal::Malformed(
                        "The request head is not valid HTTP/1.1.",
                    )))
                }
            }
            if buffer.len() > MAX_HEAD_BYTES {
                return Err(ReadError::Refused(Refusal::HeadTooLarge));
            }
        }
        let deadline = head_deadline.unwrap_or(idle_deadline);
        let mut chunk = [0u8; 8192];
        // Never read more than one byte past the bound.
        let room = (MAX_HEAD_BYTES + 1).saturating_sub(buffer.len()).clamp(1, chunk.len());
        match read_by(stream, &mut chunk[..room], deadline) {
            Ok(0) => return if buffer.is_empty() { Ok(None) } else { Err(ReadError::Io) },
            Ok(n) => {
                head_deadline.get_or_insert_with(|| Instant::now() + HEAD_DEADLINE);
                buffer.extend_from_slice(&chunk[..n]);
            }
            Err(_) if buffer.is_empty() => return Ok(None),
            Err(_) => return Err(ReadError::Io),
        }
    }
}

/// The request and its minor HTTP version.
fn head_of(parsed: &httparse::Request<'_, '_>) -> Result<(Request, u8), ReadError> {
    let malformed = || ReadError::Refused(Refusal::Malformed("The request line is incomplete."));
    let method = parsed.method.ok_or_else(malformed)?.to_owned();
    let target = parsed.path.ok_or_else(malformed)?.to_owned();
    let headers = parsed
        .headers
        .iter()
        .map(|h| (h.name.to_owned(), String::from_utf8_lossy(h.value).trim().to_owned()))
        .collect();
    let version = parsed.version.ok_or_else(malformed)?;
    Ok((Request { method, target, headers, body: Vec::new() }, version))
}

/// Works out keep-alive and the body's length, and reads the body unless the client waits for
/// `100 Continue`.
fn finish_head(
    stream: &mut TcpStream,
    buffer: &mut Vec<u8>,
    mut request: Request,
    version: u8,
) -> Result<ReadRequest, ReadError> {
    // HTTP/1.0 keeps the connection only when asked to.
    let http10 = version == 0;
    let connection = request.header("Connection").unwrap_or_default().to_ascii_lowercase();
    let keep_alive = if http10 { connection.contains("keep-alive") } else { !connection.contains("close") };
    if request.header("Transfer-Encoding").is_some() {
        return Err(ReadError::Refused(Refusal::LengthRequired));
    }
    let length = content_length(&request)?;
    if length > MAX_BODY_BYTES {
        return Err(ReadError::Refused(Refusal::BodyTooLarge));
    }
    let expects_continue = request.header("Expect").is_some_and(|v| v.eq_ignore_ascii_case("100-continue"));
    if expects_continue && length > 0 && buffer.is_empty() {
        return Ok((request, keep_alive, Some(length)));
    }
    request.body = read_body(stream, buffer, length).map_err(|_| ReadError::Io)?;
    Ok((request, keep_alive, None))
}

/// The declared body length: absent is 0; every `Content-Length` must be the same number.
fn content_length(request: &Request) -> Result<u64, ReadError> {
    let mut length: Option<u64> = None;
    for (_, value) in request.headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case("Content-Length")) {
        for part in value.split(',') {
            let part = part.trim();
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ReadError::Refused(Refusal::Malformed("The Content-Length is not a number.")));
            }
            // Too many digits for a u64 is too large, not malformed.
            let value = part.parse::<u64>().unwrap_or(u64::MAX);
            match length {
                Some(seen) if seen != value => {
                    return Err(ReadError::Refused(Refusal::Malformed(
                        "The request has conflicting Content-Length values.",
                    )));
                }
                _ => length = Some(value),
            }
        }
    }
    Ok(length.unwrap_or(0))
}

/// Reads `length` body bytes (already checked against the bound), `buffer` first.
fn read_body(stream: &mut TcpStream, buffer: &mut Vec<u8>, length: u64) -> io::Result<Vec<u8>> {
    let length = usize::try_from(length.min(MAX_BODY_BYTES)).unwrap_or(0);
    let from_buffer = length.min(buffer.len());
    let mut body: Vec<u8> = buffer.drain(..from_buffer).collect();
    let deadline = Instant::now() + BODY_DEADLINE;
    let mut chunk = [0u8; 8192];
    while body.len() < length {
        let want = (length - body.len()).min(chunk.len());
        match read_by(stream, &mut chunk[..want], deadline)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => body.extend_from_slice(&chunk[..n]),
        }
    }
    Ok(body)
}

/// One read that gives up at `deadline`.
fn read_by(stream: &mut TcpStream, buf: &mut [u8], deadline: Instant) -> io::Result<usize> {
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        stream.set_read_timeout(Some(left))?;
        match stream.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

fn write_response(stream: &mut TcpStream, response: &Response, keep_alive: bool) -> io::Result<()> {
    let mut out = format!("HTTP/1.1 {} {}\r\n", response.status, reason(response.status));
    for (name, value) in &response.headers {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str(&format!("Content-Length: {}\r\n", response.body.len()));
    if !keep_alive {
        out.push_str("Connection: close\r\n");
    }
    out.push_str("\r\n");
    let mut bytes = out.into_bytes();
    bytes.extend_from_slice(&response.body);
    stream.write_all(&bytes)?;
    stream.flush()
}

/// Closes after a refusal without resetting the connection under the answer: stop sending,
/// then read (briefly, boundedly) what the client is still sending, so the answer arrives.
fn linger_close(stream: &mut TcpStream) {
    let _ = stream.shutdown(Shutdown::Write);
    let deadline = Instant::now() + Duration::from_millis(500);
    let mut sink = [0u8; 8192];
    let mut drained = 0usize;
    while drained < 4 * 1024 * 1024 {
        match read_by(stream, &mut sink, deadline) {
            Ok(0) | Err(_) => break,
            Ok(n) => drained += n,
        }
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        409 => "Conflict",
        411 => "Length Required",
        413 => "Content Too Large",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(headers: &[(&str, &str)]) -> Request {
        Request {
            method: "POST".into(),
            target: "/".into(),
            headers: headers.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect(),
            body: Vec::new(),
        }
    }

    fn refusal(result: Result<u64, ReadError>) -> Option<Refusal> {
        match result {
            Err(ReadError::Refused(r)) => Some(r),
            _ => None,
        }
    }

    #[test]
    fn content_lengths_are_read_strictly() {
        assert!(matches!(content_length(&request(&[])), Ok(0)));
        assert!(matches!(content_length(&request(&[("content-length", "12")])), Ok(12)));
        assert!(matches!(
            content_length(&request(&[("Content-Length", "5"), ("content-length", "5")])),
            Ok(5)
        ));
        assert!(matches!(
            content_length(&request(&[("Content-Length", "99999999999999999999999")])),
            Ok(u64::MAX)
        ));
        for bad in [
            &[("Content-Length", "ten")][..],
            &[("Content-Length", "-1")],
            &[("Content-Length", "")],
            &[("Content-Length", "1, 2")],
            &[("Content-Length", "1"), ("Content-Length", "2")],
            &[("Content-Length", "+5")],
        ] {
            assert!(matches!(refusal(content_length(&request(bad))), Some(Refusal::Malformed(_))), "{bad:?}");
        }
    }
}
