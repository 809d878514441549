//! The speaker search: each way of finding who said something is one small function
//! ([`try_strategy`]) named by a [`Strategy`] id; the language table declares which to try,
//! in which order, for each kind of cue (`[speaker_search]`); [`find`] runs them and records
//! every attempt in the trace. [`resolve`] then turns the phrase found into an identity.

use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::speaker::{analyze, cut_at_stop};
use super::trace_fmt::describe;
use crate::lang::{punct, LangRules, Strategy};
use crate::model::{Agent, Span};
use crate::phrase::{Phrase, SpeakerMention, Who};
use crate::text::Tok;
use crate::tuning::window;
use std::ops::Range;

/// Who said it, as found: the agent, the span naming it, the stated role.
pub(super) struct Said {
    pub(super) agent: Option<Agent>,
    pub(super) span: Option<Span>,
    pub(super) role: Option<String>,
    pub(super) affiliation: Option<Agent>,
}

/// Where the strategies look for one cue: token ranges of the sentence.
pub(super) struct Regions<'c> {
    pub sentence: Sentence,
    pub cue: &'c Cue,
    /// Between the cue and what opens its content.
    pub right: Range<usize>,
    /// Before the cue, trimmed to the segments that can hold its subject.
    pub left: Range<usize>,
    /// Before the cue, back to the clause start.
    pub full_left: Range<usize>,
    /// Most words a left phrase may have.
    pub left_limit: usize,
}

/// What one strategy made of its region.
enum Outcome {
    Found(Phrase),
    Nothing,
    /// The cue cannot have a speaker here: no statement at all.
    Veto(&'static str),
}

/// Runs `order` until a strategy finds a phrase. `None` when one vetoes the cue or none finds
/// anything.
pub(super) fn find(cx: &Ctx, order: &[Strategy], r: &Regions) -> Option<Phrase> {
    for &s in order {
        match try_strategy(cx, s, r) {
            Outcome::Found(p) => {
                cx.trace.step("speaker", || format!("{} → {}", s.id(), describe(&cx.doc, &p)));
                return Some(p);
            }
            Outcome::Nothing => cx.trace.step("speaker", || format!("{} → nothing", s.id())),
            Outcome::Veto(why) => {
                cx.trace.step("speaker", || format!("{} → no statement: {why}", s.id()));
                return None;
            }
        }
    }
    cx.trace.step("speaker", || "no strategy found a speaker".into());
    None
}

fn try_strategy(cx: &Ctx, s: Strategy, r: &Regions) -> Outcome {
    let (toks, rules, kb) = (cx.toks(), cx.rules, cx.kb);
    let right = &toks[r.right.clone()];
    let left = &toks[r.left.clone()];
    let found = |p: Option<Phrase>| p.map_or(Outcome::Nothing, Outcome::Found);
    match s {
        Strategy::Right => {
            // A speaker phrase holds no verb of its own: "believe those characterizations did
            // Romney …" names no one after the cue (a relative clause after a comma may).
            let np = cut_at_stop(right, rules, kb);
            if np.iter().take_while(|t| !punct::is_phrase_break(t)).any(|t| !t.cap && rules.is_finite(t)) {
                return Outcome::Nothing;
            }
            found(analyze(&np, rules, kb))
        }
        Strategy::RightNominal => found(nominal(&cut_at_stop(right, rules, kb), rules)),
        Strategy::Left => {
            let words = left.iter().filter(|t| t.word).count();
            found((words > 0 && words <= r.left_limit).then(|| analyze(left, rules, kb)).flatten())
        }
        Strategy::LeftNominal => found(nominal(left, rules)),
        Strategy::LeftLastSegment => {
            found(left.iter().rposition(punct::is_clause_separator).and_then(|p| nominal(&left[p + 1..], rules)))
        }
        Strategy::SentenceSubject => found(
            sentence_subject(cx, r.sentence.until(r.cue.first))
                .filter(|p| matches!(p.who, Who::Name { .. } | Who::Anaphor(..) | Who::Anonymous(_))),
        ),
        Strategy::FirstVerbSubject => found(first_verb_subject(cx, &toks[r.full_left.clone()])),
        Strategy::AfterAdjunct => found(after_adjunct(right, rules, kb)),
        Strategy::InvertedPronoun => found(r.cue.form.inverted.then(|| Phrase::pronoun(r.cue.form.gender))),
        Strategy::DroppedSubject => Outcome::Found(Phrase::pronoun(r.cue.form.gender)),
        Strategy::QuotedSource => quoted_source(cx, r.cue, right),
        Strategy::DocumentIssuer => document_issuer(right, rules, kb),
    }
}

/// "ونقلت رويترز عن X قوله إن", "Reuters quoted X as saying that": the source after the
/// verb's anchor word ("عن"), or right after the verb when it has none.
fn quoted_source(cx: &Ctx, cue: &Cue, right: &[Tok]) -> Outcome {
    let verb = cue.verb(cx.rules);
    let from = if verb.speaker_after.is_empty() {
        0
    } else {
        match right.iter().position(|t| verb.speaker_after.iter().any(|w| w == t.fold.as_str())) {
            Some(p) => p + 1,
            None => return Outcome::Veto("the source's anchor word is missing"),
        }
    };
    analyze(&cut_at_stop(&right[from..], cx.rules, cx.kb), cx.rules, cx.kb).map_or(Outcome::Nothing, Outcome::Found)
}

/// "جاء في بيان لوزارة X": the document's issuer speaks.
fn document_issuer(right: &[Tok], rules: &LangRules, kb: &crate::kb::Kb) -> Outcome {
    let skip =
        right.iter().take_while(|t| rules.speaker_stops.match_at(std::slice::from_ref(*t), 0, &[]).is_some()).count();
    if rules.doc_nouns.match_at(right, skip, &rules.clitics).is_none() {
        return Outcome::Veto("no document is the verb's subject");
    }
    analyze(&right[skip..], rules, kb).map_or(Outcome::Veto("the document names no issuer"), Outcome::Found)
}

/// The subject that opens a subject-first sentence, for a cue coordinated with an earlier
/// verb ("Robert Kane called the plan … and said …"): the words up to the first lower-case
/// word that is not a link word, determiner or title.
pub(super) fn sentence_subject(cx: &Ctx, s: Sentence) -> Option<Phrase> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let mut end = s.start;
    while end < s.end {
        let t = &toks[end];
        let fits = if t.word {
            !rules.aux.contains(t.fold.as_str())
                && (t.cap || rules.is_link_word(toks, end) || rules.titles.match_at(toks, end, &[]).is_some())
        } else {
            punct::is_clause_separator(t)
        };
        if !fits || rules.cues.match_at(toks, end, &rules.clitics).is_some() {
            break;
        }
        end += 1;
    }
    let named = (s.start..end).any(|k| toks[k].cap && rules.determiners.match_at(toks, k, &[]).is_none());
    if end == s.start || end == s.end || !named {
        return None;
    }
    analyze(&toks[s.start..end], rules, cx.kb)
}

