//! A speech participle opening a sentence: "Insisting that the bridge was safe, the
//! engineers reopened it." / "Claiming the toll was unfair, Mayor Park told reporters …".
//! What it reports ends at the comma before the main clause, whose subject is its speaker.

use super::doc::{Ctx, Sentence};
use crate::lang::punct;
use crate::tuning::window;

/// Where the report of a speech participle opening `s` ends: the separator before the main
/// clause (a subject, then its verb within a subject's length). `None` when `s` opens on no
/// such participle, or no main clause follows it.
pub(super) fn speech_participle_end(cx: &Ctx, s: Sentence) -> Option<usize> {
    let (toks, rules) = (cx.toks(), cx.rules);
    // The cheap test first: this runs for every clause of every sentence.
    toks.get(s.start).filter(|t| t.word && t.cap)?;
    let m = rules.cues.match_at(toks, s.start, &rules.clitics)?;
    if !rules.verbs[m.value.verb].adverbial {
        return None;
    }
    let separator = |k: usize| punct::is_clause_separator(&toks[k]) && cx.doc.in_quote[k].is_none();
    (s.start + m.len..s.end).filter(|&k| separator(k)).find(|&k| opens_main_clause(cx, k + 1, s.end))
}

/// Whether a main clause opens at `p`: a subject (not a relative pronoun or a coordinator),
/// then a verb before the next separator, within a subject's length.
fn opens_main_clause(cx: &Ctx, p: usize, end: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    if p >= end || rules.is_relative_pronoun(&toks[p]) || super::content::is_coordinator(&cx.doc, p, rules) {
        return false;
    }
    if !super::bare_clause::opens_subject(cx, p) {
        return false;
    }
    let verb = |k: usize| {
        rules.is_lowercase_verb(&toks[k])
            || rules.is_clitic_aux(&toks[k])
            || rules.cues.match_at(toks, k, &rules.clitics).is_some_and(|m| !rules.verbs[m.value.verb].adverbial)
    };
    (p + 1..end.min(p + 1 + window::MAIN_SUBJECT_WORDS))
        .take_while(|&k| !punct::is_clause_separator(&toks[k]))
        .any(verb)
}
