//! The loopback server every end-to-end bench talks to, and the raw-socket client (`Wire`) that
//! measures what the loopback alone costs. Not the local Stytch: a bench measures the client, so
//! the server answers one prepared response with as little work as it can, the same for every
//! client compared (the official crate's bench uses it too).

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::Arc;
use std::thread;

/// A server for one response, started once per bench binary.
pub struct Setup {
    pub addr: SocketAddr,
    /// The body the server answers with.
    pub body: Vec<u8>,
}

impl Setup {
    /// Starts a server that answers every request with the fixture `name` (compact JSON).
    pub fn start(name: &str) -> Setup {
        let body = super::fixture(name);
        let addr = serve(&body);
        Setup { addr, body }
    }

    /// `http://127.0.0.1:PORT`.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Starts a keep-alive server that answers every request with `body`, one thread per connection.
/// It reads each request by its `Content-Length` and writes the pre-built response in one write.
/// The threads end with the process.
pub fn serve(body: &[u8]) -> SocketAddr {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1");
    let addr = listener.local_addr().unwrap();
    let mut response = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\
         Date: Mon, 29 Dec 2025 12:33:09 GMT\r\nConnection: keep-alive\r\n\r\n",
        body.len()
    )
    .into_bytes();
    response.extend_from_slice(body);
    let response: Arc<[u8]> = response.into();
    thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(stream) = stream else { continue };
            let response = Arc::clone(&response);
            thread::spawn(move || answer(stream, &response));
        }
    });
    addr
}

fn answer(mut stream: TcpStream, response: &[u8]) {
    let _ = stream.set_nodelay(true);
    let mut buf = vec![0u8; 64 * 1024];
    let mut filled = 0;
    loop {
        let Some(total) = read_message(&mut stream, &mut buf, &mut filled) else { return };
        if stream.write_all(response).is_err() {
            return;
        }
        buf.copy_within(total..filled, 0);
        filled -= total;
    }
}

/// Reads until `buf[..filled]` holds one whole message (head and `Content-Length` body); returns
/// its length. `None` when the peer closed or the message does not fit.
pub fn read_message(stream: &mut TcpStream, buf: &mut Vec<u8>, filled: &mut usize) -> Option<usize> {
    let total = loop {
        if let Some(end) = buf[..*filled].windows(4).position(|w| w == b"\r\n\r\n") {
            break end + 4 + content_length(&buf[..end])?;
        }
        fill(stream, buf, filled)?;
    };
    if total > buf.len() {
        buf.resize(total, 0);
    }
    while *filled < total {
        fill(stream, buf, filled)?;
    }
    Some(total)
}

fn fill(stream: &mut TcpStream, buf: &mut [u8], filled: &mut usize) -> Option<()> {
    if *filled == buf.len() {
        return None;
    }
    loop {
        match stream.read(&mut buf[*filled..]) {
            Ok(0) => return None,
            Ok(n) => {
                *filled += n;
                return Some(());
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

fn content_length(head: &[u8]) -> Option<usize> {
    let head = std::str::from_utf8(head).ok()?;
    for line in head.split("\r\n").skip(1) {
        let (name, value) = line.split_once(':')?;
        if name.eq_ignore_ascii_case("content-length") {
            return value.trim().parse().ok();
        }
    }
    Some(0)
}

/// One persistent connection that writes pre-built request bytes and reads the whole response:
/// no HTTP library, no JSON.
pub struct Wire {
    stream: TcpStream,
    request: Vec<u8>,
    /// Where the request's head ends and its body starts.
    head_len: usize,
    pub buf: Vec<u8>,
}

impl Wire {
    /// A connection to `setup`'s server that sends `path` with `body` as the crate would.
    pub fn new(setup: &Setup, path: &str, body: &[u8]) -> Wire {
        let mut bytes = format!(
            "POST {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nAccept: application/json\r\n\
             Authorization: {}\r\nUser-Agent: stytch-endpoint/0.1.0 (Rust; ureq)\r\nContent-Length: {}\r\n\r\n",
            setup.addr,
            super::authorization(),
            body.len()
        )
        .into_bytes();
        let head_len = bytes.len();
        bytes.extend_from_slice(body);
        let stream = TcpStream::connect(setup.addr).unwrap();
        stream.set_nodelay(true).unwrap();
        Wire { stream, request: bytes, head_len, buf: vec![0; 64 * 1024] }
    }

    /// One exchange, the request in one write; returns the body's range in `self.buf`.
    pub fn exchange(&mut self) -> std::ops::Range<usize> {
        self.stream.write_all(&self.request).unwrap();
        self.read_response()
    }

    /// One exchange, the request's head and body in two writes.
    pub fn exchange_split(&mut self) -> std::ops::Range<usize> {
        self.stream.write_all(&self.request[..self.head_len]).unwrap();
        self.stream.write_all(&self.request[self.head_len..]).unwrap();
        self.read_response()
    }

    fn read_response(&mut self) -> std::ops::Range<usize> {
        let mut filled = 0;
        let total = read_message(&mut self.stream, &mut self.buf, &mut filled).expect("a response");
        assert_eq!(filled, total, "one response per request");
        let head = self.buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        head..total
    }
}
