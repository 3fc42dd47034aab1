//! `settings.email` is held to the package's own rules: what `validate_email` rejects is never stored,
//! what it accepts after normalisation is stored normalised.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;
use common::*;
use serde_json::json;

async fn grant_count(emu: &Emu) -> usize {
    let list = emu.call("GET", "/v3/grants?limit=200", None).await;
    list.data().as_array().unwrap().len()
}

#[tokio::test]
async fn addresses_the_package_rejects_are_400_naming_the_problem_codes_and_never_stored() {
    let emu = Emu::new(&[]);
    assert_eq!(emu.create_account("bot@acme.nylas.email").await.status, 201);
    let cases = [
        // A zero-width space: an account that looks exactly like bot@.
        ("bot\u{200B}@acme.nylas.email", "EMAIL_WHITESPACE"),
        ("\u{FEFF}bot@acme.nylas.email", "EMAIL_WHITESPACE"),
        ("bøt@acme.nylas.email", "EMAIL_LOCAL_NON_ASCII"),
        ("bo\u{200D}t@acme.nylas.email", "EMAIL_LOCAL_NON_ASCII"),
        (".bot@acme.nylas.email", "EMAIL_LOCAL_DOTS"),
        ("bot.@acme.nylas.email", "EMAIL_LOCAL_DOTS"),
        ("b..ot@acme.nylas.email", "EMAIL_LOCAL_DOTS"),
        ("b(ot)@acme.nylas.email", "EMAIL_LOCAL_INVALID_CHARACTER"),
        ("\"b ot\"@acme.nylas.email", "EMAIL_LOCAL_QUOTED"),
        ("bot@[192.0.2.1]", "EMAIL_DOMAIN_IP_LITERAL"),
        ("bot@acme.nylas.123", "EMAIL_DOMAIN_NUMERIC_TLD"),
    ];
    for (address, code) in cases {
        let a = emu.create_account(address).await;
        assert_eq!(a.status, 400, "{address:?}: {:?}", a.body);
        assert_eq!(a.error_type(), "api.invalid_request_error");
        assert!(a.message().contains(code), "{address:?}: {}", a.message());
        assert!(
            a.message()
                .starts_with("settings.email is not a valid email address"),
            "{}",
            a.message()
        );
    }
    // Every problem at once, as the package reports them.
    let both = emu.create_account(".bøt@acme.nylas.email").await;
    assert!(both.message().contains("EMAIL_LOCAL_NON_ASCII"));
    assert!(both.message().contains("EMAIL_LOCAL_DOTS"));
    assert_eq!(grant_count(&emu).await, 1, "only bot@ was stored");
}

#[tokio::test]
async fn idn_domains_are_accepted_and_stored_in_a_label_form() {
    let emu = Emu::new(&["--domain", "Bücher.Example."]);
    let a = emu.create_account("Ada@BÜCHER.example.").await;
    assert_eq!(a.status, 201, "{:?}", a.body);
    assert_eq!(a.data()["email"], "Ada@xn--bcher-kva.example");
    assert_eq!(a.data()["settings"]["email"], "Ada@xn--bcher-kva.example");
    let id = owned_str(&a.data()["id"]);
    // The same account whichever form a client uses: no second grant, found by either form.
    let again = emu.create_account("Ada@xn--bcher-kva.example").await;
    assert_eq!(again.data()["id"], id.as_str());
    for ident in ["Ada@bücher.example", "email:ada@XN--BCHER-KVA.example"] {
        let found = emu.call("GET", &format!("/v3/grants/{ident}"), None).await;
        assert_eq!(found.status, 200, "{ident}");
        assert_eq!(found.data()["id"], id.as_str());
    }
    let listed = emu
        .call("GET", "/v3/grants?email=ada@bücher.example", None)
        .await;
    assert_eq!(listed.data().as_array().unwrap().len(), 1);
    assert_eq!(grant_count(&emu).await, 1);
}

#[tokio::test]
async fn patch_accepts_the_same_address_in_another_form_and_stores_the_normal_one() {
    let emu = Emu::new(&["--domain", "bücher.example"]);
    let id = emu.account_id("ada@bücher.example").await;
    let body = json!({"settings": {"email": "ADA@Bücher.Example", "app_password": PASSWORD}});
    let a = emu
        .call("PATCH", &format!("/v3/grants/{id}"), Some(body))
        .await;
    assert_eq!(a.status, 200, "{:?}", a.body);
    assert_eq!(a.data()["settings"]["email"], "ada@xn--bcher-kva.example");
    let other = json!({"settings": {"email": "eve@bücher.example"}});
    let refused = emu
        .call("PATCH", &format!("/v3/grants/{id}"), Some(other))
        .await;
    assert_eq!(refused.status, 400);
}

#[tokio::test]
async fn domains_are_normalised_by_the_same_rule() {
    let emu = Emu::new(&["--service-account", FIXTURE]);
    let created = emu.create_domain("Shop", "Bücher.Shop.").await;
    assert_eq!(created.status, 200, "{:?}", created.body);
    assert_eq!(created.data()["domain_address"], "xn--bcher-kva.shop");
    let bad = emu.create_domain("Bad", "bad_domain.example").await;
    assert_eq!(bad.status, 400);
    assert!(
        bad.message().contains("EMAIL_DOMAIN_INVALID_CHARACTER"),
        "{}",
        bad.message()
    );
    let args = <nylas_emulator::config::Args as clap::Parser>::parse_from([
        "nylas-emulator",
        "--domain",
        "localhost",
    ]);
    let err = nylas_emulator::app::AppState::from_args(args).unwrap_err();
    assert!(err.contains("EMAIL_DOMAIN_SINGLE_LABEL"), "{err}");
}
