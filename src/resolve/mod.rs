//! Mention → identity, within one article, with the article's discourse as context.
//!
//! A [`Discourse`] remembers, in text order, every speaker and every known entity mentioned
//! so far. Names resolve through the knowledge base (label, then surname), or through a
//! longer name seen earlier in the article ("Raimondo" → "Gina Raimondo"); pronouns and
//! subject-less verbs go to the latest compatible speaker; "the company" to the latest
//! company. Names in no table become new identities whose id is derived from the
//! normalised name, so they merge across articles when the names match.
//!
//! Every resolution says which path it took ([`Resolved::path`]) and, when it went to an
//! earlier mention, where that was: the trace shows both.

mod epithet;
mod names;
mod reference;

pub use names::{new_identity_iri, new_organisation};

use crate::kb::Kb;
use crate::lang::{Gender, Lang, LangRules};
use crate::model::{Agent, AgentKind, Resolution};
use crate::normalize::name_key;
use crate::phrase::{SpeakerMention, Who};
use crate::text::{slice, Tok};
use crate::tuning::reach;

#[derive(Debug, Clone)]
struct Salient {
    pos: usize,
    agent: Agent,
    speaker: bool,
    /// The named subject of a sentence that reported nothing.
    subject: bool,
    /// Normalised labels of a person, for surname matching: shared with the knowledge base
    /// for its entries (computed once at load), computed here for names found in text.
    person_keys: std::sync::Arc<[String]>,
    /// The words of the role the article gives this person here ("RBI Governor"), folded
    /// and without articles: what a later title alone ("the Governor") refers back to.
    role: Vec<String>,
    /// The words of the document a speaker was reported through ("said in a statement"):
    /// a later "the statement", not "la déclaration" after "un communiqué", refers back.
    issued: Vec<String>,
    /// The code points this speaker's statement covers: a subject inside them was reported
    /// ("Le ministre a annoncé …, rapporte Radio Nord"), and stays the likelier "il" after.
    reported: Option<(usize, usize)>,
}

/// A resolved speaker and how it was reached.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The identity.
    pub agent: Agent,
    /// The path taken ("kb-label", "pronoun:recent-speaker" …), for the trace.
    pub path: &'static str,
    /// Where the antecedent was mentioned (code point), when the path went back to one.
    pub antecedent: Option<usize>,
}

impl Resolved {
    fn new(agent: Agent, path: &'static str) -> Resolved {
        Resolved { agent, path, antecedent: None }
    }
}

/// What has been said and mentioned so far in one article.
pub struct Discourse<'a> {
    kb: &'a Kb,
    lang: Lang,
    rules: &'static LangRules,
    article_key: String,
    base: String,
    items: Vec<Salient>,
    /// Organisations unnamed speakers work at ("analysts at Morrow & Finch"), by position:
    /// antecedents of a later "the firm" only, kept apart so that no pronoun goes to them.
    employers: Vec<(usize, Agent)>,
    sentence_start: usize,
    /// Where the sentence's main clause starts, after an opening adjunct.
    clause_start: usize,
    previous_sentence_start: usize,
    /// The article's date: a title resolves to whoever held it then.
    date: Option<String>,
    /// The role words of each known person's titles, by IRI, made once per article (a
    /// title alone is compared with every recent person's).
    title_words: std::cell::RefCell<rustc_hash::FxHashMap<String, std::rc::Rc<[Vec<String>]>>>,
}

impl<'a> Discourse<'a> {
    /// A fresh discourse for an article: its language, its id (which keeps unnamed speakers
    /// local to it) and the IRI base of new identities.
    pub fn new(kb: &'a Kb, article: &crate::article::Article) -> Self {
        Discourse {
            kb,
            lang: article.lang,
            rules: article.lang.rules(),
            article_key: article.id.clone(),
            base: article.base.clone(),
            items: Vec::new(),
            employers: Vec::new(),
            sentence_start: 0,
            clause_start: 0,
            previous_sentence_start: 0,
            date: article.date.clone(),
            title_words: Default::default(),
        }
    }

    /// Records a mention (or a speaker) at code point `pos`, with the role the article gives
    /// it there, if any.
    pub fn note(&mut self, pos: usize, agent: Agent, speaker: bool, role: Option<&str>) {
        self.insert(pos, agent, speaker, false, role);
    }

    /// Records the organisation an unnamed speaker works at, noted at `pos`.
    pub fn note_employer(&mut self, pos: usize, agent: Agent) {
        let at = self.employers.partition_point(|(p, _)| *p <= pos);
        self.employers.insert(at, (pos, agent));
    }

