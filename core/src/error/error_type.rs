//! [`ErrorType`]: Stytch's `error_type`, every value Stytch publishes.

use crate::stytch_enum;

/// Stytch's `error_type`: what went wrong, as a stable identifier.
///
/// The variants are the error types Stytch publishes ([consumer](https://stytch.com/docs/api/errors)
/// and [B2B](https://stytch.com/docs/b2b/api/errors) error references, and the list its official
/// SDKs carry): 804 of them. [`Other`](Self::Other) holds a type Stytch adds after this release.
/// [`as_str`](Self::as_str), `Display`, `FromStr` and serde give back the exact string.
///
/// # Matching robustly
///
/// The enum is `#[non_exhaustive]`: a `match` needs a `_` arm, and types Stytch adds later belong
/// there. Never match `Other("some_type")`: which strings land in `Other` changes between releases.
/// When a release adds a variant for a string, the value decodes into that variant instead, and an
/// arm written for `Other("some_type")` silently stops matching. Match the variant when there is
/// one; for a type this release does not name, compare the string, which stays true across
/// releases:
///
/// ```
/// use stytch_endpoint::ErrorType;
///
/// fn advice(error_type: &ErrorType) -> &'static str {
///     match error_type {
///         ErrorType::UnauthorizedCredentials => "check the credentials",
///         ErrorType::WeakPassword | ErrorType::BreachedPassword => "choose another password",
///         ErrorType::UserNotFound | ErrorType::MemberNotFound => "no such account",
///         other if other.as_str() == "a_type_added_next_year" => "handled by its string",
///         _ => "something else went wrong",
///     }
/// }
///
/// assert_eq!(advice(&"weak_password".parse().unwrap()), "choose another password");
/// assert_eq!(advice(&"a_type_added_next_year".parse().unwrap()), "handled by its string");
/// ```
///
/// Whether sending the request again is safe is not a property of the type alone: ask
/// [`Error::is_retryable`](crate::Error::is_retryable), which looks at the status too (only 429
/// and 503 answers qualify, and never `user_lock_limit_reached`).
#[stytch_enum]
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorType {
    /// `action_available_only_for_active_members`
    #[serde(rename = "action_available_only_for_active_members")]
    ActionAvailableOnlyForActiveMembers,
    /// `action_available_only_once_primary_authentication_is_met`
    #[serde(rename = "action_available_only_once_primary_authentication_is_met")]
    ActionAvailableOnlyOncePrimaryAuthenticationIsMet,
    /// `action_not_allowed_email_domain_is_claimed`
    #[serde(rename = "action_not_allowed_email_domain_is_claimed")]
    ActionNotAllowedEmailDomainIsClaimed,
    /// `active_scim_connection_exists`
    #[serde(rename = "active_scim_connection_exists")]
    ActiveScimConnectionExists,
    /// `active_totp_exists`
    #[serde(rename = "active_totp_exists")]
    ActiveTotpExists,
    /// `ad_blocker_detected`
    #[serde(rename = "ad_blocker_detected")]
    AdBlockerDetected,
    /// `allow_list_max_exceeded`
    #[serde(rename = "allow_list_max_exceeded")]
    AllowListMaxExceeded,
    /// `allowed_auth_methods_required_for_restricted`
    #[serde(rename = "allowed_auth_methods_required_for_restricted")]
    AllowedAuthMethodsRequiredForRestricted,
    /// `allowed_mfa_methods_required_for_restricted`
    #[serde(rename = "allowed_mfa_methods_required_for_restricted")]
    AllowedMfaMethodsRequiredForRestricted,
    /// `apple_oauth_config_not_found`
    #[serde(rename = "apple_oauth_config_not_found")]
    AppleOauthConfigNotFound,
    /// `argon_2_key_length_mismatch`
    #[serde(rename = "argon_2_key_length_mismatch")]
    Argon2KeyLengthMismatch,
    /// `attribute_mismatch`
    #[serde(rename = "attribute_mismatch")]
    AttributeMismatch,
    /// `authorization_endpoint_not_configured_for_project`
    #[serde(rename = "authorization_endpoint_not_configured_for_project")]
    AuthorizationEndpointNotConfiguredForProject,
    /// `bad_app_bundle_for_stytch_sdk`
    #[serde(rename = "bad_app_bundle_for_stytch_sdk")]
    BadAppBundleForStytchSdk,
    /// `bad_domain_for_stytch_sdk`
    #[serde(rename = "bad_domain_for_stytch_sdk")]
    BadDomainForStytchSdk,
    /// 400: the request body is not what the endpoint takes.
    #[serde(rename = "bad_request")]
    BadRequest,
    /// `bad_vertical_for_stytch_sdk`
    #[serde(rename = "bad_vertical_for_stytch_sdk")]
    BadVerticalForStytchSdk,
    /// `billing_info_not_found`
    #[serde(rename = "billing_info_not_found")]
    BillingInfoNotFound,
    /// `billing_not_verified`
    #[serde(rename = "billing_not_verified")]
    BillingNotVerified,
    /// `billing_not_verified_for_email`
    #[serde(rename = "billing_not_verified_for_email")]
    BillingNotVerifiedForEmail,
    /// `biometric_registration_not_found`
    #[serde(rename = "biometric_registration_not_found")]
    BiometricRegistrationNotFound,
    /// 400: the new password appears in a known breach.
    #[serde(rename = "breached_password")]
    BreachedPassword,
    /// `bulk_migrate_invalid_user_count`
    #[serde(rename = "bulk_migrate_invalid_user_count")]
    BulkMigrateInvalidUserCount,
    /// `cannot_add_pem_file_to_non_pem_trusted_token_profile`
    #[serde(rename = "cannot_add_pem_file_to_non_pem_trusted_token_profile")]
    CannotAddPemFileToNonPemTrustedTokenProfile,
    /// `cannot_assign_default_rbac_role_id`
    #[serde(rename = "cannot_assign_default_rbac_role_id")]
    CannotAssignDefaultRbacRoleId,
    /// `cannot_delete_default_email_template`
    #[serde(rename = "cannot_delete_default_email_template")]
    CannotDeleteDefaultEmailTemplate,
    /// `cannot_delete_default_sso_connection`
    #[serde(rename = "cannot_delete_default_sso_connection")]
    CannotDeleteDefaultSsoConnection,
    /// `cannot_delete_email`
    #[serde(rename = "cannot_delete_email")]
    CannotDeleteEmail,
    /// `cannot_delete_last_primary_factor`
    #[serde(rename = "cannot_delete_last_primary_factor")]
    CannotDeleteLastPrimaryFactor,
    /// `cannot_delete_last_sso_verification_key`
    #[serde(rename = "cannot_delete_last_sso_verification_key")]
    CannotDeleteLastSsoVerificationKey,
    /// `cannot_preserve_existing_sessions`
    #[serde(rename = "cannot_preserve_existing_sessions")]
    CannotPreserveExistingSessions,
    /// `cannot_remove_primary_auth_mechanism`
    #[serde(rename = "cannot_remove_primary_auth_mechanism")]
    CannotRemovePrimaryAuthMechanism,
    /// `cannot_reset_password_with_existing_password`
    #[serde(rename = "cannot_reset_password_with_existing_password")]
    CannotResetPasswordWithExistingPassword,
    /// `cannot_specify_wildcard_with_other_actions`
    #[serde(rename = "cannot_specify_wildcard_with_other_actions")]
    CannotSpecifyWildcardWithOtherActions,
    /// `cannot_toggle_cross_org_passwords_when_password_in_use`
    #[serde(rename = "cannot_toggle_cross_org_passwords_when_password_in_use")]
    CannotToggleCrossOrgPasswordsWhenPasswordInUse,
    /// `cannot_update_trusted_metadata`
    #[serde(rename = "cannot_update_trusted_metadata")]
    CannotUpdateTrustedMetadata,
    /// `cannot_use_biometrics_with_pending_user`
    #[serde(rename = "cannot_use_biometrics_with_pending_user")]
    CannotUseBiometricsWithPendingUser,
    /// `cannot_use_webauthn_with_pending_user`
    #[serde(rename = "cannot_use_webauthn_with_pending_user")]
    CannotUseWebauthnWithPendingUser,
    /// `captcha_failed`
    #[serde(rename = "captcha_failed")]
    CaptchaFailed,
    /// `captcha_provider_not_found`
    #[serde(rename = "captcha_provider_not_found")]
    CaptchaProviderNotFound,
    /// `captcha_required`
    #[serde(rename = "captcha_required")]
    CaptchaRequired,
    /// `claimed_email_domains_not_supported`
    #[serde(rename = "claimed_email_domains_not_supported")]
    ClaimedEmailDomainsNotSupported,
    /// `client_closed_request`
    #[serde(rename = "client_closed_request")]
    ClientClosedRequest,
    /// `client_secret_too_long`
    #[serde(rename = "client_secret_too_long")]
    ClientSecretTooLong,
    /// `cname_invalid_for_http_only_cookies`
    #[serde(rename = "cname_invalid_for_http_only_cookies")]
    CnameInvalidForHttpOnlyCookies,
    /// `cname_record_not_found`
    #[serde(rename = "cname_record_not_found")]
    CnameRecordNotFound,
    /// `cname_required_for_http_only_cookies`
    #[serde(rename = "cname_required_for_http_only_cookies")]
    CnameRequiredForHttpOnlyCookies,
    /// `cname_required_to_enable_http_only_cookies`
    #[serde(rename = "cname_required_to_enable_http_only_cookies")]
    CnameRequiredToEnableHttpOnlyCookies,
    /// `connected_app_already_rotating_secret`
    #[serde(rename = "connected_app_already_rotating_secret")]
    ConnectedAppAlreadyRotatingSecret,
    /// `connected_app_consent_revoked`
    #[serde(rename = "connected_app_consent_revoked")]
    ConnectedAppConsentRevoked,
    /// `connected_app_invalid_redirect_url`
    #[serde(rename = "connected_app_invalid_redirect_url")]
    ConnectedAppInvalidRedirectUrl,
    /// `connected_app_misconfigured_client`
    #[serde(rename = "connected_app_misconfigured_client")]
    ConnectedAppMisconfiguredClient,
    /// `connected_app_not_allowed_for_org`
    #[serde(rename = "connected_app_not_allowed_for_org")]
    ConnectedAppNotAllowedForOrg,
    /// `connected_app_not_found`
    #[serde(rename = "connected_app_not_found")]
    ConnectedAppNotFound,
    /// `connected_app_not_rotating_secret`
    #[serde(rename = "connected_app_not_rotating_secret")]
    ConnectedAppNotRotatingSecret,
    /// `connected_app_redirect_url_cannot_use_localhost`
    #[serde(rename = "connected_app_redirect_url_cannot_use_localhost")]
    ConnectedAppRedirectUrlCannotUseLocalhost,
    /// `connected_app_redirect_url_http_scheme_must_use_loopback`
    #[serde(rename = "connected_app_redirect_url_http_scheme_must_use_loopback")]
    ConnectedAppRedirectUrlHttpSchemeMustUseLoopback,
    /// `connected_app_redirect_url_must_include_scheme`
    #[serde(rename = "connected_app_redirect_url_must_include_scheme")]
    ConnectedAppRedirectUrlMustIncludeScheme,
    /// `connected_app_redirect_url_must_use_http_or_https_scheme`
    #[serde(rename = "connected_app_redirect_url_must_use_http_or_https_scheme")]
    ConnectedAppRedirectUrlMustUseHttpOrHttpsScheme,
    /// `connected_app_redirect_url_must_use_https_scheme`
    #[serde(rename = "connected_app_redirect_url_must_use_https_scheme")]
    ConnectedAppRedirectUrlMustUseHttpsScheme,
    /// `connected_app_supplied_redirect_url_not_found_in_client`
    #[serde(rename = "connected_app_supplied_redirect_url_not_found_in_client")]
    ConnectedAppSuppliedRedirectUrlNotFoundInClient,
    /// `consumer_session_authorization_error`
    #[serde(rename = "consumer_session_authorization_error")]
    ConsumerSessionAuthorizationError,
    /// `could_not_parse_biometric_signature`
    #[serde(rename = "could_not_parse_biometric_signature")]
    CouldNotParseBiometricSignature,
    /// `country_code_allowlist_b2b_whatsapp_not_supported`
    #[serde(rename = "country_code_allowlist_b2b_whatsapp_not_supported")]
    CountryCodeAllowlistB2bWhatsappNotSupported,
    /// `country_code_allowlist_billing_not_verified`
    #[serde(rename = "country_code_allowlist_billing_not_verified")]
    CountryCodeAllowlistBillingNotVerified,
    /// `country_code_allowlist_empty`
    #[serde(rename = "country_code_allowlist_empty")]
    CountryCodeAllowlistEmpty,
    /// `country_code_allowlist_invalid_country_codes`
    #[serde(rename = "country_code_allowlist_invalid_country_codes")]
    CountryCodeAllowlistInvalidCountryCodes,
    /// `cross_org_passwords_enabled`
    #[serde(rename = "cross_org_passwords_enabled")]
    CrossOrgPasswordsEnabled,
    /// `cross_org_passwords_not_enabled`
    #[serde(rename = "cross_org_passwords_not_enabled")]
    CrossOrgPasswordsNotEnabled,
    /// `crypto_wallet_not_found`
    #[serde(rename = "crypto_wallet_not_found")]
    CryptoWalletNotFound,
    /// `crypto_wallet_type_incompatible_with_siwe`
    #[serde(rename = "crypto_wallet_type_incompatible_with_siwe")]
    CryptoWalletTypeIncompatibleWithSiwe,
    /// 400: `session_custom_claims` is larger than 4 KB.
    #[serde(rename = "custom_claims_too_large")]
    CustomClaimsTooLarge,
    /// `default_mfa_member_missing_factor`
    #[serde(rename = "default_mfa_member_missing_factor")]
    DefaultMfaMemberMissingFactor,
    /// `default_provider_not_allowed`
    #[serde(rename = "default_provider_not_allowed")]
    DefaultProviderNotAllowed,
    /// `deny_list_max_exceeded`
    #[serde(rename = "deny_list_max_exceeded")]
    DenyListMaxExceeded,
    /// `deprecated_endpoint`
    #[serde(rename = "deprecated_endpoint")]
    DeprecatedEndpoint,
    /// `desired_email_deactivated_by_different_member`
    #[serde(rename = "desired_email_deactivated_by_different_member")]
    DesiredEmailDeactivatedByDifferentMember,
    /// `desired_email_updating_for_different_member`
    #[serde(rename = "desired_email_updating_for_different_member")]
    DesiredEmailUpdatingForDifferentMember,
    /// `downstream_carrier_error`
    #[serde(rename = "downstream_carrier_error")]
    DownstreamCarrierError,
    /// `duplicate_biometric_registration`
    #[serde(rename = "duplicate_biometric_registration")]
    DuplicateBiometricRegistration,
    /// `duplicate_custom_hostname_found`
    #[serde(rename = "duplicate_custom_hostname_found")]
    DuplicateCustomHostnameFound,
    /// `duplicate_email`
    #[serde(rename = "duplicate_email")]
    DuplicateEmail,
    /// `duplicate_email_for_user`
    #[serde(rename = "duplicate_email_for_user")]
    DuplicateEmailForUser,
    /// `duplicate_email_template_vanity_id`
    #[serde(rename = "duplicate_email_template_vanity_id")]
    DuplicateEmailTemplateVanityId,
    /// `duplicate_external_sso_connection`
    #[serde(rename = "duplicate_external_sso_connection")]
    DuplicateExternalSsoConnection,
    /// `duplicate_m2m_client_id`
    #[serde(rename = "duplicate_m2m_client_id")]
    DuplicateM2mClientId,
    /// `duplicate_member_email`
    #[serde(rename = "duplicate_member_email")]
    DuplicateMemberEmail,
    /// `duplicate_member_external_id`
    #[serde(rename = "duplicate_member_external_id")]
    DuplicateMemberExternalId,
    /// `duplicate_member_phone_number`
    #[serde(rename = "duplicate_member_phone_number")]
    DuplicateMemberPhoneNumber,
    /// `duplicate_member_phone_number_for_member`
    #[serde(rename = "duplicate_member_phone_number_for_member")]
    DuplicateMemberPhoneNumberForMember,
    /// `duplicate_organization`
    #[serde(rename = "duplicate_organization")]
    DuplicateOrganization,
    /// `duplicate_organization_user`
    #[serde(rename = "duplicate_organization_user")]
    DuplicateOrganizationUser,
    /// `duplicate_phone_number`
    #[serde(rename = "duplicate_phone_number")]
    DuplicatePhoneNumber,
    /// `duplicate_phone_number_for_user`
    #[serde(rename = "duplicate_phone_number_for_user")]
    DuplicatePhoneNumberForUser,
    /// `duplicate_project_user`
    #[serde(rename = "duplicate_project_user")]
    DuplicateProjectUser,
    /// `duplicate_redirect_url`
    #[serde(rename = "duplicate_redirect_url")]
    DuplicateRedirectUrl,
    /// `duplicate_saml_connection`
    #[serde(rename = "duplicate_saml_connection")]
    DuplicateSamlConnection,
    /// `duplicate_saml_response`
    #[serde(rename = "duplicate_saml_response")]
    DuplicateSamlResponse,
    /// `duplicate_user_external_id`
    #[serde(rename = "duplicate_user_external_id")]
    DuplicateUserExternalId,
    /// `duplicate_wallet_address`
    #[serde(rename = "duplicate_wallet_address")]
    DuplicateWalletAddress,
    /// `duplicate_wallet_address_for_user`
    #[serde(rename = "duplicate_wallet_address_for_user")]
    DuplicateWalletAddressForUser,
    /// `duplicate_webauthn_registration`
    #[serde(rename = "duplicate_webauthn_registration")]
    DuplicateWebauthnRegistration,
    /// `dynamic_client_registration_not_enabled`
    #[serde(rename = "dynamic_client_registration_not_enabled")]
    DynamicClientRegistrationNotEnabled,
    /// `email_in_denylist`
    #[serde(rename = "email_in_denylist")]
    EmailInDenylist,
    /// `email_jit_provisioning_not_allowed`
    #[serde(rename = "email_jit_provisioning_not_allowed")]
    EmailJitProvisioningNotAllowed,
    /// 404: no user has that email address.
    #[serde(rename = "email_not_found")]
    EmailNotFound,
    /// `email_not_in_allowlist`
    #[serde(rename = "email_not_in_allowlist")]
    EmailNotInAllowlist,
    /// `email_settings_not_found`
    #[serde(rename = "email_settings_not_found")]
    EmailSettingsNotFound,
    /// `email_template_not_found`
    #[serde(rename = "email_template_not_found")]
    EmailTemplateNotFound,
    /// `email_unverified_for_reactivation`
    #[serde(rename = "email_unverified_for_reactivation")]
    EmailUnverifiedForReactivation,
    /// `email_updates_available_only_for_active_members`
    #[serde(rename = "email_updates_available_only_for_active_members")]
    EmailUpdatesAvailableOnlyForActiveMembers,
    /// `email_verification_required`
    #[serde(rename = "email_verification_required")]
    EmailVerificationRequired,
    /// `empty_rbac_resource_id`
    #[serde(rename = "empty_rbac_resource_id")]
    EmptyRbacResourceId,
    /// `empty_rbac_role_id`
    #[serde(rename = "empty_rbac_role_id")]
    EmptyRbacRoleId,
    /// `empty_rbac_scope`
    #[serde(rename = "empty_rbac_scope")]
    EmptyRbacScope,
    /// `empty_webauthn_registration_name`
    #[serde(rename = "empty_webauthn_registration_name")]
    EmptyWebauthnRegistrationName,
    /// `endpoint_not_authorized_for_sdk`
    #[serde(rename = "endpoint_not_authorized_for_sdk")]
    EndpointNotAuthorizedForSdk,
    /// `enterprise_endpoint`
    #[serde(rename = "enterprise_endpoint")]
    EnterpriseEndpoint,
    /// `event_log_streaming_bad_datadog_config`
    #[serde(rename = "event_log_streaming_bad_datadog_config")]
    EventLogStreamingBadDatadogConfig,
    /// `event_log_streaming_bad_grafana_loki_config`
    #[serde(rename = "event_log_streaming_bad_grafana_loki_config")]
    EventLogStreamingBadGrafanaLokiConfig,
    /// `event_log_streaming_invalid_destination_type`
    #[serde(rename = "event_log_streaming_invalid_destination_type")]
    EventLogStreamingInvalidDestinationType,
    /// `event_log_streaming_invalid_streaming_status`
    #[serde(rename = "event_log_streaming_invalid_streaming_status")]
    EventLogStreamingInvalidStreamingStatus,
    /// `event_log_streaming_not_found`
    #[serde(rename = "event_log_streaming_not_found")]
    EventLogStreamingNotFound,
    /// `event_log_streaming_too_many_destinations`
    #[serde(rename = "event_log_streaming_too_many_destinations")]
    EventLogStreamingTooManyDestinations,
    /// `expired_oauth_response`
    #[serde(rename = "expired_oauth_response")]
    ExpiredOauthResponse,
    /// `expired_oidc_response`
    #[serde(rename = "expired_oidc_response")]
    ExpiredOidcResponse,
    /// `expired_saml_response`
    #[serde(rename = "expired_saml_response")]
    ExpiredSamlResponse,
    /// `expired_totp`
    #[serde(rename = "expired_totp")]
    ExpiredTotp,
    /// `external_connection_id_not_found`
    #[serde(rename = "external_connection_id_not_found")]
    ExternalConnectionIdNotFound,
    /// `external_connection_not_active`
    #[serde(rename = "external_connection_not_active")]
    ExternalConnectionNotActive,
    /// `external_organization_id_same_as_organization_id`
    #[serde(rename = "external_organization_id_same_as_organization_id")]
    ExternalOrganizationIdSameAsOrganizationId,
    /// `failed_saml_response`
    #[serde(rename = "failed_saml_response")]
    FailedSamlResponse,
    /// `forbidden_character_zero_width_space`
    #[serde(rename = "forbidden_character_zero_width_space")]
    ForbiddenCharacterZeroWidthSpace,
    /// `id_token_expired`
    #[serde(rename = "id_token_expired")]
    IdTokenExpired,
    /// `id_token_incorrect_audience`
    #[serde(rename = "id_token_incorrect_audience")]
    IdTokenIncorrectAudience,
    /// `id_token_invalid`
    #[serde(rename = "id_token_invalid")]
    IdTokenInvalid,
    /// `id_token_nonce_invalid`
    #[serde(rename = "id_token_nonce_invalid")]
    IdTokenNonceInvalid,
    /// `idp_access_token_could_not_be_exchanged`
    #[serde(rename = "idp_access_token_could_not_be_exchanged")]
    IdpAccessTokenCouldNotBeExchanged,
    /// `idp_access_token_expired`
    #[serde(rename = "idp_access_token_expired")]
    IdpAccessTokenExpired,
    /// `idp_access_token_not_found`
    #[serde(rename = "idp_access_token_not_found")]
    IdpAccessTokenNotFound,
    /// `idp_auth_code_expired`
    #[serde(rename = "idp_auth_code_expired")]
    IdpAuthCodeExpired,
    /// `idp_auth_code_not_found`
    #[serde(rename = "idp_auth_code_not_found")]
    IdpAuthCodeNotFound,
    /// `idp_invalid_access_token_custom_audience`
    #[serde(rename = "idp_invalid_access_token_custom_audience")]
    IdpInvalidAccessTokenCustomAudience,
    /// `idp_invalid_access_token_expiry_minutes`
    #[serde(rename = "idp_invalid_access_token_expiry_minutes")]
    IdpInvalidAccessTokenExpiryMinutes,
    /// `idp_invalid_access_token_jwt_template`
    #[serde(rename = "idp_invalid_access_token_jwt_template")]
    IdpInvalidAccessTokenJwtTemplate,
    /// `idp_refresh_token_already_used`
    #[serde(rename = "idp_refresh_token_already_used")]
    IdpRefreshTokenAlreadyUsed,
    /// `idp_refresh_token_expired`
    #[serde(rename = "idp_refresh_token_expired")]
    IdpRefreshTokenExpired,
    /// `idp_refresh_token_not_found`
    #[serde(rename = "idp_refresh_token_not_found")]
    IdpRefreshTokenNotFound,
    /// `inactive_email`
    #[serde(rename = "inactive_email")]
    InactiveEmail,
    /// `incompatible_session_type`
    #[serde(rename = "incompatible_session_type")]
    IncompatibleSessionType,
    /// `indeterminate_sso_connection_for_organization`
    #[serde(rename = "indeterminate_sso_connection_for_organization")]
    IndeterminateSsoConnectionForOrganization,
    /// `insecure_m2m_client_secret`
    #[serde(rename = "insecure_m2m_client_secret")]
    InsecureM2mClientSecret,
    /// `insufficient_factors`
    #[serde(rename = "insufficient_factors")]
    InsufficientFactors,
    /// `insufficient_factors_for_session_exchange`
    #[serde(rename = "insufficient_factors_for_session_exchange")]
    InsufficientFactorsForSessionExchange,
    /// `intermediate_session_not_found`
    #[serde(rename = "intermediate_session_not_found")]
    IntermediateSessionNotFound,
    /// 500: Stytch failed.
    #[serde(rename = "internal_server_error")]
    InternalServerError,
    /// `invalid_append_salt`
    #[serde(rename = "invalid_append_salt")]
    InvalidAppendSalt,
    /// `invalid_argon_2_iteration_amount`
    #[serde(rename = "invalid_argon_2_iteration_amount")]
    InvalidArgon2IterationAmount,
    /// `invalid_argon_2_key_length`
    #[serde(rename = "invalid_argon_2_key_length")]
    InvalidArgon2KeyLength,
    /// `invalid_argon_2_memory`
    #[serde(rename = "invalid_argon_2_memory")]
    InvalidArgon2Memory,
    /// `invalid_argon_2_salt`
    #[serde(rename = "invalid_argon_2_salt")]
    InvalidArgon2Salt,
    /// `invalid_argon_2_threads`
    #[serde(rename = "invalid_argon_2_threads")]
    InvalidArgon2Threads,
    /// `invalid_argument`
    #[serde(rename = "invalid_argument")]
    InvalidArgument,
    /// `invalid_audience_saml_response`
    #[serde(rename = "invalid_audience_saml_response")]
    InvalidAudienceSamlResponse,
    /// `invalid_authentication_type`
    #[serde(rename = "invalid_authentication_type")]
    InvalidAuthenticationType,
    /// `invalid_authenticator_type`
    #[serde(rename = "invalid_authenticator_type")]
    InvalidAuthenticatorType,
    /// `invalid_authorization_header`
    #[serde(rename = "invalid_authorization_header")]
    InvalidAuthorizationHeader,
    /// `invalid_authorization_url`
    #[serde(rename = "invalid_authorization_url")]
    InvalidAuthorizationUrl,
    /// 400: a B2B endpoint was called with the credentials of a consumer project.
    #[serde(rename = "invalid_b2b_endpoint")]
    InvalidB2bEndpoint,
    /// `invalid_base64_scrypt_hash`
    #[serde(rename = "invalid_base64_scrypt_hash")]
    InvalidBase64ScryptHash,
    /// `invalid_base64_scrypt_salt`
    #[serde(rename = "invalid_base64_scrypt_salt")]
    InvalidBase64ScryptSalt,
    /// `invalid_bcrypt_cost`
    #[serde(rename = "invalid_bcrypt_cost")]
    InvalidBcryptCost,
    /// `invalid_bcrypt_hash`
    #[serde(rename = "invalid_bcrypt_hash")]
    InvalidBcryptHash,
    /// `invalid_biometric_registration_id`
    #[serde(rename = "invalid_biometric_registration_id")]
    InvalidBiometricRegistrationId,
    /// `invalid_callback_id`
    #[serde(rename = "invalid_callback_id")]
    InvalidCallbackId,
    /// `invalid_captcha_provider_id`
    #[serde(rename = "invalid_captcha_provider_id")]
    InvalidCaptchaProviderId,
    /// `invalid_captcha_provider_type`
    #[serde(rename = "invalid_captcha_provider_type")]
    InvalidCaptchaProviderType,
    /// `invalid_captcha_threshold`
    #[serde(rename = "invalid_captcha_threshold")]
    InvalidCaptchaThreshold,
    /// `invalid_client_id`
    #[serde(rename = "invalid_client_id")]
    InvalidClientId,
    /// `invalid_client_secret`
    #[serde(rename = "invalid_client_secret")]
    InvalidClientSecret,
    /// `invalid_code`
    #[serde(rename = "invalid_code")]
    InvalidCode,
    /// `invalid_connected_app_type`
    #[serde(rename = "invalid_connected_app_type")]
    InvalidConnectedAppType,
    /// `invalid_connection_for_jit_provisioning`
    #[serde(rename = "invalid_connection_for_jit_provisioning")]
    InvalidConnectionForJitProvisioning,
    /// 400: a consumer endpoint was called with the credentials of a B2B project.
    #[serde(rename = "invalid_consumer_endpoint")]
    InvalidConsumerEndpoint,
    /// `invalid_create_user_request`
    #[serde(rename = "invalid_create_user_request")]
    InvalidCreateUserRequest,
    /// `invalid_crypto_wallet_address`
    #[serde(rename = "invalid_crypto_wallet_address")]
    InvalidCryptoWalletAddress,
    /// `invalid_crypto_wallet_id`
    #[serde(rename = "invalid_crypto_wallet_id")]
    InvalidCryptoWalletId,
    /// `invalid_default_url`
    #[serde(rename = "invalid_default_url")]
    InvalidDefaultUrl,
    /// `invalid_discovery_redirect_url`
    #[serde(rename = "invalid_discovery_redirect_url")]
    InvalidDiscoveryRedirectUrl,
    /// `invalid_display_name`
    #[serde(rename = "invalid_display_name")]
    InvalidDisplayName,
    /// `invalid_domain`
    #[serde(rename = "invalid_domain")]
    InvalidDomain,
    /// 400: the email address is malformed.
    #[serde(rename = "invalid_email")]
    InvalidEmail,
    /// `invalid_email_domain`
    #[serde(rename = "invalid_email_domain")]
    InvalidEmailDomain,
    /// `invalid_email_for_invites`
    #[serde(rename = "invalid_email_for_invites")]
    InvalidEmailForInvites,
    /// `invalid_email_for_jit_provisioning`
    #[serde(rename = "invalid_email_for_jit_provisioning")]
    InvalidEmailForJitProvisioning,
    /// `invalid_email_html`
    #[serde(rename = "invalid_email_html")]
    InvalidEmailHtml,
    /// `invalid_email_id`
    #[serde(rename = "invalid_email_id")]
    InvalidEmailId,
    /// `invalid_email_plaintext`
    #[serde(rename = "invalid_email_plaintext")]
    InvalidEmailPlaintext,
    /// `invalid_email_sandbox`
    #[serde(rename = "invalid_email_sandbox")]
    InvalidEmailSandbox,
    /// `invalid_email_subject`
    #[serde(rename = "invalid_email_subject")]
    InvalidEmailSubject,
    /// `invalid_email_template_content`
    #[serde(rename = "invalid_email_template_content")]
    InvalidEmailTemplateContent,
    /// `invalid_email_template_parameters`
    #[serde(rename = "invalid_email_template_parameters")]
    InvalidEmailTemplateParameters,
    /// `invalid_ethereum_address`
    #[serde(rename = "invalid_ethereum_address")]
    InvalidEthereumAddress,
    /// `invalid_exchange_primary_factor_fields`
    #[serde(rename = "invalid_exchange_primary_factor_fields")]
    InvalidExchangePrimaryFactorFields,
    /// `invalid_exchange_primary_factor_user`
    #[serde(rename = "invalid_exchange_primary_factor_user")]
    InvalidExchangePrimaryFactorUser,
    /// `invalid_expiration`
    #[serde(rename = "invalid_expiration")]
    InvalidExpiration,
    /// `invalid_expiration_otp`
    #[serde(rename = "invalid_expiration_otp")]
    InvalidExpirationOtp,
    /// `invalid_from_local_part`
    #[serde(rename = "invalid_from_local_part")]
    InvalidFromLocalPart,
    /// `invalid_google_hosted_domain_error`
    #[serde(rename = "invalid_google_hosted_domain_error")]
    InvalidGoogleHostedDomainError,
    /// `invalid_hash`
    #[serde(rename = "invalid_hash")]
    InvalidHash,
    /// `invalid_hash_type`
    #[serde(rename = "invalid_hash_type")]
    InvalidHashType,
    /// `invalid_id`
    #[serde(rename = "invalid_id")]
    InvalidId,
    /// `invalid_idp_entity_id`
    #[serde(rename = "invalid_idp_entity_id")]
    InvalidIdpEntityId,
    /// `invalid_idp_sso_url`
    #[serde(rename = "invalid_idp_sso_url")]
    InvalidIdpSsoUrl,
    /// `invalid_impersonation_reason`
    #[serde(rename = "invalid_impersonation_reason")]
    InvalidImpersonationReason,
    /// `invalid_intermediate_session_token_for_organization`
    #[serde(rename = "invalid_intermediate_session_token_for_organization")]
    InvalidIntermediateSessionTokenForOrganization,
    /// `invalid_invite_magic_link_url`
    #[serde(rename = "invalid_invite_magic_link_url")]
    InvalidInviteMagicLinkUrl,
    /// `invalid_invite_redirect_url`
    #[serde(rename = "invalid_invite_redirect_url")]
    InvalidInviteRedirectUrl,
    /// `invalid_ip_address`
    #[serde(rename = "invalid_ip_address")]
    InvalidIpAddress,
    /// `invalid_issuer`
    #[serde(rename = "invalid_issuer")]
    InvalidIssuer,
    /// `invalid_jwks_url`
    #[serde(rename = "invalid_jwks_url")]
    InvalidJwksUrl,
    /// 400: the locale is not supported.
    #[serde(rename = "invalid_locale")]
    InvalidLocale,
    /// `invalid_login_magic_link_url`
    #[serde(rename = "invalid_login_magic_link_url")]
    InvalidLoginMagicLinkUrl,
    /// `invalid_login_oauth_url`
    #[serde(rename = "invalid_login_oauth_url")]
    InvalidLoginOauthUrl,
    /// `invalid_login_redirect_url`
    #[serde(rename = "invalid_login_redirect_url")]
    InvalidLoginRedirectUrl,
    /// `invalid_login_sso_url`
    #[serde(rename = "invalid_login_sso_url")]
    InvalidLoginSsoUrl,
    /// `invalid_m2m_client_scope`
    #[serde(rename = "invalid_m2m_client_scope")]
    InvalidM2mClientScope,
    /// `invalid_m2m_client_status`
    #[serde(rename = "invalid_m2m_client_status")]
    InvalidM2mClientStatus,
    /// `invalid_magic_link_url`
    #[serde(rename = "invalid_magic_link_url")]
    InvalidMagicLinkUrl,
    /// `invalid_md_5_hash`
    #[serde(rename = "invalid_md_5_hash")]
    InvalidMd5Hash,
    /// `invalid_member_get_fields`
    #[serde(rename = "invalid_member_get_fields")]
    InvalidMemberGetFields,
    /// `invalid_method_id`
    #[serde(rename = "invalid_method_id")]
    InvalidMethodId,
    /// `invalid_mfa_default_method`
    #[serde(rename = "invalid_mfa_default_method")]
    InvalidMfaDefaultMethod,
    /// `invalid_microsoft_tenant_type`
    #[serde(rename = "invalid_microsoft_tenant_type")]
    InvalidMicrosoftTenantType,
    /// `invalid_microsoft_user_principal_name`
    #[serde(rename = "invalid_microsoft_user_principal_name")]
    InvalidMicrosoftUserPrincipalName,
    /// `invalid_mobile_identifier`
    #[serde(rename = "invalid_mobile_identifier")]
    InvalidMobileIdentifier,
    /// `invalid_oauth_allowed_tenants_format`
    #[serde(rename = "invalid_oauth_allowed_tenants_format")]
    InvalidOauthAllowedTenantsFormat,
    /// `invalid_oauth_attach_token`
    #[serde(rename = "invalid_oauth_attach_token")]
    InvalidOauthAttachToken,
    /// `invalid_oauth_provider`
    #[serde(rename = "invalid_oauth_provider")]
    InvalidOauthProvider,
    /// `invalid_oauth_tenant_for_jit_provisioning`
    #[serde(rename = "invalid_oauth_tenant_for_jit_provisioning")]
    InvalidOauthTenantForJitProvisioning,
    /// `invalid_oauth_user_registration_id`
    #[serde(rename = "invalid_oauth_user_registration_id")]
    InvalidOauthUserRegistrationId,
    /// `invalid_organization_allowed_auth_methods`
    #[serde(rename = "invalid_organization_allowed_auth_methods")]
    InvalidOrganizationAllowedAuthMethods,
    /// `invalid_organization_allowed_mfa_methods`
    #[serde(rename = "invalid_organization_allowed_mfa_methods")]
    InvalidOrganizationAllowedMfaMethods,
    /// `invalid_organization_auth_factor_setting`
    #[serde(rename = "invalid_organization_auth_factor_setting")]
    InvalidOrganizationAuthFactorSetting,
    /// `invalid_organization_auth_factor_setting_for_email_jit_provisioning`
    #[serde(rename = "invalid_organization_auth_factor_setting_for_email_jit_provisioning")]
    InvalidOrganizationAuthFactorSettingForEmailJitProvisioning,
    /// `invalid_organization_auth_factor_setting_for_oauth_tenant_jit_provisioning`
    #[serde(rename = "invalid_organization_auth_factor_setting_for_oauth_tenant_jit_provisioning")]
    InvalidOrganizationAuthFactorSettingForOauthTenantJitProvisioning,
    /// `invalid_organization_auth_method_settings`
    #[serde(rename = "invalid_organization_auth_method_settings")]
    InvalidOrganizationAuthMethodSettings,
    /// `invalid_organization_external_id`
    #[serde(rename = "invalid_organization_external_id")]
    InvalidOrganizationExternalId,
    /// `invalid_organization_id`
    #[serde(rename = "invalid_organization_id")]
    InvalidOrganizationId,
    /// `invalid_organization_mfa_factor_setting`
    #[serde(rename = "invalid_organization_mfa_factor_setting")]
    InvalidOrganizationMfaFactorSetting,
    /// `invalid_organization_mfa_policy`
    #[serde(rename = "invalid_organization_mfa_policy")]
    InvalidOrganizationMfaPolicy,
    /// `invalid_organization_name`
    #[serde(rename = "invalid_organization_name")]
    InvalidOrganizationName,
    /// `invalid_organization_slug`
    #[serde(rename = "invalid_organization_slug")]
    InvalidOrganizationSlug,
    /// `invalid_password_id`
    #[serde(rename = "invalid_password_id")]
    InvalidPasswordId,
    /// `invalid_password_reset_redirect_url`
    #[serde(rename = "invalid_password_reset_redirect_url")]
    InvalidPasswordResetRedirectUrl,
    /// `invalid_password_strength_luds_complexity`
    #[serde(rename = "invalid_password_strength_luds_complexity")]
    InvalidPasswordStrengthLudsComplexity,
    /// `invalid_password_strength_luds_length`
    #[serde(rename = "invalid_password_strength_luds_length")]
    InvalidPasswordStrengthLudsLength,
    /// `invalid_pbkdf_2_algorithm`
    #[serde(rename = "invalid_pbkdf_2_algorithm")]
    InvalidPbkdf2Algorithm,
    /// `invalid_pbkdf_2_hash`
    #[serde(rename = "invalid_pbkdf_2_hash")]
    InvalidPbkdf2Hash,
    /// `invalid_pbkdf_2_iteration_amount`
    #[serde(rename = "invalid_pbkdf_2_iteration_amount")]
    InvalidPbkdf2IterationAmount,
    /// `invalid_pbkdf_2_salt`
    #[serde(rename = "invalid_pbkdf_2_salt")]
    InvalidPbkdf2Salt,
    /// `invalid_permission_action`
    #[serde(rename = "invalid_permission_action")]
    InvalidPermissionAction,
    /// `invalid_permission_resource`
    #[serde(rename = "invalid_permission_resource")]
    InvalidPermissionResource,
    /// `invalid_phone_number`
    #[serde(rename = "invalid_phone_number")]
    InvalidPhoneNumber,
    /// `invalid_phone_number_country_code`
    #[serde(rename = "invalid_phone_number_country_code")]
    InvalidPhoneNumberCountryCode,
    /// `invalid_phone_number_docs`
    #[serde(rename = "invalid_phone_number_docs")]
    InvalidPhoneNumberDocs,
    /// `invalid_phone_number_sandbox`
    #[serde(rename = "invalid_phone_number_sandbox")]
    InvalidPhoneNumberSandbox,
    /// `invalid_phpass_hash_format`
    #[serde(rename = "invalid_phpass_hash_format")]
    InvalidPhpassHashFormat,
    /// `invalid_phpass_hash_prefix`
    #[serde(rename = "invalid_phpass_hash_prefix")]
    InvalidPhpassHashPrefix,
    /// `invalid_pkce_code_challenge`
    #[serde(rename = "invalid_pkce_code_challenge")]
    InvalidPkceCodeChallenge,
    /// `invalid_pkce_code_verifier`
    #[serde(rename = "invalid_pkce_code_verifier")]
    InvalidPkceCodeVerifier,
    /// `invalid_prepend_salt`
    #[serde(rename = "invalid_prepend_salt")]
    InvalidPrependSalt,
    /// `invalid_project_id`
    #[serde(rename = "invalid_project_id")]
    InvalidProjectId,
    /// `invalid_project_id_authentication`
    #[serde(rename = "invalid_project_id_authentication")]
    InvalidProjectIdAuthentication,
    /// `invalid_project_name`
    #[serde(rename = "invalid_project_name")]
    InvalidProjectName,
    /// `invalid_public_key`
    #[serde(rename = "invalid_public_key")]
    InvalidPublicKey,
    /// `invalid_public_key_credential`
    #[serde(rename = "invalid_public_key_credential")]
    InvalidPublicKeyCredential,
    /// `invalid_public_key_credential_invalid_authenticator_data`
    #[serde(rename = "invalid_public_key_credential_invalid_authenticator_data")]
    InvalidPublicKeyCredentialInvalidAuthenticatorData,
    /// `invalid_public_key_credential_invalid_id`
    #[serde(rename = "invalid_public_key_credential_invalid_id")]
    InvalidPublicKeyCredentialInvalidId,
    /// `invalid_public_key_credential_invalid_signature`
    #[serde(rename = "invalid_public_key_credential_invalid_signature")]
    InvalidPublicKeyCredentialInvalidSignature,
    /// `invalid_public_key_credential_malformed_attestation_object`
    #[serde(rename = "invalid_public_key_credential_malformed_attestation_object")]
    InvalidPublicKeyCredentialMalformedAttestationObject,
    /// `invalid_public_key_credential_malformed_client_data_json`
    #[serde(rename = "invalid_public_key_credential_malformed_client_data_json")]
    InvalidPublicKeyCredentialMalformedClientDataJson,
    /// `invalid_public_key_credential_missing_attestation_object_field`
    #[serde(rename = "invalid_public_key_credential_missing_attestation_object_field")]
    InvalidPublicKeyCredentialMissingAttestationObjectField,
    /// `invalid_public_key_credential_missing_authenticator_data_field`
    #[serde(rename = "invalid_public_key_credential_missing_authenticator_data_field")]
    InvalidPublicKeyCredentialMissingAuthenticatorDataField,
    /// `invalid_public_key_credential_missing_client_data_json_field`
    #[serde(rename = "invalid_public_key_credential_missing_client_data_json_field")]
    InvalidPublicKeyCredentialMissingClientDataJsonField,
    /// `invalid_public_key_credential_missing_id_field`
    #[serde(rename = "invalid_public_key_credential_missing_id_field")]
    InvalidPublicKeyCredentialMissingIdField,
    /// `invalid_public_key_credential_missing_response_field`
    #[serde(rename = "invalid_public_key_credential_missing_response_field")]
    InvalidPublicKeyCredentialMissingResponseField,
    /// `invalid_public_key_credential_missing_signature_field`
    #[serde(rename = "invalid_public_key_credential_missing_signature_field")]
    InvalidPublicKeyCredentialMissingSignatureField,
    /// `invalid_public_token_id`
    #[serde(rename = "invalid_public_token_id")]
    InvalidPublicTokenId,
    /// `invalid_rbac_custom_role`
    #[serde(rename = "invalid_rbac_custom_role")]
    InvalidRbacCustomRole,
    /// `invalid_rbac_role_assignment`
    #[serde(rename = "invalid_rbac_role_assignment")]
    InvalidRbacRoleAssignment,
    /// `invalid_rbac_role_id`
    #[serde(rename = "invalid_rbac_role_id")]
    InvalidRbacRoleId,
    /// `invalid_rbac_scope`
    #[serde(rename = "invalid_rbac_scope")]
    InvalidRbacScope,
    /// `invalid_rbac_stytch_role_edit`
    #[serde(rename = "invalid_rbac_stytch_role_edit")]
    InvalidRbacStytchRoleEdit,
    /// `invalid_recovery_code`
    #[serde(rename = "invalid_recovery_code")]
    InvalidRecoveryCode,
    /// `invalid_redirect_url_type`
    #[serde(rename = "invalid_redirect_url_type")]
    InvalidRedirectUrlType,
    /// `invalid_reply_to_local_part`
    #[serde(rename = "invalid_reply_to_local_part")]
    InvalidReplyToLocalPart,
    /// `invalid_request_id`
    #[serde(rename = "invalid_request_id")]
    InvalidRequestId,
    /// `invalid_request_value`
    #[serde(rename = "invalid_request_value")]
    InvalidRequestValue,
    /// `invalid_restricted_email_setting`
    #[serde(rename = "invalid_restricted_email_setting")]
    InvalidRestrictedEmailSetting,
    /// `invalid_restricted_oauth_tenants_setting`
    #[serde(rename = "invalid_restricted_oauth_tenants_setting")]
    InvalidRestrictedOauthTenantsSetting,
    /// `invalid_restricted_sso_setting`
    #[serde(rename = "invalid_restricted_sso_setting")]
    InvalidRestrictedSsoSetting,
    /// `invalid_role`
    #[serde(rename = "invalid_role")]
    InvalidRole,
    /// `invalid_saml_metadata_url`
    #[serde(rename = "invalid_saml_metadata_url")]
    InvalidSamlMetadataUrl,
    /// `invalid_saml_response`
    #[serde(rename = "invalid_saml_response")]
    InvalidSamlResponse,
    /// `invalid_saml_response_email`
    #[serde(rename = "invalid_saml_response_email")]
    InvalidSamlResponseEmail,
    /// `invalid_saml_response_groups`
    #[serde(rename = "invalid_saml_response_groups")]
    InvalidSamlResponseGroups,
    /// `invalid_scim_idp`
    #[serde(rename = "invalid_scim_idp")]
    InvalidScimIdp,
    /// `invalid_scrypt_n_parameter`
    #[serde(rename = "invalid_scrypt_n_parameter")]
    InvalidScryptNParameter,
    /// `invalid_scrypt_parameters`
    #[serde(rename = "invalid_scrypt_parameters")]
    InvalidScryptParameters,
    /// `invalid_scrypt_salt_length`
    #[serde(rename = "invalid_scrypt_salt_length")]
    InvalidScryptSaltLength,
    /// `invalid_secret_authentication`
    #[serde(rename = "invalid_secret_authentication")]
    InvalidSecretAuthentication,
    /// `invalid_secret_id`
    #[serde(rename = "invalid_secret_id")]
    InvalidSecretId,
    /// `invalid_session_duration`
    #[serde(rename = "invalid_session_duration")]
    InvalidSessionDuration,
    /// 400: `session_duration_minutes` is outside 5..=527040.
    #[serde(rename = "invalid_session_duration_minutes")]
    InvalidSessionDurationMinutes,
    /// `invalid_session_fields`
    #[serde(rename = "invalid_session_fields")]
    InvalidSessionFields,
    /// `invalid_session_id`
    #[serde(rename = "invalid_session_id")]
    InvalidSessionId,
    /// `invalid_session_management`
    #[serde(rename = "invalid_session_management")]
    InvalidSessionManagement,
    /// `invalid_session_missing_primary_factor`
    #[serde(rename = "invalid_session_missing_primary_factor")]
    InvalidSessionMissingPrimaryFactor,
    /// 400: the session token is malformed.
    #[serde(rename = "invalid_session_token")]
    InvalidSessionToken,
    /// `invalid_session_token_docs`
    #[serde(rename = "invalid_session_token_docs")]
    InvalidSessionTokenDocs,
    /// `invalid_sha_1_hash`
    #[serde(rename = "invalid_sha_1_hash")]
    InvalidSha1Hash,
    /// `invalid_sha_512_hash`
    #[serde(rename = "invalid_sha_512_hash")]
    InvalidSha512Hash,
    /// `invalid_signature`
    #[serde(rename = "invalid_signature")]
    InvalidSignature,
    /// `invalid_signature_saml_response`
    #[serde(rename = "invalid_signature_saml_response")]
    InvalidSignatureSamlResponse,
    /// `invalid_signup_magic_link_url`
    #[serde(rename = "invalid_signup_magic_link_url")]
    InvalidSignupMagicLinkUrl,
    /// `invalid_signup_oauth_url`
    #[serde(rename = "invalid_signup_oauth_url")]
    InvalidSignupOauthUrl,
    /// `invalid_signup_redirect_url`
    #[serde(rename = "invalid_signup_redirect_url")]
    InvalidSignupRedirectUrl,
    /// `invalid_signup_sso_url`
    #[serde(rename = "invalid_signup_sso_url")]
    InvalidSignupSsoUrl,
    /// `invalid_siwe_chain_id`
    #[serde(rename = "invalid_siwe_chain_id")]
    InvalidSiweChainId,
    /// `invalid_siwe_domain`
    #[serde(rename = "invalid_siwe_domain")]
    InvalidSiweDomain,
    /// `invalid_siwe_message_request_id`
    #[serde(rename = "invalid_siwe_message_request_id")]
    InvalidSiweMessageRequestId,
    /// `invalid_siwe_resource`
    #[serde(rename = "invalid_siwe_resource")]
    InvalidSiweResource,
    /// `invalid_siwe_statement`
    #[serde(rename = "invalid_siwe_statement")]
    InvalidSiweStatement,
    /// `invalid_siwe_uri`
    #[serde(rename = "invalid_siwe_uri")]
    InvalidSiweUri,
    /// `invalid_solana_address`
    #[serde(rename = "invalid_solana_address")]
    InvalidSolanaAddress,
    /// `invalid_sso_default_connection_id`
    #[serde(rename = "invalid_sso_default_connection_id")]
    InvalidSsoDefaultConnectionId,
    /// `invalid_sso_idp`
    #[serde(rename = "invalid_sso_idp")]
    InvalidSsoIdp,
    /// `invalid_stytch_prefixed_resource`
    #[serde(rename = "invalid_stytch_prefixed_resource")]
    InvalidStytchPrefixedResource,
    /// `invalid_subject`
    #[serde(rename = "invalid_subject")]
    InvalidSubject,
    /// `invalid_template_id`
    #[serde(rename = "invalid_template_id")]
    InvalidTemplateId,
    /// `invalid_template_values`
    #[serde(rename = "invalid_template_values")]
    InvalidTemplateValues,
    /// `invalid_token`
    #[serde(rename = "invalid_token")]
    InvalidToken,
    /// `invalid_token_docs`
    #[serde(rename = "invalid_token_docs")]
    InvalidTokenDocs,
    /// `invalid_token_organization_id_claim`
    #[serde(rename = "invalid_token_organization_id_claim")]
    InvalidTokenOrganizationIdClaim,
    /// `invalid_token_url`
    #[serde(rename = "invalid_token_url")]
    InvalidTokenUrl,
    /// `invalid_totp_code`
    #[serde(rename = "invalid_totp_code")]
    InvalidTotpCode,
    /// `invalid_totp_id`
    #[serde(rename = "invalid_totp_id")]
    InvalidTotpId,
    /// `invalid_trusted_auth_token`
    #[serde(rename = "invalid_trusted_auth_token")]
    InvalidTrustedAuthToken,
    /// `invalid_url`
    #[serde(rename = "invalid_url")]
    InvalidUrl,
    /// `invalid_user_agent`
    #[serde(rename = "invalid_user_agent")]
    InvalidUserAgent,
    /// `invalid_user_id`
    #[serde(rename = "invalid_user_id")]
    InvalidUserId,
    /// `invalid_user_lock_threshold`
    #[serde(rename = "invalid_user_lock_threshold")]
    InvalidUserLockThreshold,
    /// `invalid_user_lock_ttl`
    #[serde(rename = "invalid_user_lock_ttl")]
    InvalidUserLockTtl,
    /// `invalid_userinfo_url`
    #[serde(rename = "invalid_userinfo_url")]
    InvalidUserinfoUrl,
    /// `invalid_wallet_address_user`
    #[serde(rename = "invalid_wallet_address_user")]
    InvalidWalletAddressUser,
    /// `invalid_wallet_type`
    #[serde(rename = "invalid_wallet_type")]
    InvalidWalletType,
    /// `invalid_webauthn_registration_domain`
    #[serde(rename = "invalid_webauthn_registration_domain")]
    InvalidWebauthnRegistrationDomain,
    /// `invalid_webauthn_registration_id`
    #[serde(rename = "invalid_webauthn_registration_id")]
    InvalidWebauthnRegistrationId,
    /// `invalid_wildcard_action`
    #[serde(rename = "invalid_wildcard_action")]
    InvalidWildcardAction,
    /// `invalid_x509_certificate`
    #[serde(rename = "invalid_x509_certificate")]
    InvalidX509Certificate,
    /// `invalid_xml_from_saml_metadata_url`
    #[serde(rename = "invalid_xml_from_saml_metadata_url")]
    InvalidXmlFromSamlMetadataUrl,
    /// `invalid_xml_saml_response`
    #[serde(rename = "invalid_xml_saml_response")]
    InvalidXmlSamlResponse,
    /// `jwt_invalid_audience`
    #[serde(rename = "jwt_invalid_audience")]
    JwtInvalidAudience,
    /// `jwt_invalid_claims`
    #[serde(rename = "jwt_invalid_claims")]
    JwtInvalidClaims,
    /// `jwt_invalid_issuer`
    #[serde(rename = "jwt_invalid_issuer")]
    JwtInvalidIssuer,
    /// `jwt_template_invalid_json`
    #[serde(rename = "jwt_template_invalid_json")]
    JwtTemplateInvalidJson,
    /// `jwt_template_invalid_tag`
    #[serde(rename = "jwt_template_invalid_tag")]
    JwtTemplateInvalidTag,
    /// `jwt_template_mismatched_tag`
    #[serde(rename = "jwt_template_mismatched_tag")]
    JwtTemplateMismatchedTag,
    /// `jwt_template_not_found`
    #[serde(rename = "jwt_template_not_found")]
    JwtTemplateNotFound,
    /// `live_id_used_in_test_environment`
    #[serde(rename = "live_id_used_in_test_environment")]
    LiveIdUsedInTestEnvironment,
    /// `m2m_client_already_rotating_secret`
    #[serde(rename = "m2m_client_already_rotating_secret")]
    M2mClientAlreadyRotatingSecret,
    /// `m2m_client_invalid_client_description`
    #[serde(rename = "m2m_client_invalid_client_description")]
    M2mClientInvalidClientDescription,
    /// `m2m_client_invalid_client_id`
    #[serde(rename = "m2m_client_invalid_client_id")]
    M2mClientInvalidClientId,
    /// `m2m_client_invalid_client_name`
    #[serde(rename = "m2m_client_invalid_client_name")]
    M2mClientInvalidClientName,
    /// `m2m_client_invalid_client_secret`
    #[serde(rename = "m2m_client_invalid_client_secret")]
    M2mClientInvalidClientSecret,
    /// `m2m_client_invalid_status`
    #[serde(rename = "m2m_client_invalid_status")]
    M2mClientInvalidStatus,
    /// `m2m_client_not_found`
    #[serde(rename = "m2m_client_not_found")]
    M2mClientNotFound,
    /// `m2m_client_not_rotating_secret`
    #[serde(rename = "m2m_client_not_rotating_secret")]
    M2mClientNotRotatingSecret,
    /// `m2m_search_expected_array_of_strings`
    #[serde(rename = "m2m_search_expected_array_of_strings")]
    M2mSearchExpectedArrayOfStrings,
    /// `m2m_search_filter_name_must_be_string`
    #[serde(rename = "m2m_search_filter_name_must_be_string")]
    M2mSearchFilterNameMustBeString,
    /// `m2m_search_filter_name_not_recognized`
    #[serde(rename = "m2m_search_filter_name_not_recognized")]
    M2mSearchFilterNameNotRecognized,
    /// `m2m_search_missing_filter_name`
    #[serde(rename = "m2m_search_missing_filter_name")]
    M2mSearchMissingFilterName,
    /// `m2m_search_missing_filter_value`
    #[serde(rename = "m2m_search_missing_filter_value")]
    M2mSearchMissingFilterValue,
    /// `magic_link_not_found`
    #[serde(rename = "magic_link_not_found")]
    MagicLinkNotFound,
    /// `member_cannot_update_their_email_address`
    #[serde(rename = "member_cannot_update_their_email_address")]
    MemberCannotUpdateTheirEmailAddress,
    /// `member_dashboard_search_disabled`
    #[serde(rename = "member_dashboard_search_disabled")]
    MemberDashboardSearchDisabled,
    /// `member_does_not_exist_in_organization`
    #[serde(rename = "member_does_not_exist_in_organization")]
    MemberDoesNotExistInOrganization,
    /// `member_has_no_active_verified_email`
    #[serde(rename = "member_has_no_active_verified_email")]
    MemberHasNoActiveVerifiedEmail,
    /// `member_impersonation_not_allowed`
    #[serde(rename = "member_impersonation_not_allowed")]
    MemberImpersonationNotAllowed,
    /// 404: no such member.
    #[serde(rename = "member_not_found")]
    MemberNotFound,
    /// `member_oauth_token_not_found`
    #[serde(rename = "member_oauth_token_not_found")]
    MemberOauthTokenNotFound,
    /// `member_oidc_token_not_found`
    #[serde(rename = "member_oidc_token_not_found")]
    MemberOidcTokenNotFound,
    /// `member_password_not_found`
    #[serde(rename = "member_password_not_found")]
    MemberPasswordNotFound,
    /// `member_phone_number_not_found`
    #[serde(rename = "member_phone_number_not_found")]
    MemberPhoneNumberNotFound,
    /// The member must reset their password by email first.
    #[serde(rename = "member_reset_password")]
    MemberResetPassword,
    /// `member_search_cannot_mix_internal_and_external_member_ids`
    #[serde(rename = "member_search_cannot_mix_internal_and_external_member_ids")]
    MemberSearchCannotMixInternalAndExternalMemberIds,
    /// `member_search_expected_array_of_strings`
    #[serde(rename = "member_search_expected_array_of_strings")]
    MemberSearchExpectedArrayOfStrings,
    /// `member_search_expected_boolean`
    #[serde(rename = "member_search_expected_boolean")]
    MemberSearchExpectedBoolean,
    /// `member_search_expected_string`
    #[serde(rename = "member_search_expected_string")]
    MemberSearchExpectedString,
    /// `member_search_filter_name_must_be_string`
    #[serde(rename = "member_search_filter_name_must_be_string")]
    MemberSearchFilterNameMustBeString,
    /// `member_search_filter_name_not_recognized`
    #[serde(rename = "member_search_filter_name_not_recognized")]
    MemberSearchFilterNameNotRecognized,
    /// `member_search_member_email_fuzzy_too_short`
    #[serde(rename = "member_search_member_email_fuzzy_too_short")]
    MemberSearchMemberEmailFuzzyTooShort,
    /// `member_search_member_mfa_phone_number_fuzzy_too_short`
    #[serde(rename = "member_search_member_mfa_phone_number_fuzzy_too_short")]
    MemberSearchMemberMfaPhoneNumberFuzzyTooShort,
    /// `member_search_missing_filter_name`
    #[serde(rename = "member_search_missing_filter_name")]
    MemberSearchMissingFilterName,
    /// `member_search_missing_filter_value`
    #[serde(rename = "member_search_missing_filter_value")]
    MemberSearchMissingFilterValue,
    /// `member_search_missing_is_breakglass`
    #[serde(rename = "member_search_missing_is_breakglass")]
    MemberSearchMissingIsBreakglass,
    /// `member_search_missing_member_email_fuzzy`
    #[serde(rename = "member_search_missing_member_email_fuzzy")]
    MemberSearchMissingMemberEmailFuzzy,
    /// `member_search_missing_member_emails`
    #[serde(rename = "member_search_missing_member_emails")]
    MemberSearchMissingMemberEmails,
    /// `member_search_missing_member_ids`
    #[serde(rename = "member_search_missing_member_ids")]
    MemberSearchMissingMemberIds,
    /// `member_search_missing_member_roles`
    #[serde(rename = "member_search_missing_member_roles")]
    MemberSearchMissingMemberRoles,
    /// `member_search_missing_mfa_member_phone_number_fuzzy`
    #[serde(rename = "member_search_missing_mfa_member_phone_number_fuzzy")]
    MemberSearchMissingMfaMemberPhoneNumberFuzzy,
    /// `member_search_missing_mfa_member_phone_numbers`
    #[serde(rename = "member_search_missing_mfa_member_phone_numbers")]
    MemberSearchMissingMfaMemberPhoneNumbers,
    /// `member_search_missing_oauth_providers`
    #[serde(rename = "member_search_missing_oauth_providers")]
    MemberSearchMissingOauthProviders,
    /// `member_search_missing_organization_id`
    #[serde(rename = "member_search_missing_organization_id")]
    MemberSearchMissingOrganizationId,
    /// `member_search_missing_organization_slug`
    #[serde(rename = "member_search_missing_organization_slug")]
    MemberSearchMissingOrganizationSlug,
    /// `member_search_missing_organization_slug_fuzzy`
    #[serde(rename = "member_search_missing_organization_slug_fuzzy")]
    MemberSearchMissingOrganizationSlugFuzzy,
    /// `member_search_missing_password_exists`
    #[serde(rename = "member_search_missing_password_exists")]
    MemberSearchMissingPasswordExists,
    /// `member_search_missing_status`
    #[serde(rename = "member_search_missing_status")]
    MemberSearchMissingStatus,
    /// `member_search_missing_statuses`
    #[serde(rename = "member_search_missing_statuses")]
    MemberSearchMissingStatuses,
    /// `member_search_missing_totp_exists`
    #[serde(rename = "member_search_missing_totp_exists")]
    MemberSearchMissingTotpExists,
    /// `member_search_organization_ids_empty`
    #[serde(rename = "member_search_organization_ids_empty")]
    MemberSearchOrganizationIdsEmpty,
    /// `member_search_organization_slug_fuzzy_too_short`
    #[serde(rename = "member_search_organization_slug_fuzzy_too_short")]
    MemberSearchOrganizationSlugFuzzyTooShort,
    /// `member_session_member_id_mismatch`
    #[serde(rename = "member_session_member_id_mismatch")]
    MemberSessionMemberIdMismatch,
    /// `metadata_invalid_format`
    #[serde(rename = "metadata_invalid_format")]
    MetadataInvalidFormat,
    /// `metadata_too_large`
    #[serde(rename = "metadata_too_large")]
    MetadataTooLarge,
    /// `metadata_too_many_keys`
    #[serde(rename = "metadata_too_many_keys")]
    MetadataTooManyKeys,
    /// `method_not_allowed`
    #[serde(rename = "method_not_allowed")]
    MethodNotAllowed,
    /// `migrate_from_external_email_does_not_exist`
    #[serde(rename = "migrate_from_external_email_does_not_exist")]
    MigrateFromExternalEmailDoesNotExist,
    /// `migrate_from_external_missing_userinfo`
    #[serde(rename = "migrate_from_external_missing_userinfo")]
    MigrateFromExternalMissingUserinfo,
    /// `migrate_from_external_unexpected_response`
    #[serde(rename = "migrate_from_external_unexpected_response")]
    MigrateFromExternalUnexpectedResponse,
    /// `missing_apple_app_id`
    #[serde(rename = "missing_apple_app_id")]
    MissingAppleAppId,
    /// `missing_oauth_organization_locator`
    #[serde(rename = "missing_oauth_organization_locator")]
    MissingOauthOrganizationLocator,
    /// `missing_oauth_refresh_token`
    #[serde(rename = "missing_oauth_refresh_token")]
    MissingOauthRefreshToken,
    /// `missing_oidc_csrf_cookie`
    #[serde(rename = "missing_oidc_csrf_cookie")]
    MissingOidcCsrfCookie,
    /// `missing_oidc_refresh_token`
    #[serde(rename = "missing_oidc_refresh_token")]
    MissingOidcRefreshToken,
    /// `missing_oidc_state_param`
    #[serde(rename = "missing_oidc_state_param")]
    MissingOidcStateParam,
    /// `missing_saml_csrf_cookie`
    #[serde(rename = "missing_saml_csrf_cookie")]
    MissingSamlCsrfCookie,
    /// `missing_saml_relay_state`
    #[serde(rename = "missing_saml_relay_state")]
    MissingSamlRelayState,
    /// `missing_saml_response`
    #[serde(rename = "missing_saml_response")]
    MissingSamlResponse,
    /// `missing_signature_saml_response`
    #[serde(rename = "missing_signature_saml_response")]
    MissingSignatureSamlResponse,
    /// `missing_sms_parameter`
    #[serde(rename = "missing_sms_parameter")]
    MissingSmsParameter,
    /// `missing_sso_connection_locator`
    #[serde(rename = "missing_sso_connection_locator")]
    MissingSsoConnectionLocator,
    /// `must_have_jwks_url_for_trusted_token_profile_with_type_jwk`
    #[serde(rename = "must_have_jwks_url_for_trusted_token_profile_with_type_jwk")]
    MustHaveJwksUrlForTrustedTokenProfileWithTypeJwk,
    /// `must_have_pem_files_for_trusted_token_profile_with_type_pem`
    #[serde(rename = "must_have_pem_files_for_trusted_token_profile_with_type_pem")]
    MustHavePemFilesForTrustedTokenProfileWithTypePem,
    /// `no_active_biometric_registrations`
    #[serde(rename = "no_active_biometric_registrations")]
    NoActiveBiometricRegistrations,
    /// `no_active_recovery_code_backed_factor`
    #[serde(rename = "no_active_recovery_code_backed_factor")]
    NoActiveRecoveryCodeBackedFactor,
    /// `no_active_scim_connection`
    #[serde(rename = "no_active_scim_connection")]
    NoActiveScimConnection,
    /// `no_active_webauthn_registrations`
    #[serde(rename = "no_active_webauthn_registrations")]
    NoActiveWebauthnRegistrations,
    /// `no_associated_session_passed_in`
    #[serde(rename = "no_associated_session_passed_in")]
    NoAssociatedSessionPassedIn,
    /// `no_captcha_provider_configured`
    #[serde(rename = "no_captcha_provider_configured")]
    NoCaptchaProviderConfigured,
    /// `no_default_discovery_redirect_url_set`
    #[serde(rename = "no_default_discovery_redirect_url_set")]
    NoDefaultDiscoveryRedirectUrlSet,
    /// `no_default_invite_redirect_url_set`
    #[serde(rename = "no_default_invite_redirect_url_set")]
    NoDefaultInviteRedirectUrlSet,
    /// `no_default_login_redirect_url_set`
    #[serde(rename = "no_default_login_redirect_url_set")]
    NoDefaultLoginRedirectUrlSet,
    /// `no_default_signup_redirect_url_set`
    #[serde(rename = "no_default_signup_redirect_url_set")]
    NoDefaultSignupRedirectUrlSet,
    /// `no_deleted_member_found_for_reactivation`
    #[serde(rename = "no_deleted_member_found_for_reactivation")]
    NoDeletedMemberFoundForReactivation,
    /// `no_discovery_redirect_url`
    #[serde(rename = "no_discovery_redirect_url")]
    NoDiscoveryRedirectUrl,
    /// `no_discovery_redirect_urls_set`
    #[serde(rename = "no_discovery_redirect_urls_set")]
    NoDiscoveryRedirectUrlsSet,
    /// `no_invite_redirect_url`
    #[serde(rename = "no_invite_redirect_url")]
    NoInviteRedirectUrl,
    /// `no_invite_redirect_urls_set`
    #[serde(rename = "no_invite_redirect_urls_set")]
    NoInviteRedirectUrlsSet,
    /// `no_login_redirect_url`
    #[serde(rename = "no_login_redirect_url")]
    NoLoginRedirectUrl,
    /// `no_login_redirect_urls_set`
    #[serde(rename = "no_login_redirect_urls_set")]
    NoLoginRedirectUrlsSet,
    /// `no_match_for_provided_magic_link_url`
    #[serde(rename = "no_match_for_provided_magic_link_url")]
    NoMatchForProvidedMagicLinkUrl,
    /// `no_match_for_provided_oauth_url`
    #[serde(rename = "no_match_for_provided_oauth_url")]
    NoMatchForProvidedOauthUrl,
    /// `no_match_for_provided_sso_url`
    #[serde(rename = "no_match_for_provided_sso_url")]
    NoMatchForProvidedSsoUrl,
    /// `no_oauth_authorize_member_selector`
    #[serde(rename = "no_oauth_authorize_member_selector")]
    NoOauthAuthorizeMemberSelector,
    /// `no_oauth_authorize_user_selector`
    #[serde(rename = "no_oauth_authorize_user_selector")]
    NoOauthAuthorizeUserSelector,
    /// `no_password_reset_redirect_url`
    #[serde(rename = "no_password_reset_redirect_url")]
    NoPasswordResetRedirectUrl,
    /// `no_pending_webauthn_registration`
    #[serde(rename = "no_pending_webauthn_registration")]
    NoPendingWebauthnRegistration,
    /// 400: neither a session token nor a JWT was given.
    #[serde(rename = "no_session_arguments")]
    NoSessionArguments,
    /// `no_session_revoke_arguments`
    #[serde(rename = "no_session_revoke_arguments")]
    NoSessionRevokeArguments,
    /// `no_signup_redirect_url`
    #[serde(rename = "no_signup_redirect_url")]
    NoSignupRedirectUrl,
    /// `no_signup_redirect_urls_set`
    #[serde(rename = "no_signup_redirect_urls_set")]
    NoSignupRedirectUrlsSet,
    /// `no_sso_connection_exists_for_organization`
    #[serde(rename = "no_sso_connection_exists_for_organization")]
    NoSsoConnectionExistsForOrganization,
    /// `no_user_password`
    #[serde(rename = "no_user_password")]
    NoUserPassword,
    /// `no_user_selection_arguments`
    #[serde(rename = "no_user_selection_arguments")]
    NoUserSelectionArguments,
    /// `no_wildcards_in_live_redirect_url`
    #[serde(rename = "no_wildcards_in_live_redirect_url")]
    NoWildcardsInLiveRedirectUrl,
    /// `not_yet_valid_saml_response`
    #[serde(rename = "not_yet_valid_saml_response")]
    NotYetValidSamlResponse,
    /// `oauth_access_token_exchange_missing_full_access`
    #[serde(rename = "oauth_access_token_exchange_missing_full_access")]
    OauthAccessTokenExchangeMissingFullAccess,
    /// `oauth_access_token_exchange_token_invalid_grant`
    #[serde(rename = "oauth_access_token_exchange_token_invalid_grant")]
    OauthAccessTokenExchangeTokenInvalidGrant,
    /// `oauth_access_token_exchange_token_too_old`
    #[serde(rename = "oauth_access_token_exchange_token_too_old")]
    OauthAccessTokenExchangeTokenTooOld,
    /// `oauth_app_not_authorized`
    #[serde(rename = "oauth_app_not_authorized")]
    OauthAppNotAuthorized,
    /// `oauth_auth_code_error`
    #[serde(rename = "oauth_auth_code_error")]
    OauthAuthCodeError,
    /// `oauth_config_not_found`
    #[serde(rename = "oauth_config_not_found")]
    OauthConfigNotFound,
    /// `oauth_creating_redirect_url_error`
    #[serde(rename = "oauth_creating_redirect_url_error")]
    OauthCreatingRedirectUrlError,
    /// `oauth_discovery_flow_callback_error`
    #[serde(rename = "oauth_discovery_flow_callback_error")]
    OauthDiscoveryFlowCallbackError,
    /// `oauth_flow_callback_error`
    #[serde(rename = "oauth_flow_callback_error")]
    OauthFlowCallbackError,
    /// `oauth_invalid_callback_request`
    #[serde(rename = "oauth_invalid_callback_request")]
    OauthInvalidCallbackRequest,
    /// `oauth_invalid_scope_requested`
    #[serde(rename = "oauth_invalid_scope_requested")]
    OauthInvalidScopeRequested,
    /// `oauth_invalid_state`
    #[serde(rename = "oauth_invalid_state")]
    OauthInvalidState,
    /// `oauth_non_discovery_flow_callback_error`
    #[serde(rename = "oauth_non_discovery_flow_callback_error")]
    OauthNonDiscoveryFlowCallbackError,
    /// `oauth_state_mismatch`
    #[serde(rename = "oauth_state_mismatch")]
    OauthStateMismatch,
    /// `oauth_state_used`
    #[serde(rename = "oauth_state_used")]
    OauthStateUsed,
    /// `oauth_tenant_jit_provisioning_not_allowed`
    #[serde(rename = "oauth_tenant_jit_provisioning_not_allowed")]
    OauthTenantJitProvisioningNotAllowed,
    /// `oauth_token_exchange_google_missing_information`
    #[serde(rename = "oauth_token_exchange_google_missing_information")]
    OauthTokenExchangeGoogleMissingInformation,
    /// `oauth_token_exchange_invalid_client`
    #[serde(rename = "oauth_token_exchange_invalid_client")]
    OauthTokenExchangeInvalidClient,
    /// `oauth_token_exchange_invalid_request`
    #[serde(rename = "oauth_token_exchange_invalid_request")]
    OauthTokenExchangeInvalidRequest,
    /// `oauth_token_exchange_invalid_scope`
    #[serde(rename = "oauth_token_exchange_invalid_scope")]
    OauthTokenExchangeInvalidScope,
    /// `oauth_token_exchange_microsoft_expired_secret`
    #[serde(rename = "oauth_token_exchange_microsoft_expired_secret")]
    OauthTokenExchangeMicrosoftExpiredSecret,
    /// `oauth_token_exchange_microsoft_invalid_secret`
    #[serde(rename = "oauth_token_exchange_microsoft_invalid_secret")]
    OauthTokenExchangeMicrosoftInvalidSecret,
    /// `oauth_token_exchange_unauthorized_client`
    #[serde(rename = "oauth_token_exchange_unauthorized_client")]
    OauthTokenExchangeUnauthorizedClient,
    /// `oauth_token_not_found`
    #[serde(rename = "oauth_token_not_found")]
    OauthTokenNotFound,
    /// `oauth_unverified_email`
    #[serde(rename = "oauth_unverified_email")]
    OauthUnverifiedEmail,
    /// `oauth_user_registration_not_found`
    #[serde(rename = "oauth_user_registration_not_found")]
    OauthUserRegistrationNotFound,
    /// `oidc_auth_code_error`
    #[serde(rename = "oidc_auth_code_error")]
    OidcAuthCodeError,
    /// `oidc_connection_authorization_url_invalid_format`
    #[serde(rename = "oidc_connection_authorization_url_invalid_format")]
    OidcConnectionAuthorizationUrlInvalidFormat,
    /// `oidc_connection_authorization_url_required`
    #[serde(rename = "oidc_connection_authorization_url_required")]
    OidcConnectionAuthorizationUrlRequired,
    /// `oidc_connection_client_id_required`
    #[serde(rename = "oidc_connection_client_id_required")]
    OidcConnectionClientIdRequired,
    /// `oidc_connection_client_secret_required`
    #[serde(rename = "oidc_connection_client_secret_required")]
    OidcConnectionClientSecretRequired,
    /// `oidc_connection_issuer_required`
    #[serde(rename = "oidc_connection_issuer_required")]
    OidcConnectionIssuerRequired,
    /// `oidc_connection_issuer_url_invalid_format`
    #[serde(rename = "oidc_connection_issuer_url_invalid_format")]
    OidcConnectionIssuerUrlInvalidFormat,
    /// `oidc_connection_jwks_url_invalid_format`
    #[serde(rename = "oidc_connection_jwks_url_invalid_format")]
    OidcConnectionJwksUrlInvalidFormat,
    /// `oidc_connection_jwks_url_required`
    #[serde(rename = "oidc_connection_jwks_url_required")]
    OidcConnectionJwksUrlRequired,
    /// `oidc_connection_not_found`
    #[serde(rename = "oidc_connection_not_found")]
    OidcConnectionNotFound,
    /// `oidc_connection_token_url_invalid_format`
    #[serde(rename = "oidc_connection_token_url_invalid_format")]
    OidcConnectionTokenUrlInvalidFormat,
    /// `oidc_connection_token_url_required`
    #[serde(rename = "oidc_connection_token_url_required")]
    OidcConnectionTokenUrlRequired,
    /// `oidc_connection_userinfo_url_invalid_format`
    #[serde(rename = "oidc_connection_userinfo_url_invalid_format")]
    OidcConnectionUserinfoUrlInvalidFormat,
    /// `oidc_csrf_cookie_mismatch`
    #[serde(rename = "oidc_csrf_cookie_mismatch")]
    OidcCsrfCookieMismatch,
    /// `oidc_invalid_callback_request`
    #[serde(rename = "oidc_invalid_callback_request")]
    OidcInvalidCallbackRequest,
    /// `oidc_invalid_id_token`
    #[serde(rename = "oidc_invalid_id_token")]
    OidcInvalidIdToken,
    /// `oidc_invalid_userinfo`
    #[serde(rename = "oidc_invalid_userinfo")]
    OidcInvalidUserinfo,
    /// `oidc_prompt_none_must_be_exclusive`
    #[serde(rename = "oidc_prompt_none_must_be_exclusive")]
    OidcPromptNoneMustBeExclusive,
    /// `oidc_response_email_missing`
    #[serde(rename = "oidc_response_email_missing")]
    OidcResponseEmailMissing,
    /// `oidc_response_name_missing`
    #[serde(rename = "oidc_response_name_missing")]
    OidcResponseNameMissing,
    /// `oidc_response_subject_mismatch`
    #[serde(rename = "oidc_response_subject_mismatch")]
    OidcResponseSubjectMismatch,
    /// `oidc_response_subject_missing`
    #[serde(rename = "oidc_response_subject_missing")]
    OidcResponseSubjectMissing,
    /// `oidc_response_unverified_email`
    #[serde(rename = "oidc_response_unverified_email")]
    OidcResponseUnverifiedEmail,
    /// `oidc_user_not_assigned_to_app_in_idp`
    #[serde(rename = "oidc_user_not_assigned_to_app_in_idp")]
    OidcUserNotAssignedToAppInIdp,
    /// `operation_restricted_by_organization_auth_methods`
    #[serde(rename = "operation_restricted_by_organization_auth_methods")]
    OperationRestrictedByOrganizationAuthMethods,
    /// `operation_restricted_by_organization_mfa_methods`
    #[serde(rename = "operation_restricted_by_organization_mfa_methods")]
    OperationRestrictedByOrganizationMfaMethods,
    /// `organization_external_id_already_used`
    #[serde(rename = "organization_external_id_already_used")]
    OrganizationExternalIdAlreadyUsed,
    /// `organization_logo_url_too_long`
    #[serde(rename = "organization_logo_url_too_long")]
    OrganizationLogoUrlTooLong,
    /// `organization_name_includes_banned_words`
    #[serde(rename = "organization_name_includes_banned_words")]
    OrganizationNameIncludesBannedWords,
    /// `organization_name_missing`
    #[serde(rename = "organization_name_missing")]
    OrganizationNameMissing,
    /// 404: no organization has that id, slug or external id.
    #[serde(rename = "organization_not_found")]
    OrganizationNotFound,
    /// `organization_search_allowed_domain_fuzzy_too_short`
    #[serde(rename = "organization_search_allowed_domain_fuzzy_too_short")]
    OrganizationSearchAllowedDomainFuzzyTooShort,
    /// `organization_search_expected_array_of_strings`
    #[serde(rename = "organization_search_expected_array_of_strings")]
    OrganizationSearchExpectedArrayOfStrings,
    /// `organization_search_expected_boolean`
    #[serde(rename = "organization_search_expected_boolean")]
    OrganizationSearchExpectedBoolean,
    /// `organization_search_expected_string`
    #[serde(rename = "organization_search_expected_string")]
    OrganizationSearchExpectedString,
    /// `organization_search_filter_name_must_be_string`
    #[serde(rename = "organization_search_filter_name_must_be_string")]
    OrganizationSearchFilterNameMustBeString,
    /// `organization_search_filter_name_not_recognized`
    #[serde(rename = "organization_search_filter_name_not_recognized")]
    OrganizationSearchFilterNameNotRecognized,
    /// `organization_search_member_email_fuzzy_too_short`
    #[serde(rename = "organization_search_member_email_fuzzy_too_short")]
    OrganizationSearchMemberEmailFuzzyTooShort,
    /// `organization_search_missing_allowed_domain_fuzzy`
    #[serde(rename = "organization_search_missing_allowed_domain_fuzzy")]
    OrganizationSearchMissingAllowedDomainFuzzy,
    /// `organization_search_missing_allowed_domains`
    #[serde(rename = "organization_search_missing_allowed_domains")]
    OrganizationSearchMissingAllowedDomains,
    /// `organization_search_missing_claimed_email_domains`
    #[serde(rename = "organization_search_missing_claimed_email_domains")]
    OrganizationSearchMissingClaimedEmailDomains,
    /// `organization_search_missing_filter_name`
    #[serde(rename = "organization_search_missing_filter_name")]
    OrganizationSearchMissingFilterName,
    /// `organization_search_missing_filter_value`
    #[serde(rename = "organization_search_missing_filter_value")]
    OrganizationSearchMissingFilterValue,
    /// `organization_search_missing_has_active_sso_connection`
    #[serde(rename = "organization_search_missing_has_active_sso_connection")]
    OrganizationSearchMissingHasActiveSsoConnection,
    /// `organization_search_missing_member_email_fuzzy`
    #[serde(rename = "organization_search_missing_member_email_fuzzy")]
    OrganizationSearchMissingMemberEmailFuzzy,
    /// `organization_search_missing_member_emails`
    #[serde(rename = "organization_search_missing_member_emails")]
    OrganizationSearchMissingMemberEmails,
    /// `organization_search_missing_organization_ids`
    #[serde(rename = "organization_search_missing_organization_ids")]
    OrganizationSearchMissingOrganizationIds,
    /// `organization_search_missing_organization_name_fuzzy`
    #[serde(rename = "organization_search_missing_organization_name_fuzzy")]
    OrganizationSearchMissingOrganizationNameFuzzy,
    /// `organization_search_missing_organization_slug_fuzzy`
    #[serde(rename = "organization_search_missing_organization_slug_fuzzy")]
    OrganizationSearchMissingOrganizationSlugFuzzy,
    /// `organization_search_missing_organization_slugs`
    #[serde(rename = "organization_search_missing_organization_slugs")]
    OrganizationSearchMissingOrganizationSlugs,
    /// `organization_search_missing_sso_connection_id`
    #[serde(rename = "organization_search_missing_sso_connection_id")]
    OrganizationSearchMissingSsoConnectionId,
    /// `organization_search_organization_name_fuzzy_too_short`
    #[serde(rename = "organization_search_organization_name_fuzzy_too_short")]
    OrganizationSearchOrganizationNameFuzzyTooShort,
    /// `organization_search_organization_slug_fuzzy_too_short`
    #[serde(rename = "organization_search_organization_slug_fuzzy_too_short")]
    OrganizationSearchOrganizationSlugFuzzyTooShort,
    /// `organization_settings_claimed_domain_too_common`
    #[serde(rename = "organization_settings_claimed_domain_too_common")]
    OrganizationSettingsClaimedDomainTooCommon,
    /// `organization_settings_disposable_domain`
    #[serde(rename = "organization_settings_disposable_domain")]
    OrganizationSettingsDisposableDomain,
    /// `organization_settings_domain_too_common`
    #[serde(rename = "organization_settings_domain_too_common")]
    OrganizationSettingsDomainTooCommon,
    /// `organization_settings_duplicate_claimed_domain`
    #[serde(rename = "organization_settings_duplicate_claimed_domain")]
    OrganizationSettingsDuplicateClaimedDomain,
    /// `organization_settings_duplicate_domain`
    #[serde(rename = "organization_settings_duplicate_domain")]
    OrganizationSettingsDuplicateDomain,
    /// `organization_settings_invalid_claimed_domain`
    #[serde(rename = "organization_settings_invalid_claimed_domain")]
    OrganizationSettingsInvalidClaimedDomain,
    /// `organization_settings_invalid_domain`
    #[serde(rename = "organization_settings_invalid_domain")]
    OrganizationSettingsInvalidDomain,
    /// `organization_slug_already_used`
    #[serde(rename = "organization_slug_already_used")]
    OrganizationSlugAlreadyUsed,
    /// `organization_suspended`
    #[serde(rename = "organization_suspended")]
    OrganizationSuspended,
    /// `organization_user_not_found`
    #[serde(rename = "organization_user_not_found")]
    OrganizationUserNotFound,
    /// `otp_code_not_found`
    #[serde(rename = "otp_code_not_found")]
    OtpCodeNotFound,
    /// `password_already_exists`
    #[serde(rename = "password_already_exists")]
    PasswordAlreadyExists,
    /// `password_does_not_match`
    #[serde(rename = "password_does_not_match")]
    PasswordDoesNotMatch,
    /// `password_not_found`
    #[serde(rename = "password_not_found")]
    PasswordNotFound,
    /// `password_validation_timeout`
    #[serde(rename = "password_validation_timeout")]
    PasswordValidationTimeout,
    /// `passwords_incompatible_with_sdk_config`
    #[serde(rename = "passwords_incompatible_with_sdk_config")]
    PasswordsIncompatibleWithSdkConfig,
    /// `pbkdf_2_key_length_mismatch`
    #[serde(rename = "pbkdf_2_key_length_mismatch")]
    Pbkdf2KeyLengthMismatch,
    /// `pending_totp_exists`
    #[serde(rename = "pending_totp_exists")]
    PendingTotpExists,
    /// `phone_number_not_found`
    #[serde(rename = "phone_number_not_found")]
    PhoneNumberNotFound,
    /// `pkce_did_not_expect_code_verifier`
    #[serde(rename = "pkce_did_not_expect_code_verifier")]
    PkceDidNotExpectCodeVerifier,
    /// `pkce_expected_code_verifier`
    #[serde(rename = "pkce_expected_code_verifier")]
    PkceExpectedCodeVerifier,
    /// `pkce_mismatch`
    #[serde(rename = "pkce_mismatch")]
    PkceMismatch,
    /// `pkce_required_for_idp_authorization_flow`
    #[serde(rename = "pkce_required_for_idp_authorization_flow")]
    PkceRequiredForIdpAuthorizationFlow,
    /// `pkce_required_for_native_callback`
    #[serde(rename = "pkce_required_for_native_callback")]
    PkceRequiredForNativeCallback,
    /// `private_key_too_long`
    #[serde(rename = "private_key_too_long")]
    PrivateKeyTooLong,
    /// `project_has_no_public_tokens`
    #[serde(rename = "project_has_no_public_tokens")]
    ProjectHasNoPublicTokens,
    /// `project_not_found`
    #[serde(rename = "project_not_found")]
    ProjectNotFound,
    /// `project_user_not_found`
    #[serde(rename = "project_user_not_found")]
    ProjectUserNotFound,
    /// `public_connected_apps_do_not_have_secrets`
    #[serde(rename = "public_connected_apps_do_not_have_secrets")]
    PublicConnectedAppsDoNotHaveSecrets,
    /// `public_key_missing`
    #[serde(rename = "public_key_missing")]
    PublicKeyMissing,
    /// `public_token_not_found`
    #[serde(rename = "public_token_not_found")]
    PublicTokenNotFound,
    /// `public_token_required`
    #[serde(rename = "public_token_required")]
    PublicTokenRequired,
    /// `query_params_do_not_match`
    #[serde(rename = "query_params_do_not_match")]
    QueryParamsDoNotMatch,
    /// `rbac_action_duplicate`
    #[serde(rename = "rbac_action_duplicate")]
    RbacActionDuplicate,
    /// `rbac_action_too_long`
    #[serde(rename = "rbac_action_too_long")]
    RbacActionTooLong,
    /// `rbac_cannot_delete_attribute_used_in_org_policy`
    #[serde(rename = "rbac_cannot_delete_attribute_used_in_org_policy")]
    RbacCannotDeleteAttributeUsedInOrgPolicy,
    /// `rbac_description_too_long`
    #[serde(rename = "rbac_description_too_long")]
    RbacDescriptionTooLong,
    /// `rbac_domain_too_common`
    #[serde(rename = "rbac_domain_too_common")]
    RbacDomainTooCommon,
    /// `rbac_invalid_domain`
    #[serde(rename = "rbac_invalid_domain")]
    RbacInvalidDomain,
    /// `rbac_org_custom_roles_only`
    #[serde(rename = "rbac_org_custom_roles_only")]
    RbacOrgCustomRolesOnly,
    /// `rbac_permission_missing_actions`
    #[serde(rename = "rbac_permission_missing_actions")]
    RbacPermissionMissingActions,
    /// `rbac_reserved_scope`
    #[serde(rename = "rbac_reserved_scope")]
    RbacReservedScope,
    /// `rbac_resource_duplicate`
    #[serde(rename = "rbac_resource_duplicate")]
    RbacResourceDuplicate,
    /// `rbac_resource_id_too_long`
    #[serde(rename = "rbac_resource_id_too_long")]
    RbacResourceIdTooLong,
    /// `rbac_resource_missing_actions`
    #[serde(rename = "rbac_resource_missing_actions")]
    RbacResourceMissingActions,
    /// `rbac_role_duplicate`
    #[serde(rename = "rbac_role_duplicate")]
    RbacRoleDuplicate,
    /// `rbac_role_id_too_long`
    #[serde(rename = "rbac_role_id_too_long")]
    RbacRoleIdTooLong,
    /// `rbac_role_missing_permissions`
    #[serde(rename = "rbac_role_missing_permissions")]
    RbacRoleMissingPermissions,
    /// `rbac_scope_duplicate`
    #[serde(rename = "rbac_scope_duplicate")]
    RbacScopeDuplicate,
    /// `rbac_scope_missing_permissions`
    #[serde(rename = "rbac_scope_missing_permissions")]
    RbacScopeMissingPermissions,
    /// `rbac_scope_too_long`
    #[serde(rename = "rbac_scope_too_long")]
    RbacScopeTooLong,
    /// `reactivation_email_belongs_to_another_member`
    #[serde(rename = "reactivation_email_belongs_to_another_member")]
    ReactivationEmailBelongsToAnotherMember,
    /// `recovery_code_used_as_totp_code`
    #[serde(rename = "recovery_code_used_as_totp_code")]
    RecoveryCodeUsedAsTotpCode,
    /// `recovery_codes_already_exist`
    #[serde(rename = "recovery_codes_already_exist")]
    RecoveryCodesAlreadyExist,
    /// `recovery_codes_not_found`
    #[serde(rename = "recovery_codes_not_found")]
    RecoveryCodesNotFound,
    /// `redirect_url_cannot_use_protocol`
    #[serde(rename = "redirect_url_cannot_use_protocol")]
    RedirectUrlCannotUseProtocol,
    /// `redirect_url_must_use_https`
    #[serde(rename = "redirect_url_must_use_https")]
    RedirectUrlMustUseHttps,
    /// `redirect_url_not_found`
    #[serde(rename = "redirect_url_not_found")]
    RedirectUrlNotFound,
    /// `redirect_url_with_query_param_placeholder_cannot_be_default`
    #[serde(rename = "redirect_url_with_query_param_placeholder_cannot_be_default")]
    RedirectUrlWithQueryParamPlaceholderCannotBeDefault,
    /// `redirect_url_with_wildcard_cannot_be_default`
    #[serde(rename = "redirect_url_with_wildcard_cannot_be_default")]
    RedirectUrlWithWildcardCannotBeDefault,
    /// `required_custom_email_domain`
    #[serde(rename = "required_custom_email_domain")]
    RequiredCustomEmailDomain,
    /// `requires_active_sso_connection`
    #[serde(rename = "requires_active_sso_connection")]
    RequiresActiveSsoConnection,
    /// 400: `session_custom_claims` uses a reserved claim (`iss`, `sub`, `aud`, `exp`, `nbf`,
    /// `iat`, `jti`).
    #[serde(rename = "reserved_claims_in_custom_claims")]
    ReservedClaimsInCustomClaims,
    /// The user must reset their password by email first.
    #[serde(rename = "reset_password")]
    ResetPassword,
    /// `retired_email_missing_email_identifiers`
    #[serde(rename = "retired_email_missing_email_identifiers")]
    RetiredEmailMissingEmailIdentifiers,
    /// `retired_member_email`
    #[serde(rename = "retired_member_email")]
    RetiredMemberEmail,
    /// `route_not_found`
    #[serde(rename = "route_not_found")]
    RouteNotFound,
    /// `route_not_supported_in_test`
    #[serde(rename = "route_not_supported_in_test")]
    RouteNotSupportedInTest,
    /// `saml_certificate_mismatch`
    #[serde(rename = "saml_certificate_mismatch")]
    SamlCertificateMismatch,
    /// `saml_connection_attribute_mapping_missing_groups_key`
    #[serde(rename = "saml_connection_attribute_mapping_missing_groups_key")]
    SamlConnectionAttributeMappingMissingGroupsKey,
    /// `saml_connection_attribute_mapping_required`
    #[serde(rename = "saml_connection_attribute_mapping_required")]
    SamlConnectionAttributeMappingRequired,
    /// `saml_connection_email_mapping_required`
    #[serde(rename = "saml_connection_email_mapping_required")]
    SamlConnectionEmailMappingRequired,
    /// `saml_connection_idp_sso_url_invalid_format`
    #[serde(rename = "saml_connection_idp_sso_url_invalid_format")]
    SamlConnectionIdpSsoUrlInvalidFormat,
    /// `saml_connection_idp_sso_url_not_https`
    #[serde(rename = "saml_connection_idp_sso_url_not_https")]
    SamlConnectionIdpSsoUrlNotHttps,
    /// `saml_connection_idp_sso_url_required`
    #[serde(rename = "saml_connection_idp_sso_url_required")]
    SamlConnectionIdpSsoUrlRequired,
    /// `saml_connection_metadata_invalid_format`
    #[serde(rename = "saml_connection_metadata_invalid_format")]
    SamlConnectionMetadataInvalidFormat,
    /// `saml_connection_name_mapping_required`
    #[serde(rename = "saml_connection_name_mapping_required")]
    SamlConnectionNameMappingRequired,
    /// `saml_connection_no_nested_keys_in_attribute_mapping`
    #[serde(rename = "saml_connection_no_nested_keys_in_attribute_mapping")]
    SamlConnectionNoNestedKeysInAttributeMapping,
    /// `saml_connection_not_found`
    #[serde(rename = "saml_connection_not_found")]
    SamlConnectionNotFound,
    /// `saml_csrf_cookie_mismatch`
    #[serde(rename = "saml_csrf_cookie_mismatch")]
    SamlCsrfCookieMismatch,
    /// `saml_group_role_assignment_does_not_contain_member_group`
    #[serde(rename = "saml_group_role_assignment_does_not_contain_member_group")]
    SamlGroupRoleAssignmentDoesNotContainMemberGroup,
    /// `saml_idp_initiated_auth_disabled`
    #[serde(rename = "saml_idp_initiated_auth_disabled")]
    SamlIdpInitiatedAuthDisabled,
    /// `saml_signing_private_key_format_not_supported`
    #[serde(rename = "saml_signing_private_key_format_not_supported")]
    SamlSigningPrivateKeyFormatNotSupported,
    /// `saml_signing_private_key_invalid`
    #[serde(rename = "saml_signing_private_key_invalid")]
    SamlSigningPrivateKeyInvalid,
    /// `scim_connection_not_rotating_token`
    #[serde(rename = "scim_connection_not_rotating_token")]
    ScimConnectionNotRotatingToken,
    /// `scim_group_role_assignment_does_not_contain_group_id`
    #[serde(rename = "scim_group_role_assignment_does_not_contain_group_id")]
    ScimGroupRoleAssignmentDoesNotContainGroupId,
    /// `scim_group_role_assignment_group_does_not_exist`
    #[serde(rename = "scim_group_role_assignment_group_does_not_exist")]
    ScimGroupRoleAssignmentGroupDoesNotExist,
    /// `scrypt_key_length_mismatch`
    #[serde(rename = "scrypt_key_length_mismatch")]
    ScryptKeyLengthMismatch,
    /// `search_invalid_status_filter`
    #[serde(rename = "search_invalid_status_filter")]
    SearchInvalidStatusFilter,
    /// `search_timeout`
    #[serde(rename = "search_timeout")]
    SearchTimeout,
    /// `secondary_factor_not_found`
    #[serde(rename = "secondary_factor_not_found")]
    SecondaryFactorNotFound,
    /// `secret_not_found`
    #[serde(rename = "secret_not_found")]
    SecretNotFound,
    /// 503: Stytch is unavailable; retrying is safe.
    #[serde(rename = "server_unavailable")]
    ServerUnavailable,
    /// `session_authorization_error`
    #[serde(rename = "session_authorization_error")]
    SessionAuthorizationError,
    /// `session_authorization_tenancy_error`
    #[serde(rename = "session_authorization_tenancy_error")]
    SessionAuthorizationTenancyError,
    /// `session_enforced_factor_matching_session_required`
    #[serde(rename = "session_enforced_factor_matching_session_required")]
    SessionEnforcedFactorMatchingSessionRequired,
    /// `session_must_have_at_least_one_active_factor`
    #[serde(rename = "session_must_have_at_least_one_active_factor")]
    SessionMustHaveAtLeastOneActiveFactor,
    /// 404: the session token or JWT names no live session.
    #[serde(rename = "session_not_found")]
    SessionNotFound,
    /// `session_not_mutable`
    #[serde(rename = "session_not_mutable")]
    SessionNotMutable,
    /// `session_on_code_does_not_match_session_passed_in`
    #[serde(rename = "session_on_code_does_not_match_session_passed_in")]
    SessionOnCodeDoesNotMatchSessionPassedIn,
    /// 400: no factor of the session was authenticated in the last five minutes.
    #[serde(rename = "session_too_old_to_reset_password")]
    SessionTooOldToResetPassword,
    /// `signature_is_incorrect_size`
    #[serde(rename = "signature_is_incorrect_size")]
    SignatureIsIncorrectSize,
    /// `signature_missing`
    #[serde(rename = "signature_missing")]
    SignatureMissing,
    /// `siwe_message_expired`
    #[serde(rename = "siwe_message_expired")]
    SiweMessageExpired,
    /// `siwe_message_not_valid_yet`
    #[serde(rename = "siwe_message_not_valid_yet")]
    SiweMessageNotValidYet,
    /// `sms_template_not_found`
    #[serde(rename = "sms_template_not_found")]
    SmsTemplateNotFound,
    /// `sso_connection_custom_domain_mismatch`
    #[serde(rename = "sso_connection_custom_domain_mismatch")]
    SsoConnectionCustomDomainMismatch,
    /// `sso_connection_not_found`
    #[serde(rename = "sso_connection_not_found")]
    SsoConnectionNotFound,
    /// `sso_connection_organization_mismatch`
    #[serde(rename = "sso_connection_organization_mismatch")]
    SsoConnectionOrganizationMismatch,
    /// `sso_discovery_incompatible_with_sdk_config`
    #[serde(rename = "sso_discovery_incompatible_with_sdk_config")]
    SsoDiscoveryIncompatibleWithSdkConfig,
    /// `sso_encryption_private_key_not_found`
    #[serde(rename = "sso_encryption_private_key_not_found")]
    SsoEncryptionPrivateKeyNotFound,
    /// `sso_multiple_connections_found`
    #[serde(rename = "sso_multiple_connections_found")]
    SsoMultipleConnectionsFound,
    /// `sso_token_not_found`
    #[serde(rename = "sso_token_not_found")]
    SsoTokenNotFound,
    /// `sso_verification_key_not_found`
    #[serde(rename = "sso_verification_key_not_found")]
    SsoVerificationKeyNotFound,
    /// `stale_factors`
    #[serde(rename = "stale_factors")]
    StaleFactors,
    /// 400: `session_custom_claims` uses a key under `https://stytch.com/`, Stytch's own.
    #[serde(rename = "stytch_claims_in_custom_claims")]
    StytchClaimsInCustomClaims,
    /// `test_id_used_in_live_environment`
    #[serde(rename = "test_id_used_in_live_environment")]
    TestIdUsedInLiveEnvironment,
    /// `third_party_clients_cannot_use_full_access`
    #[serde(rename = "third_party_clients_cannot_use_full_access")]
    ThirdPartyClientsCannotUseFullAccess,
    /// `third_party_clients_require_consent_for_offline_access`
    #[serde(rename = "third_party_clients_require_consent_for_offline_access")]
    ThirdPartyClientsRequireConsentForOfflineAccess,
    /// `token_missing_organization_id_claim`
    #[serde(rename = "token_missing_organization_id_claim")]
    TokenMissingOrganizationIdClaim,
    /// `too_few_tokens_authenticated`
    #[serde(rename = "too_few_tokens_authenticated")]
    TooFewTokensAuthenticated,
    /// `too_many_biometric_registrations_for_user`
    #[serde(rename = "too_many_biometric_registrations_for_user")]
    TooManyBiometricRegistrationsForUser,
    /// `too_many_connected_apps`
    #[serde(rename = "too_many_connected_apps")]
    TooManyConnectedApps,
    /// `too_many_domains`
    #[serde(rename = "too_many_domains")]
    TooManyDomains,
    /// `too_many_email_templates`
    #[serde(rename = "too_many_email_templates")]
    TooManyEmailTemplates,
    /// `too_many_encryption_certificates`
    #[serde(rename = "too_many_encryption_certificates")]
    TooManyEncryptionCertificates,
    /// `too_many_m2m_client_scopes`
    #[serde(rename = "too_many_m2m_client_scopes")]
    TooManyM2mClientScopes,
    /// `too_many_m2m_clients_for_billing_tier`
    #[serde(rename = "too_many_m2m_clients_for_billing_tier")]
    TooManyM2mClientsForBillingTier,
    /// `too_many_oauth_organization_locators`
    #[serde(rename = "too_many_oauth_organization_locators")]
    TooManyOauthOrganizationLocators,
    /// `too_many_pem_files_for_trusted_token_profile`
    #[serde(rename = "too_many_pem_files_for_trusted_token_profile")]
    TooManyPemFilesForTrustedTokenProfile,
    /// `too_many_projects`
    #[serde(rename = "too_many_projects")]
    TooManyProjects,
    /// `too_many_public_tokens`
    #[serde(rename = "too_many_public_tokens")]
    TooManyPublicTokens,
    /// `too_many_redirect_urls`
    #[serde(rename = "too_many_redirect_urls")]
    TooManyRedirectUrls,
    /// 429: rate limited; back off.
    #[serde(rename = "too_many_requests")]
    TooManyRequests,
    /// `too_many_roles`
    #[serde(rename = "too_many_roles")]
    TooManyRoles,
    /// `too_many_secrets`
    #[serde(rename = "too_many_secrets")]
    TooManySecrets,
    /// 400: both a session token and a JWT were given.
    #[serde(rename = "too_many_session_arguments")]
    TooManySessionArguments,
    /// `too_many_session_revoke_arguments`
    #[serde(rename = "too_many_session_revoke_arguments")]
    TooManySessionRevokeArguments,
    /// `too_many_sms_templates`
    #[serde(rename = "too_many_sms_templates")]
    TooManySmsTemplates,
    /// `too_many_sso_connection_locators`
    #[serde(rename = "too_many_sso_connection_locators")]
    TooManySsoConnectionLocators,
    /// `too_many_sso_connections`
    #[serde(rename = "too_many_sso_connections")]
    TooManySsoConnections,
    /// `too_many_sso_connections_for_billing_tier`
    #[serde(rename = "too_many_sso_connections_for_billing_tier")]
    TooManySsoConnectionsForBillingTier,
    /// `too_many_sso_verification_certificates`
    #[serde(rename = "too_many_sso_verification_certificates")]
    TooManySsoVerificationCertificates,
    /// `too_many_trusted_token_profiles_for_project`
    #[serde(rename = "too_many_trusted_token_profiles_for_project")]
    TooManyTrustedTokenProfilesForProject,
    /// `too_many_unverified_factors`
    #[serde(rename = "too_many_unverified_factors")]
    TooManyUnverifiedFactors,
    /// `too_many_user_registrations_for_domain`
    #[serde(rename = "too_many_user_registrations_for_domain")]
    TooManyUserRegistrationsForDomain,
    /// `too_many_user_selection_arguments`
    #[serde(rename = "too_many_user_selection_arguments")]
    TooManyUserSelectionArguments,
    /// `totp_code_already_authenticated`
    #[serde(rename = "totp_code_already_authenticated")]
    TotpCodeAlreadyAuthenticated,
    /// `totp_code_used_as_recovery_code`
    #[serde(rename = "totp_code_used_as_recovery_code")]
    TotpCodeUsedAsRecoveryCode,
    /// `totp_not_found`
    #[serde(rename = "totp_not_found")]
    TotpNotFound,
    /// `totps_not_found_for_user`
    #[serde(rename = "totps_not_found_for_user")]
    TotpsNotFoundForUser,
    /// `trusted_token_profile_cannot_have_multiple_external_ids`
    #[serde(rename = "trusted_token_profile_cannot_have_multiple_external_ids")]
    TrustedTokenProfileCannotHaveMultipleExternalIds,
    /// `trusted_token_profile_incorrect_external_id_mapping`
    #[serde(rename = "trusted_token_profile_incorrect_external_id_mapping")]
    TrustedTokenProfileIncorrectExternalIdMapping,
    /// `trusted_token_profile_invalid_request`
    #[serde(rename = "trusted_token_profile_invalid_request")]
    TrustedTokenProfileInvalidRequest,
    /// `trusted_token_profile_not_found`
    #[serde(rename = "trusted_token_profile_not_found")]
    TrustedTokenProfileNotFound,
    /// `twitter_401`
    #[serde(rename = "twitter_401")]
    Twitter401,
    /// `twitter_403`
    #[serde(rename = "twitter_403")]
    Twitter403,
    /// `unable_to_auth_biometric_registration`
    #[serde(rename = "unable_to_auth_biometric_registration")]
    UnableToAuthBiometricRegistration,
    /// `unable_to_auth_impersonation_token`
    #[serde(rename = "unable_to_auth_impersonation_token")]
    UnableToAuthImpersonationToken,
    /// `unable_to_auth_magic_link`
    #[serde(rename = "unable_to_auth_magic_link")]
    UnableToAuthMagicLink,
    /// `unable_to_auth_otp_code`
    #[serde(rename = "unable_to_auth_otp_code")]
    UnableToAuthOtpCode,
    /// `unable_to_auth_password_reset_token`
    #[serde(rename = "unable_to_auth_password_reset_token")]
    UnableToAuthPasswordResetToken,
    /// `unable_to_auth_webauthn_registration`
    #[serde(rename = "unable_to_auth_webauthn_registration")]
    UnableToAuthWebauthnRegistration,
    /// `unable_to_authenticate_crypto_wallet`
    #[serde(rename = "unable_to_authenticate_crypto_wallet")]
    UnableToAuthenticateCryptoWallet,
    /// `unable_to_authenticate_recovery_code`
    #[serde(rename = "unable_to_authenticate_recovery_code")]
    UnableToAuthenticateRecoveryCode,
    /// `unable_to_authenticate_totp`
    #[serde(rename = "unable_to_authenticate_totp")]
    UnableToAuthenticateTotp,
    /// `unable_to_authorize_oauth_provider`
    #[serde(rename = "unable_to_authorize_oauth_provider")]
    UnableToAuthorizeOauthProvider,
    /// `unable_to_delete_email_suppression`
    #[serde(rename = "unable_to_delete_email_suppression")]
    UnableToDeleteEmailSuppression,
    /// `unable_to_delete_last_public_token`
    #[serde(rename = "unable_to_delete_last_public_token")]
    UnableToDeleteLastPublicToken,
    /// 400: the session JWT could not be parsed.
    #[serde(rename = "unable_to_parse_session_jwt")]
    UnableToParseSessionJwt,
    /// `unable_to_refresh_oauth_token`
    #[serde(rename = "unable_to_refresh_oauth_token")]
    UnableToRefreshOauthToken,
    /// `unable_to_refresh_oidc_token`
    #[serde(rename = "unable_to_refresh_oidc_token")]
    UnableToRefreshOidcToken,
    /// `unable_to_register_biometric_registration`
    #[serde(rename = "unable_to_register_biometric_registration")]
    UnableToRegisterBiometricRegistration,
    /// `unable_to_register_webauthn_registration`
    #[serde(rename = "unable_to_register_webauthn_registration")]
    UnableToRegisterWebauthnRegistration,
    /// `unable_to_represent_custom_claims_json`
    #[serde(rename = "unable_to_represent_custom_claims_json")]
    UnableToRepresentCustomClaimsJson,
    /// `unable_to_verify_member_email_update`
    #[serde(rename = "unable_to_verify_member_email_update")]
    UnableToVerifyMemberEmailUpdate,
    /// `unauthorized_action`
    #[serde(rename = "unauthorized_action")]
    UnauthorizedAction,
    /// `unauthorized_billing_permissions`
    #[serde(rename = "unauthorized_billing_permissions")]
    UnauthorizedBillingPermissions,
    /// 401: bad project id or secret; also a wrong existing password.
    #[serde(rename = "unauthorized_credentials")]
    UnauthorizedCredentials,
    /// `unauthorized_credentials_homepage`
    #[serde(rename = "unauthorized_credentials_homepage")]
    UnauthorizedCredentialsHomepage,
    /// `unauthorized_project_id_live`
    #[serde(rename = "unauthorized_project_id_live")]
    UnauthorizedProjectIdLive,
    /// `unauthorized_project_id_test`
    #[serde(rename = "unauthorized_project_id_test")]
    UnauthorizedProjectIdTest,
    /// `unavailable_endpoint`
    #[serde(rename = "unavailable_endpoint")]
    UnavailableEndpoint,
    /// `unknown_error`
    #[serde(rename = "unknown_error")]
    UnknownError,
    /// `unsolicited_oidc_response`
    #[serde(rename = "unsolicited_oidc_response")]
    UnsolicitedOidcResponse,
    /// `unsolicited_saml_response`
    #[serde(rename = "unsolicited_saml_response")]
    UnsolicitedSamlResponse,
    /// `unsubscribed_phone_number`
    #[serde(rename = "unsubscribed_phone_number")]
    UnsubscribedPhoneNumber,
    /// `update_user_auth_method_not_allowed`
    #[serde(rename = "update_user_auth_method_not_allowed")]
    UpdateUserAuthMethodNotAllowed,
    /// `use_https`
    #[serde(rename = "use_https")]
    UseHttps,
    /// `user_already_invited`
    #[serde(rename = "user_already_invited")]
    UserAlreadyInvited,
    /// `user_id_mismatch`
    #[serde(rename = "user_id_mismatch")]
    UserIdMismatch,
    /// `user_impersonation_not_allowed`
    #[serde(rename = "user_impersonation_not_allowed")]
    UserImpersonationNotAllowed,
    /// 429: too many failed attempts; the user is locked.
    #[serde(rename = "user_lock_limit_reached")]
    UserLockLimitReached,
    /// `user_not_found`
    #[serde(rename = "user_not_found")]
    UserNotFound,
    /// `user_search_cannot_mix_internal_and_external_user_ids`
    #[serde(rename = "user_search_cannot_mix_internal_and_external_user_ids")]
    UserSearchCannotMixInternalAndExternalUserIds,
    /// `user_search_email_address_fuzzy_too_short`
    #[serde(rename = "user_search_email_address_fuzzy_too_short")]
    UserSearchEmailAddressFuzzyTooShort,
    /// `user_search_expected_array_of_string`
    #[serde(rename = "user_search_expected_array_of_string")]
    UserSearchExpectedArrayOfString,
    /// `user_search_expected_bool`
    #[serde(rename = "user_search_expected_bool")]
    UserSearchExpectedBool,
    /// `user_search_expected_object`
    #[serde(rename = "user_search_expected_object")]
    UserSearchExpectedObject,
    /// `user_search_expected_string`
    #[serde(rename = "user_search_expected_string")]
    UserSearchExpectedString,
    /// `user_search_expected_timestamp`
    #[serde(rename = "user_search_expected_timestamp")]
    UserSearchExpectedTimestamp,
    /// `user_search_filter_name_must_be_string`
    #[serde(rename = "user_search_filter_name_must_be_string")]
    UserSearchFilterNameMustBeString,
    /// `user_search_filter_name_not_recognized`
    #[serde(rename = "user_search_filter_name_not_recognized")]
    UserSearchFilterNameNotRecognized,
    /// `user_search_full_name_fuzzy_too_short`
    #[serde(rename = "user_search_full_name_fuzzy_too_short")]
    UserSearchFullNameFuzzyTooShort,
    /// `user_search_invalid_cursor`
    #[serde(rename = "user_search_invalid_cursor")]
    UserSearchInvalidCursor,
    /// `user_search_invalid_limit`
    #[serde(rename = "user_search_invalid_limit")]
    UserSearchInvalidLimit,
    /// `user_search_invalid_oauth_provider_filter`
    #[serde(rename = "user_search_invalid_oauth_provider_filter")]
    UserSearchInvalidOauthProviderFilter,
    /// `user_search_invalid_operator`
    #[serde(rename = "user_search_invalid_operator")]
    UserSearchInvalidOperator,
    /// `user_search_invalid_status_filter`
    #[serde(rename = "user_search_invalid_status_filter")]
    UserSearchInvalidStatusFilter,
    /// `user_search_maximum_filter_value_count_exceeded`
    #[serde(rename = "user_search_maximum_filter_value_count_exceeded")]
    UserSearchMaximumFilterValueCountExceeded,
    /// `user_search_missing_biometric_registration_ids`
    #[serde(rename = "user_search_missing_biometric_registration_ids")]
    UserSearchMissingBiometricRegistrationIds,
    /// `user_search_missing_biometric_verified`
    #[serde(rename = "user_search_missing_biometric_verified")]
    UserSearchMissingBiometricVerified,
    /// `user_search_missing_created_at_greater_than`
    #[serde(rename = "user_search_missing_created_at_greater_than")]
    UserSearchMissingCreatedAtGreaterThan,
    /// `user_search_missing_created_at_less_than`
    #[serde(rename = "user_search_missing_created_at_less_than")]
    UserSearchMissingCreatedAtLessThan,
    /// `user_search_missing_crypto_wallet_address`
    #[serde(rename = "user_search_missing_crypto_wallet_address")]
    UserSearchMissingCryptoWalletAddress,
    /// `user_search_missing_crypto_wallet_id`
    #[serde(rename = "user_search_missing_crypto_wallet_id")]
    UserSearchMissingCryptoWalletId,
    /// `user_search_missing_crypto_wallet_verified`
    #[serde(rename = "user_search_missing_crypto_wallet_verified")]
    UserSearchMissingCryptoWalletVerified,
    /// `user_search_missing_email_address_fuzzy`
    #[serde(rename = "user_search_missing_email_address_fuzzy")]
    UserSearchMissingEmailAddressFuzzy,
    /// `user_search_missing_email_addresses`
    #[serde(rename = "user_search_missing_email_addresses")]
    UserSearchMissingEmailAddresses,
    /// `user_search_missing_email_domain`
    #[serde(rename = "user_search_missing_email_domain")]
    UserSearchMissingEmailDomain,
    /// `user_search_missing_email_ids`
    #[serde(rename = "user_search_missing_email_ids")]
    UserSearchMissingEmailIds,
    /// `user_search_missing_email_verified`
    #[serde(rename = "user_search_missing_email_verified")]
    UserSearchMissingEmailVerified,
    /// `user_search_missing_filter_name`
    #[serde(rename = "user_search_missing_filter_name")]
    UserSearchMissingFilterName,
    /// `user_search_missing_filter_value`
    #[serde(rename = "user_search_missing_filter_value")]
    UserSearchMissingFilterValue,
    /// `user_search_missing_full_name_fuzzy`
    #[serde(rename = "user_search_missing_full_name_fuzzy")]
    UserSearchMissingFullNameFuzzy,
    /// `user_search_missing_greater_than`
    #[serde(rename = "user_search_missing_greater_than")]
    UserSearchMissingGreaterThan,
    /// `user_search_missing_less_than`
    #[serde(rename = "user_search_missing_less_than")]
    UserSearchMissingLessThan,
    /// `user_search_missing_oauth_providers`
    #[serde(rename = "user_search_missing_oauth_providers")]
    UserSearchMissingOauthProviders,
    /// `user_search_missing_password`
    #[serde(rename = "user_search_missing_password")]
    UserSearchMissingPassword,
    /// `user_search_missing_phone_ids`
    #[serde(rename = "user_search_missing_phone_ids")]
    UserSearchMissingPhoneIds,
    /// `user_search_missing_phone_number_fuzzy`
    #[serde(rename = "user_search_missing_phone_number_fuzzy")]
    UserSearchMissingPhoneNumberFuzzy,
    /// `user_search_missing_phone_numbers`
    #[serde(rename = "user_search_missing_phone_numbers")]
    UserSearchMissingPhoneNumbers,
    /// `user_search_missing_phone_verified`
    #[serde(rename = "user_search_missing_phone_verified")]
    UserSearchMissingPhoneVerified,
    /// `user_search_missing_status`
    #[serde(rename = "user_search_missing_status")]
    UserSearchMissingStatus,
    /// `user_search_missing_totp_ids`
    #[serde(rename = "user_search_missing_totp_ids")]
    UserSearchMissingTotpIds,
    /// `user_search_missing_totp_verified`
    #[serde(rename = "user_search_missing_totp_verified")]
    UserSearchMissingTotpVerified,
    /// `user_search_missing_user_ids`
    #[serde(rename = "user_search_missing_user_ids")]
    UserSearchMissingUserIds,
    /// `user_search_missing_webauthn_registration_ids`
    #[serde(rename = "user_search_missing_webauthn_registration_ids")]
    UserSearchMissingWebauthnRegistrationIds,
    /// `user_search_missing_webauthn_verified`
    #[serde(rename = "user_search_missing_webauthn_verified")]
    UserSearchMissingWebauthnVerified,
    /// `user_search_phone_number_fuzzy_too_short`
    #[serde(rename = "user_search_phone_number_fuzzy_too_short")]
    UserSearchPhoneNumberFuzzyTooShort,
    /// `user_unauthenticated`
    #[serde(rename = "user_unauthenticated")]
    UserUnauthenticated,
    /// `weak_factor_combination`
    #[serde(rename = "weak_factor_combination")]
    WeakFactorCombination,
    /// 400: the new password is too weak.
    #[serde(rename = "weak_password")]
    WeakPassword,
    /// `webauthn_registration_not_found`
    #[serde(rename = "webauthn_registration_not_found")]
    WebauthnRegistrationNotFound,
    /// `wrong_stack_live`
    #[serde(rename = "wrong_stack_live")]
    WrongStackLive,
    /// `wrong_stack_test`
    #[serde(rename = "wrong_stack_test")]
    WrongStackTest,
    /// `xml_validation_saml_unknown_error`
    #[serde(rename = "xml_validation_saml_unknown_error")]
    XmlValidationSamlUnknownError,
    /// A type this version of the crate does not name, kept as Stytch sent it. Which strings land
    /// here changes between releases: match the string with [`as_str`](Self::as_str), not `Other`.
    Other(String),
}
