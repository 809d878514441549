//! The quote graph as RDF quads, and their serialisations.
//!
//! Terms are built with oxigraph's typed model (never concatenated strings). Each article's
//! statements, spans and attributions live in the article's named graph; speakers and
//! entities in one shared graph; statement clusters, which span articles, in another
//! ([`clusters`]). Quads are sorted before writing, so files are byte-identical
//! for the same input.

pub mod clusters;

use crate::error::{Error, Result};
use crate::graph::QuoteGraph;
use crate::lang::Lang;
use crate::model::{AgentKind, QuoteKind, Span};
use crate::vocab::{gaf, itsrdf, nif, owl, prov, qg, rdf, schema, skos, PREFIXES, WIKIDATA};
use oxigraph::io::{JsonLdProfileSet, RdfFormat, RdfSerializer};
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

/// Every quad of the graph, sorted and deduplicated.
pub fn quads(g: &QuoteGraph, base: &str) -> Result<Vec<Quad>> {
    // One bucket per article graph, in input order, then the entities graph: the order is
    // fixed by the input, so no global sort is needed for byte-identical output.
    let mut buckets: Vec<Vec<Quad>> = Vec::with_capacity(g.articles.len() + 1);
    // Statements per article and kind (direct, indirect, mixed), recorded on the article so
    // that per-article tables need no join over every statement.
    let mut kinds = vec![[0usize; 3]; g.articles.len()];
    for (s, ai, _) in &g.statements {
        let k = match s.kind {
            QuoteKind::Direct => 0,
            QuoteKind::Indirect => 1,
            QuoteKind::Mixed => 2,
        };
        kinds[*ai][k] += 1;
    }
    for (ai, (article, _)) in g.articles.iter().enumerate() {
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
        let [direct, indirect, mixed] = kinds[ai];
        q.add(&a, qg::STATEMENT_COUNT, index(direct + indirect + mixed));
        q.add(&a, qg::DIRECT_COUNT, index(direct));
        q.add(&a, qg::INDIRECT_COUNT, index(indirect));
        q.add(&a, qg::MIXED_COUNT, index(mixed));
        buckets.push(q.out);
    }
    for (s, ai, _) in &g.statements {
        let (article, _) = &g.articles[*ai];
        let a = iri(&article.iri)?;
        let mut q = Quads { out: Vec::new(), graph: iri(&format!("{base}graph/{}", article.id))?.into() };
        let st = iri(&statement_iri(&article.iri, s.start, s.end))?;
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
        let sp = span(&mut q, &a, s.lang, &Span { start: s.start, end: s.end, text: s.text.clone() })?;
        q.add(&st, gaf::DENOTED_BY, sp);
        for m in &s.entities {
            if s.speaker.as_ref().is_some_and(|x| x.id == m.agent.id) {
                continue;
            }
            let e = iri(&m.agent.id)?;
            q.add(&st, schema::MENTIONS, e.clone());
            // Where it is mentioned: a span that names the entity.
            let ms = span(&mut q, &a, s.lang, &m.span)?;
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
            q.add(
                &att,
                qg::RESOLUTION,
                plain(
                    &serde_json::to_value(who.resolution)
                        .ok()
                        .and_then(|v| v.as_str().map(String::from))
                        .unwrap_or_default(),
                ),
            );
            if let Some(c) = &s.cue {
                q.add(&att, qg::CUE, text(c, s.lang));
            }
            if let Some(r) = &s.role {
                q.add(&att, schema::ROLE_NAME, text(r, s.lang));
            }
            if let Some(ss) = &s.speaker_span {
                let n = span(&mut q, &a, s.lang, ss)?;
                q.add(&att, gaf::DENOTED_BY, n);
            }
        }
        buckets[*ai].append(&mut q.out);
    }
    // What each speaker said, counted in one pass: the language first quoted in (its label's
    // language when it is new) and the counts written as qg:statementCount, qg:articleCount
    // and qg:quotedIn, so that "top speakers" and "quoted in two languages" need no join
    // over every statement.
    #[derive(Default)]
    struct Said {
        first_lang: Option<Lang>,
        statements: usize,
        articles: rustc_hash::FxHashSet<usize>,
        langs: Vec<Lang>,
    }
    let mut said: rustc_hash::FxHashMap<&str, Said> = Default::default();
    for (s, ai, _) in &g.statements {
        if let Some(x) = &s.speaker {
            let e = said.entry(x.id.as_str()).or_default();
            e.first_lang.get_or_insert(s.lang);
            e.statements += 1;
            e.articles.insert(*ai);
            if !e.langs.contains(&s.lang) {
                e.langs.push(s.lang);
            }
        }
    }
    let mut q = Quads { out: Vec::new(), graph: iri(&entities_graph(base))?.into() };
    for (id, info) in &g.agents {
        let n = iri(id)?;
        let a = &info.agent;
        let class = match a.kind {
            AgentKind::Person => schema::PERSON,
            AgentKind::Organization => schema::ORGANIZATION,
            AgentKind::Place => schema::PLACE,
            AgentKind::Thing => schema::THING,
        };
        q.add(&n, rdf::TYPE, class.into_owned());
        if info.speaker {
            q.add(&n, rdf::TYPE, prov::AGENT_CLASS.into_owned());
        }
        if a.anonymous {
            q.add(&n, rdf::TYPE, qg::ANONYMOUS_SPEAKER.into_owned());
        }
        let mut pref: Vec<(Lang, String)> = a.pref_labels.clone();
        if pref.is_empty() {
            // A new identity: its name is the preferred label in the language it was found in.
            pref.push((said.get(id.as_str()).and_then(|x| x.first_lang).unwrap_or(Lang::En), a.name.clone()));
        }
        if let Some(x) = said.get(id.as_str()) {
            q.add(&n, qg::STATEMENT_COUNT, index(x.statements));
            q.add(&n, qg::ARTICLE_COUNT, index(x.articles.len()));
            let mut langs: Vec<&str> = x.langs.iter().map(|l| l.code()).collect();
            langs.sort_unstable();
            for l in langs {
                q.add(&n, qg::QUOTED_IN, plain(l));
            }
        }
        for (l, v) in &pref {
            q.add(&n, skos::PREF_LABEL, text(v, *l));
        }
        for l in &a.labels {
            if !pref.iter().any(|(_, v)| v == l) {
                q.add(&n, skos::ALT_LABEL, plain(l));
            }
        }
        if let Some(w) = &a.wikidata {
            q.add(&n, owl::SAME_AS, iri(&format!("{WIKIDATA}{w}"))?);
        }
        if let Some(k) = &a.org_kind {
            q.add(&n, qg::ORG_KIND, plain(k));
        }
        match a.gender {
            crate::lang::Gender::F if a.kind == AgentKind::Person => {
                q.add(&n, schema::GENDER, schema::FEMALE.into_owned())
            }
            crate::lang::Gender::M if a.kind == AgentKind::Person => {
                q.add(&n, schema::GENDER, schema::MALE.into_owned())
            }
            _ => {}
        }
        for (l, r) in &info.roles {
            q.add(&n, schema::JOB_TITLE, text(r, *l));
        }
        for org in &info.affiliations {
            q.add(&n, schema::AFFILIATION, iri(org)?);
        }
    }
    buckets.push(q.out);
    buckets.push(clusters::quads(g, base)?);
    // Duplicates: a statement mentioning an entity twice, a span used twice, the same article
    // given twice (one graph). Found by reference, so no quad is cloned.
    let keep: Vec<bool> = {
        let mut seen = rustc_hash::FxHashSet::default();
        buckets.iter().flatten().map(|quad| seen.insert(quad)).collect()
    };
    Ok(buckets.into_iter().flatten().zip(keep).filter_map(|(quad, k)| k.then_some(quad)).collect())
}

