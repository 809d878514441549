//! Why each scoring failure happened: every miss, false positive and wrong speaker of a
//! [`Report`] gets the extractor's trace and a class, so failures can be counted by class and
//! fixed as classes ("wrong speaker · right · new-name", "missed · no cue or marker · gold
//! cue 'told'"), never one sentence at a time.

use crate::article::Article;
use crate::extract::{explain, Explained};
use crate::kb::Kb;
use crate::model::Statement;
use crate::score::{Miss, Report};
use std::collections::HashMap;

/// One failure, explained.
pub struct Diagnosis<'r> {
    /// The failure as scored.
    pub miss: &'r Miss,
    /// Its class, for counting.
    pub class: String,
    /// The statement or the gold item in its article, a few words either side.
    pub context: Option<String>,
    /// The extractor's decisions behind it.
    pub steps: Vec<String>,
}

/// Explains every failure of `report`; `articles` are the scored articles with the
/// statements that were scored, in the order they were scored.
pub fn diagnose<'r>(report: &'r Report, articles: &[(Article, Vec<Statement>)], kb: &Kb) -> Vec<Diagnosis<'r>> {
    let flat: Vec<(usize, &Statement)> =
        articles.iter().enumerate().flat_map(|(ai, (_, ss))| ss.iter().map(move |s| (ai, s))).collect();
    let by_doc: HashMap<&str, usize> = articles.iter().enumerate().map(|(i, (a, _))| (a.doc.as_str(), i)).collect();
    let mut explained: HashMap<usize, Explained> = HashMap::new();
    report
        .misses
        .iter()
        .map(|m| {
            let Some(&ai) = by_doc.get(m.doc.as_str()) else {
                return Diagnosis {
                    miss: m,
                    class: format!("{} · article not read", m.what),
                    context: None,
                    steps: vec![],
                };
            };
            let article = &articles[ai].0;
            let ex = explained.entry(ai).or_insert_with(|| explain(article, kb));
            match m.prediction.and_then(|n| flat.get(n)) {
                Some(&(_, s)) => predicted(m, article, ex, s),
                None => missed(m, article, ex),
            }
        })
        .collect()
}

/// A false positive or a wrong speaker: the prediction's own trace.
fn predicted<'r>(m: &'r Miss, article: &Article, ex: &Explained, s: &Statement) -> Diagnosis<'r> {
    let steps =
        ex.statements.iter().find(|t| (t.start, t.end) == (s.start, s.end)).map_or_else(Vec::new, |t| t.trace.clone());
    // "fr.verb.dire/cue-that" → "cue-that"; markers ("fr.according.selon") have no pattern part.
    let pattern = s.rule.split_once('/').map_or("marker", |(_, p)| p).to_string();
    let class = if m.what == "false positive" {
        format!("false positive · {pattern}")
    } else {
        let found =
            steps.iter().rev().find(|x| x.starts_with("speaker: ") && x.contains(" → ") && !x.ends_with("→ nothing"));
        let strategy = found.and_then(|x| x["speaker: ".len()..].split(' ').next()).unwrap_or(&pattern).to_string();
        let path = steps
            .iter()
            .rev()
            .find_map(|x| x.strip_prefix("resolve: "))
            .map_or("speaker of the sentence", |x| x.split(' ').next().unwrap_or(x));
        format!("wrong speaker · {strategy} · {path}")
    };
    Diagnosis { miss: m, class, context: context(&article.text, s.start, s.end), steps }
}

/// A gold item no prediction matched: what the extractor tried in its sentence, or that it
/// found no cue there.
fn missed<'r>(m: &'r Miss, article: &Article, ex: &Explained) -> Diagnosis<'r> {
    let chars: Vec<char> = article.text.chars().collect();
    let start = m
        .gold_start
        .filter(|&s| s < chars.len())
        .or_else(|| article.text.find(&m.text).map(|b| article.text[..b].chars().count()));
    let len = m.text.chars().count();
    let Some(start) = start else {
        return Diagnosis {
            miss: m,
            class: "missed · text not found in the article".into(),
            context: None,
            steps: vec![],
        };
    };
    let end = start + len;
    let overlapping = ex.statements.iter().find(|s| s.start < end && s.end > start);
    let dropped = ex.dropped.iter().filter(|d| d.start <= start && start < d.end).collect::<Vec<_>>();
    let (class, steps) = if let Some(s) = overlapping {
        let steps = std::iter::once(format!("a statement overlaps with another span: {}", clip(&s.text, 80)))
            .chain(s.trace.iter().cloned())
            .collect();
        ("missed · predicted span differs".to_string(), steps)
    } else if let Some(last) = dropped.last() {
        let why = last.steps.last().map_or(String::new(), |x| generic(x));
        (format!("missed · cue gave nothing · {why}"), dropped.iter().flat_map(|d| d.steps.iter().cloned()).collect())
    } else {
        let cue = m.gold_cue.as_deref().map(|c| format!(" · gold cue '{}'", c.to_lowercase())).unwrap_or_default();
        (format!("missed · no cue or marker{cue}"), Vec::new())
    };
    Diagnosis { miss: m, class, context: context(&article.text, start, end), steps }
}

/// A step without its quoted words, so that steps of one kind count as one class.
fn generic(step: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in step.chars() {
        match c {
            '\'' if !quoted => {
                quoted = true;
                out.push('…');
            }
            '\'' => quoted = false,
            c if !quoted => out.push(c),
            _ => {}
        }
    }
    out.split(" → ").last().unwrap_or(&out).trim().to_string()
}

fn clip(s: &str, n: usize) -> String {
    s.chars().take(n).collect()
}

/// The span in its article, 60 characters either side, on one line.
fn context(article: &str, start: usize, end: usize) -> Option<String> {
    let chars: Vec<char> = article.chars().collect();
    if start > end || end > chars.len() {
        return None;
    }
    let before: String = chars[start.saturating_sub(60)..start].iter().collect();
    let span: String = chars[start..end].iter().take(80).collect();
    let after: String = chars[end..(end + 60).min(chars.len())].iter().collect();
    Some(format!("{before}⟦{span}⟧{after}").replace(['\n', '\r'], " "))
}

/// Failures counted by class, largest first (ties by name).
pub fn classes(diagnoses: &[Diagnosis]) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for d in diagnoses {
        *counts.entry(d.class.as_str()).or_default() += 1;
    }
    let mut v: Vec<(String, usize)> = counts.into_iter().map(|(k, n)| (k.to_string(), n)).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generic_step_drops_quoted_words() {
        assert_eq!(generic("speaker: right → name 'Romney'"), "name …");
        assert_eq!(
            generic("content: no quote, colon or complementizer after the cue"),
            "content: no quote, colon or complementizer after the cue"
        );
    }
}
