//! The speaker search: each way of finding who said something is one small function
//! ([`try_strategy`]) named by a [`Strategy`] id; the language table declares which to try,
//! in which order, for each kind of cue (`[speaker_search]`); [`find`] runs them and records
//! every attempt in the trace. [`resolve`] then turns the phrase found into an identity.

use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::strategies::{regions, try_strategy, Outcome, Regions};
use super::trace_fmt::describe;
use crate::lang::{punct, Strategy};
use crate::model::{Agent, Span};
use crate::phrase::{Phrase, SpeakerMention, Who};
use crate::text::Tok;

/// Who said it, as found: the agent, the span naming it, the stated role.
#[derive(Clone)]
pub(super) struct Said {
    pub(super) agent: Option<Agent>,
    pub(super) span: Option<Span>,
    pub(super) role: Option<String>,
    pub(super) affiliation: Option<Agent>,
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

/// The words of a speaker phrase as written, with an article a glued preposition fused
/// restored ("وفقا للتقرير" names "التقرير"), and without a quote mark the phrase opens but
/// does not close ("صحيفة «الأيام» …" names "صحيفة الأيام", not "صحيفة «الأيام").
pub(super) fn phrase_text(cx: &Ctx, toks: &[crate::text::Tok]) -> String {
    let text = without_stray_marks(cx, toks);
    let Some(first) = toks.first() else { return text };
    let written = cx.doc.text(first.start, first.end);
    match cx.rules.morph.with_restored_article(&written, &first.fold) {
        Some(whole) => format!("{whole}{}", &text[written.len()..]),
        None => text,
    }
}

/// The text from the first to the last token of `toks`; when the quote marks standing as
/// tokens in it are odd in number (one of a pair fell outside), without any of them.
fn without_stray_marks(cx: &Ctx, toks: &[crate::text::Tok]) -> String {
    let doc = &cx.doc;
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else { return String::new() };
    // An apostrophe glued to the word before is a possessive ("the dockers' union").
    let apostrophe = |t: &crate::text::Tok| matches!(t.punct, '\'' | '’') && !t.space_before;
    let is_mark = |t: &&crate::text::Tok| {
        !t.word && (cx.rules.closer_of(t.punct).is_some() || cx.rules.is_closer(t.punct)) && !apostrophe(t)
    };
    let inside = &doc.toks[doc.tok_at(first.start)..doc.tok_at(last.start) + 1];
    if inside.iter().filter(is_mark).count() % 2 == 0 {
        return doc.toks_text(toks);
    }
    let (mut text, mut space) = (String::new(), false);
    for t in inside {
        space |= t.space_before;
        if is_mark(&t) {
            continue;
        }
        if space && !text.is_empty() {
            text.push(' ');
        }
        // The phrase's own edges: a proclitic taken off its first word stays off.
        text.push_str(&doc.text(t.start.max(first.start), t.end.min(last.end)));
        space = false;
    }
    text
}

/// Resolves the phrase found for `cue` in the article's discourse.
pub(super) fn resolve(cx: &Ctx, phrase: &Phrase, cue: &Cue, continuation: bool) -> Said {
    let doc = &cx.doc;
    let text = phrase.who.toks().map(|t| phrase_text(cx, t)).unwrap_or_default();
    let mention = SpeakerMention {
        phrase,
        pos: doc.toks[cue.first].start,
        // "ونقلت الوكالة عن مسؤول": the verb agrees with the outlet, not the source it quotes.
        verb: if cue.verb(cx.rules).speaker_follows { crate::lang::Gender::Any } else { cue.form.gender },
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
    // The organisation a role names ("المتحدث باسم الكرملين", "chief executive of Fortel"),
    // or an unnamed group works at ("analysts at Morrow & Finch").
    let employer = || match &phrase.who {
        Who::Anonymous(toks) => group_employer(cx, toks),
        _ => None,
    };
    let affiliation = phrase
        .role
        .as_ref()
        .and_then(|r| role_organisation(cx, r))
        .or_else(employer)
        .filter(|o| agent.as_ref().is_none_or(|a| a.id != o.id));
    Said { agent, span, role, affiliation }
}

/// "Shipping analysts at Morrow & Finch": the institution an unnamed group works at, named
/// after one of the language's `institution_links` by capitalised words (link words and an
/// ampersand between them) to the phrase's end. A knowledge-base organisation keeps its
/// identity; else a new organisation, of the kind its last noun names if it is a head noun.
fn group_employer(cx: &Ctx, phrase: &[Tok]) -> Option<Agent> {
    let rules = cx.rules;
    let links = &rules.raw.syntax.institution_links;
    let k = phrase.iter().position(|t| t.word && links.iter().any(|l| *l == t.fold))?;
    let mut name = &phrase[k + 1..];
    if name.first().is_some_and(|t| rules.articles.contains(t.fold.as_str())) {
        name = &name[1..];
    }
    let part = |j: usize| {
        let t = &name[j];
        (t.word && (t.cap || rules.is_link_word(name, j))) || (!t.word && t.punct == '&')
    };
    let capitalised = |t: Option<&Tok>| t.is_some_and(|t| t.word && t.cap);
    if !capitalised(name.first()) || !capitalised(name.last()) || !(0..name.len()).all(part) {
        return None;
    }
    if let Some(m) = cx.kb.find(name, 0, &rules.clitics).filter(|m| m.len == name.len()) {
        let e = &cx.kb.entries[*m.value];
        return (e.kind == Some(crate::model::AgentKind::Organization))
            .then(|| e.agent(cx.lang(), crate::model::Resolution::Label));
    }
    let head = rules.final_org_head_kind(name);
    let text = phrase_text(cx, name);
    let mut org = crate::resolve::new_organisation(&cx.doc.article.base, &text, head.unwrap_or(""));
    org.org_kind = head.map(str::to_string);
    Some(org)
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
        .find_map(|i| super::orgs::org_at(role, i, rules, &cx.doc.chars))
        .map(|(name, kind, _)| crate::resolve::new_organisation(&cx.doc.article.base, &cx.doc.toks_text(&name), &kind))
}

pub(super) fn span_of(cx: &Ctx, toks: &[Tok]) -> Option<Span> {
    let (s, e) = (toks.first()?.start, toks.last()?.end);
    Some(Span { start: s, end: e, text: cx.doc.text(s, e) })
}

/// The speaker of a cue whose content opens at token `marker`: the table's strategies for
/// this kind of cue, run on the words right and left of it, then resolved.
pub(super) fn who_said(cx: &Ctx, s: Sentence, cue: &Cue, marker: usize) -> Option<Said> {
    let regions = regions(cx, s, cue, marker);
    let phrase = find(cx, order(cx, &regions), &regions)?;
    Some(resolve(cx, &phrase, cue, cue.verb(cx.rules).continuation))
}

/// The table's strategy list for this kind of cue.
fn order<'r>(cx: &'r Ctx, r: &Regions) -> &'r [Strategy] {
    let (doc, search) = (&cx.doc, &cx.rules.search);
    let verb = r.cue.verb(cx.rules);
    let after_sep = r.cue.first > r.sentence.start && punct::is_clause_separator(&doc.toks[r.cue.first - 1]);
    let no_subject = after_sep && doc.toks[r.right.clone()].iter().all(|t| !t.word);
    if verb.adverbial || (verb.continuation && no_subject) {
        // ", adding that …" / "، مضيفا أن …" / "telling reporters that …": the speaker of the
        // sentence goes on.
        &search.continuation
    } else if verb.speaker_follows {
        &search.quoted
    } else if verb.impersonal {
        &search.impersonal
    } else if r.cue.form.inverted {
        &search.inverted
    } else {
        &search.cue
    }
}
