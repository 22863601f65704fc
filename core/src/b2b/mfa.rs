//! What a B2B Member must still do to complete MFA.

use crate::stytch_object;

/// What the Member must still do to complete MFA, when the Organization or the Member requires
/// it.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MfaRequired {
    /// The MFA methods the Member has set up.
    pub member_options: Option<MemberOptions>,
    /// The secondary authentication Stytch has already started: `sms_otp` when a one-time
    /// passcode was sent to the Member's phone; `None` when none was started.
    pub secondary_auth_initiated: Option<String>,
}

/// The MFA methods a Member has set up.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct MemberOptions {
    /// The Member's MFA phone number; empty when not set.
    pub mfa_phone_number: String,
    /// The unique ID of the Member's TOTP registration; empty when not set.
    pub totp_registration_id: String,
}
