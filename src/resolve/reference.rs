//! Phrases that refer back: anaphors ("the company", "الوزارة") and pronouns or dropped
//! subjects, resolved to an earlier speaker or mention by kind, gender and recency.

use super::{with_resolution, Discourse, Resolved, Salient};
use crate::lang::Gender;
use crate::model::{Agent, AgentKind, Resolution};
use crate::phrase::SpeakerMention;
use crate::text::Tok;
use crate::tuning::reach;

impl Discourse<'_> {
    /// "the company" → the latest company (a speaker first); "the spokesman" → the latest
    /// person; nothing compatible → an unnamed speaker known by the phrase.
    pub(super) fn anaphor(&self, index: usize, m: &SpeakerMention) -> Resolved {
        let a = &self.rules.anaphor_rules[index];
        if let Some(g) = a.latter {
            return self.latter(g, m);
        }
        if a.issued {
            let document = self.rules.role_words(m.text);
            if let Some(s) = self.recent().find(|s| s.pos < m.pos && !document.is_empty() && s.issued == document) {
                let agent = with_resolution(s.agent.clone(), Resolution::Anaphor);
                return Resolved { agent, path: "anaphor:issuer", antecedent: Some(s.pos) };
            }
        }
        let want_person = a.person;
        let head = if a.same_head { m.phrase.who.toks().and_then(|t| self.org_head(t)) } else { None };
        let words = self.rules.role_words(m.text);
        // An unnamed source or body is named again only by its own noun: "the company" is
        // not "the ministry" an earlier sentence quoted, "the official" not "a diplomat".
        let unnamed_other = |x: &Agent| {
            x.anonymous && {
                let named = self.rules.role_words(&x.name);
                !words.iter().any(|w| named.contains(w))
            }
        };
        let fits = |x: &Agent| {
            if want_person {
                // Every person anaphor is singular ("the official"): a group ("Experts")
                // is none of its antecedents.
                x.kind == AgentKind::Person
                    && x.gender != Gender::Pl
                    && self.compatible(x, a.gender)
                    && !self.is_document(x)
            } else {
                // An unnamed body fits by its noun alone ("the company" … "the company").
                let by_kind = || {
                    (a.refers.is_empty() || x.org_kind.as_ref().is_some_and(|k| a.refers.contains(k)))
                        && head.as_ref().is_none_or(|h| self.has_head(x, h))
                };
                x.kind == AgentKind::Organization && if x.anonymous { !unnamed_other(x) } else { by_kind() }
            }
        };
        // "la porte-parole" after "Claire Dumont, porte-parole de la préfecture": the person the
        // article gave this role, before whoever spoke last.
        if want_person {
            if let Some(r) = self.by_role(m).filter(|r| self.compatible(&r.agent, a.gender)) {
                let agent = with_resolution(r.agent, Resolution::Anaphor);
                return Resolved { agent, path: "anaphor:article-role", antecedent: r.antecedent };
            }
        }
        // "Brantley Capital raised its forecast. The bank said …", "Analysts at Morrow & Finch
        // said …. The firm warned …": an organisation that is the subject (or the employer
        // of the speaker) of a sentence after the latest fitting speaker is in focus, of
        // a fitting kind or of none.
        let in_focus = |x: &Agent| fits(x) || (!a.same_head && x.org_kind.is_none() && !unnamed_other(x));
        let focused = (!want_person).then(|| self.focused_organisation(m.pos, &fits, &in_focus)).flatten();
        if let Some((agent, pos)) = focused {
            let agent = with_resolution(agent, Resolution::Anaphor);
            return Resolved { agent, path: "anaphor:focus", antecedent: Some(pos) };
        }
        // "la préfecture" names its own kind of body: no organisation of unknown kind (a
        // union, a party) stands in for it.
        let found = self.latest(m.pos, true, fits).map(|s| (s, "anaphor:antecedent")).or_else(|| {
            (!want_person && !a.same_head)
                .then(|| {
                    self.latest(m.pos, true, |x| {
                        x.kind == AgentKind::Organization && x.org_kind.is_none() && !unnamed_other(x)
                    })
                })
                .flatten()
                .map(|s| (s, "anaphor:organisation-of-unknown-kind"))
        });
        // "Le ministre" is not the person the article called "la maire": a person given
        // another role here is no antecedent of a title-like anaphor; the latest person given
        // this role is, else an unnamed one speaks.
        // Only an office conflicts; "la juge", "the envoy" name no office of their own.
        let office =
            m.phrase.who.toks().is_some_and(|t| (0..t.len()).any(|k| self.rules.titles.match_at(t, k, &[]).is_some()));
        let other_role = |role: &[String]| !words.iter().any(|w| role.contains(w)) || self.other_office(&words, role);
        let conflict = |s: &Salient| {
            want_person
                && (unnamed_other(&s.agent)
                    || office
                        && if s.role.is_empty() {
                            self.holds_no_such_role(&s.agent, &other_role)
                        } else {
                            other_role(&s.role)
                        })
        };
        let found = found.filter(|(s, _)| !conflict(s));
        match found {
            Some((s, path)) => {
                Resolved { agent: with_resolution(s.agent.clone(), Resolution::Anaphor), path, antecedent: Some(s.pos) }
            }
            None => {
                let kind = if want_person { AgentKind::Person } else { AgentKind::Organization };
                Resolved::new(self.unnamed(m.text, kind, m), "anaphor:unnamed")
            }
        }
    }

    /// "Ce dernier a affirmé …": the person mentioned last, speaker or not; one whose
    /// gender is known to be `g` before one whose gender is unknown.
    fn latter(&self, g: Gender, m: &SpeakerMention) -> Resolved {
        let person = |s: &&Salient, exact: bool| {
            s.pos < m.pos
                && s.agent.kind == AgentKind::Person
                && if exact { s.agent.gender == g } else { self.compatible(&s.agent, g) }
        };
        let gendered = matches!(g, Gender::M | Gender::F);
        let found = self.recent().find(|s| person(s, gendered)).or_else(|| self.recent().find(|s| person(s, false)));
        match found {
            Some(s) => Resolved {
                agent: with_resolution(s.agent.clone(), Resolution::Anaphor),
                path: "anaphor:latter",
                antecedent: Some(s.pos),
            },
            None => Resolved::new(self.unnamed(m.text, AgentKind::Person, m), "anaphor:unnamed"),
        }
    }

    /// A pronoun or a dropped subject: an inverted "elle"/"il" after a quote is the latest
    /// person quoted, even if an organisation spoke in between ("Selon l'agence, … « … »,
    /// a-t-elle ajouté"); otherwise by gender and recency.
    pub(super) fn pronoun(&self, g: Gender, m: &SpeakerMention) -> Option<Resolved> {
        let personal = matches!(g, Gender::M | Gender::F);
        // "Dans une tribune, Sophie Garnier a défendu le plan. « … », a-t-elle écrit.": the
        // person the previous sentence was about, named after the last quote.
        if m.incise && personal && !self.rules.raw.syntax.verb_first {
            if let Some(s) = self.previous_subject(m.pos, &|a: &Agent| self.compatible(a, g), false) {
                let agent = with_resolution(s.agent.clone(), Resolution::Pronoun);
                return Some(Resolved { agent, path: "pronoun:previous-subject", antecedent: Some(s.pos) });
            }
        }
        if m.incise && personal {
            let quoted = self.items.iter().rev().find(|s| {
                s.pos < m.pos
                    && s.pos + reach::INCISE >= m.pos
                    && s.speaker
                    && s.agent.kind == AgentKind::Person
                    && self.compatible(&s.agent, g)
            });
            if let Some(s) = quoted {
                let agent = with_resolution(s.agent.clone(), Resolution::Pronoun);
                return Some(Resolved { agent, path: "pronoun:incise-person", antecedent: Some(s.pos) });
            }
        }
        let g = if g == Gender::Any { m.verb } else { g };
        let (s, path) = self.by_gender(m.pos, g, m.continuation)?;
        let how = if m.continuation { Resolution::Continuation } else { Resolution::Pronoun };
        Some(Resolved { agent: with_resolution(s.agent.clone(), how), path, antecedent: Some(s.pos) })
    }

    /// The latest organisation before `pos` that is a sentence's subject or an unnamed
    /// speaker's employer, after the latest speaker `fits` accepts, and that `ok` accepts:
    /// its identity and where it was named.
    fn focused_organisation(
        &self,
        pos: usize,
        fits: &dyn Fn(&Agent) -> bool,
        ok: &dyn Fn(&Agent) -> bool,
    ) -> Option<(Agent, usize)> {
        let before = || self.recent().filter(|s| s.pos < pos);
        let after = before().find(|s| s.speaker && fits(&s.agent))?.pos;
        let subject = before()
            .take_while(|s| s.pos > after)
            .find(|s| s.subject && s.agent.kind == AgentKind::Organization && ok(&s.agent))
            .map(|s| (s.agent.clone(), s.pos));
        let employer =
            self.employers.iter().rev().find(|(p, a)| *p > after && *p < pos && ok(a)).cloned().map(|(p, a)| (a, p));
        match (subject, employer) {
            (Some(s), Some(e)) => Some(if e.1 > s.1 { e } else { s }),
            (s, e) => s.or(e),
        }
    }

    /// The latest item before `pos` that `ok` accepts; with `speakers_first`, the latest such
    /// speaker unless a mention is much more recent.
    fn latest(&self, pos: usize, speakers_first: bool, ok: impl Fn(&Agent) -> bool) -> Option<&Salient> {
        let before = || self.recent().filter(|s| s.pos < pos);
        if speakers_first {
            if let Some(s) = before().find(|s| s.speaker && ok(&s.agent)) {
                if let Some(m) = before().find(|s| ok(&s.agent)) {
                    if m.pos > s.pos + reach::MENTION_OVER_SPEAKER {
                        return Some(m);
                    }
                }
                return Some(s);
            }
        }
        before().find(|s| ok(&s.agent))
    }

    /// The subject of a coordinated verb in the same sentence; else, in subject-first
    /// languages, the previous sentence's named subject; else a recent speaker; else, for
    /// he/she, the latest person; else anything compatible.
    fn by_gender(&self, pos: usize, g: Gender, continuation: bool) -> Option<(&Salient, &'static str)> {
        let ok = |a: &Agent| self.compatible(a, g);
        // In a verb-first language a mention is an antecedent in its sentence only where a
        // clause's subject stands ("أعربت الشركة عن …، وقالت إنها …"), not inside a phrase ("…
        // وحول زيارة الرئيس الضيف …، قال إن …").
        let verb_first = self.rules.raw.syntax.verb_first;
        let in_sentence = |speaker: bool| {
            let from = if speaker { self.sentence_start } else { self.clause_start };
            self.items.iter().rev().find(|s| {
                s.pos < pos
                    && s.pos >= from
                    && s.speaker == speaker
                    && (speaker || !verb_first || s.subject)
                    && ok(&s.agent)
            })
        };
        if let Some(s) = in_sentence(true) {
            return Some((s, "pronoun:speaker-in-sentence"));
        }
        if let Some(s) = in_sentence(false) {
            // "… le ministre X est revenu sur ses propos dans le quotidien ODM, où il a
            // qualifié …": a he/she prefers the person the sentence is about to an
            // organisation named after it.
            let subject_person = || {
                self.items.iter().rev().find(|p| {
                    p.pos < s.pos
                        && p.pos >= self.sentence_start
                        && p.subject
                        && p.agent.kind == AgentKind::Person
                        && ok(&p.agent)
                })
            };
            let personal = matches!(g, Gender::M | Gender::F);
            let s = match subject_person() {
                Some(p) if personal && s.agent.kind == AgentKind::Organization => p,
                _ => s,
            };
            return Some((s, "pronoun:mention-in-sentence"));
        }
        let personal = matches!(g, Gender::M | Gender::F);
        if personal {
            // "La société X n'a pas souhaité s'exprimer. Dans un communiqué, elle affirme …":
            // where organisations take "il"/"elle", one that is the previous sentence's
            // subject is too, unless the verb continues the last speaker ("a-t-elle ajouté").
            if let Some(s) = self.previous_subject(pos, &ok, !continuation) {
                return Some((s, "pronoun:previous-subject"));
            }
        }
        let recent_speaker = self
            .items
            .iter()
            .rev()
            .find(|s| s.pos < pos && s.speaker && ok(&s.agent))
            .filter(|s| continuation || s.pos + reach::SPEAKER >= self.sentence_start.min(pos));
        if let Some(s) = recent_speaker {
            return Some((s, "pronoun:recent-speaker"));
        }
        if personal {
            if let Some(s) = self.latest(pos, false, |a| a.kind == AgentKind::Person && ok(a)) {
                return Some((s, "pronoun:latest-person"));
            }
        }
        if let Some(s) = self.latest(pos, false, ok) {
            return Some((s, "pronoun:latest-compatible"));
        }
        // Nobody agrees with the verb: the text is inconsistent (a masculine antecedent
        // continued with feminine verbs), and the latest speaker is still the likeliest;
        // not a person the tables know to be of the other gender ("estime-t-elle" is not
        // François Bayrou; a gender read from the text's own words may be the mistake).
        let other = |a: &Agent| {
            personal && matches!(a.gender, Gender::M | Gender::F) && a.gender != g && self.kb.by_iri(&a.id).is_some()
        };
        self.items
            .iter()
            .rev()
            .find(|s| s.pos < pos && s.speaker && !other(&s.agent))
            .map(|s| (s, "pronoun:latest-speaker-any-gender"))
    }

    /// "… a appelé au calme. Elle a estimé que …": a he/she opening a sentence is the person
    /// who was the subject of the previous one, if that is more recent than the last speaker.
    fn previous_subject(&self, pos: usize, ok: &impl Fn(&Agent) -> bool, orgs: bool) -> Option<&Salient> {
        let s = self.items.iter().rev().find(|s| {
            s.subject
                && (s.agent.kind == AgentKind::Person || (orgs && s.agent.kind == AgentKind::Organization))
                && s.pos >= self.previous_sentence_start
                && s.pos < self.sentence_start
                && ok(&s.agent)
        })?;
        // Unless that speaker only reported the sentence the subject opens ("…, rapporte
        // Radio Nord. « … », a-t-il dit" is the subject's).
        let last_speaker = self.items.iter().rev().find(|x| x.pos < pos && x.speaker);
        let reported_it = |x: &Salient| x.reported.is_some_and(|(a, b)| a <= s.pos && s.pos < b);
        last_speaker.is_none_or(|x| x.pos < s.pos || reported_it(x)).then_some(s)
    }

    /// Whether an agent can be the subject of a form of gender `g`.
    /// Whether an unnamed source is a document ("A new report", "تقرير حديث"): it speaks,
    /// but no title or role ("the lawmaker") refers to it.
    pub(super) fn is_document(&self, a: &Agent) -> bool {
        const LEAD: usize = 3;
        let toks = crate::text::tokenize(&a.name);
        let doc_noun = |k: usize| self.rules.doc_nouns.match_at(&toks, k, &self.rules.clitics).is_some();
        a.anonymous && (0..toks.len().min(LEAD)).any(doc_noun)
    }

    /// A person the article gave no role, whom the tables know in roles that are all
    /// `other` ("the minister" is not a president the tables know as nothing else). Not
    /// when the tables know no role: nothing says the title is not theirs.
    fn holds_no_such_role(&self, a: &Agent, other: &dyn Fn(&[String]) -> bool) -> bool {
        let Some(e) = self.kb.by_iri(&a.id) else { return false };
        let mut roles = e.roles.iter().flat_map(|r| &r.names).map(|n| self.rules.role_words(n)).peekable();
        roles.peek().is_some() && roles.all(|r| other(&r))
    }

    /// The organisation head noun a name opens with ("وزارة" in "وزارة الزراعة", "ministry"
    /// in "the Ministry of Health"), folded and without its article.
    fn org_head(&self, toks: &[Tok]) -> Option<String> {
        const LEAD: usize = 3;
        let rules = self.rules;
        (0..toks.len().min(LEAD)).find_map(|k| {
            let Some(m) = rules.org_heads.match_at(toks, k, &rules.clitics) else {
                // "المنظمة": the definite form of a one-word head noun the table lists bare.
                let bare = rules.morph.without_article(&toks[k].fold)?;
                let mut t = toks[k].clone();
                t.set_fold(bare);
                let m = rules.org_heads.match_at(std::slice::from_ref(&t), 0, &[])?;
                return (m.len == 1).then(|| bare.to_string());
            };
            let first: String = toks[k].fold.chars().skip(m.clitic).collect();
            Some(rules.morph.without_article(&first).unwrap_or(&first).to_string())
        })
    }

    /// Whether one of the organisation's names opens with head noun `h` ("وزارة الصحة",
    /// "Ministry of Health" for "the ministry"): the White House is no ministry.
    fn has_head(&self, x: &Agent, h: &str) -> bool {
        std::iter::once(&x.name)
            .chain(&x.labels)
            .any(|l| self.org_head(&crate::text::tokenize(l)).is_some_and(|o| o == h))
    }

    pub(super) fn compatible(&self, a: &Agent, g: Gender) -> bool {
        match (a.kind, g) {
            (AgentKind::Place | AgentKind::Thing, _) => false,
            (_, Gender::Any) => true,
            (AgentKind::Person, Gender::M | Gender::F) => a.gender == g || a.gender == Gender::Any,
            (AgentKind::Person, Gender::Pl) => a.gender == Gender::Pl,
            // An unnamed document ("the report") is "it".
            (AgentKind::Person, Gender::N) => a.gender == Gender::N,
            // An outlet reports; a written "il"/"elle" that speaks after it is not the
            // outlet ("…, rapporte Vallée Info. « … », a-t-il déclaré"). A verb-first
            // language's verb gender does refer to one ("وأضافت الإذاعة").
            (AgentKind::Organization, Gender::M | Gender::F) => {
                let syntax = &self.rules.raw.syntax;
                syntax.gendered_organisations && (syntax.verb_first || a.org_kind.as_deref() != Some("media"))
            }
            (AgentKind::Organization, Gender::N | Gender::Pl) => true,
        }
    }
}
