//! Workspaces without a domain, workspaces addressed by domain, and policy `options`: what the Python
//! SDK found missing (issue 16), each as the emulator decided it (see `unknowns.rs`).

mod common;
use common::*;
use serde_json::json;

#[tokio::test]
async fn a_workspace_without_a_domain_is_manual_only_and_reports_an_empty_domain() {
    let emu = Emu::new(&[]);
    let w = emu
        .call("POST", "/v3/workspaces", Some(json!({"name": "Bots"})))
        .await;
    assert_eq!(w.status, 200, "{}", w.text);
    assert_eq!(w.data()["domain"], "", "the SDKs document an empty string");
    assert_eq!(
        w.data()["auto_group"],
        false,
        "no domain: auto_group defaults to false"
    );
    let id = owned_str(&w.data()["workspace_id"]);
    let second = emu
        .call(
            "POST",
            "/v3/workspaces",
            Some(json!({"name": "More bots", "domain": "", "auto_group": false})),
        )
        .await;
    assert_eq!(
        second.status, 200,
        "several domain-less workspaces may exist: {}",
        second.text
    );

    let refused = emu
        .call(
            "POST",
            "/v3/workspaces",
            Some(json!({"name": "Nope", "auto_group": true})),
        )
        .await;
    assert_eq!(refused.status, 400);
    assert!(
        refused.message().contains("auto_group needs a domain"),
        "{}",
        refused.message()
    );

    let path = format!("/v3/workspaces/{id}");
    let same = emu
        .call(
            "PATCH",
            &path,
            Some(json!({"domain": "", "name": "Bots 2"})),
        )
        .await;
    assert_eq!(
        same.status, 200,
        "\"\" is not a change of domain: {}",
        same.text
    );
    assert_eq!(same.data()["name"], "Bots 2");
    let null = emu
        .call("PATCH", &path, Some(json!({"domain": null})))
        .await;
    assert_eq!(
        null.status, 200,
        "null is not a change either: {}",
        null.text
    );
    let set = emu
        .call("PATCH", &path, Some(json!({"domain": "late.example"})))
        .await;
    assert_eq!(
        (set.status.as_u16(), set.message()),
        (400, "domain is immutable")
    );
    let group = emu
        .call("PATCH", &path, Some(json!({"auto_group": true})))
        .await;
    assert_eq!(group.status, 400, "nothing to group by");

    let default = emu.call("GET", "/v3/workspaces", None).await.data()[0].clone();
    assert!(
        default["domain"].is_null(),
        "the default workspace keeps null"
    );
    let dpath = format!("/v3/workspaces/{}", owned_str(&default["workspace_id"]));
    let kept = emu
        .call("PATCH", &dpath, Some(json!({"domain": "", "rule_ids": []})))
        .await;
    assert_eq!(kept.status, 200, "\"\" vs null is no change: {}", kept.text);
    assert!(kept.data()["domain"].is_null());

    // Manual assignment works; an account on any domain can be placed there.
    let gid = emu.account_id("bot@acme.nylas.email").await;
    let assign = json!({"assign_grants": [gid.clone()]});
    let a = emu
        .call("POST", &format!("{path}/manual-assign"), Some(assign))
        .await;
    assert_eq!((a.status.as_u16(), &a.data()["domain"]), (200, &json!("")));
    let g = emu.call("GET", &format!("/v3/grants/{gid}"), None).await;
    assert_eq!(g.data()["workspace_id"], id.as_str());
}

