//! The emulator's shared state: the flags, the store, limits, faults, trusted keys and the host's
//! services. Runtime-free: every host builds one with [`AppState::with_services`].

use std::collections::HashMap;
use std::ops::Deref;
use std::sync::{Arc, Mutex, MutexGuard};

use crate::config::Args;
use crate::faults::{FaultKind, Faults};
use crate::host::Services;
use crate::ids::now_secs;
use crate::origins::AllowedOrigins;
use crate::ratelimit::RateLimiter;
use crate::reply::ApiError;
use crate::signing::TrustedKeys;
use crate::store::{Connector, Domain, Store};

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

    /// Builds the state from flags: loads the saved state, registers `--domain`s, then lets the host
    /// set up service accounts (`trust`: natively, key files) before the first call.
    // On wasm the host's services hold JavaScript objects, which are neither Send nor Sync; there is
    // one thread, and the Arc only shares the state between the calls in flight on it.
    #[cfg_attr(target_arch = "wasm32", allow(clippy::arc_with_non_send_sync))]
    pub fn with_services(
        args: Args,
        services: Services,
        trust: impl FnOnce(&Args, &mut Store) -> Result<TrustedKeys, String>,
    ) -> Result<Self, String> {
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
        let trusted = trust(&args, &mut store)?;
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
