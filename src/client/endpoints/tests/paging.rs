//! The three pagination styles: cursors, the end of a list, page sizes, and pages that make no progress.

use super::*;

#[test]
fn cursor_pages_pass_page_token_and_return_next_cursor() {
    let c = client(OPTIONS);
    c.transport()
        .reply(200, json!({"data": [{"id": "a"}], "next_cursor": "c2"}));
    c.transport()
        .reply(200, json!({"data": [{"id": "b"}], "next_cursor": null}));
    let first = block_on(run(
        &c,
        "policies.list",
        &args(json!({"filter": {"limit": 1}})),
        None,
    ))
    .unwrap();
    assert_eq!(first, json!({"data": [{"id": "a"}], "nextCursor": "c2"}));
    let second = block_on(run(
        &c,
        "policies.list",
        &args(json!({"filter": {"limit": 1}, "cursor": "c2"})),
        None,
    ))
    .unwrap();
    assert_eq!(second["nextCursor"], Value::Null);
    assert_eq!(
        c.transport().lines()[1],
        "GET http://127.0.0.1:1/v3/policies?limit=1&page_token=c2"
    );
}

#[test]
fn rules_use_the_nested_envelope_and_accept_the_flat_one() {
    let c = client(OPTIONS);
    c.transport().reply(
        200,
        json!({"data": {"items": [{"id": "r1"}], "next_cursor": "n"}}),
    );
    c.transport().reply(200, json!({"data": [{"id": "r2"}]}));
    let nested = block_on(run(&c, "rules.list", &Args::default(), None)).unwrap();
    assert_eq!(nested, json!({"data": [{"id": "r1"}], "nextCursor": "n"}));
    let flat = block_on(run(&c, "rules.list", &Args::default(), None)).unwrap();
    assert_eq!(flat, json!({"data": [{"id": "r2"}], "nextCursor": null}));
}

/// The emulator answers rule evaluations flat; the real envelope is undocumented, so both are read.
#[test]
fn rule_evaluations_page_by_grant_in_either_envelope() {
    let c = client(OPTIONS);
    c.transport().reply(
        200,
        json!({"data": [{"id": "e1", "grant_id": "g"}], "next_cursor": "n"}),
    );
    c.transport().reply(
        200,
        json!({"data": {"items": [{"id": "e2"}], "next_cursor": null}}),
    );
    let first = args(json!({"id": "bot@acme.example", "filter": {"limit": 1}}));
    let flat = block_on(run(&c, "rules.evaluations", &first, None)).unwrap();
    assert_eq!(
        flat,
        json!({"data": [{"id": "e1", "grantId": "g"}], "nextCursor": "n"})
    );
    let next = args(json!({"id": "bot@acme.example", "filter": {"limit": 1}, "cursor": "n"}));
    let nested = block_on(run(&c, "rules.evaluations", &next, None)).unwrap();
    assert_eq!(nested, json!({"data": [{"id": "e2"}], "nextCursor": null}));
    assert_eq!(
        c.transport().lines()[1],
        "GET http://127.0.0.1:1/v3/grants/bot%40acme.example/rule-evaluations?limit=1&page_token=n"
    );
}

#[test]
fn offset_pages_compute_the_next_offset() {
    let c = client(OPTIONS);
    c.transport().reply(
        200,
        json!({"data": [{"id": 1}, {"id": 2}], "limit": 2, "offset": 0}),
    );
    c.transport()
        .reply(200, json!({"data": [{"id": 3}], "limit": 2, "offset": 2}));
    let call = || Call::new(Method::Get, "/v3/connectors");
    let first = block_on(list_page(
        &c,
        call(),
        Paging::Offset,
        &args(json!({"filter": {"limit": 2}})),
        None,
    ))
    .unwrap();
    assert_eq!(first["nextCursor"], "2");
    let last = block_on(list_page(
        &c,
        call(),
        Paging::Offset,
        &args(json!({"filter": {"limit": 2}, "cursor": "2"})),
        None,
    ))
    .unwrap();
    assert_eq!(last["nextCursor"], Value::Null);
    assert_eq!(
        c.transport().lines()[1],
        "GET http://127.0.0.1:1/v3/connectors?limit=2&offset=2"
    );
}

