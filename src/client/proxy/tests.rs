//! The handler through the recording mock: the routes each operation may send (proved by running the
//! workflows), the options it refuses to start with, the gates, and what forwarding sends and returns.

use super::forward::forward;
use super::options::HandlerOptions;
use super::routes::{match_route, operations, routes_of};
use super::*;
use crate::client::dispatch::dispatch;
use crate::client::methods::find;
use crate::client::mock::{block_on, client, FakeSigner, MockTransport};
use crate::client::transport::TransportError;
use serde_json::{json, Value};

const KEY: &str = "nyk_secret_key_123";
const SERVICE_ACCOUNT: &str = r#"{"private_key_id":"kid-1","private_key":"-----BEGIN PRIVATE KEY-----\nAA==\n-----END PRIVATE KEY-----\n"}"#;

fn options(extra: Value) -> String {
    let mut base = json!({
        "apiKey": KEY, "apiUri": "http://127.0.0.1:4010", "authorize": "function", "basePath": "/api/nylas",
        "allow": ["accounts.list", "accounts.create", "accounts.delete", "domains.list"],
        "allowedOrigins": ["https://admin.example.com"],
        "serviceAccount": serde_json::from_str::<Value>(SERVICE_ACCOUNT).unwrap(),
    });
    for (k, v) in extra.as_object().unwrap() {
        if v.is_null() {
            base.as_object_mut().unwrap().remove(k);
        } else {
            base[k] = v.clone();
        }
    }
    base.to_string()
}

fn handler(extra: Value) -> Handler<MockTransport, FakeSigner> {
    Handler::new(
        HandlerOptions::from_json(&options(extra)).unwrap(),
        MockTransport::new(),
        FakeSigner,
    )
}

fn refused(extra: Value) -> String {
    HandlerOptions::from_json(&options(extra))
        .unwrap_err()
        .to_string()
}

fn head(method: &str, path: &str, headers: &[(&str, &str)]) -> Head {
    Head {
        method: method.into(),
        url: format!("https://admin.example.com{path}"),
        headers: headers
            .iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect(),
    }
}

const JSON: (&str, &str) = ("content-type", "application/json");

fn status(reply: Result<Admitted, Reply>) -> u16 {
    reply.map_or_else(|r| r.status, |_| 200)
}

/// Scripted answers: status and body.
type Replies = Vec<(u16, Value)>;

/// Runs `op` with `args` through the client and returns every `(method, path)` it sent.
fn sent_by(op: &str, args: Value, replies: &[(u16, Value)]) -> Vec<(Method, String)> {
    let c = client(
        r#"{"apiKey":"k","apiUri":"http://127.0.0.1:4010","maxRetries":0,"serviceAccount":{"private_key_id":"kid","private_key":"x"}}"#,
    );
    for (status, body) in replies {
        c.transport().reply(*status, body.clone());
    }
    block_on(dispatch(&c, op, &args.to_string(), None)).unwrap_or_else(|e| panic!("{op}: {e}"));
    let requests = c.transport().requests.borrow().clone();
    requests
        .iter()
        .map(|r| {
            let path = r.url.trim_start_matches("http://127.0.0.1:4010");
            (r.method, path.split('?').next().unwrap().to_string())
        })
        .collect()
}

