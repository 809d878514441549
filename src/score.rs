//! Precision, recall and F1 of predicted statements against annotated ones.
//!
//! Mirrors `../shared/tools/score.py` rule for rule, so `quotegraph eval` and the scorer
//! agree: token overlap after Arabic/Latin normalisation (≥ 0.6 of the shorter side, with at
//! least min(3, |gold|) shared tokens), one-to-one matching best overlap first, optional gold
//! items neither rewarded nor punished, speaker right when any label contains (or is
//! contained in) the gold speaker or one of its aliases.

use crate::normalize::score_tokens;
use indexmap::IndexMap;
use serde_json::Value;
use std::collections::HashMap;

/// Counts for one group (all, a language).
#[derive(Debug, Default, Clone, serde::Serialize)]
pub struct Counts {
    /// Required gold statements.
    pub gold: usize,
    /// Predictions matched to a required gold statement.
    pub tp: usize,
    /// Predictions matched to nothing.
    pub fp: usize,
    /// Matches whose speaker is right.
    pub speaker: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

impl Counts {
    /// Quote detection precision.
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    /// Quote detection recall.
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.gold)
    }
    /// Quote detection F1.
    pub fn f1(&self) -> f64 {
        f1(self.precision(), self.recall())
    }
    /// P, R, F1, speaker accuracy, end-to-end P, R, F1: the columns every report prints.
    pub fn rates(&self) -> [f64; 7] {
        [
            self.precision(),
            self.recall(),
            self.f1(),
            self.speaker_accuracy(),
            self.e2e_precision(),
            self.e2e_recall(),
            self.e2e_f1(),
        ]
    }

    /// Share of matched statements with the right speaker.
    pub fn speaker_accuracy(&self) -> f64 {
        ratio(self.speaker, self.tp)
    }
    /// End-to-end (statement and speaker right) precision.
    pub fn e2e_precision(&self) -> f64 {
        ratio(self.speaker, self.tp + self.fp)
    }
    /// End-to-end recall.
    pub fn e2e_recall(&self) -> f64 {
        ratio(self.speaker, self.gold)
    }
    /// End-to-end F1.
    pub fn e2e_f1(&self) -> f64 {
        f1(self.e2e_precision(), self.e2e_recall())
    }
}

/// One gold item missed or one prediction unmatched, for `--explain`.
#[derive(Debug, Clone)]
pub struct Miss {
    /// The document.
    pub doc: String,
    /// The statement text (the gold text for misses and wrong speakers).
    pub text: String,
    /// The annotated speaker, for misses and wrong speakers.
    pub gold_speaker: Option<String>,
    /// The predicted speaker, for false positives and wrong speakers.
    pub predicted_speaker: Option<String>,
    /// Where the gold item starts (code point), when the gold gives it.
    pub gold_start: Option<usize>,
    /// The cue the gold records, when it does (PolNeAR).
    pub gold_cue: Option<String>,
    /// Index of the prediction involved, for false positives and wrong speakers.
    pub prediction: Option<usize>,
    /// "missed", "false positive" or "wrong speaker".
    pub what: &'static str,
}

/// The result of scoring.
#[derive(Debug, Default)]
pub struct Report {
    /// Counts by group: "all" and each language key.
    pub groups: IndexMap<String, Counts>,
    /// Misses and false positives.
    pub misses: Vec<Miss>,
}

fn speaker_strings(p: &Value) -> Vec<String> {
    match p.get("speaker") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Object(o)) => {
            let mut v: Vec<String> = ["name", "label", "id"]
                .iter()
                .filter_map(|k| o.get(*k).and_then(Value::as_str).map(String::from))
                .collect();
            for k in ["labels", "aliases"] {
                if let Some(Value::Array(a)) = o.get(k) {
                    v.extend(a.iter().filter_map(|x| x.as_str().map(String::from)));
                }
            }
            v
        }
        _ => Vec::new(),
    }
}

fn contains(a: &[String], b: &[String]) -> bool {
    !a.is_empty() && !b.is_empty() && b.len() <= a.len() && a.windows(b.len()).any(|w| w == b)
}

fn speaker_ok(p: &Value, g: &Value) -> bool {
    let mut golds: Vec<Vec<String>> = vec![score_tokens(g.get("speaker").and_then(Value::as_str).unwrap_or(""))];
    if let Some(Value::Array(a)) = g.get("aliases") {
        golds.extend(a.iter().filter_map(Value::as_str).map(score_tokens));
    }
    speaker_strings(p).iter().any(|n| {
        let t = score_tokens(n);
        golds.iter().filter(|g| !g.is_empty()).any(|g| contains(&t, g) || contains(g, &t))
    })
}

fn overlap(p: &[String], g: &[String]) -> (f64, usize) {
    let mut counts: HashMap<&str, i64> = HashMap::new();
    for t in p {
        *counts.entry(t).or_default() += 1;
    }
    let mut inter = 0;
    for t in g {
        if let Some(c) = counts.get_mut(t.as_str()) {
            if *c > 0 {
                *c -= 1;
                inter += 1;
            }
        }
    }
    if p.is_empty() || g.is_empty() {
        return (0.0, inter);
    }
    (inter as f64 / p.len().min(g.len()) as f64, inter)
}

