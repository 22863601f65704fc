//! One `tracing` span per call, with the `tracing` feature; nothing at all without it.
//!
//! The span is `stytch_endpoint.send` at INFO level, with the fields `method`, `path` (the
//! declared template, such as `/v1/users/{user_id}`, so no request value appears), `status`,
//! `request_id`, `attempts`, `duration_ms` and, for failures, `error` (the variant, such as
//! `api` or `transport`) and `error_type`. Bodies, headers and credentials are never recorded.

use crate::{Error, Method};

#[cfg(feature = "tracing")]
pub(crate) struct Trace {
    span: tracing::Span,
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
        Trace { span, started: std::time::Instant::now() }
    }

    /// A response arrived (any status).
    pub(crate) fn answered(&self, status: u16, body: &[u8]) {
        if self.span.is_disabled() {
            return;
        }
        self.span.record("status", status);
        if let Some(id) = crate::response::find_request_id(body) {
            self.span.record("request_id", id.as_str());
        }
    }

    pub(crate) fn finish<T>(self, result: &Result<T, Error>, attempts: u32) {
        let span = &self.span;
        span.record("attempts", attempts);
        span.record("duration_ms", self.started.elapsed().as_secs_f64() * 1000.0);
        if let Err(err) = result {
            let kind = match err {
                Error::Validation(_) => "validation",
                Error::Api(_) => "api",
                Error::Transport(_) => "transport",
                Error::Decode(_) => "decode",
                Error::Encode(_) => "encode",
                Error::Config(_) => "config",
            };
            span.record("error", kind);
            if let Some(error_type) = err.error_type().map(crate::ErrorType::as_str) {
                span.record("error_type", error_type);
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
