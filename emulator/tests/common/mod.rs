//! Drives the emulator's Router in-process (tower `oneshot`), with helpers for keys and signatures.
// Helpers of test code: a failed setup step should fail the test at once, so unwrap is right here.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode};
use axum::Router;
use clap::Parser;
use nylas_emulator::app::{router, AppState};
use nylas_emulator::config::Args;
use nylas_emulator::signing::{canonical_json, ServiceAccount};
use serde_json::{json, Value};
use tower::ServiceExt;

pub const KEY: &str = "nyk_emulator";
pub const PASSWORD: &str = "Abcdefghijklmnop12";
pub const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/test-service-account.json"
);

/// One answer: status, headers, JSON body (Null when not JSON) and the raw text it was read from
/// (to tell an empty body from one that does not parse).
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    pub text: String,
}

impl Answer {
    pub fn data(&self) -> &Value {
        &self.body["data"]
    }
    pub fn error_type(&self) -> &str {
        self.body["error"]["type"].as_str().unwrap_or("")
    }
    pub fn message(&self) -> &str {
        self.body["error"]["message"].as_str().unwrap_or("")
    }
}

pub struct Emu {
    pub app: Router,
    pub state: AppState,
}

impl Emu {
    /// An emulator with hooks, `acme.nylas.email` registered and the nylas connector, plus `extra` flags.
    pub fn new(extra: &[&str]) -> Self {
        let mut argv = vec![
            "nylas-emulator",
            "--test-hooks",
            "--domain",
            "acme.nylas.email",
            "--auto-connector",
        ];
        argv.extend_from_slice(extra);
        Self::with_args(Args::parse_from(argv))
    }

    pub fn with_args(args: Args) -> Self {
        let state = AppState::from_args(args).unwrap();
        Self {
            app: router(state.clone()),
            state,
        }
    }

    pub async fn send(&self, req: Request<Body>) -> Answer {
        let resp = self.app.clone().oneshot(req).await.unwrap();
        let status = resp.status();
        let headers = resp.headers().clone();
        let bytes = axum::body::to_bytes(resp.into_body(), usize::MAX)
            .await
            .unwrap();
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Answer {
            status,
            headers,
            body,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// An API-key call.
    pub async fn call(&self, method: &str, path: &str, body: Option<Value>) -> Answer {
        let mut req = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).unwrap())
            .uri(path)
            .header("authorization", format!("Bearer {KEY}"));
        let body = match body {
            Some(b) => {
                req = req.header("content-type", "application/json");
                Body::from(b.to_string())
            }
            None => Body::empty(),
        };
        self.send(req.body(body).unwrap()).await
    }

    /// A hook call (no key).
    pub async fn hook(&self, method: &str, path: &str, body: Option<Value>) -> Answer {
        let req = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).unwrap())
            .uri(path)
            .body(body.map_or_else(Body::empty, |b| Body::from(b.to_string())))
            .unwrap();
        self.send(req).await
    }

    pub async fn create_account(&self, email: &str) -> Answer {
        let body =
            json!({"provider": "nylas", "settings": {"email": email, "app_password": PASSWORD}});
        self.call("POST", "/v3/connect/custom", Some(body)).await
    }

    /// The id of a new account at `email` (the create must succeed).
    pub async fn account_id(&self, email: &str) -> String {
        owned_str(&self.create_account(email).await.data()["id"])
    }

    /// Adds a fault rule through the test hook.
    pub async fn add_fault(&self, rule: Value) -> Answer {
        self.hook("POST", "/__emulator/faults", Some(rule)).await
    }

    /// A Manage Domains call signed with the fixture service account.
    pub async fn admin(&self, method: &str, path: &str, body: Option<Value>) -> Answer {
        self.signed(&fixture_account(), method, path, body).await
    }

    /// Registers a domain through Manage Domains.
    pub async fn create_domain(&self, name: &str, address: &str) -> Answer {
        let body = json!({"name": name, "domain_address": address});
        self.admin("POST", "/v3/admin/domains", Some(body)).await
    }

    /// A service-account-signed call, signed as the Node SDK does.
    pub async fn signed(
        &self,
        account: &ServiceAccount,
        method: &str,
        path: &str,
        body: Option<Value>,
    ) -> Answer {
        let nonce = nylas_emulator::ids::random_token(20);
        let ts = nylas_emulator::ids::now_secs();
        self.signed_with(account, method, path, body, &nonce, ts)
            .await
    }

    pub async fn signed_with(
        &self,
        account: &ServiceAccount,
        method: &str,
        path: &str,
        body: Option<Value>,
        nonce: &str,
        ts: i64,
    ) -> Answer {
        let payload = body.as_ref().map(canonical_json).unwrap_or_default();
        let text = nylas_emulator::signing::signed_text(
            method,
            path.split('?').next().unwrap(),
            payload.as_bytes(),
            nonce,
            ts,
        )
        .unwrap();
        let req = Request::builder()
            .method(Method::from_bytes(method.as_bytes()).unwrap())
            .uri(path)
            .header("x-nylas-kid", &account.private_key_id)
            .header("x-nylas-nonce", nonce)
            .header("x-nylas-timestamp", ts.to_string())
            .header("x-nylas-signature", sign(account, &text))
            .header("content-type", "application/json")
            .body(Body::from(payload))
            .unwrap();
        self.send(req).await
    }
}

/// A JSON string as an owned `String`; panics (fails the test) on anything else.
pub fn owned_str(v: &Value) -> String {
    v.as_str().unwrap().to_string()
}

pub fn fixture_account() -> ServiceAccount {
    ServiceAccount::read(std::path::Path::new(FIXTURE)).unwrap()
}

pub fn sign(account: &ServiceAccount, text: &str) -> String {
    use base64::Engine;
    use rsa::pkcs8::DecodePrivateKey;
    use rsa::signature::{SignatureEncoding, Signer};
    let key = rsa::RsaPrivateKey::from_pkcs8_pem(&account.private_key).unwrap();
    let signer = rsa::pkcs1v15::SigningKey::<sha2::Sha256>::new(key);
    base64::engine::general_purpose::STANDARD.encode(signer.sign(text.as_bytes()).to_bytes())
}
