//! `quotegraph serve`: the build as a read-only SPARQL endpoint (see [`quotegraph::server`]).

use anyhow::{bail, Context};
use quotegraph::server::{handle, Limits, State};
use quotegraph::sparql;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

/// Serve a build as a read-only SPARQL 1.1 Protocol endpoint, with a query page (YASGUI,
/// embedded: it works offline; /?run=NAME runs a named query).
///
/// The build is loaded once; GET /sparql?query=…, POST a form (query=…) or POST
/// application/sparql-query. Answers by the Accept header: SPARQL results as JSON, XML, CSV
/// or TSV; graphs as Turtle, N-Triples, JSON-LD or RDF/XML (406 otherwise). Every update or
/// write is refused (403). A query that runs past --timeout is stopped (503), one whose
/// answer has more than --max-rows rows is refused (422): answers are complete or errors,
/// never cut. The union of named graphs is the default graph, as in `query`;
/// default-graph-uri and named-graph-uri narrow it. A statement's IRI
/// (…/article/ID/statement/START-END) has a page at /statement/ID/START-END: the statement in
/// its paragraph, its speaker, role, cue, rule and article.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// A build's output directory, or an RDF file; repeatable.
    #[arg(long, short, default_value = "output")]
    data: Vec<PathBuf>,
    /// Address to listen on. The default answers this machine only; another address
    /// (0.0.0.0:7878) lets anyone who can reach it read the whole graph.
    #[arg(long, default_value = "127.0.0.1:7878")]
    addr: SocketAddr,
    /// Seconds a query may run.
    #[arg(long, default_value_t = 10.0)]
    timeout: f64,
    /// Most rows (or triples) in one answer.
    #[arg(long, default_value_t = 100_000)]
    max_rows: usize,
    /// Largest request body, in bytes.
    #[arg(long, default_value_t = 1_000_000)]
    max_body: usize,
    /// Queries evaluated at once (more get 503 at once).
    #[arg(long, default_value_t = 4)]
    max_queries: usize,
}

/// Runs `serve` until the process is stopped.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        bail!("--timeout must be a number of seconds above 0 (got {})", args.timeout);
    }
    let mut files = Vec::new();
    let mut statements = Vec::new();
    for d in &args.data {
        files.extend(sparql::data_files(d)?);
        // A build directory also gives each statement its page.
        if let Ok(build) = quotegraph::manifest::read_build(d) {
            statements.extend(build);
        }
    }
    let pages = quotegraph::server::statement_page::Pages::new(statements);
    let store = sparql::load(&files)?;
    let quads = store.len().unwrap_or(0);
    let limits = Limits {
        timeout: Duration::from_secs_f64(args.timeout),
        max_rows: args.max_rows,
        max_body: args.max_body,
        max_queries: args.max_queries.max(1),
    };
    let state = Arc::new(State::new(store, pages, limits));
    let server = oxhttp::Server::new(move |req| handle(&state, req))
        .bind(args.addr)
        .with_global_timeout(Duration::from_secs_f64(args.timeout + 30.0))
        .with_max_concurrent_connections(64);
    let listening = server.spawn().with_context(|| format!("cannot listen on {}", args.addr))?;
    eprintln!("quotegraph: {quads} quads served at http://{}/sparql (query page: http://{}/)", args.addr, args.addr);
    listening.join().context("the server stopped")?;
    Ok(ExitCode::SUCCESS)
}
