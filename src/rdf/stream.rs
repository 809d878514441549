//! The RDF exports written as a stream: the graph's quads are made a few hundred articles
//! at a time (in parallel) and handed to one writer thread per file, so a build never holds
//! its whole dataset in memory, and every file is written from the same single pass.
//!
//! No subject is shared between two named graphs (every IRI in an article's graph extends
//! the article's, identities live in the entities graph, clusters in theirs), so removing
//! duplicates within each graph removes them all, and Turtle, which merges the graphs,
//! can group each subject by sorting within a graph.

use super::{articles, clusters, entities};
use crate::cluster::Cluster;
use crate::error::{Error, Result};
use crate::graph::QuoteGraph;
use crate::output::write_atomic_with;
use crate::vocab::PREFIXES;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{Quad, Triple};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::Arc;

/// Articles whose graphs are made at a time (and clusters, at the end): enough to keep every
/// core busy, few enough that memory stays flat whatever the size of the build. Quads are
/// large (a few hundred bytes each, about a hundred per article) and three chunks are
/// alive at once (two queued per writer, one being made): 256 articles held ~45 MB.
pub const ARTICLES_PER_CHUNK: usize = 64;

/// What a writer says when the stream ended without its end marker.
const STOPPED: &str = "the build stopped before this export was complete";

/// Named graphs' quads, one `Vec` per graph, in output order, shared by every writer.
type Chunk = Arc<Vec<Vec<Quad>>>;

/// What a writer is handed: the next chunk, or `None` once the stream is complete (a
/// channel closed without it means the build stopped, and the file is not finished).
type Message = Option<Chunk>;

/// Writes each `(path, format)` atomically: the article graphs in input order, then the
/// entities graph, then the clusters graph. Byte-identical for the same graph whatever the
/// thread count, since each file is written in that order by one thread.
pub fn write_files(g: &QuoteGraph, base: &str, files: &[(PathBuf, RdfFormat)]) -> Result<()> {
    std::thread::scope(|scope| {
        let mut senders = Vec::new();
        let mut writers = Vec::new();
        for (path, format) in files {
            // Two chunks in flight per file: the next one is made while this one is written.
            let (tx, rx) = sync_channel::<Message>(2);
            senders.push(tx);
            writers.push(scope.spawn(move || write_atomic_with(path, |w| serialize(rx, *format, w))));
        }
        let made = each_chunk(g, base, &senders);
        if let Ok(true) = made {
            for tx in &senders {
                // A writer that already stopped reports its own error below.
                let _ = tx.send(None);
            }
        }
        // Without the end marker (a writer failed, or a quad could not be made), every
        // writer stops with an error and no file is finished half-written.
        drop(senders);
        let results: Vec<Result<()>> = writers.into_iter().map(|w| w.join().expect("an RDF writer panicked")).collect();
        made?;
        // The writer that failed says why; the others only stopped because it did.
        let mut errors: Vec<Error> = results.into_iter().filter_map(Result::err).collect();
        errors.sort_by_key(|e| matches!(e, Error::Rdf(m) if m == STOPPED));
        errors.into_iter().next().map_or(Ok(()), Err)
    })
}

/// Makes the chunks in order and hands each to every writer: `true` once all were handed
/// over, `false` when a writer stopped first (its error is the one reported).
fn each_chunk(g: &QuoteGraph, base: &str, senders: &[SyncSender<Message>]) -> Result<bool> {
    let send = |chunk: Vec<Vec<Quad>>| {
        let chunk = Arc::new(chunk);
        senders.iter().all(|tx| tx.send(Some(chunk.clone())).is_ok())
    };
    let articles: Vec<usize> = (0..g.articles.len()).collect();
    for ais in articles.chunks(ARTICLES_PER_CHUNK) {
        let graphs =
            ais.par_iter().map(|&ai| articles::quads(g, ai, statements_of(g, ai), base)).collect::<Result<Vec<_>>>()?;
        if !send(graphs) {
            return Ok(false);
        }
    }
    if !send(vec![entities::quads(g, base)?]) {
        return Ok(false);
    }
    for run in runs_of_clusters(&g.clusters) {
        if !send(vec![clusters::quads(g, base, run)?]) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Reports and links (six quads each at most) in one run of clusters: one statement repeated
/// by a thousand outlets is one cluster with a thousand links, so runs are cut by size.
const CLUSTER_ITEMS_PER_CHUNK: usize = 4096;

/// The clusters in runs of about [`CLUSTER_ITEMS_PER_CHUNK`] reports and links.
fn runs_of_clusters(clusters: &[Cluster]) -> impl Iterator<Item = &[Cluster]> {
    let mut rest = clusters;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let (mut n, mut size) = (0, 0);
        while n < rest.len() && (n == 0 || size < CLUSTER_ITEMS_PER_CHUNK) {
            size += rest[n].reports.len() + rest[n].links.len();
            n += 1;
        }
        let (run, more) = rest.split_at(n);
        rest = more;
        Some(run)
    })
}

