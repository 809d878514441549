//! Which pairs of reports are compared, and how alike they are.
//!
//! Reports are compared only within one speaker's statements, only across articles, only
//! within the date window, and only when they share a feature that few of that speaker's
//! statements have: the work grows with the number of statements, never with its square.

use super::features::{shared, Feature, Features};
use super::Report;
use crate::tuning::cluster as tune;
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::fmt;

/// Why two reports were linked: what they share and how much it weighs.
#[derive(Debug, Clone, PartialEq)]
pub struct Evidence {
    /// Similarity of their words (same language only), 0–1.
    pub lexical: f32,
    /// Word stems they share.
    pub words: usize,
    /// Similarity of what survives translation (concepts, entities, numbers), 0–1.
    pub anchors: f32,
    /// Concepts they share.
    pub concepts: Vec<String>,
    /// Entities both mention.
    pub entities: Vec<String>,
    /// Numbers both give.
    pub numbers: Vec<String>,
}

impl fmt::Display for Evidence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.words > 0 {
            write!(f, "words {:.2} ({} shared); ", self.lexical, self.words)?;
        }
        write!(f, "translation-independent {:.2}", self.anchors)?;
        let name = |id: &str| id.rsplit('/').next().unwrap_or(id).to_string();
        for (label, items) in [
            ("numbers", self.numbers.clone()),
            ("entities", self.entities.iter().map(|e| name(e)).collect()),
            ("concepts", self.concepts.clone()),
        ] {
            if !items.is_empty() {
                write!(f, "; {label} {}", items.join(", "))?;
            }
        }
        Ok(())
    }
}

/// Two reports judged to carry the same statement.
#[derive(Debug, Clone)]
pub struct Link {
    /// Index of one report in the input.
    pub a: usize,
    /// Index of the other (`a < b`).
    pub b: usize,
    /// How alike they are, 0–1: the larger of the two similarities.
    pub score: f32,
    /// What they share.
    pub evidence: Evidence,
}

/// One report's features with their weights (see [`Idf`]), sorted for merging.
pub struct Profile<'f> {
    lexical: Vec<(u8, &'f str, f32)>,
    anchors: Vec<(u8, &'f str, f32)>,
    lexical_norm: f32,
    anchors_norm: f32,
}

/// The weight of every feature, one map per kind: the inverse document frequency over all
/// reports (a word or an entity most statements share, "Kaspersky" in a week of Kaspersky
/// news, says little). Counted once over the whole build, without keeping any report's
/// features, so that each speaker's reports can then be compared on their own.
pub struct Idf([HashMap<Feature, f32>; 5]);

impl Idf {
    /// Counts the features of every report (in parallel; counts add up the same whatever
    /// the split) and weighs each.
    pub fn of(reports: &[Report]) -> Idf {
        type Counts = [HashMap<Feature, u32>; 5];
        let count = |reports: &[Report]| {
            let mut df = Counts::default();
            for r in reports {
                let f = Features::of(r.statement);
                for (kind, list) in kinds(&f) {
                    for x in list {
                        *df[usize::from(kind)].entry(x.clone()).or_default() += 1;
                    }
                }
            }
            df
        };
        let add = |mut a: Counts, b: Counts| {
            for (into, from) in a.iter_mut().zip(b) {
                for (x, d) in from {
                    *into.entry(x).or_default() += d;
                }
            }
            a
        };
        let df = reports.par_chunks(REPORTS_PER_COUNT).map(count).reduce(Counts::default, add);
        let n = reports.len().max(1) as f32;
        Idf(df.map(|m| m.into_iter().map(|(x, d)| (x, (1.0 + n / d as f32).ln())).collect()))
    }

    /// The weighed features of one report.
    pub fn profile<'f>(&self, f: &'f Features) -> Profile<'f> {
        let weigh = |groups: &[(u8, &'f [Feature])]| {
            let mut v: Vec<(u8, &'f str, f32)> = groups
                .iter()
                .flat_map(|(k, l)| l.iter().map(|x| (*k, x.as_str(), self.0[usize::from(*k)][x.as_str()])))
                .collect();
            v.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
            v
        };
        let norm = |v: &[(u8, &str, f32)]| v.iter().map(|x| x.2 * x.2).sum::<f32>().sqrt();
        let (lexical, anchors) = (weigh(&lexical(f)), weigh(&anchors(f)));
        let (lexical_norm, anchors_norm) = (norm(&lexical), norm(&anchors));
        Profile { lexical, anchors, lexical_norm, anchors_norm }
    }
}

/// Reports whose features one worker counts at a time.
const REPORTS_PER_COUNT: usize = 4096;

/// Cosine of two weighed lists, and how many features of `kind` they share.
fn cosine(a: &[(u8, &str, f32)], na: f32, b: &[(u8, &str, f32)], nb: f32, kind: Option<u8>) -> (f32, usize) {
    let (mut i, mut j, mut dot, mut count) = (0, 0, 0.0f32, 0);
    while i < a.len() && j < b.len() {
        match (a[i].0, a[i].1).cmp(&(b[j].0, b[j].1)) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                dot += a[i].2 * a[i].2;
                count += usize::from(kind.is_none_or(|k| k == a[i].0));
                i += 1;
                j += 1;
            }
        }
    }
    let n = na * nb;
    (if n == 0.0 { 0.0 } else { dot / n }, count)
}

const WORDS: u8 = 0;
const CONCEPTS: u8 = 1;
const ENTITIES: u8 = 2;
const NUMBERS: u8 = 3;
const SHINGLES: u8 = 4;