/// A cue with no subject after a first clause ("وأعرب الرئيس عن قلقه …، وقال: …", "ونفى
/// متحدث …، مؤكدا أن …"): the subject of the sentence's first verb speaks, when the tables
/// know it as a title, an anaphor, an unnamed source or a knowledge-base name.
fn first_verb_subject(cx: &Ctx, left: &[Tok]) -> Option<Phrase> {
    if left.len() < 3 || !left.last().is_some_and(punct::is_clause_separator) {
        return None;
    }
    let (rules, kb) = (cx.rules, cx.kb);
    let p = analyze(&cut_at_stop(&left[1..], rules, kb), rules, kb)?;
    let known = match &p.who {
        Who::Title(_) | Who::Anaphor(..) | Who::Anonymous(_) => true,
        Who::Name { toks, .. } => kb.find(toks, 0, &rules.clitics).is_some_and(|m| m.len == toks.len()),
        Who::Pronoun(_) => false,
    };
    known.then_some(p)
}

/// The subject of an inverted cue after a short adjunct: "a affirmé à l'AFP Thomas Leroux",
/// "a indiqué mardi le ministre". The adjunct opens with a stop word (a preposition takes its
/// object, a time word stands alone); the subject starts with a capital or a determiner.
pub(super) fn after_adjunct(right: &[Tok], rules: &LangRules, kb: &crate::kb::Kb) -> Option<Phrase> {
    rules.speaker_stops.match_at(right, 0, &[])?;
    let preposition = rules.is_preposition(&right[0]);
    let object = usize::from(preposition)
        * (1 + usize::from(rules.determiners.match_at(right, 1, &[]).is_some_and(|d| d.glued.is_none())));
    (1 + object..=(window::ADJUNCT + object).min(right.len().saturating_sub(1))).find_map(|k| {
        let t = &right[k];
        let opens = t.word && (t.cap || rules.determiners.match_at(right, k, &[]).is_some());
        if !opens || rules.speaker_stops.match_at(right, k, &[]).is_some() {
            return None;
        }
        analyze(&cut_at_stop(&right[k..], rules, kb), rules, kb)
            .filter(|p| matches!(p.who, Who::Name { .. } | Who::Title(_) | Who::Anonymous(_)))
    })
}

/// A short definite noun phrase the tables do not know ("the district", "الرئاسة
/// الجزائرية") still names the speaker: an unnamed one, known by that phrase. Where the
/// article is glued to the noun, any phrase that does not open on a stop word is definite.
pub(super) fn nominal(np: &[Tok], rules: &LangRules) -> Option<Phrase> {
    let words = np.iter().filter(|t| t.word).count();
    let definite = (rules.morph.glues_article() && rules.speaker_stops.match_at(np, 0, &rules.clitics).is_none())
        || rules.determiners.match_at(np, 0, &[]).is_some();
    ((1..=window::NOMINAL_WORDS).contains(&words)
        && definite
        && np.iter().all(|t| t.word || punct::is_clause_separator(t)))
    .then(|| Phrase { who: Who::Anonymous(np.to_vec()), role: None })
}

