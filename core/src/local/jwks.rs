//! `GET /v1/sessions/jwks/{project_id}` and `GET /v1/b2b/sessions/jwks/{project_id}`, locally:
//! the keys that verify the session JWTs. Public, as Stytch's are: JWKS clients fetch them
//! without credentials.

use super::failure::Failure;
use super::jwt::KeySet;
use super::store::Store;
use crate::ErrorType;

/// The consumer route's prefix; the project id follows it.
pub(crate) const CONSUMER_PREFIX: &str = "/v1/sessions/jwks/";
/// The B2B route's prefix; the project id follows it.
pub(crate) const B2B_PREFIX: &str = "/v1/b2b/sessions/jwks/";

/// The two routes, as the route listings show them.
pub(crate) const ROUTES: [&str; 2] =
    ["GET /v1/sessions/jwks/{project_id}", "GET /v1/b2b/sessions/jwks/{project_id}"];

/// The JWKS route `path` names, if it names one: whether it is the B2B one, and the project id.
pub(crate) fn route(path: &str) -> Option<(bool, &str)> {
    if let Some(project_id) = path.strip_prefix(CONSUMER_PREFIX) {
        return Some((false, project_id));
    }
    path.strip_prefix(B2B_PREFIX).map(|project_id| (true, project_id))
}

/// Answers a JWKS route: the project's keys, or `invalid_project_id` for another project.
pub(crate) fn get_jwks(
    store: &Store,
    b2b: bool,
    project_id: &str,
    request_id: &str,
) -> Result<Vec<u8>, Failure> {
    store.settings.check_vertical(b2b)?;
    if project_id != store.project_id {
        return Err(Failure::new(
            400,
            ErrorType::Other("invalid_project_id".into()),
            "The project id in the path is not this local Stytch's.",
        ));
    }
    let set = if b2b { KeySet::B2b } else { KeySet::Consumer };
    serde_json::to_vec(&store.signer.jwks(set, request_id))
        .map_err(|_| Failure::new(500, ErrorType::InternalServerError, "The response could not be encoded."))
}