fn kinds(f: &Features) -> [(u8, &[Feature]); 5] {
    [
        (WORDS, &f.words),
        (SHINGLES, &f.shingles),
        (CONCEPTS, &f.concepts),
        (ENTITIES, &f.entities),
        (NUMBERS, &f.numbers),
    ]
}

fn lexical(f: &Features) -> [(u8, &[Feature]); 2] {
    [(WORDS, &f.words), (SHINGLES, &f.shingles)]
}

fn anchors(f: &Features) -> [(u8, &[Feature]); 3] {
    [(CONCEPTS, &f.concepts), (ENTITIES, &f.entities), (NUMBERS, &f.numbers)]
}

/// Two reports to compare: each with its features and profile.
pub struct Side<'a> {
    /// The report.
    pub report: &'a Report<'a>,
    /// Its features.
    pub features: &'a Features,
    /// Its weighed features.
    pub profile: &'a Profile<'a>,
}

/// How alike two reports are, as numbers only: what is kept for every pair that passes,
/// before the strongest are chosen (a build can have a million such pairs; only the links
/// kept get their [`Evidence`] listed).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Similarity {
    /// Similarity of their words (same language only), 0–1.
    pub lexical: f32,
    /// Word stems they share.
    pub words: usize,
    /// Similarity of what survives translation, 0–1.
    pub anchors: f32,
}

impl Similarity {
    /// How strongly the pair is linked: both kinds of evidence add up.
    pub fn strength(&self) -> f32 {
        self.lexical + self.anchors
    }

    /// The link's score: the larger of the two similarities.
    pub fn score(&self) -> f32 {
        self.lexical.max(self.anchors)
    }
}

/// How alike two reports are, or `None` when they share too little to be one statement.
/// Nothing is allocated, for the pairs that fail (most of them) or pass.
pub fn compare(a: &Side, b: &Side) -> Option<Similarity> {
    let (pa, pb) = (a.profile, b.profile);
    let same_lang = a.report.statement.lang == b.report.statement.lang;
    let (lexical, words) = if same_lang {
        cosine(&pa.lexical, pa.lexical_norm, &pb.lexical, pb.lexical_norm, Some(WORDS))
    } else {
        (0.0, 0)
    };
    let (anchors, anchor_count) = cosine(&pa.anchors, pa.anchors_norm, &pb.anchors, pb.anchors_norm, None);
    let by_words = words >= tune::MIN_SHARED && lexical >= tune::SAME_LANGUAGE;
    let by_anchors = anchor_count >= tune::MIN_SHARED && anchors >= tune::ACROSS_LANGUAGES;
    (by_words || by_anchors).then_some(Similarity { lexical, words, anchors })
}

/// What two compared reports share, listed for a reader to check the link.
pub fn evidence(a: &Side, b: &Side, sim: Similarity) -> Evidence {
    let (fa, fb) = (a.features, b.features);
    let list = |x: &[Feature], y: &[Feature]| shared(x, y).into_iter().map(String::from).collect();
    Evidence {
        lexical: sim.lexical,
        words: sim.words,
        anchors: sim.anchors,
        concepts: list(&fa.concepts, &fb.concepts),
        entities: list(&fa.entities, &fb.entities),
        numbers: list(&fa.numbers, &fb.numbers),
    }
}

/// A feature shared by at most this many of a speaker's reports makes every pair of them a
/// candidate; beyond it (a quote a hundred outlets repeat, or "security" in a minister's
/// every statement), each report is paired only with its [`NEIGHBOURS`] nearest in time.
/// Together they keep the work linear in the number of reports (sorted-neighbourhood
/// blocking, as in record linkage), while a statement reported a thousand times still
/// forms one chain of links.
pub const POSTING_CAP: usize = 64;

/// Reports each report is paired with, on each side, in a feature's time-ordered list
/// longer than [`POSTING_CAP`].
pub const NEIGHBOURS: usize = 8;

/// The pairs worth comparing within one speaker's reports (`block` holds input indices, in
/// input order; `features[n]` are those of `block[n]`): pairs from different articles,
/// within the date window, that share a feature (see [`POSTING_CAP`]), as positions in
/// `block`. Sorted, without repeats.
pub fn candidates(block: &[usize], reports: &[Report], features: &[Features]) -> Vec<(usize, usize)> {
    let report = |n: usize| &reports[block[n]];
    let mut postings: HashMap<(u8, &str), Vec<usize>> = HashMap::default();
    for (n, f) in features.iter().enumerate() {
        for (kind, list) in kinds(f) {
            for x in list {
                postings.entry((kind, x.as_str())).or_default().push(n);
            }
        }
    }
    let mut pairs = Vec::new();
    for (_, mut list) in postings {
        if list.len() < 2 {
            continue;
        }
        let reach = if list.len() <= POSTING_CAP {
            list.len()
        } else {
            list.sort_by_key(|&n| (report(n).day.unwrap_or(i64::MAX), n));
            NEIGHBOURS
        };
        for (k, &a) in list.iter().enumerate() {
            for &b in list[k + 1..].iter().take(reach) {
                if report(a).article != report(b).article && within_window(report(a), report(b)) {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Whether two reports' articles are close enough in time (unknown dates always are).
fn within_window(a: &Report, b: &Report) -> bool {
    match (a.day, b.day) {
        (Some(x), Some(y)) => (x - y).abs() <= tune::DATE_WINDOW_DAYS,
        _ => true,
    }
}
