//! The patterns that start from a cue verb: scan right for what opens the content (a quote,
//! a colon, a complementizer, or a clause with no complementizer); otherwise the content
//! came first ([`super::postposed`]); otherwise the cue may only announce a speaker.

use super::content::{clause, clause_start, quote_content, words_between};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::postposed::postposed;
use super::search::{resolve, who_said, Said};
use super::speaker::{analyze, cut_at_stop, Side};
use super::statement::statement;
use crate::lang::punct;
use crate::model::{Agent, QuoteKind, Statement};
use crate::text::Tok;
use crate::tuning::{confidence, min_words, window};

/// The statement a cue introduces, if any. A cue that only names a speaker at the end of its
/// sentence ("كما أشارت X.", "as Smith noted.") sets `announced`.
pub(super) fn from_cue(cx: &Ctx, s: Sentence, cue: &Cue, announced: &mut Option<Agent>) -> Option<Statement> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let verb = cue.verb(rules);
    let rule_id = |pattern: &str| format!("{}/{pattern}", verb.id);
    let limit = (cue.last + window::CUE_SCAN).min(s.end);
    let mut j = cue.last + 1;
    while j < limit {
        let t = &doc.toks[j];
        if let Some(qi) = doc.in_quote[j] {
            // A name in quote marks ("صحيفة “واشنطن بوست”") is part of the phrase; so is a
            // short quote right before a complementizer (`المدير الفني "لويس فان خال" أن`).
            let after = doc.quotes[qi].after();
            let short = doc.quotes[qi].words <= window::QUOTED_NAME_WORDS;
            let name = short && rules.complementizers.match_at(&doc.toks, after, &rules.clitics).is_some();
            if doc.quotes[qi].words < rules.raw.min_quote_words || name {
                j = after;
                continue;
            }
            cx.trace.step("content", || "a quote follows the cue".into());
            let said = who_said(cx, s, cue, j)?;
            return Some(statement(
                cx,
                quote_content(doc, qi),
                Some(cue),
                said,
                confidence::CUE_QUOTE,
                &rule_id("cue-quote"),
            ));
        }
        // An aside in parentheses ("اليوم (الاثنين)، أن") does not end the scan.
        if punct::parenthesis(t) == Some(true) {
            j = (j..limit).find(|&k| punct::parenthesis(&doc.toks[k]) == Some(false)).map_or(limit, |k| k + 1);
            continue;
        }
        if punct::is_colon(t) {
            cx.trace.step("content", || "a colon follows the cue".into());
            let said = who_said(cx, s, cue, j)?;
            let c = clause(cx, j + 1, 0, s);
            if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < min_words::AFTER_COLON {
                cx.trace.step("content", || "too short after the colon".into());
                return None;
            }
            return Some(statement(cx, c, Some(cue), said, confidence::CUE_COLON, &rule_id("cue-colon")));
        }
        // "a-t-il dit à X alors que la BCE …": a conjunction, not a report.
        if rules.conjunctions.match_at(&doc.toks, j, &rules.clitics).is_some() {
            cx.trace.step("content", || "a conjunction, not a complementizer".into());
            break;
        }
        if let Some(cm) = rules.complementizers.match_at(&doc.toks, j, &rules.clitics) {
            cx.trace.step("content", || format!("complementizer '{}'", doc.toks_text(&doc.toks[j..j + cm.len])));
            let said = who_said(cx, s, cue, j)?;
            let (start_tok, skip) = clause_start(doc, j, &cm);
            if start_tok >= s.end {
                return None;
            }
            let c = clause(cx, start_tok, skip, s);
            if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < min_words::AFTER_THAT {
                cx.trace.step("content", || "too short after the complementizer".into());
                return None;
            }
            return Some(statement(cx, c, Some(cue), said, confidence::CUE_THAT, &rule_id("cue-that")));
        }
        // "quoted X as saying that": the second verb belongs to the first; so does a
        // participle that repeats it ("علقت قائلة: …").
        let next_cue = rules.cues.match_at(&doc.toks, j, &rules.clitics);
        let another_cue =
            !verb.speaker_follows && next_cue.is_some_and(|m| !rules.verbs[m.value.verb].adverbial || j > cue.last + 1);
        if another_cue || (j > cue.last + 1 && !t.word && !punct::is_clause_separator(t)) {
            break;
        }
        if j == cue.last + 1 {
            if let Some(st) = bare_clause(cx, s, cue, j) {
                return st;
            }
        }
        j += 1;
    }
    cx.trace.step("content", || "no quote, colon or complementizer after the cue".into());
    if verb.adverbial {
        // A participle has no content of its own before it (", accusing the two of …").
        return None;
    }
    if let Some((c, said)) = postposed(cx, s, cue) {
        return Some(statement(cx, c, Some(cue), said, confidence::POSTPOSED, &rule_id("postposed")));
    }
    *announced = announces(cx, s, cue).or(announced.take());
    None
}

