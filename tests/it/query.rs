//! `quotegraph query` within bounds: a runaway query ends in a clear line, rows stream,
//! --limit holds, the query can come from stdin, and errors are plain.

use super::{run, stderr, stdout, tempdir};
use std::io::Write;
use std::time::{Duration, Instant};

const CROSS_JOIN: &str = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";

/// Runs quotegraph under a 1 GB address-space cap, as a shell command line.
fn capped(args: &str) -> std::process::Output {
    let bin = env!("CARGO_BIN_EXE_quotegraph");
    let script = format!("ulimit -v 1000000; {bin} {args} > /dev/null");
    std::process::Command::new("sh").args(["-c", &script]).output().unwrap()
}

#[test]
fn a_runaway_query_stops_at_its_timeout_in_bounded_memory() {
    let dir = tempdir();
    let data = dir.path().to_str().unwrap();
    super::build(dir.path(), &["tests/fixtures/articles"]);
    // A table holds at most 10,000 rows, so a runaway SELECT * as a table just stops there.
    let table = capped(&format!("query --data {data} --timeout 5 '{CROSS_JOIN}'"));
    assert!(table.status.success(), "{}", stderr(&table));
    let aggregate = CROSS_JOIN.replace("*", "(COUNT(*) AS ?n)");
    for (query, format) in
        [(aggregate.as_str(), "table"), (aggregate.as_str(), "csv"), (CROSS_JOIN, "csv"), (CROSS_JOIN, "json")]
    {
        let started = Instant::now();
        let o = capped(&format!("query --data {data} --timeout 1 --format {format} '{query}'"));
        assert_eq!(o.status.code(), Some(2), "{query} as {format}: {}", stderr(&o));
        assert!(stderr(&o).contains("ran longer than 1s and was stopped"), "{}", stderr(&o));
        assert_eq!(stderr(&o).lines().count(), 1, "{}", stderr(&o));
        assert!(started.elapsed() < Duration::from_secs(15), "{query} as {format} took {:?}", started.elapsed());
    }
}

#[test]
fn limit_caps_the_printed_rows_and_says_so() {
    let dir = tempdir();
    let data = dir.path().to_str().unwrap();
    super::build(dir.path(), &["tests/fixtures/articles/en"]);
    let o = run(&["query", "--data", data, "--format", "csv", "--limit", "3", "SELECT ?s WHERE { ?s ?p ?o }"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o).lines().count(), 4, "a header and three rows: {}", stdout(&o));
    assert!(stderr(&o).contains("3 rows printed, more not"), "{}", stderr(&o));
    let t = run(&["query", "--data", data, "--limit", "2", "SELECT ?s WHERE { ?s ?p ?o }"]);
    assert!(stdout(&t).contains("(first 2 rows; more not shown"), "{}", stdout(&t));
    let all = run(&["query", "--data", data, "--limit", "100000", "ASK { ?s ?p ?o }"]);
    assert_eq!(stdout(&all).trim(), "true");
}

#[test]
fn a_query_can_come_from_stdin() {
    let dir = tempdir();
    let data = dir.path().to_str().unwrap();
    super::build(dir.path(), &["tests/fixtures/articles/en"]);
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(["query", "--data", data, "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"ASK { ?q a schema:Quotation }").unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    assert_eq!(stdout(&o).trim(), "true");
}

#[test]
fn syntax_errors_are_one_plain_line_saying_where() {
    let dir = tempdir();
    let data = dir.path().to_str().unwrap();
    super::build(dir.path(), &["tests/fixtures/articles/en"]);
    for (query, near) in [
        ("SELECT ?x WHERE { ?x ?y ?z } LIMIT x", "line 1, column 36, near 'x'"),
        ("SELECT ?x WHERE { ?x ?y \"abc }", "at the end of the query"),
        ("SELECT ?x\nWHERE { ?x ?y ?z FILTER(?x = ) }", "line 2, column"),
    ] {
        let o = run(&["query", "--data", data, query]);
        assert_eq!(o.status.code(), Some(2));
        let err = stderr(&o);
        assert!(err.contains(near) && err.lines().count() == 1, "{query}: {err}");
        assert!(!err.contains("[_]") && !err.contains("'0'..='9'") && !err.contains("expected one of"), "{err}");
    }
}

#[test]
fn query_help_lists_every_named_query() {
    let help = stdout(&run(&["query", "--help"]));
    for (name, _) in quotegraph::sparql::NAMED {
        assert!(help.contains(name), "query --help lacks {name}");
    }
    assert!(help.contains("--timeout") && help.contains("--limit"));
}

/// A build's own export loads fast (lenient, parallel) and answers as a checked load does;
/// a file the user hands in is checked: an invalid IRI is an error naming the file.
#[test]
fn build_exports_and_user_files_answer_alike_and_user_files_are_checked() {
    let dir = tempdir();
    super::build(dir.path(), &["tests/fixtures/articles"]);
    let count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";
    let from_build = stdout(&run(&["query", "--data", dir.path().to_str().unwrap(), "--format", "csv", count]));
    // The same file given by name is loaded as a user's file, with every check.
    let nq = dir.path().join("graph.nq");
    let copy = dir.path().join("copy.nq");
    std::fs::copy(&nq, &copy).unwrap();
    let checked = stdout(&run(&["query", "--data", copy.to_str().unwrap(), "--format", "csv", count]));
    assert_eq!(from_build, checked);
    assert!(from_build.lines().nth(1).is_some_and(|n| n.parse::<u64>().unwrap() > 1000), "{from_build}");
    let bad = dir.path().join("bad.nq");
    std::fs::write(&bad, "<http://example.org/a b> <http://example.org/p> \"x\" .\n").unwrap();
    let o = run(&["query", "--data", bad.to_str().unwrap(), "ASK { ?s ?p ?o }"]);
    assert_eq!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(stderr(&o).contains("bad.nq") && stderr(&o).contains("invalid RDF"), "{}", stderr(&o));
}
