//! Wire paths, bodies and the three pagination styles.

use super::*;
use crate::client::mock::{block_on, client};
use serde_json::json;

const OPTIONS: &str = r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","requestsPerSecond":1000}"#;

fn args(json: serde_json::Value) -> Args {
    Args::from_json(&json.to_string()).unwrap()
}

#[test]
fn bodies_go_out_in_snake_case_and_come_back_in_camel_case() {
    let c = client(OPTIONS);
    c.transport().reply(200, json!({"data": {"id": "p1", "limits": {"limit_attachment_size_limit": 5}, "created_at": 1}}));
    let body = json!({"name": "Strict", "limits": {"limitAttachmentSizeLimit": 5}});
    let policy = block_on(run(
        &c,
        "policies.create",
        &args(json!({"body": body})),
        None,
    ))
    .unwrap();
    assert_eq!(
        c.transport().lines(),
        ["POST http://127.0.0.1:1/v3/policies"]
    );
    assert_eq!(
        c.transport().body(0),
        json!({"name": "Strict", "limits": {"limit_attachment_size_limit": 5}})
    );
    assert_eq!(
        policy,
        json!({"id": "p1", "limits": {"limitAttachmentSizeLimit": 5}, "createdAt": 1})
    );
}

#[test]
fn paths_and_methods_follow_the_api() {
    let c = client(OPTIONS);
    let table = [
        (
            "workspaces.update",
            json!({"id": "w 1", "body": {"policyId": null}}),
            "PATCH http://127.0.0.1:1/v3/workspaces/w%201",
        ),
        (
            "workspaces.manualAssign",
            json!({"id": "w", "body": {"assignGrants": ["g"]}}),
            "POST http://127.0.0.1:1/v3/workspaces/w/manual-assign",
        ),
        (
            "policies.update",
            json!({"id": "p", "body": {}}),
            "PUT http://127.0.0.1:1/v3/policies/p",
        ),
        (
            "rules.delete",
            json!({"id": "r"}),
            "DELETE http://127.0.0.1:1/v3/rules/r",
        ),
        (
            "lists.items.remove",
            json!({"id": "l", "body": {"items": ["a.com"]}}),
            "DELETE http://127.0.0.1:1/v3/lists/l/items",
        ),
        (
            "webhooks.rotateSecret",
            json!({"id": "h"}),
            "POST http://127.0.0.1:1/v3/webhooks/rotate-secret/h",
        ),
        (
            "webhooks.update",
            json!({"id": "h", "body": {"webhookUrl": "https://x"}}),
            "PUT http://127.0.0.1:1/v3/webhooks/h",
        ),
    ];
    for (i, (op, a, line)) in table.iter().enumerate() {
        c.transport().reply(200, json!({"data": {}}));
        block_on(run(&c, op, &args(a.clone()), None)).unwrap();
        assert_eq!(c.transport().lines()[i], *line, "{op}");
    }
    assert_eq!(c.transport().body(1), json!({"assign_grants": ["g"]}));
    let missing = block_on(run(&c, "policies.get", &Args::default(), None)).unwrap_err();
    assert!(missing.to_string().contains("needs an id"));
}

#[test]
fn filters_become_snake_case_query_parameters() {
    let filter =
        json!({"receivedAfter": 10, "anyEmail": ["a@x.co", "b@x.co"], "unread": true, "in": null});
    let query = filter_query(filter.as_object());
    assert_eq!(
        query,
        [
            ("any_email".to_string(), "a@x.co,b@x.co".to_string()),
            ("received_after".into(), "10".into()),
            ("unread".into(), "true".into())
        ]
    );
}

#[test]
fn domain_calls_are_signed_and_carry_their_record_type() {
    let options = r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","requestsPerSecond":1000,"serviceAccount":{"private_key_id":"kid","private_key":"-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----\n"}}"#;
    let c = client(options);
    c.transport()
        .reply(200, json!({"data": {"status": "done"}}));
    block_on(run(
        &c,
        "domains.verify",
        &args(json!({"id": "d1", "type": "mx"})),
        None,
    ))
    .unwrap();
    assert_eq!(
        c.transport().lines(),
        ["POST http://127.0.0.1:1/v3/admin/domains/d1/verify"]
    );
    assert_eq!(c.transport().body(0), json!({"type": "mx"}));
    assert!(c.transport().requests.borrow()[0]
        .headers
        .iter()
        .any(|(n, _)| n.eq_ignore_ascii_case("x-nylas-signature")));
}

#[test]
fn dot_segments_never_reach_a_path() {
    let c = client(OPTIONS);
    for (op, id) in [
        ("policies.delete", ".."),
        ("webhooks.rotateSecret", ".."),
        ("lists.items.add", "."),
        ("rules.get", " .. "),
        ("workspaces.get", ""),
    ] {
        let e = block_on(run(
            &c,
            op,
            &args(json!({"id": id, "body": {"items": ["x"]}})),
            None,
        ))
        .unwrap_err();
        assert_eq!(e.code(), "INVALID_ARGUMENT", "{op} {id:?}");
    }
    assert!(c.transport().requests.borrow().is_empty());
}

