//! Tells the tests what this machine has, so that a test needing something absent is
//! reported as *ignored* in the summary line a user sees (`… 3 ignored`), never as a pass
//! that silently skipped its checks: `shared_corpus` (../shared beside the repository, with
//! the seed and development sets), `graphviz` (`dot` on PATH), `python3` (for the shared
//! scorer), `pyspark` (for the Spark example), `chromium` (a headless browser for the query
//! page), `oxigraph_server` and `virtuoso` (two stores to push to: the `oxigraph` server
//! binary, Virtuoso's `virtuoso-t`).

use std::path::Path;
use std::process::{Command, Stdio};

fn runs(program: &str, arg: &str) -> bool {
    Command::new(program).arg(arg).stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

fn main() {
    for cfg in ["shared_corpus", "graphviz", "python3", "pyspark", "chromium", "oxigraph_server", "virtuoso"] {
        println!("cargo::rustc-check-cfg=cfg({cfg})");
    }
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared");
    println!("cargo::rerun-if-changed={}", shared.display());
    println!("cargo::rerun-if-env-changed=PATH");
    println!("cargo::rerun-if-changed=build.rs");
    if shared.join("corpus/seeds.gold.jsonl").is_file() && shared.join("corpus/dev").is_dir() {
        println!("cargo::rustc-cfg=shared_corpus");
    }
    if runs("dot", "-V") {
        println!("cargo::rustc-cfg=graphviz");
    }
    if runs("python3", "--version") {
        println!("cargo::rustc-cfg=python3");
    }
    if runs("oxigraph", "--version") {
        println!("cargo::rustc-cfg=oxigraph_server");
    }
    if runs("virtuoso-t", "-?") || Path::new("/usr/bin/virtuoso-t").is_file() {
        println!("cargo::rustc-cfg=virtuoso");
    }
    if runs("chromium", "--version") {
        println!("cargo::rustc-cfg=chromium");
    }
    let pyspark = Command::new("python3").args(["-c", "import pyspark"]).stderr(Stdio::null()).status();
    if pyspark.is_ok_and(|s| s.success()) {
        println!("cargo::rustc-cfg=pyspark");
    }
}
