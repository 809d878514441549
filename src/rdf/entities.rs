//! The shared graph of speakers and entities: one node per identity with its type, labels,
//! roles, affiliations and Wikidata link, and what it said counted once, so that rankings
//! ("top speakers", "quoted in two languages") read counts instead of joining statements.

use super::articles::without_duplicates;
use super::{entities_graph, index, iri, plain, text, Quads};
use crate::error::Result;
use crate::graph::{AgentInfo, QuoteGraph};
use crate::lang::Lang;
use crate::model::AgentKind;
use crate::vocab::{owl, prov, qg, rdf, schema, skos, WIKIDATA};
use oxigraph::model::Quad;

/// What one speaker said across the build.
#[derive(Default)]
struct Said {
    /// The language first quoted in: a new identity's label is in it.
    first_lang: Option<Lang>,
    statements: usize,
    articles: rustc_hash::FxHashSet<usize>,
    langs: Vec<Lang>,
}

/// What each speaker said, counted in one pass over the statements.
fn said(g: &QuoteGraph) -> rustc_hash::FxHashMap<&str, Said> {
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
    said
}

/// The quads of the entities graph, identities in first-seen order.
pub(super) fn quads(g: &QuoteGraph, base: &str) -> Result<Vec<Quad>> {
    let said = said(g);
    let mut q = Quads { out: Vec::new(), graph: iri(&entities_graph(base))?.into() };
    for (id, info) in &g.agents {
        identity(&mut q, id, info, said.get(id.as_str()))?;
    }
    Ok(without_duplicates(q.out))
}

/// One identity: its classes, counts, labels, Wikidata link, gender, roles, affiliations.
fn identity(q: &mut Quads, id: &str, info: &AgentInfo, said: Option<&Said>) -> Result<()> {
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
        pref.push((said.and_then(|x| x.first_lang).unwrap_or(Lang::En), a.name.clone()));
    }
    if let Some(x) = said {
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
        crate::lang::Gender::F if a.kind == AgentKind::Person => q.add(&n, schema::GENDER, schema::FEMALE.into_owned()),
        crate::lang::Gender::M if a.kind == AgentKind::Person => q.add(&n, schema::GENDER, schema::MALE.into_owned()),
        _ => {}
    }
    for (l, r) in &info.roles {
        q.add(&n, schema::JOB_TITLE, text(r, *l));
    }
    for org in &info.affiliations {
        q.add(&n, schema::AFFILIATION, iri(org)?);
    }
    Ok(())
}
