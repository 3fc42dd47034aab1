//! Rule evaluations: inbound rules of the grant's workspace run on each test-hook delivery, act on the
//! stored message, and leave one record that `GET /v3/grants/{id}/rule-evaluations` lists.

mod common;
use common::*;
use serde_json::{json, Value};

/// A rule through the API (must succeed); its id.
async fn rule(emu: &Emu, body: Value) -> String {
    let r = emu.call("POST", "/v3/rules", Some(body)).await;
    assert_eq!(r.status, 201, "{}", r.text);
    owned_str(&r.data()["id"])
}

/// Attaches rules to the default workspace, where new accounts go.
async fn attach(emu: &Emu, rule_ids: &[&str]) {
    let list = emu.call("GET", "/v3/workspaces", None).await;
    let ws = owned_str(&list.data()[0]["workspace_id"]);
    let r = emu
        .call(
            "PATCH",
            &format!("/v3/workspaces/{ws}"),
            Some(json!({"rule_ids": rule_ids})),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text);
}

async fn deliver(emu: &Emu, from: &str) -> Answer {
    let body = json!({"grant": "bot@acme.nylas.email", "from": {"name": "X", "email": from}, "subject": "s"});
    let a = emu.hook("POST", "/__emulator/messages", Some(body)).await;
    assert_eq!(a.status, 200, "{}", a.text);
    a
}

fn when(field: &str, operator: &str, value: Value) -> Value {
    json!({"conditions": [{"field": field, "operator": operator, "value": value}]})
}

#[tokio::test]
async fn matching_rules_act_on_the_message_and_every_delivery_is_recorded() {
    let emu = Emu::new(&[]);
    let gid = emu.account_id("bot@acme.nylas.email").await;
    let star = rule(&emu, json!({"name": "VIPs", "priority": 1, "match": when("from.domain", "is", json!("VIP.example")),
        "actions": [{"type": "mark_as_starred"}, {"type": "mark_as_read"}, {"type": "assign_to_folder", "value": "Archive"}]})).await;
    let spam = rule(
        &emu,
        json!({"name": "Spammy TLD", "priority": 2, "match": when("from.tld", "is", json!("biz")),
        "actions": [{"type": "mark_as_spam"}]}),
    )
    .await;
    let off = rule(&emu, json!({"name": "Disabled", "enabled": false, "match": when("from.address", "contains", json!("")),
        "actions": [{"type": "trash"}]})).await;
    attach(&emu, &[&spam, &star, &off]).await;

    let vip = deliver(&emu, "Boss@vip.example").await;
    let m = &vip.data()["message"];
    assert_eq!(
        (&m["starred"], &m["unread"], &m["folders"]),
        (&json!(true), &json!(false), &json!(["archive"]))
    );
    let record = &vip.data()["rule_evaluation"];
    assert_eq!(record["matched_rule_ids"], json!([star]));
    assert_eq!(record["evaluation_stage"], "inbox_processing");
    assert_eq!(record["message_id"], m["id"]);
    assert_eq!(
        record["evaluation_input"],
        json!({"from_address": "boss@vip.example", "from_domain": "vip.example", "from_tld": "example"})
    );
    let acts = &record["applied_actions"];
    assert_eq!(
        (
            &acts["marked_starred"],
            &acts["marked_as_read"],
            &acts["folder_ids"],
            &acts["blocked"],
            &acts["trashed"]
        ),
        (
            &json!(true),
            &json!(true),
            &json!(["archive"]),
            &json!(false),
            &json!(false)
        )
    );

    let junk = deliver(&emu, "sales@offers.biz").await;
    assert_eq!(junk.data()["message"]["folders"], json!(["junk"]));
    assert_eq!(
        junk.data()["rule_evaluation"]["applied_actions"]["marked_as_spam"],
        true
    );
    let plain = deliver(&emu, "friend@example.org").await;
    assert_eq!(
        plain.data()["message"]["folders"],
        json!(["inbox"]),
        "no rule matched, disabled one skipped"
    );
    assert_eq!(
        plain.data()["rule_evaluation"]["matched_rule_ids"],
        json!([])
    );

    // Listed newest first, by grant id or email, cursor-paged, in the SDKs' RuleEvaluation shape.
    let path = format!("/v3/grants/{gid}/rule-evaluations");
    let all = emu.call("GET", &path, None).await;
    let ids: Vec<&Value> = all
        .data()
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["message_id"])
        .collect();
    assert_eq!(
        ids,
        [
            &plain.data()["message"]["id"],
            &junk.data()["message"]["id"],
            &m["id"]
        ]
    );
    assert!(all.body["next_cursor"].is_null());
    let first = &all.data()[0];
    for key in [
        "id",
        "grant_id",
        "message_id",
        "evaluated_at",
        "evaluation_stage",
        "evaluation_input",
        "applied_actions",
        "matched_rule_ids",
        "application_id",
        "organization_id",
        "created_at",
        "updated_at",
    ] {
        assert!(
            first.get(key).is_some_and(|v| !v.is_null()),
            "{key} missing"
        );
    }
    let p1 = emu
        .call(
            "GET",
            "/v3/grants/bot@acme.nylas.email/rule-evaluations?limit=2",
            None,
        )
        .await;
    assert_eq!(p1.data().as_array().unwrap().len(), 2);
    let cursor = owned_str(&p1.body["next_cursor"]);
    let p2 = emu
        .call("GET", &format!("{path}?limit=2&page_token={cursor}"), None)
        .await;
    assert_eq!(p2.data()[0]["message_id"], m["id"]);
    assert!(p2.body["next_cursor"].is_null());
    assert_eq!(
        emu.call("GET", &format!("{path}?limit=201"), None)
            .await
            .status,
        400
    );
    assert_eq!(
        emu.call(
            "GET",
            "/v3/grants/nobody@acme.nylas.email/rule-evaluations",
            None
        )
        .await
        .status,
        404
    );
}

