//! The TypeScript declarations of what crosses the boundary, generated from the Rust types and tables:
//! each test fails when its committed file is stale, and `BLESS=1 cargo test --lib typescript` rewrites
//! it. `scripts/build.sh` concatenates the files with the hand-written entry declarations.
//!
//! The structs derive `ts_rs::TS` only under `cfg(test)`, so the derive costs the wasm nothing; the code
//! unions come from the tables the checks and the client already use (`ProblemCode::ALL`,
//! `API_ERROR_CODES`, the handler's operations).
#![allow(clippy::unwrap_used)] // tests: a failed unwrap is a failed test

use crate::client::proxy::routes::operations;
use crate::client::response::API_ERROR_CODES;
use crate::error::{one_of_each, INTERNAL_ERROR};
use crate::problem::FIELDS;
use crate::{
    CreateAccountRequest, DomainMatch, EmailCheck, EmailOptions, Error, PasswordCheck, Preflight,
    Problem, ProblemCode,
};
use std::path::Path;

mod js_modules;
pub(crate) mod layout;
mod objects;
mod resources;
use ts_rs::{Config, TS};

pub(crate) const HEADER: &str =
    "// Generated from the Rust types by src/typescript.rs: do not edit \
     (`BLESS=1 cargo test --lib typescript` rewrites it).\n";

pub(crate) fn check(relative: &str, expected: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{relative} is stale: run BLESS=1 cargo test --lib typescript"
    );
}

/// `/** doc */\nexport type Name = 'A' | 'B' …;`, wrapped under 110 columns.
fn union(doc: &str, name: &str, members: impl IntoIterator<Item = String>) -> String {
    let mut out = format!("/** {doc} */\nexport type {name} =\n ");
    let mut line = 1;
    for member in members {
        if line + member.len() + 3 > 110 {
            out.push_str("\n ");
            line = 1;
        }
        out.push_str(" | ");
        out.push_str(&member);
        line += member.len() + 3;
    }
    out.push_str(";\n");
    out
}

fn quoted<'a>(codes: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    codes.into_iter().map(|code| format!("'{code}'")).collect()
}

/// A struct's declaration as `export type`, laid out as [`layout::declare_with`] does.
fn declare<T: TS>() -> String {
    layout::declare_with::<T>(&Config::new())
}

/// A struct's declaration as `export interface` (extending `base`, if any), as [`declare`] writes it;
/// a field named `[key: string]` (of type `webhook::types::More`) becomes the index signature.
fn interface<T: TS>(base: Option<&str>) -> String {
    let name = T::ident(&Config::new());
    let extends = base
        .map(|base| format!(" extends {base}"))
        .unwrap_or_default();
    interface_as::<T>(&format!("{name}{extends}"))
}

