//! The native host's HTTP surface: the core's routes served by axum with the layers around them
//! (request ids, body deadlines, CORS, auth, faults, call counting), and the state built from flags.

use axum::body::Body;
use axum::extract::{RawPathParams, State};
use axum::http::{StatusCode, Uri};
use axum::middleware::from_fn_with_state;
use axum::response::{IntoResponse, Response};
use axum::routing::{on, MethodFilter};
use axum::Router;
use tower_http::cors::{AllowHeaders, AllowMethods, AllowOrigin, CorsLayer};

use crate::config::Args;
use crate::handler::{self, Cx};
use crate::origins::AllowedOrigins;
use crate::reply::ApiError;
use crate::signing::{ServiceAccount, TrustedKeys};
use crate::store::Store;
use crate::{middleware, routes};

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

/// The whole HTTP surface: the core's route table ([`crate::routes`]) served by axum, API routes
/// (faults apply), test hooks (if enabled), CORS and request ids.
pub fn router(state: AppState) -> Router {
    let keyed = to_axum(routes::keyed_routes()).route_layer(from_fn_with_state(
        state.clone(),
        middleware::require_api_key,
    ));
    let signed = to_axum(routes::signed_routes()).route_layer(from_fn_with_state(
        state.clone(),
        middleware::require_signature,
    ));
    let mut app = keyed
        .merge(signed)
        .layer(from_fn_with_state(state.clone(), middleware::inject_faults))
        .layer(from_fn_with_state(state.clone(), middleware::count_calls));
    if state.args.test_hooks {
        let hooks = to_axum(routes::hooks::router()).layer(from_fn_with_state(
            state.clone(),
            middleware::hooks_refuse_foreign_origins,
        ));
        app = app.merge(hooks);
    }
    app.fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(from_fn_with_state(
            state.clone(),
            middleware::read_body_in_time,
        ))
        .layer(from_fn_with_state(state.clone(), middleware::request_id))
        .layer(cors(&state.origins))
        .with_state(state)
}

/// Registers every route of the core's table with axum, which then does the matching (and gives
/// `MatchedPath` to the call counter).
fn to_axum(table: handler::Router) -> Router<AppState> {
    let mut router = Router::new();
    for route in table.routes() {
        let Ok(filter) = MethodFilter::try_from(route.method.clone()) else {
            continue;
        };
        let endpoint = route.endpoint.clone();
        let call = move |State(state): State<AppState>,
                         params: RawPathParams,
                         uri: Uri,
                         body: Body| async move {
            let Ok(body) = axum::body::to_bytes(body, middleware::MAX_BODY_BYTES).await else {
                return ApiError::invalid("cannot read the request body (too large?)")
                    .into_response();
            };
            let cx = Cx {
                state,
                params: params.iter().map(|(_, v)| v.to_string()).collect(),
                query: uri.query().unwrap_or_default().to_string(),
                body: body.to_vec(),
            };
            endpoint(cx).await.into_response()
        };
        router = router.route(route.template, on(filter, call));
    }
    router
}

/// 404 for unknown routes, in the API's envelope.
async fn not_found() -> Response {
    ApiError::not_found("no such route in the Nylas API emulator").into_response()
}

/// 405 in the API's envelope.
async fn method_not_allowed() -> Response {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        crate::unknowns::error_type::INVALID_REQUEST,
        "method not allowed on this route",
    )
    .into_response()
}

/// CORS grants for the allowed origins only: a page from elsewhere gets no `Access-Control-Allow-Origin`,
/// so its browser neither sends a preflighted call (every `/v3` call carries a key) nor lets it read an answer.
fn cors(origins: &AllowedOrigins) -> CorsLayer {
    let allow_origin = if origins.allows_any() {
        AllowOrigin::any()
    } else {
        let origins = origins.clone();
        AllowOrigin::predicate(move |origin, _| origin.to_str().is_ok_and(|o| origins.allows(o)))
    };
    CorsLayer::new()
        .allow_origin(allow_origin)
        // Browsers never let `*` cover Authorization, so mirror what the preflight asks for.
        .allow_headers(AllowHeaders::mirror_request())
        .allow_methods(AllowMethods::mirror_request())
        .expose_headers([
            axum::http::HeaderName::from_static("x-request-id"),
            axum::http::header::RETRY_AFTER,
        ])
        .max_age(std::time::Duration::from_secs(600))
}
