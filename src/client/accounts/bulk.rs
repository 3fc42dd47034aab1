//! The facts a bulk create starts from: which of its addresses already have an account, read in one
//! pass over the grants list instead of one lookup per address.

use super::Prior;
use crate::client::endpoints::{limit_filter, list_page, Args, Paging};
use crate::client::object;
use crate::client::signing::Signer;
use crate::client::transport::{Method, Transport};
use crate::client::{Call, Client};
use crate::error::Error;
use crate::{validate_email, EmailOptions};
use serde_json::{Map, Value};

/// Grants per page of the pass: the API's maximum.
const PAGE_SIZE: u64 = 200;

/// At most one list page per this many addresses (and at least one page). The pass pays off while it
/// costs fewer requests than the lookups it saves; with this bound its cost stays under 5 % of the
/// batch's requests even when the application holds far more accounts than the batch makes.
const ADDRESSES_PER_PAGE_BUDGET: usize = 20;

/// What [`lookup_many`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct Lookup {
    /// True when the pass read every grant: an address it did not see has no account.
    pub complete: bool,
    /// Per address, in order, what `accounts.create` is to take as known ([`Prior::to_json`]).
    pub priors: Vec<Value>,
}

impl Lookup {
    /// `{ complete, priors }`, as JavaScript receives it. Built by hand: deriving `Serialize` for
    /// `json!` would link serde_json's value serializer, about 20 KB of wasm.
    pub fn to_json(self) -> Value {
        object([
            ("complete", self.complete.into()),
            ("priors", self.priors.into()),
        ])
    }
}

/// Reads the grants list (every provider: one grant per address in an application, and the server's
/// `provider` filter lags fresh accounts) for at most `ceil(addresses / 20)` pages, and matches the
/// addresses against it, case-insensitively, by their normalised form.
pub async fn lookup_many<T: Transport, S: Signer>(
    client: &Client<T, S>,
    addresses: &[String],
    signal: Option<&T::Signal>,
) -> Result<Lookup, Error> {
    let keys: Vec<Option<String>> = addresses.iter().map(|a| key_of(a)).collect();
    let wanted: usize = keys.iter().flatten().count();
    let budget = addresses.len().div_ceil(ADDRESSES_PER_PAGE_BUDGET).max(1);
    // serde_json's map (a BTreeMap) rather than a HashMap: the wasm already carries its code.
    let mut found: Map<String, Value> = Map::new();
    let mut args = Args {
        filter: Some(limit_filter(PAGE_SIZE)),
        ..Args::default()
    };
    let mut complete = wanted == 0;
    for _ in 0..budget {
        if complete {
            break;
        }
        let page = match list_page(
            client,
            Call::new(Method::Get, "/v3/grants"),
            Paging::Offset,
            &args,
            signal,
        )
        .await
        {
            Ok(page) => page,
            Err(Error::Abort) => return Err(Error::Abort),
            // A failed pass is a partial one: the creates look up what it did not see, and the
            // batch's own duplicates are still found below.
            Err(_) => break,
        };
        for grant in page["data"].as_array().into_iter().flatten() {
            if let Some(key) = grant.get("email").and_then(Value::as_str).and_then(key_of) {
                found.entry(key).or_insert_with(|| grant.clone());
            }
        }
        match page["nextCursor"].as_str() {
            Some(next) => args.cursor = Some(next.to_string()),
            None => complete = true,
        }
    }
    let priors = keys
        .iter()
        .enumerate()
        .map(|(i, key)| match key.as_ref().map(|k| found.get(k)) {
            // A second create of one address would re-authenticate the account the first made.
            _ if key.is_some() && keys[..i].contains(key) => {
                Prior::DuplicateOf(keys[..i].iter().position(|k| k == key).unwrap_or(0))
            }
            Some(Some(account)) => Prior::Exists(account.clone()),
            Some(None) if complete => Prior::Absent,
            // Not seen in a partial pass, or an address the checks reject (the create says why).
            _ => Prior::Unknown,
        })
        .map(Prior::to_json)
        .collect();
    Ok(Lookup { complete, priors })
}

/// The form two spellings of one mailbox share: the checked address, lowercased (Nylas matches
/// addresses without regard to case). `None` for an address the checks reject. A checked address is
/// ASCII (an A-label domain, a local part without non-ASCII), so ASCII lowercasing is exact, and it
/// spares the wasm Unicode's case tables (about 20 KB).
fn key_of(address: &str) -> Option<String> {
    validate_email(address, &EmailOptions::default())
        .address
        .map(|a| a.to_ascii_lowercase())
}
