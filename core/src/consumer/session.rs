//! Consumer sessions: `POST /v1/sessions/authenticate` and the JWKS that verifies session JWTs,
//! the Session object, and the authentication factors that consumer Sessions and B2B Member
//! Sessions share.

use crate::consumer::user::User;
use crate::stytch_endpoint;
use crate::{stytch_enum, stytch_object};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Authenticate a session, and refresh its JWT: `POST /v1/sessions/authenticate`.
///
/// Give exactly one of [`session_token`](Self::session_token) or
/// [`session_jwt`](Self::session_jwt) (else `no_session_arguments` or
/// `too_many_session_arguments`, 400; checked here before anything is sent). A JWT past its
/// `exp` is accepted while its signature is good and its session lives: the answer carries a
/// fresh `session_jwt`. A revoked or expired session is `session_not_found` (404).
///
/// [`session_duration_minutes`](Self::session_duration_minutes) extends the session to that many
/// minutes from now; [`session_custom_claims`](Self::session_custom_claims) merge into the
/// session's claims as in the resets. With an
/// [`authorization_check`](Self::authorization_check), a User whose Roles do not grant the action
/// is answered 403, and a success says which Roles granted it in
/// [`verdict`](AuthenticateSessionResponse::verdict).
///
/// ```no_run
/// use stytch_endpoint::{consumer::session::AuthenticateSession, Client};
///
/// let client = Client::from_env()?;
/// # let session_jwt = String::new();
/// let response = AuthenticateSession::with_session_jwt(session_jwt).send(&client)?;
/// println!("session {} of user {}", response.session.session_id, response.user.user_id);
/// let refreshed_jwt = response.session_jwt; // valid for five more minutes
/// # Ok::<(), stytch_endpoint::Error>(())
/// ```
#[stytch_endpoint(
    POST,
    "/v1/sessions/authenticate",
    response = AuthenticateSessionResponse,
    exactly_one_of(session_token, session_jwt)
)]
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct AuthenticateSession {
    /// The session's opaque token.
    #[stytch(secret)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_token: Option<String>,
    /// Extend the session to last this many minutes from now: 5 to 527040 (366 days). Every
    /// later successful authentication with it extends the session again.
    #[stytch(range(5..=527040))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_duration_minutes: Option<i32>,
    /// The session's JWT. One expired by its `exp` is fine: if its signature is good and its
    /// session lives, the answer carries a new JWT.
    #[stytch(secret)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_jwt: Option<String>,
    /// Custom claims for the session: a JSON object. They are merged into the session's claims
    /// deeply, and a key set to `null` deletes that claim. At most 4 KB of JSON (checked here);
    /// Stytch also holds the session's claims after the merge to 4 KB. The reserved claims `iss`,
    /// `sub`, `aud`, `exp`, `nbf`, `iat` and `jti`, and keys under `https://stytch.com/`, are
    /// rejected here, as Stytch rejects them (`reserved_claims_in_custom_claims`,
    /// `stytch_claims_in_custom_claims`).
    #[stytch(
        max_json_size = 4096,
        deny_keys("iss", "sub", "aud", "exp", "nbf", "iat", "jti"),
        custom = crate::validate::no_stytch_claims
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_custom_claims: Option<Map<String, Value>>,
    /// Also check that the User may perform an action on a Resource (RBAC); a User who may not
    /// is answered 403.
    #[stytch(custom = check_authorization)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub authorization_check: Option<AuthorizationCheck>,
}

impl AuthenticateSession {
    /// Authenticate the session whose opaque token this is.
    pub fn with_session_token(session_token: impl Into<String>) -> Self {
        AuthenticateSession { session_token: Some(session_token.into()), ..Default::default() }
    }

    /// Authenticate the session of this JWT (expired by its `exp` or not), and get a fresh one.
    pub fn with_session_jwt(session_jwt: impl Into<String>) -> Self {
        AuthenticateSession { session_jwt: Some(session_jwt.into()), ..Default::default() }
    }
}

/// An RBAC check made with [`AuthenticateSession`]: may the User perform `action` on the
/// Resource `resource_id`?
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct AuthorizationCheck {
    /// The Resource's id, as the project's RBAC policy names it.
    pub resource_id: String,
    /// The action on the Resource.
    pub action: String,
}

