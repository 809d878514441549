//! `quotegraph serve`: the build as a read-only SPARQL 1.1 Protocol endpoint.
//!
//! One store is loaded once and shared by every request. A query is answered into a buffer
//! before the response starts, so a timeout, an error or too many rows is a clean HTTP
//! error with a one-line message, never a truncated 200. Nothing can change the store: every
//! update and every Graph Store write is refused (403).

pub mod negotiate;
mod page;
pub mod statement_page;

use crate::error::Error;
use crate::sparql::{self, Bounds, Dataset};
use oxhttp::model::header::{ACCEPT, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxigraph::store::Store;
use std::io::Read;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// What one request may cost.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Longest a query runs before it is stopped (503).
    pub timeout: Duration,
    /// Most rows (or triples) an answer holds; more is refused (422), never cut.
    pub max_rows: usize,
    /// Largest request body read (413).
    pub max_body: usize,
    /// Queries evaluated at once; more wait for none and get 503.
    pub max_queries: usize,
}

/// The store, the statement pages and the limits, shared by the request threads.
pub struct State {
    store: Store,
    pages: statement_page::Pages,
    limits: Limits,
    running: AtomicUsize,
}

impl State {
    /// A server state over a loaded store and the statements of the build(s) it holds.
    pub fn new(store: Store, pages: statement_page::Pages, limits: Limits) -> State {
        State { store, pages, limits, running: AtomicUsize::new(0) }
    }
}

/// A response with a status, a media type and a body.
fn respond(status: StatusCode, media: &str, body: impl Into<Body>) -> Response<Body> {
    Response::builder()
        .status(status)
        .header(CONTENT_TYPE, media)
        .body(body.into())
        .unwrap_or_else(|_| Response::new(Body::empty()))
}

/// A response with a plain-text message: what every error says, in one line.
fn text(status: StatusCode, message: impl Into<String>) -> Response<Body> {
    let mut m = message.into();
    m.push('\n');
    respond(status, "text/plain; charset=utf-8", m)
}

const HTML: &str = "text/html; charset=utf-8";

/// Answers one request.
pub fn handle(state: &State, req: &mut Request<Body>) -> Response<Body> {
    let path = req.uri().path().to_string();
    let method = req.method().clone();
    match (path.as_str(), &method) {
        ("/", &Method::GET) => respond(StatusCode::OK, HTML, page::query_page()),
        ("/sparql", &Method::GET | &Method::POST) => sparql_request(state, req),
        (p, &Method::GET) if p.starts_with("/assets/") => match page::asset(&p["/assets/".len()..]) {
            Some((media, bytes)) => respond(StatusCode::OK, media, bytes),
            None => text(StatusCode::NOT_FOUND, format!("{p}: no such file")),
        },
        (p, &Method::GET) if p.starts_with("/statement/") => match state.pages.page(&p["/statement/".len()..]) {
            Some(html) => respond(StatusCode::OK, HTML, html),
            None => text(StatusCode::NOT_FOUND, format!("{p}: no such statement in the served build")),
        },
        (_, &Method::PUT | &Method::POST | &Method::DELETE | &Method::PATCH) => {
            text(StatusCode::FORBIDDEN, "this endpoint is read-only: no update, no Graph Store write")
        }
        ("/sparql", _) => text(StatusCode::METHOD_NOT_ALLOWED, "use GET or POST"),
        _ => text(StatusCode::NOT_FOUND, format!("{path}: nothing here (the endpoint is /sparql, the query page /)")),
    }
}

/// The parameters of a protocol request, from the URL and, for a form, the body.
#[derive(Default)]
struct Params {
    query: Option<String>,
    update: bool,
    dataset: Dataset,
}

impl Params {
    fn add(&mut self, pairs: form_urlencoded::Parse<'_>) {
        for (k, v) in pairs {
            match k.as_ref() {
                "query" => self.query = Some(v.into_owned()),
                "update" => self.update = true,
                "default-graph-uri" => self.dataset.default.push(v.into_owned()),
                "named-graph-uri" => self.dataset.named.push(v.into_owned()),
                _ => {}
            }
        }
    }
}

