//! Epithets: a definite article and a common noun that name again the person just named
//! ("Luc Tanguy a présenté son budget. L'édile a expliqué …", "said the 41-year-old").

use super::{with_resolution, Discourse, Resolved, Salient};
use crate::lang::Gender;
use crate::model::{AgentKind, Resolution};
use crate::phrase::SpeakerMention;
use crate::text::Tok;
use crate::tuning::reach;

impl Discourse<'_> {
    /// "Luc Tanguy a présenté son budget. L'édile a expliqué …", "the 54-year-old said": a
    /// definite article and one common noun name again the person named last, when that
    /// person is near and of a gender the article and the verb allow. A group, a source
    /// noun ("l'équipe", "the police") or a person further back is someone else.
    pub(super) fn epithet(&self, toks: &[Tok], m: &SpeakerMention) -> Option<Resolved> {
        let (article, noun, lower) = self.epithet_parts(toks, m.text)?;
        let syntax = &self.rules.raw.syntax;
        let shown = syntax.epithet_articles.iter().find(|a| a.form == article)?;
        let ending = syntax.epithet_endings.is_empty() || syntax.epithet_endings.iter().any(|e| e.ends(&noun.fold));
        if !noun.word || !lower || !ending || self.rules.may_be_plural_noun(&noun) || self.rules.is_source_noun(&noun) {
            return None;
        }
        let s = self.recent().find(|s| s.pos < m.pos && s.agent.kind == AgentKind::Person)?;
        let near = m.pos - s.pos <= reach::EPITHET;
        let fits = self.compatible(&s.agent, Gender::parse(&shown.gender)) && self.compatible(&s.agent, m.verb);
        // The ending of a limited epithet says it is a person ("the 41-year-old").
        let person = !syntax.epithet_endings.is_empty() || surely_person(s);
        if !near || !fits || !person || s.agent.anonymous || self.is_document(&s.agent) {
            return None;
        }
        let agent = with_resolution(s.agent.clone(), Resolution::Anaphor);
        Some(Resolved { agent, path: "unnamed:epithet", antecedent: Some(s.pos) })
    }

    /// The article, the noun and whether the noun is lower-case, of a speaker that is an
    /// article and one noun: two words ("le parlementaire"), or one with the article elided
    /// and glued to it ("l'édile", whose token is capitalised by the article alone).
    fn epithet_parts(&self, toks: &[Tok], text: &str) -> Option<(String, Tok, bool)> {
        match toks {
            [article, noun] => Some((article.fold.to_string(), noun.clone(), !noun.cap)),
            [glued] => {
                let clitic = self
                    .rules
                    .clitics
                    .iter()
                    .find(|c| glued.fold.len() > c.len() && glued.fold.starts_with(c.as_str()))?;
                let mut noun = glued.clone();
                noun.set_fold(&glued.fold[clitic.len()..]);
                let lower = text.chars().nth(clitic.chars().count()).is_some_and(char::is_lowercase);
                Some((clitic.clone(), noun, lower))
            }
            _ => None,
        }
    }
}

/// Whether a name is surely a person's: it shows a gender, comes with a role, or opens with
/// a known given name. Any other may be a place or a body taken for a person ("Harbour
/// Point"), which a common-noun epithet does not name again.
fn surely_person(s: &Salient) -> bool {
    let given =
        s.agent.labels.iter().any(|l| l.split_whitespace().next().is_some_and(crate::lang::given::is_given_name));
    matches!(s.agent.gender, Gender::M | Gender::F) || !s.role.is_empty() || given
}
