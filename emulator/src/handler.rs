//! The core's own routing: handlers over plain values, no HTTP server.
//!
//! A handler is an `async fn` whose arguments are extractors ([`State`], [`Path`],
//! [`crate::routes::JsonBody`], [`crate::routes::QueryMap`]) made from a [`Cx`]: the same shape axum
//! uses, so each resource module declares its routes once (`Router::new().route(…, get(list))`) and
//! every host runs them. The native host hands the table to axum (`app.rs`); a host without a server
//! matches paths with [`Router::find`].

use http::Method;
use std::future::Future;
use std::sync::Arc;

use crate::host::BoxFuture;
use crate::reply::{ApiError, ApiResult};
use crate::state::AppState;

/// What a handler is made from: the state, the path's parameters (in template order), the raw query
/// string and the body's bytes.
#[derive(Debug, Clone)]
pub struct Cx {
    /// The emulator.
    pub state: AppState,
    /// `{param}` values of the matched template, percent-decoded.
    pub params: Vec<String>,
    /// The query string without `?`.
    pub query: String,
    /// The request body.
    pub body: Vec<u8>,
}

/// Something a handler takes as an argument.
pub trait FromCx: Sized {
    /// Makes it, or the error the call answers with.
    fn from_cx(cx: &mut Cx) -> Result<Self, ApiError>;
}

/// The emulator's state.
#[derive(Debug, Clone)]
pub struct State<S>(pub S);

impl FromCx for State<AppState> {
    fn from_cx(cx: &mut Cx) -> Result<Self, ApiError> {
        Ok(Self(cx.state.clone()))
    }
}

/// The template's parameters: one `String`, or two as a tuple.
#[derive(Debug, Clone)]
pub struct Path<T>(pub T);

fn param(cx: &Cx, i: usize) -> Result<String, ApiError> {
    cx.params
        .get(i)
        .cloned()
        .ok_or_else(|| ApiError::internal("route parameter missing"))
}

impl FromCx for Path<String> {
    fn from_cx(cx: &mut Cx) -> Result<Self, ApiError> {
        param(cx, 0).map(Self)
    }
}

impl FromCx for Path<(String, String)> {
    fn from_cx(cx: &mut Cx) -> Result<Self, ApiError> {
        Ok(Self((param(cx, 0)?, param(cx, 1)?)))
    }
}

/// A handler with its extractors erased.
pub type Endpoint = Arc<dyn Fn(Cx) -> BoxFuture<ApiResult> + Send + Sync>;

/// An `async fn` of extractors; `T` is the tuple of their types.
pub trait Handler<T>: Clone + Send + Sync + 'static {
    /// Extracts the arguments from `cx` and runs the function.
    fn call(&self, cx: Cx) -> BoxFuture<ApiResult>;
}

macro_rules! impl_handler {
    ($($arg:ident),*) => {
        #[allow(non_snake_case, unused_variables, unused_mut)]
        impl<F, Fut, $($arg,)*> Handler<($($arg,)*)> for F
        where
            F: Fn($($arg),*) -> Fut + Clone + Send + Sync + 'static,
            Fut: Future<Output = ApiResult> + MaybeSendFuture + 'static,
            $($arg: FromCx + 'static,)*
        {
            fn call(&self, mut cx: Cx) -> BoxFuture<ApiResult> {
                $(
                    let $arg = match $arg::from_cx(&mut cx) {
                        Ok(v) => v,
                        Err(e) => return Box::pin(std::future::ready(Err(e))),
                    };
                )*
                Box::pin((self)($($arg),*))
            }
        }
    };
}

/// `Send` natively (axum runs handlers on tokio's threads), nothing on wasm.
#[cfg(not(target_arch = "wasm32"))]
pub trait MaybeSendFuture: Send {}
#[cfg(not(target_arch = "wasm32"))]
impl<T: Send> MaybeSendFuture for T {}
/// `Send` natively (axum runs handlers on tokio's threads), nothing on wasm.
#[cfg(target_arch = "wasm32")]
pub trait MaybeSendFuture {}
#[cfg(target_arch = "wasm32")]
impl<T> MaybeSendFuture for T {}

impl_handler!();
impl_handler!(A);
impl_handler!(A, B);
impl_handler!(A, B, C);

/// One route: a method, a template (`/v3/grants/{grant_id}`) and its handler.
#[derive(Clone)]
pub struct Route {
    /// The method.
    pub method: Method,
    /// The template, `{name}` for one segment.
    pub template: &'static str,
    /// The handler.
    pub endpoint: Endpoint,
}

impl std::fmt::Debug for Route {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.method, self.template)
    }
}

