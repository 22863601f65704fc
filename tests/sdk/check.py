"""The official Python SDK (stytch 15.3.0) against a running local Stytch.

    python3 -m venv venv && venv/bin/pip install stytch==15.3.0
    venv/bin/python tests/sdk/check.py [BASE_URL PROJECT_ID SECRET] [--slow]

Defaults to the standalone server's defaults (`cargo run --example local_stytch_server`). Each run
seeds its own users and members, and moves the server's clock forward (about 75 minutes a run).
Prints one line per check and exits 1 if any failed. `--slow` first waits five real minutes for a
JWT to expire on the wall clock (on a server whose clock has not moved yet).
"""

import sys
import uuid

import requests
import stytch
from stytch.core.response_base import StytchError

ARGS = [a for a in sys.argv[1:] if a != "--slow"]
URL, PROJECT_ID, SECRET = (ARGS[:3] if len(ARGS) >= 3 else (
    "http://127.0.0.1:4010",
    "project-test-00000000-0000-4000-8000-000000000000",
    "secret-test-local-stytch-not-a-real-secret",
))
OLD, NEW, NEWER = "old password 1234!", "correct horse battery staple", "a much longer and stronger passphrase"
RESULTS = []


def check(name, condition, detail=""):
    RESULTS.append(bool(condition))
    print(("ok   " if condition else "FAIL ") + name + (f"  ({detail})" if detail and not condition else ""))


def control(path, body=None):
    auth = (PROJECT_ID, SECRET)
    if body is None:
        answer = requests.get(URL + "/__local/" + path, auth=auth, timeout=10)
    else:
        answer = requests.post(URL + "/__local/" + path, json=body, auth=auth, timeout=10)
    answer.raise_for_status()
    return answer.json()


def advance(seconds):
    control("clock/advance", {"seconds": seconds})


def error_type(call):
    try:
        call()
    except StytchError as err:
        return err.details.error_type
    return None


def consumer():
    client = stytch.Client(project_id=PROJECT_ID, secret=SECRET, environment=URL + "/", suppress_warnings=True)
    email = f"py-{uuid.uuid4().hex[:8]}@example.com"
    control("users", {"email": email, "password": OLD})

    reset = client.passwords.existing_password.reset(
        email=email, existing_password=OLD, new_password=NEW, session_duration_minutes=60
    )
    check("consumer reset with a session", reset.session_jwt and reset.session is not None)
    jwt = reset.session_jwt
    local = client.sessions.authenticate_jwt_local(session_jwt=jwt)
    check("consumer authenticate_jwt_local", local is not None and local.user_id == reset.user_id)
    answer = client.sessions.authenticate_jwt(session_jwt=jwt)
    check("consumer authenticate_jwt verifies locally", answer.request_id == "" and answer.session_jwt == jwt)
    answer = client.sessions.authenticate_jwt(session_jwt=jwt, max_token_age_seconds=0)
    check(
        "consumer authenticate_jwt, max_token_age_seconds=0: the fallback",
        answer.request_id.startswith("request-id-test-") and answer.session.session_id == reset.session.session_id,
    )
    check(
        "consumer sessions.authenticate by token",
        client.sessions.authenticate(session_token=reset.session_token).session.session_id == reset.session.session_id,
    )

    advance(6 * 60)
    refreshed = client.sessions.authenticate(session_jwt=jwt)
    check("consumer: 6 minutes later, sessions.authenticate refreshes the JWT", refreshed.session_jwt != jwt)
    check(
        "consumer: after the move, authenticate_jwt_local takes the refreshed JWT",
        client.sessions.authenticate_jwt_local(session_jwt=refreshed.session_jwt) is not None,
    )
    answer = client.sessions.authenticate_jwt(session_jwt=refreshed.session_jwt, max_token_age_seconds=0)
    check("consumer: after the move, the fallback answers", answer.request_id.startswith("request-id-test-"))
    answer = client.sessions.authenticate_jwt(session_jwt=refreshed.session_jwt, max_token_age_seconds=60)
    check("consumer: after the move, max_token_age_seconds=60 still verifies locally", answer.request_id == "")
    # The SDK checks on the wall clock, which the move did not touch: the JWT issued before it
    # still verifies locally until its exp. A verifier given the local clock refuses it.
    check(
        "consumer: the JWT from before the move still verifies on the wall clock (no SDK can see the move)",
        client.sessions.authenticate_jwt_local(session_jwt=jwt) is not None,
    )

    client.passwords.existing_password.reset(email=email, existing_password=NEW, new_password=NEWER)
    check(
        "consumer: a second reset revokes the session (session_not_found)",
        error_type(lambda: client.sessions.authenticate(session_jwt=refreshed.session_jwt)) == "session_not_found",
    )
    check(
        "consumer: authenticate_jwt with max_token_age_seconds=0 then fails too",
        error_type(lambda: client.sessions.authenticate_jwt(session_jwt=refreshed.session_jwt, max_token_age_seconds=0))
        == "session_not_found",
    )


