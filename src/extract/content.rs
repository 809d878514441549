//! What a statement says: the reported clause or quote after a cue, its kind (direct,
//! indirect, mixed) and its exact span, and the [`Statement`] record built from it.

use super::attribution::Said;
use super::patterns::{sep, Cue};
use super::Doc;
use crate::lang::LangRules;
use crate::model::{QuoteKind, Statement};
use crate::text::Tok;

/// What a statement's content is: its kind, its offsets, the quotes it uses.
pub(super) struct Content {
    pub(super) kind: QuoteKind,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) quotes: Vec<usize>,
}

pub(super) fn trailing(t: &Tok) -> bool {
    !t.word
        && matches!(
            t.punct,
            '.' | ',' | '\u{060C}' | ':' | ';' | '!' | '?' | '\u{061F}' | '\u{2026}' | '-' | '\u{2014}' | '\u{2013}'
        )
}

pub(super) fn words_between(doc: &Doc, start: usize, end: usize) -> usize {
    let (a, b) = (doc.toks.partition_point(|t| t.start < start), doc.toks.partition_point(|t| t.end <= end));
    doc.toks[a..b.max(a)].iter().filter(|t| t.word).count()
}

/// The content that starts at token `s` (skipping `skip` code points of it) and runs to the
/// end of the sentence `b`, minus final punctuation; cut after a quoted fragment that a
/// coordinated verb follows ("… “X” et s'est engagé à “Y”").
pub(super) fn clause(doc: &Doc, s: usize, skip: usize, b: usize, rules: &LangRules) -> Content {
    let mut e = b;
    while e > s + 1 && trailing(&doc.toks[e - 1]) && doc.in_quote[e - 1].is_none() {
        e -= 1;
    }
    // "…, adding that …" / "…، مضيفا أن …": a second cue after a comma starts a new statement.
    // "…, according to a copy seen by Reuters": a source adjunct closes the clause too.
    if let Some(k) = (s + 1..e.saturating_sub(1)).find(|&k| {
        sep(&doc.toks[k])
            && doc.in_quote[k].is_none()
            && (rules.cues.match_at(&doc.toks, k + 1, &rules.clitics).is_some()
                || rules.according_to.match_at(&doc.toks, k + 1, &rules.clitics).is_some())
    }) {
        e = k;
    }
    let inside: Vec<usize> = doc.quotes_in(s, e).filter(|&qi| doc.quotes[qi].after() <= e).collect();
    for (k, &qi) in inside.iter().enumerate() {
        let after = doc.quotes[qi].after();
        if k + 1 < inside.len() && after < e && is_coordinator(doc, after, rules) {
            e = after;
            break;
        }
    }
    let inside: Vec<usize> = inside.into_iter().filter(|&qi| doc.quotes[qi].after() <= e).collect();
    if let [qi] = inside[..] {
        let q = &doc.quotes[qi];
        if q.open == s && q.after() >= e {
            return quote_content(doc, qi);
        }
    }
    let start = doc.toks[s].start + skip;
    let end = doc.toks[e - 1].end.max(start);
    let kind = if inside.is_empty() { QuoteKind::Indirect } else { QuoteKind::Mixed };
    Content { kind, start, end, quotes: inside }
}

pub(super) fn is_coordinator(doc: &Doc, k: usize, rules: &LangRules) -> bool {
    let t = &doc.toks[k];
    if !t.word {
        return false;
    }
    rules.coordinators.iter().any(|c| {
        t.fold == *c
            || (rules.clitics.contains(c)
                && t.fold.starts_with(c.as_str())
                && t.fold.chars().count() > 3
                && rules.complementizers.match_at(&doc.toks, k, &rules.clitics).is_none())
    })
}

pub(super) fn quote_content(doc: &Doc, qi: usize) -> Content {
    let q = &doc.quotes[qi];
    let first = (q.open + 1).min(q.last);
    Content { kind: QuoteKind::Direct, start: doc.toks[first].start, end: doc.toks[q.last].end, quotes: vec![qi] }
}

pub(super) fn statement(doc: &Doc, c: Content, cue: Option<&Cue>, said: Said, conf: f32, rule: &str) -> Statement {
    let (mut s, mut e) = (c.start, c.end.max(c.start));
    while s < e && doc.chars[s].is_whitespace() {
        s += 1;
    }
    // A comma closing a quote ("…tomorrow,\" she said") is punctuation of the sentence.
    while e > s
        && (doc.chars[e - 1].is_whitespace()
            || (c.kind == QuoteKind::Direct && matches!(doc.chars[e - 1], ',' | '\u{060C}')))
    {
        e -= 1;
    }
    let unclosed = c.quotes.iter().any(|&qi| doc.quotes[qi].close.is_none());
    let factor = match said.agent.as_ref().map(|a| a.resolution) {
        None => 0.4,
        Some(crate::model::Resolution::Label | crate::model::Resolution::Title) => 1.0,
        Some(crate::model::Resolution::Pronoun | crate::model::Resolution::Continuation) => 0.85,
        Some(_) => 0.92,
    };
    let conf = conf * factor * if unclosed { 0.7 } else { 1.0 };
    Statement {
        doc: doc.article.doc.clone(),
        article: doc.article.iri.clone(),
        lang: doc.article.lang,
        kind: c.kind,
        text: doc.text(s, e),
        start: s,
        end: e,
        cue: cue.map(|k| doc.text(doc.toks[k.first].start, doc.toks[k.last].end)),
        speaker: said.agent,
        speaker_span: said.span,
        role: said.role,
        affiliation: said.affiliation,
        entities: Vec::new(),
        confidence: (conf * 100.0).round() / 100.0,
        rule: rule.to_string(),
    }
}