#[test]
fn every_workflow_sends_only_the_routes_it_declares() {
    let grant = json!({"data": {"id": "g1", "provider": "nylas", "email": "a@x.com", "settings": {"email": "a@x.com"}}});
    let nylas_connector = json!({"data": [{"provider": "nylas"}]});
    let domain = json!({"data": {"id": "d1", "domain_address": "x.com"}});
    let info = json!({"data": {"type": "mx", "host": "x.com", "value": "mx.nylas.com", "status": "verified"}});
    let cases: Vec<(&str, Value, Replies)> = vec![
        (
            "accounts.create",
            json!({"body": {"email": "a@x.com"}}),
            vec![(404, json!({})), (200, grant.clone())],
        ),
        (
            "accounts.lookupMany",
            json!({"body": ["a@x.com"]}),
            vec![(200, json!({"data": []}))],
        ),
        ("accounts.list", json!({}), vec![(200, json!({"data": []}))]),
        (
            "accounts.get",
            json!({"id": "a@x.com"}),
            vec![(200, grant.clone())],
        ),
        (
            "accounts.update",
            json!({"id": "g1", "body": {"appPassword": "Abcdefghijklmnop12"}}),
            vec![(200, grant.clone()), (200, grant.clone())],
        ),
        (
            "accounts.delete",
            json!({"id": "g1"}),
            vec![(200, grant.clone()), (200, json!({}))],
        ),
        (
            "connector.ensure",
            json!({}),
            vec![
                (200, json!({"data": []})),
                (200, json!({"data": {"provider": "nylas"}})),
            ],
        ),
        (
            "connector.status",
            json!({}),
            vec![(200, nylas_connector), (200, json!({"data": []}))],
        ),
        (
            "domains.records",
            json!({"id": "d1"}),
            [(200, domain.clone())]
                .into_iter()
                .chain(vec![(200, info.clone()); 8])
                .collect(),
        ),
        (
            "domains.zoneFile",
            json!({"id": "d1"}),
            [(200, domain.clone())]
                .into_iter()
                .chain(vec![(200, info.clone()); 8])
                .collect(),
        ),
        (
            "domains.doctor",
            json!({"id": "d1"}),
            [(200, domain)]
                .into_iter()
                .chain(vec![(200, info); 8])
                .collect(),
        ),
    ];
    for (op, args, replies) in cases {
        // What JavaScript's method runs: createMany's pass is lookupMany, then creates.
        let declared_as = if op == "accounts.lookupMany" {
            "accounts.createMany"
        } else {
            op
        };
        for (method, path) in sent_by(op, args, &replies) {
            let matched = match_route(method, &path)
                .unwrap_or_else(|| panic!("{op}: {path} matches no route"));
            assert!(
                matched.ops.contains(&declared_as),
                "{op} sent {} {path}, which {declared_as} does not declare",
                method.as_str()
            );
        }
    }
    // JavaScript runs connector.ensure before each create, and createMany runs creates.
    for (outer, inner) in [
        ("accounts.create", "connector.ensure"),
        ("accounts.createMany", "accounts.create"),
    ] {
        for route in routes_of(inner) {
            assert!(
                routes_of(outer).contains(&route),
                "{outer} lacks {route:?} of {inner}"
            );
        }
    }
}

#[test]
fn every_name_is_unique_and_a_route_has_one_auth() {
    let names: Vec<&str> = operations().collect();
    for (i, op) in names.iter().enumerate() {
        assert!(!routes_of(op).is_empty(), "{op}");
        assert!(!names[..i].contains(op), "{op} twice");
        // The handler signs a route when its operations are signed: they must agree.
        let auth = find(op).unwrap().auth;
        for other in &names {
            if routes_of(other).iter().any(|r| routes_of(op).contains(r)) {
                assert_eq!(
                    find(other).unwrap().auth,
                    auth,
                    "{op} and {other} share a route"
                );
            }
        }
    }
}

#[test]
fn ids_are_decoded_checked_and_encoded_again() {
    let m = match_route(Method::Get, "/v3/grants/bot%40x.com").unwrap();
    assert_eq!(
        (m.path.as_str(), m.ids[0].as_str()),
        ("/v3/grants/bot%40x.com", "bot@x.com")
    );
    assert_eq!(
        match_route(Method::Get, "/v3/grants/bot@x.com")
            .unwrap()
            .path,
        "/v3/grants/bot%40x.com"
    );
    for bad in [
        "/v3/policies/%2e%2e",
        "/v3/policies/%2E",
        "/v3/policies/",
        "/v3/policies/a%2",
        "/v3/policies/%0a",
        "/v3/policies/a/b",
        "/v3/nothing",
    ] {
        assert!(match_route(Method::Delete, bad).is_none(), "{bad}");
    }
    assert!(
        match_route(Method::Get, "/v3/admin/domains")
            .unwrap()
            .signed
    );
    assert!(!match_route(Method::Get, "/v3/grants").unwrap().signed);
}