/// A request refused: its status and one-line reason.
struct Refusal(StatusCode, String);

/// Reads the request body, at most `max` bytes.
fn body(req: &mut Request<Body>, max: usize) -> Result<Vec<u8>, Refusal> {
    let mut buf = Vec::new();
    let read = req.body_mut().take(max as u64 + 1).read_to_end(&mut buf);
    if let Err(e) = read {
        return Err(Refusal(StatusCode::BAD_REQUEST, format!("cannot read the request body: {e}")));
    }
    if buf.len() > max {
        return Err(Refusal(StatusCode::PAYLOAD_TOO_LARGE, format!("the request body is larger than {max} bytes")));
    }
    Ok(buf)
}

/// The query of a GET, a form POST or a direct POST, or the response that refuses it.
fn params(req: &mut Request<Body>, max_body: usize) -> Result<Params, Refusal> {
    let mut p = Params::default();
    p.add(form_urlencoded::parse(req.uri().query().unwrap_or("").as_bytes()));
    if req.method() == Method::POST {
        let media = req.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        let media = media.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        match media.as_str() {
            "application/x-www-form-urlencoded" => p.add(form_urlencoded::parse(&body(req, max_body)?)),
            "application/sparql-query" => {
                let b = body(req, max_body)?;
                let utf8 = String::from_utf8(b);
                p.query = Some(utf8.map_err(|_| Refusal(StatusCode::BAD_REQUEST, "the query is not UTF-8".into()))?);
            }
            "application/sparql-update" => p.update = true,
            other => {
                return Err(Refusal(
                    StatusCode::UNSUPPORTED_MEDIA_TYPE,
                    format!("POST a form or application/sparql-query, not '{other}'"),
                ))
            }
        }
    }
    if p.update {
        return Err(Refusal(StatusCode::FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused".into()));
    }
    Ok(p)
}

/// Counts a running query; the count goes down when this is dropped.
struct Running<'a>(&'a AtomicUsize);

impl Drop for Running<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

fn sparql_request(state: &State, req: &mut Request<Body>) -> Response<Body> {
    let p = match params(req, state.limits.max_body) {
        Ok(p) => p,
        Err(Refusal(status, message)) => return text(status, message),
    };
    let Some(query) = p.query else {
        return text(StatusCode::BAD_REQUEST, "no query: give ?query=… or POST one");
    };
    if state.running.fetch_add(1, Ordering::SeqCst) >= state.limits.max_queries {
        state.running.fetch_sub(1, Ordering::SeqCst);
        return text(
            StatusCode::SERVICE_UNAVAILABLE,
            format!("{} queries are running: try again", state.limits.max_queries),
        );
    }
    let _running = Running(&state.running);
    let accept = req.headers().get(ACCEPT).and_then(|v| v.to_str().ok()).map(str::to_string);
    let media = std::cell::Cell::new("");
    let pick = |kind| {
        negotiate::pick(accept.as_deref(), kind).map(|(m, f)| {
            media.set(m);
            f
        })
    };
    let bounds = Bounds { timeout: Some(state.limits.timeout), limit: Some(state.limits.max_rows) };
    let mut out = Vec::new();
    match sparql::run_with(&state.store, &query, bounds, &p.dataset, &pick, &mut out) {
        Ok(printed) if printed.truncated => text(
            StatusCode::UNPROCESSABLE_ENTITY,
            format!("the answer has more than {} rows: add a LIMIT, or page with OFFSET", state.limits.max_rows),
        ),
        Ok(_) => respond(StatusCode::OK, media.get(), out),
        Err(e @ Error::Query(_)) => text(StatusCode::BAD_REQUEST, e.to_string()),
        Err(e @ Error::Timeout(_)) => text(StatusCode::SERVICE_UNAVAILABLE, e.to_string()),
        Err(e @ Error::NotAcceptable(_)) => text(StatusCode::NOT_ACCEPTABLE, e.to_string()),
        Err(e) => text(StatusCode::INTERNAL_SERVER_ERROR, e.to_string()),
    }
}
