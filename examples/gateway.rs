//! Gateway mode: the app knows only a gateway's URL, and the gateway adds the Stytch credentials.
//!
//! ```sh
//! cargo run --example gateway
//! ```
//!
//! With `STYTCH_GATEWAY_URL` set (and `STYTCH_EMAIL`, `STYTCH_EXISTING_PASSWORD`,
//! `STYTCH_NEW_PASSWORD`), it resets a password through that gateway. Otherwise it starts a local
//! Stytch and, in front of it, a small gateway that injects the credentials the way a real one does
//! server-side, so the app never holds the secret. (That small gateway is the one hand-written
//! server among the examples: it stands for the user's own proxy, not for Stytch.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::local::LocalStytch;
use stytch_endpoint::Client;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Ok(url) = std::env::var("STYTCH_GATEWAY_URL") {
        let var = |name: &str| std::env::var(name).map_err(|_| format!("{name} is not set"));
        let client = Client::gateway(&url)?;
        let reset = ExistingPasswordReset::new(
            var("STYTCH_EMAIL")?,
            var("STYTCH_EXISTING_PASSWORD")?,
            var("STYTCH_NEW_PASSWORD")?,
        );
        let done = reset.send(&client)?;
        println!("reset the password of {} through {url}", done.user_id);
        return Ok(());
    }

    // The Stytch side: a local Stytch, whose credentials only the gateway knows.
    let stytch = LocalStytch::start()?;
    stytch.add_user("ada@example.com", "old password 1234!")?;
    let gateway_url = start_gateway(&stytch.url(), stytch.project_id(), stytch.secret())?;

    // The app side: no project id, no secret; only the gateway's URL.
    let client = Client::gateway(&gateway_url)?;
    println!("app client: {client:?}");
    let reset =
        ExistingPasswordReset::new("ada@example.com", "old password 1234!", "correct horse battery staple");
    let done = reset.send(&client)?;
    println!("reset the password of {} through the gateway at {gateway_url}", done.user_id);
    println!("the local Stytch saw: {:?}", stytch.requests_seen().last().map(|r| (&r.path, r.status)));
    Ok(())
}

/// A minimal gateway on 127.0.0.1: forwards each request to `upstream` with an
/// `Authorization: Basic` header added, and relays the answer.
fn start_gateway(upstream: &str, project_id: &str, secret: &str) -> std::io::Result<String> {
    let listener = TcpListener::bind("127.0.0.1:0")?;
    let url = format!("http://{}", listener.local_addr()?);
    let upstream = upstream.trim_start_matches("http://").to_owned();
    let authorization = format!("Basic {}", base64(format!("{project_id}:{secret}").as_bytes()));
    std::thread::spawn(move || {
        for client in listener.incoming().flatten() {
            let _ = forward(client, &upstream, &authorization);
        }
    });
    Ok(url)
}

fn forward(client: TcpStream, upstream: &str, authorization: &str) -> std::io::Result<()> {
    let mut reader = BufReader::new(client.try_clone()?);
    let mut head = String::new();
    let mut length = 0;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        let lower = line.to_ascii_lowercase();
        if let Some(value) = lower.strip_prefix("content-length:") {
            length = value.trim().parse().unwrap_or(0);
        }
        // The app's own Authorization (there is none) and keep-alive are the gateway's business.
        if !lower.starts_with("authorization:") && !lower.starts_with("connection:") {
            head.push_str(&line);
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    head.push_str(&format!("Authorization: {authorization}\r\nConnection: close\r\n\r\n"));

    let mut server = TcpStream::connect(upstream)?;
    server.write_all(head.as_bytes())?;
    server.write_all(&body)?;
    let mut answer = Vec::new();
    server.read_to_end(&mut answer)?;
    let mut client = client;
    client.write_all(&answer)
}

/// Standard base64, for the gateway's `Authorization` header.
fn base64(input: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in input.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() {
                ALPHABET[(n >> (18 - 6 * i)) as usize & 63] as char
            } else {
                '='
            });
        }
    }
    out
}
