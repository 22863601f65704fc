// The official Node SDK (stytch 14.2.0) against a running local Stytch.
//
//     npm install --prefix /tmp/sdk stytch@14.2.0
//     NODE_PATH=/tmp/sdk/node_modules node tests/sdk/check.js [BASE_URL PROJECT_ID SECRET] [--slow]
//
// Defaults to the standalone server's defaults (`cargo run --example local_stytch_server`). Each
// run seeds its own users and members, and moves the server's clock forward (about 75 minutes a
// run). Prints one line per check and exits 1 if any failed. `--slow` first waits five real
// minutes for a JWT to expire on the wall clock (on a server whose clock has not moved yet).

const stytch = require("stytch");

const args = process.argv.slice(2).filter((a) => a !== "--slow");
const [URL, PROJECT_ID, SECRET] = args.length >= 3 ? args.slice(0, 3) : [
  "http://127.0.0.1:4010",
  "project-test-00000000-0000-4000-8000-000000000000",
  "secret-test-local-stytch-not-a-real-secret",
];
const OLD = "old password 1234!", NEW = "correct horse battery staple", NEWER = "a much longer and stronger passphrase";
const results = [];

function check(name, condition, detail) {
  results.push(Boolean(condition));
  console.log((condition ? "ok   " : "FAIL ") + name + (detail && !condition ? `  (${detail})` : ""));
}

async function control(path, body) {
  const auth = "Basic " + Buffer.from(`${PROJECT_ID}:${SECRET}`).toString("base64");
  const init = body === undefined
    ? { headers: { Authorization: auth } }
    : { method: "POST", headers: { Authorization: auth, "Content-Type": "application/json" }, body: JSON.stringify(body) };
  const answer = await fetch(`${URL}/__local/${path}`, init);
  if (!answer.ok) throw new Error(`${path}: ${answer.status} ${await answer.text()}`);
  return answer.json();
}

const advance = (seconds) => control("clock/advance", { seconds });
// The local clock, for verifiers that take one (`current_date`).
const localNow = async () => new Date((await control("clock")).now);
const id = () => Math.random().toString(16).slice(2, 10);

async function errorType(call) {
  try {
    await call();
  } catch (err) {
    return err.error_type || err.code || String(err);
  }
  return null;
}

async function consumer() {
  const client = new stytch.Client({ project_id: PROJECT_ID, secret: SECRET, env: URL + "/" });
  const email = `node-${id()}@example.com`;
  await control("users", { email, password: OLD });

  const reset = await client.passwords.existingPassword.reset({
    email, existing_password: OLD, new_password: NEW, session_duration_minutes: 60,
  });
  check("consumer reset with a session", reset.session_jwt && reset.session);
  const jwt = reset.session_jwt;
  const local = await client.sessions.authenticateJwtLocal({ session_jwt: jwt });
  check("consumer authenticateJwtLocal", local.sub === reset.user_id || local.user_id === reset.user_id);
  let answer = await client.sessions.authenticateJwt({ session_jwt: jwt });
  check("consumer authenticateJwt verifies locally", answer.request_id === undefined && answer.session_jwt === jwt);
  answer = await client.sessions.authenticateJwt({ session_jwt: jwt, max_token_age_seconds: 0 });
  check("consumer authenticateJwt, max_token_age_seconds: 0: the fallback",
    answer.request_id?.startsWith("request-id-test-") && answer.session.session_id === reset.session.session_id);

  await advance(6 * 60);
  // On the wall clock (the default) the move is invisible; given the local clock, the JWT has
  // expired and authenticateJwt falls back to sessions/authenticate, which refreshes it.
  const current_date = await localNow();
  check("consumer: 6 minutes later, authenticateJwtLocal on the local clock refuses the JWT",
    (await errorType(() => client.sessions.authenticateJwtLocal({ session_jwt: jwt, current_date }))) === "jwt_invalid");
  answer = await client.sessions.authenticateJwt({ session_jwt: jwt, current_date });
  check("consumer: 6 minutes later, authenticateJwt on the local clock falls back and refreshes",
    answer.request_id?.startsWith("request-id-test-") && answer.session_jwt !== jwt);
  const refreshed = answer.session_jwt;
  check("consumer: after the move, authenticateJwtLocal (wall clock) takes the refreshed JWT",
    (await client.sessions.authenticateJwtLocal({ session_jwt: refreshed })).session_id === reset.session.session_id);
  check("consumer: after the move, authenticateJwtLocal (local clock) takes the refreshed JWT",
    (await client.sessions.authenticateJwtLocal({ session_jwt: refreshed, current_date: await localNow() })).session_id
      === reset.session.session_id);
  answer = await client.sessions.authenticateJwt({ session_jwt: refreshed, max_token_age_seconds: 60 });
  check("consumer: after the move, max_token_age_seconds: 60 still verifies locally", answer.request_id === undefined);
  check("consumer: the JWT from before the move still verifies on the wall clock (no SDK can see the move)",
    (await errorType(() => client.sessions.authenticateJwtLocal({ session_jwt: jwt }))) === null);

  await client.passwords.existingPassword.reset({ email, existing_password: NEW, new_password: NEWER });
  check("consumer: a second reset revokes the session (session_not_found)",
    (await errorType(() => client.sessions.authenticate({ session_jwt: refreshed }))) === "session_not_found");
  check("consumer: authenticateJwt with max_token_age_seconds: 0 then fails too",
    (await errorType(() => client.sessions.authenticateJwt({ session_jwt: refreshed, max_token_age_seconds: 0 })))
      === "session_not_found");
}

