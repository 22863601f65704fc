//! The DNS cache, on ureq's `unversioned` resolver API.

use std::sync::Arc;
use std::time::Duration;

/// Resolves the base URL's host at most once per [`CachedResolver::TTL`].
///
/// ureq resolves the host of every call before it looks for a pooled connection, and when any
/// timeout is set it resolves on a new thread (so that it can give up on a slow DNS server): a
/// thread and a DNS lookup per call, even when a kept-alive connection is reused. Only new
/// connections need the addresses, and a client talks to one host, so the last answer is kept.
/// A failed connect forgets the answer (see `Transport::exchange`), so an address that changed is
/// looked up again on the next attempt rather than after the TTL.
#[derive(Debug, Default, Clone)]
pub(in crate::client) struct CachedResolver {
    inner: Arc<ureq::unversioned::resolver::DefaultResolver>,
    last: Arc<std::sync::Mutex<Option<Resolved>>>,
}

#[derive(Debug)]
struct Resolved {
    scheme: String,
    authority: String,
    at: std::time::Instant,
    addrs: ureq::unversioned::resolver::ResolvedSocketAddrs,
}

impl CachedResolver {
    /// How long an answer is used for new connections (Java's default DNS cache time).
    const TTL: Duration = Duration::from_secs(30);

    /// Drops the answer, so that the next new connection looks the host up again.
    pub(in crate::client) fn forget(&self) {
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = None;
    }
}

impl ureq::unversioned::resolver::Resolver for CachedResolver {
    fn resolve(
        &self,
        uri: &ureq::http::Uri,
        config: &ureq::config::Config,
        timeout: ureq::unversioned::transport::NextTimeout,
    ) -> Result<ureq::unversioned::resolver::ResolvedSocketAddrs, ureq::Error> {
        let scheme = uri.scheme_str().unwrap_or_default();
        let authority = uri.authority().map_or("", |a| a.as_str());
        let fresh =
            |r: &&Resolved| r.scheme == scheme && r.authority == authority && r.at.elapsed() < Self::TTL;
        if let Some(hit) = self.last.lock().unwrap_or_else(|e| e.into_inner()).as_ref().filter(fresh) {
            return Ok(hit.addrs.clone());
        }
        let addrs = self.inner.resolve(uri, config, timeout).map_err(lookup_failure)?;
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = Some(Resolved {
            scheme: scheme.to_owned(),
            authority: authority.to_owned(),
            at: std::time::Instant::now(),
            addrs: addrs.clone(),
        });
        Ok(addrs)
    }
}

/// std reports a failed name lookup as a plain I/O error; it means the host did not resolve, so
/// nothing was sent (a connect failure, not a connection cut in flight). Timeouts stay timeouts.
pub(in crate::client) fn lookup_failure(err: ureq::Error) -> ureq::Error {
    match err {
        ureq::Error::Io(_) => ureq::Error::HostNotFound,
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_resolver_keeps_one_answer_per_host_until_a_connect_fails() {
        use ureq::unversioned::resolver::Resolver;
        let resolver = CachedResolver::default();
        let config = ureq::config::Config::default();
        let timeout = ureq::unversioned::transport::NextTimeout {
            after: ureq::unversioned::transport::time::Duration::from_secs(5),
            reason: ureq::Timeout::Resolve,
            per_read: None,
            per_write: None,
        };
        let uri: ureq::http::Uri = "http://127.0.0.1:4010/v1/x".parse().unwrap();
        let first = resolver.resolve(&uri, &config, timeout).unwrap();
        let cached_at = resolver.last.lock().unwrap().as_ref().map(|r| r.at).unwrap();
        assert_eq!(resolver.resolve(&uri, &config, timeout).unwrap()[0], first[0]);
        assert_eq!(
            resolver.last.lock().unwrap().as_ref().map(|r| r.at),
            Some(cached_at),
            "answered from cache"
        );

        let other: ureq::http::Uri = "http://127.0.0.1:4011/".parse().unwrap();
        assert_eq!(resolver.resolve(&other, &config, timeout).unwrap()[0].port(), 4011);

        resolver.forget();
        assert!(resolver.last.lock().unwrap().is_none());
    }
}
