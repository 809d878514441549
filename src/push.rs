//! `quotegraph push`: a build published into a triple store the team already runs, by the
//! SPARQL 1.1 Graph Store HTTP Protocol.
//!
//! One PUT per named graph (each article's, the entities', the clusters'): PUT replaces, so
//! pushing the same build twice changes nothing and a changed article replaces its graph.
//! Transient failures (connection errors, 5xx) are retried with backoff; credentials go as
//! HTTP Basic, or Digest when the store challenges for it; a 401 or 403 that remains stops at
//! once with one line. At the end, a count query asks the store how many triples each
//! graph holds, so a push that the store silently truncated is caught.

use crate::error::{Error, Result};
use base64::Engine;
use indexmap::IndexMap;
use oxhttp::model::header::{ACCEPT, AUTHORIZATION, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request, Response, StatusCode};
use oxhttp::Client;
use oxigraph::io::{RdfFormat, RdfParser, RdfSerializer};
use oxigraph::model::{GraphName, Triple};
use std::time::Duration;

/// Where to push, and as whom.
#[derive(Debug)]
pub struct Target {
    /// The Graph Store Protocol URL (`…/store` for Oxigraph server): graphs are PUT to
    /// `{graph_store}?graph={IRI}`.
    pub graph_store: String,
    /// The SPARQL query endpoint, for the count check.
    pub endpoint: String,
    /// User and password, sent the way the store's first challenge asks: HTTP Basic, or
    /// Digest (Virtuoso's writable endpoints answer only digest, and a Basic header there
    /// gets a 401 with no challenge at all, so nothing is sent before the store asks).
    pub credentials: Option<(String, String)>,
    /// How the store asked to be authenticated; a digest challenge is answered in advance
    /// on the next requests (its nonce count going up), so a graph's body is sent once.
    scheme: std::sync::Mutex<Scheme>,
}

/// The authentication a store asked for.
#[derive(Debug)]
enum Scheme {
    /// Not asked yet: requests go without credentials.
    Unasked,
    /// HTTP Basic.
    Basic,
    /// HTTP Digest, with the store's last challenge.
    Digest(digest_auth::WwwAuthenticateHeader),
}

impl Target {
    /// A target; credentials are sent once the store asks for them.
    pub fn new(graph_store: String, endpoint: String, credentials: Option<(String, String)>) -> Target {
        Target { graph_store, endpoint, credentials, scheme: std::sync::Mutex::new(Scheme::Unasked) }
    }
}

/// Attempts per request before a transient failure is an error.
const ATTEMPTS: u32 = 4;

/// The triples of each named graph of an N-Quads export, in file order.
pub fn graphs(nquads: &[u8]) -> Result<IndexMap<String, Vec<Triple>>> {
    let mut out: IndexMap<String, Vec<Triple>> = IndexMap::new();
    for q in RdfParser::from_format(RdfFormat::NQuads).lenient().for_slice(nquads) {
        let q = q.map_err(|e| Error::Rdf(e.to_string()))?;
        let GraphName::NamedNode(g) = &q.graph_name else { continue };
        out.entry(g.as_str().to_string()).or_default().push(Triple::new(q.subject, q.predicate, q.object));
    }
    Ok(out)
}

fn client() -> Client {
    Client::new()
        .with_global_timeout(Duration::from_secs(120))
        .with_user_agent("quotegraph")
        .unwrap_or_else(|_| Client::new())
}

/// The Authorization header for a request, in the scheme the store asked for.
fn authorization(t: &Target, method: &str, url: &str) -> Option<String> {
    let (user, password) = t.credentials.as_ref()?;
    match &mut *t.scheme.lock().unwrap_or_else(|e| e.into_inner()) {
        Scheme::Unasked => None,
        Scheme::Basic => {
            let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            Some(format!("Basic {token}"))
        }
        Scheme::Digest(c) => {
            // The digest covers the request target: path and query.
            let target = url.find("://").and_then(|i| url[i + 3..].find('/').map(|j| &url[i + 3 + j..])).unwrap_or("/");
            let method = digest_auth::HttpMethod(std::borrow::Cow::Owned(method.to_string()));
            let ctx = digest_auth::AuthContext::new_with_method(
                user.as_str(),
                password.as_str(),
                target,
                None::<&[u8]>,
                method,
            );
            c.respond(&ctx).ok().map(|h| h.to_header_string())
        }
    }
}

/// Takes the scheme a 401 asks for; whether there is now something to answer with.
fn take_challenge(t: &Target, res: &Response<Body>) -> bool {
    let Some(h) = res.headers().get(oxhttp::model::header::WWW_AUTHENTICATE).and_then(|v| v.to_str().ok()) else {
        return false;
    };
    if t.credentials.is_none() {
        return false;
    }
    let asked = match h.trim_start() {
        d if d.starts_with("Digest") => digest_auth::parse(d).ok().map(Scheme::Digest),
        b if b.starts_with("Basic") => Some(Scheme::Basic),
        _ => None,
    };
    match asked {
        Some(s) => {
            *t.scheme.lock().unwrap_or_else(|e| e.into_inner()) = s;
            true
        }
        None => false,
    }
}

/// A request builder with the method, URL and authorisation.
fn request(t: &Target, method: Method, url: &str) -> oxhttp::model::request::Builder {
    let req = Request::builder().method(method.clone()).uri(url);
    match authorization(t, method.as_str(), url) {
        Some(a) => req.header(AUTHORIZATION, a),
        None => req,
    }
}

