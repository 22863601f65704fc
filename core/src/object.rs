//! How Stytch's objects are declared: tolerant of what the server may send next year.
//!
//! Every response object goes through [`object!`], which makes decoding forgiving in the ways
//! Stytch's API has needed in practice: unknown fields are ignored, a missing field or a JSON
//! `null` takes the field's default (an empty string, an empty array, `None`), and enums are
//! declared with [`open_enum!`] so that a value this crate does not know yet is kept as
//! `Other(String)` instead of failing the whole call.

use serde::{Deserialize, Deserializer};

/// Decodes a field whose value may be `null`: `null` becomes the type's default.
///
/// Paired with `#[serde(default)]` on the container, a field is never the reason a response fails
/// to decode unless it carries a value of the wrong JSON type.
pub(crate) fn lenient<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// Whether a field is left out when an object is encoded: only a `None` is.
///
/// Encoding a decoded response then gives back what the server sent, without a `null` for every
/// optional object the server left out.
pub(crate) trait Unset {
    fn is_unset(&self) -> bool {
        false
    }
}

impl<T> Unset for Option<T> {
    fn is_unset(&self) -> bool {
        self.is_none()
    }
}

impl<T> Unset for Vec<T> {}
impl Unset for String {}
impl Unset for bool {}
impl Unset for i32 {}
impl Unset for serde_json::Map<String, serde_json::Value> {}

/// `skip_serializing_if` for every field of an [`object!`].
pub(crate) fn is_unset<T: Unset>(value: &T) -> bool {
    value.is_unset()
}

/// Declares a response object.
///
/// The struct gets `Clone`, `Default`, `PartialEq`, `Serialize`, `Deserialize` and (unless the
/// first token is `manual_debug;`) `Debug`. It is `#[non_exhaustive]`: Stytch adds fields, and
/// adding them here must not break callers. Build one with `Default::default()` and assign fields.
macro_rules! object {
    (@emit [$($debug:ident)?]
        $(#[$meta:meta])*
        pub struct $name:ident {
            $(
                $(#[$field_meta:meta])*
                pub $field:ident : $ty:ty
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Default, PartialEq, $($debug,)? ::serde::Serialize, ::serde::Deserialize)]
        // `remote = "Self"`: serde's derive writes inherent functions, and the trait impls below
        // accept only a JSON object (the derive alone would also fill the fields from an array).
        #[serde(default, remote = "Self")]
        #[non_exhaustive]
        pub struct $name {
            $(
                $(#[$field_meta])*
                #[serde(deserialize_with = "crate::object::lenient", skip_serializing_if = "crate::object::is_unset")]
                pub $field: $ty,
            )*
        }

        impl $crate::object::Unset for $name {}

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                $name::serialize(self, serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                struct ObjectOnly;
                impl<'de> ::serde::de::Visitor<'de> for ObjectOnly {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(concat!("a JSON object (", stringify!($name), ")"))
                    }
                    fn visit_map<A: ::serde::de::MapAccess<'de>>(self, map: A) -> ::core::result::Result<$name, A::Error> {
                        $name::deserialize(::serde::de::value::MapAccessDeserializer::new(map))
                    }
                }
                deserializer.deserialize_map(ObjectOnly)
            }
        }
    };
    (manual_debug; $($rest:tt)*) => {
        $crate::object::object!(@emit [] $($rest)*);
    };
    ($($rest:tt)*) => {
        $crate::object::object!(@emit [Debug] $($rest)*);
    };
}
pub(crate) use object;

/// Declares an enum whose set of values is open: the known values as variants, and `Other(String)`
/// for any value the server sends that this crate does not know yet.
macro_rules! open_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident = $wire:literal
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum $name {
            $(
                $(#[$variant_meta])*
                $variant,
            )*
            /// A value this version of the crate does not know, kept as the server sent it.
            Other(::std::string::String),
        }

        impl $name {
            /// The value as it is spelled on the wire.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $wire,)*
                    Self::Other(other) => other,
                }
            }
        }

        impl $crate::object::Unset for $name {}

        impl ::core::default::Default for $name {
            /// `Other("")`: what a missing or `null` value decodes to.
            fn default() -> Self {
                Self::Other(::std::string::String::new())
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(value: &str) -> Self {
                match value {
                    $($wire => Self::$variant,)*
                    other => Self::Other(other.to_owned()),
                }
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            fn from_str(value: &str) -> ::core::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for $name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::core::result::Result<Self, D::Error> {
                struct Visitor;
                impl ::serde::de::Visitor<'_> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str("a string")
                    }
                    fn visit_str<E: ::serde::de::Error>(self, value: &str) -> ::core::result::Result<$name, E> {
                        Ok($name::from(value))
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }
    };
}
pub(crate) use open_enum;
