//! `quotegraph push` into a real store: the Oxigraph server, started inside the test on a
//! free port. The store then answers as `quotegraph query` does on the build.

use super::{build, run, stderr, stdout, tempdir};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Store {
    child: Child,
    base: String,
    _dir: tempfile::TempDir,
}

impl Drop for Store {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn oxigraph_server() -> Store {
    let dir = tempdir();
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let addr = format!("127.0.0.1:{port}");
    let child = Command::new("oxigraph")
        // quotegraph's queries read the union of named graphs as the default graph.
        .args(["serve", "--union-default-graph", "--location", dir.path().to_str().unwrap(), "--bind", &addr])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("oxigraph serve starts");
    let started = Instant::now();
    while std::net::TcpStream::connect(&addr).is_err() {
        assert!(started.elapsed() < Duration::from_secs(20), "the store did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    Store { child, base: format!("http://{addr}"), _dir: dir }
}

fn push(data: &str, store: &Store, graph_store: &str) -> std::process::Output {
    run(&["push", "--data", data, "--endpoint", &format!("{}/query", store.base), "--graph-store", graph_store])
}

/// Rows of a CSV answer, sorted.
fn rows(csv: &str) -> Vec<String> {
    let mut v: Vec<String> = csv.lines().map(|l| l.trim_end().to_string()).filter(|l| !l.is_empty()).collect();
    v.sort();
    v
}

#[test]
#[cfg_attr(not(oxigraph_server), ignore = "needs the oxigraph server (pip install oxigraph)")]
fn a_pushed_build_answers_in_the_store_as_it_does_here() {
    let (dir, store) = (tempdir(), oxigraph_server());
    build(dir.path(), &["tests/fixtures/articles", "tests/fixtures/clusters"]);
    let data = dir.path().to_str().unwrap();
    let graph_store = format!("{}/store", store.base);
    for round in 0..2 {
        let o = push(data, &store, &graph_store);
        assert!(o.status.success(), "push {round}: {}", stderr(&o));
        assert!(stderr(&o).contains("the store holds them all"), "{}", stderr(&o));
    }
    // Pushed twice: nothing doubled. Same count, and the same answer to a named query.
    let count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let ask_store = |q: &str| {
        use oxhttp::model::header::{ACCEPT, CONTENT_TYPE};
        use oxhttp::model::{Body, Method, Request};
        let form: String = form_urlencoded::Serializer::new(String::new()).append_pair("query", q).finish();
        let req = Request::builder()
            .method(Method::POST)
            .uri(format!("{}/query", store.base))
            .header(CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(ACCEPT, "text/csv")
            .body(Body::from(form))
            .unwrap();
        oxhttp::Client::new().request(req).expect("the store answers").into_body().to_string().unwrap()
    };
    let here = stdout(&run(&["query", "--data", data, "--format", "csv", count]));
    assert_eq!(rows(&ask_store(count)), rows(&here));
    let prefixes: String = quotegraph::vocab::PREFIXES.iter().map(|(p, ns)| format!("PREFIX {p}: <{ns}>\n")).collect();
    let trail = format!("{prefixes}{}", quotegraph::sparql::named("report-trail").unwrap());
    let here = stdout(&run(&["query", "--data", data, "--format", "csv", "--named", "report-trail"]));
    assert_eq!(rows(&ask_store(&trail)), rows(&here), "report-trail in the store and here");
}

#[test]
#[cfg_attr(not(oxigraph_server), ignore = "needs the oxigraph server (pip install oxigraph)")]
fn a_refused_push_names_the_graph_and_the_status() {
    let (dir, store) = (tempdir(), oxigraph_server());
    build(dir.path(), &["tests/fixtures/clusters"]);
    let o = push(dir.path().to_str().unwrap(), &store, &format!("{}/no-such-service", store.base));
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("graph <https://w3id.org/quotegraph/id/graph/") && err.contains("404"), "{err}");
}
