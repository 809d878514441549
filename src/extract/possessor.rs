//! Nouns of speech owned by their speaker: "Park's claim that …", "her warning that …".
//! The possessor says what the clause after the complementizer says.

use super::content::{clause, clause_start, words_between};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::names::in_cap_run;
use super::search::resolve;
use super::speaker::{analyze, Side};
use super::statement::statement;
use crate::lang::Gender;
use crate::model::Statement;
use crate::phrase::{Phrase, Who};
use crate::text::Tok;
use crate::tuning::{confidence, min_words};

/// The statement of a possessed noun of speech at `cue`, if a possessive stands right before
/// it and a complementizer right after it.
pub(super) fn possessor_report(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<Statement> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let j = cue.last + 1;
    let owner = cue.first.checked_sub(1).filter(|&k| k >= s.start)?;
    let cm = rules.complementizers.match_at(&doc.toks, j, &rules.clitics)?;
    let phrase = possessor(cx, s, owner)?;
    let (start, skip) = clause_start(doc, j, &cm);
    if start >= s.end {
        return None;
    }
    let c = clause(cx, start, skip, s);
    if words_between(doc, c.start, c.end) < min_words::AFTER_THAT {
        return None;
    }
    cx.trace.step("content", || "a noun of speech owned by its speaker, then a complementizer".into());
    let said = resolve(cx, &phrase, cue, false);
    let rule = format!("{}/possessor", cue.verb(rules).id);
    Some(statement(cx, c, Some(cue), said, confidence::CUE_THAT, &rule))
}

/// Who owns the noun: a name in the possessive ending at token `k` ("Mayor Ellen Park's"),
/// or a possessive pronoun ("her").
fn possessor(cx: &Ctx, s: Sentence, k: usize) -> Option<Phrase> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let t = &doc.toks[k];
    if let Some(p) = rules.raw.syntax.possessive_pronouns.iter().find(|p| t.word && t.fold == p.form) {
        return Some(Phrase::pronoun(Gender::parse(&p.gender)));
    }
    let ending = rules.possessive_ending(t)?;
    let first = (s.start..k).rev().take_while(|&p| in_cap_run(&doc.toks, p, rules)).last().unwrap_or(k);
    let mut run: Vec<Tok> = doc.toks[first..=k].to_vec();
    strip_ending(run.last_mut()?, ending);
    analyze(cx, &run, Side::Before).filter(|p| matches!(p.who, Who::Name { .. } | Who::Title(_)))
}

/// A possessive word without its ending ("Park's" → "Park").
fn strip_ending(t: &mut Tok, ending: &str) {
    let fold = t.fold[..t.fold.len() - ending.len()].to_string();
    t.end -= ending.chars().count();
    t.set_fold(&fold);
}

/// "the union's statement read", "Halvorsen's letter said": a document that ends the phrase,
/// owned by the words before it, speaks for its owner. Those words, without the possessive
/// ending; `None` unless the phrase is so built (lower-case modifiers may stand between:
/// "the ministry's written statement").
pub(super) fn document_owner(seg: &[Tok], rules: &crate::lang::LangRules) -> Option<Vec<Tok>> {
    let endings = &rules.raw.syntax.possessive_endings;
    let k = seg.iter().position(|t| t.word && endings.iter().any(|e| t.fold.ends_with(e.as_str())))?;
    let ending = endings.iter().find(|e| seg[k].fold.ends_with(e.as_str()))?;
    let doc = (k + 1..seg.len())
        .find(|&j| rules.doc_nouns.match_at(seg, j, &rules.clitics).is_some_and(|m| j + m.len == seg.len()))?;
    let modifiers = seg[k + 1..doc].iter().all(|t| t.word && !t.cap);
    let owner_words = seg[..k].iter().all(|t| t.word) && seg[k].fold.len() > ending.len();
    if !(modifiers && owner_words) {
        return None;
    }
    let mut owner = seg[..=k].to_vec();
    strip_ending(owner.last_mut()?, ending);
    Some(owner)
}
