//! The integration-test binary: one module per area, sharing the helpers below.

mod between; // what stands between a cue and its content: spaced quotes, relatives, incises, markers
mod classes; // each failure class of real news as a rule, on sentences written for the project
mod cli; // the binary end to end: subcommands, exit codes, bad input, determinism
mod clusters; // one statement, many reports: clusters across articles and languages
mod drawings; // build picks the view by size; PNG sizes of the seed and fixture drawings
mod fixtures; // the project's own articles in ar/fr/en against their expected statements
mod floors; // seed and dev-set scores against output/eval-summary.csv (ignored when ../shared is absent)
mod identity; // one node per identity across articles and scripts, and no false merges
mod names; // names and groups as news writes them: initials, honorifics, party acronyms, poll shares, quantifiers
mod objects; // verbs whose object says it: predicates, relatives, perfect forms
mod openings; // what opens a sentence before its subject: datelines like names, participle clauses, portfolios
mod outdir; // the output directory as a transaction: kills, locks, identity, order, modes
mod property; // thousands of generated articles: no panic, every offset round-trips
mod push; // push into a real store (Oxigraph server) and query it back
mod query; // query bounds: timeout, limit, stdin, plain errors
mod rdf; // vocabulary, knowledge base and named queries
mod readings; // which reading a word near a cue takes: a noun after a preposition, an adjunct after the addressee, a dashed aside
mod resolution; // each resolution path and each false-merge trap, in Arabic, French and English
mod rules; // every example of every language rule
mod scale; // extraction split over processes or Spark gives the single run
mod seeds; // the seed corpus in ../shared, scored (ignored when absent)
mod serve; // the SPARQL endpoint over HTTP: formats, refusals, timeouts
mod starts; // start masks on tokens skip lookups and never change a match
mod styles; // how news in each language reports speech, on texts written for the project
mod titles; // people named by their office: titles around names, in apposition, in construct, and alone later
mod tuning; // every window, minimum and confidence of src/tuning.rs, pinned by behaviour

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The crate root.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fixture path under tests/fixtures.
pub fn fixture(rel: &str) -> PathBuf {
    root().join("tests/fixtures").join(rel)
}

/// Runs the quotegraph binary with `args` in `dir`.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_quotegraph")).args(args).current_dir(dir).output().expect("quotegraph runs")
}

/// Runs the quotegraph binary from the crate root.
pub fn run(args: &[&str]) -> Output {
    run_in(&root(), args)
}

/// Builds `inputs` quietly into `out`, failing the test with stderr if the build fails.
pub fn build(out: &Path, inputs: &[&str]) {
    let mut args = vec!["build", "--quiet", "--out", out.to_str().unwrap()];
    args.extend_from_slice(inputs);
    let o = run(&args);
    assert!(o.status.success(), "build {inputs:?} failed: {}", stderr(&o));
}

/// stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A fresh temporary directory.
pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

/// A process a test started (a server, a store), with its base URL and the directory it
/// works in: killed and reaped when dropped, so no test leaves one running.
pub struct Background {
    /// The process.
    pub child: std::process::Child,
    /// Its base URL (`http://127.0.0.1:PORT`).
    pub base: String,
    /// Its working directory, removed after it.
    pub dir: tempfile::TempDir,
}

impl Drop for Background {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A TCP port free at the time of asking.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// Waits until `ready` holds, failing the test when `what` is not ready within `limit`.
pub fn wait_until(what: &str, limit: std::time::Duration, ready: impl Fn() -> bool) {
    let started = std::time::Instant::now();
    while !ready() {
        assert!(started.elapsed() < limit, "{what} did not start");
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}