/// The statements of article `ai`: [`QuoteGraph::statements`] is in article order.
fn statements_of(g: &QuoteGraph, ai: usize) -> &[(crate::model::Statement, usize, petgraph::graph::NodeIndex)] {
    let from = g.statements.partition_point(|(_, a, _)| *a < ai);
    let to = g.statements.partition_point(|(_, a, _)| *a <= ai);
    &g.statements[from..to]
}

/// Serialises every chunk received into `w`; graph formats (Turtle) get the union of the
/// graphs, each graph's triples grouped by subject.
fn serialize(chunks: Receiver<Message>, format: RdfFormat, w: &mut dyn std::io::Write) -> Result<()> {
    let rdf_error = |e: std::io::Error| Error::Rdf(e.to_string());
    let mut ser = RdfSerializer::from_format(format);
    for (p, ns) in PREFIXES {
        ser = ser.with_prefix(*p, *ns).map_err(|e| Error::Rdf(e.to_string()))?;
    }
    let mut w = ser.for_writer(w);
    for message in chunks {
        let Some(chunk) = message else {
            w.finish().map_err(rdf_error)?;
            return Ok(());
        };
        for graph in chunk.iter() {
            if format.supports_datasets() {
                for q in graph {
                    w.serialize_quad(q).map_err(rdf_error)?;
                }
            } else {
                let mut by_subject: Vec<&Quad> = graph.iter().collect();
                // Stable: within a subject, the graph's order is kept.
                by_subject.sort_by_cached_key(|q| q.subject.to_string());
                for q in by_subject {
                    w.serialize_triple(&Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone()))
                        .map_err(rdf_error)?;
                }
            }
        }
    }
    Err(Error::Rdf(STOPPED.into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_writer_that_fails_stops_the_others_and_its_error_is_the_one_reported() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![
            (dir.path().join("graph.nq"), RdfFormat::NQuads),
            (dir.path().join("missing/graph.trig"), RdfFormat::TriG),
        ];
        let err = write_files(&QuoteGraph::default(), "https://example.org/", &files).unwrap_err();
        // (A complete export may still be written beside it: `build` writes into a new
        // generation that is switched in only when everything succeeded.)
        assert!(matches!(err, Error::Output { .. }), "the cause, not the writers it stopped: {err}");
    }

    fn cluster(reports: usize) -> Cluster {
        Cluster { id: String::new(), reports: (0..reports).collect(), links: Vec::new() }
    }

    #[test]
    fn cluster_runs_cover_every_cluster_in_order_and_are_cut_by_size() {
        let sizes = [1, 5000, 2, 2, 3000, 2000, 1];
        let clusters: Vec<Cluster> = sizes.iter().map(|&n| cluster(n)).collect();
        let runs: Vec<Vec<usize>> =
            runs_of_clusters(&clusters).map(|r| r.iter().map(|c| c.reports.len()).collect()).collect();
        assert_eq!(runs.concat(), sizes, "every cluster once, in order");
        // A run ends once it reaches the budget; one cluster larger than it is a run alone.
        assert_eq!(runs, vec![vec![1, 5000], vec![2, 2, 3000, 2000], vec![1]]);
    }
}
