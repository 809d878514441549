//! Command-line interface: the clap definitions and the one dispatch `match`.
//! Each subcommand lives in its own module with its `Args` and `run`.

pub mod build;
pub mod eval;
pub mod extract;
pub mod inputs;
pub mod push;
pub mod query;
pub mod render;
pub mod serve;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

/// Who said what, about whom: quotes and their speakers in Arabic, French and English news,
/// as an RDF graph you can query with SPARQL and draw with Graphviz.
///
/// Exit status: 0 success; 1 a requested check failed (eval --min-f1); 2 an error (bad
/// input, unwritable output, malformed query). Bad inputs are reported one line each on
/// stderr and the rest of the batch is still processed.
#[derive(Parser, Debug)]
#[command(name = "quotegraph", version, about, long_about, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Extract, resolve, build the graph and write every export (Turtle, N-Quads, TriG,
    /// JSON-LD, JSONL, DOT, SVG) into an output directory.
    Build(build::Args),
    /// Print the statements of articles (JSONL or a table), without building the graph.
    Extract(extract::Args),
    /// Run a SPARQL query over a built output directory or RDF files.
    Query(query::Args),
    /// Draw the speaker → statement → entity graph (or a filtered part) with Graphviz.
    Render(render::Args),
    /// Score extraction against annotated statements (precision, recall, F1).
    Eval(eval::Args),
    /// Serve a build as a read-only SPARQL endpoint with a query page.
    Serve(serve::Args),
    /// Publish a build into an existing triple store (Graph Store Protocol, one PUT per graph).
    Push(push::Args),
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Build(a) => build::run(a),
        Command::Extract(a) => extract::run(a),
        Command::Query(a) => query::run(a),
        Command::Render(a) => render::run(a),
        Command::Eval(a) => eval::run(a),
        Command::Serve(a) => serve::run(a),
        Command::Push(a) => push::run(a),
    }
}