/// Resolves the phrase found for `cue` in the article's discourse.
pub(super) fn resolve(cx: &Ctx, phrase: &Phrase, cue: &Cue, continuation: bool) -> Said {
    let doc = &cx.doc;
    let text = phrase.who.toks().map(|t| doc.toks_text(t)).unwrap_or_default();
    let mention = SpeakerMention {
        phrase,
        pos: doc.toks[cue.first].start,
        verb: cue.form.gender,
        continuation: continuation || cue.form.inverted,
        incise: cue.form.inverted,
        text: &text,
    };
    let resolved = cx.disc.borrow_mut().resolve(&mention);
    cx.trace.step("resolve", || super::trace_fmt::resolution(doc, resolved.as_ref()));
    let agent = resolved.map(|r| r.agent);
    let span = match &phrase.who {
        Who::Name { toks, .. } | Who::Anonymous(toks) => span_of(cx, toks),
        _ => None,
    };
    let role = phrase.role.as_ref().map(|r| doc.toks_text(r)).filter(|r| !r.is_empty());
    // The organisation a role names ("المتحدث باسم الكرملين", "chief executive of Fortel").
    let affiliation = phrase
        .role
        .as_ref()
        .and_then(|r| role_organisation(cx, r))
        .filter(|o| agent.as_ref().is_none_or(|a| a.id != o.id));
    Said { agent, span, role, affiliation }
}

/// The organisation named inside a role: a knowledge-base organisation, else one named by
/// its head noun.
fn role_organisation(cx: &Ctx, role: &[Tok]) -> Option<Agent> {
    let (rules, kb, lang) = (cx.rules, cx.kb, cx.lang());
    for i in 0..role.len() {
        if let Some(m) = kb.find(role, i, &rules.clitics) {
            let e = &kb.entries[*m.value];
            if e.kind == Some(crate::model::AgentKind::Organization) {
                return Some(e.agent(lang, crate::model::Resolution::Label));
            }
        }
    }
    (0..role.len())
        .find_map(|i| super::names::org_at(role, i, rules))
        .map(|(name, kind, _)| crate::resolve::new_organisation(&cx.doc.article.base, &cx.doc.toks_text(&name), &kind))
}

pub(super) fn span_of(cx: &Ctx, toks: &[Tok]) -> Option<Span> {
    let (s, e) = (toks.first()?.start, toks.last()?.end);
    Some(Span { start: s, end: e, text: cx.doc.text(s, e) })
}

/// The speaker of a cue whose content opens at token `marker`: the table's strategies for
/// this kind of cue, run on the words right and left of it, then resolved.
pub(super) fn who_said(cx: &Ctx, s: Sentence, cue: &Cue, marker: usize) -> Option<Said> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let syntax = &rules.raw.syntax;
    let verb = cue.verb(rules);
    // The left context stops at a quote, a colon or semicolon, and (where a complementizer
    // precedes a subject) at a complementizer.
    let left_start = (s.start..cue.first)
        .rev()
        .find(|&k| {
            let t = &doc.toks[k];
            doc.in_quote[k].is_some()
                || (!t.word && matches!(t.punct, ':' | ';'))
                || (syntax.complementizer_bounds_subject
                    && rules.complementizers.match_at(&doc.toks, k, &rules.clitics).is_some())
        })
        .map_or(s.start, |k| k + 1);
    // A long left context: only its last comma-separated segments can be the subject.
    let mut left = left_start..cue.first;
    while doc.toks[left.clone()].iter().filter(|t| t.word).count() > syntax.left_window {
        match doc.toks[left.clone()].iter().position(punct::is_clause_separator) {
            Some(p) => left.start += p + 1,
            None => break,
        }
    }
    let right = cue.last + 1..marker;
    let after_sep = cue.first > s.start && punct::is_clause_separator(&doc.toks[cue.first - 1]);
    let search = &rules.search;
    let order = if verb.continuation && after_sep && doc.toks[right.clone()].iter().all(|t| !t.word) {
        // ", adding that …" / "، مضيفا أن …": the speaker of the sentence goes on.
        &search.continuation
    } else if verb.speaker_follows {
        &search.quoted
    } else if verb.impersonal {
        &search.impersonal
    } else if cue.form.inverted {
        &search.inverted
    } else {
        &search.cue
    };
    let regions =
        Regions { sentence: s, cue, right, left, full_left: left_start..cue.first, left_limit: syntax.left_window };
    let phrase = find(cx, order, &regions)?;
    Some(resolve(cx, &phrase, cue, verb.continuation))
}
