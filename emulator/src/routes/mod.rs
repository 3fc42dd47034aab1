//! The API routes, one module per resource, and the extractors they share.

pub mod connect;
pub mod connectors;
pub mod crud;
pub mod domains;
pub mod evaluations;
pub mod grants;
pub mod hook_answers;
pub mod hooks;
pub mod lists;
pub mod messages;
pub mod policies;
pub mod rules;
pub mod webhooks;
pub mod workspaces;

use base64::Engine;
use serde_json::{Map, Value};
use std::collections::HashMap;

use crate::handler::{Cx, FromCx, Router};
use crate::reply::ApiError;

/// The `/v3` routes that take the API key.
pub fn keyed_routes() -> Router {
    Router::new()
        .merge(connect::router())
        .merge(grants::router())
        .merge(connectors::router())
        .merge(workspaces::router())
        .merge(policies::router())
        .merge(rules::router())
        .merge(lists::router())
        .merge(messages::router())
        .merge(evaluations::router())
        .merge(webhooks::router())
}

/// The `/v3/admin` routes, signed by a service account instead.
pub fn signed_routes() -> Router {
    domains::router()
}

/// A JSON object body. Empty bodies read as `{}`; unknown fields are kept (and ignored by handlers).
#[derive(Debug, Clone, Default)]
pub struct JsonBody(pub Map<String, Value>);

impl FromCx for JsonBody {
    fn from_cx(cx: &mut Cx) -> Result<Self, ApiError> {
        let bytes = std::mem::take(&mut cx.body);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(Self::default());
        }
        match serde_json::from_slice::<Value>(&bytes) {
            Ok(Value::Object(map)) => Ok(Self(map)),
            Ok(_) => Err(payload_error("the request body must be a JSON object")),
            Err(_) => Err(payload_error("the request body is not valid JSON")),
        }
    }
}

fn payload_error(message: &str) -> ApiError {
    ApiError::new(
        http::StatusCode::BAD_REQUEST,
        crate::unknowns::error_type::INVALID_PAYLOAD,
        message,
    )
}

/// Query parameters as a map (the last value of a repeated key wins). Never rejects.
#[derive(Debug, Clone, Default)]
pub struct QueryMap(pub HashMap<String, String>);

impl QueryMap {
    /// One parameter.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }
    /// A boolean parameter in any spelling of `unknowns::QUERY_TRUE` / `QUERY_FALSE`, 400 on anything else.
    pub fn bool(&self, key: &str) -> Result<Option<bool>, ApiError> {
        match self.get(key) {
            None => Ok(None),
            Some(v) if crate::unknowns::QUERY_TRUE.contains(&v) => Ok(Some(true)),
            Some(v) if crate::unknowns::QUERY_FALSE.contains(&v) => Ok(Some(false)),
            Some(_) => Err(ApiError::invalid(format!("{key} must be true or false"))),
        }
    }
    /// An integer parameter, 400 when not one.
    pub fn int(&self, key: &str) -> Result<Option<i64>, ApiError> {
        self.get(key)
            .map(|v| {
                v.trim()
                    .parse()
                    .map_err(|_| ApiError::invalid(format!("{key} must be an integer")))
            })
            .transpose()
    }
}

impl FromCx for QueryMap {
    fn from_cx(cx: &mut Cx) -> Result<Self, ApiError> {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(&cx.query).unwrap_or_default();
        Ok(Self(pairs.into_iter().collect()))
    }
}

/// One page of `items` for cursor pagination; the cursor is an opaque token for the next offset.
pub fn cursor_page<T>(
    items: Vec<T>,
    q: &QueryMap,
    default: usize,
) -> Result<(Vec<T>, Option<String>), ApiError> {
    let limit = crate::validate::limit(q.get("limit"), default, 200)?;
    let offset = match q.get("page_token").filter(|t| !t.is_empty()) {
        None => 0,
        Some(token) => decode_cursor(token)?,
    };
    let total = items.len();
    let page: Vec<T> = items.into_iter().skip(offset).take(limit).collect();
    let next = (offset + page.len() < total).then(|| encode_cursor(offset + page.len()));
    Ok((page, next))
}

