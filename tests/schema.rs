//! Declarations checked against Stytch's published schema: the crate's own endpoints pass, and a
//! response type with a misspelt or mistyped field is listed whole by `schema::check`.

use stytch_endpoint::b2b::passwords::SessionReset;
use stytch_endpoint::consumer::passwords::ExistingPasswordReset;
use stytch_endpoint::schema::{self, Problem};
use stytch_endpoint::{stytch_endpoint, stytch_object, Endpoint};

#[test]
fn the_crates_own_endpoints_match_the_schema() {
    schema::check::<ExistingPasswordReset>().unwrap();
    schema::check::<SessionReset>().unwrap();
    for (name, op) in
        [("ExistingPasswordReset", ExistingPasswordReset::SCHEMA), ("SessionReset", SessionReset::SCHEMA)]
    {
        let op = op.unwrap_or_else(|| panic!("{name} has no schema"));
        assert!(op.request.is_some() && op.response.is_some(), "{name}: {op:?}");
    }
}

/// `GET /v1/users/{user_id}` with a response declared by hand, with three mistakes in it.
#[stytch_endpoint(GET, "/v1/users/{user_id}", response = GetUserResponse)]
pub struct GetUser {
    pub user_id: String,
}

#[stytch_object]
#[derive(Clone, Default)]
pub struct GetUserResponse {
    pub request_id: String,
    /// Misspelt: Stytch sends `user_id`.
    pub usr_id: String,
    /// Mistyped: Stytch sends a string (RFC 3339).
    pub created_at: i64,
    /// A nested object, with a misspelt field of its own.
    pub name: Name,
    /// A list of nested objects.
    pub emails: Vec<Email>,
}

#[stytch_object]
#[derive(Clone, Default)]
pub struct Name {
    pub first_name: String,
    pub middle: String,
}

#[stytch_object]
#[derive(Clone, Default)]
pub struct Email {
    pub email_id: String,
    pub email: String,
    /// Mistyped: Stytch sends a boolean.
    pub verified: String,
}

#[test]
fn every_mistake_in_a_response_is_listed_with_its_path() {
    let mismatch = schema::check::<GetUser>().unwrap_err();
    let paths: Vec<(&str, bool)> = mismatch
        .problems
        .iter()
        .map(|p| match p {
            Problem::NotInSchema { path } => (path.as_str(), false),
            Problem::WrongType { path, .. } => (path.as_str(), true),
            other => panic!("{other:?}"),
        })
        .collect();
    for expected in
        [("usr_id", false), ("created_at", true), ("name.middle", false), ("emails[].verified", true)]
    {
        assert!(paths.contains(&expected), "{expected:?} not in {paths:?}\n{mismatch}");
    }
    assert_eq!(paths.len(), 4, "{mismatch}");
    let text = mismatch.to_string();
    assert!(
        text.starts_with("the response of GET /v1/users/{user_id} does not match Stytch's schema:"),
        "{text}"
    );
    assert!(text.contains("`created_at`: Stytch's schema has a string"), "{text}");
}

/// An endpoint Stytch's schema does not know: not checked, and `check` says so.
#[stytch_endpoint(POST, "/v1/brand_new/things", response = stytch_endpoint::Ack)]
pub struct NewThing {
    pub anything: i64,
}

#[test]
fn an_endpoint_outside_the_schema_is_reported_unchecked() {
    assert!(NewThing::SCHEMA.is_none());
    let mismatch = schema::check::<NewThing>().unwrap_err();
    assert_eq!(mismatch.problems, [Problem::NotInCatalogue]);
}

/// Real endpoints from across Stytch's API, declared as a user would: each compiles only because
/// its request matches Stytch's schema, and each response type passes `schema::check`.
mod across_the_api {
    use serde_json::{Map, Value};
    use stytch_endpoint::consumer::user::User;
    use stytch_endpoint::schema;
    use stytch_endpoint::{stytch_endpoint, stytch_object, Ack};

    #[stytch_endpoint(POST, "/v1/passwords", response = PasswordCreated)]
    #[derive(Default)]
    pub struct CreatePassword {
        #[stytch(email)]
        pub email: String,
        #[stytch(secret)]
        pub password: String,
        #[stytch(range(5..=527040))]
        pub session_duration_minutes: Option<u32>,
        pub trusted_metadata: Option<Map<String, Value>>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct PasswordCreated {
        pub request_id: String,
        pub user_id: String,
        pub email_id: String,
        #[stytch(secret)]
        pub session_token: String,
        pub user: User,
        pub status_code: u16,
    }

    #[stytch_endpoint(POST, "/v1/passwords/strength_check", response = Strength)]
    #[derive(Default)]
    pub struct StrengthCheck {
        #[stytch(secret)]
        pub password: String,
        pub email: Option<String>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct Strength {
        pub request_id: String,
        pub valid_password: bool,
        pub score: u8,
        pub breached_password: bool,
        pub strength_policy: String,
    }

