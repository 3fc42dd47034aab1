//! The plain resources (workspaces, policies, rules, lists, messages, webhooks, domains): each an
//! operation of `methods::METHODS` with one HTTP request, run here, plus the three pagination styles
//! the API uses.

use super::case::{to_camel, to_snake};
use super::response::bad_response;
use super::signing::Signer;
use super::transport::{Method, Transport};
use super::{json_text, path_segment, Call, Client};
use crate::client::object;
use crate::error::Error;
use serde_json::{json, Map, Value};

use super::methods::{find, Request};
use super::Auth;

/// True when `op` is one HTTP request of the operation table (`methods::METHODS`), which [`run`] sends.
pub fn is_table_op(op: &str) -> bool {
    find(op).is_some_and(|op| !matches!(op.request, Request::Workflow(_)))
}

/// How a list endpoint pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// `limit` + `offset`; `{data: [...], limit, offset}` (grants, connectors).
    Offset,
    /// `page_token` in, `next_cursor` out; `{data: [...], next_cursor}`.
    Cursor,
    /// Like `Cursor` but nested: `{data: {items: [...], next_cursor}}` (rules).
    NestedCursor,
}

/// Arguments of an operation, as JavaScript passes them.
#[derive(Debug, Default)]
pub struct Args {
    /// The resource id (or grant id / email for messages and rule evaluations).
    pub id: Option<String>,
    /// The request body (camelCase; converted to snake_case).
    pub body: Option<Value>,
    /// List filters (camelCase keys; become query parameters).
    pub filter: Option<Map<String, Value>>,
    /// The cursor of the page to fetch (from a previous page's `nextCursor`).
    pub cursor: Option<String>,
    /// A record type for domain info/verify.
    pub record_type: Option<String>,
    /// `accounts.create`: what to do when the address already has an account.
    /// (`'error'`, `'skip'` or `'update'`; checked by [`super::accounts::OnExisting::parse`]).
    pub on_existing: Option<String>,
    /// `accounts.create`: what is known of the address already (a prior of `accounts.lookupMany`).
    pub prior: Option<Value>,
    /// `accounts.lookupMany`: the batch's `concurrency` (checked by `dispatch`); a `null` given is
    /// `Some(Null)`, not absent.
    pub concurrency: Option<Value>,
}

/// A list filter of one page size (`{limit}`). Built by insertion: `Map::from_iter` would build the
/// map by sorting, which links a sort routine the wasm otherwise does without.
pub fn limit_filter(limit: u64) -> Map<String, Value> {
    let mut filter = Map::new();
    filter.insert("limit".into(), json!(limit));
    filter
}

/// A string field: `Some(None)` for `null`, `None` for any other type than a string (not an argument
/// of this shape).
fn text_field(value: Value) -> Option<Option<String>> {
    match value {
        Value::Null => Some(None),
        Value::String(s) => Some(Some(s)),
        _ => None,
    }
}

impl Args {
    /// The arguments from their JSON form (`{id?, body?, filter?, cursor?, type?, onExisting?, prior?,
    /// concurrency?}`), or `None` when it is not an object of that shape. Read from a `Value` rather than
    /// by a serde derive: the JSON `Value` parser is linked anyway, and a derived deserialiser of
    /// this struct cost about 5 KB of wasm; the errors were never shown (the caller says what an
    /// argument must be).
    pub fn from_json(text: &str) -> Option<Args> {
        let Ok(Value::Object(fields)) = serde_json::from_str::<Value>(text) else {
            return None;
        };
        let mut args = Args::default();
        // Taken by iterating the map, which a `Value` links anyway; removing keys one by one would
        // link the B-tree's rebalancing (4 KB).
        for (name, value) in fields {
            match name.as_str() {
                "id" => args.id = text_field(value)?,
                "body" => args.body = Some(value).filter(|v| !v.is_null()),
                "filter" => {
                    args.filter = match value {
                        Value::Null => None,
                        Value::Object(map) => Some(map),
                        _ => return None,
                    }
                }
                "cursor" => args.cursor = text_field(value)?,
                "type" => args.record_type = text_field(value)?,
                "onExisting" => args.on_existing = text_field(value)?,
                "prior" => args.prior = Some(value).filter(|v| !v.is_null()),
                "concurrency" => args.concurrency = Some(value),
                _ => {}
            }
        }
        Some(args)
    }

    /// The id as a path segment, or an error that says it is missing.
    pub fn id(&self) -> Result<String, Error> {
        path_segment(self.id.as_deref().unwrap_or(""))
    }