/// "Okafor said the deal would…": a clause right after a verb that takes one without a
/// complementizer. `Some(None)` when the clause is there but the speaker search vetoed it.
fn bare_clause(cx: &Ctx, s: Sentence, cue: &Cue, j: usize) -> Option<Option<Statement>> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let verb = cue.verb(rules);
    let before = cue.first.checked_sub(1).filter(|&p| p >= s.start)?;
    let subject_before =
        (doc.toks[before].word || punct::is_clause_separator(&doc.toks[before])) && doc.in_quote[before].is_none();
    let opens = verb.bare_clause
        && doc.toks[j].word
        && !cue.form.inverted
        && subject_before
        && rules.speaker_stops.match_at(&doc.toks, j, &[]).is_none()
        && looks_like_clause(cx, j, s.end);
    if !opens {
        return None;
    }
    let c = clause(cx, j, 0, s);
    // A pronoun subject makes three words a clause ("said it was investigating").
    let pronoun = rules.pronouns.match_at(&doc.toks, j, &[]).is_some();
    let min = if pronoun { min_words::BARE_CLAUSE_PRONOUN } else { min_words::BARE_CLAUSE };
    if words_between(doc, c.start, c.end) < min {
        return None;
    }
    cx.trace.step("content", || "a clause follows the cue without complementizer".into());
    let st = who_said(cx, s, cue, j)
        .map(|said| statement(cx, c, Some(cue), said, confidence::CUE_CLAUSE, &format!("{}/cue-clause", verb.id)));
    Some(st)
}

/// Whether the words after a cue open a clause ("the deal would cost…", "it welcomed…")
/// rather than an object ("added salt to the soup"): a subject word (pronoun, determiner,
/// subject word or name) then, within a few words, a finite verb; or a bare noun right before
/// a finite verb ("said policymakers had discussed a cut").
fn looks_like_clause(cx: &Ctx, j: usize, end: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let first = &toks[j];
    let finite = |k: usize| rules.is_finite(&toks[k]);
    let subject = rules.pronouns.match_at(toks, j, &[]).is_some()
        || rules.determiners.match_at(toks, j, &[]).is_some()
        || rules.subject_words.contains(first.fold.as_str())
        || first.cap;
    let bare_noun = first.word && j + 1 < end && finite(j + 1) && !finite(j);
    bare_noun || (subject && (j + 1..(j + 1 + window::CLAUSE_VERB).min(end)).any(finite))
}

/// "كما أشارت أوسوليفان." / "as Smith noted.": only connectors before the cue, only a
/// speaker after it: the quote comes next.
fn announces(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<Agent> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let right: Vec<Tok> =
        doc.toks[cue.last + 1..s.end].iter().filter(|t| t.word || punct::is_clause_separator(t)).cloned().collect();
    let clause_start =
        (s.start..cue.first).rev().find(|&k| punct::is_clause_separator(&doc.toks[k])).map_or(s.start, |k| k + 1);
    let lead = (clause_start..cue.first)
        .filter(|&k| doc.toks[k].word && rules.determiners.match_at(&doc.toks, k, &rules.clitics).is_none())
        .count();
    if lead > 0 || right.is_empty() || cut_at_stop(cx, &right).len() != right.len() {
        return None;
    }
    let p = analyze(cx, &right, Side::After)?;
    let Said { agent, .. } = resolve(cx, &p, cue, false);
    cx.trace.step("announce", || format!("announces {}", agent.as_ref().map_or("nobody", |a| a.name.as_str())));
    agent
}