/// A document's gold items, and its predictions with their index in the input.
type DocItems<'v> = (Vec<&'v Value>, Vec<(usize, &'v Value)>);

/// Scores predictions against gold; `lang_of` maps a doc name to its group key.
pub fn score(gold: &[Value], pred: &[Value], lang_of: &dyn Fn(&str) -> String) -> Report {
    let doc = |v: &Value| v.get("doc").and_then(Value::as_str).unwrap_or("").to_string();
    let text = |v: &Value| v.get("text").and_then(Value::as_str).unwrap_or("").to_string();
    let mut by_doc: IndexMap<String, DocItems> = IndexMap::new();
    for g in gold {
        by_doc.entry(doc(g)).or_default().0.push(g);
    }
    for (n, p) in pred.iter().enumerate() {
        by_doc.entry(doc(p)).or_default().1.push((n, p));
    }
    let name = |v: &Value| speaker_strings(v).first().cloned();
    let gold_miss = |d: &str, g: &Value, what| Miss {
        doc: d.to_string(),
        text: text(g),
        gold_speaker: g.get("speaker").and_then(Value::as_str).map(str::to_string),
        predicted_speaker: None,
        gold_start: g.get("start").and_then(Value::as_u64).map(|n| n as usize),
        gold_cue: g.get("cue").and_then(Value::as_str).map(str::to_string),
        prediction: None,
        what,
    };
    let mut report = Report::default();
    for (d, (gs, ps)) in &by_doc {
        let keys = ["all".to_string(), lang_of(d)];
        let gt: Vec<Vec<String>> = gs.iter().map(|g| score_tokens(&text(g))).collect();
        let pt: Vec<Vec<String>> = ps.iter().map(|(_, p)| score_tokens(&text(p))).collect();
        let mut pairs = Vec::new();
        for (i, p) in pt.iter().enumerate() {
            for (j, g) in gt.iter().enumerate() {
                let (ov, inter) = overlap(p, g);
                if ov >= 0.6 && inter >= g.len().min(3) {
                    pairs.push((ov, inter, i, j));
                }
            }
        }
        pairs.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
        let (mut used_p, mut used_g, mut touched) =
            (vec![false; ps.len()], vec![false; gs.len()], vec![false; ps.len()]);
        for &(_, _, i, j) in &pairs {
            touched[i] = true;
            if used_p[i] || used_g[j] {
                continue;
            }
            used_p[i] = true;
            used_g[j] = true;
            let g = gs[j];
            if g.get("optional").and_then(Value::as_bool).unwrap_or(false) {
                continue;
            }
            let kind = g.get("kind").and_then(Value::as_str).unwrap_or("").to_string();
            let ok = speaker_ok(ps[i].1, g);
            for k in &with_kind(&keys, &kind) {
                let c = report.groups.entry(k.clone()).or_default();
                c.tp += 1;
                c.speaker += usize::from(ok);
            }
            if !ok {
                let mut m = gold_miss(d, g, "wrong speaker");
                m.predicted_speaker = name(ps[i].1);
                m.prediction = Some(ps[i].0);
                report.misses.push(m);
            }
        }
        for (i, &(n, p)) in ps.iter().enumerate() {
            if !touched[i] {
                let kind = p.get("kind").and_then(Value::as_str).unwrap_or("").to_string();
                for k in &with_kind(&keys, &kind) {
                    report.groups.entry(k.clone()).or_default().fp += 1;
                }
                report.misses.push(Miss {
                    doc: d.clone(),
                    text: text(p),
                    gold_speaker: None,
                    predicted_speaker: name(p),
                    gold_start: None,
                    gold_cue: None,
                    prediction: Some(n),
                    what: "false positive",
                });
            }
        }
        for (j, g) in gs.iter().enumerate() {
            if g.get("optional").and_then(Value::as_bool).unwrap_or(false) {
                continue;
            }
            let kind = g.get("kind").and_then(Value::as_str).unwrap_or("").to_string();
            for k in &with_kind(&keys, &kind) {
                let c = report.groups.entry(k.clone()).or_default();
                c.gold += 1;
            }
            if !used_g[j] {
                report.misses.push(gold_miss(d, g, "missed"));
            }
        }
    }
    report.groups.sort_by(|a, _, b, _| group_order(a).cmp(&group_order(b)));
    report
}

/// Each group key, and the same key per statement kind ("ar" → "ar/direct"): true
/// matches and gold items count under the gold kind, false positives under the predicted one.
fn with_kind(keys: &[String; 2], kind: &str) -> Vec<String> {
    let mut v = keys.to_vec();
    if !kind.is_empty() {
        v.extend(keys.iter().map(|k| format!("{k}/{kind}")));
    }
    v
}

fn group_order(k: &str) -> (bool, &str, bool, &str) {
    let (lang, kind) = k.split_once('/').unwrap_or((k, ""));
    (lang != "all", lang, !kind.is_empty(), kind)
}
