//! Which proxy a client goes through: the one set on the builder, or the environment's, read as
//! curl reads it. Fails closed: a proxy that was asked for and cannot be used is a configuration
//! error when the client is built, never a direct connection.

use crate::error::ConfigError;
use std::fmt;
use std::net::IpAddr;

/// Where the proxy setting of a [`ClientBuilder`](crate::ClientBuilder) comes from.
#[derive(Clone, Default, PartialEq, Eq)]
pub(crate) enum ProxySetting {
    /// `HTTPS_PROXY` & co., read when the client is built.
    #[default]
    Environment,
    /// This proxy URL, whatever the environment says.
    Url(String),
    /// No proxy, whatever the environment says.
    Direct,
}

impl fmt::Debug for ProxySetting {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProxySetting::Environment => f.write_str("Environment"),
            // The URL can hold the proxy's credentials.
            ProxySetting::Url(_) => f.debug_tuple("Url").field(&crate::redact::Redacted).finish(),
            ProxySetting::Direct => f.write_str("Direct"),
        }
    }
}

/// The proxy a client's connections go through.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct Chosen {
    /// The proxy URL, as given. Holds any proxy credentials: never shown.
    pub(crate) url: String,
    /// Where it came from, for error messages: a variable's name, or `proxy(..)`.
    pub(crate) from: &'static str,
}

impl fmt::Debug for Chosen {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Chosen").field("url", &crate::redact::Redacted).field("from", &self.from).finish()
    }
}

/// The target of every call of a client: its base URL's scheme, host and port.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Target<'a> {
    pub(crate) https: bool,
    /// Without brackets for IPv6.
    pub(crate) host: &'a str,
    pub(crate) port: u16,
}

/// The proxy for `target`, if any, under `setting`; `env` reads a variable (`None` when unset).
///
/// From the environment: for https, `HTTPS_PROXY`, `https_proxy`, then `ALL_PROXY`, `all_proxy`;
/// for plain http, `HTTP_PROXY`, `http_proxy`, then the same `ALL_PROXY` pair, except in a CGI
/// process (`REQUEST_METHOD` set), where `HTTP_PROXY` can come from a request's `Proxy:` header
/// (httpoxy) and neither spelling is read. The first non-empty one wins, unless `NO_PROXY` (or
/// `no_proxy`) names the host. A loopback target never goes through a proxy.
pub(crate) fn choose(
    setting: &ProxySetting,
    target: Target<'_>,
    env: impl Fn(&str) -> Option<String>,
) -> Result<Option<Chosen>, ConfigError> {
    if is_loopback(target.host) {
        return Ok(None);
    }
    let chosen = match setting {
        ProxySetting::Direct => return Ok(None),
        ProxySetting::Url(url) => Chosen { url: url.clone(), from: "proxy(..)" },
        ProxySetting::Environment => {
            let env = |name: &str| env(name).filter(|v| !v.trim().is_empty());
            let cgi = env("REQUEST_METHOD").is_some();
            let names: &[&'static str] = match (target.https, cgi) {
                (true, _) => &["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy"],
                (false, false) => &["HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"],
                (false, true) => &["ALL_PROXY", "all_proxy"],
            };
            let Some((from, url)) = names.iter().find_map(|&name| env(name).map(|url| (name, url))) else {
                return Ok(None);
            };
            let no_proxy = env("NO_PROXY").or_else(|| env("no_proxy"));
            if no_proxy.is_some_and(|list| no_proxy_matches(&list, target.host, target.port)) {
                return Ok(None);
            }
            Chosen { url: url.trim().to_owned(), from }
        }
    };
    check_scheme(&chosen)?;
    Ok(Some(chosen))
}

/// Every scheme ureq speaks: an HTTP CONNECT proxy (over TLS for `https`) or SOCKS. No scheme
/// means `http`, as curl takes it.
fn check_scheme(chosen: &Chosen) -> Result<(), ConfigError> {
    let scheme = chosen.url.split_once("://").map_or("http", |(scheme, _)| scheme).to_ascii_lowercase();
    match scheme.as_str() {
        "http" | "socks4" | "socks4a" | "socks5" | "socks5h" | "socks" => Ok(()),
        "https" if cfg!(any(feature = "rustls", feature = "native-tls")) => Ok(()),
        _ => Err(unusable(chosen)),
    }
}

/// The error for a proxy that cannot be used. The URL is never shown: it can hold credentials.
pub(crate) fn unusable(chosen: &Chosen) -> ConfigError {
    ConfigError::new(format!(
        "the proxy from {} is not a URL this client can use (schemes: http, https, socks4, socks4a, \
         socks5, socks5h); it will not connect without it",
        chosen.from
    ))
}

