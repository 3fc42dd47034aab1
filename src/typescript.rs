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
use crate::{DomainMatch, EmailCheck, PasswordCheck, Preflight, Problem, ProblemCode};
use std::path::Path;
use ts_rs::{Config, TS};

const HEADER: &str = "// Generated from the Rust types by src/typescript.rs: do not edit \
     (`BLESS=1 cargo test --lib typescript` rewrites it).\n";

fn check(relative: &str, expected: &str) {
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

/// A struct's declaration as `export type`, with its doc comment, its fields indented one per line,
/// and rustdoc links (`` [`x`] ``) made plain code.
fn declare<T: TS>() -> String {
    let raw = format!(
        "{}export {}",
        T::docs().unwrap_or_default(),
        T::decl(&Config::new())
    );
    let raw = raw
        .replace("[`", "`")
        .replace("`]", "`")
        .replace(", };", ",\n};");
    let mut out = String::new();
    let mut inside = false;
    for line in raw.lines().map(str::trim_end) {
        let field = inside && line != "};";
        out.push_str(if field { "  " } else { "" });
        out.push_str(if field && line.starts_with('*') {
            " "
        } else {
            ""
        });
        out.push_str(line);
        out.push('\n');
        inside |= line.starts_with("export type");
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
        api_codes,
        problem,
        declare::<EmailCheck>(),
        declare::<PasswordCheck>(),
        declare::<DomainMatch>(),
        declare::<Preflight>(),
    ]
    .join("\n");
    check("js/generated.d.ts", &dts);
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
