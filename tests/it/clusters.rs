//! Statement clusters: one statement reported by several articles, in several languages, is
//! one cluster; different statements and different speakers never are.

use super::{build, root, run, stdout, tempdir};
use serde_json::Value;
use std::collections::BTreeMap;

fn built_statements(inputs: &[&str]) -> Vec<Value> {
    let dir = tempdir();
    build(dir.path(), inputs);
    let text = std::fs::read_to_string(dir.path().join("statements.jsonl")).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

/// The cluster of the statement of `doc` whose text starts with `start`.
fn cluster_of<'a>(statements: &'a [Value], doc: &str, start: &str) -> &'a str {
    statements
        .iter()
        .find(|s| s["doc"] == doc && s["text"].as_str().unwrap().starts_with(start))
        .unwrap_or_else(|| panic!("no statement of {doc} starting {start}"))["cluster"]
        .as_str()
        .expect("every built statement has a cluster")
}

#[test]
fn one_statement_in_three_languages_is_one_cluster() {
    let st = built_statements(&["tests/fixtures/clusters"]);
    let repairs = [
        cluster_of(&st, "dam-en.txt", "repairs to the northern dam"),
        cluster_of(&st, "dam-fr.txt", "les réparations du barrage du nord"),
        cluster_of(&st, "dam-ar.txt", "إصلاح السد"),
    ];
    let flood = [
        cluster_of(&st, "dam-en.txt", "We will not let"),
        cluster_of(&st, "dam-fr.txt", "Nous ne laisserons pas"),
        cluster_of(&st, "dam-ar.txt", "لن نسمح"),
    ];
    assert!(repairs.iter().all(|c| *c == repairs[0]), "the repairs statement, reported in ar/fr/en: {repairs:?}");
    assert!(flood.iter().all(|c| *c == flood[0]), "the flood statement, reported in ar/fr/en: {flood:?}");
    assert_ne!(repairs[0], flood[0], "two statements of one speaker in one article stay apart");
    // The mayor says nearly the same words as the minister: another speaker, another cluster.
    let mayor = cluster_of(&st, "dam-fr.txt", "les réparations du barrage commenceraient");
    assert_ne!(mayor, repairs[0], "two speakers saying similar words are never merged");
    let engineer = cluster_of(&st, "dam-en.txt", "the old dam");
    let alone = st.iter().filter(|s| s["cluster"] == engineer).count();
    assert_eq!(alone, 1, "a statement reported once is a cluster of one");
}

#[test]
fn cluster_ids_come_from_content_not_order() {
    let a = built_statements(&[
        "tests/fixtures/clusters/dam-en.txt",
        "tests/fixtures/clusters/dam-fr.txt",
        "tests/fixtures/clusters/dam-ar.txt",
    ]);
    let b = built_statements(&[
        "tests/fixtures/clusters/dam-ar.txt",
        "tests/fixtures/clusters/dam-fr.txt",
        "tests/fixtures/clusters/dam-en.txt",
    ]);
    let ids = |st: &[Value]| -> BTreeMap<(String, u64), String> {
        st.iter()
            .map(|s| {
                (
                    (s["doc"].as_str().unwrap().to_string(), s["start"].as_u64().unwrap()),
                    s["cluster"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    assert_eq!(ids(&a), ids(&b));
}

#[test]
fn named_queries_answer_with_clusters() {
    let dir = tempdir();
    build(dir.path(), &["tests/fixtures/clusters"]);
    let data = dir.path().to_str().unwrap();
    let top = stdout(&run(&["query", "--data", data, "--named", "most-reported-statements", "--format", "csv"]));
    let rows: Vec<&str> = top.lines().skip(1).filter(|l| !l.is_empty()).collect();
    assert_eq!(rows.len(), 2, "two statements reported three times each:\n{top}");
    let in_three =
        |r: &&str| r.contains(",3,") && ["ar", "en", "fr"].iter().all(|l| r.split(',').nth(3).unwrap().contains(l));
    assert!(rows.iter().all(in_three), "{top}");
    let trail = stdout(&run(&["query", "--data", data, "--named", "report-trail", "--format", "csv"]));
    assert_eq!(trail.lines().skip(1).filter(|l| !l.is_empty()).count(), 6, "three reports of each:\n{trail}");
    // Every link says why: its similarity and evidence are in the graph.
    let ask = "ASK { ?c a qg:StatementCluster ; qg:hasLink ?l . ?l qg:similarity ?s ; qg:evidence ?e ; qg:linksReport ?r . FILTER(CONTAINS(?e, \"numbers 120, 14\")) }";
    assert_eq!(stdout(&run(&["query", "--data", data, ask])).trim(), "true");
}

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the repository")]
fn seed_clusters_meet_the_gold() {
    let seeds = root().join("../shared/corpus/seeds");
    let o = run(&[
        "eval",
        "--gold",
        root().join("../shared/corpus/seeds.gold.jsonl").to_str().unwrap(),
        "--clusters",
        "tests/gold/seed-clusters.json",
        seeds.to_str().unwrap(),
    ]);
    let out = stdout(&o);
    let line = out.lines().find(|l| l.starts_with("clusters:")).expect("a clusters line");
    let figure = |name: &str| -> f64 {
        let at = line.find(name).unwrap() + name.len();
        line[at..].split_whitespace().next().unwrap().parse().unwrap()
    };
    assert_eq!(figure("P "), 1.0, "no two statements clustered that the gold keeps apart: {line}");
    assert!(figure("R ") >= 0.9, "most reported pairs found: {line}");
}

/// A JSONL file of articles, one per (id, date, text).
fn jsonl(dir: &std::path::Path, rows: &[(String, String, String)]) -> std::path::PathBuf {
    let path = dir.join("feed.jsonl");
    let lines: Vec<String> = rows
        .iter()
        .map(|(id, date, text)| serde_json::json!({"id": id, "date": date, "lang": "en", "text": text}).to_string())
        .collect();
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

const QUOTE: &str = "Water minister Samir Kabbani said that repairs to the northern dam would begin on 14 September and would cost 120 million dollars.";

#[test]
fn a_statement_repeated_by_hundreds_of_outlets_is_one_cluster() {
    // Every word of the statement is shared by all 300 reports: no feature is rare, so the
    // reports are paired with their neighbours in time, and the links chain them into one.
    let dir = tempdir();
    let rows: Vec<_> = (0..300)
        .map(|i| {
            (
                format!("outlet-{i}"),
                format!("2024-09-{:02}", 1 + i % 28),
                format!("Dam repairs, report {i}\n\n{QUOTE}\n"),
            )
        })
        .collect();
    let feed = jsonl(dir.path(), &rows);
    let st = built_statements(&[feed.to_str().unwrap()]);
    assert_eq!(st.len(), 300);
    let clusters: std::collections::BTreeSet<&str> = st.iter().map(|s| s["cluster"].as_str().unwrap()).collect();
    assert_eq!(clusters.len(), 1, "one statement, 300 reports");
}