/// Whether a `NO_PROXY` list names `host`: comma- or space-separated entries, each `*` (every
/// host), a domain (itself and its subdomains; a leading `.` or `*.` is ignored), an IP address,
/// or a CIDR block (`10.0.0.0/8`, `fd00::/8`); any of them with `:port` to match that port only.
pub(crate) fn no_proxy_matches(list: &str, host: &str, port: u16) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let ip = host.parse::<IpAddr>().ok();
    list.split([',', ' ', '\t']).map(str::trim).filter(|e| !e.is_empty()).any(|entry| {
        if entry == "*" {
            return true;
        }
        let (name, entry_port) = split_port(entry);
        if entry_port.is_some_and(|p| p != port) {
            return false;
        }
        if let Some((net, bits)) = name.split_once('/') {
            return match (ip, net.parse::<IpAddr>(), bits.parse::<u8>()) {
                (Some(ip), Ok(net), Ok(bits)) => in_block(ip, net, bits),
                _ => false,
            };
        }
        if let Ok(entry_ip) = name.parse::<IpAddr>() {
            return ip == Some(entry_ip);
        }
        let domain = name.trim_start_matches('*').trim_start_matches('.').trim_end_matches('.');
        let domain = domain.to_ascii_lowercase();
        ip.is_none()
            && !domain.is_empty()
            && (host == domain || host.strip_suffix(&domain).is_some_and(|rest| rest.ends_with('.')))
    })
}

/// `name` and `port` of `name:port` / `[v6]:port`; a bare IPv6 address has no port.
fn split_port(entry: &str) -> (&str, Option<u16>) {
    if let Some(rest) = entry.strip_prefix('[') {
        let (addr, after) = rest.split_once(']').unwrap_or((rest, ""));
        return (addr, after.strip_prefix(':').and_then(|p| p.parse().ok()));
    }
    match entry.rsplit_once(':') {
        Some((name, port)) if !name.contains(':') => match port.parse() {
            Ok(port) => (name, Some(port)),
            Err(_) => (entry, None),
        },
        _ => (entry, None),
    }
}

fn in_block(ip: IpAddr, net: IpAddr, bits: u8) -> bool {
    match (ip, net) {
        (IpAddr::V4(ip), IpAddr::V4(net)) if bits <= 32 => {
            let mask = u32::MAX.checked_shl(32 - u32::from(bits)).unwrap_or(0);
            u32::from(ip) & mask == u32::from(net) & mask
        }
        (IpAddr::V6(ip), IpAddr::V6(net)) if bits <= 128 => {
            let mask = u128::MAX.checked_shl(128 - u32::from(bits)).unwrap_or(0);
            u128::from(ip) & mask == u128::from(net) & mask
        }
        _ => false,
    }
}

