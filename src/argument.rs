//! Arguments of the wrong kind (a programming error, not a bad value): one message shape for every
//! entry point, `<call>: <argument> must be <what it must be>, not <what came>.`, made here once.
//! JavaScript names the argument and what it must be (by index into [`EXPECTED`]) and passes the value;
//! `src/wasm/` names what came ([`crate::Error::InvalidArgument`], code `INVALID_ARGUMENT`).

use crate::Error;

/// What the arguments checked in JavaScript must be, by the index `js/checks.js` (and `js/server.js`)
/// passes.
pub const EXPECTED: [&str; 6] = [
    "a string",
    "an array of strings",
    "an object such as { domains }",
    "an array of domain names or domain objects with a domainAddress",
    "a domain name, or an object with a string domainAddress and boolean (or absent) flags",
    "the function createHandler() returned",
];

/// What a webhook helper's raw body must be.
#[cfg(feature = "client")]
pub const RAW_BODY: &str = "the raw request body as a string, Uint8Array or ArrayBuffer, read with await request.arrayBuffer() or request.text() rather than request.json()";

/// What a webhook helper's secret must be.
#[cfg(feature = "client")]
pub const WEBHOOK_SECRET: &str =
    "the webhook_secret string Nylas returned when the webhook was created";

/// The error for `what` (the call and the argument, `validateEmail(address): address`) when it is not
/// `expected` but `kind` (`null`, `an array`, or its `typeof`).
pub fn wrong_argument(what: &str, expected: &str, kind: &str) -> Error {
    Error::InvalidArgument(format!("{what} must be {expected}, not {kind}."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_argument_what_it_must_be_and_what_came() {
        let error = wrong_argument("validateEmail(address): address", EXPECTED[0], "number");
        assert_eq!(error.code(), "INVALID_ARGUMENT");
        assert_eq!(
            error.to_string(),
            "validateEmail(address): address must be a string, not number."
        );
        let report = error.report();
        assert_eq!(report.name, "ValidationError");
        assert!(report.problems.is_none_or(<[_]>::is_empty));
    }
}