impl AuthorizationCheck {
    /// May the User perform `action` on `resource_id`?
    pub fn new(resource_id: impl Into<String>, action: impl Into<String>) -> Self {
        AuthorizationCheck { resource_id: resource_id.into(), action: action.into() }
    }
}

/// The rule on [`AuthenticateSession::authorization_check`]: its Resource and action are given.
fn check_authorization(check: &Option<AuthorizationCheck>) -> Result<(), String> {
    let Some(check) = check else { return Ok(()) };
    let empty: Vec<&str> = [("resource_id", &check.resource_id), ("action", &check.action)]
        .into_iter()
        .filter(|(_, value)| value.is_empty())
        .map(|(name, _)| name)
        .collect();
    crate::validate::none_empty(&empty)
}

/// The answer to [`AuthenticateSession`].
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuthenticateSessionResponse {
    /// Stytch's id for this request; quote it to Stytch support.
    #[stytch(required)]
    pub request_id: String,
    /// The session, as it is after this call (extended, with its claims merged).
    pub session: Session,
    /// The session's opaque token.
    #[stytch(secret)]
    pub session_token: String,
    /// A fresh JWT for the session, valid for five minutes.
    #[stytch(secret)]
    pub session_jwt: String,
    /// The User the session belongs to.
    pub user: User,
    /// The HTTP status Stytch answered with.
    pub status_code: i32,
    /// Why the User was authorized, when an `authorization_check` was given.
    pub verdict: Option<AuthorizationVerdict>,
}

/// The outcome of an `authorization_check`: which Roles granted the action.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuthorizationVerdict {
    /// Whether the action is authorized; always `true` in a success (a refusal is a 403).
    pub authorized: bool,
    /// Every Role that grants the action.
    pub granting_roles: Vec<String>,
}

/// The keys that verify a project's consumer session JWTs: `GET /v1/sessions/jwks/{project_id}`.
///
/// Sent without the project's credentials: the key set is public, and JWT libraries fetch it as
/// a plain URL. Stytch rotates keys about every six months and serves the old and the new key
/// together for a month; pick the key by the JWT header's `kid`.
///
/// ```no_run
/// use stytch_endpoint::{consumer::session::GetJwks, Client};
///
/// let client = Client::from_env()?;
/// let jwks = GetJwks::new("project-test-...").send(&client)?;
/// for key in &jwks.keys {
///     println!("{} {}", key.kid, key.alg);
/// }
/// # Ok::<(), stytch_endpoint::Error>(())
/// ```
#[stytch_endpoint(GET, "/v1/sessions/jwks/{project_id}", response = JwkSet, auth = none)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GetJwks {
    /// The project whose keys to get.
    pub project_id: String,
}

impl GetJwks {
    /// The key set of `project_id`.
    pub fn new(project_id: impl Into<String>) -> Self {
        GetJwks { project_id: project_id.into() }
    }
}

/// A JSON Web Key Set (RFC 7517), as both JWKS routes answer it.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct JwkSet {
    /// The project's keys: during a rotation, the old and the new one.
    pub keys: Vec<Jwk>,
    /// Stytch's id for this request; quote it to Stytch support.
    pub request_id: String,
    /// The HTTP status Stytch answered with.
    pub status_code: i32,
}

/// One JSON Web Key (RFC 7517): for Stytch's session JWTs an RSA public key (`kty` `RSA`, `alg`
/// `RS256`, `use` `sig`).
#[stytch_object]
#[derive(Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Jwk {
    /// The key type: `RSA`.
    pub kty: String,
    /// What the key is for: `sig`.
    #[serde(rename = "use")]
    pub key_use: String,
    /// The operations the key may be used for: `["verify"]`.
    pub key_ops: Vec<String>,
    /// The algorithm the key is used with: `RS256`.
    pub alg: String,
    /// The key id, as the JWT header's `kid` names it.
    pub kid: String,
    /// The key's X.509 certificate chain, each certificate standard base64 DER (RFC 7517 §4.7).
    pub x5c: Vec<String>,
    /// The SHA-256 thumbprint of the first certificate (`x5t#S256` in RFC 7517; Stytch spells it
    /// `x5tS256`).
    #[serde(rename = "x5tS256")]
    pub x5t_s256: String,
    /// The RSA modulus, unpadded base64url of its big-endian bytes.
    pub n: String,
    /// The RSA public exponent, unpadded base64url of its big-endian bytes (`AQAB` for 65537).
    pub e: String,
}