/// `localhost` or a loopback address: never proxied, so that a local server's credentials never
/// reach a proxy in plain http.
pub(crate) fn is_loopback(host: &str) -> bool {
    let ip = host.strip_prefix('[').and_then(|h| h.strip_suffix(']')).unwrap_or(host);
    host.eq_ignore_ascii_case("localhost") || ip.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| vars.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    }

    const HTTPS: Target<'static> = Target { https: true, host: "api.stytch.com", port: 443 };
    const HTTP: Target<'static> = Target { https: false, host: "gateway.internal", port: 8080 };

    fn from_env(target: Target<'_>, vars: &[(&str, &str)]) -> Option<&'static str> {
        choose(&ProxySetting::Environment, target, env_of(vars)).unwrap().map(|c| c.from)
    }

    #[test]
    fn the_proxy_follows_the_scheme() {
        let all = [
            ("HTTP_PROXY", "http://h:1"),
            ("http_proxy", "http://h:2"),
            ("HTTPS_PROXY", "http://s:1"),
            ("https_proxy", "http://s:2"),
            ("ALL_PROXY", "http://a:1"),
            ("all_proxy", "http://a:2"),
        ];
        assert_eq!(from_env(HTTPS, &all), Some("HTTPS_PROXY"));
        assert_eq!(from_env(HTTPS, &all[1..]), Some("HTTPS_PROXY"));
        assert_eq!(from_env(HTTPS, &all[3..]), Some("https_proxy"));
        assert_eq!(from_env(HTTPS, &all[4..]), Some("ALL_PROXY"));
        assert_eq!(from_env(HTTPS, &all[5..]), Some("all_proxy"));
        assert_eq!(from_env(HTTPS, &all[..2]), None, "HTTP_PROXY is never used for https");
        assert_eq!(from_env(HTTP, &all), Some("HTTP_PROXY"));
        assert_eq!(from_env(HTTP, &all[1..]), Some("http_proxy"));
        assert_eq!(from_env(HTTP, &all[2..]), Some("ALL_PROXY"), "HTTPS_PROXY is never used for http");
        assert_eq!(from_env(HTTPS, &[("HTTPS_PROXY", "  "), ("ALL_PROXY", "http://a:1")]), Some("ALL_PROXY"));
        assert_eq!(from_env(HTTPS, &[]), None);
    }

    #[test]
    fn a_cgi_process_never_reads_http_proxy() {
        let cgi =
            [("REQUEST_METHOD", "GET"), ("HTTP_PROXY", "http://evil:1"), ("http_proxy", "http://evil:2")];
        assert_eq!(from_env(HTTP, &cgi), None);
        assert_eq!(from_env(HTTP, &[cgi[0], cgi[1], ("ALL_PROXY", "http://a:1")]), Some("ALL_PROXY"));
        assert_eq!(from_env(HTTPS, &[cgi[0], ("HTTPS_PROXY", "http://s:1")]), Some("HTTPS_PROXY"));
        assert_eq!(from_env(HTTP, &cgi[1..]), Some("HTTP_PROXY"), "not a CGI process");
    }

    #[test]
    fn loopback_and_direct_never_use_a_proxy() {
        let vars = [("HTTPS_PROXY", "http://s:1"), ("HTTP_PROXY", "http://h:1")];
        for host in ["127.0.0.1", "localhost", "LOCALHOST", "::1", "127.8.9.10"] {
            assert_eq!(from_env(Target { https: true, host, port: 1 }, &vars), None, "{host}");
        }
        let explicit = ProxySetting::Url("http://p:1".into());
        assert_eq!(
            choose(&explicit, Target { https: true, host: "127.0.0.1", port: 1 }, env_of(&[])),
            Ok(None)
        );
        assert_eq!(choose(&ProxySetting::Direct, HTTPS, env_of(&vars)), Ok(None));
        let chosen = choose(&explicit, HTTPS, env_of(&[("NO_PROXY", "*")])).unwrap().unwrap();
        assert_eq!(
            (chosen.url.as_str(), chosen.from),
            ("http://p:1", "proxy(..)"),
            "explicit beats NO_PROXY"
        );
    }

    #[test]
    fn no_proxy_names_hosts_domains_addresses_and_blocks() {
        let yes = [
            ("*", "api.stytch.com", 443),
            ("api.stytch.com", "api.stytch.com", 443),
            ("API.Stytch.com.", "api.stytch.com", 443),
            ("stytch.com", "api.stytch.com", 443),
            (".stytch.com", "api.stytch.com", 443),
            ("*.stytch.com", "api.stytch.com", 443),
            ("other.example, stytch.com", "api.stytch.com", 443),
            ("other.example stytch.com", "api.stytch.com", 443),
            ("stytch.com:443", "api.stytch.com", 443),
            ("10.1.2.3", "10.1.2.3", 443),
            ("10.0.0.0/8", "10.1.2.3", 443),
            ("10.1.2.3:8443", "10.1.2.3", 8443),
            ("fd00::/8", "fd12::1", 443),
            ("fd12::1", "fd12::1", 443),
            ("[fd12::1]:443", "fd12::1", 443),
            ("0.0.0.0/0", "192.0.2.1", 443),
        ];
        for (list, host, port) in yes {
            assert!(no_proxy_matches(list, host, port), "{list:?} should match {host}:{port}");
        }
        let no = [
            ("", "api.stytch.com", 443),
            ("notstytch.com", "api.stytch.com", 443),
            ("api.stytch.com.evil", "api.stytch.com", 443),
            ("stytch.com:8443", "api.stytch.com", 443),
            ("10.1.2.4", "10.1.2.3", 443),
            ("10.0.0.0/16", "10.1.2.3", 443),
            ("10.0.0.0/99", "10.1.2.3", 443),
            ("fd00::/8", "10.1.2.3", 443),
            ("1.2.3.4", "stytch.com", 443),
            (".", "api.stytch.com", 443),
            ("*.", "api.stytch.com", 443),
        ];
        for (list, host, port) in no {
            assert!(!no_proxy_matches(list, host, port), "{list:?} should not match {host}:{port}");
        }
        assert_eq!(from_env(HTTPS, &[("HTTPS_PROXY", "http://s:1"), ("NO_PROXY", "stytch.com")]), None);
        assert_eq!(from_env(HTTPS, &[("HTTPS_PROXY", "http://s:1"), ("no_proxy", "stytch.com")]), None);
        assert_eq!(
            from_env(HTTPS, &[("HTTPS_PROXY", "http://s:1"), ("NO_PROXY", "other.example")]),
            Some("HTTPS_PROXY")
        );
    }

    #[test]
    fn a_proxy_that_cannot_be_used_is_a_config_error_that_hides_the_url() {
        for url in ["ftp://user:hunter2@p:1", "gopher://hunter2", "hunter2://p"] {
            let err = choose(&ProxySetting::Environment, HTTPS, env_of(&[("HTTPS_PROXY", url)])).unwrap_err();
            let printed = format!("{err} {err:?}");
            assert!(printed.contains("HTTPS_PROXY") && !printed.contains("hunter2"), "{printed}");
        }
        for url in
            ["socks5h://p:1080", "socks5://p", "socks4://p", "socks4a://p", "socks://p", "p:3128", "HTTP://p"]
        {
            assert!(choose(&ProxySetting::Url(url.into()), HTTPS, env_of(&[])).is_ok(), "{url}");
        }
    }
}
