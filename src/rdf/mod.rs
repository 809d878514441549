//! The quote graph as RDF quads, and their serialisations.
//!
//! Terms are built with oxigraph's typed model (never concatenated strings). Each article's
//! statements, spans and attributions live in the article's named graph; speakers and
//! entities in one shared graph; statement clusters, which span articles, in another
//! ([`clusters`]). Quads are sorted before writing, so files are byte-identical
//! for the same input.

mod articles;
pub mod clusters;
mod entities;
mod stream;

pub use stream::{write_files, ARTICLES_PER_CHUNK};

use crate::error::{Error, Result};
use crate::lang::Lang;
use crate::model::Span;
use crate::vocab::{nif, rdf};
use oxigraph::io::{JsonLdProfileSet, RdfFormat};
use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedNodeRef, Quad, Term};

fn iri(s: &str) -> Result<NamedNode> {
    NamedNode::new(s).map_err(|e| Error::Rdf(format!("invalid IRI {s}: {e}")))
}

fn text(value: &str, lang: Lang) -> Term {
    Literal::new_language_tagged_literal_unchecked(value, lang.code()).into()
}

fn plain(value: &str) -> Term {
    Literal::new_simple_literal(value).into()
}

fn decimal(v: f32) -> Term {
    Literal::new_typed_literal(format!("{v:.2}"), xsd::DECIMAL).into()
}

/// A publication date typed as XSD gives it (a date, or a date-time), so SPARQL compares
/// dates as dates; anything else (an older build's record) stays a plain string.
fn date(value: &str) -> Term {
    if value.parse::<oxsdatatypes::Date>().is_ok() {
        Literal::new_typed_literal(value, xsd::DATE).into()
    } else if value.parse::<oxsdatatypes::DateTime>().is_ok() {
        Literal::new_typed_literal(value, xsd::DATE_TIME).into()
    } else {
        plain(value)
    }
}

fn index(v: usize) -> Term {
    Literal::new_typed_literal(v.to_string(), xsd::NON_NEGATIVE_INTEGER).into()
}

struct Quads {
    out: Vec<Quad>,
    graph: GraphName,
}

impl Quads {
    fn add(&mut self, s: &NamedNode, p: NamedNodeRef<'_>, o: impl Into<Term>) {
        self.out.push(Quad::new(s.clone(), p.into_owned(), o.into(), self.graph.clone()));
    }
}

/// The IRI of a statement: its article and offsets, so it is stable across runs.
pub fn statement_iri(article_iri: &str, start: usize, end: usize) -> String {
    format!("{article_iri}/statement/{start}-{end}")
}

fn span(q: &mut Quads, article: &NamedNode, lang: Lang, s: &Span) -> Result<NamedNode> {
    let n = iri(&format!("{}#char={},{}", article.as_str(), s.start, s.end))?;
    q.add(&n, rdf::TYPE, nif::RFC5147_STRING.into_owned());
    q.add(&n, nif::BEGIN_INDEX, index(s.start));
    q.add(&n, nif::END_INDEX, index(s.end));
    q.add(&n, nif::ANCHOR_OF, text(&s.text, lang));
    q.add(&n, nif::REFERENCE_CONTEXT, article.clone());
    Ok(n)
}

/// The IRI of the graph holding speakers and entities.
pub fn entities_graph(base: &str) -> String {
    format!("{base}graph/entities")
}

/// The RDF formats `build` writes, by file name.
pub const OUTPUTS: &[(&str, RdfFormat)] = &[
    ("graph.ttl", RdfFormat::Turtle),
    ("graph.nq", RdfFormat::NQuads),
    ("graph.trig", RdfFormat::TriG),
    ("graph.jsonld", RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() }),
];
