//! `GET /v3/grants/{grant_id}/rule-evaluations`: the audit records of the grant's inbound rule
//! evaluations (made at delivery by `rule_engine`), newest first, cursor-paged like the other lists.

use crate::handler::get;
use crate::handler::Router;
use crate::handler::{Path, State};
use serde_json::Value;

use super::crud::cursor_list;
use super::messages::grant_for_call;
use super::QueryMap;
use crate::reply::ApiResult;
use crate::state::AppState;

/// The route.
pub fn router() -> Router {
    Router::new().route("/v3/grants/{grant_id}/rule-evaluations", get(list))
}

async fn list(State(state): State<AppState>, Path(ident): Path<String>, q: QueryMap) -> ApiResult {
    let id = grant_for_call(&state, &ident)?;
    let store = state.store()?;
    let newest_first: Vec<Value> = store
        .rule_evaluations
        .get(&id)
        .into_iter()
        .flatten()
        .rev()
        .cloned()
        .collect();
    cursor_list(newest_first, &q)
}
