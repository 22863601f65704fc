//! Retries over loopback: off by default, and when asked for, only where the request provably was
//! not processed (connection refused, 429, 503). The server counts what it saw.

use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::json;
use stytch_endpoint::consumer::passwords::{ExistingPasswordReset, ExistingPasswordResetResponse};
use stytch_endpoint::{Client, Error, ErrorType, RetryPolicy, TransportErrorKind};
use stytch_endpoint_tests::{
    expected_authorization, fixture, in_turn, refused_port, Reply, TestServer, PROJECT_ID, SECRET,
};

fn reset() -> ExistingPasswordReset {
    ExistingPasswordReset::new("ada@example.com", "old correct horse", "a new and much longer passphrase")
}

fn client(url: &str, retry: RetryPolicy) -> Client {
    Client::builder().credentials(PROJECT_ID, SECRET).base_url(url).retry(retry).build().unwrap()
}

/// Retries with waits short enough not to slow the tests down.
fn quick(attempts: u32) -> RetryPolicy {
    RetryPolicy::new(attempts).base_delay(Duration::from_millis(2)).max_delay(Duration::from_millis(10))
}

fn stytch_error(status: u16, error_type: &str) -> Reply {
    Reply::json(
        status,
        &json!({
            "status_code": status,
            "request_id": format!("request-id-{status}"),
            "error_type": error_type,
            "error_message": "try again",
            "error_url": format!("https://stytch.com/docs/api/errors/{status}"),
        }),
    )
}

fn unavailable() -> Reply {
    stytch_error(503, "server_unavailable")
}

fn rate_limited() -> Reply {
    stytch_error(429, "too_many_requests")
}

fn proxy_unavailable() -> Reply {
    Reply::body(503, "text/html", "<html><body>503 Service Unavailable</body></html>")
}

fn ok() -> Reply {
    Reply::json(200, &fixture("existing_password_reset_minimal"))
}

fn send(client: &Client) -> Result<ExistingPasswordResetResponse, Error> {
    reset().send(client)
}

#[test]
fn by_default_a_request_is_sent_once_even_on_503() {
    assert_eq!(RetryPolicy::default(), RetryPolicy::none());
    assert_eq!(RetryPolicy::default().max_attempts(), 1);
    for reply in [unavailable as fn() -> Reply, rate_limited, proxy_unavailable] {
        let server = TestServer::start(move |_| reply());
        let built = Client::builder().credentials(PROJECT_ID, SECRET).base_url(server.url()).build().unwrap();
        let err = send(&built).unwrap_err();
        assert!(err.is_retryable(), "{err:?}");
        assert_eq!(server.requests().len(), 1);
    }
}

#[test]
fn retryable_answers_are_retried_until_the_attempts_run_out() {
    for (reply, status) in
        [(unavailable as fn() -> Reply, 503), (rate_limited, 429), (proxy_unavailable, 503)]
    {
        let server = TestServer::start(move |_| reply());
        let err = send(&client(&server.url(), quick(3))).unwrap_err();
        assert_eq!(err.status(), Some(status));
        assert!(err.is_retryable());
        let requests = server.requests();
        assert_eq!(requests.len(), 3, "{status}");
        // Every attempt is the same request.
        for request in &requests {
            assert_eq!(request.body, requests[0].body);
            assert_eq!(request.header("authorization"), Some(expected_authorization().as_str()));
        }
    }
}

