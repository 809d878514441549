//! Statement clusters: one statement, many reports, across articles and languages.
//!
//! News repeats: a minister's sentence is quoted by three outlets, translated differently
//! by each. After extraction, the reports of one speaker are compared pairwise (within the
//! date window, blocked by shared features, see [`link`]); linked reports form a cluster.
//! Links are taken strongest first and never join two reports of one article, so two
//! different statements by one speaker in one article stay apart, as do two speakers.
//! A cluster's id is a hash of its reports' IRIs: the same input gives the same ids.

pub mod features;
pub mod link;
pub mod score;

use crate::model::Statement;
use features::Features;
pub use link::{Evidence, Link};
use rayon::prelude::*;
use sha2::{Digest, Sha256};

/// One statement as reported in one article: what clustering needs to know of it.
#[derive(Debug, Clone)]
pub struct Report<'a> {
    /// The statement.
    pub statement: &'a Statement,
    /// Which article it is in (any index that is equal for the same article).
    pub article: usize,
    /// The IRI of its article: with the statement's offsets, the statement's IRI, which the
    /// cluster id is made from (made only then: a build holds many reports).
    pub article_iri: &'a str,
    /// The article's date as a day number, when known.
    pub day: Option<i64>,
}

impl Report<'_> {
    /// The statement's IRI.
    pub fn iri(&self) -> String {
        crate::rdf::statement_iri(self.article_iri, self.statement.start, self.statement.end)
    }
}

/// The reports of one statement.
#[derive(Debug, Clone)]
pub struct Cluster {
    /// Stable id: the first 16 hex digits of the SHA-256 of its reports' IRIs, sorted.
    pub id: String,
    /// Input indices of its reports: dated ones by date, then in input order.
    pub reports: Vec<usize>,
    /// The links that joined them, with their evidence (none for a single report).
    pub links: Vec<Link>,
}

/// Groups reports into clusters; every report is in exactly one, in the order of each
/// cluster's first report in the input.
///
/// A link never joins two speakers, so each speaker's reports are compared on their own (in
/// parallel), holding only that speaker's features and pairs: a build's memory does not
/// grow with every statement's features at once. The weights are counted over all reports
/// first ([`link::Idf`]), so each report's features are made twice: cheaper than holding
/// them all (measured in BENCHMARKS.md, build memory, fourth session).
pub fn find(reports: &[Report]) -> Vec<Cluster> {
    let idf = link::Idf::of(reports);
    let links: Vec<Vec<Link>> = speaker_blocks(reports).par_iter().map(|b| link_block(b, reports, &idf)).collect();
    let mut sets = Sets::new(reports.iter().map(|r| r.article));
    for l in links.iter().flatten() {
        // Joined already within the block, where the same joins were made in the same order.
        sets.join(l.a, l.b);
    }
    // Handed over block by block, so the links are never held twice.
    sets.clusters(reports, links.into_iter().flatten())
}

/// The links among one speaker's reports (`block`, input indices in input order).
fn link_block(block: &[usize], reports: &[Report], idf: &link::Idf) -> Vec<Link> {
    let features: Vec<Features> = block.iter().map(|&i| Features::of(reports[i].statement)).collect();
    let profiles: Vec<link::Profile> = features.iter().map(|f| idf.profile(f)).collect();
    let side = |n: usize| link::Side { report: &reports[block[n]], features: &features[n], profile: &profiles[n] };
    let mut pairs = Vec::new();
    for (a, b) in link::candidates(block, reports, &features) {
        if let Some(sim) = link::compare(&side(a), &side(b)) {
            pairs.push((a, b, sim));
        }
    }
    // Strongest first: both kinds of evidence add up, so when one report could join either
    // of two statements of another article, the one it also shares wording with wins.
    // Ties in input order, so the result does not depend on hashing.
    pairs.sort_by(|x, y| y.2.strength().total_cmp(&x.2.strength()).then((x.0, x.1).cmp(&(y.0, y.1))));
    let mut sets = Sets::new(block.iter().map(|&i| reports[i].article));
    let mut kept = Vec::new();
    for (a, b, sim) in pairs {
        if sets.join(a, b) {
            let evidence = link::evidence(&side(a), &side(b), sim);
            kept.push(Link { a: block[a], b: block[b], score: sim.score(), evidence });
        }
    }
    kept.shrink_to_fit();
    kept
}