#[tokio::test]
async fn a_block_rule_refuses_the_message_before_it_is_stored() {
    let emu = Emu::new(&[]);
    let gid = emu.account_id("bot@acme.nylas.email").await;
    let list = emu
        .call(
            "POST",
            "/v3/lists",
            Some(json!({"name": "Blocked", "type": "domain"})),
        )
        .await;
    let list_id = owned_str(&list.data()["id"]);
    let items = json!({"items": [" Evil.Example "]});
    emu.call("POST", &format!("/v3/lists/{list_id}/items"), Some(items))
        .await;
    let star = rule(
        &emu,
        json!({"name": "Star all", "priority": 0, "match": when("from.tld", "is_not", json!("zz")),
        "actions": [{"type": "mark_as_starred"}]}),
    )
    .await;
    let block = rule(&emu, json!({"name": "Blocklist", "priority": 50, "match": when("from.domain", "in_list", json!([list_id])),
        "actions": [{"type": "block"}]})).await;
    attach(&emu, &[&star, &block]).await;

    let refused = deliver(&emu, "mallory@evil.example").await;
    assert_eq!(refused.data()["blocked"], true);
    assert!(refused.data()["message"].is_null());
    let record = &refused.data()["rule_evaluation"];
    assert_eq!(record["evaluation_stage"], "smtp_rcpt");
    assert!(record.get("message_id").is_none(), "no message was stored");
    assert_eq!(
        record["matched_rule_ids"],
        json!([block]),
        "block ends the evaluation"
    );
    assert_eq!(record["applied_actions"]["blocked"], true);
    assert_eq!(record["applied_actions"]["marked_starred"], false);

    let kept = deliver(&emu, "alice@good.example").await;
    assert_eq!(kept.data()["message"]["starred"], true);
    let messages = emu
        .call("GET", &format!("/v3/grants/{gid}/messages"), None)
        .await;
    assert_eq!(
        messages.data().as_array().unwrap().len(),
        1,
        "only the unblocked one"
    );
    let evals = emu
        .call("GET", &format!("/v3/grants/{gid}/rule-evaluations"), None)
        .await;
    assert_eq!(evals.data().as_array().unwrap().len(), 2);

    // Deleting the grant drops its evaluations with it.
    emu.call("DELETE", &format!("/v3/grants/{gid}"), None).await;
    let again = emu.account_id("bot@acme.nylas.email").await;
    let evals = emu
        .call("GET", &format!("/v3/grants/{again}/rule-evaluations"), None)
        .await;
    assert_eq!(evals.data(), &json!([]));
}

#[tokio::test]
async fn only_the_rules_of_the_grants_own_workspace_apply() {
    let emu = Emu::new(&[]);
    let trash = rule(
        &emu,
        json!({"name": "Trash all", "match": when("from.address", "contains", json!("@")),
        "actions": [{"type": "trash"}]}),
    )
    .await;
    let ws = emu
        .call(
            "POST",
            "/v3/workspaces",
            Some(json!({"name": "Other", "rule_ids": [trash]})),
        )
        .await;
    assert_eq!(ws.status, 200, "{}", ws.text);
    emu.account_id("bot@acme.nylas.email").await;
    let d = deliver(&emu, "a@b.example").await;
    assert_eq!(
        d.data()["message"]["folders"],
        json!(["inbox"]),
        "the rule is on another workspace"
    );
    let outbound = rule(&emu, json!({"name": "Out", "trigger": "outbound",
        "match": when("recipient.domain", "is", json!("b.example")), "actions": [{"type": "archive"}]})).await;
    attach(&emu, &[&outbound]).await;
    let d = deliver(&emu, "a@b.example").await;
    assert_eq!(
        d.data()["message"]["folders"],
        json!(["inbox"]),
        "outbound rules don't run on delivery"
    );
}