#[test]
fn retrying_stops_at_the_first_success() {
    for first in [unavailable as fn() -> Reply, rate_limited, proxy_unavailable] {
        let server = TestServer::start(in_turn(vec![Box::new(first), Box::new(ok)]));
        let response = send(&client(&server.url(), quick(5))).unwrap();
        assert_eq!(response.request_id, "request-id-test-b05c992f-ebdc-489d-a754-c7e70ba13141");
        assert_eq!(server.requests().len(), 2);
    }
    // The last attempt may be the one that succeeds.
    let server =
        TestServer::start(in_turn(vec![Box::new(unavailable), Box::new(rate_limited), Box::new(ok)]));
    assert!(send(&client(&server.url(), quick(3))).is_ok());
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn retry_after_is_honoured() {
    let server = TestServer::start(in_turn(vec![
        Box::new(|| unavailable().with_header("Retry-After", "1")),
        Box::new(ok),
    ]));
    let policy = RetryPolicy::new(2).base_delay(Duration::from_millis(1)).max_delay(Duration::from_secs(5));
    let start = Instant::now();
    assert!(send(&client(&server.url(), policy)).is_ok());
    let waited = start.elapsed();
    assert!(waited >= Duration::from_secs(1), "waited only {waited:?}");
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn retry_after_as_an_http_date_is_honoured() {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    // Two seconds from now, whole seconds: the wait is between one and two seconds.
    let at = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() + 2;
    let days = at / 86_400;
    let (y, m, d) = civil_from_days(days as i64);
    let date = format!(
        "{}, {d:02} {} {y} {:02}:{:02}:{:02} GMT",
        DAYS[(days % 7) as usize],
        MONTHS[m as usize - 1],
        at % 86_400 / 3_600,
        at % 3_600 / 60,
        at % 60
    );
    let server = TestServer::start(in_turn(vec![
        Box::new(move || rate_limited().with_header("Retry-After", &date)),
        Box::new(ok),
    ]));
    let policy = RetryPolicy::new(2).base_delay(Duration::from_millis(1)).max_delay(Duration::from_secs(5));
    let start = Instant::now();
    assert!(send(&client(&server.url(), policy)).is_ok());
    assert!(start.elapsed() >= Duration::from_millis(900), "waited only {:?}", start.elapsed());
    assert_eq!(server.requests().len(), 2);
}

/// (year, month, day) of a day count since 1970-01-01 (Howard Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[test]
fn retry_after_is_capped_by_max_delay() {
    let server = TestServer::start(in_turn(vec![
        Box::new(|| unavailable().with_header("Retry-After", "1")),
        Box::new(|| rate_limited().with_header("Retry-After", "3600")),
        Box::new(ok),
    ]));
    let policy =
        RetryPolicy::new(3).base_delay(Duration::from_millis(1)).max_delay(Duration::from_millis(50));
    let start = Instant::now();
    assert!(send(&client(&server.url(), policy)).is_ok());
    // Two waits of at most 50 ms each, not the 1 s and the hour that were asked for.
    assert!(start.elapsed() < Duration::from_millis(900), "waited {:?}", start.elapsed());
    assert_eq!(server.requests().len(), 3);
}

#[test]
fn an_unreadable_retry_after_falls_back_to_the_backoff() {
    for garbage in ["soon", "-5", "1.5", "Sun, 06 Nov 1994"] {
        let server = TestServer::start(in_turn(vec![
            Box::new(move || unavailable().with_header("Retry-After", garbage)),
            Box::new(ok),
        ]));
        assert!(send(&client(&server.url(), quick(2))).is_ok(), "{garbage}");
        assert_eq!(server.requests().len(), 2);
    }
}

#[test]
fn the_retry_after_of_the_last_answer_is_reported() {
    let server = TestServer::start(|_| unavailable().with_header("Retry-After", "7"));
    let err = send(&client(&server.url(), RetryPolicy::none())).unwrap_err();
    assert_eq!(err.retry_after(), Some(Duration::from_secs(7)));
    assert_eq!(err.as_api().unwrap().retry_after, Some(Duration::from_secs(7)));
}

#[test]
fn answers_that_may_have_been_processed_are_never_retried() {
    type MakeReply = Box<dyn Fn() -> Reply + Send + Sync>;
    let cases: Vec<(&str, MakeReply)> = vec![
        ("500", Box::new(|| stytch_error(500, "internal_server_error"))),
        ("500 html", Box::new(|| Reply::body(500, "text/html", "<html>oops</html>"))),
        ("502", Box::new(|| Reply::body(502, "text/html", "<html>bad gateway</html>"))),
        ("504", Box::new(|| Reply::body(504, "text/html", "<html>gateway timeout</html>"))),
        ("400", Box::new(|| stytch_error(400, "weak_password"))),
        ("401", Box::new(|| stytch_error(401, "unauthorized_credentials"))),
        ("404", Box::new(|| stytch_error(404, "email_not_found"))),
        ("locked", Box::new(|| stytch_error(429, "user_lock_limit_reached"))),
        ("truncated 200", Box::new(|| Reply::body(200, "application/json", "{\"request_id\": \"r"))),
        ("cut", Box::new(|| Reply::Cut { status: 503, announced: 500, body: b"{\"status_code\"".to_vec() })),
        ("closed", Box::new(|| Reply::Raw(Vec::new()))),
    ];
    for (what, reply) in cases {
        let server = TestServer::start(move |_| reply());
        let err = send(&client(&server.url(), quick(4))).unwrap_err();
        assert!(!err.is_retryable(), "{what}: {err:?}");
        assert_eq!(server.requests().len(), 1, "{what}");
    }
}

#[test]
fn a_locked_user_is_not_retried_but_is_typed() {
    let server = TestServer::start(|_| stytch_error(429, "user_lock_limit_reached"));
    let err = send(&client(&server.url(), quick(4))).unwrap_err();
    assert_eq!(err.error_type(), Some(&ErrorType::UserLockLimitReached));
    assert_eq!(server.requests().len(), 1);
}

#[test]
fn a_timeout_is_never_retried() {
    let server = TestServer::start(|_| Reply::Hang);
    let client = Client::builder()
        .credentials(PROJECT_ID, SECRET)
        .base_url(server.url())
        .timeout(Duration::from_millis(300))
        .retry(quick(4))
        .build()
        .unwrap();
    let err = send(&client).unwrap_err();
    assert!(err.is_timeout() && !err.is_retryable(), "{err:?}");
    assert_eq!(server.requests().len(), 1);
    assert_eq!(server.connections(), 1);
}

#[test]
fn a_refused_connection_is_retried_until_the_server_is_up() {
    let port = refused_port();
    let url = format!("http://127.0.0.1:{port}");
    // The first retry waits between 0.5 s and 1 s; the server comes up 0.2 s after the first try.
    let policy = RetryPolicy::new(5).base_delay(Duration::from_secs(1)).max_delay(Duration::from_secs(1));
    let client = client(&url, policy);
    let (sending, about_to_send) = mpsc::channel();
    let call = thread::spawn(move || {
        sending.send(Instant::now()).unwrap();
        send(&client)
    });
    let start = about_to_send.recv().unwrap();
    thread::sleep(Duration::from_millis(200));
    let server = TestServer::start_on(port, |_| ok());
    let result = call.join().unwrap();
    assert!(result.is_ok(), "{result:?}");
    assert_eq!(server.requests().len(), 1);
    // Had the first attempt reached the server, the call would have ended right after 0.2 s.
    assert!(start.elapsed() >= Duration::from_millis(500), "{:?}", start.elapsed());
}

#[test]
fn a_refused_connection_is_retried_with_backoff_then_reported() {
    let url = format!("http://127.0.0.1:{}", refused_port());
    let once = Instant::now();
    let err = send(&client(&url, RetryPolicy::none())).unwrap_err();
    let once = once.elapsed();
    assert!(matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Connect), "{err:?}");

    // Three attempts: two waits of 100 to 200 ms.
    let policy =
        RetryPolicy::new(3).base_delay(Duration::from_millis(200)).max_delay(Duration::from_millis(200));
    let start = Instant::now();
    let err = send(&client(&url, policy)).unwrap_err();
    let elapsed = start.elapsed();
    assert!(matches!(&err, Error::Transport(t) if t.kind == TransportErrorKind::Connect), "{err:?}");
    assert!(err.is_retryable());
    assert!(elapsed >= Duration::from_millis(200) + once, "{elapsed:?}");
}

/// An HTTP date `secs` from now in each of the three forms RFC 9110 has a recipient accept.
fn http_dates(secs: u64) -> [String; 3] {
    const MONTHS: [&str; 12] =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    const DAYS: [&str; 7] = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"];
    const LONG_DAYS: [&str; 7] =
        ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"];
    let at = SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() + secs;
    let days = at / 86_400;
    let (y, m, d) = civil_from_days(days as i64);
    let (month, weekday) = (MONTHS[m as usize - 1], (days % 7) as usize);
    let time = format!("{:02}:{:02}:{:02}", at % 86_400 / 3_600, at % 3_600 / 60, at % 60);
    [
        format!("{}, {d:02} {month} {y} {time} GMT", DAYS[weekday]),
        format!("{}, {d:02}-{month}-{:02} {time} GMT", LONG_DAYS[weekday], y % 100),
        format!("{} {month} {d:>2} {time} {y}", DAYS[weekday]),
    ]
}

#[test]
fn retry_after_takes_every_http_date_form() {
    for date in http_dates(100) {
        let sent = date.clone();
        let server = TestServer::start(move |_| unavailable().with_header("Retry-After", &sent));
        let err = send(&client(&server.url(), RetryPolicy::none())).unwrap_err();
        let wait = err.retry_after().unwrap_or_else(|| panic!("{date:?} was not understood"));
        assert!(wait > Duration::from_secs(90) && wait <= Duration::from_secs(100), "{wait:?}");
    }
}

/// A client with a whole-call timeout and a retry policy that would, on its own, run far past it.
fn deadline_client(url: &str, timeout: Duration) -> Client {
    let patient =
        RetryPolicy::new(10).base_delay(Duration::from_millis(400)).max_delay(Duration::from_secs(2));
    Client::builder()
        .credentials(PROJECT_ID, SECRET)
        .base_url(url)
        .timeout(timeout)
        .retry(patient)
        .build()
        .unwrap()
}

#[test]
fn the_timeout_is_one_deadline_for_the_whole_call_across_retries() {
    // Each answer takes 300 ms and is a 503: ten attempts with their waits would take 7 s or more.
    let server = TestServer::start(|_| {
        thread::sleep(Duration::from_millis(300));
        unavailable()
    });
    let timeout = Duration::from_secs(1);
    let start = Instant::now();
    let err = send(&deadline_client(&server.url(), timeout)).unwrap_err();
    let took = start.elapsed();
    assert!(took < timeout + Duration::from_millis(1500), "took {took:?}");
    assert!(err.is_timeout() || err.status() == Some(503), "{err:?}");
    assert!(server.requests().len() < 10, "{}", server.requests().len());
}

#[test]
fn an_attempt_after_a_retry_gets_only_what_is_left_of_the_deadline() {
    // A 503 after 2 s, then a server that never answers: the second attempt must give up when the
    // call's 3 s deadline passes (at 3 s), not after a fresh 3 s of its own (at 5 s).
    let server = TestServer::start(in_turn(vec![
        Box::new(|| {
            thread::sleep(Duration::from_secs(2));
            unavailable()
        }),
        Box::new(|| Reply::Hang),
    ]));
    let timeout = Duration::from_secs(3);
    let client = Client::builder()
        .credentials(PROJECT_ID, SECRET)
        .base_url(server.url())
        .timeout(timeout)
        .retry(quick(3))
        .build()
        .unwrap();
    let start = Instant::now();
    let err = send(&client).unwrap_err();
    let took = start.elapsed();
    assert!(err.is_timeout(), "{err:?}");
    assert!(took < timeout + Duration::from_secs(1), "took {took:?}");
    assert_eq!(server.requests().len(), 2);
}

#[test]
fn a_retry_whose_wait_would_pass_the_deadline_is_not_taken() {
    let server = TestServer::start(|_| unavailable().with_header("Retry-After", "5"));
    let policy = RetryPolicy::new(3).max_delay(Duration::from_secs(10));
    let client = Client::builder()
        .credentials(PROJECT_ID, SECRET)
        .base_url(server.url())
        .timeout(Duration::from_secs(2))
        .retry(policy)
        .build()
        .unwrap();
    let start = Instant::now();
    let err = send(&client).unwrap_err();
    assert!(start.elapsed() < Duration::from_secs(2), "waited {:?}", start.elapsed());
    assert_eq!(err.status(), Some(503));
    assert_eq!(err.retry_after(), Some(Duration::from_secs(5)), "the caller still learns the wait");
    assert_eq!(server.requests().len(), 1);
}