    /// Records the named subject of a sentence that reports nothing ("La ministre, Sophie
    /// Garnier, a appelé au calme."): the likeliest antecedent of "elle" in the next one.
    pub fn note_subject(&mut self, pos: usize, agent: Agent, role: Option<&str>) {
        self.insert(pos, agent, false, true, role);
    }

    /// Marks the speaker or subject recorded at `pos` as one who spoke through `document`
    /// ("statement", "بيان").
    pub fn mark_issuer(&mut self, pos: usize, document: &str) {
        let words = self.rules.role_words(document);
        if let Some(s) = self.items.iter_mut().rev().find(|s| s.pos == pos) {
            s.issued = words;
        }
    }

    /// Records what the speaker recorded at `pos` said: the code points `start..end`.
    pub fn mark_reported(&mut self, pos: usize, start: usize, end: usize) {
        if let Some(s) = self.items.iter_mut().rev().find(|s| s.pos == pos && s.speaker) {
            s.reported = Some((start, end));
        }
    }

    fn insert(&mut self, pos: usize, agent: Agent, speaker: bool, subject: bool, role: Option<&str>) {
        let mut role = role.map(|r| self.rules.role_words(r)).unwrap_or_default();
        let at = self.items.partition_point(|s| s.pos <= pos);
        // "الخبير الاقتصادي هاني توفيق … لكنه حذر …": a later mention without a role keeps the
        // role the article gave, so "الوزير" after it is not taken for the economist.
        // The latest item of the agent already carries the role it inherited.
        if role.is_empty() {
            if let Some(known) = self.items[..at].iter().rev().find(|s| s.agent.id == agent.id) {
                role.clone_from(&known.role);
            }
        }
        let person_keys = if agent.kind != AgentKind::Person {
            std::sync::Arc::from([])
        } else if let Some(e) = self.kb.by_iri(&agent.id) {
            e.keys.clone()
        } else {
            agent.labels.iter().map(|l| name_key(l)).collect()
        };
        self.items.insert(
            at,
            Salient { pos, agent, speaker, subject, person_keys, role, issued: Vec::new(), reported: None },
        );
    }

    /// How many mentions the discourse holds: a point to [`Discourse::rewind`] to.
    pub fn checkpoint(&self) -> usize {
        self.items.len()
    }

    /// Forgets every mention recorded since `checkpoint`, when a sentence was read only to
    /// learn who it names (a headline's speaker is an antecedent, not a speaker).
    pub fn rewind(&mut self, checkpoint: usize) {
        self.items.truncate(checkpoint);
    }

    /// Marks where the sentence being read starts: a subject-less verb prefers an antecedent
    /// in its own sentence ("أعربت الشركة عن …، وقالت إنها …").
    pub fn start_sentence(&mut self, pos: usize) {
        self.previous_sentence_start = self.sentence_start;
        self.sentence_start = pos;
        self.clause_start = pos;
    }

    /// Marks where the sentence's main clause starts, after an opening adjunct ("Dans une
    /// interview à Radio Nord, il a annoncé …"): a name inside the adjunct is no antecedent
    /// of a pronoun in the clause.
    pub fn start_clause(&mut self, pos: usize) {
        self.clause_start = pos;
    }

    /// The most recent items, newest first: antecedents are looked for this far back only,
    /// which keeps resolution linear on very long articles.
    fn recent(&self) -> impl Iterator<Item = &Salient> {
        self.items.iter().rev().take(reach::RECENT_ITEMS)
    }

    /// Whether someone already spoke in the current sentence before `pos`.
    pub fn spoke_in_sentence(&self, pos: usize) -> bool {
        self.items.iter().rev().take_while(|s| s.pos >= self.sentence_start).any(|s| s.speaker && s.pos < pos)
    }

    /// The latest named person before `pos` whose full name ends with the one-word `key`
    /// and is longer ("العلي" after "كريم العلي"): whom a bare family name stands for.
    fn bearer_of_family_name(&self, key: &str, pos: usize) -> Option<&Salient> {
        self.recent().find(|s| {
            s.pos < pos
                && s.agent.kind == AgentKind::Person
                && !s.agent.anonymous
                && s.person_keys.iter().any(|l| names::ends_with_key(l, key) && *l != key)
        })
    }

    /// Whether the one word `toks` is the family name of a person the article named in full
    /// before `pos`: a subject, though the tables know no such name ("وعلق الحداد قائلا").
    pub fn is_family_name_before(&self, toks: &[Tok], pos: usize) -> bool {
        let key = crate::text::key_of(toks);
        !key.contains(' ') && self.bearer_of_family_name(&key, pos).is_some()
    }

