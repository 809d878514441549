//! `quotegraph push`: a build published into a triple store the team already runs, by the
//! SPARQL 1.1 Graph Store HTTP Protocol.
//!
//! One PUT per named graph (each article's, the entities', the clusters'): PUT replaces, so
//! pushing the same build twice changes nothing and a changed article replaces its graph.
//! Transient failures (connection errors, 5xx) are retried with backoff; a 401 or 403 stops
//! at once with one line. At the end, a count query asks the store how many triples each
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
#[derive(Debug, Clone)]
pub struct Target {
    /// The Graph Store Protocol URL (`…/store` for Oxigraph server): graphs are PUT to
    /// `{graph_store}?graph={IRI}`.
    pub graph_store: String,
    /// The SPARQL query endpoint, for the count check.
    pub endpoint: String,
    /// User and password for HTTP Basic authentication.
    pub basic: Option<(String, String)>,
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

fn authorised(t: &Target, req: oxhttp::model::request::Builder) -> oxhttp::model::request::Builder {
    match &t.basic {
        Some((user, password)) => {
            let token = base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
            req.header(AUTHORIZATION, format!("Basic {token}"))
        }
        None => req,
    }
}

/// The first line of a server's answer, for an error message.
fn first_line(res: Response<Body>) -> String {
    res.into_body().to_string().unwrap_or_default().lines().next().unwrap_or("").chars().take(200).collect()
}

/// Sends a request built by `make`, retrying transient failures with backoff (1, 2, 4 s).
fn send(what: &str, make: &dyn Fn() -> Request<Body>) -> Result<Response<Body>> {
    let mut wait = Duration::from_secs(1);
    for attempt in 1..=ATTEMPTS {
        let outcome = client().request(make());
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
        let req = Request::builder().method(Method::PUT).uri(&url).header(CONTENT_TYPE, "application/n-triples");
        authorised(t, req).body(Body::from(body.clone())).unwrap_or_else(|_| Request::new(Body::empty()))
    };
    send(&format!("graph <{graph}>"), &make).map(|_| ())
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
        let make = || {
            let req = Request::builder()
                .method(Method::POST)
                .uri(&t.endpoint)
                .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
                .header(ACCEPT, "text/csv");
            authorised(t, req).body(Body::from(form.clone())).unwrap_or_else(|_| Request::new(Body::empty()))
        };
        let res = send("count query", &make)?;
        let csv = res.into_body().to_string().map_err(|e| Error::Other(format!("count query: {e}")))?;
        for line in csv.lines().skip(1) {
            if let Some((g, n)) = line.trim().rsplit_once(',') {
                out.insert(g.to_string(), n.trim().parse().unwrap_or(0));
            }
        }
    }
    Ok(out)
}