fn encode_cursor(offset: usize) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("offset:{offset}"))
}

fn decode_cursor(token: &str) -> Result<usize, ApiError> {
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(token)
        .map_err(|_| ApiError::invalid("page_token is not valid"))?;
    String::from_utf8(bytes)
        .ok()
        .and_then(|s| s.strip_prefix("offset:").and_then(|n| n.parse().ok()))
        .ok_or_else(|| ApiError::invalid("page_token is not valid"))
}

/// A string field of a body: `Ok(None)` when absent or null, 400 when another type.
pub fn opt_str(body: &Map<String, Value>, key: &str) -> Result<Option<String>, ApiError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(ApiError::invalid(format!("{key} must be a string"))),
    }
}

/// A required string field.
pub fn req_str(body: &Map<String, Value>, key: &str) -> Result<String, ApiError> {
    opt_str(body, key)?.ok_or_else(|| ApiError::invalid(format!("{key} is required")))
}

/// The `name` field, required and checked like every resource's name.
pub fn req_name(body: &Map<String, Value>) -> Result<String, ApiError> {
    let name = req_str(body, "name")?;
    crate::validate::name("name", &name)?;
    Ok(name)
}

/// The `name` field of an update: `Ok(None)` when absent, checked when sent.
pub fn opt_name(body: &Map<String, Value>) -> Result<Option<String>, ApiError> {
    let name = opt_str(body, "name")?;
    if let Some(n) = &name {
        crate::validate::name("name", n)?;
    }
    Ok(name)
}

/// A required domain-name field, normalised once by the package's rule (trimmed, no trailing dot,
/// lowercase A-labels) so that comparing stored domains, and email domains, is plain string equality.
pub fn req_domain(body: &Map<String, Value>, key: &str) -> Result<String, ApiError> {
    let domain = req_str(body, key)?;
    crate::validate::domain(key, domain.trim())
}

/// An array-of-strings field: `Ok(None)` when absent or null.
pub fn opt_str_list(body: &Map<String, Value>, key: &str) -> Result<Option<Vec<String>>, ApiError> {
    let bad = || ApiError::invalid(format!("{key} must be an array of strings"));
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_string).ok_or_else(bad))
            .collect::<Result<Vec<_>, _>>()
            .map(Some),
        Some(_) => Err(bad()),
    }
}

/// A boolean field: `Ok(None)` when absent or null.
pub fn opt_bool(body: &Map<String, Value>, key: &str) -> Result<Option<bool>, ApiError> {
    match body.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Bool(b)) => Ok(Some(*b)),
        Some(_) => Err(ApiError::invalid(format!("{key} must be a boolean"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_booleans_take_the_python_sdks_spelling() {
        let mut q = QueryMap::default();
        for (text, want) in [
            ("true", true),
            ("True", true),
            ("1", true),
            ("False", false),
            ("0", false),
        ] {
            q.0.insert("unread".into(), text.into());
            assert_eq!(q.bool("unread").ok(), Some(Some(want)), "{text}");
        }
        q.0.insert("unread".into(), "yes".into());
        assert!(q.bool("unread").is_err());
    }

    #[test]
    fn cursor_pages_walk_everything_once() {
        let items: Vec<u32> = (0..5).collect();
        let mut q = QueryMap::default();
        q.0.insert("limit".into(), "2".into());
        let (p1, next) = cursor_page(items.clone(), &q, 50).unwrap();
        assert_eq!(p1, vec![0, 1]);
        q.0.insert("page_token".into(), next.unwrap());
        let (p2, next) = cursor_page(items.clone(), &q, 50).unwrap();
        assert_eq!(p2, vec![2, 3]);
        q.0.insert("page_token".into(), next.unwrap());
        let (p3, next) = cursor_page(items, &q, 50).unwrap();
        assert_eq!((p3, next), (vec![4], None));
    }
}
