//! Which pairs of reports are compared, and how alike they are.
//!
//! Reports are compared only within one speaker's statements, only across articles, only
//! within the date window, and only when they share a feature that few of that speaker's
//! statements have: the work grows with the number of statements, never with its square.

use super::features::{shared, Features};
use super::Report;
use crate::tuning::cluster as tune;
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

/// Inverse document frequency of every feature over all reports: a word or an entity that
/// most statements share ("Kaspersky" in a week of Kaspersky news) says little.
pub struct Weights<'f> {
    df: HashMap<(u8, &'f str), u32>,
    n: f32,
}

impl<'f> Weights<'f> {
    /// Counts the features of every report.
    pub fn count(features: &'f [Features]) -> Weights<'f> {
        let mut df: HashMap<(u8, &str), u32> = HashMap::default();
        for f in features {
            for (kind, list) in kinds(f) {
                for x in list {
                    *df.entry((kind, x.as_str())).or_default() += 1;
                }
            }
        }
        Weights { df, n: features.len().max(1) as f32 }
    }

    fn of(&self, kind: u8, x: &str) -> f32 {
        let df = self.df.get(&(kind, x)).copied().unwrap_or(1) as f32;
        (1.0 + self.n / df).ln()
    }

    fn norm(&self, items: &[(u8, &[String])]) -> f32 {
        items.iter().flat_map(|(k, l)| l.iter().map(move |x| self.of(*k, x).powi(2))).sum::<f32>().sqrt()
    }

    /// Cosine similarity of two feature groups, with the shared weight.
    fn cosine(&self, a: &[(u8, &[String])], b: &[(u8, &[String])]) -> f32 {
        let dot: f32 = a
            .iter()
            .zip(b)
            .flat_map(|((k, la), (_, lb))| shared(la, lb).into_iter().map(move |x| self.of(*k, x).powi(2)))
            .sum();
        let n = self.norm(a) * self.norm(b);
        if n == 0.0 {
            0.0
        } else {
            dot / n
        }
    }
}

const WORDS: u8 = 0;
const CONCEPTS: u8 = 1;
const ENTITIES: u8 = 2;
const NUMBERS: u8 = 3;
const SHINGLES: u8 = 4;

fn kinds(f: &Features) -> [(u8, &[String]); 5] {
    [
        (WORDS, &f.words),
        (SHINGLES, &f.shingles),
        (CONCEPTS, &f.concepts),
        (ENTITIES, &f.entities),
        (NUMBERS, &f.numbers),
    ]
}

fn lexical(f: &Features) -> [(u8, &[String]); 2] {
    [(WORDS, &f.words), (SHINGLES, &f.shingles)]
}

fn anchors(f: &Features) -> [(u8, &[String]); 3] {
    [(CONCEPTS, &f.concepts), (ENTITIES, &f.entities), (NUMBERS, &f.numbers)]
}

/// How alike two reports are, or `None` when they share too little to be compared.
pub fn compare(w: &Weights<'_>, ra: &Report, fa: &Features, rb: &Report, fb: &Features) -> Option<(f32, Evidence)> {
    let evidence = evidence(w, ra, fa, rb, fb);
    let anchor_count = evidence.concepts.len() + evidence.entities.len() + evidence.numbers.len();
    let by_words = evidence.words >= tune::MIN_SHARED && evidence.lexical >= tune::SAME_LANGUAGE;
    let by_anchors = anchor_count >= tune::MIN_SHARED && evidence.anchors >= tune::ACROSS_LANGUAGES;
    (by_words || by_anchors).then_some((evidence.lexical.max(evidence.anchors), evidence))
}

/// What two reports share, and how alike that makes them.
pub fn evidence(w: &Weights<'_>, ra: &Report, fa: &Features, rb: &Report, fb: &Features) -> Evidence {
    let same_lang = ra.statement.lang == rb.statement.lang;
    let words = if same_lang { shared(&fa.words, &fb.words).len() } else { 0 };
    let lexical = if same_lang { w.cosine(&lexical(fa), &lexical(fb)) } else { 0.0 };
    let anchors_score = w.cosine(&anchors(fa), &anchors(fb));
    Evidence {
        lexical,
        words,
        anchors: anchors_score,
        concepts: shared(&fa.concepts, &fb.concepts).into_iter().map(String::from).collect(),
        entities: shared(&fa.entities, &fb.entities).into_iter().map(String::from).collect(),
        numbers: shared(&fa.numbers, &fb.numbers).into_iter().map(String::from).collect(),
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
/// input order): pairs from different articles, within the date window, that share a
/// feature (see [`POSTING_CAP`]). Sorted, without repeats.
pub fn candidates(block: &[usize], reports: &[Report], features: &[Features]) -> Vec<(usize, usize)> {
    let mut postings: HashMap<(u8, &str), Vec<usize>> = HashMap::default();
    for &i in block {
        for (kind, list) in kinds(&features[i]) {
            for x in list {
                postings.entry((kind, x.as_str())).or_default().push(i);
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
            list.sort_by_key(|&i| (reports[i].day.unwrap_or(i64::MAX), i));
            NEIGHBOURS
        };
        for (n, &a) in list.iter().enumerate() {
            for &b in list[n + 1..].iter().take(reach) {
                if reports[a].article != reports[b].article && within_window(&reports[a], &reports[b]) {
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
