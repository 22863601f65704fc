//! Response objects: [`#[stytch_object]`](macro@crate::stytch_object) and
//! [`#[stytch_enum]`](macro@crate::stytch_enum) at run time, [`Ack`], and the check that a
//! declared response can decode Stytch's answer at all.
//!
//! Every response type goes through the two attributes, which make decoding forgiving in the ways
//! Stytch's API has needed in practice: unknown fields are ignored, a missing field or a JSON
//! `null` takes the field's default (an empty string, an empty array, `None`), only a JSON object
//! is accepted, and a value an open enum does not know yet is kept as `Other(String)` instead of
//! failing the whole call.

use crate::stytch_object;
use serde::{Deserialize, Deserializer};
use std::marker::PhantomData;

/// The answer of an endpoint whose content does not matter, only that Stytch acted: every Stytch
/// answer carries `request_id` and `status_code`.
///
/// Declare `response = Ack` for calls such as deleting a user, where the body holds nothing you
/// need. (`response = ()` is a compile error that points here: a unit never decodes from the
/// JSON object Stytch answers with, so every success would come back as an error.)
///
/// ```
/// use stytch_endpoint::{stytch_endpoint, Ack};
///
/// /// `DELETE /v1/users/{user_id}`.
/// #[stytch_endpoint(DELETE, "/v1/users/{user_id}", response = Ack)]
/// #[derive(Clone, Default)]
/// pub struct DeleteUser {
///     #[stytch(non_empty)]
///     pub user_id: String,
/// }
///
/// let ack: Ack = serde_json::from_str(r#"{"request_id": "request-id-test-1", "status_code": 200, "user_id": "u"}"#)?;
/// assert_eq!(ack.request_id, "request-id-test-1");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[stytch_object]
#[derive(Clone, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Ack {
    /// Stytch's id for this request; quote it to Stytch support.
    pub request_id: String,
    /// The HTTP status Stytch answered with.
    pub status_code: i32,
}

/// Implemented by every `#[stytch_object]` struct, so that one used as a path parameter is a
/// compile error: it serializes to a JSON object, never to one path segment. Generated code only.
pub trait IsObject {}

/// The probe behind that check: `(&&PathProbe::<T>(PhantomData)).kind()` is `ObjectKind` for a
/// `#[stytch_object]` type, `ScalarKind` for any other (autoref specialization). Generated code
/// only.
pub struct PathProbe<T: ?Sized>(pub PhantomData<T>);
/// A path parameter whose type is a `#[stytch_object]`.
pub struct ObjectKind;
/// A path parameter of any other type (checked further by `validate()`).
pub struct ScalarKind;

/// Chosen for `#[stytch_object]` types.
pub trait ObjectProbe {
    /// `ObjectKind`.
    fn kind(&self) -> ObjectKind {
        ObjectKind
    }
}
impl<T: IsObject + ?Sized> ObjectProbe for &PathProbe<T> {}

/// Chosen for every other type.
pub trait ScalarProbe {
    /// `ScalarKind`.
    fn kind(&self) -> ScalarKind {
        ScalarKind
    }
}
impl<T: ?Sized> ScalarProbe for PathProbe<T> {}

/// What a path parameter's type may be, as far as the attribute can tell at compile time.
#[diagnostic::on_unimplemented(
    message = "a `#[stytch_object]` struct cannot be a path parameter: it serializes to a JSON object",
    label = "an object in the path",
    note = "a path segment is one value that serializes to text, a number or a boolean: put the object's id (a `String`) in the path"
)]
pub trait PathSegmentKind {}
#[diagnostic::do_not_recommend]
impl PathSegmentKind for ScalarKind {}

/// Accepts what can be one path segment; the bound reports an object on the field.
#[inline]
pub fn path_segment_kind<K: PathSegmentKind>(_kind: K) {}

/// A field type in the `Debug` the attributes write: any `Debug` type, under a message that says
/// why it must be one. Generated code only.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `Debug`, and the attribute writes `Debug` for this struct",
    label = "this field's type is not `Debug`",
    note = "`#[stytch_object]`, and `#[stytch_endpoint]` with a `#[stytch(secret)]` field, write `Debug` themselves (secret fields redacted), which prints every field: derive or implement `Debug` for this type"
)]
pub trait DebugField: std::fmt::Debug {}

#[diagnostic::do_not_recommend]
impl<T: std::fmt::Debug + ?Sized> DebugField for T {}

/// A field as `Debug` prints it; the bound reports a type that is not `Debug` on the field.
#[inline]
pub fn debug_field<T: DebugField>(value: &T) -> &dyn std::fmt::Debug {
    value
}