/// [`interface`] with the words after `export interface` given (a generic's parameters).
fn interface_as<T: TS>(head: &str) -> String {
    let mut out = String::new();
    for line in declare::<T>()
        .replace(
            ", \"[key: string]\": More,",
            ",\n  /** Other keys the API sends. */\n  [key: string]: unknown,",
        )
        .lines()
    {
        if line.starts_with("export type") {
            out.push_str(&format!("export interface {head} {{\n"));
        } else if line == "};" {
            out.push_str("}\n");
        } else {
            let line = line
                .strip_suffix(',')
                .map_or(line.to_string(), |l| format!("{l};"));
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// The problem-code unions: one per family (by prefix), and their union with the other codes.
fn problem_codes() -> String {
    let families = [
        ("EMAIL_", "EmailProblemCode", "Codes of the email checks."),
        ("APP_PASSWORD_", "AppPasswordProblemCode", "Codes of the app-password checks."),
        ("DOMAIN_", "DomainProblemCode", "Codes of the domain match."),
        (
            "WEBHOOK_",
            "WebhookProblemCode",
            "Problem codes of a `parseWebhook` error: not JSON at all, still gzip-compressed, or a field missing.",
        ),
    ];
    let all = || ProblemCode::ALL.iter().map(|code| code.as_str());
    let mut out = String::new();
    for (prefix, name, doc) in families {
        out.push_str(&union(
            doc,
            name,
            quoted(all().filter(|c| c.starts_with(prefix))),
        ));
    }
    let others = all().filter(|c| !families.iter().any(|(prefix, ..)| c.starts_with(prefix)));
    let members = families.iter().map(|(_, name, _)| name.to_string());
    out.push_str(&union(
        "Every problem code.",
        "ProblemCode",
        members.chain(quoted(others)),
    ));
    out
}

/// `ProblemField`, `WebhookErrorCode` and `ErrorCode`, from `problem::FIELDS` and one error of each kind.
fn fields_and_error_codes() -> String {
    let fields = union(
        "The request field a problem concerns (for a webhook body: `rawBody`, or the camelCase path it lacks).",
        "ProblemField",
        quoted(FIELDS).into_iter().chain(["`data${string}`".to_string()]),
    );
    let errors = one_of_each();
    let webhook = |error: &Error| matches!(error, Error::InvalidWebhook(_) | Error::Signing(_));
    let mut codes: Vec<&str> = Vec::new();
    for error in errors.iter().filter(|error| !webhook(error)) {
        if !codes.contains(&error.code()) {
            codes.push(error.code());
        }
    }
    codes.push(INTERNAL_ERROR);
    let webhook_codes = union(
        "Codes of errors the webhook and signing functions throw.",
        "WebhookErrorCode",
        quoted(
            errors
                .iter()
                .filter(|error| webhook(error))
                .map(Error::code),
        ),
    );
    let all = union(
        "Stable codes of thrown errors (`INTERNAL_ERROR`: a bug of this package, please report it).",
        "ErrorCode",
        quoted(codes).into_iter().chain(["WebhookErrorCode".into(), "ApiErrorCode".into()]),
    );
    [fields, webhook_codes, all].join("\n")
}

#[test]
fn the_boundary_types_are_declared_from_rust() {
    // `Problem` is one Rust struct; TypeScript narrows its `code` per check with a type parameter.
    let problem = declare::<Problem>().replacen(
        "type Problem =",
        "type Problem<C extends ProblemCode = ProblemCode> =",
        1,
    );
    let api_codes = union(
        "The `code` of an `ApiError`, from the status, the error type and the message Nylas sent.",
        "ApiErrorCode",
        quoted(API_ERROR_CODES),
    );
    let dts = [
        HEADER.to_string(),
        "// scripts/build.sh puts it with js/index.d.ts into pkg/index.d.ts; no imports.\n\n"
            .into(),
        problem_codes(),
        fields_and_error_codes(),
        api_codes,
        problem,
        interface::<EmailOptions>(None),
        interface::<CreateAccountRequest>(None),
        interface::<crate::PreflightContext>(None),
        declare::<EmailCheck>(),
        declare::<crate::client::accounts::OnExisting>(),
        declare::<PasswordCheck>(),
        declare::<DomainMatch>(),
        declare::<Preflight>(),
        webhook_declarations(),
    ]
    .join("\n");
    check("js/generated.d.ts", &dts);
}

/// The notification types: the objects, the envelope, the trigger unions and the events by trigger.
fn webhook_declarations() -> String {
    use crate::webhook::types::*;
    use crate::webhook::MESSAGE_EVENTS;
    let (truncated, full): (Vec<&str>, Vec<&str>) = MESSAGE_EVENTS
        .iter()
        .partition(|t| t.ends_with(".truncated"));
    let events = [
        (
            "MessageWebhookEvent",
            "MessageWebhookType",
            "WebhookMessage",
            true,
            "A new or changed message, with its body.",
        ),
        (
            "TruncatedMessageWebhookEvent",
            "TruncatedMessageWebhookType",
            "WebhookMessageSummary",
            true,
            "Over 1 MB: sent without `body`; fetch the message to read it.",
        ),
        (
            "GrantWebhookEvent",
            "GrantWebhookType",
            "WebhookGrant",
            true,
            "A change of a grant (account).",
        ),
        (
            "DeliverabilityWebhookEvent",
            "DeliverabilityWebhookType",
            "WebhookObject",
            false,
            "A delivery report of a sent message.",
        ),
        (
            "OtherWebhookEvent",
            "OtherWebhookType",
            "WebhookObject",
            false,
            "Any other documented trigger.",
        ),
    ];
    let mut out = vec![
        interface::<WebhookParticipant>(None),
        "/** A name and address in a message: `WebhookParticipant` by the name the client's types use. */\n\
         export type EmailParticipant = WebhookParticipant;\n".into(),
        interface::<MessageHeader>(None),
        interface::<WebhookAttachment>(None),
        "/** An attachment of a message: `WebhookAttachment` by the name the client's types use. */\n\
         export type MessageAttachment = WebhookAttachment;\n".into(),
        interface::<WebhookMessageSummary>(None),
        interface::<WebhookMessage>(Some("WebhookMessageSummary")),
        interface::<Message>(Some("WebhookMessage")),
        interface::<WebhookGrant>(None),
        interface::<WebhookObject>(None),
        interface_as::<WebhookData<More>>("WebhookData<Obj>"),
        interface_as::<WebhookEventOf<More, More>>("WebhookEventOf<Type extends string, Obj>"),
        union("`message.created` and `message.updated`.", "MessageWebhookType", quoted(full)),
        union("The message triggers of messages over 1 MB.", "TruncatedMessageWebhookType", quoted(truncated)),
        union("`grant.*` triggers.", "GrantWebhookType", quoted(GRANT_EVENTS)),
        union("Agent Account deliverability triggers.", "DeliverabilityWebhookType", quoted(DELIVERABILITY_EVENTS)),
        union("The other triggers Nylas documents (the Node SDK's `WebhookTriggers`).", "OtherWebhookType", quoted(OTHER_EVENTS)),
        union("Every trigger a notification may have.", "WebhookType", events.iter().map(|e| e.1.to_string())),
    ];
    for (name, kind, object, grant, doc) in events {
        let body = if grant {
            " {\n  /** The grant (account) the event is about. */\n  grantId: string;\n}\n"
        } else {
            " {}\n"
        };
        out.push(format!(
            "/** {doc} */\nexport interface {name} extends WebhookEventOf<{kind}, {object}>{body}"
        ));
    }
    out.push(union(
        "A parsed notification; switch on `type` to narrow `data.object`. A trigger Nylas adds later still parses, with its `type` outside this union.",
        "WebhookEvent",
        events.iter().map(|e| e.0.to_string()),
    ));
    out.join("\n")
}

#[test]
fn the_handler_operations_are_declared_from_rust() {
    let mut names: Vec<String> = operations().map(str::to_string).collect();
    for op in operations() {
        let wildcard = format!("{}.*", &op[..op.rfind('.').unwrap()]);
        if !names.contains(&wildcard) {
            names.push(wildcard);
        }
    }
    let dts = [
        HEADER.to_string(),
        "// scripts/build.sh appends it to js/server.d.ts in pkg/server/index.d.ts.\n\n".into(),
        union(
            "A client method name the handler may forward, e.g. `'accounts.create'`, or a whole resource: `'domains.*'`.",
            "HandlerOperation",
            quoted(names.iter().map(String::as_str)),
        ),
    ]
    .join("");
    check("js/server.generated.d.ts", &dts);
}
