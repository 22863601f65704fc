//! Everything that plugs into ureq's `unversioned` module, which ureq keeps outside its semver
//! promise (see the ureq requirement in the workspace's Cargo.toml for the versions checked). No
//! other file of the crate names `ureq::unversioned`, so a ureq release that changes that API
//! changes these three files and nothing else:
//!
//! - `resolver.rs`: the DNS cache, one answer per host for new connections.
//! - `connect.rs`: ureq's own connectors (TCP, proxy, TLS), their failures marked as met before
//!   the request went out.
//! - `one_write.rs`: each request's head and body written to the socket in one piece.
//!
//! `transport.rs` builds the agent from [`connector`] and a [`CachedResolver`].

mod connect;
mod one_write;
mod resolver;

pub(super) use connect::WhileConnecting;
#[cfg(test)]
pub(super) use resolver::lookup_failure;
pub(super) use resolver::CachedResolver;

/// The connector chain of every agent: ureq's connectors with their failures marked, each
/// request written in one piece.
pub(super) fn connector(
) -> impl ureq::unversioned::transport::Connector<(), Out = impl ureq::unversioned::transport::Transport> {
    use ureq::unversioned::transport::Connector;
    connect::MarkedConnector::default().chain(one_write::OneWriteConnector)
}
