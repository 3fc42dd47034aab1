//! Workspaces, policies, rules, lists and messages: shapes, status codes and rules.

mod common;
use common::*;
use serde_json::json;

#[tokio::test]
async fn workspaces_default_auto_group_and_manual_assign() {
    let emu = Emu::new(&[]);
    let list = emu.call("GET", "/v3/workspaces", None).await;
    let default = &list.data()[0];
    assert_eq!(default["default"], true);
    let default_id = owned_str(&default["workspace_id"]);
    assert!(
        default.get("id").is_none(),
        "workspaces use workspace_id, not id"
    );
    assert_eq!(
        emu.call("DELETE", &format!("/v3/workspaces/{default_id}"), None)
            .await
            .status,
        400
    );

    let w = emu
        .call(
            "POST",
            "/v3/workspaces",
            Some(json!({"name": "Acme", "domain": "acme.nylas.email"})),
        )
        .await;
    assert_eq!(w.status, 200);
    assert_eq!(w.data()["auto_group"], true);
    let wid = owned_str(&w.data()["workspace_id"]);
    let g = emu.create_account("grouped@acme.nylas.email").await;
    assert_eq!(
        g.data()["workspace_id"],
        wid.as_str(),
        "auto-grouped by domain"
    );
    let gid = owned_str(&g.data()["id"]);

    let assign = json!({"assign_grants": [gid.clone()]});
    let path = format!("/v3/workspaces/{wid}/manual-assign");
    assert_eq!(
        emu.call("POST", &path, Some(assign.clone())).await.status,
        400,
        "auto_group must be false"
    );
    let off = emu
        .call(
            "PATCH",
            &format!("/v3/workspaces/{wid}"),
            Some(json!({"auto_group": false})),
        )
        .await;
    assert_eq!(off.data()["auto_group"], false);
    let out = emu
        .call("POST", &path, Some(json!({"remove_grants": [gid.clone()]})))
        .await;
    assert_eq!(out.data()["grants_removed"], json!([gid.clone()]));
    let grant = emu.call("GET", &format!("/v3/grants/{gid}"), None).await;
    assert_eq!(grant.data()["workspace_id"], default_id.as_str());
    let back = emu.call("POST", &path, Some(assign)).await;
    assert_eq!(back.data()["grants_assigned"], json!([gid.clone()]));
    let filtered = emu
        .call("GET", &format!("/v3/grants?workspace_id={wid}"), None)
        .await;
    assert_eq!(filtered.data().as_array().unwrap().len(), 1);
    let immut = emu
        .call(
            "PATCH",
            &format!("/v3/workspaces/{wid}"),
            Some(json!({"domain": "other.com"})),
        )
        .await;
    assert_eq!(immut.status, 400);
}

#[tokio::test]
async fn policies_crud_with_partial_put_and_validation() {
    let emu = Emu::new(&[]);
    let p = emu
        .call(
            "POST",
            "/v3/policies",
            Some(json!({"name": "P", "limits": {"limit_count_daily_email_sent": 100}})),
        )
        .await;
    assert_eq!(p.status, 200);
    assert_eq!(p.data()["spam_detection"]["spam_sensitivity"], 1.0);
    let id = owned_str(&p.data()["id"]);
    let path = format!("/v3/policies/{id}");
    let u = emu.call("PUT", &path, Some(json!({"name": "P2"}))).await;
    assert_eq!(u.data()["name"], "P2");
    assert_eq!(
        u.data()["limits"]["limit_count_daily_email_sent"],
        100,
        "omitted fields stay"
    );
    let bad = json!({"name": "X", "limits": {"limit_inbox_retention_period": 5, "limit_spam_retention_period": 10}});
    assert_eq!(
        emu.call("POST", "/v3/policies", Some(bad)).await.status,
        400
    );
    let bad = json!({"name": "X", "spam_detection": {"spam_sensitivity": 9}});
    assert_eq!(
        emu.call("POST", "/v3/policies", Some(bad)).await.status,
        400
    );
    let list = emu.call("GET", "/v3/policies?limit=1", None).await;
    assert!(list.body.get("next_cursor").is_some());
    let ws = emu.call("GET", "/v3/workspaces", None).await.data()[0]["workspace_id"]
        .as_str()
        .unwrap()
        .to_string();
    let attached = emu
        .call(
            "PATCH",
            &format!("/v3/workspaces/{ws}"),
            Some(json!({"policy_id": id})),
        )
        .await;
    assert_eq!(attached.data()["policy_id"], id.as_str());
    assert_eq!(emu.call("DELETE", &path, None).await.status, 200);
    assert_eq!(emu.call("GET", &path, None).await.status, 404);
    let detached = emu.call("GET", &format!("/v3/workspaces/{ws}"), None).await;
    assert!(detached.data()["policy_id"].is_null());
}

