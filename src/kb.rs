//! The knowledge base of people and organisations that news quotes most.
//!
//! It is Turtle (`ontology/kb.ttl`, embedded in the binary, plus any `--kb FILE`), so that
//! the same file can be queried with SPARQL next to the output. It is loaded into an index
//! of normalised labels: mention → entity, surname → person, job title → holder.

use crate::error::{Error, Result};
use crate::lang::{Gender, Lang};
use crate::model::{Agent, AgentKind, Resolution};
use crate::normalize::name_key;
use crate::text::{IndexStarts, PhraseMatch, PhraseSet, StartIndex, Tok};
use crate::vocab::{owl, qg, rdf, schema, skos, WIKIDATA};
use indexmap::IndexMap;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use rustc_hash::FxHashMap as HashMap;

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
    /// Roles held in organisations, with their dates when known.
    pub roles: Vec<Role>,
    /// [`name_key`] of every label, computed once at load (surname matching asks for them at
    /// every mention).
    pub keys: std::sync::Arc<[String]>,
}

/// A role an entry holds in an organisation ("Secretary of Commerce" at the Commerce
/// Department, 2021-03-03 to 2025-01-20): its names resolve a title to its holder *at the
/// article's date*, and its organisation is the speaker's affiliation.
#[derive(Debug, Clone, Default)]
pub struct Role {
    /// IRI of the organisation.
    pub org: Option<String>,
    /// Names of the role, any language ("وزيرة التجارة الأمريكية").
    pub names: Vec<String>,
    /// First day (ISO date, or a prefix of one: "2021", "2021-03").
    pub start: Option<String>,
    /// Last day, absent while the role is held.
    pub end: Option<String>,
}

impl Role {
    /// Whether the role was held on `date` (ISO `YYYY[-MM[-DD]]`); every role counts when the
    /// article is undated.
    pub fn held_on(&self, date: Option<&str>) -> bool {
        let Some(d) = date.and_then(iso_day) else { return true };
        self.start.as_deref().and_then(iso_day).is_none_or(|s| s <= d)
            && self.end.as_deref().and_then(iso_day).is_none_or(|e| d <= e)
    }
}

/// The `YYYY-MM-DD` day a date or date-time starts with (a year alone is its first day), for
/// comparing dates as strings; `None` when it does not start with a year.
pub fn iso_day(date: &str) -> Option<String> {
    let parts: Vec<&str> = date.trim().get(..10.min(date.trim().len()))?.split('-').collect();
    let num = |s: &&str, n: usize| s.len() == n && s.chars().all(|c| c.is_ascii_digit());
    match parts.as_slice() {
        [y] if num(y, 4) => Some(format!("{y}-01-01")),
        [y, m] if num(y, 4) && num(m, 2) => Some(format!("{y}-{m}-01")),
        [y, m, d, ..] if num(y, 4) && num(m, 2) && d.len() >= 2 && num(&&d[..2], 2) => {
            Some(format!("{y}-{m}-{}", &d[..2]))
        }
        _ => None,
    }
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
    /// Title key → (entry, the dated role that names it, or `None` for an undated title).
    by_title: HashMap<String, Vec<(usize, Option<usize>)>>,
    by_iri: HashMap<String, usize>,
    /// Every label as a phrase, to find mentions in running text.
    phrases: PhraseSet<usize>,
    /// Every job title and role name, as phrases.
    title_phrases: PhraseSet<()>,
    /// Folded forms of acronym labels ("UN", "AFP"): they match only upper-case words, so
    /// French "un" is not the United Nations.
    acronyms: rustc_hash::FxHashSet<String>,
    /// Which of the two phrase sets above a token can start a label in (bits of their own,
    /// beside the language's: see [`crate::text::KB_START_BITS`]).
    pub starts: StartIndex,
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
            let undated = e.titles.iter().map(|t| (t, None));
            let dated = e.roles.iter().enumerate().flat_map(|(r, role)| role.names.iter().map(move |n| (n, Some(r))));
            for (t, role) in undated.chain(dated) {
                kb.by_title.entry(name_key(t)).or_default().push((i, role));
                kb.title_phrases.insert(t, ());
            }
            kb.by_iri.insert(e.iri.clone(), i);
            let mut e = e;
            e.keys = e.labels().iter().map(|l| name_key(l)).collect();
            kb.entries.push(e);
        }
        for v in kb.by_key.values_mut().chain(kb.by_surname.values_mut()) {
            v.dedup();
        }
        let [label_bit, title_bit] = crate::text::KB_START_BITS;
        kb.phrases.index_starts(label_bit, &mut kb.starts);
        kb.title_phrases.index_starts(title_bit, &mut kb.starts);
        Ok(kb)
    }

    /// The entry named at token `i` (longest label first), with its match. A person's
    /// one-word label inside another name is not the entry: a surname after another given
    /// name ("Ivanka Trump") is a relative, a surname that is also a given name before a
    /// capitalised word ("Jean-Pierre Farandou") is someone's first name.
    pub fn find<'a>(&'a self, toks: &[Tok], i: usize, clitics: &[String]) -> Option<PhraseMatch<'a, usize>> {
        let m = self.phrases.match_at(toks, i, clitics)?;
        let t = &toks[i];
        let bare = || t.fold.char_indices().nth(m.clitic).map_or("", |(b, _)| &t.fold[b..]);
        if m.len == 1 && !t.upper && self.acronyms.contains(bare()) {
            return None;
        }
        if m.len == 1 && self.entries[*m.value].kind == Some(AgentKind::Person) && inside_another_name(toks, i) {
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

    /// The holder of a job title on `date` (the article's), if exactly one entry holds it
    /// then: "the Commerce Secretary" is one person in 2024 and another in 2026, and nobody
    /// in an undated article when two have held it.
    pub fn by_title(&self, title: &str, date: Option<&str>) -> Option<&Entry> {
        let mut holders: Vec<(usize, Option<usize>)> = self
            .by_title
            .get(&name_key(title))
            .into_iter()
            .flatten()
            // An undated job title always counts; a dated role only when it was held.
            .filter(|(i, role)| role.is_none_or(|r| self.entries[*i].roles[r].held_on(date)))
            .map(|(i, role)| (*i, *role))
            .collect();
        holders.dedup_by_key(|(i, _)| *i);
        match holders.as_slice() {
            // In an undated article a role that has ended names nobody: the tables miss
            // holders, so it may have passed to someone they do not know.
            [(i, Some(r))] if date.is_none() && self.entries[*i].roles[*r].end.is_some() => None,
            [(i, _)] => Some(&self.entries[*i]),
            _ => None,
        }
    }

    /// Whether the tokens are exactly a title some entry holds (or held); matched on folded
    /// tokens, so the question costs no allocation (it is asked of every speaker phrase).
    pub fn is_title(&self, toks: &[Tok]) -> bool {
        self.title_phrases.match_at(toks, 0, &[]).is_some_and(|m| m.len == toks.len() && m.glued.is_none())
    }

    /// The entry with this IRI.
    pub fn by_iri(&self, iri: &str) -> Option<&Entry> {
        self.by_iri.get(iri).map(|&i| &self.entries[i])
    }

    /// The organisation an entry worked for on `date`, from its roles, when exactly one
    /// role with an organisation was held then.
    pub fn affiliation(&self, iri: &str, date: Option<&str>) -> Option<&Entry> {
        let e = self.by_iri(iri)?;
        let mut orgs = e.roles.iter().filter(|r| r.held_on(date)).filter_map(|r| r.org.as_deref());
        let first = orgs.next()?;
        if orgs.any(|o| o != first) {
            return None;
        }
        self.by_iri(first)
    }
}

