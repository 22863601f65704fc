//! The bytes on a connection: reading a request (bounded, with deadlines) and writing an answer.

use super::{BODY_DEADLINE, HEAD_DEADLINE, IDLE_TIMEOUT, MAX_BODY_BYTES, MAX_HEADERS, MAX_HEAD_BYTES};
use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream};
use std::time::{Duration, Instant};

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

/// Why no request came of a connection.
pub(super) enum ReadError {
    Refused(Refusal),
    Io,
}

/// A request read up to its body: the request, whether to keep the connection, and (when the
/// client waits for `100 Continue`) the length of the body still to read.
type ReadRequest = (Request, bool, Option<u64>);

/// Reads one request. `Ok(None)`: the connection closed (or idled out) between requests.
/// `buffer` carries bytes already read past the previous request (pipelined requests, RFC 9112
/// section 9.3.2): the next head starts there, with the whole head deadline before it.
/// `started` is called once the request's first byte is here: from then on it is in progress,
/// not idle. `wants_body` sees the head: when it says no, the body is read past and dropped
/// (never held), or, when the client waits for `100 Continue`, never asked for.
pub(super) fn read_request(
    stream: &mut TcpStream,
    buffer: &mut Vec<u8>,
    started: &mut dyn FnMut(),
    wants_body: &dyn Fn(&Request) -> bool,
) -> Result<Option<ReadRequest>, ReadError> {
    let mut head_deadline: Option<Instant> = None;
    if !buffer.is_empty() {
        started();
        head_deadline = Some(Instant::now() + HEAD_DEADLINE);
    }
    let idle_deadline = Instant::now() + IDLE_TIMEOUT;
    loop {
        if !buffer.is_empty() {
            let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
            let mut parsed = httparse::Request::new(&mut headers);
            match parsed.parse(buffer) {
                Ok(httparse::Status::Complete(head_len)) => {
                    let (request, version) = head_of(&parsed)?;
                    buffer.drain(..head_len);
                    return finish_head(stream, buffer, request, version, wants_body).map(Some);
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
                if head_deadline.is_none() {
                    started();
                    head_deadline = Some(Instant::now() + HEAD_DEADLINE);
                }
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
    wants_body: &dyn Fn(&Request) -> bool,
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
    if length > 0 && !wants_body(&request) {
        if expects_continue && buffer.is_empty() {
            // The answer comes instead of the go-ahead; the body never does, so the connection
            // closes after it.
            return Ok((request, false, None));
        }
        skip_body(stream, buffer, length).map_err(|_| ReadError::Io)?;
        return Ok((request, keep_alive, None));
    }
    if expects_continue && length > 0 && buffer.is_empty() {
        return Ok((request, keep_alive, Some(length)));
    }
    request.body = read_body(stream, buffer, length).map_err(|_| ReadError::Io)?;
    Ok((request, keep_alive, None))
}

/// The declared body length: absent is 0; every `Content-Length` must be the same number,
/// written the same way (`0` beside `00` is refused, as two proxies may read them differently).
fn content_length(request: &Request) -> Result<u64, ReadError> {
    let mut length: Option<(u64, &str)> = None;
    for (_, value) in request.headers.iter().filter(|(n, _)| n.eq_ignore_ascii_case("Content-Length")) {
        for part in value.split(',') {
            let part = part.trim();
            if part.is_empty() || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(ReadError::Refused(Refusal::Malformed("The Content-Length is not a number.")));
            }
            // Too many digits for a u64 is too large, not malformed.
            let value = part.parse::<u64>().unwrap_or(u64::MAX);
            match length {
                Some((_, seen)) if seen != part => {
                    return Err(ReadError::Refused(Refusal::Malformed(
                        "The request has conflicting Content-Length values.",
                    )));
                }
                _ => length = Some((value, part)),
            }
        }
    }
    Ok(length.map_or(0, |(value, _)| value))
}

/// Reads `length` body bytes (already checked against the bound), `buffer` first.
pub(super) fn read_body(stream: &mut TcpStream, buffer: &mut Vec<u8>, length: u64) -> io::Result<Vec<u8>> {
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

/// Reads `length` body bytes (already checked against the bound), `buffer` first, and drops them:
/// at most one read's worth is held at a time.
fn skip_body(stream: &mut TcpStream, buffer: &mut Vec<u8>, length: u64) -> io::Result<()> {
    let length = usize::try_from(length.min(MAX_BODY_BYTES)).unwrap_or(0);
    let from_buffer = length.min(buffer.len());
    buffer.drain(..from_buffer);
    let mut left = length - from_buffer;
    let deadline = Instant::now() + BODY_DEADLINE;
    let mut chunk = [0u8; 8192];
    while left > 0 {
        let want = left.min(chunk.len());
        match read_by(stream, &mut chunk[..want], deadline)? {
            0 => return Err(io::ErrorKind::UnexpectedEof.into()),
            n => left -= n,
        }
    }
    Ok(())
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

pub(super) fn write_response(
    stream: &mut TcpStream,
    response: &Response,
    keep_alive: bool,
) -> io::Result<()> {
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
pub(super) fn linger_close(stream: &mut TcpStream) {
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
            &[("Content-Length", "0"), ("Content-Length", "00")],
            &[("Content-Length", "5, 05")],
        ] {
            assert!(matches!(refusal(content_length(&request(bad))), Some(Refusal::Malformed(_))), "{bad:?}");
        }
    }
}