/// A consumer Session, returned when a call creates or extends one.
///
/// See the [Session object](https://stytch.com/docs/api/session-object) for every field's
/// behaviour.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Session {
    /// The unique ID of the Session.
    pub session_id: String,
    /// The unique ID of the User the Session belongs to.
    pub user_id: String,
    /// The authentication factors that make up the Session.
    pub authentication_factors: Vec<AuthenticationFactor>,
    /// The RBAC Roles granted by the Session.
    pub roles: Vec<String>,
    /// When the Session was created, as an RFC 3339 UTC timestamp (`2021-12-29T12:33:09Z`).
    pub started_at: Option<String>,
    /// When the Session was last accessed, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub last_accessed_at: Option<String>,
    /// When the Session expires, as an RFC 3339 UTC timestamp (`2021-12-29T12:33:09Z`).
    pub expires_at: Option<String>,
    /// Attributes of the request that created the Session, kept to help with fraud detection.
    pub attributes: Option<Attributes>,
    /// The custom claims of the Session, set by a Sessions authenticate call or by
    /// `session_custom_claims`; they are also in the session JWT.
    pub custom_claims: serde_json::Map<String, serde_json::Value>,
}

/// Attributes of the request that created a Session, kept to help with fraud detection.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct Attributes {
    /// The IP address of the user.
    pub ip_address: Option<String>,
    /// The user agent of the user.
    pub user_agent: Option<String>,
}

