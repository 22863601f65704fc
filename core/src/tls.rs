//! TLS: the backend a build uses, the certificate authorities a client trusts, and what a TLS
//! failure means for the request.

use crate::error::ConfigError;
use std::fmt;

/// Which certificate authorities a client trusts when none are added with
/// [`add_root_certificate_pem`](crate::ClientBuilder::add_root_certificate_pem). Named after
/// ureq's `tls::RootCerts`.
///
/// The default follows the backend: [`WebPki`](RootCerts::WebPki) with `rustls`,
/// [`PlatformVerifier`](RootCerts::PlatformVerifier) with `native-tls`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum RootCerts {
    /// Mozilla's root certificates, compiled in (the `webpki-roots` set): the same on every
    /// machine, and blind to authorities installed on this one.
    WebPki,
    /// The platform's trust store, as the operating system's own TLS clients see it, corporate
    /// authorities included. With `native-tls`, the system store (on Linux, OpenSSL's, which
    /// honours `SSL_CERT_FILE` and `SSL_CERT_DIR`). With `rustls`, `rustls-platform-verifier`:
    /// it needs the crate's `platform-verifier` feature, and without it the client does not
    /// build ([`Error::Config`](crate::Error::Config)).
    PlatformVerifier,
}

/// The TLS settings of a [`ClientBuilder`](crate::ClientBuilder), checked when it builds.
#[derive(Clone, Default)]
pub(crate) struct TlsSettings {
    roots: Option<RootCerts>,
    /// Every PEM passed to `add_root_certificate_pem`, as given; parsed by `check`.
    pems: Vec<Vec<u8>>,
}

impl TlsSettings {
    pub(crate) fn root_certs(&mut self, roots: RootCerts) {
        self.roots = Some(roots);
    }

    pub(crate) fn add_root_certificate_pem(&mut self, pem: &[u8]) {
        self.pems.push(pem.to_vec());
    }

    /// Checks the settings for a base URL with this scheme, and gives ureq's TLS configuration.
    pub(crate) fn check(&self, https: bool) -> Result<TlsChecked, ConfigError> {
        let configured = self.roots.is_some() || !self.pems.is_empty();
        if (https || configured) && !cfg!(any(feature = "rustls", feature = "native-tls")) {
            return Err(ConfigError::new(
                "TLS is needed (an https base URL, or roots were set), but this build has no TLS \
                 backend: enable the `rustls` or `native-tls` feature of stytch-endpoint",
            ));
        }
        let added = self.added_roots()?;
        if !added.is_empty() && self.roots.is_some() {
            return Err(ConfigError::new(
                "`add_root_certificate_pem` replaces the built-in roots, so it cannot be combined \
                 with `root_certs(..)`: use one or the other",
            ));
        }
        let roots = self.roots.clone().unwrap_or(if NATIVE_TLS {
            RootCerts::PlatformVerifier
        } else {
            RootCerts::WebPki
        });
        if added.is_empty()
            && roots == RootCerts::PlatformVerifier
            && !NATIVE_TLS
            && !cfg!(feature = "platform-verifier")
        {
            return Err(ConfigError::new(
                "`RootCerts::PlatformVerifier` with rustls needs the `platform-verifier` feature of \
                 stytch-endpoint (or the `native-tls` feature instead of `rustls`)",
            ));
        }
        Ok(TlsChecked { roots, added })
    }

    /// The certificates of every added PEM, each checked to be an X.509 certificate.
    fn added_roots(&self) -> Result<Vec<Vec<u8>>, ConfigError> {
        let mut roots = Vec::new();
        for pem in &self.pems {
            let before = roots.len();
            for item in parse_pem(pem) {
                match item {
                    Ok(Some(der)) if is_certificate(&der) => roots.push(der),
                    Ok(Some(_)) => {
                        return Err(ConfigError::new(
                            "`add_root_certificate_pem`: a CERTIFICATE block is not a valid X.509 \
                             certificate",
                        ))
                    }
                    Ok(None) => {}
                    Err(()) => {
                        return Err(ConfigError::new("`add_root_certificate_pem`: the PEM does not parse"))
                    }
                }
            }
            if roots.len() == before {
                return Err(ConfigError::new(
                    "`add_root_certificate_pem`: the PEM holds no certificate (expected one or more \
                     `-----BEGIN CERTIFICATE-----` blocks)",
                ));
            }
        }
        Ok(roots)
    }
}

impl fmt::Debug for TlsSettings {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TlsSettings")
            .field("roots", &self.roots)
            .field("added_root_pems", &self.pems.len())
            .finish()
    }
}

/// Checked TLS settings, ready for ureq.
#[cfg_attr(not(any(feature = "rustls", feature = "native-tls")), allow(dead_code))]
pub(crate) struct TlsChecked {
    roots: RootCerts,
    /// DER certificates from `add_root_certificate_pem`; when any, the only roots trusted.
    added: Vec<Vec<u8>>,
}

impl TlsChecked {
    /// ureq's TLS configuration: the backend this build uses, and the roots.
    #[cfg(any(feature = "rustls", feature = "native-tls"))]
    pub(crate) fn ureq_config(&self) -> ureq::tls::TlsConfig {
        use ureq::tls::{Certificate, RootCerts as Roots, TlsConfig, TlsProvider};
        let provider = if NATIVE_TLS { TlsProvider::NativeTls } else { TlsProvider::Rustls };
        let roots = if !self.added.is_empty() {
            let certs: Vec<Certificate<'static>> =
                self.added.iter().map(|der| Certificate::from_der(der).to_owned()).collect();
            Roots::new_with_certs(&certs)
        } else {
            match &self.roots {
                RootCerts::WebPki => Roots::WebPki,
                RootCerts::PlatformVerifier => Roots::PlatformVerifier,
            }
        };
        TlsConfig::builder().provider(provider).root_certs(roots).build()
    }
}

