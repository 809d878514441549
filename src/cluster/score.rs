//! Pairwise precision and recall of statement clusters against a hand-made gold.
//!
//! A gold file lists clusters as reports (doc and code-point offsets). A predicted
//! statement stands for the gold report of its doc it overlaps most (at least half of the
//! shorter span). Every pair of reports in one gold cluster is a gold pair; every pair of
//! statements in one predicted cluster is a predicted pair, right when both stand for
//! reports of one gold cluster. Recall counts every gold pair, also those whose statement
//! extraction missed, so the figure is end to end.

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// One report of a gold cluster.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq, PartialOrd, Ord)]
pub struct GoldReport {
    /// File name of the article.
    pub doc: String,
    /// First code point.
    pub start: usize,
    /// Code point after the report.
    pub end: usize,
}

/// A gold cluster: reports of one utterance.
#[derive(Debug, Clone, Deserialize)]
pub struct GoldCluster {
    /// What was said, in a few words, for a reader of the file.
    #[serde(default)]
    pub about: String,
    /// Its reports.
    pub reports: Vec<GoldReport>,
}

/// A gold file.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// The clusters (a statement in none is reported once).
    pub clusters: Vec<GoldCluster>,
}

/// A predicted statement: where it is and which cluster it is in.
#[derive(Debug, Clone)]
pub struct Predicted<'a> {
    /// File name of the article.
    pub doc: &'a str,
    /// First code point.
    pub start: usize,
    /// Code point after the statement.
    pub end: usize,
    /// Its cluster id.
    pub cluster: &'a str,
}

/// The outcome, with the pairs behind it.
#[derive(Debug, Default)]
pub struct ClusterScore {
    /// Pairs of reports in one gold cluster.
    pub gold_pairs: usize,
    /// Pairs of statements in one predicted cluster.
    pub predicted_pairs: usize,
    /// Predicted pairs that are gold pairs.
    pub correct: usize,
    /// Gold pairs not predicted, as (cluster `about`, report, report).
    pub missed: Vec<(String, GoldReport, GoldReport)>,
    /// Predicted pairs that are not gold pairs, as (doc, start) of each end.
    pub wrong: Vec<((String, usize), (String, usize))>,
}

impl ClusterScore {
    /// Share of predicted pairs that are right (1 when none is predicted).
    pub fn precision(&self) -> f64 {
        if self.predicted_pairs == 0 {
            1.0
        } else {
            self.correct as f64 / self.predicted_pairs as f64
        }
    }

    /// Share of gold pairs predicted (1 when the gold has none).
    pub fn recall(&self) -> f64 {
        if self.gold_pairs == 0 {
            1.0
        } else {
            (self.gold_pairs - self.missed.len()) as f64 / self.gold_pairs as f64
        }
    }
}

fn overlap(a: (usize, usize), b: (usize, usize)) -> f64 {
    let inter = a.1.min(b.1).saturating_sub(a.0.max(b.0));
    let shorter = (a.1 - a.0).min(b.1 - b.0).max(1);
    inter as f64 / shorter as f64
}

/// Scores predicted clusters against the gold.
pub fn score(gold: &Gold, predicted: &[Predicted]) -> ClusterScore {
    // Gold report → its cluster.
    let mut cluster_of: BTreeMap<&GoldReport, usize> = BTreeMap::new();
    for (ci, c) in gold.clusters.iter().enumerate() {
        for r in &c.reports {
            cluster_of.insert(r, ci);
        }
    }
    // Each predicted statement → the gold report it stands for, if any.
    let stands_for = |p: &Predicted| -> Option<&GoldReport> {
        cluster_of
            .keys()
            .filter(|r| r.doc == p.doc)
            .map(|r| (overlap((p.start, p.end), (r.start, r.end)), *r))
            .filter(|(o, _)| *o >= 0.5)
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(a.1)))
            .map(|(_, r)| r)
    };
    let mut members: BTreeMap<&str, Vec<&Predicted>> = BTreeMap::new();
    for p in predicted {
        members.entry(p.cluster).or_default().push(p);
    }
    let mut s = ClusterScore::default();
    let mut found: BTreeSet<(&GoldReport, &GoldReport)> = BTreeSet::new();
    for ms in members.values() {
        for (i, a) in ms.iter().enumerate() {
            for b in &ms[i + 1..] {
                s.predicted_pairs += 1;
                match (stands_for(a), stands_for(b)) {
                    (Some(ga), Some(gb)) if cluster_of[ga] == cluster_of[gb] && ga != gb => {
                        s.correct += 1;
                        found.insert((ga.min(gb), ga.max(gb)));
                    }
                    _ => s.wrong.push(((a.doc.to_string(), a.start), (b.doc.to_string(), b.start))),
                }
            }
        }
    }
    for c in &gold.clusters {
        for (i, a) in c.reports.iter().enumerate() {
            for b in &c.reports[i + 1..] {
                s.gold_pairs += 1;
                if !found.contains(&(a.min(b), a.max(b))) {
                    s.missed.push((c.about.clone(), a.clone(), b.clone()));
                }
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(doc: &str, start: usize, end: usize) -> GoldReport {
        GoldReport { doc: doc.into(), start, end }
    }

    #[test]
    fn pairs_are_counted_both_ways() {
        let gold = Gold {
            clusters: vec![GoldCluster {
                about: "x".into(),
                reports: vec![r("a", 0, 10), r("b", 5, 20), r("c", 0, 8)],
            }],
        };
        let p = |doc, start, end, cluster| Predicted { doc, start, end, cluster };
        // a and b found together (b's span differs a little), c alone, and a wrong pair.
        let pred =
            [p("a", 0, 10, "k1"), p("b", 6, 20, "k1"), p("c", 0, 8, "k2"), p("a", 40, 60, "k3"), p("b", 40, 60, "k3")];
        let s = score(&gold, &pred);
        assert_eq!((s.gold_pairs, s.predicted_pairs, s.correct), (3, 2, 1));
        assert_eq!(s.missed.len(), 2);
        assert!((s.precision() - 0.5).abs() < 1e-9 && (s.recall() - 1.0 / 3.0).abs() < 1e-9);
    }
}
