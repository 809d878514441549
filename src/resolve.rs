//! Mention → identity, within one article, with the article's discourse as context.
//!
//! A [`Discourse`] remembers, in text order, every speaker and every known entity mentioned
//! so far. Names resolve through the knowledge base (label, then surname), or through a
//! longer name seen earlier in the article ("Raimondo" → "Gina Raimondo"); pronouns and
//! subject-less verbs go to the latest compatible speaker; "the company" to the latest
//! company. Names in no table become new identities whose id is derived from the
//! normalised name, so they merge across articles when the names match.

use crate::extract::speaker::{Phrase, Who};
use crate::kb::Kb;
use crate::lang::{Gender, Lang, LangRules};
use crate::model::{Agent, AgentKind, Resolution};
use crate::normalize::name_key;
use crate::text::{key_of, slice, Tok};

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
}

/// What has been said and mentioned so far in one article.
pub struct Discourse<'a> {
    kb: &'a Kb,
    lang: Lang,
    rules: &'static LangRules,
    article_key: String,
    base: String,
    items: Vec<Salient>,
    sentence_start: usize,
    previous_sentence_start: usize,
    /// The article's date: a title resolves to whoever held it then.
    date: Option<String>,
}

/// The IRI of an identity found in no table: derived from its normalised name, under `base`.
pub fn new_identity_iri(base: &str, kind: AgentKind, name: &str) -> String {
    let key = name_key(name).replace(' ', "-");
    format!("{base}{}/{}", kind.name(), crate::iri::escape_segment(&key))
}

