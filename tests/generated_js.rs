//! JavaScript files generated from Rust, so that what crosses the boundary is defined once: each test
//! fails when its file is stale, and `BLESS=1 cargo test --test generated_js` rewrites it.
#![allow(clippy::unwrap_used)] // tests: a failed unwrap is a failed test

use nylas_agent_accounts::password_rules;
use std::path::Path;

fn check(relative: &str, expected: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&path, expected).unwrap();
    }
    let actual = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        actual == expected,
        "{relative} is stale: run BLESS=1 cargo test --test generated_js"
    );
}

#[test]
fn app_password_rules_module() {
    let mut js = String::from(
        "// Generated from `RULES` in src/password.rs by tests/generated_js.rs: do not edit.\n\
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
        "// Generated from `METHODS` in src/client/methods.rs by tests/generated_js.rs: do not edit.\n\
         /** Every client method: its operation name and how its arguments become the call's (js/client.js). */\n\
         export const OPERATIONS = Object.freeze([\n",
    );
    for op in nylas_agent_accounts::client::methods::METHODS {
        js.push_str(&format!(
            "  ['{}', '{}'],\n",
            op.name,
            op.arguments.as_str()
        ));
    }
    js.push_str("]);\n");
    check("js/operations.js", &js);
}
