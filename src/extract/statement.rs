//! The [`Statement`] record built from a content and a speaker, with its confidence: the
//! pattern's, times how the speaker was resolved, lower for a quote never closed.

use super::content::Content;
use super::cue::Cue;
use super::doc::Ctx;
use super::search::Said;
use crate::lang::punct;
use crate::model::{QuoteKind, Resolution, Statement};
use crate::tuning::confidence as conf;

/// How much a statement's speaker can be trusted, by how it was resolved.
fn speaker_factor(said: &Said) -> f32 {
    match said.agent.as_ref().map(|a| a.resolution) {
        None => conf::NO_SPEAKER,
        Some(Resolution::Label | Resolution::Title) => conf::KNOWN_SPEAKER,
        Some(Resolution::Pronoun | Resolution::Continuation) => conf::PRONOUN_SPEAKER,
        Some(_) => conf::OTHER_SPEAKER,
    }
}

/// Builds the statement: trims spaces (and a comma a closing quote carries), computes the
/// confidence and takes the trace of the attempt.
pub(super) fn statement(cx: &Ctx, c: Content, cue: Option<&Cue>, said: Said, pattern: f32, rule: &str) -> Statement {
    let doc = &cx.doc;
    let (mut s, mut e) = (c.start, c.end.max(c.start));
    while s < e && doc.chars[s].is_whitespace() {
        s += 1;
    }
    while e > s
        && (doc.chars[e - 1].is_whitespace()
            || (c.kind == QuoteKind::Direct && punct::is_quote_comma(doc.chars[e - 1])))
    {
        e -= 1;
    }
    let unclosed = c.quotes.iter().any(|&qi| doc.quotes[qi].close.is_none());
    let confidence = pattern * speaker_factor(&said) * if unclosed { conf::UNCLOSED_QUOTE } else { 1.0 };
    cx.trace.step("statement", || format!("{} {rule}, confidence {:.2}", c.kind.name(), confidence));
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
        affiliation: said.affiliation.map(Box::new),
        entities: Vec::new(),
        confidence: (confidence * 100.0).round() / 100.0,
        rule: rule.to_string(),
        cluster: None,
        bom_skipped: doc.article.bom,
        carried: false,
        trace: cx.trace.take(),
    }
}