    fn body(&self) -> Value {
        to_snake(self.body.clone().unwrap_or_else(|| json!({})))
    }
}

/// Runs a table operation and returns what JavaScript sees (camelCase).
pub async fn run<T: Transport, S: Signer>(
    client: &Client<T, S>,
    op: &str,
    args: &Args,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let unknown = || Error::InvalidArgument(format!("unknown operation {op}"));
    let operation = find(op).ok_or_else(unknown)?;
    let path = |template: &str| -> Result<String, Error> {
        Ok(if template.contains("{id}") {
            template.replace("{id}", &args.id()?)
        } else {
            template.to_string()
        })
    };
    let sign = |call: Call| {
        if operation.auth == Auth::ServiceAccount {
            call.signed()
        } else {
            call
        }
    };
    match operation.request {
        Request::List(template, paging) => {
            list_page(
                client,
                sign(Call::new(Method::Get, path(template)?)),
                paging,
                args,
                signal,
            )
            .await
        }
        Request::Fetch(template) => {
            data_of(
                client,
                sign(Call::new(Method::Get, path(template)?)),
                signal,
            )
            .await
        }
        Request::Remove(template) => {
            client
                .send(&sign(Call::new(Method::Delete, path(template)?)), signal)
                .await?;
            Ok(Value::Null)
        }
        Request::Send(method, template, replay) => {
            let mut body = args.body();
            if let (Some(kind), Some(map)) = (&args.record_type, body.as_object_mut()) {
                map.insert("type".into(), Value::String(kind.clone()));
            }
            let mut call = sign(Call::new(method, path(template)?).body(body));
            call.replay = replay;
            data_of(client, call, signal).await
        }
        // Written in Rust elsewhere (`dispatch`): not one request.
        Request::Workflow(_) => Err(unknown()),
    }
}

/// The `data` of a response in camelCase, or the whole body when the server sent the object flat (as
/// the CLI accepts on create). A success with `data: null`, an empty body or nothing but a request id
/// is no answer the API gives: `BAD_RESPONSE`.
pub async fn data_of<T: Transport, S: Signer>(
    client: &Client<T, S>,
    call: Call,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let mut response = client.send(&call, signal).await?;
    let flat = response
        .body
        .as_object()
        .is_some_and(|o| o.keys().any(|k| k != "request_id" && k != "data"));
    match response.body.get_mut("data") {
        Some(data) if !data.is_null() => Ok(to_camel(data.take())),
        None if flat => Ok(to_camel(response.body)),
        _ => Err(bad_response(format!(
            "{} {} answered status {} without data: not an answer of the Nylas API",
            call.method.as_str(),
            call.path,
            response.status
        ))),
    }
}

/// The most items a list page may ask for: every list endpoint's maximum (nylas-api.md §9).
pub const MAX_PAGE_SIZE: u64 = 200;

/// One page: `{data: [...], nextCursor: string | null}`, whichever style the endpoint pages in.
/// `nextCursor` is `null` when the page is the last one the server says there is.
pub async fn list_page<T: Transport, S: Signer>(
    client: &Client<T, S>,
    call: Call,
    paging: Paging,
    args: &Args,
    signal: Option<&T::Signal>,
) -> Result<Value, Error> {
    let what = format!("{} {}", call.method.as_str(), call.path);
    let mut query = filter_query(args.filter.as_ref());
    let limit = page_size(&query)?;
    // An offset cursor is `offset` or `offset:first id of the previous page`.
    let (offset_text, previous_first) = match (paging, args.cursor.as_deref()) {
        (Paging::Offset, Some(cursor)) => match cursor.split_once(':') {
            Some((offset, id)) => (Some(offset), Some(id)),
            None => (Some(cursor), None),
        },
        _ => (None, None),
    };
    let offset = match (paging, offset_text) {
        (Paging::Offset, Some(cursor)) => cursor.parse::<u64>().map_err(|_| {
            Error::InvalidArgument(
                "cursor: pass the nextCursor of the previous page unchanged.".into(),
            )
        })?,
        (Paging::Offset, None) => query
            .iter()
            .find(|(k, _)| k == "offset")
            .and_then(|(_, v)| v.parse().ok())
            .unwrap_or(0),
        _ => 0,
    };
    match (paging, &args.cursor) {
        (Paging::Offset, _) => {
            query.retain(|(k, _)| k != "offset");
            query.push(("offset".into(), offset.to_string()));
        }
        (_, Some(cursor)) => query.push(("page_token".into(), cursor.clone())),
        _ => {}
    }
    let response = client.send(&call.query(query), signal).await?;
    let (items, next) = page_parts(response.body, paging, offset, limit)
        .ok_or_else(|| bad_response(format!("{what}: the list page has no data array")))?;
    let first_id = items
        .first()
        .and_then(|i| i.get("id"))
        .and_then(Value::as_str);
    let stalled = match paging {
        // The previous page's first id rides in the cursor: the same first item again means the
        // server ignored the offset, and the walk would never end.
        Paging::Offset => previous_first.is_some() && previous_first == first_id,
        _ => next.is_some() && next == args.cursor,
    };
    if stalled {
        return Err(Error::BadResponse {
            code: "PAGINATION_STALLED",
            message: format!(
                "{what}: the server answered the next page with the same page again; stopped instead \
                 of reading it forever. Check apiUri (a proxy must pass page_token and offset through)."
            ),
        });
    }
    let next = match (paging, next) {
        (Paging::Offset, Some(offset)) => Some(match first_id {
            Some(id) => format!("{offset}:{id}"),
            None => offset,
        }),
        (_, next) => next,
    };
    Ok(object([
        ("data", to_camel(Value::Array(items))),
        ("nextCursor", next.into()),
    ]))
}