#[test]
fn successes_without_data_are_bad_responses() {
    let c = client(OPTIONS);
    for body in [
        json!({"request_id": "r", "data": null}),
        json!({"request_id": "r"}),
        Value::Null,
    ] {
        c.transport().reply(200, body.clone());
        let e = block_on(run(&c, "policies.get", &args(json!({"id": "p1"})), None)).unwrap_err();
        assert_eq!(e.code(), "BAD_RESPONSE", "{body}");
    }
    c.transport()
        .reply(200, json!({"request_id": "r", "data": {"items": 3}}));
    let e = block_on(run(&c, "policies.list", &args(json!({})), None)).unwrap_err();
    assert_eq!(
        e.code(),
        "BAD_RESPONSE",
        "a list page whose data is not an array"
    );
    // A flat object (as the CLI accepts on create) is still read.
    c.transport()
        .reply(200, json!({"id": "p1", "name": "Flat"}));
    let flat = block_on(run(&c, "policies.get", &args(json!({"id": "p1"})), None)).unwrap();
    assert_eq!(flat["name"], "Flat");
}

/// Every operation of the table: its method and path, whether it is signed, and whether a lost
/// response may be retried. One row per arm, so a dropped or changed arm fails here.
#[test]
fn every_table_operation_has_its_call() {
    let options = r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","requestsPerSecond":1000,"retryBaseDelayMs":1,"serviceAccount":{"private_key_id":"kid","private_key":"-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----\n"}}"#;
    let table = [
        ("workspaces.list", "GET /v3/workspaces"),
        ("workspaces.create", "POST /v3/workspaces"),
        ("workspaces.get", "GET /v3/workspaces/x"),
        ("workspaces.update", "PATCH /v3/workspaces/x"),
        ("workspaces.delete", "DELETE /v3/workspaces/x"),
        (
            "workspaces.manualAssign",
            "POST /v3/workspaces/x/manual-assign",
        ),
        ("workspaces.autoGroup", "POST /v3/workspaces/auto-group"),
        ("policies.list", "GET /v3/policies"),
        ("policies.create", "POST /v3/policies"),
        ("policies.get", "GET /v3/policies/x"),
        ("policies.update", "PUT /v3/policies/x"),
        ("policies.delete", "DELETE /v3/policies/x"),
        ("rules.list", "GET /v3/rules"),
        ("rules.create", "POST /v3/rules"),
        ("rules.get", "GET /v3/rules/x"),
        ("rules.update", "PUT /v3/rules/x"),
        ("rules.delete", "DELETE /v3/rules/x"),
        ("rules.evaluations", "GET /v3/grants/x/rule-evaluations"),
        ("lists.list", "GET /v3/lists"),
        ("lists.create", "POST /v3/lists"),
        ("lists.get", "GET /v3/lists/x"),
        ("lists.update", "PUT /v3/lists/x"),
        ("lists.delete", "DELETE /v3/lists/x"),
        ("lists.items.list", "GET /v3/lists/x/items"),
        ("lists.items.add", "POST /v3/lists/x/items"),
        ("lists.items.remove", "DELETE /v3/lists/x/items"),
        ("messages.list", "GET /v3/grants/x/messages"),
        ("webhooks.list", "GET /v3/webhooks"),
        ("webhooks.create", "POST /v3/webhooks"),
        ("webhooks.get", "GET /v3/webhooks/x"),
        ("webhooks.update", "PUT /v3/webhooks/x"),
        ("webhooks.delete", "DELETE /v3/webhooks/x"),
        ("webhooks.rotateSecret", "POST /v3/webhooks/rotate-secret/x"),
        ("domains.list", "GET /v3/admin/domains"),
        ("domains.create", "POST /v3/admin/domains"),
        ("domains.get", "GET /v3/admin/domains/x"),
        ("domains.update", "PUT /v3/admin/domains/x"),
        ("domains.delete", "DELETE /v3/admin/domains/x"),
        ("domains.info", "POST /v3/admin/domains/x/info"),
        ("domains.verify", "POST /v3/admin/domains/x/verify"),
    ];
    let replayable = [
        "workspaces.manualAssign",
        "lists.items.add",
        "domains.info",
        "domains.verify",
    ];
    for (op, line) in table {
        assert!(is_table_op(op), "{op}");
        let c = client(options);
        // A 503 first: retried only where the call is safe to repeat (GET, PUT, PATCH, DELETE and
        // the replayable POSTs); a create is not repeated blindly.
        let retried = !line.starts_with("POST") || replayable.contains(&op);
        c.transport()
            .reply(503, json!({"error": {"type": "t", "message": "m"}}));
        let data = if op.ends_with(".list") || op == "rules.evaluations" {
            json!([])
        } else {
            json!({})
        };
        c.transport().reply(200, json!({ "data": data }));
        let result = block_on(run(&c, op, &args(json!({"id": "x", "body": {}})), None));
        assert_eq!(result.is_ok(), retried, "{op}: {result:?}");
        let lines = c.transport().lines();
        assert_eq!(lines.len(), if retried { 2 } else { 1 }, "{op}");
        assert_eq!(
            lines[0],
            line.replacen(' ', " http://127.0.0.1:1", 1),
            "{op}"
        );
        let signed = c.transport().requests.borrow()[0]
            .headers
            .iter()
            .any(|(n, _)| n.eq_ignore_ascii_case("x-nylas-signature"));
        assert_eq!(signed, op.starts_with("domains."), "{op}");
    }
    assert!(!is_table_op("accounts.create") && !is_table_op("domains.zoneFile"));
    let unknown = block_on(run(&client(OPTIONS), "nope.list", &Args::default(), None));
    assert!(unknown
        .unwrap_err()
        .to_string()
        .contains("unknown operation nope.list"));
}

mod paging;
