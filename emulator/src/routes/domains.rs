//! Manage Domains under `/v3/admin/domains` (service-account signed): CRUD, `info` and `verify`.

use crate::handler::Router;
use crate::handler::{get, post};
use crate::handler::{Path, State};
use serde_json::{json, Value};

use super::crud::{cursor_list, one, one_mut, remove_all};
use super::{opt_name, req_domain, req_name, req_str, JsonBody, QueryMap};
use crate::ids::{new_uuid, now_secs};
use crate::reply::{ApiError, ApiResult, Reply};
use crate::state::AppState;
use crate::store::{DnsRecord, Domain};
use crate::unknowns::dns;
use crate::validate;

/// The record types `info` and `verify` take.
pub const RECORD_TYPES: [&str; 5] = ["ownership", "mx", "spf", "dkim", "feedback"];

/// The routes (the signature layer is added by the caller).
pub fn router() -> Router {
    Router::new()
        .route("/v3/admin/domains", get(list).post(create))
        .route(
            "/v3/admin/domains/{domain_id}",
            get(find).put(update).delete(remove),
        )
        .route("/v3/admin/domains/{domain_id}/info", post(info))
        .route("/v3/admin/domains/{domain_id}/verify", post(verify))
}

/// The record a domain must publish for `kind` (see `unknowns::dns` for where the values come from).
pub fn expected_record(d: &Domain, kind: &str) -> DnsRecord {
    let token: String = d.id.chars().filter(char::is_ascii_alphanumeric).collect();
    let (host, kind_dns, value) = match kind {
        "ownership" => ("@", "TXT", format!("{}{token}", dns::OWNERSHIP_PREFIX)),
        "mx" => (
            "@",
            "MX",
            format!(
                "10 {}",
                dns::MX_HOST_US.replace(".us.", &format!(".{}.", d.region))
            ),
        ),
        "spf" => ("@", "TXT", dns::SPF_VALUE.to_string()),
        "dkim" => (
            dns::DKIM_HOST,
            "CNAME",
            format!("{}.dkim.nylas.email", &token[..token.len().min(12)]),
        ),
        _ => (
            dns::FEEDBACK_HOST,
            "MX",
            format!(
                "10 {}",
                dns::FEEDBACK_MX.replace(".us.", &format!(".{}.", d.region))
            ),
        ),
    };
    DnsRecord {
        host: host.into(),
        kind: kind_dns.into(),
        value,
    }
}

fn normalize_host(host: &str, domain: &str) -> String {
    let h = host.trim().trim_end_matches('.').to_ascii_lowercase();
    if h.is_empty() || h == domain {
        return "@".into();
    }
    h.strip_suffix(&format!(".{domain}"))
        .map_or(h.clone(), str::to_string)
}

