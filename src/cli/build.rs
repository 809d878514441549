//! `quotegraph build`: extract, resolve, build the graph and write every export.

use super::inputs::InputArgs;
use anyhow::Context;
use quotegraph::graph::QuoteGraph;
use quotegraph::manifest;
use quotegraph::outdir;
use quotegraph::output::{write_atomic, write_atomic_with};
use quotegraph::rdf;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Build the graph and write graph.ttl, graph.nq, graph.trig, graph.jsonld,
/// statements.jsonl, graph.dot (and graph.svg when Graphviz's `dot` is on PATH).
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// Output directory (created if missing). Each build is written whole beside the current
    /// one and switched in by one rename: readers never see half a build, a killed build
    /// leaves the previous one, and one build at a time holds the directory's lock.
    #[arg(long, short, default_value = "output")]
    out: PathBuf,
    /// Add the articles to the build already in --out: an article already there (same text)
    /// changes nothing, a changed one (same file path, or same JSONL url or id) replaces its
    /// graph, another file that only shares a name is a new article; the
    /// speakers and entities are recomputed. A crash leaves the previous build readable.
    #[arg(long)]
    append: bool,
    /// RDF files to write, comma-separated: ttl (Turtle), nq (N-Quads, what `query` loads
    /// fastest), trig, jsonld. Default: all four. On large archives writing only nq saves most
    /// of the time; an export not chosen is not in the new build, so no stale file stays
    /// beside fresh ones.
    #[arg(long, value_delimiter = ',', value_parser = ["ttl", "nq", "trig", "jsonld"], default_value = "ttl,nq,trig,jsonld")]
    rdf: Vec<String>,
}

/// Runs `build`: the output directory's lock is taken first (a second build into it fails
/// at once), the new build is written as a whole new generation and switched in by one
/// rename, so the previous build stays whole until then (see [`quotegraph::outdir`]).
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let kb = args.input.knowledge_base()?;
    let writer = outdir::Writer::open(&args.out)?;
    let ex = args.input.extract_for_graph(&kb)?;
    if ex.articles.is_empty() {
        eprintln!("quotegraph: no article read; {} left as it was", args.out.display());
        return Ok(ExitCode::from(2));
    }
    let previous = match writer.previous().filter(|_| args.append) {
        Some(dir) => manifest::read_build(dir)
            .with_context(|| format!("cannot append to {}: its build cannot be read", args.out.display()))?,
        None => Vec::new(),
    };
    let merged = manifest::merge(previous, ex.articles);
    report_duplicates(&merged.duplicates, args.input.quiet);
    let g = QuoteGraph::build(merged.articles);
    write_all(&g, &args.input.base, writer.staging(), &args.rdf)?;
    writer.commit()?;
    if !args.input.quiet {
        summary(&g, &args.out);
    }
    Ok(if ex.failures > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// Says which inputs repeat an article already read: each one (up to
/// `DUPLICATES_LISTED`) then how many more, or, with `--quiet`, only how many. A feed that
/// repeats thousands of texts must not bury the errors on stderr.
fn report_duplicates(duplicates: &[(String, String)], quiet: bool) {
    const DUPLICATES_LISTED: usize = 10;
    let listed = if quiet { 0 } else { DUPLICATES_LISTED };
    for (again, kept) in duplicates.iter().take(listed) {
        eprintln!("quotegraph: {again}: same text as {kept}; counted once");
    }
    let rest = duplicates.len().saturating_sub(listed);
    if rest > 0 {
        let more = if listed > 0 { " more" } else { "" };
        eprintln!("quotegraph: {rest}{more} input(s) had the same text as an article already read; each counted once");
    }
}

/// Writes one JSON object per line, atomically.
fn write_jsonl<T: serde::Serialize>(path: &Path, items: impl Iterator<Item = T>) -> anyhow::Result<()> {
    let io = |e: std::io::Error| quotegraph::Error::Other(e.to_string());
    write_atomic_with(path, |w| {
        for item in items {
            serde_json::to_writer(&mut *w, &item).map_err(|e| quotegraph::Error::Other(e.to_string()))?;
            w.write_all(b"\n").map_err(io)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// Largest graph drawn to SVG by `build`.
const MAX_DRAWN_STATEMENTS: usize = 2_000;

/// Writes every export of `g` into `out` (a new generation: an export not written now is
/// not in it, so no stale file stays beside fresh ones).
pub fn write_all(g: &QuoteGraph, base: &str, out: &Path, chosen: &[String]) -> anyhow::Result<()> {
    let files: Vec<_> = rdf::OUTPUTS
        .iter()
        .filter(|(name, _)| chosen.iter().any(|c| name.ends_with(&format!(".{c}"))))
        .map(|(name, format)| (out.join(name), *format))
        .collect();
    rdf::write_files(g, base, &files)?;
    // The record of the build first: a crash after it leaves a build that `--append` reads.
    write_jsonl(&out.join(manifest::ARTICLES_FILE), g.articles.iter().map(|(a, _)| manifest::ArticleRecord::of(a)))?;
    write_jsonl(&out.join(manifest::STATEMENTS_FILE), g.statements.iter().map(|(s, _, _)| s))?;
    // One node per statement for small builds, the overview past dot::OVERVIEW_ABOVE.
    let dot = quotegraph::dot::for_build(g);
    write_atomic(&out.join("graph.dot"), dot.as_bytes())?;
    // Graphviz lays out a few thousand nodes in seconds and a million never: large builds
    // get the DOT file, and `render` with filters draws the part a reader wants.
    if g.statements.len() > MAX_DRAWN_STATEMENTS {
        eprintln!(
            "quotegraph: graph.svg not written: {} statements are too many to draw; use `quotegraph render --speaker …` on a part",
            g.statements.len()
        );
        return Ok(());
    }
    match super::render::graphviz(&dot, "svg") {
        Ok(svg) => write_atomic(&out.join("graph.svg"), &svg)?,
        Err(e) => eprintln!("quotegraph: graph.svg not written: {e}"),
    }
    Ok(())
}

fn summary(g: &QuoteGraph, out: &Path) {
    let mut langs: BTreeMap<String, usize> = BTreeMap::new();
    for (a, _) in &g.articles {
        *langs.entry(a.lang.to_string()).or_default() += 1;
    }
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    for (s, _, _) in &g.statements {
        *kinds.entry(s.kind.name()).or_default() += 1;
    }
    let fmt = |m: Vec<String>| if m.is_empty() { "none".to_string() } else { m.join(", ") };
    println!("articles:   {} ({})", g.articles.len(), fmt(langs.iter().map(|(k, v)| format!("{k} {v}")).collect()));
    println!("statements: {} ({})", g.statements.len(), fmt(kinds.iter().map(|(k, v)| format!("{k} {v}")).collect()));
    let mut said: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (s, _, _) in &g.statements {
        if let Some(a) = &s.speaker {
            *said.entry(a.id.as_str()).or_default() += 1;
        }
    }
    let mut top: Vec<(&String, usize, &str)> = g
        .agents
        .iter()
        .filter(|(_, i)| i.speaker)
        .map(|(id, i)| (id, said.get(id.as_str()).copied().unwrap_or(0), i.agent.name.as_str()))
        .collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("speakers:   {}", top.len());
    for (_, n, name) in top.iter().take(5) {
        println!("  {n:>4}  {name}");
    }
    println!("written to {}/", out.display());
}
