//! Peak heap per call stays within a small multiple of the response body, for every body the
//! size limit lets through, hostile ones included (many tiny values that would each become a
//! much larger Rust value).
//!
//! This binary's global allocator counts the bytes held by the calling thread (the test server
//! allocates on its own threads, uncounted), so each test measures one `send` from start to end.
//! Tests in this binary run one at a time (a lock) so that their counts never mix.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::sync::Mutex;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::Error;
use stytch_endpoint_tests::{client_for, fixture, Reply, TestServer};

struct Counting;

thread_local! {
    static COUNTING: Cell<bool> = const { Cell::new(false) };
    static HELD: Cell<isize> = const { Cell::new(0) };
    static PEAK: Cell<isize> = const { Cell::new(0) };
}

fn track(delta: isize) {
    let _ = COUNTING.try_with(|counting| {
        if counting.get() {
            HELD.with(|held| {
                let now = held.get() + delta;
                held.set(now);
                PEAK.with(|peak| peak.set(peak.get().max(now)));
            });
        }
    });
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc(layout) };
        if !ptr.is_null() {
            track(layout.size() as isize);
        }
        ptr
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        track(-(layout.size() as isize));
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let ptr = unsafe { System.alloc_zeroed(layout) };
        if !ptr.is_null() {
            track(layout.size() as isize);
        }
        ptr
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let new = unsafe { System.realloc(ptr, layout, new_size) };
        if !new.is_null() {
            // A moving realloc holds both blocks for a moment: count the new one before the old
            // one is let go, as the peak is what matters here.
            track(new_size as isize);
            track(-(layout.size() as isize));
        }
        new
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// The most heap one call may hold whatever the body: the request, ureq's per-call state, the
/// answer's head, and the decoding budget's fixed part (64 KiB). Connection buffers are
/// allocated once per connection, before counting starts.
const FIXED: usize = 128 * 1024;
/// The most heap one call may hold per byte of response body.
const PER_BODY_BYTE: usize = 4;

fn reset() -> ExistingPasswordReset {
    ExistingPasswordReset::new("ada@example.com", "old correct horse", "a new and much longer passphrase")
}

/// Sends one reset to a server that answers with `status` and `body`, after a first call that
/// opens the kept-alive connection; returns the second call's result and its peak heap.
fn peak_of_one_call(status: u16, body: &[u8]) -> (Result<(), Error>, usize) {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let minimal = serde_json::to_vec(&fixture("existing_password_reset_minimal")).unwrap();
    let body = body.to_vec();
    let calls = std::sync::atomic::AtomicUsize::new(0);
    let server = TestServer::start(move |_| {
        let first = calls.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0;
        if first {
            Reply::body(200, "application/json", minimal.clone())
        } else {
            Reply::body(status, "application/json", body.clone())
        }
    });
    let client = client_for(&server);
    let request = reset();
    request.send(&client).expect("the warm-up call");

    HELD.with(|held| held.set(0));
    PEAK.with(|peak| peak.set(0));
    COUNTING.with(|counting| counting.set(true));
    let result = request.send(&client).map(drop);
    COUNTING.with(|counting| counting.set(false));
    let peak = PEAK.with(Cell::get).max(0) as usize;
    assert_eq!(server.requests().len(), 2);
    (result, peak)
}

fn assert_bounded(what: &str, status: u16, body: &[u8]) -> Result<(), Error> {
    let (result, peak) = peak_of_one_call(status, body);
    let bound = PER_BODY_BYTE * body.len() + FIXED;
    // Shown with `--nocapture`: the figures BENCHMARKS.md quotes.
    eprintln!(
        "{what}: {} byte body, peak {peak} bytes ({:.2}x)",
        body.len(),
        peak as f64 / body.len() as f64
    );
    assert!(
        peak <= bound,
        "{what}: a {} byte body took a peak of {peak} bytes ({:.1}x the body), over the bound of {bound}",
        body.len(),
        peak as f64 / body.len() as f64
    );
    result
}