fn normalize_value(value: &str) -> String {
    let v = value
        .trim()
        .trim_matches('"')
        .trim_end_matches('.')
        .to_ascii_lowercase();
    v.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether a published record satisfies the expected one (hosts relative or absolute, trailing dots,
/// case, an MX without priority, and extra SPF mechanisms are all tolerated).
fn satisfies(published: &DnsRecord, expected: &DnsRecord, domain: &str) -> bool {
    if normalize_host(&published.host, domain) != normalize_host(&expected.host, domain)
        || !published.kind.eq_ignore_ascii_case(&expected.kind)
    {
        return false;
    }
    let (got, want) = (
        normalize_value(&published.value),
        normalize_value(&expected.value),
    );
    if expected.value.starts_with("v=spf1") {
        return got.starts_with("v=spf1") && got.contains("include:spf.nylas.email");
    }
    got == want
        || (expected.kind == "MX" && want.split_once(' ').is_some_and(|(_, host)| got == host))
}

async fn create(State(state): State<AppState>, JsonBody(body): JsonBody) -> ApiResult {
    let name = req_name(&body)?;
    let address = req_domain(&body, "domain_address")?;
    let branded = address.ends_with(".nylas.email");
    if branded && !validate::is_trial_domain(&address) {
        return Err(ApiError::invalid(
            "a nylas.email domain must be one label of a-z, 0-9 and inner hyphens, then .nylas.email",
        ));
    }
    let mut store = state.store()?;
    if store.domain_by_address(&address).is_some() {
        return Err(ApiError::conflict(format!(
            "domain {address} is already registered"
        )));
    }
    if branded && store.domains.iter().any(|d| d.branded) {
        return Err(ApiError::invalid(
            "the organization already has its free nylas.email domain (one per region)",
        ));
    }
    let now = now_secs();
    let domain = Domain {
        id: new_uuid(),
        name,
        domain_address: address,
        region: state.args.region.clone(),
        branded,
        verified: Vec::new(),
        created_at: now,
        updated_at: now,
    };
    let wire = domain.to_wire(&store.organization_id);
    store.domains.push(domain);
    Ok(Reply::ok(wire))
}

async fn list(State(state): State<AppState>, q: QueryMap) -> ApiResult {
    let store = state.store()?;
    let all: Vec<Value> = store
        .domains
        .iter()
        .map(|d| d.to_wire(&store.organization_id))
        .collect();
    cursor_list(all, &q)
}

fn not_found(id: &str) -> ApiError {
    ApiError::not_found(format!("domain {id} not found"))
}

async fn find(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let store = state.store()?;
    let d = one(&store.domains, |d| d.id == id, || not_found(&id))?;
    Ok(Reply::ok(d.to_wire(&store.organization_id)))
}

async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let name = opt_name(&body)?;
    let mut store = state.store()?;
    let org = store.organization_id.clone();
    let d = one_mut(&mut store.domains, |d| d.id == id, || not_found(&id))?;
    if let Some(n) = name {
        d.name = n;
        d.updated_at = now_secs();
    }
    Ok(Reply::ok(d.to_wire(&org)))
}

async fn remove(State(state): State<AppState>, Path(id): Path<String>) -> ApiResult {
    let mut store = state.store()?;
    remove_all(&mut store.domains, |d| d.id == id, || not_found(&id))?;
    Ok(Reply::deleted())
}

fn record_type(body: &serde_json::Map<String, Value>) -> Result<String, ApiError> {
    let kind = req_str(body, "type")?;
    if !RECORD_TYPES.contains(&kind.as_str()) {
        return Err(ApiError::invalid(format!(
            "type must be one of {}",
            RECORD_TYPES.join(", ")
        )));
    }
    Ok(kind)
}

fn attempt(d: &Domain, kind: &str, status: &str, message: &str) -> Value {
    let r = expected_record(d, kind);
    let now = now_secs();
    json!({
        "domain_id": d.id,
        "attempt": { "type": kind, "options": { "host": r.host, "type": r.kind, "value": r.value } },
        "status": status,
        "created_at": now,
        "expires_at": now + dns::ATTEMPT_TTL_SECS,
        "message": message,
    })
}

async fn info(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let kind = record_type(&body)?;
    let store = state.store()?;
    let d = one(&store.domains, |d| d.id == id, || not_found(&id))?;
    let (status, message) = if d.is_verified(&kind) {
        ("done", "this record is verified".to_string())
    } else {
        (
            "pending",
            format!("publish this {kind} record, then call verify"),
        )
    };
    Ok(Reply::ok(attempt(d, &kind, status, &message)))
}

async fn verify(
    State(state): State<AppState>,
    Path(id): Path<String>,
    JsonBody(body): JsonBody,
) -> ApiResult {
    let kind = record_type(&body)?;
    let mut store = state.store()?;
    let published = store.dns.clone();
    let d = one_mut(&mut store.domains, |d| d.id == id, || not_found(&id))?;
    if d.is_verified(&kind) {
        return Ok(Reply::ok(attempt(
            d,
            &kind,
            "done",
            "this record is verified",
        )));
    }
    let expected = expected_record(d, &kind);
    let records = published
        .get(&d.domain_address)
        .map(Vec::as_slice)
        .unwrap_or_default();
    if records
        .iter()
        .any(|r| satisfies(r, &expected, &d.domain_address))
    {
        d.verified.push(kind.clone());
        d.updated_at = now_secs();
        return Ok(Reply::ok(attempt(
            d,
            &kind,
            "done",
            "record found: verified",
        )));
    }
    let message = format!(
        "no {} record at {} with value {} was found",
        expected.kind, expected.host, expected.value
    );
    Ok(Reply::ok(attempt(d, &kind, "failed", &message)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(host: &str, kind: &str, value: &str) -> DnsRecord {
        DnsRecord {
            host: host.into(),
            kind: kind.into(),
            value: value.into(),
        }
    }

    #[test]
    fn published_records_match_loosely_but_not_wrongly() {
        let want = rec("@", "MX", "10 mx.us.nylas.email");
        assert!(satisfies(
            &rec("example.com.", "mx", "10 MX.us.nylas.email."),
            &want,
            "example.com"
        ));
        assert!(satisfies(
            &rec("@", "MX", "mx.us.nylas.email"),
            &want,
            "example.com"
        ));
        assert!(!satisfies(
            &rec("@", "MX", "10 mx.other.email"),
            &want,
            "example.com"
        ));
        let spf = rec("@", "TXT", dns::SPF_VALUE);
        assert!(satisfies(
            &rec(
                "@",
                "TXT",
                "v=spf1 include:_spf.google.com include:spf.nylas.email ~all"
            ),
            &spf,
            "example.com"
        ));
        let dkim = rec("nylas._domainkey", "CNAME", "x.dkim.nylas.email");
        assert!(satisfies(
            &rec(
                "nylas._domainkey.example.com",
                "CNAME",
                "x.dkim.nylas.email"
            ),
            &dkim,
            "example.com"
        ));
    }
}
