//! `quotegraph push`: publish a build into an existing triple store (see [`quotegraph::push`]).

use anyhow::{bail, Context};
use quotegraph::push::{counts, graphs, put, update, Target};
use std::path::PathBuf;
use std::process::ExitCode;

/// Publish a build into a triple store you already run, one PUT per named graph (SPARQL 1.1
/// Graph Store HTTP Protocol).
///
/// Each article's graph, the entities graph and the clusters graph are PUT to
/// GRAPH_STORE?graph=IRI as N-Triples: pushing the same build twice changes nothing, and a
/// changed article replaces its graph. Transient failures are retried (1, 2, 4 s); a 401 or
/// 403 stops at once. At the end a count query to the ENDPOINT checks that the store holds
/// every triple sent (exit 1 if not). Oxigraph server: --endpoint http://HOST/query
/// --graph-store http://HOST/store; Fuseki: …/ds/sparql and …/ds/data; Virtuoso:
/// --endpoint http://HOST:8890/sparql --graph-store http://HOST:8890/sparql-graph-crud-auth
/// --user dba --password-file F (digest).
#[derive(clap::Args, Debug)]
pub struct Args {
    /// The store's SPARQL query endpoint (for the count check).
    #[arg(long, value_name = "URL")]
    endpoint: String,
    /// The store's Graph Store Protocol URL (default: the endpoint).
    #[arg(long, value_name = "URL")]
    graph_store: Option<String>,
    /// Push by SPARQL Update to this URL instead (for a store without the Graph Store
    /// Protocol): each graph dropped, then inserted in batches of --batch triples.
    #[arg(long, value_name = "URL", conflicts_with = "graph_store")]
    update_endpoint: Option<String>,
    /// Triples per INSERT DATA request with --update-endpoint.
    #[arg(long, default_value_t = 1000, requires = "update_endpoint")]
    batch: usize,
    /// A build's output directory.
    #[arg(long, short, default_value = "output")]
    data: PathBuf,
    /// User for HTTP authentication (Basic, or Digest when the store asks for it).
    #[arg(long, requires = "password_file")]
    user: Option<String>,
    /// A file holding the password (its first line), so it is in no shell history.
    #[arg(long, value_name = "FILE", requires = "user")]
    password_file: Option<PathBuf>,
}

/// Runs `push`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let basic = match (&args.user, &args.password_file) {
        (Some(u), Some(f)) => {
            let text = std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display()))?;
            Some((u.clone(), text.lines().next().unwrap_or("").to_string()))
        }
        _ => None,
    };
    let target = Target::new(args.graph_store.unwrap_or_else(|| args.endpoint.clone()), args.endpoint, basic);
    let dir = quotegraph::outdir::current(&args.data);
    let nq = dir.join("graph.nq");
    let bytes = std::fs::read(&nq).with_context(|| {
        format!("cannot read {} (build with the nq export first: `quotegraph build --rdf nq`)", nq.display())
    })?;
    let graphs = graphs(&bytes).with_context(|| format!("{}: invalid N-Quads", nq.display()))?;
    if graphs.is_empty() {
        bail!("{}: no named graph to push", nq.display());
    }
    let (total, mut sent) = (graphs.len(), 0usize);
    let bar = indicatif::ProgressBar::new(total as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("pushing {pos}/{len} graphs {wide_bar} {eta}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    for (g, triples) in &graphs {
        match &args.update_endpoint {
            Some(url) => update(&target, url, g, triples, args.batch)?,
            None => put(&target, g, triples)?,
        }
        sent += triples.len();
        bar.inc(1);
    }
    bar.finish_and_clear();
    let names: Vec<&str> = graphs.keys().map(String::as_str).collect();
    let found = counts(&target, &names)?;
    let short: Vec<String> = graphs
        .iter()
        .filter(|(g, t)| found.get(*g).copied().unwrap_or(0) != t.len())
        .map(|(g, t)| format!("<{g}>: sent {}, the store holds {}", t.len(), found.get(g).copied().unwrap_or(0)))
        .collect();
    if !short.is_empty() {
        for s in short.iter().take(10) {
            eprintln!("quotegraph: {s}");
        }
        eprintln!("quotegraph: {} of {total} graphs do not hold what was sent", short.len());
        return Ok(ExitCode::from(1));
    }
    let to = args.update_endpoint.as_deref().unwrap_or(&target.graph_store);
    eprintln!("quotegraph: pushed {total} graphs ({sent} triples) to {to}; the store holds them all");
    Ok(ExitCode::SUCCESS)
}