#[test]
fn it_refuses_to_start_without_what_keeps_it_safe() {
    assert!(refused(json!({"authorize": "undefined"})).contains("authorize is missing"));
    assert!(refused(json!({"authorize": "string"})).contains("authorize must be a function"));
    assert!(refused(json!({"fetch": "object"})).contains("fetch must be a function"));
    assert!(refused(
        json!({"authorize": "undefined", "localOnly": true, "apiUri": "https://api.us.nylas.com"})
    )
    .contains("localOnly is only for an emulator"));
    assert!(HandlerOptions::from_json(&options(
        json!({"authorize": "undefined", "localOnly": true})
    ))
    .is_ok());
    assert!(refused(json!({"allow": null})).contains("Nothing is allowed by default"));
    assert!(refused(json!({"allow": []})).contains("allow is missing"));
    assert!(refused(json!({"allow": ["accounts.destroy"]}))
        .contains("the methods are: accounts.create"));
    assert!(
        refused(json!({"serviceAccount": null, "allow": ["domains.*"]}))
            .contains("pass serviceAccount")
    );
    assert!(refused(json!({"allowedOrigins": ["*"]})).contains("without a path or a wildcard"));
    assert!(refused(json!({"apikey": "x"})).contains("unknown option apikey"));
    assert!(refused(json!({"apiKey": null})).contains("apiKey is missing"));
    assert!(refused(json!({"basePath": "api"})).contains("basePath must be a path"));
    assert!(refused(json!({"maxBodyBytes": 10})).contains("maxBodyBytes must be"));
    assert!(refused(json!({"apiUri": "http://api.example.com"}))
        .starts_with("createHandler(options): apiUri must use https"));
    assert!(!refused(json!({"allow": ["x"]})).contains(KEY));
    let o = HandlerOptions::from_json(&options(
        json!({"allow": ["accounts.*"], "basePath": "/api/nylas/"}),
    ))
    .unwrap();
    assert_eq!(o.allow.len(), 7);
    assert_eq!(o.base_path, "/api/nylas");
    assert!(!format!("{o:?}").contains(KEY));
}

#[test]
fn the_first_gate_checks_the_path_and_the_origin_and_answers_preflights() {
    let h = handler(json!({}));
    let gate = |method, path, headers: &[(&str, &str)]| {
        h.gate(&head(method, path, headers)).map(|r| r.status)
    };
    assert_eq!(gate("GET", "/api/nylas/v3/grants", &[]), None);
    assert_eq!(gate("GET", "/v3/grants", &[]), Some(404));
    assert_eq!(
        gate(
            "POST",
            "/api/nylas/v3/connect/custom",
            &[("origin", "https://admin.example.com")]
        ),
        None
    );
    assert_eq!(
        gate(
            "POST",
            "/api/nylas/v3/connect/custom",
            &[("origin", "https://evil.example")]
        ),
        Some(403)
    );
    assert_eq!(
        gate(
            "POST",
            "/api/nylas/v3/connect/custom",
            &[("origin", "null")]
        ),
        Some(403)
    );
    assert_eq!(
        gate(
            "GET",
            "/api/nylas/v3/grants",
            &[("sec-fetch-site", "cross-site")]
        ),
        Some(403)
    );
    let cross = Head {
        url: "https://api.example.com/api/nylas/v3/grants".into(),
        ..head("OPTIONS", "", &[("origin", "https://admin.example.com")])
    };
    let preflight = h.gate(&cross).unwrap();
    assert_eq!(preflight.status, 204);
    assert!(preflight.headers.contains(&(
        "access-control-allow-origin".into(),
        "https://admin.example.com".into()
    )));
    let evil = Head {
        url: cross.url.clone(),
        ..head("OPTIONS", "", &[("origin", "https://evil.example")])
    };
    assert_eq!(h.gate(&evil).unwrap().status, 403);
}

#[test]
fn the_second_gate_checks_route_allowlist_type_and_length() {
    let h = handler(json!({"maxBodyBytes": 2048}));
    let admit =
        |method, path, headers: &[(&str, &str)]| status(h.admit(&head(method, path, headers)));
    assert_eq!(admit("GET", "/api/nylas/v3/grants?limit=5", &[]), 200);
    let off = h
        .admit(&head("GET", "/api/nylas/v3/policies", &[]))
        .unwrap_err();
    assert_eq!(off.status, 403);
    assert!(
        off.body.contains("policies.list") && off.body.contains("allow option"),
        "{}",
        off.body
    );
    assert_eq!(admit("DELETE", "/api/nylas/v3/policies/p1", &[]), 403);
    assert_eq!(admit("GET", "/api/nylas/v3/unknown", &[]), 404);
    assert_eq!(admit("TRACE", "/api/nylas/v3/grants", &[]), 405);
    assert_eq!(
        admit(
            "POST",
            "/api/nylas/v3/connect/custom",
            &[("content-type", "text/plain")]
        ),
        415
    );
    assert_eq!(
        admit(
            "POST",
            "/api/nylas/v3/connect/custom",
            &[("content-type", "application/x-www-form-urlencoded")]
        ),
        415
    );
    assert_eq!(
        admit(
            "POST",
            "/api/nylas/v3/connect/custom",
            &[JSON, ("content-length", "4096")]
        ),
        413
    );
    assert_eq!(
        admit(
            "POST",
            "/api/nylas/v3/connect/custom",
            &[("content-type", "application/json; charset=utf-8")]
        ),
        200
    );
    assert_eq!(admit("GET", "/api/nylas/v3/grants?email=%zz", &[]), 400);
}

mod forwarding;