/// One authentication factor of a Session (consumer) or Member Session (B2B).
///
/// `factor_type` and `delivery_method` say what the factor is; the details are in the one
/// `*_factor` field that matches it, and the other `*_factor` fields are `None`.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuthenticationFactor {
    /// The type of the factor, such as `password`, `magic_link` or `oauth`. On the wire this is
    /// `type`.
    #[serde(rename = "type")]
    pub factor_type: AuthenticationFactorType,
    /// How the factor was delivered; the possible values depend on the type (`password` is
    /// always `knowledge`, `magic_link` is `email`, `sso` is `sso_saml` or `sso_oidc`, ...).
    pub delivery_method: DeliveryMethod,
    /// When the factor was last authenticated, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub last_authenticated_at: Option<String>,
    /// When the factor was first authenticated, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub created_at: Option<String>,
    /// When the factor was last updated, as an RFC 3339 UTC timestamp (`2021-12-29T12:33:09Z`).
    pub updated_at: Option<String>,
    /// The email address used, for `magic_link`, `email_otp` and most `password` factors.
    pub email_factor: Option<EmailFactor>,
    /// The phone number used, for `otp` factors.
    pub phone_number_factor: Option<PhoneNumberFactor>,
    /// The Google OAuth registration used, for factors delivered as `oauth_google`.
    pub google_oauth_factor: Option<GoogleOAuthFactor>,
    /// The Microsoft OAuth registration used, for factors delivered as `oauth_microsoft`.
    pub microsoft_oauth_factor: Option<MicrosoftOAuthFactor>,
    /// The Apple OAuth registration used, for factors delivered as `oauth_apple`.
    pub apple_oauth_factor: Option<AppleOAuthFactor>,
    /// The Passkey or WebAuthn registration used, for `webauthn` factors.
    pub webauthn_factor: Option<WebAuthnFactor>,
    /// The TOTP instance used, for `totp` factors.
    pub authenticator_app_factor: Option<AuthenticatorAppFactor>,
    /// The GitHub OAuth registration used, for factors delivered as `oauth_github`.
    pub github_oauth_factor: Option<GithubOAuthFactor>,
    /// The recovery code used, for `recovery_codes` factors.
    pub recovery_code_factor: Option<RecoveryCodeFactor>,
    /// The Facebook OAuth registration used, for factors delivered as `oauth_facebook`.
    pub facebook_oauth_factor: Option<FacebookOAuthFactor>,
    /// The crypto wallet used, for `crypto` factors.
    pub crypto_wallet_factor: Option<CryptoWalletFactor>,
    /// The Amazon OAuth registration used, for factors delivered as `oauth_amazon`.
    pub amazon_oauth_factor: Option<AmazonOAuthFactor>,
    /// The Bitbucket OAuth registration used, for factors delivered as `oauth_bitbucket`.
    pub bitbucket_oauth_factor: Option<BitbucketOAuthFactor>,
    /// The Coinbase OAuth registration used, for factors delivered as `oauth_coinbase`.
    pub coinbase_oauth_factor: Option<CoinbaseOAuthFactor>,
    /// The Discord OAuth registration used, for factors delivered as `oauth_discord`.
    pub discord_oauth_factor: Option<DiscordOAuthFactor>,
    /// The Figma OAuth registration used, for factors delivered as `oauth_figma`.
    pub figma_oauth_factor: Option<FigmaOAuthFactor>,
    /// The GitLab OAuth registration used, for factors delivered as `oauth_gitlab`.
    pub git_lab_oauth_factor: Option<GitLabOAuthFactor>,
    /// The Instagram OAuth registration used, for factors delivered as `oauth_instagram`.
    pub instagram_oauth_factor: Option<InstagramOAuthFactor>,
    /// The LinkedIn OAuth registration used, for factors delivered as `oauth_linkedin`.
    pub linked_in_oauth_factor: Option<LinkedInOAuthFactor>,
    /// The Shopify OAuth registration used, for factors delivered as `oauth_shopify`.
    pub shopify_oauth_factor: Option<ShopifyOAuthFactor>,
    /// The Slack OAuth registration used, for factors delivered as `oauth_slack`.
    pub slack_oauth_factor: Option<SlackOAuthFactor>,
    /// The Snapchat OAuth registration used, for factors delivered as `oauth_snapchat`.
    pub snapchat_oauth_factor: Option<SnapchatOAuthFactor>,
    /// The Spotify OAuth registration used, for factors delivered as `oauth_spotify`.
    pub spotify_oauth_factor: Option<SpotifyOAuthFactor>,
    /// The Steam OAuth registration used, for factors delivered as `oauth_steam`.
    pub steam_oauth_factor: Option<SteamOAuthFactor>,
    /// The TikTok OAuth registration used, for factors delivered as `oauth_tiktok`.
    pub tik_tok_oauth_factor: Option<TikTokOAuthFactor>,
    /// The Twitch OAuth registration used, for factors delivered as `oauth_twitch`.
    pub twitch_oauth_factor: Option<TwitchOAuthFactor>,
    /// The Twitter OAuth registration used, for factors delivered as `oauth_twitter`.
    pub twitter_oauth_factor: Option<TwitterOAuthFactor>,
    /// The embeddable magic link used, for factors delivered as `embedded`.
    pub embeddable_magic_link_factor: Option<EmbeddableMagicLinkFactor>,
    /// The biometric registration used, for factors delivered as `biometric`.
    pub biometric_factor: Option<BiometricFactor>,
    /// The SAML connection used, for `sso` factors delivered as `sso_saml`.
    pub saml_sso_factor: Option<SamlSsoFactor>,
    /// The OIDC connection used, for `sso` factors delivered as `sso_oidc`.
    pub oidc_sso_factor: Option<OidcSsoFactor>,
    /// The Salesforce OAuth registration used, for factors delivered as `oauth_salesforce`.
    pub salesforce_oauth_factor: Option<SalesforceOAuthFactor>,
    /// The Yahoo OAuth registration used, for factors delivered as `oauth_yahoo`.
    pub yahoo_oauth_factor: Option<YahooOAuthFactor>,
    /// The HubSpot OAuth registration used, for factors delivered as `oauth_hubspot`.
    pub hubspot_oauth_factor: Option<HubspotOAuthFactor>,
    /// The email address behind an exchanged Slack OAuth factor, for factors delivered as
    /// `oauth_exchange_slack`.
    pub slack_oauth_exchange_factor: Option<SlackOAuthExchangeFactor>,
    /// The email address behind an exchanged HubSpot OAuth factor, for factors delivered as
    /// `oauth_exchange_hubspot`.
    pub hubspot_oauth_exchange_factor: Option<HubspotOAuthExchangeFactor>,
    /// The email address behind an exchanged GitHub OAuth factor, for factors delivered as
    /// `oauth_exchange_github`.
    pub github_oauth_exchange_factor: Option<GithubOAuthExchangeFactor>,
    /// The email address behind an exchanged Google OAuth factor, for factors delivered as
    /// `oauth_exchange_google`.
    pub google_oauth_exchange_factor: Option<GoogleOAuthExchangeFactor>,
    /// Who started the impersonation, for `impersonated` factors.
    pub impersonated_factor: Option<ImpersonatedFactor>,
    /// The Connected App whose access token was exchanged, for factors delivered as
    /// `oauth_access_token_exchange`.
    pub oauth_access_token_exchange_factor: Option<OAuthAccessTokenExchangeFactor>,
    /// The trusted auth token used, for `trusted_auth_token` factors.
    pub trusted_auth_token_factor: Option<TrustedAuthTokenFactor>,
}

