//! The output directory as a transaction: a build is never lost, mixed or miscounted,
//! whatever is killed when, whoever else writes, whatever the order of the arguments.

use super::{build, run, stderr, stdout, tempdir};
use std::path::Path;
use std::time::{Duration, Instant};

/// Writes `n` short articles, each with one quote, into `dir`.
fn articles(dir: &Path, n: usize, tag: &str) {
    std::fs::create_dir_all(dir).unwrap();
    for i in 0..n {
        let text = format!(
            "Harbour report {tag} {i}\n\n\"The {tag} pier number {i} will reopen on Monday,\" Mayor Ines Calder said.\n\nThe council minister said that the {tag} budget {i} was ready.\n"
        );
        std::fs::write(dir.join(format!("{tag}-{i:04}.txt")), text).unwrap();
    }
}

/// Appends `input` to the build in `out`, failing the test with stderr if it fails.
fn append(out: &Path, input: &Path) {
    let o = run(&["build", "-q", "--append", "--out", out.to_str().unwrap(), input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
}

/// The statements of the build in `out`, as its query and its JSONL see them.
fn statement_counts(out: &Path) -> (usize, usize) {
    let q = run(&[
        "query",
        "--format",
        "csv",
        "--data",
        out.to_str().unwrap(),
        "SELECT (COUNT(*) AS ?n) WHERE { ?q a schema:Quotation }",
    ]);
    assert!(q.status.success(), "{}", stderr(&q));
    let by_query = stdout(&q).lines().nth(1).unwrap().trim().parse().unwrap();
    let by_jsonl = std::fs::read_to_string(out.join("statements.jsonl")).unwrap().lines().count();
    (by_query, by_jsonl)
}

#[test]
fn a_build_killed_anywhere_in_its_run_leaves_the_old_or_the_new_build_whole() {
    let dir = tempdir();
    let (small, large, out) = (dir.path().join("small"), dir.path().join("large"), dir.path().join("out"));
    articles(&small, 3, "small");
    articles(&large, 400, "large");
    build(&out, &[small.to_str().unwrap()]);
    let old = statement_counts(&out);
    // How long a whole build of the large input takes here, to spread the kills over it.
    let scratch = dir.path().join("scratch");
    let started = Instant::now();
    build(&scratch, &[large.to_str().unwrap()]);
    let whole = started.elapsed();
    let new = statement_counts(&scratch);
    assert_ne!(old, new);
    let mut seen_new = false;
    for k in 1..=8u32 {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_quotegraph"))
            .args(["build", "-q", "--out", out.to_str().unwrap(), large.to_str().unwrap()])
            .spawn()
            .unwrap();
        std::thread::sleep(whole * k / 8);
        let _ = child.kill(); // SIGKILL
        child.wait().unwrap();
        let now = statement_counts(&out);
        assert!(now == old || now == new, "kill {k}/8: a mixed build {now:?} (old {old:?}, new {new:?})");
        seen_new |= now == new;
        if now == new {
            // Back to the small build for the next kill.
            build(&out, &[small.to_str().unwrap()]);
        }
    }
    // A build that finishes removes what the killed ones left.
    build(&out, &[large.to_str().unwrap()]);
    assert_eq!(statement_counts(&out), new);
    assert_eq!(std::fs::read_dir(out.join(".generations")).unwrap().count(), 1);
    let leftovers: Vec<_> = std::fs::read_dir(&out)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".qg-tmp") || n.starts_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let _ = seen_new; // whether a kill came after the switch depends on the machine's speed
}

#[test]
fn a_second_writer_fails_at_once_naming_the_first() {
    let dir = tempdir();
    let (input, out) = (dir.path().join("in"), dir.path().join("out"));
    articles(&input, 300, "lock");
    let mut first = std::process::Command::new(env!("CARGO_BIN_EXE_quotegraph"))
        .args(["build", "-q", "--out", out.to_str().unwrap(), input.to_str().unwrap()])
        .spawn()
        .unwrap();
    // Wait until the first build holds the lock (its pid is in the lock file).
    let lock = out.join(".lock");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::fs::read_to_string(&lock).map(|s| s.trim().to_string()).unwrap_or_default() != first.id().to_string()
        && Instant::now() < deadline
    {
        std::thread::sleep(Duration::from_millis(2));
    }
    let second = run(&["build", "-q", "--out", out.to_str().unwrap(), input.to_str().unwrap()]);
    let first_status = first.wait().unwrap();
    assert!(first_status.success());
    if second.status.success() {
        // The first finished before the second started: nothing to check on this machine.
        return;
    }
    assert_eq!(second.status.code(), Some(2));
    let err = stderr(&second);
    assert!(err.contains(&format!("pid {}", first.id())) && err.lines().count() == 1, "{err}");
    assert_eq!(statement_counts(&out).0, 600, "the first build is whole");
}

#[test]
fn a_run_that_reads_no_article_leaves_the_build_untouched() {
    let dir = tempdir();
    let (input, out, empty) = (dir.path().join("in"), dir.path().join("out"), dir.path().join("empty"));
    articles(&input, 2, "keep");
    std::fs::create_dir(&empty).unwrap();
    build(&out, &[input.to_str().unwrap()]);
    let before = std::fs::read(out.join("statements.jsonl")).unwrap();
    for missing in [dir.path().join("no-such-dir"), empty] {
        let o = run(&["build", "--out", out.to_str().unwrap(), missing.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(2));
        assert!(stderr(&o).contains("no article read"), "{}", stderr(&o));
        assert_eq!(std::fs::read(out.join("statements.jsonl")).unwrap(), before);
    }
}

#[test]
fn an_appended_file_with_a_name_already_seen_is_a_new_article() {
    let dir = tempdir();
    let out = dir.path().join("out");
    for (sub, who) in [("a", "Ines Calder"), ("b", "Tom Vale")] {
        std::fs::create_dir(dir.path().join(sub)).unwrap();
        let text = format!("Title\n\n\"The harbour will reopen,\" Mayor {who} said.\n");
        std::fs::write(dir.path().join(sub).join("news.txt"), text).unwrap();
    }
    build(&out, &[dir.path().join("a/news.txt").to_str().unwrap()]);
    append(&out, &dir.path().join("b/news.txt"));
    let statements = std::fs::read_to_string(out.join("statements.jsonl")).unwrap();
    assert!(statements.contains("Ines Calder") && statements.contains("Tom Vale"), "{statements}");
    // Two JSONL feeds without ids are two sets of articles too.
    for feed in ["x.jsonl", "y.jsonl"] {
        let line = format!("{{\"text\": \"Title\\n\\nThe mayor said that the {feed} pier would reopen.\"}}\n");
        std::fs::write(dir.path().join(feed), line).unwrap();
        append(&out, &dir.path().join(feed));
    }
    assert_eq!(std::fs::read_to_string(out.join("articles.jsonl")).unwrap().lines().count(), 4);
}

#[test]
fn the_same_text_under_two_names_is_one_article_counted_once() {
    let dir = tempdir();
    let (input, out) = (dir.path().join("in"), dir.path().join("out"));
    articles(&input, 1, "twin");
    std::fs::copy(input.join("twin-0000.txt"), input.join("twin-copy.txt")).unwrap();
    let o = run(&["build", "--out", out.to_str().unwrap(), input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("same text as"), "{}", stderr(&o));
    let q = run(&[
        "query",
        "--format",
        "csv",
        "--data",
        out.to_str().unwrap(),
        "SELECT ?recorded (COUNT(DISTINCT ?a) AS ?articles) WHERE { ?a a schema:NewsArticle . ?s qg:articleCount ?recorded } GROUP BY ?recorded",
    ]);
    let rows: Vec<String> = stdout(&q).lines().skip(1).map(|l| l.trim().to_string()).collect();
    assert!(!rows.is_empty() && rows.iter().all(|r| r.ends_with(",1")), "{}{}", stdout(&q), stderr(&q));
    assert!(rows.iter().all(|r| r.starts_with("1,")), "qg:articleCount counts the article once: {rows:?}");
}

#[test]
fn the_order_of_the_inputs_changes_no_byte() {
    let dir = tempdir();
    let fixtures = super::fixture("articles");
    let [ar, en, fr] = ["ar", "en", "fr"].map(|l| fixtures.join(l).to_str().unwrap().to_string());
    let (one, two) = (dir.path().join("one"), dir.path().join("two"));
    build(&one, &[&ar, &en, &fr]);
    build(&two, &[&fr, &en, &ar]);
    for name in
        ["graph.ttl", "graph.nq", "graph.trig", "graph.jsonld", "statements.jsonl", "articles.jsonl", "graph.dot"]
    {
        let (a, b) = (std::fs::read(one.join(name)).unwrap(), std::fs::read(two.join(name)).unwrap());
        assert!(a == b, "{name} depends on the order of the inputs");
    }
}

#[test]
fn outputs_follow_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempdir();
    let out = dir.path().join("out");
    let svg = dir.path().join("fig.dot");
    let bin = env!("CARGO_BIN_EXE_quotegraph");
    let fixtures = super::fixture("articles/en");
    let script = format!(
        "umask 022 && {bin} build -q --out {} {} && {bin} render --data {} -o {}",
        out.display(),
        fixtures.display(),
        out.display(),
        svg.display()
    );
    let o = std::process::Command::new("sh").args(["-c", &script]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    for f in [out.join("graph.ttl"), out.join("statements.jsonl"), svg] {
        let mode = std::fs::metadata(&f).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o644, "{} is {mode:o}", f.display());
    }
}

#[test]
fn out_on_a_regular_file_is_not_a_directory() {
    let dir = tempdir();
    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let o = run(&["build", "tests/fixtures/articles/en", "--out", file.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a directory"), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "x");
}

#[test]
fn a_symlink_loop_is_reported_once_and_every_file_is_read_once() {
    let dir = tempdir();
    let input = dir.path().join("in");
    articles(&input.join("sub"), 1, "loop");
    std::os::unix::fs::symlink("..", input.join("sub/up")).unwrap();
    std::os::unix::fs::symlink("sub/loop-0000.txt", input.join("alias.txt")).unwrap();
    std::fs::write(input.join("notes.pdf"), "%PDF").unwrap();
    std::fs::write(input.join("README.md"), "Notes\n\nThe editor said that these are notes.\n").unwrap();
    let out = dir.path().join("out");
    let o = run(&["build", "-q", "--exclude", "README.*", "--out", out.to_str().unwrap(), input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert_eq!(err.matches("symlink loop").count(), 1, "{err}");
    for why in ["excluded by --exclude", "not an article file (.pdf", "reached twice"] {
        assert!(err.contains(&format!("skipped 1 file: {why}")), "{why}: {err}");
    }
    assert_eq!(std::fs::read_to_string(out.join("articles.jsonl")).unwrap().lines().count(), 1);
    // Without --exclude, README.md is an article like any other .md file.
    let o = run(&["build", "-q", "--out", out.to_str().unwrap(), input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(std::fs::read_to_string(out.join("articles.jsonl")).unwrap().lines().count(), 2);
}
