//! One article's named graph: the article, its statements, the spans they and their
//! speakers and mentions come from, and each attribution. Every IRI in it extends the
//! article's own, so no subject is shared with another article's graph and each graph can
//! be written as soon as it is made.

use super::{date, decimal, index, iri, plain, span, statement_iri, text, Quads};
use crate::error::Result;
use crate::graph::QuoteGraph;
use crate::model::{QuoteKind, Span, Statement};
use crate::vocab::{gaf, itsrdf, prov, qg, rdf, schema};
use oxigraph::model::{NamedNode, Quad};

/// The quads of article `ai`, whose statements are `statements` (a run of
/// [`QuoteGraph::statements`]), without duplicates (a statement mentioning an entity twice
/// gives its span once).
pub(super) fn quads(
    g: &QuoteGraph,
    ai: usize,
    statements: &[(Statement, usize, petgraph::graph::NodeIndex)],
    base: &str,
) -> Result<Vec<Quad>> {
    let (article, _) = &g.articles[ai];
    let a = iri(&article.iri)?;
    let mut q = Quads { out: Vec::new(), graph: iri(&format!("{base}graph/{}", article.id))?.into() };
    q.add(&a, rdf::TYPE, schema::NEWS_ARTICLE.into_owned());
    q.add(&a, schema::IN_LANGUAGE, plain(article.lang.code()));
    q.add(&a, schema::IDENTIFIER, plain(&article.doc));
    if let Some(t) = &article.title {
        q.add(&a, schema::HEADLINE, text(t, article.lang));
    }
    if let Some(u) = article.url.as_deref().and_then(|u| NamedNode::new(u).ok()) {
        q.add(&a, schema::URL, u);
    }
    if let Some(d) = &article.date {
        q.add(&a, schema::DATE_PUBLISHED, date(d));
    }
    // Counts by kind on the article, so per-article tables need no join over statements.
    let count = |k: QuoteKind| statements.iter().filter(|(s, _, _)| s.kind == k).count();
    q.add(&a, qg::STATEMENT_COUNT, index(statements.len()));
    q.add(&a, qg::DIRECT_COUNT, index(count(QuoteKind::Direct)));
    q.add(&a, qg::INDIRECT_COUNT, index(count(QuoteKind::Indirect)));
    q.add(&a, qg::MIXED_COUNT, index(count(QuoteKind::Mixed)));
    for (s, _, _) in statements {
        statement(&mut q, &a, &article.iri, s)?;
    }
    Ok(without_duplicates(q.out))
}

/// A statement: its text, kind, rule and span, what it mentions, and who said it.
fn statement(q: &mut Quads, a: &NamedNode, article_iri: &str, s: &Statement) -> Result<()> {
    let st = iri(&statement_iri(article_iri, s.start, s.end))?;
    q.add(&st, rdf::TYPE, schema::QUOTATION.into_owned());
    q.add(&st, rdf::TYPE, prov::ENTITY.into_owned());
    q.add(&st, schema::TEXT, text(&s.text, s.lang));
    let kind = match s.kind {
        QuoteKind::Direct => qg::DIRECT,
        QuoteKind::Indirect => qg::INDIRECT,
        QuoteKind::Mixed => qg::MIXED,
    };
    q.add(&st, qg::QUOTE_TYPE, kind.into_owned());
    q.add(&st, schema::IS_PART_OF, a.clone());
    q.add(&st, qg::CONFIDENCE, decimal(s.confidence));
    q.add(&st, qg::RULE, plain(&s.rule));
    let sp = span(q, a, s.lang, &Span { start: s.start, end: s.end, text: s.text.clone() })?;
    q.add(&st, gaf::DENOTED_BY, sp);
    for m in &s.entities {
        if s.speaker.as_ref().is_some_and(|x| x.id == m.agent.id) {
            continue;
        }
        let e = iri(&m.agent.id)?;
        q.add(&st, schema::MENTIONS, e.clone());
        // Where it is mentioned: a span that names the entity.
        let ms = span(q, a, s.lang, &m.span)?;
        q.add(&ms, itsrdf::TA_IDENT_REF, e);
    }
    if let Some(who) = &s.speaker {
        let w = iri(&who.id)?;
        q.add(&st, schema::SPOKEN_BY_CHARACTER, w.clone());
        q.add(&st, prov::WAS_ATTRIBUTED_TO, w.clone());
        let att = iri(&format!("{}#attribution", st.as_str()))?;
        q.add(&st, prov::QUALIFIED_ATTRIBUTION, att.clone());
        q.add(&att, rdf::TYPE, prov::ATTRIBUTION.into_owned());
        q.add(&att, prov::AGENT, w);
        q.add(&att, qg::CONFIDENCE, decimal(s.confidence));
        let resolution = serde_json::to_value(who.resolution).ok().and_then(|v| v.as_str().map(String::from));
        q.add(&att, qg::RESOLUTION, plain(&resolution.unwrap_or_default()));
        if let Some(c) = &s.cue {
            q.add(&att, qg::CUE, text(c, s.lang));
        }
        if let Some(r) = &s.role {
            q.add(&att, schema::ROLE_NAME, text(r, s.lang));
        }
        if let Some(ss) = &s.speaker_span {
            let n = span(q, a, s.lang, ss)?;
            q.add(&att, gaf::DENOTED_BY, n);
        }
    }
    Ok(())
}

/// The quads in their order, each kept once (found by reference, so none is cloned).
pub(super) fn without_duplicates(quads: Vec<Quad>) -> Vec<Quad> {
    let keep: Vec<bool> = {
        let mut seen = rustc_hash::FxHashSet::default();
        quads.iter().map(|quad| seen.insert(quad)).collect()
    };
    quads.into_iter().zip(keep).filter_map(|(quad, k)| k.then_some(quad)).collect()
}
