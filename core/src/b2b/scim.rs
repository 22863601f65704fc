//! The SCIM attributes an identity provider sends for a B2B Member.

use crate::stytch_object;

/// The SCIM attributes an identity provider sent for a Member: the SCIM core User schema of
/// [RFC 7643](https://www.rfc-editor.org/rfc/rfc7643#section-4.1) with field names in snake
/// case.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimAttributes {
    /// The user's unique identifier at the identity provider (`userName`), often an email
    /// address.
    pub user_name: String,
    /// The identifier of the SCIM user resource.
    pub id: String,
    /// The identifier the identity provider uses for the user (`externalId`).
    pub external_id: String,
    /// Whether the user is active at the identity provider.
    pub active: bool,
    /// The groups the user belongs to at the identity provider.
    pub groups: Vec<ScimGroup>,
    /// The name to display for the user.
    pub display_name: String,
    /// The casual name of the user.
    pub nick_name: String,
    /// The URL of the user's online profile.
    pub profile_url: String,
    /// The relationship between the user and the organization, such as `Employee` or
    /// `Contractor`.
    pub user_type: String,
    /// The user's title, such as `Vice President`.
    pub title: String,
    /// The user's preferred written or spoken language, such as `en-US`.
    pub preferred_language: String,
    /// The user's default location for localizing dates, currency and numbers, such as `en-US`.
    pub locale: String,
    /// The user's time zone in IANA format, such as `America/Los_Angeles`.
    pub timezone: String,
    /// The user's email addresses.
    pub emails: Vec<ScimEmail>,
    /// The user's phone numbers.
    pub phone_numbers: Vec<ScimPhoneNumber>,
    /// The user's physical mailing addresses.
    pub addresses: Vec<ScimAddress>,
    /// The user's instant messaging addresses.
    pub ims: Vec<ScimIm>,
    /// URLs of photos of the user.
    pub photos: Vec<ScimPhoto>,
    /// The user's entitlements at the identity provider.
    pub entitlements: Vec<ScimEntitlement>,
    /// The user's roles at the identity provider (not Stytch RBAC Roles).
    pub roles: Vec<ScimRole>,
    /// The user's X.509 certificates.
    pub x509certificates: Vec<ScimX509Certificate>,
    /// The components of the user's name, if sent.
    pub name: Option<ScimName>,
    /// The enterprise user extension attributes (employee number, department, manager, ...), if
    /// sent.
    pub enterprise_extension: Option<ScimEnterpriseExtension>,
}

/// A group a SCIM user belongs to.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimGroup {
    /// The identifier of the group.
    pub value: String,
    /// The name of the group.
    pub display: String,
}

/// An email address of a SCIM user.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimEmail {
    /// The email address.
    pub value: String,
    /// A label for the email address, such as `work` or `home`. On the wire this is `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether this is the user's primary email address.
    pub primary: bool,
}

/// A phone number of a SCIM user.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimPhoneNumber {
    /// The phone number.
    pub value: String,
    /// A label for the phone number, such as `work` or `mobile`. On the wire this is `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether this is the user's primary phone number.
    pub primary: bool,
}

/// An instant messaging address of a SCIM user.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimIm {
    /// The instant messaging address.
    pub value: String,
    /// A label for the instant messaging address, such as `slack` or `skype`. On the wire this
    /// is `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether this is the user's primary instant messaging address.
    pub primary: bool,
}

/// A photo of a SCIM user.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimPhoto {
    /// The URL of the photo.
    pub value: String,
    /// A label for the photo, such as `photo` or `thumbnail`. On the wire this is `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether this is the user's primary photo.
    pub primary: bool,
}

/// An entitlement of a SCIM user.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimEntitlement {
    /// The entitlement.
    pub value: String,
    /// A label for the entitlement, chosen by the identity provider. On the wire this is
    /// `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether this is the user's primary entitlement.
    pub primary: bool,
}

/// A role of a SCIM user at the identity provider.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimRole {
    /// The role.
    pub value: String,
    /// A label for the role, chosen by the identity provider. On the wire this is `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether this is the user's primary role.
    pub primary: bool,
}

/// An X.509 certificate of a SCIM user.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimX509Certificate {
    /// The DER-encoded certificate, in base64.
    pub value: String,
    /// A label for the certificate, chosen by the identity provider. On the wire this is
    /// `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether this is the user's primary certificate.
    pub primary: bool,
}

/// A physical mailing address of a SCIM user.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimAddress {
    /// The full address, formatted for display.
    pub formatted: String,
    /// The street address: house number, street name, P.O. box, ...
    pub street_address: String,
    /// The city or locality.
    pub locality: String,
    /// The state or region.
    pub region: String,
    /// The zip or postal code.
    pub postal_code: String,
    /// The country, as an ISO 3166-1 alpha-2 code such as `US`.
    pub country: String,
    /// A label for the address, such as `work` or `home`. On the wire this is `type`.
    #[serde(rename = "type")]
    pub kind: String,
    /// Whether this is the user's primary address.
    pub primary: bool,
}

/// The components of a SCIM user's name.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimName {
    /// The full name, formatted for display.
    pub formatted: String,
    /// The family name (last name).
    pub family_name: String,
    /// The given name (first name).
    pub given_name: String,
    /// The middle name(s).
    pub middle_name: String,
    /// The honorific prefix, such as `Ms.`.
    pub honorific_prefix: String,
    /// The honorific suffix, such as `III`.
    pub honorific_suffix: String,
}

/// The SCIM enterprise user extension of [RFC
/// 7643](https://www.rfc-editor.org/rfc/rfc7643#section-4.3).
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimEnterpriseExtension {
    /// The user's employee number in the organization.
    pub employee_number: String,
    /// The user's cost center.
    pub cost_center: String,
    /// The user's division.
    pub division: String,
    /// The user's department.
    pub department: String,
    /// The user's organization.
    pub organization: String,
    /// The user's manager, if sent.
    pub manager: Option<ScimManager>,
}

/// The manager of a SCIM user.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct ScimManager {
    /// The identifier of the manager's SCIM user.
    pub value: String,
    /// The URI of the manager's SCIM user resource. On the wire this is `ref`.
    #[serde(rename = "ref")]
    pub reference: String,
    /// The manager's display name.
    pub display_name: String,
}
