//! Names to identities: an acronym of an organisation the article named, a knowledge-base
//! label, a longer name earlier in the article, a knowledge-base surname, a short form of an
//! organisation named earlier, or a new identity derived from the normalised name.

use super::{with_resolution, Discourse, Resolved};
use crate::lang::Gender;
use crate::model::{Agent, AgentKind, Resolution};
use crate::normalize::name_key;
use crate::phrase::SpeakerMention;
use crate::text::{key_of, Tok};

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

/// Whether a normalised label ends with the word(s) of `key` ("gina raimondo" / "raimondo").
pub(super) fn ends_with_key(label: &str, key: &str) -> bool {
    label == key || label.strip_suffix(key).is_some_and(|head| head.ends_with(' '))
}

impl Discourse<'_> {
    pub(super) fn resolve_name(
        &self,
        toks: &[Tok],
        kind: Option<AgentKind>,
        org_kind: Option<String>,
        m: &SpeakerMention,
    ) -> Resolved {
        let name = m.text;
        let key = key_of(toks);
        // A longer name seen earlier in this article ("Raimondo" after "Gina Raimondo"); never
        // a group whose phrase holds it ("those who worked with Ms. Castell"), nor a person
        // of the other gender ("Mrs. Archer" is not "Tom Archer").
        let gender = self.person_gender(m);
        let same_gender = |a: &Agent| !matches!((gender, a.gender), (Gender::M, Gender::F) | (Gender::F, Gender::M));
        // A named person of the article, of a compatible gender, one of whose keys passes `fits`.
        let fits_person = |s: &super::Salient, fits: &dyn Fn(&str) -> bool| {
            s.agent.kind == AgentKind::Person
                && !s.agent.anonymous
                && same_gender(&s.agent)
                && s.person_keys.iter().any(|l| fits(l))
        };
        let person_with = |fits: &dyn Fn(&str) -> bool| self.recent().find(|s| fits_person(s, fits));
        let longer = |l: &str| l != key && ends_with_key(l, &key);
        // The latest person with a longer name, other than the one with id `except`.
        let namesake = |except: Option<&str>| {
            self.recent().filter(|s| except != Some(s.agent.id.as_str())).find(|s| fits_person(s, &longer))
        };
        // "the HSA" after "the Harbour Safety Agency (HSA)": the article's own acronym of an
        // organisation it named, before any table's.
        if let Some(s) = self.acronym_of_earlier(toks, m.pos) {
            let agent = with_resolution(s.agent.clone(), Resolution::Anaphor);
            return Resolved { agent, path: "organisation-acronym", antecedent: Some(s.pos) };
        }
        if let Some(e) = self.kb.by_label(name) {
            let known = e.agent(self.lang, Resolution::Label);
            // "Mr. Rubio" after "Luis Rubio", where the knowledge base's Rubio never
            // appears: a gendered honorific ("Senator" is none) and a surname name the
            // article's person. (This sentence's own mention of the name is noted already,
            // as the known person.)
            let absent = || !self.recent().any(|s| s.agent.id == known.id && s.pos < self.sentence_start);
            let honorific_surname = self.role_gender(m).is_some() && !key.contains(' ');
            if let Some(s) = namesake(Some(&known.id)).filter(|_| honorific_surname && absent()) {
                let agent = with_resolution(s.agent.clone(), Resolution::Surname);
                return Resolved { agent, path: "article-surname", antecedent: Some(s.pos) };
            }
            return Resolved::new(known, "kb-label");
        }
        if let Some(s) = namesake(None) {
            let agent = with_resolution(s.agent.clone(), Resolution::Surname);
            return Resolved { agent, path: "article-surname", antecedent: Some(s.pos) };
        }
        // "وأكد فيصل" after "فيصل حامد كمال", "Hillary" after "Hillary Stone": a given name
        // alone is the latest person of the article whose full name opens with it.
        if let [one] = toks {
            if crate::lang::given::is_given_name(&one.fold) {
                let first = format!("{key} ");
                if let Some(s) = person_with(&|l| l.starts_with(&first)) {
                    let agent = with_resolution(s.agent.clone(), Resolution::Surname);
                    return Resolved { agent, path: "article-given-name", antecedent: Some(s.pos) };
                }
            }
        }
        if let Some(e) = self.kb.by_surname(name) {
            return Resolved::new(e.agent(self.lang, Resolution::Surname), "kb-surname");
        }
        // A short form of an organisation named earlier ("le syndicat" → "syndicat des soignants");
        // or its name without its first words, two words at least ("الخارجية القطرية" after
        // "وزارة الخارجية القطرية", "Security Council" after "United Nations Security
        // Council"), unless those are a lower-case description ("conservative-leaning").
        if kind == Some(AgentKind::Organization) {
            let prefix = format!("{key} ");
            let cased = self.rules.raw.syntax.cased;
            let named_head = |a: &Agent| !cased || a.name.chars().next().is_some_and(char::is_uppercase);
            let short_form = |a: &Agent| {
                let n = name_key(&a.name);
                n.starts_with(&prefix) || (key.contains(' ') && longer(&n) && named_head(a))
            };
            if let Some(s) = self.recent().find(|s| s.agent.kind == AgentKind::Organization && short_form(&s.agent)) {
                let agent = with_resolution(s.agent.clone(), Resolution::Anaphor);
                return Resolved { agent, path: "organisation-short-form", antecedent: Some(s.pos) };
            }
        }
        // A titled name ("Me Bouyssié", "Dr Okafor") or a name of several words is a person.
        let titled = m.phrase.role.is_some();
        let kind = kind.unwrap_or(if titled || key.contains(' ') || matches!(m.verb, Gender::M) {
            AgentKind::Person
        } else {
            AgentKind::Organization
        });
        let agent = Agent {
            id: new_identity_iri(&self.base, kind, name),
            name: name.to_string(),
            kind,
            labels: vec![name.to_string()],
            resolution: Resolution::New,
            wikidata: None,
            gender: if kind == AgentKind::Person { self.person_gender(m) } else { Gender::N },
            org_kind,
            pref_labels: Vec::new(),
            anonymous: false,
        };
        Resolved::new(agent, "new-name")
    }

    /// A new person's gender: the verb's, else the first name's ("Patsy Wolfe"), else the
    /// title's ("Mrs.", "chairwoman"); what no clue shows stays open to "he" and "she". The
    /// first name goes before the title because a title's form is often the generic one
    /// ("chairman Ruth …", "Madame le maire"), while the table lists only given names that
    /// are overwhelmingly one gender's.
    fn person_gender(&self, m: &SpeakerMention) -> Gender {
        if matches!(m.verb, Gender::M | Gender::F) {
            return m.verb;
        }
        crate::lang::given::gender_of_name(m.text).or_else(|| self.role_gender(m)).unwrap_or(m.verb)
    }

    /// The gender a mention's title or honorific tells ("Mr.", "Senator" tells none).
    fn role_gender(&self, m: &SpeakerMention) -> Option<Gender> {
        let role = m.phrase.role.as_deref().unwrap_or(&[]);
        (0..role.len())
            .filter_map(|k| self.rules.titles.match_at(role, k, &[]).map(|t| *t.value))
            .find(|g| matches!(g, Gender::M | Gender::F))
    }

    /// The organisation named earlier in the article whose initials a one-word name in
    /// capitals spells ("DGAC" after "Direction générale de l'aviation civile").
    fn acronym_of_earlier(&self, toks: &[Tok], pos: usize) -> Option<&super::Salient> {
        let [one] = toks else { return None };
        if !one.upper || one.fold.chars().count() < 2 {
            return None;
        }
        self.recent().find(|s| {
            s.pos < pos
                && s.agent.kind == AgentKind::Organization
                && !s.agent.anonymous
                && s.agent.name.split_whitespace().count() >= 2
                && self.initials(&s.agent.name) == one.fold
        })
    }

    /// The first letters of a name's words, folded, leaving out its link words ("of the",
    /// "de la", "and") and an elided article ("l'aviation" gives "a").
    fn initials(&self, name: &str) -> String {
        let rules = self.rules;
        let link = |w: &str| {
            rules.prepositions.contains(w) || rules.articles.contains(w) || rules.coordinators.iter().any(|c| c == w)
        };
        name.split_whitespace()
            .map(|w| w.rsplit(['\'', '’']).next().unwrap_or(w))
            .map(crate::text::fold_word)
            .filter(|w| !w.is_empty() && !link(w))
            .filter_map(|w| w.chars().next())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_surname_ends_a_label_at_a_word_boundary() {
        assert!(ends_with_key("gina raimondo", "raimondo"));
        assert!(ends_with_key("raimondo", "raimondo"));
        assert!(!ends_with_key("gina raimondo", "mondo"));
    }
}
