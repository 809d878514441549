//! `quotegraph serve` over HTTP: the server is started on a free port inside the test,
//! queried with oxhttp's client in every result format, made to refuse (403, 406, 400, 413,
//! 422) and to stop a runaway query (503), then stopped.

use super::{build, free_port, tempdir, wait_until, Background};
use oxhttp::model::header::{ACCEPT, CONTENT_TYPE};
use oxhttp::model::{Body, Method, Request, StatusCode};
use oxhttp::Client;
use std::process::Command;
use std::time::{Duration, Instant};

/// A running server, stopped when dropped.
type Served = Background;

fn serve(extra: &[&str]) -> Served {
    let dir = tempdir();
    build(dir.path(), &["tests/fixtures/articles", "tests/fixtures/clusters"]);
    let addr = format!("127.0.0.1:{}", free_port());
    let mut args = vec!["serve", "--data", dir.path().to_str().unwrap(), "--addr", &addr];
    args.extend_from_slice(extra);
    let child = Command::new(env!("CARGO_BIN_EXE_quotegraph")).args(&args).spawn().expect("serve starts");
    let served = Served { child, base: format!("http://{addr}"), dir };
    wait_until("the server", Duration::from_secs(20), || std::net::TcpStream::connect(&addr).is_ok());
    served
}

fn client() -> Client {
    Client::new().with_global_timeout(Duration::from_secs(30))
}

/// Sends a request; returns status, content type and body.
fn send(req: Request<Body>) -> (StatusCode, String, String) {
    let res = client().request(req).expect("the server answers");
    let media = res.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let status = res.status();
    (status, media, res.into_body().to_string().unwrap())
}

fn get(s: &Served, query: &str, accept: &str) -> (StatusCode, String, String) {
    let q: String = form_urlencoded::Serializer::new(String::new()).append_pair("query", query).finish();
    let req = Request::builder().uri(format!("{}/sparql?{q}", s.base)).header(ACCEPT, accept).body(Body::empty());
    send(req.unwrap())
}

fn post(s: &Served, media: &str, body: &str, accept: &str) -> (StatusCode, String, String) {
    let req = Request::builder()
        .method(Method::POST)
        .uri(format!("{}/sparql", s.base))
        .header(CONTENT_TYPE, media)
        .header(ACCEPT, accept)
        .body(Body::from(body.to_string()));
    send(req.unwrap())
}

const STATEMENTS: &str = "SELECT (COUNT(*) AS ?n) WHERE { ?q a schema:Quotation }";
const GRAPH: &str = "CONSTRUCT { ?c a qg:StatementCluster } WHERE { ?c a qg:StatementCluster }";

#[test]
fn every_format_the_protocol_names_is_served_by_negotiation() {
    let s = serve(&[]);
    let (status, media, csv) = get(&s, STATEMENTS, "text/csv");
    assert_eq!((status, media.as_str()), (StatusCode::OK, "text/csv"));
    let n: u64 = csv.lines().nth(1).unwrap().trim().parse().unwrap();
    assert!(n > 100, "{csv}");
    for (accept, media, marker) in [
        ("application/sparql-results+json", "application/sparql-results+json", "\"bindings\""),
        ("application/sparql-results+xml", "application/sparql-results+xml", "<sparql"),
        ("text/tab-separated-values", "text/tab-separated-values", "?n"),
        ("text/*;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml", "<sparql"),
        ("*/*", "application/sparql-results+json", "\"bindings\""),
    ] {
        let (status, got, body) = get(&s, STATEMENTS, accept);
        assert_eq!((status, got.as_str()), (StatusCode::OK, media), "{accept}: {body}");
        assert!(body.contains(marker) && body.contains(&n.to_string()), "{accept}: {body}");
    }
    for (accept, marker) in [
        ("text/turtle", "qg:StatementCluster"),
        ("application/n-triples", "<https://w3id.org/quotegraph/ns#StatementCluster>"),
        ("application/ld+json", "StatementCluster"),
        ("application/rdf+xml", "rdf:RDF"),
    ] {
        let (status, got, body) = post(&s, "application/sparql-query", GRAPH, accept);
        assert_eq!((status, got.as_str()), (StatusCode::OK, accept), "{body}");
        assert!(body.contains(marker), "{accept}: {body}");
    }
    // A form POST and a narrowed dataset: only the clusters graph is the default graph.
    let form = form_urlencoded::Serializer::new(String::new())
        .append_pair("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
        .append_pair("default-graph-uri", "https://w3id.org/quotegraph/id/graph/clusters")
        .finish();
    let (status, _, body) = post(&s, "application/x-www-form-urlencoded", &form, "text/csv");
    assert_eq!(status, StatusCode::OK, "{body}");
    let narrowed: u64 = body.lines().nth(1).unwrap().trim().parse().unwrap();
    assert!(narrowed > 0 && narrowed < 1000, "the clusters graph alone: {body}");
}

#[test]
fn what_cannot_be_answered_is_a_clear_error() {
    let s = serve(&["--max-rows", "50", "--max-body", "2000", "--timeout", "1"]);
    let (status, _, body) = post(&s, "application/sparql-update", "INSERT DATA { <a:b> <a:c> <a:d> }", "*/*");
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    let form = "update=DELETE%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D";
    assert_eq!(post(&s, "application/x-www-form-urlencoded", form, "*/*").0, StatusCode::FORBIDDEN);
    let put = Request::builder().method(Method::PUT).uri(format!("{}/sparql?graph=x", s.base)).body(Body::from("x"));
    assert_eq!(send(put.unwrap()).0, StatusCode::FORBIDDEN, "a Graph Store write");
    let (status, _, body) = get(&s, STATEMENTS, "image/png");
    assert_eq!(status, StatusCode::NOT_ACCEPTABLE, "{body}");
    let (status, _, body) = get(&s, "SELEC nothing", "*/*");
    assert!(status == StatusCode::BAD_REQUEST && body.contains("syntax error"), "{body}");
    let (status, _, body) = post(&s, "application/sparql-query", &" ".repeat(5000), "*/*");
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE, "{body}");
    let (status, _, body) = get(&s, "SELECT * WHERE { ?s ?p ?o }", "text/csv");
    assert!(status == StatusCode::UNPROCESSABLE_ENTITY && body.contains("LIMIT"), "never a cut answer: {body}");
    let started = Instant::now();
    let runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
    let (status, _, body) = get(&s, runaway, "*/*");
    assert!(status == StatusCode::SERVICE_UNAVAILABLE && body.contains("stopped"), "{status} {body}");
    assert!(started.elapsed() < Duration::from_secs(10), "stopped at its timeout: {:?}", started.elapsed());
    let page = send(Request::builder().uri(format!("{}/", s.base)).body(Body::empty()).unwrap());
    assert!(
        page.2.contains("most-reported-statements") && page.1.starts_with("text/html"),
        "the query page lists the named queries"
    );
}