/// `prefix`, then `item` repeated (comma-separated) until the body is about `size` bytes, then
/// `suffix`.
fn repeated(prefix: &str, item: &str, suffix: &str, size: usize) -> Vec<u8> {
    let count = (size - prefix.len() - suffix.len()) / (item.len() + 1);
    let mut body = Vec::with_capacity(size);
    body.extend_from_slice(prefix.as_bytes());
    for i in 0..count {
        if i > 0 {
            body.push(b',');
        }
        body.extend_from_slice(item.as_bytes());
    }
    body.extend_from_slice(suffix.as_bytes());
    body
}

/// Just under the default 4 MiB limit on a response body.
const LARGE: usize = 3 * 1024 * 1024 + 512 * 1024;

const ERROR_HEAD: &str = r#"{"status_code":400,"request_id":"request-id-test-55555555-5555-4555-8555-555555555555","error_type":"weak_password","error_message":"Password does not meet the strength requirements.","error_url":"https://stytch.com/docs/api/errors/400#weak_password","error_details":"#;

#[test]
fn a_typical_answer_takes_a_small_multiple_of_its_body() {
    for name in ["existing_password_reset_minimal", "existing_password_reset_complete"] {
        let body = serde_json::to_vec(&fixture(name)).unwrap();
        assert_bounded(name, 200, &body).expect("decodes");
    }
}

#[test]
fn error_details_made_of_many_tiny_values_stay_bounded() {
    for (what, item) in
        [("arrays", "[1]"), ("numbers", "1"), ("empty arrays", "[]"), ("objects", r#"{"a":1}"#)]
    {
        let body = repeated(&format!("{ERROR_HEAD}["), item, "]}", LARGE);
        let err = assert_bounded(what, 400, &body).unwrap_err();
        // Still Stytch's error, typed, whatever became of the details.
        let Error::Api(api) = &err else { panic!("{what}: expected an API error, got {err:?}") };
        assert_eq!(api.status, 400);
        assert_eq!(api.error_type.as_str(), "weak_password");
        assert_eq!(api.request_id.as_deref(), Some("request-id-test-55555555-5555-4555-8555-555555555555"));
        assert_eq!(api.error_details, None, "{what}: too large to hold, so dropped");
    }
}

#[test]
fn small_error_details_are_kept() {
    let body =
        format!(r#"{ERROR_HEAD}{{"zxcvbn":{{"score":1,"suggestions":["Add another word or two."]}}}}}}"#);
    let err = assert_bounded("small details", 400, body.as_bytes()).unwrap_err();
    let Error::Api(api) = &err else { panic!("expected an API error, got {err:?}") };
    assert_eq!(
        api.error_details,
        Some(serde_json::json!({"zxcvbn": {"score": 1, "suggestions": ["Add another word or two."]}}))
    );
}

#[test]
fn a_success_made_of_many_tiny_values_stays_bounded() {
    let head = r#"{"request_id":"request-id-test-1","user_id":"user-test-1","status_code":200,"#;
    for (what, body) in [
        ("empty emails", repeated(&format!(r#"{head}"user":{{"emails":["#), "{}", "]}}", LARGE)),
        ("one-letter roles", repeated(&format!(r#"{head}"user":{{"roles":["#), r#""a""#, "]}}", LARGE)),
        (
            "empty factors",
            repeated(&format!(r#"{head}"session":{{"authentication_factors":["#), "{}", "]}}", LARGE),
        ),
        (
            "metadata arrays",
            repeated(&format!(r#"{head}"user":{{"trusted_metadata":{{"a":["#), "[1]", "]}}}", LARGE),
        ),
        (
            "metadata objects",
            repeated(&format!(r#"{head}"user":{{"untrusted_metadata":{{"a":["#), "{}", "]}}}", LARGE),
        ),
    ] {
        // Decoded or refused, the call never holds more than the bound.
        if let Err(err) = assert_bounded(what, 200, &body) {
            assert!(matches!(err, Error::Decode(_)), "{what}: {err:?}");
            assert_eq!(err.status(), Some(200), "{what}");
        }
    }
}
