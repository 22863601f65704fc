//! A few lines of loopback HTTP for the examples: a server on 127.0.0.1 that answers every request
//! from a closure. (The crate's `LocalStytch` covers the password resets; this stands in for the
//! rest of Stytch's API, and for a misbehaving proxy.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;

/// Starts a server answering each request with `answer(request line) -> (status, JSON body)`, the
/// request line being `GET /v1/users/user-1 HTTP/1.1`; returns its base URL. The server runs
/// until the program exits.
pub fn serve(answer: impl Fn(&str) -> (u16, String) + Send + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let url = format!("http://{}", listener.local_addr().expect("a bound address"));
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut reader = BufReader::new(stream);
            let mut request_line = String::new();
            let mut length = 0;
            let mut line = String::new();
            if reader.read_line(&mut request_line).is_err() {
                continue;
            }
            while reader.read_line(&mut line).is_ok_and(|n| n > 2) {
                if let Some(value) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = value.trim().parse().unwrap_or(0);
                }
                line.clear();
            }
            let mut body = vec![0; length];
            if reader.read_exact(&mut body).is_err() {
                continue;
            }
            let (status, json) = answer(request_line.trim_end());
            let response = format!(
                "HTTP/1.1 {status} Canned\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\
                 Connection: close\r\n\r\n{json}",
                json.len()
            );
            let _ = reader.get_mut().write_all(response.as_bytes());
        }
    });
    url
}
