//! Problems reported by the local checks: a stable code, the field it concerns, a message and a fix.

use serde::{Serialize, Serializer};
use std::borrow::Cow;

macro_rules! problem_codes {
    ($($variant:ident => $code:literal,)*) => {
        /// Every problem code the local checks can report. The strings are part of the public contract.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ProblemCode {
            $(#[doc = concat!("`", $code, "`")] $variant,)*
        }

        impl ProblemCode {
            /// Every code, in the order PRODUCT.md lists them.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant,)*];

            /// The stable string JavaScript sees, e.g. `"EMAIL_DOMAIN_IDN_INVALID"`.
            pub fn as_str(self) -> &'static str {
                match self { $(ProblemCode::$variant => $code,)* }
            }
        }
    };
}

problem_codes! {
    EmailEmpty => "EMAIL_EMPTY",
    EmailWhitespace => "EMAIL_WHITESPACE",
    EmailMissingAt => "EMAIL_MISSING_AT",
    EmailMultipleAt => "EMAIL_MULTIPLE_AT",
    EmailLocalEmpty => "EMAIL_LOCAL_EMPTY",
    EmailLocalTooLong => "EMAIL_LOCAL_TOO_LONG",
    EmailLocalQuoted => "EMAIL_LOCAL_QUOTED",
    EmailLocalNonAscii => "EMAIL_LOCAL_NON_ASCII",
    EmailLocalInvalidCharacter => "EMAIL_LOCAL_INVALID_CHARACTER",
    EmailLocalDots => "EMAIL_LOCAL_DOTS",
    EmailDomainEmpty => "EMAIL_DOMAIN_EMPTY",
    EmailDomainIpLiteral => "EMAIL_DOMAIN_IP_LITERAL",
    EmailDomainIdnInvalid => "EMAIL_DOMAIN_IDN_INVALID",
    EmailDomainTooLong => "EMAIL_DOMAIN_TOO_LONG",
    EmailDomainLabelEmpty => "EMAIL_DOMAIN_LABEL_EMPTY",
    EmailDomainLabelTooLong => "EMAIL_DOMAIN_LABEL_TOO_LONG",
    EmailDomainInvalidCharacter => "EMAIL_DOMAIN_INVALID_CHARACTER",
    EmailDomainLabelHyphen => "EMAIL_DOMAIN_LABEL_HYPHEN",
    EmailDomainSingleLabel => "EMAIL_DOMAIN_SINGLE_LABEL",
    EmailDomainNumericTld => "EMAIL_DOMAIN_NUMERIC_TLD",
    AppPasswordTooShort => "APP_PASSWORD_TOO_SHORT",
    AppPasswordTooLong => "APP_PASSWORD_TOO_LONG",
    AppPasswordInvalidCharacter => "APP_PASSWORD_INVALID_CHARACTER",
    AppPasswordMissingUppercase => "APP_PASSWORD_MISSING_UPPERCASE",
    AppPasswordMissingLowercase => "APP_PASSWORD_MISSING_LOWERCASE",
    AppPasswordMissingDigit => "APP_PASSWORD_MISSING_DIGIT",
    NameEmpty => "NAME_EMPTY",
    NameTooLong => "NAME_TOO_LONG",
    PolicyIdInvalid => "POLICY_ID_INVALID",
    WorkspaceIdInvalid => "WORKSPACE_ID_INVALID",
    DomainNotRegistered => "DOMAIN_NOT_REGISTERED",
    DomainNotVerified => "DOMAIN_NOT_VERIFIED",
    WebhookNotJson => "WEBHOOK_NOT_JSON",
    WebhookCompressed => "WEBHOOK_COMPRESSED",
    WebhookFieldMissing => "WEBHOOK_FIELD_MISSING",
}

impl Serialize for ProblemCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl std::fmt::Display for ProblemCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One thing wrong with an input: what, where, and what to do about it. Most messages are constant,
/// so they are borrowed rather than allocated for every address of a large batch.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct Problem {
    /// Stable code JavaScript can branch on.
    #[cfg_attr(test, ts(type = "C"))]
    pub code: ProblemCode,
    /// The request field it concerns, in JavaScript's camelCase (`email`, `appPassword`, …).
    #[cfg_attr(test, ts(type = "ProblemField"))]
    pub field: &'static str,
    /// What is wrong, for a person. Never contains a password or a key.
    #[cfg_attr(test, ts(type = "string"))]
    pub message: Cow<'static, str>,
    /// What to do about it.
    #[cfg_attr(test, ts(type = "string"))]
    pub fix: Cow<'static, str>,
}

/// Every `field` a problem names, declared to TypeScript as `ProblemField` (with `data…`, the
/// camelCase path a webhook body lacks); under test, [`Problem::new`] refuses any other.
#[cfg(test)]
pub const FIELDS: [&str; 10] = [
    "email",
    "appPassword",
    "name",
    "policyId",
    "workspaceId",
    "length",
    "rawBody",
    "type",
    "id",
    "time",
];

impl Problem {
    /// A problem with its message and fix.
    pub fn new(
        code: ProblemCode,
        field: &'static str,
        message: impl Into<Cow<'static, str>>,
        fix: impl Into<Cow<'static, str>>,
    ) -> Self {
        #[cfg(test)]
        assert!(
            FIELDS.contains(&field) || field.starts_with("data"),
            "{field} is not in problem::FIELDS, from which the TypeScript `ProblemField` is declared"
        );
        Problem {
            code,
            field,
            message: message.into(),
            fix: fix.into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_screaming_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for code in ProblemCode::ALL {
            let s = code.as_str();
            assert!(seen.insert(s), "duplicate code {s}");
            assert!(s.chars().all(|c| c.is_ascii_uppercase() || c == '_'), "{s}");
        }
        assert_eq!(ProblemCode::ALL.len(), 35);
    }

    #[test]
    fn code_serializes_and_displays_as_its_string() {
        let json = serde_json::to_string(&ProblemCode::EmailLocalDots).unwrap();
        assert_eq!(json, "\"EMAIL_LOCAL_DOTS\"");
        assert_eq!(
            ProblemCode::DomainNotVerified.to_string(),
            "DOMAIN_NOT_VERIFIED"
        );
        assert_eq!(format!("{}", ProblemCode::EmailEmpty), "EMAIL_EMPTY");
    }
}
