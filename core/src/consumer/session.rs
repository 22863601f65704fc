//! The consumer Session object, and the authentication factors that consumer Sessions and B2B
//! Member Sessions share.

use crate::{stytch_enum, stytch_object};

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