/// The type of an [`AuthenticationFactor`].
#[stytch_enum]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AuthenticationFactorType {
    /// An email magic link.
    #[serde(rename = "magic_link")]
    MagicLink,
    /// A one-time passcode sent by SMS or WhatsApp.
    #[serde(rename = "otp")]
    Otp,
    /// An OAuth login.
    #[serde(rename = "oauth")]
    OAuth,
    /// A Passkey or WebAuthn credential.
    #[serde(rename = "webauthn")]
    WebAuthn,
    /// A code from an authenticator app.
    #[serde(rename = "totp")]
    Totp,
    /// A crypto wallet signature.
    #[serde(rename = "crypto")]
    Crypto,
    /// A password.
    #[serde(rename = "password")]
    Password,
    /// A signed challenge, as used by biometric registrations.
    #[serde(rename = "signature_challenge")]
    SignatureChallenge,
    /// A SAML or OIDC single sign-on.
    #[serde(rename = "sso")]
    Sso,
    /// A factor imported from another identity provider.
    #[serde(rename = "imported")]
    Imported,
    /// A TOTP recovery code.
    #[serde(rename = "recovery_codes")]
    RecoveryCodes,
    /// A one-time passcode sent by email.
    #[serde(rename = "email_otp")]
    EmailOtp,
    /// An impersonation, such as one started from the Stytch Dashboard.
    #[serde(rename = "impersonated")]
    Impersonated,
    /// A token from a trusted auth provider.
    #[serde(rename = "trusted_auth_token")]
    TrustedAuthToken,
    /// A value this version of the crate does not know, kept as the server sent it.
    Other(String),
}

