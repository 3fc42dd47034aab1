//! workspaces: being built.

use axum::Router;

use crate::app::AppState;

/// The routes.
pub fn router() -> Router<AppState> {
    Router::new()
}