#[tokio::test]
async fn rules_are_201_listed_nested_and_validated() {
    let emu = Emu::new(&[]);
    let l = emu
        .call(
            "POST",
            "/v3/lists",
            Some(json!({"name": "Blocked", "type": "domain"})),
        )
        .await;
    assert_eq!(l.status, 201);
    let lid = owned_str(&l.data()["id"]);
    let rule = json!({
        "name": "Block spammers",
        "match": {"conditions": [{"field": "from.domain", "operator": "in_list", "value": [lid]}]},
        "actions": [{"type": "block"}],
    });
    let r = emu.call("POST", "/v3/rules", Some(rule)).await;
    assert_eq!(r.status, 201, "{:?}", r.body);
    assert_eq!(r.data()["priority"], 10);
    assert_eq!(r.data()["trigger"], "inbound");
    assert_eq!(r.data()["match"]["operator"], "all");
    let list = emu.call("GET", "/v3/rules", None).await;
    assert_eq!(
        list.data()["items"].as_array().unwrap().len(),
        1,
        "nested {{items, next_cursor}}"
    );
    assert!(list.data().get("next_cursor").is_some());
    let rid = r.data()["id"].as_str().unwrap();
    let upd = emu
        .call(
            "PUT",
            &format!("/v3/rules/{rid}"),
            Some(json!({"priority": 5})),
        )
        .await;
    assert_eq!(upd.data()["priority"], 5);
    assert_eq!(
        emu.call("DELETE", &format!("/v3/lists/{lid}"), None)
            .await
            .status,
        400,
        "list in use"
    );
    for bad in [
        json!({"name": "x", "match": {"conditions": [{"field": "recipient.domain", "operator": "is", "value": "a.com"}]}, "actions": [{"type": "trash"}]}),
        json!({"name": "x", "match": {"conditions": [{"field": "from.domain", "operator": "is", "value": "a.com"}]}, "actions": [{"type": "block"}, {"type": "trash"}]}),
        json!({"name": "x", "priority": 1001, "match": {"conditions": [{"field": "from.domain", "operator": "is", "value": "a"}]}, "actions": [{"type": "trash"}]}),
        json!({"name": "x", "match": {"conditions": []}, "actions": [{"type": "trash"}]}),
    ] {
        assert_eq!(
            emu.call("POST", "/v3/rules", Some(bad.clone()))
                .await
                .status,
            400,
            "{bad}"
        );
    }
}

#[tokio::test]
async fn list_items_are_lowercased_trimmed_and_deduplicated() {
    let emu = Emu::new(&[]);
    let l = emu
        .call(
            "POST",
            "/v3/lists",
            Some(json!({"name": "L", "type": "address"})),
        )
        .await;
    let id = owned_str(&l.data()["id"]);
    let path = format!("/v3/lists/{id}/items");
    let added = emu
        .call(
            "POST",
            &path,
            Some(json!({"items": [" A@X.com ", "a@x.com", "b@x.com"]})),
        )
        .await;
    assert_eq!(added.status, 200);
    assert_eq!(added.data()["items_count"], 2);
    let items = emu.call("GET", &path, None).await;
    assert_eq!(items.data()[0]["value"], "a@x.com");
    assert_eq!(items.data()[0]["list_id"], id.as_str());
    let removed = emu
        .call("DELETE", &path, Some(json!({"items": ["a@x.com"]})))
        .await;
    assert_eq!(removed.data()["items_count"], 1);
    let immut = emu
        .call(
            "PUT",
            &format!("/v3/lists/{id}"),
            Some(json!({"type": "domain"})),
        )
        .await;
    assert_eq!(immut.status, 400);
}

#[tokio::test]
async fn delivered_messages_are_listed_with_filters_and_folders() {
    let emu = Emu::new(&[]);
    let gid = emu.account_id("inbox@acme.nylas.email").await;
    for (from, subject, unread) in [("a@x.com", "Hello", true), ("b@y.com", "Invoice 42", false)] {
        let d = emu
            .hook("POST", "/__emulator/messages", Some(json!({"grant": "inbox@acme.nylas.email", "from": from, "subject": subject, "body": "text", "unread": unread})))
            .await;
        assert_eq!(d.status, 200, "{:?}", d.body);
    }
    let path = format!("/v3/grants/{gid}/messages");
    let all = emu.call("GET", &path, None).await;
    assert_eq!(all.data().as_array().unwrap().len(), 2);
    assert_eq!(all.data()[0]["subject"], "Invoice 42", "newest first");
    assert!(all.body["next_cursor"].is_null());
    assert_eq!(all.data()[0]["object"], "message");
    // Ordered by date, not by delivery: a message delivered now with an older date lists last.
    let late = json!({"grant": "inbox@acme.nylas.email", "from": "c@z.com", "subject": "Old news", "body": "t", "date": 1_000_000_000});
    assert_eq!(
        emu.hook("POST", "/__emulator/messages", Some(late))
            .await
            .status,
        200
    );
    let by_date = emu.call("GET", &path, None).await;
    let subjects: Vec<&str> = by_date
        .data()
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["subject"].as_str().unwrap())
        .collect();
    assert_eq!(subjects, ["Invoice 42", "Hello", "Old news"]);
    let from = emu.call("GET", &format!("{path}?from=a@x.com"), None).await;
    assert_eq!(from.data().as_array().unwrap().len(), 1);
    let unread = emu
        .call("GET", &format!("{path}?unread=true&in=inbox"), None)
        .await;
    assert_eq!(unread.data()[0]["subject"], "Hello");
    let paged = emu.call("GET", &format!("{path}?limit=1"), None).await;
    assert!(paged.body["next_cursor"].is_string());
    let mid = all.data()[0]["id"].as_str().unwrap();
    assert_eq!(
        emu.call("GET", &format!("{path}/{mid}"), None).await.status,
        200
    );
    let folders = emu
        .call("GET", &format!("/v3/grants/{gid}/folders"), None)
        .await;
    let names: Vec<&str> = folders
        .data()
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["inbox", "sent", "drafts", "trash", "junk", "archive"]
    );
    assert_eq!(
        emu.call("GET", &format!("{path}?limit=500"), None)
            .await
            .status,
        400
    );
}

#[tokio::test]
async fn hooks_are_off_without_the_flag() {
    let emu = Emu::with_args(clap::Parser::parse_from(["e"]));
    assert_eq!(
        emu.hook("POST", "/__emulator/reset", None).await.status,
        404
    );
}