#[test]
fn a_short_page_is_the_last_even_when_the_server_does_not_echo_limit() {
    let c = client(OPTIONS);
    c.transport().reply(200, json!({"data": [{"id": 1}]}));
    let page = block_on(list_page(
        &c,
        Call::new(Method::Get, "/v3/grants"),
        Paging::Offset,
        &args(json!({"filter": {"limit": 2}})),
        None,
    ))
    .unwrap();
    assert_eq!(page["nextCursor"], Value::Null, "1 item of 2 asked for");
}

#[test]
fn an_empty_page_has_no_next_cursor_whatever_the_server_says() {
    let c = client(OPTIONS);
    c.transport()
        .reply(200, json!({"data": [], "next_cursor": "again"}));
    let page = block_on(run(&c, "policies.list", &args(json!({})), None)).unwrap();
    assert_eq!(page, json!({"data": [], "nextCursor": null}));
}

#[test]
fn page_sizes_are_checked_before_any_request() {
    let c = client(OPTIONS);
    for limit in [json!(201), json!(0), json!(-1), json!(2.5), json!("ten")] {
        let e = block_on(run(
            &c,
            "messages.list",
            &args(json!({"id": "g1", "filter": {"limit": limit}})),
            None,
        ))
        .unwrap_err();
        assert_eq!(e.code(), "INVALID_ARGUMENT", "{limit}");
        assert!(e.to_string().contains("from 1 to 200"), "{e}");
    }
    assert!(c.transport().requests.borrow().is_empty());
    c.transport().reply(200, json!({"data": []}));
    block_on(run(
        &c,
        "messages.list",
        &args(json!({"id": "g1", "filter": {"limit": 200}})),
        None,
    ))
    .unwrap();
}

#[test]
fn a_server_that_repeats_a_page_is_stopped_with_a_typed_error() {
    let c = client(OPTIONS);
    // A cursor that comes back unchanged.
    c.transport()
        .reply(200, json!({"data": [{"id": "p1"}], "next_cursor": "same"}));
    let e = block_on(run(
        &c,
        "policies.list",
        &args(json!({"cursor": "same"})),
        None,
    ))
    .unwrap_err();
    assert_eq!((e.code(), e.name()), ("PAGINATION_STALLED", "NetworkError"));
    // An offset the server ignores: the first page again.
    let page = json!({"data": [{"id": "g1"}, {"id": "g2"}], "limit": 2});
    c.transport().reply(200, page.clone());
    c.transport().reply(200, page);
    let call = || Call::new(Method::Get, "/v3/grants");
    let first = block_on(list_page(
        &c,
        call(),
        Paging::Offset,
        &args(json!({"filter": {"limit": 2}})),
        None,
    ))
    .unwrap();
    assert_eq!(first["nextCursor"], "2:g1");
    let cursor = first["nextCursor"].as_str().unwrap();
    let e = block_on(list_page(
        &c,
        call(),
        Paging::Offset,
        &args(json!({"filter": {"limit": 2}, "cursor": cursor})),
        None,
    ))
    .unwrap_err();
    assert_eq!(e.code(), "PAGINATION_STALLED");
    assert_eq!(
        c.transport().lines()[2],
        "GET http://127.0.0.1:1/v3/grants?limit=2&offset=2"
    );
}

#[test]
fn an_offset_filter_starts_the_first_page_and_an_empty_limit_ends_paging() {
    let c = client(OPTIONS);
    c.transport().reply(
        200,
        json!({"data": [{"id": 5}, {"id": 6}], "limit": 2, "offset": 4}),
    );
    c.transport()
        .reply(200, json!({"data": [], "limit": 0, "offset": 0}));
    let call = || Call::new(Method::Get, "/v3/connectors");
    let from_four = block_on(list_page(
        &c,
        call(),
        Paging::Offset,
        &args(json!({"filter": {"limit": 2, "offset": 4}})),
        None,
    ))
    .unwrap();
    assert_eq!(from_four["nextCursor"], "6");
    assert_eq!(
        c.transport().lines()[0],
        "GET http://127.0.0.1:1/v3/connectors?limit=2&offset=4"
    );
    // A server that answers limit 0 with no items has no next page (not an endless "0").
    let empty = block_on(list_page(
        &c,
        call(),
        Paging::Offset,
        &Args::default(),
        None,
    ))
    .unwrap();
    assert_eq!(empty["nextCursor"], Value::Null);
}
