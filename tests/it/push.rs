//! `quotegraph push` into a real store: the Oxigraph server, started inside the test on a
//! free port. The store then answers as `quotegraph query` does on the build.

use super::{build, free_port, run, stderr, stdout, tempdir, wait_until, Background};
use std::process::{Command, Stdio};
use std::time::Duration;

/// A store the test started.
type Store = Background;

fn oxigraph_server() -> Store {
    let dir = tempdir();
    let addr = format!("127.0.0.1:{}", free_port());
    let child = Command::new("oxigraph")
        // quotegraph's queries read the union of named graphs as the default graph.
        .args(["serve", "--union-default-graph", "--location", dir.path().to_str().unwrap(), "--bind", &addr])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("oxigraph serve starts");
    wait_until("the Oxigraph server", Duration::from_secs(20), || std::net::TcpStream::connect(&addr).is_ok());
    Store { child, base: format!("http://{addr}"), dir }
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
    pushed_build_answers_alike(&["tests/fixtures/articles", "tests/fixtures/clusters"], "report-trail");
}

#[test]
#[cfg_attr(not(all(oxigraph_server, shared_corpus)), ignore = "needs the oxigraph server and ../shared")]
fn the_pushed_seed_build_answers_in_the_store_as_it_does_here() {
    let seeds = super::root().join("../shared/corpus/seeds");
    pushed_build_answers_alike(&[seeds.to_str().unwrap()], "most-reported-statements");
}

/// Builds `inputs`, pushes the build twice, and compares the store's triple count and its
/// answer to the named query with `quotegraph query`'s.
fn pushed_build_answers_alike(inputs: &[&str], named: &str) {
    let (dir, store) = (tempdir(), oxigraph_server());
    build(dir.path(), inputs);
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
    let prefixes = quotegraph::sparql::prefix_declarations();
    let query = format!("{prefixes}{}", quotegraph::sparql::named(named).unwrap());
    let here = stdout(&run(&["query", "--data", data, "--format", "csv", "--named", named]));
    assert!(rows(&here).len() > 1, "{named} answers here: {here}");
    assert_eq!(rows(&ask_store(&query)), rows(&here), "{named} in the store and here");
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

/// A private Virtuoso (its own ini, data directory and ports), stopped when dropped.
fn virtuoso() -> Store {
    let dir = tempdir();
    let system = std::fs::read_dir("/etc")
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path().join("virtuoso.ini")))
        .find(|p| p.is_file() && p.to_string_lossy().contains("virtuoso-opensource"))
        .expect("Debian's virtuoso.ini");
    let (sql, http) = (free_port(), free_port());
    let db = dir.path().display().to_string();
    let ini: String = std::fs::read_to_string(system)
        .unwrap()
        .lines()
        .map(|l| {
            let key = l.split('=').next().unwrap_or("").trim();
            match key {
                "DatabaseFile" | "ErrorLogFile" | "TransactionFile" | "xa_persistent_file" => {
                    let file = l.rsplit('/').next().unwrap_or("");
                    format!("{key} = {db}/{file}")
                }
                "ServerPort" if l.contains("1111") => format!("ServerPort = {sql}"),
                "ServerPort" => format!("ServerPort = {http}"),
                k if k.starts_with("Load") => String::new(),
                _ => l.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let path = dir.path().join("virtuoso.ini");
    std::fs::write(&path, ini).unwrap();
    let child = Command::new("virtuoso-t")
        .args(["+configfile", path.to_str().unwrap(), "+foreground"])
        .current_dir(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("virtuoso-t starts");
    let base = format!("http://127.0.0.1:{http}");
    let asked = || {
        let req = oxhttp::model::Request::builder().uri(format!("{base}/sparql?query=ASK%7B%7D"));
        oxhttp::Client::new()
            .request(req.body(oxhttp::model::Body::empty()).unwrap())
            .is_ok_and(|r| r.status().is_success())
    };
    wait_until("Virtuoso", Duration::from_secs(60), asked);
    Store { child, base, dir }
}

#[test]
#[cfg_attr(not(virtuoso), ignore = "needs Virtuoso (apt-get install virtuoso-opensource)")]
fn virtuoso_takes_a_push_with_digest_authentication() {
    let (dir, store) = (tempdir(), virtuoso());
    build(dir.path(), &["tests/fixtures/articles", "tests/fixtures/clusters"]);
    let data = dir.path().to_str().unwrap();
    let (good, bad) = (dir.path().join("pw"), dir.path().join("bad-pw"));
    std::fs::write(&good, "dba\n").unwrap();
    std::fs::write(&bad, "not-the-password\n").unwrap();
    let push = |pw: &std::path::Path| {
        let (endpoint, crud) = (format!("{}/sparql", store.base), format!("{}/sparql-graph-crud-auth", store.base));
        run(&[
            "push",
            "--data",
            data,
            "--endpoint",
            &endpoint,
            "--graph-store",
            &crud,
            "--user",
            "dba",
            "--password-file",
            pw.to_str().unwrap(),
        ])
    };
    let o = push(&bad);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("401") && stderr(&o).contains("--password-file"), "{}", stderr(&o));
    for round in 0..2 {
        let o = push(&good);
        assert!(o.status.success(), "push {round}: {}", stderr(&o));
        // The count query checked, graph by graph, that Virtuoso holds what was sent.
        assert!(stderr(&o).contains("the store holds them all"), "{}", stderr(&o));
    }
}

/// Where a store has no Graph Store Protocol: the same build by SPARQL Update, in batches.
#[test]
#[cfg_attr(not(oxigraph_server), ignore = "needs the oxigraph server (pip install oxigraph)")]
fn a_push_by_sparql_update_in_batches_holds_the_same() {
    let (dir, store) = (tempdir(), oxigraph_server());
    build(dir.path(), &["tests/fixtures/articles", "tests/fixtures/clusters"]);
    let data = dir.path().to_str().unwrap();
    let (endpoint, update) = (format!("{}/query", store.base), format!("{}/update", store.base));
    for round in 0..2 {
        let o = run(&["push", "--data", data, "--endpoint", &endpoint, "--update-endpoint", &update, "--batch", "50"]);
        assert!(o.status.success(), "update push {round}: {}", stderr(&o));
        assert!(stderr(&o).contains("the store holds them all"), "{}", stderr(&o));
    }
}
