//! Updates: settings re-sent whole, the password and policy rules, the patch checked before any request.

use super::*;

#[test]
fn reset_password_resends_the_settings_and_checks_the_password_first() {
    let c = client(OPTIONS);
    let e = block_on(update(&c, "g1", &json!({"appPassword": "weak"}), None)).unwrap_err();
    assert_eq!(e.code(), "VALIDATION_ERROR");
    assert!(c.transport().requests.borrow().is_empty());
    c.transport().reply(200, json!({"data": {"id": "g1", "provider": "nylas", "email": "bot@acme.com", "settings": {"email": "bot@acme.com", "policy_id": "p"}}}));
    c.transport().reply(200, grant("bot@acme.com"));
    block_on(update(
        &c,
        "g1",
        &json!({"appPassword": "Abcdefghijklmnop12", "name": "New"}),
        None,
    ))
    .unwrap();
    assert_eq!(
        c.transport().body(1),
        json!({"name": "New", "settings": {"email": "bot@acme.com", "policy_id": "p", "app_password": "Abcdefghijklmnop12"}})
    );
}

#[test]
fn a_policy_change_must_say_what_becomes_of_the_app_password() {
    let c = client(OPTIONS);
    let policy = "0b3c5a9e-6f1d-4c2e-9a7b-1d2e3f4a5b6c";
    let e = block_on(update(&c, "g1", &json!({ "policyId": policy }), None)).unwrap_err();
    assert_eq!(e.code(), "INVALID_ARGUMENT");
    assert!(e.to_string().contains("appPassword: null"), "{e}");
    assert!(c.transport().requests.borrow().is_empty());

    // A new password keeps IMAP/SMTP access; the other settings are kept.
    c.transport().reply(200, json!({"data": {"id": "g1", "provider": "nylas", "email": "bot@acme.com", "settings": {"email": "bot@acme.com", "policy_id": "old", "extra_key": 1}}}));
    c.transport().reply(200, grant("bot@acme.com"));
    block_on(update(
        &c,
        "g1",
        &json!({"policyId": policy, "appPassword": "Abcdefghijklmnop12"}),
        None,
    ))
    .unwrap();
    assert_eq!(
        c.transport().body(1),
        json!({"settings": {"email": "bot@acme.com", "policy_id": policy, "extra_key": 1, "app_password": "Abcdefghijklmnop12"}})
    );

    // appPassword: null ends it, on purpose; policyId: null detaches the policy.
    c.transport().reply(200, json!({"data": {"id": "g1", "provider": "nylas", "email": "bot@acme.com", "settings": {"email": "bot@acme.com", "policy_id": "old"}}}));
    c.transport().reply(200, grant("bot@acme.com"));
    block_on(update(
        &c,
        "g1",
        &json!({"policyId": null, "appPassword": null}),
        None,
    ))
    .unwrap();
    assert_eq!(
        c.transport().body(3),
        json!({"settings": {"email": "bot@acme.com"}})
    );
}

#[test]
fn update_checks_the_patch_before_any_request() {
    let c = client(OPTIONS);
    let cases = [
        (
            json!({"email": "x@acme.com"}),
            "INVALID_ARGUMENT",
            "'email'",
        ),
        (
            json!({"name": 5}),
            "INVALID_ARGUMENT",
            "name must be a string",
        ),
        (
            json!({"name": null}),
            "INVALID_ARGUMENT",
            "name must be a string.",
        ),
        (
            json!({"policyId": "p", "appPassword": null}),
            "VALIDATION_ERROR",
            "not a UUID",
        ),
        (json!({"name": ""}), "VALIDATION_ERROR", "empty"),
        (json!({}), "INVALID_ARGUMENT", "changes nothing"),
    ];
    for (patch, code, says) in cases {
        let e = block_on(update(&c, "g1", &patch, None)).unwrap_err();
        assert_eq!(e.code(), code, "{patch}");
        assert!(e.to_string().contains(says), "{patch}: {e}");
    }
    assert!(c.transport().requests.borrow().is_empty());
}