/// Whether this build talks TLS through native-tls. When both backends are compiled in, it does:
/// `rustls` is on by default, so `native-tls` is the one that was asked for.
const NATIVE_TLS: bool = cfg!(feature = "native-tls");

/// The DER of each PEM block: `Some` for a certificate, `None` for any other block; `Err` when
/// the text does not parse as PEM. Never echoes the input.
fn parse_pem(pem: &[u8]) -> Vec<Result<Option<Vec<u8>>, ()>> {
    #[cfg(any(feature = "rustls", feature = "native-tls"))]
    {
        ureq::tls::parse_pem(pem)
            .map(|item| match item {
                Ok(ureq::tls::PemItem::Certificate(cert)) => Ok(Some(cert.der().to_vec())),
                Ok(_) => Ok(None),
                Err(_) => Err(()),
            })
            .collect()
    }
    #[cfg(not(any(feature = "rustls", feature = "native-tls")))]
    {
        let _ = pem;
        vec![Err(())]
    }
}

/// Whether the backend in use accepts `der` as a certificate.
fn is_certificate(der: &[u8]) -> bool {
    #[cfg(feature = "native-tls")]
    {
        native_tls::Certificate::from_der(der).is_ok()
    }
    #[cfg(all(feature = "rustls", not(feature = "native-tls")))]
    {
        rustls::RootCertStore::empty().add(rustls::pki_types::CertificateDer::from(der)).is_ok()
    }
    #[cfg(not(any(feature = "rustls", feature = "native-tls")))]
    {
        let _ = der;
        false
    }
}

/// What a TLS failure was, for the message and the error kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(any(feature = "rustls", feature = "native-tls")), allow(dead_code))]
pub(crate) enum TlsFailure {
    /// The server's certificate was not trusted (unknown issuer, wrong name, expired...).
    Certificate,
    /// Anything else TLS: the peer does not speak TLS, no common protocol, a bad record...
    Other,
}

impl TlsFailure {
    /// The message of a TLS failure met while connecting: nothing of the request was sent.
    pub(crate) fn connecting_message(self) -> &'static str {
        match self {
            TlsFailure::Certificate => "TLS: the server's certificate was not trusted; nothing was sent",
            TlsFailure::Other => "TLS: the handshake failed (is the server speaking TLS?); nothing was sent",
        }
    }

    /// The message of a TLS failure after the request may have gone out.
    pub(crate) const IN_FLIGHT: &'static str =
        "TLS: the session failed while the request was in flight; it may have been processed";
}

/// The TLS failure inside an I/O error, if it is one: ureq wraps rustls's errors in `io::Error`.
pub(crate) fn tls_failure_in(io: &std::io::Error) -> Option<TlsFailure> {
    let inner = io.get_ref()?;
    #[cfg(feature = "rustls")]
    if let Some(err) = inner.downcast_ref::<rustls::Error>() {
        return Some(rustls_failure(err));
    }
    #[cfg(feature = "native-tls")]
    if let Some(err) = inner.downcast_ref::<native_tls::Error>() {
        return Some(native_tls_failure(err));
    }
    let _ = inner;
    None
}

#[cfg(feature = "rustls")]
pub(crate) fn rustls_failure(err: &rustls::Error) -> TlsFailure {
    use rustls::Error as E;
    match err {
        E::InvalidCertificate(_) | E::NoCertificatesPresented | E::UnsupportedNameType => {
            TlsFailure::Certificate
        }
        _ => TlsFailure::Other,
    }
}

/// native-tls tells the cause only in its message: each platform's library names the certificate
/// when it is the cause (OpenSSL: "certificate verify failed").
#[cfg(feature = "native-tls")]
pub(crate) fn native_tls_failure(err: &native_tls::Error) -> TlsFailure {
    if err.to_string().to_ascii_lowercase().contains("certificate") {
        TlsFailure::Certificate
    } else {
        TlsFailure::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(any(feature = "rustls", feature = "native-tls")))]
    fn https_without_a_tls_backend_is_a_config_error_never_a_panic() {
        let err = TlsSettings::default().check(true).err().expect("no TLS backend");
        assert!(err.to_string().contains("`rustls` or `native-tls`"), "{err}");
        assert!(TlsSettings::default().check(false).is_ok(), "plain http needs no TLS");
        let mut settings = TlsSettings::default();
        settings.add_root_certificate_pem(b"");
        let err = settings.check(false).err().expect("roots without a backend");
        assert!(err.to_string().contains("no TLS backend"), "{err}");
    }

    #[test]
    #[cfg(all(feature = "rustls", not(feature = "native-tls"), not(feature = "platform-verifier")))]
    fn the_platform_roots_under_rustls_need_their_feature() {
        let mut settings = TlsSettings::default();
        settings.root_certs(RootCerts::PlatformVerifier);
        let err = settings.check(true).err().expect("platform-verifier is off");
        assert!(err.to_string().contains("`platform-verifier` feature"), "{err}");
    }

    #[test]
    fn debug_shows_no_certificate_bytes() {
        let mut settings = TlsSettings::default();
        settings
            .add_root_certificate_pem(b"-----BEGIN CERTIFICATE-----\nc2VjcmV0\n-----END CERTIFICATE-----\n");
        let printed = format!("{settings:?}");
        assert!(printed.contains("added_root_pems: 1") && !printed.contains("c2VjcmV0"), "{printed}");
    }
}