/// A new organisation identity found in text (not in any table).
pub fn new_organisation(base: &str, name: &str, org_kind: &str) -> Agent {
    Agent {
        id: new_identity_iri(base, AgentKind::Organization, name),
        name: name.to_string(),
        kind: AgentKind::Organization,
        labels: vec![name.to_string()],
        resolution: Resolution::New,
        wikidata: None,
        gender: Gender::N,
        org_kind: Some(org_kind.to_string()),
        pref_labels: Vec::new(),
        anonymous: false,
    }
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
            sentence_start: 0,
            previous_sentence_start: 0,
            date: article.date.clone(),
        }
    }

    /// Records a mention (or a speaker) at code point `pos`.
    pub fn note(&mut self, pos: usize, agent: Agent, speaker: bool) {
        self.insert(pos, agent, speaker, false);
    }

    /// Records the named subject of a sentence that reports nothing ("La ministre, Sophie
    /// Garnier, a appelé au calme."): the likeliest antecedent of "elle" in the next one.
    pub fn note_subject(&mut self, pos: usize, agent: Agent) {
        self.insert(pos, agent, false, true);
    }

    fn insert(&mut self, pos: usize, agent: Agent, speaker: bool, subject: bool) {
        let at = self.items.partition_point(|s| s.pos <= pos);
        let person_keys = if agent.kind != AgentKind::Person {
            std::sync::Arc::from([])
        } else if let Some(e) = self.kb.by_iri(&agent.id) {
            e.keys.clone()
        } else {
            agent.labels.iter().map(|l| name_key(l)).collect()
        };
        self.items.insert(at, Salient { pos, agent, speaker, subject, person_keys });
    }

    /// Marks where the sentence being read starts: a subject-less verb prefers an antecedent
    /// in its own sentence ("أعربت الشركة عن …، وقالت إنها …").
    pub fn start_sentence(&mut self, pos: usize) {
        self.previous_sentence_start = self.sentence_start;
        self.sentence_start = pos;
    }

    /// The most recent items, newest first: antecedents are looked for this far back only,
    /// which keeps resolution linear on very long articles.
    fn recent(&self) -> impl Iterator<Item = &Salient> {
        self.items.iter().rev().take(400)
    }

    /// The latest speaker before `pos` (for continuation quotes).
    pub fn last_speaker(&self, pos: usize) -> Option<Agent> {
        self.recent().find(|s| s.pos < pos && s.speaker).map(|s| s.agent.clone())
    }

    /// Resolves a speaker phrase found at `pos`; `verb` is the gender the cue verb shows and
    /// `continuation` whether the verb continues the previous speaker ("added").
    /// `incise` = the pronoun is inverted after a quote ("« … », a-t-elle ajouté").
    #[allow(clippy::too_many_arguments)]
    pub fn resolve(
        &mut self,
        phrase: &Phrase,
        pos: usize,
        verb: Gender,
        continuation: bool,
        chars: &[char],
        phrase_text: &str,
        incise: bool,
    ) -> Option<Agent> {
        match &phrase.who {
            Who::Name { toks, kind, org_kind } => Some(self.resolve_name(toks, *kind, org_kind.clone(), verb, chars)),
            Who::Anaphor(i, _) => {
                let a = &self.rules.raw.anaphors[*i];
                let want_person = a.kind == "person";
                let refers = a.refers.clone();
                self.latest(pos, true, |x| {
                    if want_person {
                        x.kind == AgentKind::Person
                    } else {
                        x.kind == AgentKind::Organization
                            && (refers.is_empty() || x.org_kind.as_ref().is_some_and(|k| refers.contains(k)))
                    }
                })
                .or_else(|| {
                    if want_person {
                        None
                    } else {
                        self.latest(pos, true, |x| x.kind == AgentKind::Organization && x.org_kind.is_none())
                    }
                })
                .map(|x| with_resolution(x, Resolution::Anaphor))
                .or_else(|| {
                    Some(self.unnamed(
                        phrase_text,
                        if want_person { AgentKind::Person } else { AgentKind::Organization },
                        verb,
                        pos,
                    ))
                })
            }
            Who::Pronoun(g) => {
                // An inverted "elle"/"il" after a quote is the latest person quoted, even if an
                // organisation spoke in between ("Selon l'agence, … « … », a-t-elle ajouté").
                let explicit = incise && matches!(g, Gender::M | Gender::F) && self.lang != Lang::Ar;
                let person = explicit
                    .then(|| {
                        self.items
                            .iter()
                            .rev()
                            .find(|s| {
                                s.pos < pos
                                    && s.pos + 600 >= pos
                                    && s.speaker
                                    && s.agent.kind == AgentKind::Person
                                    && compatible(&s.agent, *g, self.lang)
                            })
                            .map(|s| with_resolution(s.agent.clone(), Resolution::Pronoun))
                    })
                    .flatten();
                person.or_else(|| self.by_gender(pos, merge_gender(*g, verb), continuation))
            }
            Who::Anonymous(toks) => {
                // A bare family name the tables do not know ("العلي") after its full name.
                let key = crate::text::key_of(toks);
                if !key.contains(' ') {
                    if let Some(s) = self.recent().find(|s| {
                        s.pos < pos
                            && s.agent.kind == AgentKind::Person
                            && !s.agent.anonymous
                            && s.person_keys.iter().any(|l| ends_with_key(l, &key) && *l != key)
                    }) {
                        return Some(with_resolution(s.agent.clone(), Resolution::Surname));
                    }
                }
                Some(self.unnamed(&toks_text(toks, chars), AgentKind::Person, verb, pos))
            }
            Who::Title(toks) => {
                let title = toks_text(toks, chars);
                if let Some(e) = self.kb.by_title(&title, self.date.as_deref()) {
                    return Some(e.agent(self.lang, Resolution::Title));
                }
                // A title nobody in the tables holds ("Algeria's energy minister"): an
                // unnamed speaker known by that title, local to the article.
                Some(self.unnamed(&title, AgentKind::Person, verb, pos))
            }
        }
    }

    /// A speaker the article does not name ("a source", or "the newspaper" with no
    /// antecedent): an identity local to this article, never merged with another.
    fn unnamed(&mut self, name: &str, kind: AgentKind, verb: Gender, pos: usize) -> Agent {
        Agent {
            id: format!("{}anonymous/{}-{pos}", self.base, self.article_key),
            name: name.to_string(),
            kind,
            labels: vec![name.to_string()],
            resolution: Resolution::Anonymous,
            wikidata: None,
            gender: verb,
            org_kind: None,
            pref_labels: Vec::new(),
            anonymous: true,
        }
    }

    fn resolve_name(
        &self,
        toks: &[Tok],
        kind: Option<AgentKind>,
        org_kind: Option<String>,
        verb: Gender,
        chars: &[char],
    ) -> Agent {
        let name = toks_text(toks, chars);
        let key = key_of(toks);
        if let Some(e) = self.kb.by_label(&name) {
            return e.agent(self.lang, Resolution::Label);
        }
        // A longer name seen earlier in this article ("Raimondo" after "Gina Raimondo").
        if let Some(s) = self.recent().find(|s| {
            s.agent.kind == AgentKind::Person && s.person_keys.iter().any(|l| *l != key && ends_with_key(l, &key))
        }) {
            return with_resolution(s.agent.clone(), Resolution::Surname);
        }
        if let Some(e) = self.kb.by_surname(&name) {
            return e.agent(self.lang, Resolution::Surname);
        }
        // A short form of an organisation named earlier ("le syndicat" → "syndicat des soignants").
        if kind == Some(AgentKind::Organization) {
            if let Some(s) = self.recent().find(|s| {
                s.agent.kind == AgentKind::Organization && name_key(&s.agent.name).starts_with(&format!("{key} "))
            }) {
                return with_resolution(s.agent.clone(), Resolution::Anaphor);
            }
        }
        let kind = kind.unwrap_or(if key.contains(' ') || matches!(verb, Gender::M) {
            AgentKind::Person
        } else {
            AgentKind::Organization
        });
        Agent {
            id: new_identity_iri(&self.base, kind, &name),
            name: name.clone(),
            kind,
            labels: vec![name],
            resolution: Resolution::New,
            wikidata: None,
            gender: if kind == AgentKind::Person { verb } else { Gender::N },
            org_kind,
            pref_labels: Vec::new(),
            anonymous: false,
        }
    }

    fn latest(&self, pos: usize, speakers_first: bool, ok: impl Fn(&Agent) -> bool) -> Option<Agent> {
        let before = || self.recent().filter(|s| s.pos < pos);
        if speakers_first {
            if let Some(s) = before().find(|s| s.speaker && ok(&s.agent)) {
                // Prefer a speaker unless a compatible mention is much more recent.
                if let Some(m) = before().find(|s| ok(&s.agent)) {
                    if m.pos > s.pos + 400 {
                        return Some(m.agent.clone());
                    }
                }
                return Some(s.agent.clone());
            }
        }
        before().find(|s| ok(&s.agent)).map(|s| s.agent.clone())
    }

    fn by_gender(&self, pos: usize, g: Gender, continuation: bool) -> Option<Agent> {
        let lang = self.lang;
        let ok = move |a: &Agent| compatible(a, g, lang);
        // The subject of a coordinated verb in the same sentence; else a recent speaker; else,
        // for he/she, the latest person; else anything compatible.
        let in_sentence = |speaker: bool| {
            self.items
                .iter()
                .rev()
                .find(|s| s.pos < pos && s.pos >= self.sentence_start && s.speaker == speaker && ok(&s.agent))
                .map(|s| s.agent.clone())
        };
        // A speaker already quoted in this sentence, then anyone mentioned in it.
        let same_sentence = in_sentence(true).or_else(|| in_sentence(false));
        let recent_speaker = self
            .items
            .iter()
            .rev()
            .find(|s| s.pos < pos && s.speaker && ok(&s.agent))
            .filter(|s| continuation || s.pos + 400 >= pos)
            .map(|s| s.agent.clone());
        let person = || {
            (matches!(g, Gender::M | Gender::F))
                .then(|| self.latest(pos, false, |a| a.kind == AgentKind::Person && ok(a)))
                .flatten()
        };
        // "… a appelé au calme. Elle a estimé que …": in French and English, a he/she opening a
        // sentence is the person who was the subject of the previous one, if that is more
        // recent than the last speaker.
        let previous_subject = (lang != Lang::Ar && matches!(g, Gender::M | Gender::F))
            .then(|| {
                self.items.iter().rev().find(|s| {
                    s.subject
                        && s.agent.kind == AgentKind::Person
                        && s.pos >= self.previous_sentence_start
                        && s.pos < self.sentence_start
                        && ok(&s.agent)
                })
            })
            .flatten()
            .filter(|s| {
                let last_speaker = self.items.iter().rev().find(|x| x.pos < pos && x.speaker);
                last_speaker.is_none_or(|x| x.pos < s.pos)
            })
            .map(|s| s.agent.clone());
        let found = same_sentence
            .or(previous_subject)
            .or(recent_speaker)
            .or_else(person)
            .or_else(|| self.latest(pos, false, ok));
        found.map(|a| with_resolution(a, if continuation { Resolution::Continuation } else { Resolution::Pronoun }))
    }
}

fn ends_with_key(label: &str, key: &str) -> bool {
    label == key || label.ends_with(&format!(" {key}"))
}

fn merge_gender(pronoun: Gender, verb: Gender) -> Gender {
    if pronoun == Gender::Any {
        verb
    } else {
        pronoun
    }
}

/// Whether an agent can be the subject of a form of gender `g` in `lang`.
fn compatible(a: &Agent, g: Gender, lang: Lang) -> bool {
    match (a.kind, g) {
        (AgentKind::Place | AgentKind::Thing, _) => false,
        (_, Gender::Any) => true,
        (AgentKind::Person, Gender::M | Gender::F) => a.gender == g || a.gender == Gender::Any,
        (AgentKind::Person, _) => false,
        // Arabic organisations are grammatically feminine (الشركة، الوزارة) or masculine
        // (الكرملين); French ones take il or elle by their noun; English ones are "it"/"they".
        (AgentKind::Organization, Gender::M | Gender::F) => lang != Lang::En,
        (AgentKind::Organization, Gender::N | Gender::Pl) => true,
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
