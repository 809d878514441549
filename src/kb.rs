//! The knowledge base of people and organisations that news quotes most.
//!
//! It is Turtle (`ontology/kb.ttl`, embedded in the binary, plus any `--kb FILE`), so that
//! the same file can be queried with SPARQL next to the output. It is loaded into an index
//! of normalised labels: mention → entity, surname → person, job title → holder.

use crate::error::{Error, Result};
use crate::lang::{Gender, Lang};
use crate::model::{Agent, AgentKind, Resolution};
use crate::normalize::name_key;
use crate::text::{PhraseMatch, PhraseSet, Tok};
use crate::vocab::{owl, qg, rdf, schema, skos, WIKIDATA};
use indexmap::IndexMap;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use std::collections::HashMap;

/// The default knowledge base shipped with quotegraph.
pub const DEFAULT_KB: &str = include_str!("../ontology/kb.ttl");

/// One person, organisation or place of the knowledge base.
#[derive(Debug, Clone, Default)]
pub struct Entry {
    /// Its IRI.
    pub iri: String,
    /// Person, organisation, place…
    pub kind: Option<AgentKind>,
    /// One preferred label per language.
    pub pref: Vec<(Lang, String)>,
    /// Variants (spellings, transliterations, surname).
    pub alt: Vec<String>,
    /// Gender, for persons.
    pub gender: Option<Gender>,
    /// Organisation kind (company, government, agency, media…).
    pub org_kind: Option<String>,
    /// Job titles, any language: a title mention resolves to its holder when unambiguous.
    pub titles: Vec<String>,
    /// Wikidata id.
    pub wikidata: Option<String>,
}

impl Entry {
    /// Every label, preferred first.
    pub fn labels(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for l in self.pref.iter().map(|(_, l)| l).chain(self.alt.iter()) {
            if !out.contains(l) {
                out.push(l.clone());
            }
        }
        out
    }

    /// The preferred label in `lang`, else English, else any.
    pub fn label_in(&self, lang: Lang) -> String {
        let find = |l: Lang| self.pref.iter().find(|(x, _)| *x == l).map(|(_, s)| s.clone());
        find(lang).or_else(|| find(Lang::En)).or_else(|| self.alt.first().cloned()).unwrap_or_else(|| self.iri.clone())
    }

    /// This entry as a resolved agent.
    pub fn agent(&self, lang: Lang, how: Resolution) -> Agent {
        Agent {
            id: self.iri.clone(),
            name: self.label_in(lang),
            kind: self.kind.unwrap_or(AgentKind::Thing),
            labels: self.labels(),
            resolution: how,
            wikidata: self.wikidata.clone(),
            gender: self.gender.unwrap_or(match self.kind {
                Some(AgentKind::Person) => Gender::Any,
                _ => Gender::N,
            }),
            org_kind: self.org_kind.clone(),
            pref_labels: self.pref.clone(),
            anonymous: false,
        }
    }
}

/// The loaded knowledge base with its lookup indexes.
#[derive(Debug, Default)]
pub struct Kb {
    /// Entries in file order.
    pub entries: Vec<Entry>,
    by_key: HashMap<String, Vec<usize>>,
    by_surname: HashMap<String, Vec<usize>>,
    by_title: HashMap<String, Vec<usize>>,
    /// Every label as a phrase, to find mentions in running text.
    phrases: PhraseSet<usize>,
    /// Folded forms of acronym labels ("UN", "AFP"): they match only upper-case words, so
    /// French "un" is not the United Nations.
    acronyms: std::collections::HashSet<String>,
}

impl Kb {
    /// Loads the default knowledge base and then each extra Turtle source `(name, text)`.
    pub fn load(extra: &[(String, String)]) -> Result<Kb> {
        let mut entries: IndexMap<String, Entry> = IndexMap::new();
        parse_into(&mut entries, "ontology/kb.ttl", DEFAULT_KB)?;
        for (name, text) in extra {
            parse_into(&mut entries, name, text)?;
        }
        let mut kb = Kb::default();
        for (i, e) in entries.into_values().enumerate() {
            for l in e.labels() {
                let k = name_key(&l);
                if k.is_empty() {
                    continue;
                }
                kb.by_key.entry(k.clone()).or_default().push(i);
                kb.phrases.insert(&l, i);
                let letters: Vec<char> = l.chars().filter(|c| c.is_alphabetic()).collect();
                if letters.len() <= 5 && letters.iter().all(|c| c.is_uppercase()) && !l.contains(' ') {
                    kb.acronyms.insert(l.chars().filter_map(crate::normalize::fold_char).collect());
                }
                if e.kind == Some(AgentKind::Person) {
                    if let Some(last) = k.split(' ').next_back().filter(|_| k.contains(' ')) {
                        kb.by_surname.entry(last.to_string()).or_default().push(i);
                    }
                }
            }
            for t in &e.titles {
                kb.by_title.entry(name_key(t)).or_default().push(i);
            }
            kb.entries.push(e);
        }
        for v in kb.by_key.values_mut().chain(kb.by_surname.values_mut()).chain(kb.by_title.values_mut()) {
            v.dedup();
        }
        Ok(kb)
    }

