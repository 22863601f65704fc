//! One `tracing` span per call, with the `tracing` feature; nothing at all without it.
//!
//! The span is `stytch_endpoint.send` at INFO level, entered for the whole call, with the fields
//! `method`, `path` (the declared template, such as `/v1/users/{user_id}`, so no request value
//! appears), `status`, `request_id`, `attempts`, `duration_ms` and, for failures, `error` (the
//! variant, such as `api` or `transport`) and `error_type`. When the call ends, one event carries
//! the same fields: at DEBUG on success, at WARN on failure. Bodies, headers and credentials are
//! never recorded, and `request_id` and `error_type` only in the form Stytch gives them.

use crate::{Error, Method};

#[cfg(feature = "tracing")]
pub(crate) struct Trace {
    /// Entered from the start of the call to its end, so that ureq's own records and anything
    /// the caller's subscriber attaches to the current span land inside it.
    span: tracing::span::EnteredSpan,
    method: Method,
    path: &'static str,
    /// The last answer's status and request id, for the closing event.
    status: std::cell::Cell<Option<u16>>,
    request_id: std::cell::RefCell<Option<String>>,
    started: std::time::Instant,
}

#[cfg(feature = "tracing")]
impl Trace {
    pub(crate) fn start(method: Method, path: &'static str) -> Self {
        use tracing::field::Empty;
        let span = tracing::info_span!(
            "stytch_endpoint.send",
            method = method.as_str(),
            path,
            status = Empty,
            request_id = Empty,
            attempts = Empty,
            duration_ms = Empty,
            error = Empty,
            error_type = Empty,
        );
        Trace {
            span: span.entered(),
            method,
            path,
            status: Default::default(),
            request_id: Default::default(),
            started: std::time::Instant::now(),
        }
    }

    /// A response arrived (any status).
    pub(crate) fn answered(&self, status: u16, body: &[u8]) {
        if self.span.is_disabled() && !tracing::enabled!(tracing::Level::WARN) {
            return;
        }
        self.span.record("status", status);
        self.status.set(Some(status));
        let request_id = crate::response::find_request_id(body).kept;
        if let Some(id) = &request_id {
            self.span.record("request_id", id.as_str());
        }
        *self.request_id.borrow_mut() = request_id;
    }

    pub(crate) fn finish<T>(self, result: &Result<T, Error>, attempts: u32) {
        let span = &self.span;
        let duration_ms = self.started.elapsed().as_secs_f64() * 1000.0;
        span.record("attempts", attempts);
        span.record("duration_ms", duration_ms);
        let (method, path, status) = (self.method.as_str(), self.path, self.status.get());
        let request_id = self.request_id.borrow();
        let request_id = request_id.as_deref();
        match result {
            Ok(_) => tracing::debug!(
                method,
                path,
                status,
                request_id,
                attempts,
                duration_ms,
                "stytch_endpoint.send succeeded"
            ),
            Err(err) => {
                let kind = match err {
                    Error::Validation(_) => "validation",
                    Error::Api(_) => "api",
                    Error::Transport(_) => "transport",
                    Error::Decode(_) => "decode",
                    Error::Encode(_) => "encode",
                    Error::Config(_) => "config",
                    Error::Jwt(_) => "jwt",
                };
                let error_type = err.as_api().map(|api| api.error_type.as_str());
                span.record("error", kind);
                if let Some(error_type) = error_type {
                    span.record("error_type", error_type);
                }
                tracing::warn!(
                    method,
                    path,
                    status,
                    request_id,
                    attempts,
                    duration_ms,
                    error = kind,
                    error_type,
                    "stytch_endpoint.send failed"
                );
            }
        }
    }
}

#[cfg(not(feature = "tracing"))]
pub(crate) struct Trace;

#[cfg(not(feature = "tracing"))]
impl Trace {
    #[inline(always)]
    pub(crate) fn start(_: Method, _: &'static str) -> Self {
        Trace
    }

    #[inline(always)]
    pub(crate) fn answered(&self, _: u16, _: &[u8]) {}

    #[inline(always)]
    pub(crate) fn finish<T>(self, _: &Result<T, Error>, _: u32) {}
}

/// The span of a session JWT's `authenticate`: `stytch_endpoint.session_jwt` at INFO, with `b2b`,
/// `path` (`local` or `remote`), `local_check` (the check that sent it to Stytch, such as
/// `expired`) and, for a failure, `error` and `check` or `error_type`. Never the JWT, its claims
/// or the session's ids.
#[cfg(feature = "jwt")]
pub(crate) struct JwtTrace {
    #[cfg(feature = "tracing")]
    span: tracing::span::EnteredSpan,
}

#[cfg(feature = "jwt")]
impl JwtTrace {
    #[cfg(feature = "tracing")]
    pub(crate) fn start(b2b: bool) -> Self {
        use tracing::field::Empty;
        let span = tracing::info_span!(
            "stytch_endpoint.session_jwt",
            b2b,
            path = Empty,
            local_check = Empty,
            error = Empty,
            check = Empty,
            error_type = Empty,
        );
        JwtTrace { span: span.entered() }
    }

    #[cfg(not(feature = "tracing"))]
    #[inline(always)]
    pub(crate) fn start(_: bool) -> Self {
        JwtTrace {}
    }

    /// `local`: the local check that failed before the remote call, if one was made.
    #[cfg(feature = "tracing")]
    pub(crate) fn finish(
        self,
        local: Option<&crate::JwtError>,
        result: &Result<crate::jwt::VerifiedBy, &Error>,
    ) {
        let span = &self.span;
        if let Some(local) = local {
            span.record("path", "remote");
            span.record("local_check", local.check());
        } else if result.is_ok() {
            span.record("path", "local");
        }
        match result {
            Ok(path) => tracing::debug!(path = path.as_str(), "stytch_endpoint.session_jwt verified"),
            Err(err) => {
                if local.is_none() {
                    span.record("path", "local");
                }
                match err {
                    Error::Jwt(jwt) => {
                        span.record("error", "jwt");
                        span.record("check", jwt.check());
                    }
                    other => {
                        span.record("error", if other.as_api().is_some() { "api" } else { "remote" });
                        if let Some(api) = other.as_api() {
                            span.record("error_type", api.error_type.as_str());
                        }
                    }
                }
                tracing::debug!("stytch_endpoint.session_jwt refused");
            }
        }
    }

    #[cfg(not(feature = "tracing"))]
    #[inline(always)]
    pub(crate) fn finish(self, _: Option<&crate::JwtError>, _: &Result<crate::jwt::VerifiedBy, &Error>) {}
}