#[test]
fn each_statement_has_a_page_in_its_paragraph_right_to_left_for_arabic() {
    let s = serve(&[]);
    let text = std::fs::read_to_string(s.dir.path().join("statements.jsonl")).unwrap();
    let st: serde_json::Value = text
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .find(|v| v["doc"] == "dam-ar.txt")
        .expect("an Arabic statement");
    let id = st["article"].as_str().unwrap().rsplit('/').next().unwrap().to_string();
    let path = format!("{}/statement/{id}/{}-{}", s.base, st["start"], st["end"]);
    let (status, media, html) = send(Request::builder().uri(path).body(Body::empty()).unwrap());
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(media.starts_with("text/html"));
    assert!(html.contains("dir=\"rtl\"") && html.contains("lang=\"ar\""), "{html}");
    let said = st["text"].as_str().unwrap();
    assert!(html.contains(&format!("<mark>{said}</mark>")), "the span highlighted: {html}");
    assert!(html.contains("وقال") && html.contains(st["speaker"]["name"].as_str().unwrap()), "cue and speaker: {html}");
    let missing = send(Request::builder().uri(format!("{}/statement/none/1-2", s.base)).body(Body::empty()).unwrap());
    assert_eq!(missing.0, StatusCode::NOT_FOUND);
}

#[test]
fn the_query_page_ships_yasgui_and_its_licence() {
    let s = serve(&[]);
    let get = |path: &str| send(Request::builder().uri(format!("{}{path}", s.base)).body(Body::empty()).unwrap());
    let (status, media, js) = get("/assets/yasgui.min.js");
    assert!(status == StatusCode::OK && media.starts_with("text/javascript") && js.len() > 500_000);
    let (_, _, licence) = get("/assets/LICENSE-yasgui.txt");
    assert!(licence.contains("MIT License") && licence.contains("Permission is hereby granted"));
    let (_, _, page) = get("/");
    assert!(page.contains("/assets/yasgui.min.js") && page.contains("report-trail"), "every named query has a tab");
    assert!(!page.contains("https://cdn") && !page.contains("http://cdn"), "nothing loaded from elsewhere");
}

/// The query page in a real browser: `/?run=top-speakers` opens the named query's tab and
/// runs it; the results table holds the fixtures' busiest speaker.
#[test]
#[cfg_attr(not(chromium), ignore = "needs Debian's chromium")]
fn a_headless_browser_runs_a_named_query_from_the_page() {
    let s = serve(&[]);
    let out = Command::new("chromium")
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=30000", "--dump-dom"])
        .arg(format!("{}/?run=top-speakers", s.base))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&out.stdout);
    assert!(dom.contains("dataTable"), "a results table: {}", &dom[..dom.len().min(2000)]);
    assert!(dom.contains("Erik Holm"), "the busiest speaker of the fixtures is in it");
}
