//! A loopback TLS server for the integration tests, with a certificate authority made in the
//! test (rcgen) and rustls on the server side. Shared by tests/tls.rs and tests/proxy.rs. Its own
//! server because the local Stytch and `tests/support` speak plain HTTP only.
#![allow(dead_code)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use rcgen::{BasicConstraints, CertificateParams, DnType, IsCa, Issuer, KeyPair};
use stytch_endpoint_tests::fixture;

/// A certificate authority and what it signed for the loopback server.
pub struct Pki {
    /// The CA certificate, PEM.
    pub ca_pem: String,
    /// The server side: a certificate signed by the CA, and its key.
    pub server: Arc<rustls::ServerConfig>,
}

/// A new CA, and a server certificate it signs for `names` (DNS names or IP addresses).
pub fn pki(names: &[&str]) -> Pki {
    pki_valid(names, true)
}

/// Like [`pki`], with a server certificate that expired in 2021.
pub fn pki_expired(names: &[&str]) -> Pki {
    pki_valid(names, false)
}

fn pki_valid(names: &[&str], current: bool) -> Pki {
    let ca_key = KeyPair::generate().unwrap();
    let mut ca_params = CertificateParams::new(Vec::<String>::new()).unwrap();
    ca_params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    // A name of its own: OpenSSL picks an issuer by name, so two test CAs must not share one.
    static SERIAL: AtomicUsize = AtomicUsize::new(0);
    let name = format!("stytch-endpoint test CA {}", SERIAL.fetch_add(1, Ordering::SeqCst));
    ca_params.distinguished_name.push(DnType::CommonName, name);
    let ca_cert = ca_params.self_signed(&ca_key).unwrap();
    let issuer = Issuer::new(ca_params, ca_key);

    let leaf_key = KeyPair::generate().unwrap();
    let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    let mut leaf_params = CertificateParams::new(names).unwrap();
    leaf_params.distinguished_name.push(DnType::CommonName, "loopback test server");
    if !current {
        leaf_params.not_before = rcgen::date_time_ymd(2020, 1, 1);
        leaf_params.not_after = rcgen::date_time_ymd(2021, 1, 1);
    }
    let leaf = leaf_params.signed_by(&leaf_key, &issuer).unwrap();

    let key = rustls::pki_types::PrivateKeyDer::try_from(leaf_key.serialize_der()).unwrap();
    let chain = vec![leaf.der().clone(), ca_cert.der().clone()];
    let server =
        rustls::ServerConfig::builder_with_provider(Arc::new(rustls::crypto::ring::default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_no_client_auth()
            .with_single_cert(chain, key)
            .unwrap();
    Pki { ca_pem: ca_cert.pem(), server: Arc::new(server) }
}

/// A request as the TLS server read it.
#[derive(Clone, Debug)]
pub struct Seen {
    /// `POST /path HTTP/1.1`.
    pub line: String,
    /// The `Authorization` header, if any.
    pub authorization: Option<String>,
}

/// A TLS server on 127.0.0.1 that answers every request with a successful reset, and records
/// each request line and `Authorization` header it managed to read.
pub struct TlsServer {
    pub addr: SocketAddr,
    accepted: Arc<AtomicUsize>,
    requests: Arc<Mutex<Vec<Seen>>>,
    stop: Arc<AtomicBool>,
}

impl TlsServer {
    pub fn start(config: Arc<rustls::ServerConfig>) -> TlsServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        let accepted = Arc::new(AtomicUsize::new(0));
        let requests = Arc::new(Mutex::new(Vec::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let (a, r, s) = (accepted.clone(), requests.clone(), stop.clone());
        thread::spawn(move || {
            for stream in listener.incoming() {
                if s.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                a.fetch_add(1, Ordering::SeqCst);
                let (config, requests) = (config.clone(), r.clone());
                thread::spawn(move || serve_tls(stream, config, &requests));
            }
        });
        TlsServer { addr, accepted, requests, stop }
    }

    pub fn url(&self) -> String {
        format!("https://{}", self.addr)
    }

    pub fn requests(&self) -> Vec<Seen> {
        self.requests.lock().unwrap().clone()
    }

    pub fn accepted(&self) -> usize {
        self.accepted.load(Ordering::SeqCst)
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_millis(200));
    }
}

fn serve_tls(stream: TcpStream, config: Arc<rustls::ServerConfig>, requests: &Mutex<Vec<Seen>>) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
    let Ok(conn) = rustls::ServerConnection::new(config) else { return };
    let mut tls = BufReader::new(rustls::StreamOwned::new(conn, stream));
    let body = serde_json::to_vec(&fixture("existing_password_reset_minimal")).unwrap();
    loop {
        let mut line = String::new();
        if tls.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let (mut length, mut authorization) = (0, None);
        loop {
            let mut header = String::new();
            if tls.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            let (name, value) = header.split_once(':').unwrap_or((header, ""));
            match name.trim().to_ascii_lowercase().as_str() {
                "content-length" => length = value.trim().parse().unwrap_or(0),
                "authorization" => authorization = Some(value.trim().to_owned()),
                _ => {}
            }
        }
        let mut request_body = vec![0; length];
        if tls.read_exact(&mut request_body).is_err() {
            return;
        }
        requests.lock().unwrap().push(Seen { line: line.trim_end().to_owned(), authorization });
        let head = format!(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
            body.len()
        );
        let out = tls.get_mut();
        if out
            .write_all(head.as_bytes())
            .and_then(|()| out.write_all(&body))
            .and_then(|()| out.flush())
            .is_err()
        {
            return;
        }
    }
}
