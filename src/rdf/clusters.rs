//! Statement clusters as RDF: one `qg:StatementCluster` per repeated statement, in its own named graph
//! since a cluster spans articles, with its reports, languages and the links that joined
//! them (similarity and evidence), so a reader can check every merge.

use super::{decimal, index, iri, plain, statement_iri, Quads};
use crate::cluster::Cluster;
use crate::error::Result;
use crate::graph::QuoteGraph;
use crate::vocab::{qg, rdf};
use oxigraph::model::Quad;

/// The IRI of the graph holding statement clusters.
pub fn clusters_graph(base: &str) -> String {
    format!("{base}graph/clusters")
}

/// The IRI of a cluster, from its id.
pub fn cluster_iri(base: &str, id: &str) -> String {
    format!("{base}cluster/{id}")
}

/// The quads of the statements of `clusters` reported more than once, in cluster order
/// (the clusters of a build are written a run at a time: a large archive has a million
/// links). A statement
/// reported once has its cluster id in `statements.jsonl` but no node here: on a real
/// archive most statements are reported once, and a node each would add a quarter to the
/// quads for nothing a query needs.
pub(super) fn quads(g: &QuoteGraph, base: &str, clusters: &[Cluster]) -> Result<Vec<Quad>> {
    let mut q = Quads { out: Vec::new(), graph: iri(&clusters_graph(base))?.into() };
    let report = |i: usize| {
        let (s, ai, _) = &g.statements[i];
        iri(&statement_iri(&g.articles[*ai].0.iri, s.start, s.end))
    };
    for c in clusters.iter().filter(|c| c.reports.len() > 1) {
        let n = iri(&cluster_iri(base, &c.id))?;
        q.add(&n, rdf::TYPE, qg::STATEMENT_CLUSTER.into_owned());
        q.add(&n, qg::REPORT_COUNT, index(c.reports.len()));
        let mut langs: Vec<&str> = c.reports.iter().map(|&i| g.statements[i].0.lang.code()).collect();
        langs.sort_unstable();
        langs.dedup();
        // One value per language for filtering, and the sorted list as one literal, so a
        // listing is the same in every store (GROUP_CONCAT's order is the engine's).
        q.add(&n, qg::REPORT_LANGUAGES, plain(&langs.join(" ")));
        for l in langs {
            q.add(&n, qg::REPORTED_IN, plain(l));
        }
        for &i in &c.reports {
            q.add(&n, qg::HAS_REPORT, report(i)?);
        }
        // Reports are ordered by date, dated ones first: the first is the earliest if dated.
        if let Some(&first) = c.reports.first().filter(|&&i| g.articles[g.statements[i].1].0.date.is_some()) {
            q.add(&n, qg::EARLIEST_REPORT, report(first)?);
        }
        for (k, l) in c.links.iter().enumerate() {
            let link = iri(&format!("{}#link-{}", n.as_str(), k + 1))?;
            q.add(&n, qg::HAS_LINK, link.clone());
            q.add(&link, rdf::TYPE, qg::REPORT_LINK.into_owned());
            q.add(&link, qg::LINKS_REPORT, report(l.a)?);
            q.add(&link, qg::LINKS_REPORT, report(l.b)?);
            q.add(&link, qg::SIMILARITY, decimal(l.score));
            q.add(&link, qg::EVIDENCE, plain(&l.evidence.to_string()));
        }
    }
    Ok(q.out)
}