    /// The latest speaker before `pos` (for continuation quotes).
    pub fn last_speaker(&self, pos: usize) -> Option<Agent> {
        self.recent().find(|s| s.pos < pos && s.speaker).map(|s| s.agent.clone())
    }

    /// Resolves a speaker phrase to an identity, saying how.
    pub fn resolve(&mut self, m: &SpeakerMention) -> Option<Resolved> {
        match &m.phrase.who {
            Who::Name { toks, kind, org_kind } => Some(self.resolve_name(toks, *kind, org_kind.clone(), m)),
            Who::Anaphor(i, _) => Some(self.anaphor(*i, m)),
            Who::Pronoun(g) => self.pronoun(*g, m),
            Who::Anonymous(toks) => Some(self.anonymous(toks, m)),
            Who::Title(_) => {
                // The article's own naming of the role first: it knows who held it then.
                if let Some(r) = self.by_role(m) {
                    return Some(r);
                }
                if let Some(e) = self.kb.by_title(m.text, self.date.as_deref()) {
                    return Some(Resolved::new(e.agent(self.lang, Resolution::Title), "title:kb-holder"));
                }
                if let Some(r) = self.article_kb_holder(m) {
                    return Some(r);
                }
                // A title nobody in the tables holds ("Algeria's energy minister"): an
                // unnamed speaker known by that title, local to the article.
                Some(Resolved::new(self.unnamed(m.text, AgentKind::Person, m), "title:unnamed"))
            }
        }
    }

    /// "the Governor", "رئيسة الصندوق": the latest person the article gave that role, by its
    /// words (every word of the title but one at most, the title's head included).
    fn by_role(&self, m: &SpeakerMention) -> Option<Resolved> {
        let written_title = self.rules.role_words(m.text);
        if written_title.is_empty() {
            return None;
        }
        // "le chef du gouvernement" after "le Premier ministre X": the title it stands for,
        // every word of which must match.
        // Otherwise every word but one must match; an article counts among the words (a
        // phrase of three needs two matches) though it never matches one.
        let (title, need) = match self.rules.title_meaning(&written_title) {
            Some(means) => (means.to_vec(), means.len()),
            None => {
                let written = name_key(m.text).split(' ').filter(|w| w.chars().count() > 2).count();
                let need = written.max(written_title.len()).saturating_sub(1).max(1);
                (written_title, need)
            }
        };
        let s = self.recent().find(|s| {
            s.pos < m.pos
                && s.agent.kind == AgentKind::Person
                && !s.role.is_empty()
                && title.iter().filter(|w| s.role.contains(w)).count() >= need
                && !self.other_office(&title, &s.role)
                && !distinct_offices(&title, &s.role)
                && self.compatible(&s.agent, m.verb)
        })?;
        let agent = with_resolution(s.agent.clone(), Resolution::Title);
        Some(Resolved { agent, path: "title:article-role", antecedent: Some(s.pos) })
    }

    /// "le président de la République" after "Emmanuel Macron": the latest person the
    /// article named whose known titles hold every word of this one, words that only name
    /// the country aside ("président français" holds "président").
    fn article_kb_holder(&self, m: &SpeakerMention) -> Option<Resolved> {
        let national = &self.rules.national_words;
        let written = self.rules.role_words(m.text);
        // "le chef de l'État": the title it stands for.
        let words = match self.rules.title_meaning(&written) {
            Some(means) => means.to_vec(),
            None => written,
        };
        let words: Vec<String> = words.into_iter().filter(|w| !national.contains(w)).collect();
        if words.is_empty() {
            return None;
        }
        let holds = |e: &crate::kb::Entry| {
            let known = self.known_title_words(e);
            known.iter().any(|known| words.iter().all(|w| known.contains(w)))
        };
        let s = self.recent().find(|s| {
            s.pos < m.pos
                && s.agent.kind == AgentKind::Person
                && self.compatible(&s.agent, m.verb)
                && self.kb.by_iri(&s.agent.id).is_some_and(holds)
        })?;
        let agent = with_resolution(s.agent.clone(), Resolution::Title);
        Some(Resolved { agent, path: "title:article-kb-holder", antecedent: Some(s.pos) })
    }

    /// The role words of each title a known person holds on the article's date.
    fn known_title_words(&self, e: &crate::kb::Entry) -> std::rc::Rc<[Vec<String>]> {
        if let Some(known) = self.title_words.borrow().get(&e.iri) {
            return known.clone();
        }
        let held = e.roles.iter().filter(|r| r.held_on(self.date.as_deref())).flat_map(|r| &r.names);
        let known: std::rc::Rc<[Vec<String>]> = e.titles.iter().chain(held).map(|t| self.rules.role_words(t)).collect();
        self.title_words.borrow_mut().insert(e.iri.clone(), known.clone());
        known
    }