/// The `limit` filter, checked before any request: a whole number from 1 to [`MAX_PAGE_SIZE`].
fn page_size(query: &[(String, String)]) -> Result<Option<u64>, Error> {
    let Some((_, text)) = query.iter().find(|(k, _)| k == "limit") else {
        return Ok(None);
    };
    match text.parse::<u64>() {
        Ok(limit @ 1..=MAX_PAGE_SIZE) => Ok(Some(limit)),
        _ => Err(Error::InvalidArgument(format!(
            "limit must be a whole number from 1 to {MAX_PAGE_SIZE} (the API's largest page), not {text}; \
             walk the pages with for await (… of list()) to read more."
        ))),
    }
}

/// The items of a page and the cursor of the next one. For offset paging there is a next page only
/// when this one is full: as long as the server's `limit`, or the one asked for. An empty page is the
/// last whatever its cursor says: nothing can follow it that a full walk would miss.
fn page_parts(
    body: Value,
    paging: Paging,
    offset: u64,
    asked_limit: Option<u64>,
) -> Option<(Vec<Value>, Option<String>)> {
    let array = |v: Option<&Value>| v.and_then(Value::as_array).cloned();
    let text = |v: Option<&Value>| {
        v.and_then(Value::as_str)
            .filter(|s| !s.is_empty())
            .map(str::to_string)
    };
    let (items, next) = match paging {
        Paging::Offset => {
            let items = array(body.get("data"))?;
            let limit = body
                .get("limit")
                .and_then(Value::as_u64)
                .or(asked_limit)
                .unwrap_or(items.len() as u64);
            let next = (limit > 0 && items.len() as u64 >= limit)
                .then(|| (offset + items.len() as u64).to_string());
            (items, next)
        }
        Paging::Cursor => (array(body.get("data"))?, text(body.get("next_cursor"))),
        Paging::NestedCursor => {
            let data = body.get("data");
            let nested = data.filter(|d| d.is_object());
            match nested {
                Some(d) => (array(d.get("items"))?, text(d.get("next_cursor"))),
                // The SPEC documents a flat array; accept it too.
                None => (array(data)?, text(body.get("next_cursor"))),
            }
        }
    };
    let next = next.filter(|_| !items.is_empty());
    Some((items, next))
}

/// Filters become query parameters: camelCase keys to snake_case, arrays joined with commas.
pub fn filter_query(filter: Option<&Map<String, Value>>) -> Vec<(String, String)> {
    let Some(filter) = filter else {
        return Vec::new();
    };
    let snake = to_snake(Value::Object(filter.clone()));
    let Value::Object(map) = snake else {
        return Vec::new();
    };
    map.into_iter()
        .filter_map(|(key, value)| {
            let text = match value {
                Value::Null => return None,
                Value::String(s) => s,
                Value::Array(items) => items
                    .iter()
                    .map(|v| {
                        v.as_str()
                            .map(str::to_string)
                            .unwrap_or_else(|| json_text(v))
                    })
                    .collect::<Vec<_>>()
                    .join(","),
                other => json_text(&other),
            };
            Some((key, text))
        })
        .collect()
}

#[cfg(test)]
mod tests;