async function b2b() {
  const client = new stytch.B2BClient({ project_id: PROJECT_ID, secret: SECRET, env: URL + "/" });
  const slug = `node-${id()}`;
  const { organization } = await control("organizations", { organization_name: slug, organization_slug: slug });
  const { member } = await control("members", { organization: slug, email_address: `hank@${slug}.example`, password: OLD });
  const factors = [{ type: "magic_link", authenticated_seconds_ago: 30 }];
  const session = await control("sessions", { member_id: member.member_id, duration_minutes: 60, factors });

  const reset = await client.passwords.sessions.reset({
    organization_id: organization.organization_id, password: NEW, session_token: session.session_token,
  });
  check("b2b reset through a session", reset.member_authenticated && reset.session_jwt);
  const jwt = reset.session_jwt;
  const local = await client.sessions.authenticateJwtLocal({ session_jwt: jwt });
  check("b2b authenticateJwtLocal", local.organization_id === organization.organization_id && local.organization_slug === slug);
  let answer = await client.sessions.authenticateJwt({ session_jwt: jwt });
  check("b2b authenticateJwt verifies locally", answer.request_id === undefined && answer.member_session.member_id === member.member_id);
  answer = await client.sessions.authenticateJwt({ session_jwt: jwt, max_token_age_seconds: 0 });
  check("b2b authenticateJwt, max_token_age_seconds: 0: the fallback",
    answer.request_id?.startsWith("request-id-test-") && answer.member.member_id === member.member_id
      && answer.organization.organization_slug === slug);

  await advance(6 * 60);
  answer = await client.sessions.authenticateJwt({ session_jwt: jwt, current_date: await localNow() });
  check("b2b: 6 minutes later, authenticateJwt on the local clock falls back and refreshes",
    answer.request_id?.startsWith("request-id-test-") && answer.session_jwt !== jwt);
  const refreshed = answer.session_jwt;
  check("b2b: after the move, authenticateJwtLocal (wall clock) takes the refreshed JWT",
    (await client.sessions.authenticateJwtLocal({ session_jwt: refreshed })).member_id === member.member_id);
  check("b2b: after the move, authenticateJwtLocal (local clock) takes the refreshed JWT",
    (await client.sessions.authenticateJwtLocal({ session_jwt: refreshed, current_date: await localNow() })).member_id
      === member.member_id);
  await advance(61 * 60);
  const later = await localNow();
  check("b2b: past the session's end, authenticateJwt on the local clock answers session_not_found",
    (await errorType(() => client.sessions.authenticateJwt({ session_jwt: refreshed, current_date: later })))
      === "session_not_found");

  const users = new stytch.Client({ project_id: PROJECT_ID, secret: SECRET, env: URL + "/" });
  const email = `node-${id()}@example.com`;
  await control("users", { email, password: OLD });
  const user = await users.passwords.existingPassword.reset({
    email, existing_password: OLD, new_password: NEW, session_duration_minutes: 60,
  });
  check("b2b: a user's JWT does not verify with the B2B keys",
    (await errorType(() => client.sessions.authenticateJwtLocal({ session_jwt: user.session_jwt }))) === "jwt_invalid");
}

// Five minutes of real time: the JWT expires on the wall clock, and the fallback refreshes it.
async function slow() {
  // After a move, a JWT lives on the wall clock five minutes plus the move (its exp is on the
  // local clock), so this check needs a clock that has not moved: a freshly started server.
  if ((await control("clock")).offset_seconds !== 0) {
    console.log("skip slow: the server's clock has moved; run --slow first on a freshly started server");
    return;
  }
  const client = new stytch.Client({ project_id: PROJECT_ID, secret: SECRET, env: URL + "/" });
  const email = `node-${id()}@example.com`;
  await control("users", { email, password: OLD });
  const { session_jwt: jwt } = await client.passwords.existingPassword.reset({
    email, existing_password: OLD, new_password: NEW, session_duration_minutes: 60,
  });
  await new Promise((done) => setTimeout(done, 301 * 1000));
  check("slow: after five real minutes authenticateJwtLocal refuses the JWT",
    (await errorType(() => client.sessions.authenticateJwtLocal({ session_jwt: jwt }))) === "jwt_invalid");
  const answer = await client.sessions.authenticateJwt({ session_jwt: jwt });
  check("slow: and authenticateJwt falls back and refreshes it",
    answer.request_id?.startsWith("request-id-test-") && answer.session_jwt !== jwt);
}

(async () => {
  const parts = process.argv.includes("--slow") ? [slow, consumer, b2b] : [consumer, b2b];
  for (const part of parts) {
    try {
      await part();
    } catch (err) {
      // A check that threw: count it, and go on with the next part.
      check(`${part.name}: no unexpected error`, false, String(err?.message ?? err).slice(0, 300));
    }
  }
  console.log(`${results.filter(Boolean).length} of ${results.length} checks passed`);
  process.exit(results.every(Boolean) ? 0 : 1);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