    #[stytch_endpoint(POST, "/v1/otps/sms/send", response = OtpSent)]
    #[derive(Default)]
    pub struct SendSmsOtp {
        pub phone_number: String,
        pub expiration_minutes: Option<u32>,
        pub user_id: Option<String>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct OtpSent {
        pub request_id: String,
        pub user_id: String,
        pub phone_id: String,
    }

    #[stytch_endpoint(POST, "/v1/otps/authenticate", response = Ack)]
    #[derive(Default)]
    pub struct AuthenticateOtp {
        pub method_id: String,
        #[stytch(secret)]
        pub code: String,
        pub session_duration_minutes: Option<u32>,
    }

    #[stytch_endpoint(POST, "/v1/totps", response = TotpCreated)]
    #[derive(Default)]
    pub struct CreateTotp {
        pub user_id: String,
        pub expiration_minutes: Option<u32>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct TotpCreated {
        pub request_id: String,
        pub totp_id: String,
        #[stytch(secret)]
        pub secret: String,
        pub recovery_codes: Vec<String>,
    }

    #[stytch_endpoint(POST, "/v1/totps/authenticate", response = Ack)]
    #[derive(Default)]
    pub struct AuthenticateTotp {
        pub user_id: String,
        #[stytch(secret)]
        pub totp_code: String,
    }

    #[stytch_endpoint(POST, "/v1/oauth/authenticate", response = Ack)]
    #[derive(Default)]
    pub struct AuthenticateOauth {
        #[stytch(secret)]
        pub token: String,
        pub code_verifier: Option<String>,
    }

    #[stytch_endpoint(POST, "/v1/webauthn/register/start", response = WebauthnStarted)]
    #[derive(Default)]
    pub struct StartWebauthnRegistration {
        pub user_id: String,
        pub domain: String,
        pub return_passkey_credential_options: Option<bool>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct WebauthnStarted {
        pub request_id: String,
        pub public_key_credential_creation_options: String,
    }

