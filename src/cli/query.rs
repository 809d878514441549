//! `quotegraph query`: SPARQL over a build or RDF files.

use anyhow::{bail, Context};
use oxigraph::sparql::results::QueryResultsFormat;
use quotegraph::graph::QuoteGraph;
use quotegraph::sparql::{self, Output};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over a build.
///
/// The union of all named graphs is the default graph, and these prefixes are declared:
/// schema, prov, nif, gaf, skos, owl, rdf, rdfs, xsd, qg, wd. Named queries:
/// statements-by-speaker, about-entity, cross-lingual-speakers, statements-per-article,
/// top-speakers, most-reported-statements, report-trail (from ontology/queries/NAME.rq).
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The query text, or - to read it from stdin.
    #[arg(conflicts_with_all = ["file", "named"], required_unless_present_any = ["file", "named"])]
    query: Option<String>,
    /// Read the query from a file.
    #[arg(long, short, conflicts_with = "named")]
    file: Option<PathBuf>,
    /// Run a named query: statements-by-speaker, about-entity, cross-lingual-speakers,
    /// statements-per-article, top-speakers, most-reported-statements (statements reported
    /// by several articles), report-trail (each such statement's reports by date)
    /// (ontology/queries/NAME.rq; a NAME.rq of your own
    /// in ./ontology/queries runs too, and replaces a built-in one of the same name).
    #[arg(long, short, value_name = "NAME")]
    named: Option<String>,
    /// A build's output directory, or an RDF file (.ttl, .nq, .trig, .jsonld, .nt); repeatable.
    #[arg(long, short, default_value = "output")]
    data: Vec<PathBuf>,
    /// Also load the built-in knowledge base (and these --kb files) into the default graph.
    #[arg(long)]
    with_kb: bool,
    /// Extra knowledge-base Turtle files to load (implies --with-kb).
    #[arg(long, value_name = "FILE")]
    kb: Vec<PathBuf>,
    /// table for reading; json, csv, tsv, xml for SPARQL result files.
    #[arg(long, default_value = "table", value_parser = ["table", "json", "csv", "tsv", "xml"])]
    format: String,
    /// Stop the query after this many seconds (a clear line and exit 2); 0 for no limit.
    #[arg(long, default_value_t = 30.0, value_name = "SECONDS")]
    timeout: f64,
    /// Print at most this many rows; a table prints at most 10,000 (it holds its rows to
    /// size its columns), while json, csv, tsv and xml stream every row as it comes.
    #[arg(long, value_name = "ROWS")]
    limit: Option<usize>,
    /// Print on stderr how long loading the data and running the query took, apart: a large
    /// output takes seconds to load and milliseconds to query.
    #[arg(long)]
    timings: bool,
}

/// Runs `query`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let query = match (&args.query, &args.file, &args.named) {
        (Some(q), _, _) if q == "-" => {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
                .context("cannot read the query from stdin")?;
            text
        }
        (Some(q), _, _) => q.clone(),
        (_, Some(f), _) => {
            std::fs::read_to_string(f).with_context(|| format!("cannot read query file {}", f.display()))?
        }
        (_, _, Some(n)) => sparql::named(n)?,
        _ => bail!("give a query, --file or --named"),
    };
    let mut files = Vec::new();
    for d in &args.data {
        files.extend(sparql::data_files(d)?);
    }
    let started = std::time::Instant::now();
    let store = sparql::load(&files)?;
    if args.with_kb || !args.kb.is_empty() {
        sparql::load_turtle(&store, quotegraph::kb::DEFAULT_KB)?;
        for k in &args.kb {
            let t = std::fs::read_to_string(k).with_context(|| format!("cannot read {}", k.display()))?;
            sparql::load_turtle(&store, &t).with_context(|| format!("{}: invalid Turtle", k.display()))?;
        }
    }
    let format = match args.format.as_str() {
        "json" => Output::Results(QueryResultsFormat::Json),
        "csv" => Output::Results(QueryResultsFormat::Csv),
        "tsv" => Output::Results(QueryResultsFormat::Tsv),
        "xml" => Output::Results(QueryResultsFormat::Xml),
        _ => Output::Table,
    };
    let loaded = started.elapsed();
    let stdout = std::io::stdout();
    let mut w = std::io::BufWriter::new(stdout.lock());
    let started = std::time::Instant::now();
    if !(args.timeout.is_finite() && args.timeout >= 0.0) {
        bail!("--timeout must be a number of seconds, 0 or more (got {})", args.timeout);
    }
    let timeout = (args.timeout > 0.0).then(|| std::time::Duration::from_secs_f64(args.timeout));
    let bounds = sparql::Bounds { timeout, limit: args.limit };
    let printed = sparql::run(&store, &query, format, bounds, &mut w)?;
    std::io::Write::flush(&mut w)?;
    if args.timings {
        // Read the clock before counting the quads: counting walks the whole store.
        let queried = started.elapsed();
        eprintln!(
            "quotegraph: load {:.3} s ({} quads), query {:.1} ms",
            loaded.as_secs_f64(),
            store.len().unwrap_or(0),
            queried.as_secs_f64() * 1000.0
        );
    }
    if printed.truncated && !matches!(format, Output::Table) {
        eprintln!("quotegraph: {} rows printed, more not (--limit)", printed.rows);
    }
    // Every answer is written and flushed: freeing millions of quads one by one would only
    // delay the exit (0.5 s on 2 M quads); the process returns the memory at once.
    std::mem::forget(store);
    Ok(ExitCode::SUCCESS)
}

/// Rebuilds the in-memory graph from a build's records (for `render`).
pub fn graph_from_build(dir: &Path) -> anyhow::Result<QuoteGraph> {
    let articles = quotegraph::manifest::read_build(dir).with_context(|| {
        format!("cannot read the build in {} (run `quotegraph build` first, or give ARTICLES)", dir.display())
    })?;
    Ok(QuoteGraph::build(articles))
}