def b2b():
    client = stytch.B2BClient(project_id=PROJECT_ID, secret=SECRET, environment=URL + "/", suppress_warnings=True)
    slug = f"py-{uuid.uuid4().hex[:8]}"
    org = control("organizations", {"organization_name": slug, "organization_slug": slug})["organization"]
    member = control("members", {"organization": slug, "email_address": f"hank@{slug}.example", "password": OLD})[
        "member"
    ]
    fresh = [{"type": "magic_link", "authenticated_seconds_ago": 30}]
    session = control("sessions", {"member_id": member["member_id"], "duration_minutes": 60, "factors": fresh})

    reset = client.passwords.sessions.reset(
        organization_id=org["organization_id"], password=NEW, session_token=session["session_token"]
    )
    check("b2b reset through a session", reset.member_authenticated and reset.session_jwt)
    jwt = reset.session_jwt
    local = client.sessions.authenticate_jwt_local(session_jwt=jwt)
    check("b2b authenticate_jwt_local", local is not None and local.organization_id == org["organization_id"])
    answer = client.sessions.authenticate_jwt(session_jwt=jwt)
    check("b2b authenticate_jwt verifies locally", answer.session_jwt == jwt and answer.member_session.member_id == member["member_id"])
    remote = client.sessions.authenticate(session_jwt=jwt)
    check("b2b sessions.authenticate answers member, organization", remote.member.member_id == member["member_id"]
          and remote.organization.organization_slug == slug)
    answer = client.sessions.authenticate_jwt(session_jwt=jwt, max_token_age_seconds=0)
    check("b2b authenticate_jwt, max_token_age_seconds=0: the fallback", answer.member_session.member_id == member["member_id"])

    advance(6 * 60)
    refreshed = client.sessions.authenticate(session_jwt=jwt)
    check("b2b: 6 minutes later, sessions.authenticate refreshes the JWT", refreshed.session_jwt != jwt)
    check(
        "b2b: after the move, authenticate_jwt_local takes the refreshed JWT",
        client.sessions.authenticate_jwt_local(session_jwt=refreshed.session_jwt) is not None,
    )
    advance(61 * 60)
    check(
        "b2b: past the session's end, session_not_found",
        error_type(lambda: client.sessions.authenticate(session_jwt=refreshed.session_jwt)) == "session_not_found",
    )
    # A user's JWT is not a member's: the B2B key set does not have its key.
    user_client = stytch.Client(project_id=PROJECT_ID, secret=SECRET, environment=URL + "/", suppress_warnings=True)
    email = f"py-{uuid.uuid4().hex[:8]}@example.com"
    control("users", {"email": email, "password": OLD})
    user_jwt = user_client.passwords.existing_password.reset(
        email=email, existing_password=OLD, new_password=NEW, session_duration_minutes=60).session_jwt
    try:
        refused = client.sessions.authenticate_jwt_local(session_jwt=user_jwt) is None
    except Exception:  # PyJWKClient raises for a kid it cannot find
        refused = True
    check("b2b: a user's JWT does not verify with the B2B keys", refused)


def slow():
    """Five minutes of real time: the JWT expires on the wall clock, and the fallback refreshes it."""
    import time

    # After a move, a JWT lives on the wall clock five minutes plus the move (its exp is on the
    # local clock), so this check needs a clock that has not moved: a freshly started server.
    if control("clock")["offset_seconds"] != 0:
        print("skip slow: the server's clock has moved; run --slow first on a freshly started server")
        return
    client = stytch.Client(project_id=PROJECT_ID, secret=SECRET, environment=URL + "/", suppress_warnings=True)
    email = f"py-{uuid.uuid4().hex[:8]}@example.com"
    control("users", {"email": email, "password": OLD})
    jwt = client.passwords.existing_password.reset(
        email=email, existing_password=OLD, new_password=NEW, session_duration_minutes=60
    ).session_jwt
    time.sleep(301)
    check("slow: after five real minutes authenticate_jwt_local refuses the JWT",
          client.sessions.authenticate_jwt_local(session_jwt=jwt) is None)
    answer = client.sessions.authenticate_jwt(session_jwt=jwt)
    check("slow: and authenticate_jwt falls back and refreshes it",
          answer.request_id.startswith("request-id-test-") and answer.session_jwt != jwt)


PARTS = (slow, consumer, b2b) if "--slow" in sys.argv else (consumer, b2b)
for part in PARTS:
    try:
        part()
    except Exception as err:  # a check that raised: count it, and go on with the next part
        check(f"{part.__name__}: no unexpected error", False, repr(err)[:300])
print(f"{sum(RESULTS)} of {len(RESULTS)} checks passed")
sys.exit(0 if all(RESULTS) else 1)
