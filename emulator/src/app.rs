//! The shared application state and the Router with its layers.

use axum::middleware::from_fn_with_state;
use axum::Router;
use std::collections::HashMap;
use std::ops::Deref;
use std::sync::{Arc, Mutex, MutexGuard};
use tower_http::cors::{AllowHeaders, AllowMethods, AllowOrigin, CorsLayer};

use crate::config::Args;
use crate::faults::{FaultKind, Faults};
use crate::host::Services;
use crate::ids::now_secs;
use crate::origins::AllowedOrigins;
use crate::ratelimit::RateLimiter;
use crate::reply::ApiError;
use crate::signing::{ServiceAccount, TrustedKeys};
use crate::store::{Connector, Domain, Store};
use crate::{middleware, routes};

/// Everything handlers share.
#[derive(Debug)]
pub struct Inner {
    /// The flags the emulator started with.
    pub args: Args,
    /// All API state. A std mutex: it is never held across an `.await`.
    pub store: Mutex<Store>,
    /// Rate limits.
    pub limiter: RateLimiter,
    /// Fault rules.
    pub faults: Faults,
    /// Service-account keys trusted for `/v3/admin/*`.
    pub trusted: TrustedKeys,
    /// The host's timers, tasks, webhook traffic and persistence.
    pub services: Services,
    /// Calls per `METHOD /route`, for the stats hook.
    pub stats: Mutex<HashMap<String, u64>>,
    /// Web origins that get a CORS grant and may call the test hooks.
    pub origins: AllowedOrigins,
}

/// Cheap-to-clone handle on [`Inner`].
#[derive(Debug, Clone)]
pub struct AppState(pub Arc<Inner>);

impl Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl AppState {
    /// Locks the store (a poisoned lock is a 500, not a panic).
    pub fn store(&self) -> Result<MutexGuard<'_, Store>, ApiError> {
        self.store
            .lock()
            .map_err(|_| ApiError::internal("emulator state is unavailable"))
    }

    /// Builds the state from flags with the native host's services ([`crate::native_host`]).
    pub fn from_args(args: Args) -> Result<Self, String> {
        let services = crate::native_host::services(args.state.clone())?;
        Self::with_services(args, services)
    }

    /// Builds the state from flags: loads the saved state, registers `--domain`s, sets up service accounts.
    pub fn with_services(args: Args, services: Services) -> Result<Self, String> {
        for domain in &args.domains {
            crate::validate::domain("--domain", domain.trim()).map_err(|e| e.message)?;
        }
        let saved = match &services.persistence {
            Some(p) => p.load()?,
            None => None,
        };
        let mut store = match saved {
            Some(text) => Store::from_json(&text)?,
            None => Store::new(),
        };
        seed(&mut store, &args);
        let mut trusted = TrustedKeys::default();
        if let Some(out) = &args.service_account_out {
            let account = match &store.service_account {
                Some(a) => a.clone(),
                None => ServiceAccount::generate(&store.organization_id, &args.region)?,
            };
            let text = serde_json::to_string_pretty(&account).map_err(|e| e.to_string())?;
            std::fs::write(out, text)
                .map_err(|e| format!("cannot write {}: {e}", out.display()))?;
            trusted.trust(&account)?;
            store.service_account = Some(account);
        }
        for path in &args.service_accounts {
            trusted.trust(&ServiceAccount::read(path)?)?;
        }
        let kinds = args
            .fault_kinds
            .iter()
            .map(|k| {
                FaultKind::parse(k)
                    .ok_or_else(|| format!("unknown fault kind {k:?} in --fault-kinds"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let origins = AllowedOrigins::from_flags(&args.allow_origins)?;
        Ok(Self(Arc::new(Inner {
            origins,
            limiter: RateLimiter::new(args.rate_limit, args.grant_rate_limit),
            faults: Faults::new(args.fault_rate, kinds, args.fault_delay_ms),
            store: Mutex::new(store),
            trusted,
            services,
            stats: Mutex::default(),
            args,
        })))
    }

    /// Saves the store through the host's persistence (`--state FILE`), when there is one.
    pub fn save(&self) -> Result<(), String> {
        let Some(persistence) = &self.services.persistence else {
            return Ok(());
        };
        let text = self
            .store
            .lock()
            .map_err(|_| "emulator state is unavailable".to_string())?
            .to_json()?;
        persistence.save(&text)
    }
}

/// What the flags put in every fresh store: `--domain`s (verified) and, with `--auto-connector`,
/// the `nylas` connector. Also run by the reset hook.
pub fn seed(store: &mut Store, args: &Args) {
    let now = now_secs();
    for address in &args.domains {
        // The package's rule (lowercase A-labels, no final dot), as for emails; from_args checked it.
        let address = crate::validate::domain("--domain", address.trim())
            .unwrap_or_else(|_| address.trim().to_ascii_lowercase());
        if store.domain_by_address(&address).is_some() {
            continue;
        }
        let branded = crate::validate::is_trial_domain(&address);
        store.domains.push(Domain {
            id: crate::ids::new_uuid(),
            name: address.clone(),
            domain_address: address,
            region: args.region.clone(),
            branded,
            verified: ["ownership", "mx", "spf", "dkim", "feedback"]
                .map(String::from)
                .to_vec(),
            created_at: now,
            updated_at: now,
        });
    }
    if args.auto_connector && store.connector("nylas").is_none() {
        store.connectors.push(Connector {
            name: "nylas".into(),
            provider: "nylas".into(),
            settings: serde_json::Map::new(),
            scope: Vec::new(),
        });
    }
}

/// The whole HTTP surface: API routes (faults apply), test hooks (if enabled), CORS and request ids.
pub fn router(state: AppState) -> Router {
    let api = routes::api_router(state.clone())
        .layer(from_fn_with_state(state.clone(), middleware::inject_faults))
        .layer(from_fn_with_state(state.clone(), middleware::count_calls));
    let mut app = api;
    if state.args.test_hooks {
        let hooks = routes::hooks::router().layer(from_fn_with_state(
            state.clone(),
            middleware::hooks_refuse_foreign_origins,
        ));
        app = app.merge(hooks);
    }
    app.fallback(routes::not_found)
        .method_not_allowed_fallback(routes::method_not_allowed)
        .layer(from_fn_with_state(
            state.clone(),
            middleware::read_body_in_time,
        ))
        .layer(from_fn_with_state(state.clone(), middleware::request_id))
        .layer(cors(&state.origins))
        .with_state(state)
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