/// How an [`AuthenticationFactor`] was delivered.
///
/// The possible values depend on the factor's type: `password` is always `knowledge`,
/// `magic_link` and `email_otp` are `email`, `sso` is `sso_saml` or `sso_oidc`, `oauth` names
/// the provider, and so on.
#[stytch_enum]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum DeliveryMethod {
    /// By email.
    #[serde(rename = "email")]
    Email,
    /// By SMS.
    #[serde(rename = "sms")]
    Sms,
    /// By WhatsApp.
    #[serde(rename = "whatsapp")]
    WhatsApp,
    /// An embeddable magic link.
    #[serde(rename = "embedded")]
    Embedded,
    /// Google OAuth.
    #[serde(rename = "oauth_google")]
    OAuthGoogle,
    /// Microsoft OAuth.
    #[serde(rename = "oauth_microsoft")]
    OAuthMicrosoft,
    /// Apple OAuth.
    #[serde(rename = "oauth_apple")]
    OAuthApple,
    /// A Passkey or WebAuthn registration.
    #[serde(rename = "webauthn_registration")]
    WebAuthnRegistration,
    /// An authenticator app (TOTP).
    #[serde(rename = "authenticator_app")]
    AuthenticatorApp,
    /// GitHub OAuth.
    #[serde(rename = "oauth_github")]
    OAuthGithub,
    /// A TOTP recovery code.
    #[serde(rename = "recovery_code")]
    RecoveryCode,
    /// Facebook OAuth.
    #[serde(rename = "oauth_facebook")]
    OAuthFacebook,
    /// A crypto wallet.
    #[serde(rename = "crypto_wallet")]
    CryptoWallet,
    /// Amazon OAuth.
    #[serde(rename = "oauth_amazon")]
    OAuthAmazon,
    /// Bitbucket OAuth.
    #[serde(rename = "oauth_bitbucket")]
    OAuthBitbucket,
    /// Coinbase OAuth.
    #[serde(rename = "oauth_coinbase")]
    OAuthCoinbase,
    /// Discord OAuth.
    #[serde(rename = "oauth_discord")]
    OAuthDiscord,
    /// Figma OAuth.
    #[serde(rename = "oauth_figma")]
    OAuthFigma,
    /// GitLab OAuth.
    #[serde(rename = "oauth_gitlab")]
    OAuthGitLab,
    /// Instagram OAuth.
    #[serde(rename = "oauth_instagram")]
    OAuthInstagram,
    /// LinkedIn OAuth.
    #[serde(rename = "oauth_linkedin")]
    OAuthLinkedIn,
    /// Shopify OAuth.
    #[serde(rename = "oauth_shopify")]
    OAuthShopify,
    /// Slack OAuth.
    #[serde(rename = "oauth_slack")]
    OAuthSlack,
    /// Snapchat OAuth.
    #[serde(rename = "oauth_snapchat")]
    OAuthSnapchat,
    /// Spotify OAuth.
    #[serde(rename = "oauth_spotify")]
    OAuthSpotify,
    /// Steam OAuth.
    #[serde(rename = "oauth_steam")]
    OAuthSteam,
    /// TikTok OAuth.
    #[serde(rename = "oauth_tiktok")]
    OAuthTikTok,
    /// Twitch OAuth.
    #[serde(rename = "oauth_twitch")]
    OAuthTwitch,
    /// Twitter OAuth.
    #[serde(rename = "oauth_twitter")]
    OAuthTwitter,
    /// Something the user knows: a password.
    #[serde(rename = "knowledge")]
    Knowledge,
    /// A biometric registration.
    #[serde(rename = "biometric")]
    Biometric,
    /// SAML single sign-on.
    #[serde(rename = "sso_saml")]
    SsoSaml,
    /// OIDC single sign-on.
    #[serde(rename = "sso_oidc")]
    SsoOidc,
    /// Salesforce OAuth.
    #[serde(rename = "oauth_salesforce")]
    OAuthSalesforce,
    /// Yahoo OAuth.
    #[serde(rename = "oauth_yahoo")]
    OAuthYahoo,
    /// HubSpot OAuth.
    #[serde(rename = "oauth_hubspot")]
    OAuthHubspot,
    /// Imported from Auth0.
    #[serde(rename = "imported_auth0")]
    ImportedAuth0,
    /// A Slack OAuth factor exchanged from another Organization.
    #[serde(rename = "oauth_exchange_slack")]
    OAuthExchangeSlack,
    /// A HubSpot OAuth factor exchanged from another Organization.
    #[serde(rename = "oauth_exchange_hubspot")]
    OAuthExchangeHubspot,
    /// A GitHub OAuth factor exchanged from another Organization.
    #[serde(rename = "oauth_exchange_github")]
    OAuthExchangeGithub,
    /// A Google OAuth factor exchanged from another Organization.
    #[serde(rename = "oauth_exchange_google")]
    OAuthExchangeGoogle,
    /// An impersonation.
    #[serde(rename = "impersonation")]
    Impersonation,
    /// A Connected App access token exchange.
    #[serde(rename = "oauth_access_token_exchange")]
    OAuthAccessTokenExchange,
    /// A trusted auth token exchange.
    #[serde(rename = "trusted_token_exchange")]
    TrustedTokenExchange,
    /// A value this version of the crate does not know, kept as the server sent it.
    Other(String),
}

/// The email address behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EmailFactor {
    /// The unique ID of the email address.
    pub email_id: String,
    /// The email address.
    pub email_address: String,
}

/// The phone number behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct PhoneNumberFactor {
    /// The unique ID of the phone number.
    pub phone_id: String,
    /// The phone number, in E.164 format.
    pub phone_number: String,
}

/// The Google OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GoogleOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Google, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Microsoft OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MicrosoftOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Microsoft, commonly called the `sub` (subject)
    /// claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Apple OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AppleOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Apple, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Passkey or WebAuthn registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct WebAuthnFactor {
    /// The unique ID of the Passkey or WebAuthn registration.
    pub webauthn_registration_id: String,
    /// The domain on which the registration was created.
    pub domain: String,
    /// The user agent that authenticated.
    pub user_agent: Option<String>,
}

/// The TOTP instance behind an authenticator app factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AuthenticatorAppFactor {
    /// The unique ID of the TOTP instance.
    pub totp_id: String,
}

/// The GitHub OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GithubOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at GitHub, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The TOTP recovery code behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct RecoveryCodeFactor {
    /// The unique ID of the recovery code used.
    pub totp_recovery_code_id: String,
}

/// The Facebook OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct FacebookOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Facebook, commonly called the `sub` (subject)
    /// claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The crypto wallet behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CryptoWalletFactor {
    /// The unique ID of the crypto wallet.
    pub crypto_wallet_id: String,
    /// The blockchain address of the wallet.
    pub crypto_wallet_address: String,
    /// The blockchain the wallet operates on, such as `ethereum` or `solana`.
    pub crypto_wallet_type: String,
}