/// The handlers of one template, by method.
#[derive(Clone, Default)]
pub struct MethodRouter(Vec<(Method, Endpoint)>);

impl std::fmt::Debug for MethodRouter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|(m, _)| m))
            .finish()
    }
}

macro_rules! method_fns {
    ($($name:ident => $method:ident),*) => {
        $(
            /// A method router with this method's handler.
            pub fn $name<H: Handler<T>, T>(handler: H) -> MethodRouter {
                MethodRouter::default().$name(handler)
            }
        )*
        impl MethodRouter {
            $(
                /// Adds this method's handler.
                pub fn $name<H: Handler<T>, T>(mut self, handler: H) -> Self {
                    self.0.push((Method::$method, Arc::new(move |cx| handler.call(cx))));
                    self
                }
            )*
        }
    };
}

method_fns!(get => GET, post => POST, put => PUT, patch => PATCH, delete => DELETE);

/// A route table.
#[derive(Debug, Clone, Default)]
pub struct Router(Vec<Route>);

/// What [`Router::find`] found for a method and path.
#[derive(Debug)]
pub enum Found {
    /// A route, with the path's parameters.
    Route(Route, Vec<String>),
    /// The path exists, not with this method (405).
    MethodNotAllowed,
    /// No such path (404).
    NotFound,
}

impl Router {
    /// An empty table.
    pub fn new() -> Self {
        Self::default()
    }
    /// Adds `template` with the methods of `methods`.
    pub fn route(mut self, template: &'static str, methods: MethodRouter) -> Self {
        for (method, endpoint) in methods.0 {
            self.0.push(Route {
                method,
                template,
                endpoint,
            });
        }
        self
    }
    /// Adds every route of `other`.
    pub fn merge(mut self, other: Router) -> Self {
        self.0.extend(other.0);
        self
    }
    /// The routes, in the order they were added.
    pub fn routes(&self) -> &[Route] {
        &self.0
    }
    /// The route for `method` and `path` (a literal segment wins over a parameter, as in axum).
    pub fn find(&self, method: &Method, path: &str) -> Found {
        let mut best: Option<(usize, &Route, Vec<String>)> = None;
        let mut path_exists = false;
        for route in &self.0 {
            let Some((literals, params)) = match_template(route.template, path) else {
                continue;
            };
            path_exists = true;
            if route.method == *method && best.as_ref().is_none_or(|b| literals > b.0) {
                best = Some((literals, route, params));
            }
        }
        match best {
            Some((_, route, params)) => Found::Route(route.clone(), params),
            None if path_exists => Found::MethodNotAllowed,
            None => Found::NotFound,
        }
    }
}

/// The parameters of `path` under `template` and how many literal segments matched; `None` if no match.
pub fn match_template(template: &str, path: &str) -> Option<(usize, Vec<String>)> {
    let (mut t, mut p) = (template.split('/'), path.split('/'));
    let (mut literals, mut params) = (0, Vec::new());
    loop {
        match (t.next(), p.next()) {
            (None, None) => return Some((literals, params)),
            (Some(ts), Some(ps)) if ts.starts_with('{') && ts.ends_with('}') => {
                if ps.is_empty() {
                    return None;
                }
                params.push(percent_decode(ps)?);
            }
            (Some(ts), Some(ps)) if ts == ps => literals += 1,
            _ => return None,
        }
    }
}

/// `%XX` escapes decoded (an invalid escape stays as written); `None` when the result is not UTF-8.
fn percent_decode(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let escaped = bytes
            .get(i + 1..i + 3)
            .filter(|_| bytes[i] == b'%')
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match escaped {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_match_whole_segments_and_decode_parameters() {
        let t = "/v3/grants/{grant_id}/messages/{message_id}";
        assert_eq!(
            match_template(t, "/v3/grants/a%40b.c/messages/m1"),
            Some((4, vec!["a@b.c".to_string(), "m1".to_string()]))
        );
        assert_eq!(match_template(t, "/v3/grants/a/messages"), None);
        assert_eq!(match_template(t, "/v3/grants//messages/m"), None);
        assert_eq!(match_template("/v3/grants", "/v3/grants/"), None);
    }
}
