//! The JavaScript modules generated from Rust, so that what crosses the boundary is defined once: the
//! app-password checklist, the client's operation list, and the round-trip fixture of the compact
//! encodings. Each test fails when its file is stale; `BLESS=1 cargo test --lib typescript` rewrites it,
//! with the declarations.

use super::check;
use crate::password_rules;

#[test]
fn app_password_rules_module() {
    let mut js = String::from(
        "// Generated from `RULES` in src/password.rs by src/typescript/js_modules.rs: do not edit.\n\
         /** Every app-password rule, in the order problems are reported: a checklist before anything is typed. */\n\
         export const APP_PASSWORD_RULES = Object.freeze([\n",
    );
    for rule in password_rules() {
        let code = rule.code.as_str();
        let label = serde_json::to_string(rule.label).unwrap();
        js.push_str(&format!(
            "  Object.freeze({{ code: '{code}', label: {label} }}),\n"
        ));
    }
    js.push_str("]);\n");
    check("js/password-rules.js", &js);
}

#[test]
fn client_operations_module() {
    let mut js = String::from(
        "// Generated from `METHODS` in src/client/methods.rs by src/typescript/js_modules.rs: do not edit.\n\
         /** Every client method: its operation name and how its arguments become the call's (js/client.js). */\n\
         export const OPERATIONS = Object.freeze([\n",
    );
    for op in crate::client::methods::METHODS {
        js.push_str(&format!(
            "  ['{}', '{}'],\n",
            op.name,
            op.arguments.as_str()
        ));
    }
    js.push_str("]);\n");
    check("js/operations.js", &js);
}

/// What the Rust side answers for generated inputs, by the slow path (`validate_email`, `match_domain`
/// serialised whole), for `tests/js/boundary-round-trip.test.mjs` to compare with what the package's
/// compact encodings give once decoded by `js/checks.js`: the single form and the batch form of
/// `src/batch.rs`, and the domain list form `js/checks.js` encodes for `src/wasm/mod.rs`.
#[test]
fn boundary_round_trip_fixture() {
    use crate::{match_domain, validate_email, DomainRef, EmailOptions, RegisteredDomain};
    use serde_json::{json, Value};
    let locals = ["a", "Ada", "a.b", "a..b", " a", "ü", "", "x+tag"];
    let domains = [
        "b.co",
        "Example.COM.",
        "bücher.de",
        "xn--bcher-kva.de",
        "localhost",
        "1.2",
        "b_c.co",
        "",
    ];
    let mut inputs: Vec<String> = vec![
        "nope".into(),
        "support".into(),
        String::new(),
        "a@b@c.co".into(),
    ];
    for local in locals {
        inputs.extend(domains.iter().map(|domain| format!("{local}@{domain}")));
    }
    let mut emails = Vec::new();
    for default_domain in [None, Some("Acme.COM")] {
        let options = EmailOptions {
            default_domain: default_domain.map(String::from),
        };
        let checks: Vec<Value> = inputs
            .iter()
            .map(|input| serde_json::to_value(validate_email(input, &options)).unwrap())
            .collect();
        emails.push(json!({"defaultDomain": default_domain, "inputs": inputs, "checks": checks}));
    }
    // Every flag as true, false or absent, in camelCase and snake_case, beside a bare name.
    let flag = |n: usize| [Some(true), Some(false), None][n % 3];
    let mut matches = Vec::new();
    for combo in 0..27 {
        let (branded, ownership, mx) = (flag(combo), flag(combo / 3), flag(combo / 9));
        let object = DomainRef::Object(RegisteredDomain {
            domain_address: "acme.com".into(),
            branded,
            verified_ownership: ownership,
            verified_mx: mx,
        });
        let refs = [DomainRef::Name("other.io".into()), object];
        let camel = json!({"domainAddress": "acme.com", "branded": branded, "verifiedOwnership": ownership, "verifiedMx": mx});
        let snake = json!({"domain_address": "acme.com", "branded": branded, "verified_ownership": ownership, "verified_mx": mx});
        for email in [
            "bot@acme.com",
            "bot@Acme.COM.",
            "bot@acme.co",
            "bot@other.io",
        ] {
            let result = serde_json::to_value(match_domain(email, &refs)).unwrap();
            for object in [&camel, &snake] {
                matches.push(
                    json!({"email": email, "domains": ["other.io", object], "result": result}),
                );
            }
        }
    }
    let fixture = json!({"emails": emails, "matchDomain": matches});
    check(
        "tests/fixtures/boundary-round-trip.json",
        &(serde_json::to_string(&fixture).unwrap() + "\n"),
    );
}
