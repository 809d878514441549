//! `quotegraph render`: draw the graph (or a filtered part) as SVG, PNG or DOT.

use super::inputs::InputArgs;
use anyhow::{bail, Context};
use quotegraph::dot::{overview, render, Filter};
use quotegraph::graph::QuoteGraph;
use quotegraph::output::write_atomic;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, ExitCode, Stdio};

/// Draw the speaker → statement → entity graph with Graphviz.
///
/// Reads the statements of a build (`--data DIR/statements.jsonl`) or extracts ARTICLES
/// afresh. The output format comes from the file extension: .dot is always possible; .svg
/// and .png need Graphviz's `dot` on PATH.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Articles to extract instead of reading a build (same forms as `build`).
    #[arg(value_name = "ARTICLES")]
    articles: Vec<PathBuf>,
    /// A build's output directory (used when no ARTICLES are given).
    #[arg(long, short, default_value = "output")]
    data: PathBuf,
    /// Only statements by this speaker (part of a name, any script, or an id).
    #[arg(long)]
    speaker: Option<String>,
    /// Only statements mentioning this entity.
    #[arg(long)]
    entity: Option<String>,
    /// Only statements of this article (part of its file name, id or headline).
    #[arg(long)]
    article: Option<String>,
    /// Extra knowledge bases in Turtle (repeatable), when extracting ARTICLES.
    #[arg(long, value_name = "FILE")]
    kb: Vec<PathBuf>,
    /// Draw the overview (speakers and entities sized by statement count, one weighted edge
    /// per speaker → entity, repeated statements as nodes) instead of one node per
    /// statement; `build` draws it past 40 statements. Filters apply to both.
    #[arg(long)]
    overview: bool,
    /// Output file: .svg, .png or .dot.
    #[arg(short, long, value_name = "FILE")]
    output: PathBuf,
}

/// Runs `dot -T<format>` on a DOT text.
pub fn graphviz(dot: &str, format: &str) -> anyhow::Result<Vec<u8>> {
    let mut child = Command::new("dot")
        .arg(format!("-T{format}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .context("Graphviz `dot` is not on PATH (install graphviz, or write .dot)")?;
    child.stdin.take().context("no stdin for dot")?.write_all(dot.as_bytes())?;
    let out = child.wait_with_output()?;
    if !out.status.success() {
        bail!("dot failed: {}", String::from_utf8_lossy(&out.stderr).trim());
    }
    Ok(out.stdout)
}

/// Runs `render`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let ext = args.output.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase();
    if !matches!(ext.as_str(), "svg" | "png" | "dot" | "gv") {
        bail!("{}: unknown output format (use .svg, .png or .dot)", args.output.display());
    }
    let (g, failures) = if args.articles.is_empty() {
        (super::query::graph_from_build(&args.data)?, 0)
    } else {
        let input = InputArgs {
            articles: args.articles.clone(),
            exclude: Vec::new(),
            lang: None,
            kb: args.kb.clone(),
            base: "https://w3id.org/quotegraph/id/".into(),
            threads: None,
            quiet: true,
        };
        let kb = input.knowledge_base()?;
        let ex = input.extract_for_graph(&kb)?;
        (QuoteGraph::build(ex.articles), ex.failures)
    };
    let filter = Filter { speaker: args.speaker, entity: args.entity, article: args.article };
    let dot = if args.overview { overview(&g, &filter) } else { render(&g, &filter) };
    let bytes = if matches!(ext.as_str(), "dot" | "gv") { dot.into_bytes() } else { graphviz(&dot, &ext)? };
    write_atomic(&args.output, &bytes)?;
    Ok(if failures > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