/// The input indices of each named speaker's reports. Statements without a speaker, and
/// unnamed speakers ("a source"), are never clustered: nothing says two are the same.
fn speaker_blocks(reports: &[Report]) -> Vec<Vec<usize>> {
    let mut blocks: indexmap::IndexMap<&str, Vec<usize>> = indexmap::IndexMap::new();
    for (i, r) in reports.iter().enumerate() {
        if let Some(a) = r.statement.speaker.as_ref().filter(|a| !a.anonymous) {
            blocks.entry(a.id.as_str()).or_default().push(i);
        }
    }
    blocks.into_values().filter(|b| b.len() > 1).collect()
}

/// Disjoint sets of reports, each with the articles it spans.
struct Sets {
    parent: Vec<usize>,
    articles: Vec<Vec<usize>>,
}

impl Sets {
    /// One set per report, given the article of each.
    fn new(articles: impl ExactSizeIterator<Item = usize>) -> Sets {
        Sets { parent: (0..articles.len()).collect(), articles: articles.map(|a| vec![a]).collect() }
    }

    fn root(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins the sets of `a` and `b` unless they are one already or share an article.
    fn join(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra == rb || self.articles[ra].iter().any(|x| self.articles[rb].contains(x)) {
            return false;
        }
        let (keep, gone) = (ra.min(rb), ra.max(rb));
        self.parent[gone] = keep;
        let moved = std::mem::take(&mut self.articles[gone]);
        self.articles[keep].extend(moved);
        true
    }

    fn clusters(mut self, reports: &[Report], links: impl Iterator<Item = Link>) -> Vec<Cluster> {
        let mut by_root: indexmap::IndexMap<usize, Cluster> = indexmap::IndexMap::new();
        for i in 0..reports.len() {
            let r = self.root(i);
            by_root
                .entry(r)
                .or_insert_with(|| Cluster { id: String::new(), reports: Vec::new(), links: Vec::new() })
                .reports
                .push(i);
        }
        for l in links {
            let r = self.root(l.a);
            by_root[&r].links.push(l);
        }
        let mut out: Vec<Cluster> = by_root.into_values().collect();
        for c in &mut out {
            c.reports.sort_by_key(|&i| (reports[i].day.unwrap_or(i64::MAX), i));
            c.id = cluster_id(c.reports.iter().map(|&i| reports[i].iri()));
        }
        out
    }
}

/// The id of a cluster: from the IRIs of its reports, in sorted order.
fn cluster_id(iris: impl Iterator<Item = String>) -> String {
    let mut iris: Vec<String> = iris.collect();
    iris.sort_unstable();
    let mut h = Sha256::new();
    for i in iris {
        h.update(i.as_bytes());
        h.update(b"\n");
    }
    h.finalize().iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The day number of an ISO date (`2024-07-20`, `2024-07` or `2024`; missing parts count
/// as the first), for the date window; `None` when it is no such date.
pub fn day_number(date: &str) -> Option<i64> {
    let mut parts = date.get(..10).unwrap_or(date).split('-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next().map_or(Some(1), |p| p.parse().ok())?;
    let d: i64 = parts.next().map_or(Some(1), |p| p.parse().ok())?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    // Days from the civil calendar (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers_count_days() {
        let d = |s| day_number(s).unwrap();
        assert_eq!(d("2024-03-01") - d("2024-02-28"), 2, "2024 is a leap year");
        assert_eq!(d("2024-07-20") - d("2024-06-20"), 30);
        assert_eq!(d("2024-07"), d("2024-07-01"));
        assert_eq!(day_number("20th July"), None);
        assert_eq!(day_number("2024-13-01"), None);
    }
}
