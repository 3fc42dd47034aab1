//! createMany's one list pass: what it reads, and what it leaves unknown.

use super::*;

#[test]
fn lookup_many_reads_the_list_once_and_knows_what_is_absent() {
    let c = client(OPTIONS);
    c.transport().reply(
        200,
        json!({"data": [
        {"id": "a", "provider": "nylas", "email": "ann@acme.com"},
        {"id": "b", "provider": "google", "email": "bob@gmail.com"}
    ], "limit": 200, "offset": 0}),
    );
    let emails = ["ANN@acme.com", "new@acme.com", "not an address"].map(String::from);
    let lookup = block_on(lookup_many(&c, &emails, None)).unwrap();
    assert!(lookup.complete);
    assert_eq!(
        lookup.priors[0]["id"], "a",
        "matched without regard to case"
    );
    assert_eq!(
        lookup.priors[1],
        json!(false),
        "known absent: no lookup needed"
    );
    assert_eq!(
        lookup.priors[2],
        Value::Null,
        "invalid: left to the create's checks"
    );
    assert_eq!(
        c.transport().lines(),
        ["GET http://127.0.0.1:1/v3/grants?limit=200&offset=0"],
        "every provider: one grant per address in an application"
    );
}

#[test]
fn lookup_many_stops_at_its_page_budget_and_leaves_the_rest_unknown() {
    let c = client(OPTIONS);
    let full_page: Vec<Value> = (0..200)
        .map(|i| json!({"id": format!("g{i}"), "provider": "nylas", "email": format!("a{i}@acme.com")}))
        .collect();
    c.transport()
        .reply(200, json!({"data": full_page, "limit": 200, "offset": 0}));
    let emails: Vec<String> = (0..20).map(|i| format!("b{i}@acme.com")).collect();
    let lookup = block_on(lookup_many(&c, &emails, None)).unwrap();
    assert!(!lookup.complete);
    assert!(lookup.priors.iter().all(Value::is_null));
    assert_eq!(c.transport().lines().len(), 1, "20 addresses: one page");
}

#[test]
fn a_repeated_address_is_marked_even_when_the_pass_fails_and_its_create_refused() {
    let c = client(r#"{"apiKey":"k","apiUri":"http://127.0.0.1:1","maxRetries":0}"#);
    c.transport().reply(503, json!({}));
    let emails = ["new@acme.com", "other@acme.com", "NEW@acme.com."].map(String::from);
    let lookup = block_on(lookup_many(&c, &emails, None)).unwrap();
    assert!(!lookup.complete, "a failed pass is a partial one");
    assert_eq!(lookup.priors, [Value::Null, Value::Null, json!(0)]);

    let request = CreateAccountRequest {
        email: Some("NEW@acme.com.".into()),
        ..CreateAccountRequest::default()
    };
    let prior = Prior::from_json(Some(&lookup.priors[2]));
    let error = block_on(create(&c, &request, OnExisting::Skip, prior, None)).unwrap_err();
    assert_eq!(error.code(), "DUPLICATE_IN_BATCH");
    assert!(error.to_string().contains("first at index 0"), "{error}");
    assert_eq!(c.transport().lines().len(), 1, "no request for the repeat");
}