    /// Whether an untitled phrase names the role `r` found for it by its head: the role's
    /// first word ("la journaliste" for "journaliste de Radio 4"), not a word of its
    /// complement ("the state" is not "Secretary of State"). A title in the phrase suffices.
    fn heads_role(&self, toks: &[Tok], r: &Resolved) -> bool {
        let rules = self.rules;
        if (0..toks.len()).any(|k| rules.titles.match_at(toks, k, &rules.clitics).is_some()) {
            return true;
        }
        let head = toks.iter().rev().find(|t| t.word).map(|t| self.rules.role_words(&t.fold));
        let first = r
            .antecedent
            .and_then(|pos| self.items.iter().find(|s| s.pos == pos && !s.role.is_empty()))
            .and_then(|s| s.role.first());
        matches!((head.as_deref(), first), (Some([h]), Some(f)) if h == f)
    }

    /// Whether `role` is another office than `title` though it holds its words: a modifier
    /// right before the title's word ("the president" is not the person the article called
    /// "Vice President"), unless the title has it too ("the former president").
    pub(super) fn other_office(&self, title: &[String], role: &[String]) -> bool {
        role.iter().enumerate().any(|(k, w)| {
            k > 0
                && title.contains(w)
                && !title.contains(&role[k - 1])
                && self.rules.role_modifiers.contains(&role[k - 1])
        })
    }

    /// A bare family name the tables do not know ("العلي") after its full name; a definite
    /// description the article gave someone as a role ("la journaliste" after "la
    /// journaliste de Radio 4 Julie Marchal"); otherwise an unnamed source.
    fn anonymous(&self, toks: &[Tok], m: &SpeakerMention) -> Resolved {
        let rules = self.rules;
        let definite =
            rules.is_article(toks, 0) && !toks.first().is_some_and(|t| rules.indefinites.contains(t.fold.as_str()));
        if let Some(r) = definite.then(|| self.by_role(m)).flatten().filter(|r| self.heads_role(toks, r)) {
            return r;
        }
        let key = crate::text::key_of(toks);
        if !key.contains(' ') {
            if let Some(s) = self.bearer_of_family_name(&key, m.pos) {
                let agent = with_resolution(s.agent.clone(), Resolution::Surname);
                return Resolved { agent, path: "unnamed:article-surname", antecedent: Some(s.pos) };
            }
        }
        if let Some(r) = self.epithet(toks, m) {
            return r;
        }
        // "a majority of residents", "administration officials", "les grévistes": a group is
        // no "he" or "she".
        let mut agent = self.unnamed(m.text, AgentKind::Person, m);
        let plural_noun = toks.iter().rev().find(|t| t.word).is_some_and(|t| rules.may_be_plural_noun(t));
        let plural_determiner = toks.first().is_some_and(|t| rules.plural_determiners.contains(t.fold.as_str()));
        if plural_noun || plural_determiner {
            agent.gender = Gender::Pl;
        } else if !rules.raw.syntax.gendered_organisations && self.is_document(&agent) {
            // "The report said … It also warned …": where things are "it", a document is.
            agent.gender = Gender::N;
        }
        Resolved::new(agent, "unnamed")
    }

    /// A speaker the article does not name ("a source", or "the newspaper" with no
    /// antecedent): an identity local to this article, never merged with another.
    fn unnamed(&self, name: &str, kind: AgentKind, m: &SpeakerMention) -> Agent {
        Agent {
            id: format!("{}anonymous/{}-{}", self.base, self.article_key, m.pos),
            name: name.to_string(),
            kind,
            labels: vec![name.to_string()],
            resolution: Resolution::Anonymous,
            wikidata: None,
            gender: m.verb,
            org_kind: None,
            pref_labels: Vec::new(),
            anonymous: true,
        }
    }
}

fn with_resolution(mut a: Agent, how: Resolution) -> Agent {
    a.resolution = how;
    a
}

/// The original text of a run of tokens.
pub fn toks_text(toks: &[Tok], chars: &[char]) -> String {
    match (toks.first(), toks.last()) {
        (Some(f), Some(l)) => slice(chars, f.start, l.end),
        _ => String::new(),
    }
}

/// "le Premier ministre" after "le ministre de l'Économie", "the Secretary of Defense" after
/// "the Secretary of State": each has a word the other lacks, so they name two offices
/// sharing a head. A title whose every word is in the role ("the minister"), or a role
/// whose every word is in the title ("the French finance minister" after "finance
/// minister"), may still be the same person.
fn distinct_offices(title: &[String], role: &[String]) -> bool {
    title.iter().any(|w| !role.contains(w)) && role.iter().any(|w| !title.contains(w))
}