    #[stytch_endpoint(POST, "/v1/b2b/sso/saml/{organization_id}", response = SamlCreated)]
    #[derive(Default)]
    pub struct CreateSamlConnection {
        pub organization_id: String,
        pub display_name: Option<String>,
        #[stytch(header = "X-Stytch-Member-Session", secret)]
        pub member_session: Option<String>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct SamlCreated {
        pub request_id: String,
        pub connection: Option<SamlConnection>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct SamlConnection {
        pub connection_id: String,
        pub idp_entity_id: String,
        pub idp_initiated_auth_disabled: bool,
        pub attribute_mapping: Map<String, Value>,
    }

    #[stytch_endpoint(POST, "/v1/b2b/scim/{organization_id}/connection", response = Ack)]
    #[derive(Default)]
    pub struct CreateScimConnection {
        pub organization_id: String,
        pub display_name: Option<String>,
    }

    #[stytch_endpoint(POST, "/v1/b2b/discovery/organizations", response = Discovered)]
    #[derive(Default)]
    pub struct ListDiscoveredOrganizations {
        #[stytch(secret)]
        pub intermediate_session_token: Option<String>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct Discovered {
        pub request_id: String,
        pub email_address: String,
        pub discovered_organizations: Vec<DiscoveredOrganization>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct DiscoveredOrganization {
        pub member_authenticated: bool,
        pub organization: Option<stytch_endpoint::b2b::organization::Organization>,
    }

    #[stytch_endpoint(POST, "/v1/b2b/organizations/{organization_id}/members", response = Ack)]
    #[derive(Default)]
    pub struct CreateMember {
        pub organization_id: String,
        #[stytch(email)]
        pub email_address: String,
        pub roles: Vec<String>,
        pub is_breakglass: Option<bool>,
    }

    #[stytch_endpoint(POST, "/v1/b2b/organizations/members/search", response = MemberSearch)]
    #[derive(Default)]
    pub struct SearchMembers {
        pub organization_ids: Vec<String>,
        pub limit: Option<u32>,
        pub query: Option<Value>,
    }

    #[stytch_object]
    #[derive(Clone, Default)]
    pub struct MemberSearch {
        pub request_id: String,
        pub members: Vec<stytch_endpoint::b2b::organization::Member>,
        pub organizations: Map<String, Value>,
    }

    #[stytch_endpoint(POST, "/v1/b2b/sessions/exchange", response = Ack)]
    #[derive(Default)]
    pub struct ExchangeSession {
        pub organization_id: String,
        #[stytch(secret)]
        pub session_token: Option<String>,
    }

    #[stytch_endpoint(POST, "/v1/b2b/sso/authenticate", response = Ack)]
    #[derive(Default)]
    pub struct AuthenticateSso {
        #[stytch(secret)]
        pub sso_token: String,
        pub pkce_code_verifier: Option<String>,
    }

    #[test]
    fn every_response_matches_the_schema() {
        type Check = fn() -> Result<(), schema::Mismatch>;
        let checks: [(&str, Check); 9] = [
            ("CreatePassword", schema::check::<CreatePassword>),
            ("StrengthCheck", schema::check::<StrengthCheck>),
            ("SendSmsOtp", schema::check::<SendSmsOtp>),
            ("CreateTotp", schema::check::<CreateTotp>),
            ("StartWebauthnRegistration", schema::check::<StartWebauthnRegistration>),
            ("CreateSamlConnection", schema::check::<CreateSamlConnection>),
            ("ListDiscoveredOrganizations", schema::check::<ListDiscoveredOrganizations>),
            ("SearchMembers", schema::check::<SearchMembers>),
            ("AuthenticateOtp", schema::check::<AuthenticateOtp>),
        ];
        let failures: Vec<String> =
            checks.iter().filter_map(|(name, check)| check().err().map(|e| format!("{name}: {e}"))).collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
        for check in [
            schema::check::<AuthenticateTotp>,
            schema::check::<AuthenticateOauth>,
            schema::check::<CreateScimConnection>,
            schema::check::<CreateMember>,
            schema::check::<ExchangeSession>,
            schema::check::<AuthenticateSso>,
        ] {
            check().unwrap();
        }
    }
}

/// The local Stytch holds a stubbed endpoint's requests to Stytch's schema, as Stytch would: what
/// the compiler could not see (an opted-out field, a flattened map) is answered 400.
mod local_stytch {
    use serde_json::{json, Map, Value};
    use stytch_endpoint::local::LocalStytch;
    use stytch_endpoint::{stytch_endpoint, Ack, Error, ErrorType};

    /// `POST /v1/otps/sms/send`, declared right.
    #[stytch_endpoint(POST, "/v1/otps/sms/send", response = Ack)]
    #[derive(Default)]
    pub struct SendSmsOtp {
        pub phone_number: String,
        pub expiration_minutes: Option<u32>,
    }

    /// The same endpoint with a misspelt field that the declaration opted out of the check.
    #[stytch_endpoint(POST, "/v1/otps/sms/send", response = Ack)]
    #[derive(Default)]
    pub struct SendSmsOtpOptedOut {
        pub phone_number: String,
        #[stytch(schema = false)]
        pub expiration_minute: Option<u32>,
    }

    /// The same endpoint with its body as a map, which the compiler cannot check.
    #[stytch_endpoint(POST, "/v1/otps/sms/send", response = Ack)]
    pub struct SendSmsOtpMap {
        #[serde(flatten)]
        pub body: Map<String, Value>,
    }

    fn refused(error: &Error) -> String {
        let api = error.as_api().unwrap_or_else(|| panic!("not an API error: {error:?}"));
        assert_eq!(api.status, 400, "{error:?}");
        assert_eq!(error.error_type(), Some(&ErrorType::BadRequest), "{error:?}");
        api.error_message.clone()
    }

    #[test]
    fn malformed_requests_to_a_stub_are_answered_400_naming_the_field(
    ) -> Result<(), Box<dyn std::error::Error>> {
        let stytch = LocalStytch::start()?;
        let client = stytch.client();
        let stub = stytch.stub::<SendSmsOtp>().reply(Ack::default());

        let sent = SendSmsOtp { phone_number: "+15005550006".into(), expiration_minutes: Some(5) };
        sent.send(&client)?;

        let misspelt = SendSmsOtpOptedOut { phone_number: "+15005550006".into(), expiration_minute: Some(5) };
        let message = refused(&misspelt.send(&client).unwrap_err());
        assert!(message.contains("`expiration_minute` is not a field of"), "{message}");

        let mistyped = SendSmsOtpMap {
            body: json!({"phone_number": "+15005550006", "expiration_minutes": "ten"})
                .as_object()
                .cloned()
                .unwrap_or_default(),
        };
        let message = refused(&mistyped.send(&client).unwrap_err());
        assert!(message.contains("`expiration_minutes` must be an integer, not a string"), "{message}");

        let missing = SendSmsOtpMap { body: Map::new() };
        let message = refused(&missing.send(&client).unwrap_err());
        assert!(message.contains("`phone_number` is required"), "{message}");

        // Only the well-formed request reached the stub.
        assert_eq!(stub.hits(), 1);
        Ok(())
    }

    #[test]
    fn a_stub_of_an_opted_out_declaration_takes_its_field() -> Result<(), Box<dyn std::error::Error>> {
        let stytch = LocalStytch::start()?;
        let client = stytch.client();
        stytch.stub::<SendSmsOtpOptedOut>().reply(Ack::default());
        SendSmsOtpOptedOut { phone_number: "+15005550006".into(), expiration_minute: Some(5) }
            .send(&client)?;
        Ok(())
    }
}