/// The RDF formats `build` writes, by file name.
pub const OUTPUTS: &[(&str, RdfFormat)] = &[
    ("graph.ttl", RdfFormat::Turtle),
    ("graph.nq", RdfFormat::NQuads),
    ("graph.trig", RdfFormat::TriG),
    ("graph.jsonld", RdfFormat::JsonLd { profile: JsonLdProfileSet::empty() }),
];

/// Serialises quads into `w`; graph formats (Turtle) get the union of all graphs.
pub fn serialize_to<'a>(
    quads: impl IntoIterator<Item = &'a Quad>,
    format: RdfFormat,
    w: &mut dyn std::io::Write,
) -> Result<()> {
    let mut ser = RdfSerializer::from_format(format);
    for (p, ns) in PREFIXES {
        ser = ser.with_prefix(*p, *ns).map_err(|e| Error::Rdf(e.to_string()))?;
    }
    let mut w = ser.for_writer(w);
    let mut last: Option<oxigraph::model::Triple> = None;
    for q in quads {
        if format.supports_datasets() {
            w.serialize_quad(q).map_err(|e| Error::Rdf(e.to_string()))?;
        } else {
            let t = oxigraph::model::Triple::new(q.subject.clone(), q.predicate.clone(), q.object.clone());
            if last.as_ref() != Some(&t) {
                w.serialize_triple(&t).map_err(|e| Error::Rdf(e.to_string()))?;
                last = Some(t);
            }
        }
    }
    w.finish().map_err(|e| Error::Rdf(e.to_string()))?;
    Ok(())
}

/// The quads ordered by subject (not graph) so Turtle groups each subject once; borrowed,
/// so the dataset is not copied.
pub fn by_subject(quads: &[Quad]) -> Vec<&Quad> {
    let mut v: Vec<&Quad> = quads.iter().collect();
    // Stable: within a subject, the order of the dataset is kept.
    v.sort_by_cached_key(|q| q.subject.to_string());
    v
}
