//! Device fingerprinting results returned with a User or Member (`user_device`, `member_device`).

use crate::stytch_object;

/// What Stytch's [Fingerprint Lookup API](https://stytch.com/docs/fraud/api/fingerprint-lookup)
/// knows about the device a request came from.
///
/// Returned only when the request carried a valid `telemetry_id` and the lookup found results.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceInfo {
    /// The unique identifier of the device. See the [device fingerprinting
    /// documentation](https://stytch.com/docs/fraud/guides/device-fingerprinting/fingerprints).
    pub visitor_id: String,
    /// Whether the `visitor_id` is new for this user, and when it was first and last seen.
    pub visitor_id_details: Option<DeviceAttributeDetails>,
    /// The IP address of the device.
    pub ip_address: Option<String>,
    /// Whether the `ip_address` is new for this user, and when it was first and last seen.
    pub ip_address_details: Option<DeviceAttributeDetails>,
    /// The city where the IP address is located.
    pub ip_geo_city: Option<String>,
    /// The region where the IP address is located.
    pub ip_geo_region: Option<String>,
    /// The code of the country where the IP address is located.
    pub ip_geo_country: Option<String>,
    /// Whether the `ip_geo_country` is new for this user, and when it was first and last seen.
    pub ip_geo_country_details: Option<DeviceAttributeDetails>,
}

/// History of one device attribute (the visitor ID, the IP address or the IP's country) for
/// this user.
#[stytch_object]
#[derive(Clone, Default, PartialEq)]
#[non_exhaustive]
pub struct DeviceAttributeDetails {
    /// Whether this value had never been seen before for this user.
    pub is_new: bool,
    /// When this value was first seen for this user, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub first_seen_at: Option<String>,
    /// When this value was last seen for this user, as an RFC 3339 UTC timestamp
    /// (`2021-12-29T12:33:09Z`).
    pub last_seen_at: Option<String>,
}
