//! Machine-to-machine: M2M clients, and the token endpoint they authenticate at.
//!
//! [`TokenRequest`] is declared `auth = none`: it authenticates with the M2M client's own id and
//! secret, in its body, and carries no project credentials.

use crate::{stytch_endpoint, stytch_object};

/// An [M2M client](https://stytch.com/docs/api/m2m-client-object), as the M2M client endpoints
/// (`/v1/m2m/clients/...`) return it.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct M2mClient {
    /// The unique ID of the client.
    pub client_id: String,
    /// A human-readable name.
    pub client_name: String,
    /// A human-readable description.
    pub client_description: String,
    /// `active` or `inactive`.
    pub status: String,
    /// The scopes the client may ask for.
    pub scopes: Vec<String>,
    /// The last four characters of the client secret.
    pub client_secret_last_four: String,
    /// Application data stored with the client.
    pub trusted_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last four characters of the next secret, while a rotation is under way.
    pub next_client_secret_last_four: Option<String>,
}

/// An M2M client with its secret, as creating one returns it: the only time Stytch shows the
/// secret.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct M2mClientWithClientSecret {
    /// The unique ID of the client.
    pub client_id: String,
    /// The client's secret; store it now, Stytch never shows it again.
    #[stytch(secret)]
    pub client_secret: String,
    /// A human-readable name.
    pub client_name: String,
    /// A human-readable description.
    pub client_description: String,
    /// `active` or `inactive`.
    pub status: String,
    /// The scopes the client may ask for.
    pub scopes: Vec<String>,
    /// The last four characters of the client secret.
    pub client_secret_last_four: String,
    /// Application data stored with the client.
    pub trusted_metadata: Option<serde_json::Map<String, serde_json::Value>>,
    /// The last four characters of the next secret, while a rotation is under way.
    pub next_client_secret_last_four: Option<String>,
}

/// `POST /v1/public/{project_id}/oauth2/token`: an access token (a JWT) for an M2M client, by the
/// OAuth 2.0 client credentials grant.
///
/// Sent without the project's credentials (`auth = none`): the client's id and secret travel in
/// the body, and the secret is redacted in `Debug` and in the local Stytch's journal.
///
/// ```
/// use stytch_endpoint::m2m::TokenRequest;
/// use stytch_endpoint::{Auth, Endpoint};
///
/// let request = TokenRequest::new("project-test-1", "m2m-client-test-1", "m2m-secret-test-1");
/// assert_eq!(TokenRequest::AUTH, Auth::None);
/// assert_eq!(request.path(), "/v1/public/project-test-1/oauth2/token");
/// assert!(!format!("{request:?}").contains("m2m-secret-test-1"));
/// ```
#[stytch_endpoint(POST, "/v1/public/{project_id}/oauth2/token", response = TokenResponse, auth = none)]
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct TokenRequest {
    /// The project the client belongs to.
    #[stytch(non_empty)]
    pub project_id: String,
    /// The M2M client's id.
    #[stytch(non_empty)]
    pub client_id: String,
    /// The M2M client's secret.
    #[stytch(non_empty, secret)]
    pub client_secret: String,
    /// Always `client_credentials`.
    #[stytch(non_empty)]
    pub grant_type: String,
    /// The scopes asked for, space-separated; all the client's scopes when `None`.
    pub scope: Option<String>,
}

impl TokenRequest {
    /// A client credentials request for all the client's scopes.
    pub fn new(
        project_id: impl Into<String>,
        client_id: impl Into<String>,
        client_secret: impl Into<String>,
    ) -> TokenRequest {
        TokenRequest {
            project_id: project_id.into(),
            client_id: client_id.into(),
            client_secret: client_secret.into(),
            grant_type: "client_credentials".to_owned(),
            scope: None,
        }
    }

    /// Asks for these scopes only (space-separated).
    #[must_use]
    pub fn scope(mut self, scope: impl Into<String>) -> TokenRequest {
        self.scope = Some(scope.into());
        self
    }
}

/// The answer to [`TokenRequest`].
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct TokenResponse {
    /// Stytch's id for this request.
    pub request_id: String,
    /// The HTTP status Stytch answered with.
    pub status_code: i32,
    /// The access token, a JWT signed with the project's keys.
    #[stytch(required, secret)]
    pub access_token: String,
    /// Seconds until the token expires.
    pub expires_in: i64,
    /// `bearer`.
    pub token_type: String,
}