fn literal_parts(t: &Term) -> Option<(String, Option<Lang>)> {
    match t {
        Term::Literal(l) => Some((l.value().to_string(), l.language().and_then(Lang::from_code))),
        _ => None,
    }
}

/// Reads a role node's properties (`schema:memberOf`, `schema:roleName`, dates).
fn read_role(role: &mut Role, p: oxigraph::model::NamedNodeRef<'_>, o: &Term) {
    match o {
        Term::NamedNode(n) if p == schema::MEMBER_OF => role.org = Some(n.as_str().to_string()),
        Term::Literal(l) if p == schema::ROLE_NAME => role.names.push(l.value().to_string()),
        Term::Literal(l) if p == schema::START_DATE => role.start = Some(l.value().to_string()),
        Term::Literal(l) if p == schema::END_DATE => role.end = Some(l.value().to_string()),
        _ => {}
    }
}

fn parse_into(entries: &mut IndexMap<String, Entry>, name: &str, text: &str) -> Result<()> {
    let parser = RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes());
    // Roles are nodes of their own (`schema:memberOf [ schema:memberOf org ; schema:roleName …
    // ]`, schema.org's Role pattern): collected by node, attached to their holder at the end.
    let mut roles: IndexMap<String, Role> = IndexMap::new();
    let mut holders: Vec<(String, String)> = Vec::new();
    for triple in parser {
        let q = triple.map_err(|e| Error::Input { path: name.into(), message: format!("invalid Turtle: {e}") })?;
        let p = q.predicate.as_ref();
        let s = match &q.subject {
            NamedOrBlankNode::NamedNode(s) => s.as_str().to_string(),
            NamedOrBlankNode::BlankNode(b) => format!("_:{}", b.as_str()),
        };
        if p == schema::MEMBER_OF {
            if let Term::BlankNode(b) = &q.object {
                holders.push((s, format!("_:{}", b.as_str())));
                continue;
            }
        }
        if s.starts_with("_:") {
            read_role(roles.entry(s).or_default(), p, &q.object);
            continue;
        }
        let NamedOrBlankNode::NamedNode(s) = &q.subject else { continue };
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
    for (holder, node) in holders {
        if let (Some(e), Some(role)) = (entries.get_mut(&holder), roles.get(&node)) {
            e.roles.push(role.clone());
        }
    }
    Ok(())
}

/// Whether the word at `i` is part of a longer personal name: after a given name, or a
/// given name itself before a capitalised word.
fn inside_another_name(toks: &[Tok], i: usize) -> bool {
    use crate::lang::given::is_given_name;
    let after_given = i > 0 && toks[i - 1].word && is_given_name(&toks[i - 1].fold);
    let before_name = toks.get(i + 1).is_some_and(|n| n.word && n.cap) && is_given_name(&toks[i].fold);
    after_given || before_name
}
