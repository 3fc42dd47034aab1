//! The native host's HTTP surface: the core's exchange (`exchange.rs`, the same one the wasm host
//! runs) served by axum inside the native-only layers (body deadlines, the log), and the state built
//! from flags.

use axum::body::{Body, Bytes};
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderName, HeaderValue, Method, StatusCode};
use axum::middleware::from_fn_with_state;
use axum::response::Response;
use axum::Router;
use std::sync::Arc;
use std::time::Duration;

use crate::config::Args;
use crate::exchange::{self, Ending, Table};
use crate::listener::ConnMeta;
use crate::middleware;
use crate::signing::{ServiceAccount, TrustedKeys};
use crate::store::Store;

pub use crate::state::{seed, AppState, Inner};

impl AppState {
    /// Builds the state from flags with the native host's services ([`crate::native_host`]): the
    /// `--state` file, and the service accounts of `--service-account-out` / `--service-account` files.
    pub fn from_args(args: Args) -> Result<Self, String> {
        let services = crate::native_host::services(args.state.clone())?;
        Self::with_services(args, services, trust_key_files)
    }
}

fn trust_key_files(args: &Args, store: &mut Store) -> Result<TrustedKeys, String> {
    let mut trusted = TrustedKeys::default();
    if let Some(out) = &args.service_account_out {
        let account = match &store.service_account {
            Some(a) => a.clone(),
            None => ServiceAccount::generate(&store.organization_id, &args.region)?,
        };
        let text = serde_json::to_string_pretty(&account).map_err(|e| e.to_string())?;
        std::fs::write(out, text).map_err(|e| format!("cannot write {}: {e}", out.display()))?;
        trusted.trust(&account)?;
        store.service_account = Some(account);
    }
    for path in &args.service_accounts {
        trusted.trust(&ServiceAccount::read(path)?)?;
    }
    Ok(trusted)
}

/// The whole HTTP surface: every request goes through the core's exchange ([`crate::exchange`]:
/// routing, CORS, the hooks' origin rule, API-key or signature auth, call counting, faults), the one
/// the wasm host uses, inside the native-only layers (body deadline, the `--verbose` log).
pub fn router(state: AppState) -> Router {
    let table = Arc::new(Table::new(&state));
    let answer = move |State(state): State<AppState>, req: Request| {
        let table = table.clone();
        async move { answer(&state, &table, req).await }
    };
    Router::new()
        .fallback(answer)
        .layer(from_fn_with_state(
            state.clone(),
            middleware::read_body_in_time,
        ))
        .layer(from_fn_with_state(state.clone(), middleware::log_request))
        .with_state(state)
}

/// One request through the core: axum's request in, the exchange's answer out (a fault's broken
/// ending made real on the connection).
async fn answer(state: &AppState, table: &Table, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let Ok(body) = axum::body::to_bytes(body, exchange::MAX_BODY_BYTES).await else {
        return middleware::refusal(state, &parts.headers, exchange::too_large()).await;
    };
    let conn = parts
        .extensions
        .get::<ConnectInfo<ConnMeta>>()
        .map(|c| c.0.clone());
    // axum answered HEAD on every GET route; the core's table has GET only (hyper drops the body).
    let method = if parts.method == Method::HEAD {
        Method::GET
    } else {
        parts.method
    };
    let request = exchange::Request {
        method: method.to_string(),
        path: parts.uri.path().to_string(),
        query: parts.uri.query().unwrap_or_default().to_string(),
        headers: parts
            .headers
            .iter()
            .map(|(name, value)| {
                (
                    name.to_string(),
                    String::from_utf8_lossy(value.as_bytes()).into_owned(),
                )
            })
            .collect(),
        body: body.to_vec(),
    };
    let answer = exchange::handle(state, table, request).await;
    let status = StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let mut resp = match answer.ending {
        Ending::Complete => Response::new(Body::from(answer.body)),
        Ending::Reset => {
            if let Some(conn) = &conn {
                conn.request_reset();
            }
            broken_body(Bytes::new())
        }
        Ending::Cut => broken_body(Bytes::from(answer.body)),
    };
    *resp.status_mut() = status;
    for (name, value) in answer.headers {
        if let (Ok(name), Ok(value)) = (HeaderName::try_from(name), HeaderValue::try_from(value)) {
            resp.headers_mut().append(name, value);
        }
    }
    resp
}

/// A body that sends `first`, then fails: hyper aborts the connection (a cut answer keeps the full
/// Content-Length the exchange declared). The pause lets hyper flush `first` before the failure.
fn broken_body(first: Bytes) -> Response {
    let head = futures_util::stream::iter([Ok::<Bytes, std::io::Error>(first)]);
    let tail = futures_util::stream::once(async {
        tokio::time::sleep(Duration::from_millis(30)).await;
        Err::<Bytes, std::io::Error>(std::io::Error::other("injected connection fault"))
    });
    Response::new(Body::from_stream(futures_util::StreamExt::chain(
        head, tail,
    )))
}
