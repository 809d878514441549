//! The binary end to end: help, each subcommand, exit codes, bad input, determinism.

use super::{run, run_in, stderr, stdout, tempdir};
use std::io::Write;

#[test]
fn help_teaches_subcommands_and_exit_codes() {
    let o = run(&["--help"]);
    assert!(o.status.success());
    let h = stdout(&o);
    for word in ["build", "extract", "query", "render", "eval", "Exit status"] {
        assert!(h.contains(word), "--help lacks {word}:\n{h}");
    }
}

#[test]
fn extract_prints_the_scorer_format() {
    let o = run(&["extract", "tests/fixtures/articles"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let lines: Vec<serde_json::Value> = stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert!(lines.len() > 15);
    for v in &lines {
        for key in
            ["doc", "article", "lang", "kind", "text", "start", "end", "cue", "speaker", "entities", "confidence"]
        {
            assert!(v.get(key).is_some(), "missing {key} in {v}");
        }
    }
    assert!(
        lines.iter().any(|v| v["lang"] == "ar")
            && lines.iter().any(|v| v["lang"] == "fr")
            && lines.iter().any(|v| v["lang"] == "en")
    );
    let table = stdout(&run(&["extract", "--format", "table", "tests/fixtures/articles/fr"]));
    assert!(table.contains("Hélène Marchal"), "{table}");
}

#[test]
fn bad_inputs_are_reported_and_the_batch_goes_on() {
    let dir = tempdir();
    let p = dir.path();
    std::fs::write(p.join("binary.txt"), b"\x00\x01\x02ELF\x00").unwrap();
    std::fs::write(p.join("latin1.txt"), b"Le pr\xe9sident a d\xe9clar\xe9 que tout va bien.").unwrap();
    std::fs::write(p.join("empty.txt"), b"").unwrap();
    let mut huge = std::fs::File::create(p.join("huge.txt")).unwrap();
    let line = "word ".repeat(1024 * 1024);
    for _ in 0..10 {
        huge.write_all(line.as_bytes()).unwrap();
    }
    drop(huge);
    std::fs::write(
        p.join("unbalanced.txt"),
        "Title\n\nMayor Ellen Park said: \"We will rebuild the bridge by spring and the road too.\n\nOther news.\n",
    )
    .unwrap();
    std::fs::write(
        p.join("feed.jsonl"),
        "{\"id\": \"good\", \"text\": \"Title\\n\\nThe minister said that the school would reopen on Monday morning.\"}\n{not json\n{\"id\": \"notext\"}\n",
    )
    .unwrap();
    let o = run_in(p, &["extract", ".", "missing.txt"]);
    assert_eq!(o.status.code(), Some(2), "errors give exit 2");
    let err = stderr(&o);
    for needle in [
        "binary.txt: binary file",
        "latin1.txt: invalid UTF-8",
        "empty.txt: empty file",
        "huge.txt: too large",
        "feed.jsonl:2: malformed JSON",
        "feed.jsonl:3: missing \"text\"",
        "missing.txt: no such file",
    ] {
        assert!(err.contains(needle), "stderr lacks '{needle}':\n{err}");
    }
    assert_eq!(err.lines().count(), 7, "one line per problem:\n{err}");
    let out = stdout(&o);
    assert!(out.contains("We will rebuild the bridge"), "the unbalanced quote is still read:\n{out}");
    assert!(out.contains("the school would reopen"), "the good JSONL line is still read:\n{out}");
}

#[test]
fn build_writes_every_output_identically_whatever_the_threads() {
    let (a, b) = (tempdir(), tempdir());
    for (dir, threads) in [(&a, "1"), (&b, "2")] {
        let o = run(&[
            "build",
            "tests/fixtures/articles",
            "tests/fixtures/crosslingual",
            "--out",
            dir.path().to_str().unwrap(),
            "--threads",
            threads,
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(stdout(&o).contains("articles:"), "a summary is printed");
    }
    for f in ["graph.ttl", "graph.nq", "graph.trig", "graph.jsonld", "statements.jsonl", "graph.dot"] {
        let x = std::fs::read(a.path().join(f)).unwrap_or_else(|_| panic!("{f} not written"));
        let y = std::fs::read(b.path().join(f)).unwrap();
        assert!(!x.is_empty(), "{f} is empty");
        assert!(x == y, "{f} differs between 1 and 2 threads");
    }
    let ttl = std::fs::read_to_string(a.path().join("graph.ttl")).unwrap();
    assert!(ttl.contains("@prefix schema: <http://schema.org/>"), "readable prefixes");
}

#[test]
#[cfg_attr(not(graphviz), ignore = "needs Graphviz dot on PATH")]
fn graphviz_draws_the_build_and_a_build_that_cannot_draw_leaves_no_old_drawing() {
    let dir = tempdir();
    let out = dir.path().join("out");
    super::build(&out, &["tests/fixtures/articles/en"]);
    assert!(out.join("graph.svg").is_file(), "graph.svg is written when dot is present");
    let svg = dir.path().join("g.svg");
    assert!(run(&["render", "tests/fixtures/articles/ar", "-o", svg.to_str().unwrap()]).status.success());
    assert!(std::fs::read_to_string(svg).unwrap().contains("<svg"));
    // The same build where dot cannot be found: the old drawing goes with the old build.
    let o = std::process::Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(["build", "-q", "--out", out.to_str().unwrap(), "tests/fixtures/articles/fr"])
        .current_dir(super::root())
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("graph.svg not written"), "{}", stderr(&o));
    assert!(!out.join("graph.svg").exists(), "a stale graph.svg stays beside the new build");
    assert!(out.join("graph.dot").is_file());
}

#[test]
fn build_into_an_unwritable_directory_fails_cleanly() {
    let dir = tempdir();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let out = file.join("sub");
    let o = run(&["build", "tests/fixtures/articles/en", "--out", out.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot create the output directory"), "{}", stderr(&o));
}

#[test]
fn query_errors_are_one_clear_line() {
    let dir = tempdir();
    let data = dir.path().to_str().unwrap();
    super::build(dir.path(), &["tests/fixtures/articles/en"]);
    let bad = run(&["query", "--data", data, "SELEC ?x WHERE {}"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(stderr(&bad).starts_with("quotegraph: SPARQL:"), "{}", stderr(&bad));
    assert_eq!(stderr(&bad).lines().count(), 1);
    let unknown = run(&["query", "--data", data, "--named", "nope"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown).contains("unknown named query 'nope'") && stderr(&unknown).contains("cross-lingual-speakers")
    );
    let missing = run(&["query", "--data", "/nonexistent/output", "ASK {}"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("/nonexistent/output"));
}

#[test]
fn query_speaks_standard_result_formats() {
    let dir = tempdir();
    let data = dir.path().to_str().unwrap();
    super::build(dir.path(), &["tests/fixtures/articles/en"]);
    let q = "SELECT ?name WHERE { ?s a schema:Person ; skos:prefLabel ?name } ORDER BY ?name";
    let json: serde_json::Value =
        serde_json::from_slice(&run(&["query", "--data", data, q, "--format", "json"]).stdout).unwrap();
    let names: Vec<&str> =
        json["results"]["bindings"].as_array().unwrap().iter().map(|b| b["name"]["value"].as_str().unwrap()).collect();
    assert!(names.contains(&"Maria Torres") && names.contains(&"Daniel Okafor"), "{names:?}");
    let csv = stdout(&run(&["query", "--data", data, q, "--format", "csv"]));
    assert!(csv.starts_with("name\r\n") || csv.starts_with("name\n"), "{csv}");
    let tsv = stdout(&run(&["query", "--data", data, q, "--format", "tsv"]));
    assert!(tsv.starts_with("?name"), "{tsv}");
    let xml = stdout(&run(&["query", "--data", data, q, "--format", "xml"]));
    assert!(xml.contains("<sparql"), "{xml}");
    let ttl = dir.path().join("graph.ttl");
    let construct = run(&[
        "query",
        "--data",
        ttl.to_str().unwrap(),
        "CONSTRUCT { ?s a schema:Person } WHERE { ?s a schema:Person }",
    ]);
    assert!(stdout(&construct).contains("schema:Person"), "{}", stdout(&construct));
}

#[test]
fn render_draws_filtered_subgraphs() {
    let dir = tempdir();
    let data = dir.path().join("out");
    super::build(&data, &["tests/fixtures/articles"]);
    let all = dir.path().join("all.dot");
    let one = dir.path().join("one.dot");
    assert!(run(&["render", "--data", data.to_str().unwrap(), "-o", all.to_str().unwrap()]).status.success());
    let o = run(&["render", "--data", data.to_str().unwrap(), "--speaker", "Torres", "-o", one.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let (all, one) = (std::fs::read_to_string(all).unwrap(), std::fs::read_to_string(one).unwrap());
    assert!(all.contains("subgraph \"cluster_") && all.contains("fontname=") && all.contains("سلمى الراشد"));
    assert!(one.contains("Maria Torres") && !one.contains("سلمى الراشد"), "filter keeps only Torres:\n{one}");
    let statements = one.lines().filter(|l| l.trim_start().starts_with("\"s") && l.contains("shape=note")).count();
    assert_eq!(statements, 2, "Torres said two things:\n{one}");
    assert!(one.contains("cluster_legend") && one.contains("indirect (reported) speech"), "a legend is drawn");
    let bad = run(&["render", "--data", data.to_str().unwrap(), "-o", "x.pdfx"]);
    assert_eq!(bad.status.code(), Some(2));
}

#[test]
fn eval_fails_below_min_f1() {
    let dir = tempdir();
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(
        &gold,
        "{\"doc\": \"hopital.txt\", \"text\": \"Nous avons recruté douze infirmiers et deux médecins urgentistes.\", \"kind\": \"direct\", \"speaker\": \"Hélène Marchal\"}\n{\"doc\": \"hopital.txt\", \"text\": \"la grève des ambulanciers continuera toute la semaine prochaine\", \"kind\": \"indirect\", \"speaker\": \"Paul Martin\"}\n",
    )
    .unwrap();
    let ok =
        run(&["eval", "--gold", gold.to_str().unwrap(), "tests/fixtures/articles/fr/hopital.txt", "--min-f1", "0.1"]);
    assert_eq!(ok.status.code(), Some(0), "{}", stderr(&ok));
    let fail = run(&[
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        "tests/fixtures/articles/fr/hopital.txt",
        "--min-f1",
        "0.9",
        "--explain",
    ]);
    assert_eq!(fail.status.code(), Some(1));
    assert!(stdout(&fail).contains("missed"), "{}", stdout(&fail));
    let summary = dir.path().join("summary.csv");
    assert!(run(&[
        "eval",
        "--gold",
        gold.to_str().unwrap(),
        "tests/fixtures/articles/fr",
        "--summary",
        summary.to_str().unwrap()
    ])
    .status
    .success());
    assert!(std::fs::read_to_string(summary).unwrap().starts_with("group,gold,tp,fp"));
}

#[test]
fn extract_streams_jsonl_in_order_whatever_the_threads() {
    let dir = tempdir();
    let feed = dir.path().join("feed.jsonl");
    let texts: Vec<String> = ["articles/en/council.txt", "articles/fr/usine.txt", "articles/ar/election.txt"]
        .iter()
        .map(|f| std::fs::read_to_string(super::fixture(f)).unwrap())
        .collect();
    let mut lines = String::new();
    for i in 0..600 {
        lines.push_str(&serde_json::json!({"id": format!("a{i}"), "text": texts[i % 3]}).to_string());
        lines.push('\n');
    }
    std::fs::write(&feed, lines).unwrap();
    let one = run(&["extract", feed.to_str().unwrap(), "--threads", "1"]);
    let two = run(&["extract", feed.to_str().unwrap(), "--threads", "2"]);
    assert!(one.status.success() && two.status.success());
    assert!(one.stdout == two.stdout, "same bytes with 1 and 2 threads");
    let docs: Vec<String> = stdout(&one)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"].as_str().unwrap().to_string())
        .collect();
    let mut last = 0;
    for d in &docs {
        let n: usize = d[1..].parse().unwrap();
        assert!(n >= last, "articles come out in input order");
        last = n;
    }
    assert_eq!(last, 599);
}

#[test]
fn build_append_is_idempotent_incremental_and_replaces_changed_articles() {
    let files =
        ["graph.ttl", "graph.nq", "graph.trig", "graph.jsonld", "statements.jsonl", "articles.jsonl", "graph.dot"];
    let read = |d: &std::path::Path| files.iter().map(|f| std::fs::read(d.join(f)).unwrap()).collect::<Vec<_>>();
    // Re-adding the same articles changes nothing.
    let once = tempdir();
    let out = once.path().to_str().unwrap();
    super::build(once.path(), &["tests/fixtures/articles"]);
    let before = read(once.path());
    assert!(run(&["build", "-q", "--append", "tests/fixtures/articles", "--out", out]).status.success());
    assert!(read(once.path()) == before, "appending the same articles must not change a byte");
    // Appending French to English equals building both at once.
    let (step, both) = (tempdir(), tempdir());
    let (s, b) = (step.path().to_str().unwrap(), both.path().to_str().unwrap());
    super::build(step.path(), &["tests/fixtures/articles/en"]);
    assert!(run(&["build", "-q", "--append", "tests/fixtures/articles/fr", "--out", s]).status.success());
    assert!(run(&["build", "-q", "tests/fixtures/articles/en", "tests/fixtures/articles/fr", "--out", b])
        .status
        .success());
    assert!(read(step.path()) == read(both.path()), "append = one build of everything");
    // A changed article (same file name) replaces its graph.
    let src = tempdir();
    let article = src.path().join("note.txt");
    std::fs::write(&article, "Title\n\nThe mayor, Ellen Park, said that the bridge would reopen in May.\n").unwrap();
    let out_dir = tempdir();
    let o = out_dir.path().to_str().unwrap();
    assert!(run(&["build", "-q", article.to_str().unwrap(), "--out", o]).status.success());
    std::fs::write(&article, "Title\n\nThe mayor, Ellen Park, said that the bridge would stay closed until June.\n")
        .unwrap();
    assert!(run(&["build", "-q", "--append", article.to_str().unwrap(), "--out", o]).status.success());
    let statements = std::fs::read_to_string(out_dir.path().join("statements.jsonl")).unwrap();
    assert!(statements.contains("stay closed") && !statements.contains("reopen in May"), "{statements}");
    assert_eq!(std::fs::read_to_string(out_dir.path().join("articles.jsonl")).unwrap().lines().count(), 1);
}

#[test]
fn build_writes_only_the_chosen_rdf_and_removes_stale_exports() {
    let dir = tempdir();
    let out = dir.path().to_str().unwrap();
    super::build(dir.path(), &["tests/fixtures/articles/en"]);
    assert!(dir.path().join("graph.ttl").is_file());
    let o = run(&["build", "-q", "--rdf", "ttl", "tests/fixtures/articles/en", "--out", out]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(dir.path().join("graph.ttl").is_file(), "the chosen export is written");
    for stale in ["graph.nq", "graph.trig", "graph.jsonld"] {
        assert!(!dir.path().join(stale).exists(), "{stale} from the previous build is removed");
    }
    // `query` reads the one export there is, and counts each statement once.
    let q =
        run(&["query", "--data", out, "--format", "csv", "SELECT (COUNT(?s) AS ?n) WHERE { ?s a schema:Quotation }"]);
    assert!(q.status.success(), "{}", stderr(&q));
    let n: usize = stdout(&q).lines().nth(1).unwrap().trim().parse().unwrap();
    let lines = std::fs::read_to_string(dir.path().join("statements.jsonl")).unwrap().lines().count();
    assert_eq!(n, lines);
    let timed = run(&["query", "--data", out, "--timings", "--named", "top-speakers"]);
    assert!(timed.status.success(), "{}", stderr(&timed));
    let t = stderr(&timed);
    assert!(
        t.starts_with("quotegraph: load ") && t.contains(" quads), query ") && t.trim_end().ends_with(" ms"),
        "{t}"
    );
    let bad = run(&["build", "--rdf", "xml", "tests/fixtures/articles/en", "--out", out]);
    assert_eq!(bad.status.code(), Some(2), "an unknown format is a usage error");
}

#[test]
fn stdin_takes_a_jsonl_feed_or_one_text_article() {
    use std::io::Write;
    let pipe = |input: &str| {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_quotegraph"))
            .args(["extract", "-"])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let dir = std::fs::read_dir("tests/fixtures/articles/en").unwrap();
    let first = dir.filter_map(|e| e.ok()).map(|e| e.path()).min().unwrap();
    let en = std::fs::read_to_string(first).unwrap();
    let feed = format!(
        "{}\n{}\n{{broken\n",
        serde_json::json!({"id": "one", "text": en}),
        serde_json::json!({"id": "two", "lang": "en", "text": en})
    );
    let o = pipe(&feed);
    assert_eq!(o.status.code(), Some(2), "the broken line fails the run");
    assert!(stderr(&o).contains("-:3: malformed JSON"), "{}", stderr(&o));
    let docs: Vec<String> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["doc"].as_str().unwrap().to_string())
        .collect();
    assert!(docs.contains(&"one".to_string()) && docs.contains(&"two".to_string()), "{docs:?}");
    let text = pipe(&en);
    assert!(text.status.success(), "{}", stderr(&text));
    assert!(!stdout(&text).is_empty(), "a plain-text article on stdin is read as one article");
}

/// Peak resident memory (kB) of `extract` on `input`, read from /proc while it runs.
#[cfg(target_os = "linux")]
fn extract_peak_kb(input: &std::path::Path) -> u64 {
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(["extract", "--quiet", input.to_str().unwrap()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let status = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    while child.try_wait().unwrap().is_none() {
        // VmHWM is the high-water mark so far: the last reading before exit is the peak.
        if let Ok(s) = std::fs::read_to_string(&status) {
            if let Some(kb) = s.lines().find_map(|l| l.strip_prefix("VmHWM:")) {
                peak = peak.max(kb.trim().trim_end_matches("kB").trim().parse().unwrap_or(0));
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    assert!(child.wait().unwrap().success());
    peak
}

#[test]
#[cfg(target_os = "linux")]
fn extract_memory_stays_flat_as_the_input_grows() {
    let dir = tempdir();
    let texts: Vec<String> = ["ar", "fr", "en"]
        .iter()
        .flat_map(|l| std::fs::read_dir(format!("tests/fixtures/articles/{l}")).unwrap())
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let write = |name: &str, mb: usize| {
        let path = dir.path().join(name);
        let mut out = String::new();
        let mut n = 0;
        while out.len() < mb << 20 {
            let text = &texts[n % texts.len()];
            out.push_str(&serde_json::json!({"id": format!("a{n}"), "text": text}).to_string());
            out.push('\n');
            n += 1;
        }
        std::fs::write(&path, out).unwrap();
        path
    };
    let small = extract_peak_kb(&write("small.jsonl", 1));
    let large = extract_peak_kb(&write("large.jsonl", 8));
    assert!(large < 100 * 1024, "peak {large} kB on 8 MB");
    assert!(large < small * 3 / 2 + 8 * 1024, "memory grows with the input: {small} kB on 1 MB, {large} kB on 8 MB");
}

#[test]
fn extract_explains_each_statement_when_asked() {
    let f = "tests/fixtures/articles/fr/hopital.txt";
    let table = run(&["extract", "--explain", "--format", "table", f]);
    assert!(table.status.success(), "{}", stderr(&table));
    let out = stdout(&table);
    // The incise "a-t-elle ajouté": the cue, the inverted pronoun, and who it went back to.
    let block: Vec<&str> =
        out.lines().skip_while(|l| !l.contains("Les patients ne seront plus")).take_while(|l| !l.is_empty()).collect();
    let trace = block.join("\n");
    assert!(trace.contains("cue: 'a-t-elle ajouté' (fr.verb.ajouter, f)"), "{trace}");
    assert!(trace.contains("speaker: inverted-pronoun → pronoun (f)"), "{trace}");
    assert!(trace.contains("resolve: pronoun:incise-person → Hélène Marchal"), "{trace}");
    // JSONL: a trace list on each statement, only when asked.
    let jsonl = stdout(&run(&["extract", "--explain", f]));
    let first: serde_json::Value = serde_json::from_str(jsonl.lines().next().unwrap()).unwrap();
    assert!(first["trace"].as_array().is_some_and(|t| !t.is_empty()), "{first}");
    let plain = stdout(&run(&["extract", f]));
    assert!(!plain.contains("\"trace\""), "no trace unless asked");
}

#[test]
fn eval_explain_gives_each_failure_its_trace_and_class() {
    let dir = tempdir();
    let gold = dir.path().join("gold.jsonl");
    // One right item, one with the wrong speaker, one the extractor cannot find.
    std::fs::write(
        &gold,
        [
            r#"{"doc": "hopital.txt", "text": "Nous avons recruté douze infirmiers et deux médecins urgentistes.", "kind": "direct", "speaker": "Hélène Marchal"}"#,
            r#"{"doc": "hopital.txt", "text": "Les patients ne seront plus envoyés à quarante kilomètres", "kind": "direct", "speaker": "Pierre Duclos"}"#,
            r#"{"doc": "hopital.txt", "text": "qui assure les transports sanitaires, s'est dite soulagée", "kind": "indirect", "speaker": "agence régionale de santé"}"#,
        ]
        .join("\n"),
    )
    .unwrap();
    let o = run(&["eval", "--explain", "--gold", gold.to_str().unwrap(), "tests/fixtures/articles/fr/hopital.txt"]);
    let out = stdout(&o);
    assert!(out.contains("wrong speaker   hopital.txt  gold [Pierre Duclos] predicted [Hélène Marchal]"), "{out}");
    assert!(out.contains("class   wrong speaker · inverted-pronoun · pronoun:incise-person"), "{out}");
    assert!(out.contains("  resolve: pronoun:incise-person → Hélène Marchal"), "{out}");
    assert!(out.contains("missed          hopital.txt  gold [agence régionale de santé]"), "{out}");
    // The other statements of the article are false positives against this small gold.
    let classes = out.split("failures by class (").nth(1).unwrap_or_else(|| panic!("no class count in {out}"));
    assert!(classes.contains("    1  wrong speaker · inverted-pronoun · pronoun:incise-person"), "{classes}");
    assert!(classes.contains("    1  missed · cue gave nothing · "), "{classes}");
    assert!(classes.contains("false positive · "), "{classes}");
}

#[test]
fn bad_metadata_is_a_warning_and_bad_arguments_an_error() {
    let dir = tempdir();
    let feed = dir.path().join("meta.jsonl");
    std::fs::write(
        &feed,
        concat!(
            "{\"text\": \"Title\\n\\nThe mayor said that the pier would reopen.\", \"lang\": \"de\", \"date\": \"yesterday\"}\n",
            "{\"text\": \"Title\\n\\nThe mayor said that the school would reopen.\", \"lang\": \"en-GB\", \"date\": \"2024-06-21\"}\n",
        ),
    )
    .unwrap();
    let out = dir.path().join("out");
    let o = run(&[
        "build",
        "-q",
        "--base",
        "https://example.org/x",
        "--out",
        out.to_str().unwrap(),
        feed.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(err.contains("meta.jsonl:1: \"lang\" \"de\" is not a language quotegraph reads"), "{err}");
    assert!(err.contains("meta.jsonl:1: \"date\" \"yesterday\" is not an ISO 8601 date"), "{err}");
    assert_eq!(err.lines().count(), 2, "{err}");
    let ttl = std::fs::read_to_string(out.join("graph.ttl")).unwrap();
    assert!(ttl.contains("schema:datePublished \"2024-06-21\"^^xsd:date") && !ttl.contains("yesterday"), "{ttl}");
    assert!(ttl.contains("<https://example.org/x/article/"), "a / is added to --base");
    let records = std::fs::read_to_string(out.join("articles.jsonl")).unwrap();
    assert_eq!(records.matches("\"lang\":\"en\"").count(), 2, "en-GB is English, and 'de' detected: {records}");
    let bad_base =
        run(&["build", "-q", "--base", "not an iri", "--out", out.to_str().unwrap(), feed.to_str().unwrap()]);
    assert_eq!(bad_base.status.code(), Some(2));
    assert!(stderr(&bad_base).contains("not an absolute IRI"), "{}", stderr(&bad_base));
    let gold = dir.path().join("gold.jsonl");
    std::fs::write(&gold, "{\"doc\": \"a.txt\", \"speaker\": \"X\"}\n").unwrap();
    let no_text = run(&["eval", "--gold", gold.to_str().unwrap(), feed.to_str().unwrap()]);
    assert_eq!(no_text.status.code(), Some(2));
    assert!(stderr(&no_text).contains("gold.jsonl:1: not an annotated statement: no \"text\""), "{}", stderr(&no_text));
    let min = run(&["eval", "--min-f1", "1.5", "--gold", gold.to_str().unwrap(), feed.to_str().unwrap()]);
    assert_eq!(min.status.code(), Some(2));
    assert!(stderr(&min).contains("--min-f1 1.5 is not an F1"), "{}", stderr(&min));
}

#[test]
fn a_byte_order_mark_is_skipped_and_the_statements_say_so() {
    let dir = tempdir();
    let text = "Title\n\n\"The pier will reopen on Monday,\" Mayor Ines Calder said.\n";
    std::fs::write(dir.path().join("bom.txt"), format!("\u{FEFF}{text}")).unwrap();
    let o = run(&["extract", dir.path().join("bom.txt").to_str().unwrap()]);
    let s: quotegraph::model::Statement = serde_json::from_str(stdout(&o).lines().next().unwrap()).unwrap();
    assert!(s.bom_skipped);
    let chars: Vec<char> = text.chars().collect();
    assert!(s.offsets_hold(&chars), "offsets count from after the mark: {s:?}");
    std::fs::write(dir.path().join("plain.txt"), text).unwrap();
    let plain = stdout(&run(&["extract", dir.path().join("plain.txt").to_str().unwrap()]));
    assert!(!plain.contains("bom_skipped"), "{plain}");
}

/// A feed repeating one text many times lists ten repeats then counts the rest; `--quiet`
/// only counts them: errors must not drown in these lines.
#[test]
fn repeated_texts_are_listed_ten_then_counted() {
    let dir = tempfile::tempdir().unwrap();
    let feed = dir.path().join("feed.jsonl");
    let line = "{\"text\": \"Title\\n\\nThe mayor said that the pier would reopen.\"}\n";
    std::fs::write(&feed, line.repeat(14)).unwrap();
    let out = dir.path().join("out");
    let o = run(&["build", "--rdf", "nq", "--out", out.to_str().unwrap(), feed.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("counted once").count(), 11, "{err}");
    assert!(err.contains("quotegraph: 3 more input(s) had the same text"), "{err}");
    let o = run(&["build", "-q", "--rdf", "nq", "--out", out.to_str().unwrap(), feed.to_str().unwrap()]);
    assert_eq!(
        stderr(&o).lines().collect::<Vec<_>>(),
        ["quotegraph: 13 input(s) had the same text as an article already read; each counted once"]
    );
}