/// The first line of a server's answer, for an error message.
fn first_line(res: Response<Body>) -> String {
    res.into_body().to_string().unwrap_or_default().lines().next().unwrap_or("").chars().take(200).collect()
}

/// Sends a request built by `make`, retrying transient failures with backoff (1, 2, 4 s),
/// and once more when the store answers 401 with a digest challenge (or a stale nonce).
fn send(t: &Target, what: &str, make: &dyn Fn() -> Request<Body>) -> Result<Response<Body>> {
    let mut wait = Duration::from_secs(1);
    let mut challenged = false;
    for attempt in 1..=ATTEMPTS {
        let mut outcome = client().request(make());
        if let Ok(res) = &outcome {
            if res.status() == StatusCode::UNAUTHORIZED && !challenged && take_challenge(t, res) {
                challenged = true;
                outcome = client().request(make());
            }
        }
        let transient = match &outcome {
            Err(_) => true,
            Ok(res) => res.status().is_server_error(),
        };
        if !transient || attempt == ATTEMPTS {
            return match outcome {
                Ok(res) if res.status().is_success() => Ok(res),
                Ok(res) if matches!(res.status(), StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN) => {
                    let status = res.status();
                    Err(Error::Other(format!(
                        "{what}: {status}: check --user and --password-file ({})",
                        first_line(res)
                    )))
                }
                Ok(res) => {
                    let status = res.status();
                    Err(Error::Other(format!("{what}: {status}: {}", first_line(res))))
                }
                Err(e) => Err(Error::Other(format!("{what}: {e} (after {ATTEMPTS} attempts)"))),
            };
        }
        std::thread::sleep(wait);
        wait *= 2;
    }
    unreachable!("the last attempt returns")
}

/// PUTs one graph.
pub fn put(t: &Target, graph: &str, triples: &[Triple]) -> Result<()> {
    let mut body = Vec::new();
    let mut ser = RdfSerializer::from_format(RdfFormat::NTriples).for_writer(&mut body);
    for tr in triples {
        ser.serialize_triple(tr).map_err(|e| Error::Rdf(e.to_string()))?;
    }
    ser.finish().map_err(|e| Error::Rdf(e.to_string()))?;
    let query: String = form_urlencoded::Serializer::new(String::new()).append_pair("graph", graph).finish();
    let sep = if t.graph_store.contains('?') { '&' } else { '?' };
    let url = format!("{}{sep}{query}", t.graph_store);
    let make = || {
        let req = request(t, Method::PUT, &url).header(CONTENT_TYPE, "application/n-triples");
        req.body(Body::from(body.clone())).unwrap_or_else(|_| Request::new(Body::empty()))
    };
    send(t, &format!("graph <{graph}>"), &make).map(|_| ())
}

/// Replaces one graph by SPARQL Update, for a store without the Graph Store Protocol:
/// `DROP SILENT GRAPH` then `INSERT DATA` in batches of at most `batch` triples, each its own
/// request (a store's request size limit is met, and a failed batch names its graph).
pub fn update(t: &Target, update_url: &str, graph: &str, triples: &[Triple], batch: usize) -> Result<()> {
    let mut first = true;
    for chunk in triples.chunks(batch.max(1)) {
        let mut data = String::new();
        for tr in chunk {
            // N-Triples is a subset of SPARQL's triple syntax.
            data.push_str(&tr.to_string());
            data.push_str(" .\n");
        }
        let drop = if first { format!("DROP SILENT GRAPH <{graph}> ;\n") } else { String::new() };
        first = false;
        let text = format!("{drop}INSERT DATA {{ GRAPH <{graph}> {{\n{data}}} }}");
        let form: String = form_urlencoded::Serializer::new(String::new()).append_pair("update", &text).finish();
        let make = || {
            let req = request(t, Method::POST, update_url).header(CONTENT_TYPE, "application/x-www-form-urlencoded");
            req.body(Body::from(form.clone())).unwrap_or_else(|_| Request::new(Body::empty()))
        };
        send(t, &format!("graph <{graph}>"), &make)?;
    }
    Ok(())
}

/// How many triples the store holds in each of `graphs` (asked 200 graphs at a time).
pub fn counts(t: &Target, graphs: &[&str]) -> Result<IndexMap<String, usize>> {
    let mut out = IndexMap::new();
    for chunk in graphs.chunks(200) {
        let values: String = chunk.iter().map(|g| format!("<{g}> ")).collect();
        let query = format!(
            "SELECT ?g (COUNT(*) AS ?n) WHERE {{ VALUES ?g {{ {values}}} GRAPH ?g {{ ?s ?p ?o }} }} GROUP BY ?g"
        );
        let form: String = form_urlencoded::Serializer::new(String::new()).append_pair("query", &query).finish();
        // Counted anonymously: a store's query endpoint is read-only and open (Virtuoso's
        // /sparql answers a digest challenge from its writable endpoint with 401).
        let make = || {
            let req = Request::builder()
                .method(Method::POST)
                .uri(&t.endpoint)
                .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(ACCEPT, "text/csv");
            req.body(Body::from(form.clone())).unwrap_or_else(|_| Request::new(Body::empty()))
        };
        let res = send(t, "count query", &make)?;
        let csv = res.into_body().to_string().map_err(|e| Error::Other(format!("count query: {e}")))?;
        for line in csv.lines().skip(1) {
            // Stores differ in quoting CSV cells ("…" around IRIs and numbers, or not).
            if let Some((g, n)) = line.trim().rsplit_once(',') {
                out.insert(g.trim_matches('"').to_string(), n.trim_matches('"').trim().parse().unwrap_or(0));
            }
        }
    }
    Ok(out)
}