/// A field type of a `#[stytch_object]`: any `Default` type, under a message that says why it
/// must be one. Generated code only.
#[diagnostic::on_unimplemented(
    message = "`{Self}` does not implement `Default`, which a field of a `#[stytch_object]` needs",
    label = "this field's type is not `Default`",
    note = "a missing or `null` field decodes to its type's `Default`: derive `Default` on this type (below `#[stytch_object]` for an object), or mark the field `#[serde(default = \"path\")]` or `#[serde(deserialize_with = \"path\")]`"
)]
pub trait DefaultField: Default {}

#[diagnostic::do_not_recommend]
impl<T: Default> DefaultField for T {}

/// The default of a field; the bound reports a type that is not `Default` on the field.
#[inline]
pub fn default_field<T: DefaultField>() -> T {
    T::default()
}

/// Decodes a field whose value may be `null`: `null` becomes the type's default.
///
/// With `#[serde(default)]` on the field, a field is never the reason a response fails to decode
/// unless it carries a value of the wrong JSON type.
pub fn lenient<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + DefaultField,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

/// The test behind `#[stytch(required)]` on a `#[stytch_object]` field: a decoded value that is
/// filled. Every field of an object may be missing (it then takes its default), so `{}` would
/// otherwise decode into an all-empty response; a field that makes an answer a success (a reset's
/// `user_id` and `request_id`) is marked `required`, and decoding fails without it.
#[diagnostic::on_unimplemented(
    message = "`#[stytch(required)]` does not apply to `{Self}`",
    label = "`required` checks that this field is filled",
    note = "`required` applies to `String`, `Option<T>`, `Vec<T>`, `serde_json::Map` and `serde_json::Value`"
)]
pub trait Filled {
    /// Whether the value is there: a non-empty text or list, `Some`, a non-null JSON value.
    fn is_filled(&self) -> bool;
}

impl Filled for String {
    fn is_filled(&self) -> bool {
        !self.is_empty()
    }
}

impl<T> Filled for Option<T> {
    fn is_filled(&self) -> bool {
        self.is_some()
    }
}

impl<T> Filled for Vec<T> {
    fn is_filled(&self) -> bool {
        !self.is_empty()
    }
}

impl Filled for serde_json::Map<String, serde_json::Value> {
    fn is_filled(&self) -> bool {
        !self.is_empty()
    }
}

impl Filled for serde_json::Value {
    fn is_filled(&self) -> bool {
        !self.is_null()
    }
}

/// The check `#[stytch_endpoint]` writes on its `response = Type`: types that can never decode
/// from a JSON object (`()`, `Vec<T>`, a string, a number, a tuple) are a compile error, because
/// every successful call would come back as a decode error after Stytch acted.
///
/// `ResponseCheck::<T>::new().check()` resolves to the inherent method (which requires
/// `DecodesFromAnObject`, implemented by nothing) for those types, and to `Accepted::check`
/// for every other type.
pub struct ResponseCheck<T: ?Sized>(PhantomData<T>);

impl<T: ?Sized> ResponseCheck<T> {
    /// The check for `T`.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Self {
        ResponseCheck(PhantomData)
    }
}

/// What every response type passes.
pub trait Accepted {
    /// Passes.
    fn check(&self) {}
}

impl<T: ?Sized> Accepted for ResponseCheck<T> {}

/// Types whose serde form is never a JSON object.
pub trait NeverAnObject {}

/// Implemented by no type: the bound that fails for a `NeverAnObject` response.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a response: Stytch answers every call with a JSON object",
    label = "every successful call would fail to decode into `{Self}`, after Stytch acted",
    note = "declare `response = stytch_endpoint::Ack` when only the acknowledgement matters, or a `#[stytch_object]` struct with the fields you need"
)]
pub trait DecodesFromAnObject {}

impl<T: ?Sized + NeverAnObject> ResponseCheck<T> {
    /// Fails to compile, with the message of `DecodesFromAnObject`.
    pub fn check(&self)
    where
        T: DecodesFromAnObject,
    {
    }
}

macro_rules! never_an_object {
    ($($ty:ty),* $(,)?) => { $(impl NeverAnObject for $ty {})* };
}
never_an_object!(
    (),
    bool,
    char,
    str,
    String,
    u8,
    u16,
    u32,
    u64,
    u128,
    usize,
    i8,
    i16,
    i32,
    i64,
    i128,
    isize,
    f32,
    f64
);
impl<T> NeverAnObject for [T] {}
impl<T, const N: usize> NeverAnObject for [T; N] {}
impl<T> NeverAnObject for Vec<T> {}
impl<T> NeverAnObject for std::collections::VecDeque<T> {}
impl<T, S> NeverAnObject for std::collections::HashSet<T, S> {}
impl<T> NeverAnObject for std::collections::BTreeSet<T> {}
impl<A> NeverAnObject for (A,) {}
impl<A, B> NeverAnObject for (A, B) {}
impl<A, B, C> NeverAnObject for (A, B, C) {}
impl<A, B, C, D> NeverAnObject for (A, B, C, D) {}
