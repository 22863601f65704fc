//! Making a connection: ureq's own connectors (TCP, proxy, TLS), with each failure marked as met
//! before the request went out, on ureq's `unversioned` transport API.
//!
//! ureq reports a TLS handshake that failed and a connection cut while the answer was awaited in
//! the same way, as an I/O error. Only the first proves that nothing of the request was sent, so
//! every error of the connect phase is wrapped in [`WhileConnecting`], which
//! `transport::transport` unwraps into an honest [`TransportErrorKind`](crate::TransportErrorKind).

use std::fmt;
use ureq::unversioned::transport::{ConnectionDetails, Connector, DefaultConnector, Transport};

/// ureq's [`DefaultConnector`], with its failures marked as [`WhileConnecting`].
#[derive(Debug, Default)]
pub(super) struct MarkedConnector(DefaultConnector);

impl Connector<()> for MarkedConnector {
    type Out = Box<dyn Transport>;

    fn connect(
        &self,
        details: &ConnectionDetails,
        chained: Option<()>,
    ) -> Result<Option<Self::Out>, ureq::Error> {
        self.0.connect(details, chained).map_err(|err| match err {
            // A CONNECT proxy's own connection comes through here too: mark once.
            ureq::Error::Other(e) if e.is::<WhileConnecting>() => ureq::Error::Other(e),
            err => ureq::Error::Other(Box::new(WhileConnecting(err))),
        })
    }
}

/// A failure met while connecting (DNS, TCP, proxy, TLS handshake): nothing of the request had
/// been sent.
#[derive(Debug)]
pub(in crate::client) struct WhileConnecting(pub(in crate::client) ureq::Error);

impl fmt::Display for WhileConnecting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "while connecting: {}", self.0)
    }
}

impl std::error::Error for WhileConnecting {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(&self.0)
    }
}