/// The Amazon OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct AmazonOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Amazon, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Bitbucket OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BitbucketOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Bitbucket, commonly called the `sub` (subject)
    /// claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Coinbase OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct CoinbaseOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Coinbase, commonly called the `sub` (subject)
    /// claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Discord OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DiscordOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Discord, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Figma OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct FigmaOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Figma, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The GitLab OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GitLabOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at GitLab, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Instagram OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct InstagramOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Instagram, commonly called the `sub` (subject)
    /// claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The LinkedIn OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct LinkedInOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at LinkedIn, commonly called the `sub` (subject)
    /// claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Shopify OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ShopifyOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Shopify, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Slack OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SlackOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Slack, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Snapchat OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SnapchatOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Snapchat, commonly called the `sub` (subject)
    /// claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Spotify OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SpotifyOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Spotify, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Steam OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SteamOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Steam, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The TikTok OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TikTokOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at TikTok, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Twitch OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TwitchOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Twitch, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Twitter OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TwitterOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Twitter, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The embeddable magic link behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct EmbeddableMagicLinkFactor {
    /// The unique ID of the embeddable magic link.
    pub embedded_id: String,
}

/// The biometric registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct BiometricFactor {
    /// The unique ID of the biometric registration.
    pub biometric_registration_id: String,
}

/// The SAML connection behind an SSO authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SamlSsoFactor {
    /// The unique ID of the SSO registration.
    pub id: String,
    /// The unique ID of the SAML connection.
    pub provider_id: String,
    /// The ID of the member given by the identity provider.
    pub external_id: String,
}

/// The OIDC connection behind an SSO authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OidcSsoFactor {
    /// The unique ID of the SSO registration.
    pub id: String,
    /// The unique ID of the OIDC connection.
    pub provider_id: String,
    /// The ID of the member given by the identity provider.
    pub external_id: String,
}

/// The Salesforce OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SalesforceOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Salesforce, commonly called the `sub` (subject)
    /// claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The Yahoo OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct YahooOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at Yahoo, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// The HubSpot OAuth registration behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HubspotOAuthFactor {
    /// The unique ID of the OAuth registration.
    pub id: String,
    /// The unique identifier of the user at HubSpot, commonly called the `sub` (subject) claim.
    pub provider_subject: String,
    /// The unique ID of the email address the factor verified, if any.
    pub email_id: Option<String>,
}

/// A Slack OAuth factor exchanged into another Organization (B2B session exchange).
///
/// Stytch issues an exchange factor in place of the original when the provider does not verify
/// email addresses.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct SlackOAuthExchangeFactor {
    /// The unique ID of the email address the original factor verified.
    pub email_id: String,
}

/// A HubSpot OAuth factor exchanged into another Organization (B2B session exchange).
///
/// Stytch issues an exchange factor in place of the original when the provider does not verify
/// email addresses.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct HubspotOAuthExchangeFactor {
    /// The unique ID of the email address the original factor verified.
    pub email_id: String,
}

/// A GitHub OAuth factor exchanged into another Organization (B2B session exchange).
///
/// Stytch issues an exchange factor in place of the original when the provider does not verify
/// email addresses.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GithubOAuthExchangeFactor {
    /// The unique ID of the email address the original factor verified.
    pub email_id: String,
}

/// A Google OAuth factor exchanged into another Organization (B2B session exchange).
///
/// Stytch issues an exchange factor in place of the original when the provider does not verify
/// email addresses.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct GoogleOAuthExchangeFactor {
    /// The unique ID of the email address the original factor verified.
    pub email_id: String,
}

/// Who started an impersonated session.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ImpersonatedFactor {
    /// The ID of the impersonator: for impersonation started from the Stytch Dashboard, the
    /// impersonator's Dashboard `member_id`.
    pub impersonator_id: String,
    /// The email address of the impersonator.
    pub impersonator_email_address: String,
}

/// The Connected App behind an access token exchange factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct OAuthAccessTokenExchangeFactor {
    /// The ID of the Connected App client.
    pub client_id: String,
}

/// The trusted auth token behind an authentication factor.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TrustedAuthTokenFactor {
    /// The ID of the trusted auth token.
    pub token_id: String,
}