    /// The entry named at token `i` (longest label first), with its match.
    pub fn find<'a>(&'a self, toks: &[Tok], i: usize, clitics: &[String]) -> Option<PhraseMatch<'a, usize>> {
        let m = self.phrases.match_at(toks, i, clitics)?;
        let t = &toks[i];
        if m.len == 1 && !t.upper && self.acronyms.contains(&t.fold.chars().skip(m.clitic).collect::<String>()) {
            return None;
        }
        Some(m)
    }

    /// The entry whose label (normalised) is exactly `name`, if exactly one has it.
    pub fn by_label(&self, name: &str) -> Option<&Entry> {
        match self.by_key.get(&name_key(name)).map(Vec::as_slice) {
            Some([i]) => Some(&self.entries[*i]),
            _ => None,
        }
    }

    /// The person whose surname is `name`, if exactly one has it.
    pub fn by_surname(&self, name: &str) -> Option<&Entry> {
        match self.by_surname.get(&name_key(name)).map(Vec::as_slice) {
            Some([i]) => Some(&self.entries[*i]),
            _ => None,
        }
    }

    /// The holder of a job title, if exactly one entry holds it.
    pub fn by_title(&self, title: &str) -> Option<&Entry> {
        match self.by_title.get(&name_key(title)).map(Vec::as_slice) {
            Some([i]) => Some(&self.entries[*i]),
            _ => None,
        }
    }
}

fn literal_parts(t: &Term) -> Option<(String, Option<Lang>)> {
    match t {
        Term::Literal(l) => Some((l.value().to_string(), l.language().and_then(Lang::from_code))),
        _ => None,
    }
}

fn parse_into(entries: &mut IndexMap<String, Entry>, name: &str, text: &str) -> Result<()> {
    let parser = RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes());
    for triple in parser {
        let q = triple.map_err(|e| Error::Input { path: name.into(), message: format!("invalid Turtle: {e}") })?;
        let NamedOrBlankNode::NamedNode(s) = &q.subject else { continue };
        let p = q.predicate.as_ref();
        let e = entries
            .entry(s.as_str().to_string())
            .or_insert_with(|| Entry { iri: s.as_str().to_string(), ..Entry::default() });
        if p == rdf::TYPE {
            if let Term::NamedNode(o) = &q.object {
                let o = o.as_ref();
                e.kind = Some(if o == schema::PERSON {
                    AgentKind::Person
                } else if o == schema::ORGANIZATION {
                    AgentKind::Organization
                } else if o == schema::PLACE {
                    AgentKind::Place
                } else {
                    e.kind.unwrap_or(AgentKind::Thing)
                });
            }
        } else if p == skos::PREF_LABEL {
            if let Some((v, Some(l))) = literal_parts(&q.object) {
                e.pref.retain(|(x, _)| *x != l);
                e.pref.push((l, v));
            } else if let Some((v, None)) = literal_parts(&q.object) {
                e.alt.push(v);
            }
        } else if p == skos::ALT_LABEL {
            if let Some((v, _)) = literal_parts(&q.object) {
                e.alt.push(v);
            }
        } else if p == schema::GENDER {
            if let Term::NamedNode(o) = &q.object {
                e.gender = Some(if o.as_ref() == schema::FEMALE { Gender::F } else { Gender::M });
            }
        } else if p == qg::ORG_KIND {
            if let Some((v, _)) = literal_parts(&q.object) {
                e.org_kind = Some(v);
            }
        } else if p == schema::JOB_TITLE {
            if let Some((v, _)) = literal_parts(&q.object) {
                e.titles.push(v);
            }
        } else if p == owl::SAME_AS {
            if let Term::NamedNode(o) = &q.object {
                if let Some(qid) = o.as_str().strip_prefix(WIKIDATA) {
                    e.wikidata = Some(qid.to_string());
                }
            }
        }
    }
    Ok(())
}