#[tokio::test]
async fn get_delete_and_manual_assign_take_a_domain_but_patch_takes_only_the_id() {
    let emu = Emu::new(&[]);
    let w = emu
        .call(
            "POST",
            "/v3/workspaces",
            Some(json!({"name": "Acme", "domain": "Acme.Nylas.Email", "auto_group": false})),
        )
        .await;
    let id = owned_str(&w.data()["workspace_id"]);
    let by_domain = emu
        .call("GET", "/v3/workspaces/acme.nylas.email", None)
        .await;
    assert_eq!(by_domain.data()["workspace_id"], id.as_str());
    let any_case = emu
        .call("GET", "/v3/workspaces/ACME.nylas.email.", None)
        .await;
    assert_eq!(any_case.data()["workspace_id"], id.as_str());
    assert_eq!(
        emu.call("GET", "/v3/workspaces/other.example", None)
            .await
            .status,
        404
    );

    let gid = emu.account_id("bot@acme.nylas.email").await;
    let a = emu
        .call(
            "POST",
            "/v3/workspaces/acme.nylas.email/manual-assign",
            Some(json!({"assign_grants": [gid]})),
        )
        .await;
    assert_eq!(
        (a.status.as_u16(), &a.data()["workspace_id"]),
        (200, &json!(id))
    );

    let patch = emu
        .call(
            "PATCH",
            "/v3/workspaces/acme.nylas.email",
            Some(json!({"name": "X"})),
        )
        .await;
    assert_eq!(patch.status, 404);
    assert!(
        patch.message().contains("takes the workspace_id"),
        "{}",
        patch.message()
    );

    assert_eq!(
        emu.call("DELETE", "/v3/workspaces/acme.nylas.email", None)
            .await
            .status,
        200
    );
    assert_eq!(
        emu.call("GET", &format!("/v3/workspaces/{id}"), None)
            .await
            .status,
        404
    );
}

#[tokio::test]
async fn policy_options_are_stored_returned_validated_and_never_dropped() {
    let emu = Emu::new(&[]);
    let options = json!({"additional_folders": ["Receipts", "Leads"], "use_cidr_aliasing": true});
    let p = emu
        .call(
            "POST",
            "/v3/policies",
            Some(json!({"name": "P", "options": options})),
        )
        .await;
    assert_eq!(p.status, 200, "{}", p.text);
    assert_eq!(p.data()["options"], options);
    let id = owned_str(&p.data()["id"]);
    let path = format!("/v3/policies/{id}");
    assert_eq!(
        emu.call("GET", &path, None).await.data()["options"],
        options
    );
    let listed = emu.call("GET", "/v3/policies", None).await;
    assert_eq!(listed.data()[0]["options"], options);

    let renamed = emu.call("PUT", &path, Some(json!({"name": "P2"}))).await;
    assert_eq!(renamed.data()["options"], options, "omitted options stay");
    let replaced = emu
        .call(
            "PUT",
            &path,
            Some(json!({"options": {"use_cidr_aliasing": false}})),
        )
        .await;
    assert_eq!(
        replaced.data()["options"],
        json!({"additional_folders": [], "use_cidr_aliasing": false}),
        "a nested object is replaced whole"
    );
    let plain = emu
        .call("POST", "/v3/policies", Some(json!({"name": "Plain"})))
        .await;
    assert_eq!(
        plain.data()["options"],
        json!({"additional_folders": [], "use_cidr_aliasing": false})
    );

    for bad in [
        json!({"colour": "red"}),
        json!({"additional_folders": true}),
        json!({"additional_folders": [""]}),
        json!({"additional_folders": [7]}),
        json!({"use_cidr_aliasing": "yes"}),
        json!(["additional_folders"]),
    ] {
        let create = emu
            .call(
                "POST",
                "/v3/policies",
                Some(json!({"name": "Bad", "options": bad})),
            )
            .await;
        assert_eq!(create.status, 400, "create with options {bad}");
        let update = emu.call("PUT", &path, Some(json!({"options": bad}))).await;
        assert_eq!(update.status, 400, "update with options {bad}");
    }
    let unknown = emu
        .call(
            "POST",
            "/v3/policies",
            Some(json!({"name": "Bad", "options": {"colour": "red"}})),
        )
        .await;
    assert!(
        unknown
            .message()
            .contains("options.colour is not a policy option"),
        "{}",
        unknown.message()
    );
    let after = emu.call("GET", &path, None).await;
    assert_eq!(
        after.data()["options"]["use_cidr_aliasing"],
        false,
        "a refused update changed nothing"
    );
}
