//! A small HTTP/1.1 server on `std` and `httparse`, made to be a dependable test double.
//!
//! - One thread per connection, at most [`MAX_CONNECTIONS`] at once. At the cap, the oldest idle
//!   keep-alive connection (one waiting for its next request, no byte of it read) is closed to
//!   make room. A connection with a request in progress (from its first byte until its answer is
//!   written) is never closed to make room: when every connection is busy, new connections wait
//!   in the listen backlog until one ends, which the deadlines below bound.
//! - Keep-alive, as HTTP/1.1 wants it: the client's pooled connections are reused. Pipelining
//!   (RFC 9112 section 9.3.2): requests sent back to back are answered in order, however the
//!   reads cut them; bytes read past one request start the next, with its own head deadline.
//! - A body the handler does not want, from the head ([`Handler::wants_body`]: a request that
//!   will be refused for its credentials), is read past without being held.
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

mod wire;

pub(crate) use wire::{Refusal, Request, Response};

use std::collections::HashMap;
use std::io::{self, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use wire::{linger_close, read_body, read_request, write_response, ReadError};

/// The most connections served at once.
pub(crate) const MAX_CONNECTIONS: usize = 256;
/// The largest request head: request line and header lines.
pub(crate) const MAX_HEAD_BYTES: usize = 32 * 1024;
/// The most header lines in a request.
pub(crate) const MAX_HEADERS: usize = 64;
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

/// What the handler wants done with a request.
pub(crate) enum Reply {
    /// Answer it (after waiting `delay`, if any).
    Answer { response: Response, delay: Duration },
    /// Close the connection without answering (after waiting `delay`).
    Close { delay: Duration },
}

/// The two functions a server needs from its owner.
pub(crate) trait Handler: Send + Sync + 'static {
    /// Answers a request.
    fn handle(&self, request: Request) -> Reply;
    /// Answers a request that could not be read, or a handler that panicked (`None`).
    fn refuse(&self, refusal: Option<Refusal>) -> Response;
    /// Whether the request's body is worth holding, from its head: when not (a request that
    /// will be refused for its credentials, say), the body is read past without being kept and
    /// [`handle`](Handler::handle) gets an empty one.
    fn wants_body(&self, _head: &Request) -> bool {
        true
    }
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
        Server::run(listener, addr, name, handler)
    }

    /// Serves the connections `listener` accepts on `addr`.
    fn run(
        listener: impl Accept,
        addr: SocketAddr,
        name: &str,
        handler: Arc<dyn Handler>,
    ) -> io::Result<Server> {
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

/// Where connections come from: a listener (a failing one in tests).
trait Accept: Send + 'static {
    fn accept(&self) -> io::Result<TcpStream>;
}

impl Accept for TcpListener {
    fn accept(&self) -> io::Result<TcpStream> {
        TcpListener::accept(self).map(|(stream, _)| stream)
    }
}

fn accept_loop(listener: &impl Accept, state: &Arc<State>, handler: &Arc<dyn Handler>) {
    let mut backoff = Duration::from_millis(5);
    loop {
        let accepted = listener.accept();
        if state.stopping() {
            return;
        }
        let stream = match accepted {
            Ok(stream) => {
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
        // In progress, not idle, from the request's first byte: never closed to make room.
        let read =
            read_request(&mut stream, &mut buffer, &mut || state.set_idle(id, false), &|head: &Request| {
                catch_unwind(AssertUnwindSafe(|| handler.wants_body(head))).unwrap_or(true)
            });
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
        if buffer.is_empty() {
            state.set_idle(id, true);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;
    use std::sync::atomic::AtomicUsize;

    /// A listener that fails its first `failures` accepts as a process out of file descriptors does.
    struct Exhausted {
        listener: TcpListener,
        failures: AtomicUsize,
    }

    impl Accept for Exhausted {
        fn accept(&self) -> io::Result<TcpStream> {
            let left = self.failures.load(Ordering::SeqCst);
            if left > 0 {
                self.failures.store(left - 1, Ordering::SeqCst);
                return Err(io::Error::from_raw_os_error(24)); // EMFILE
            }
            Accept::accept(&self.listener)
        }
    }

    struct Ok200;

    impl Handler for Ok200 {
        fn handle(&self, _: Request) -> Reply {
            Reply::Answer { response: Response::json(200, b"{}".to_vec()), delay: Duration::ZERO }
        }
        fn refuse(&self, _: Option<Refusal>) -> Response {
            Response::json(500, b"{}".to_vec())
        }
    }

    #[test]
    fn accept_errors_are_retried_not_fatal() {
        let listener = TcpListener::bind(("127.0.0.1", 0)).unwrap();
        let addr = listener.local_addr().unwrap();
        let flaky = Exhausted { listener, failures: AtomicUsize::new(6) };
        let mut server = Server::run(flaky, addr, "test", Arc::new(Ok200)).unwrap();
        // Queued in the backlog while accept fails, then served.
        let mut stream = TcpStream::connect(addr).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
        stream.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        assert!(answer.starts_with("HTTP/1.1 200 OK\r\n"), "{answer}");
        server.stop();
        assert!(TcpStream::connect(addr).is_err(), "the port refuses connections after stop");
    }
}
