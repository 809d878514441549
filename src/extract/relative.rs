//! Relative clauses around a cue: asides inside a subject (", who left in May,"), and a
//! report made inside one ("the bridge, which officials said would cost …").

use super::content::{clause, words_between};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::search::who_said;
use super::statement::statement;
use crate::lang::punct;
use crate::model::Statement;
use crate::tuning::{confidence, min_words, window};

/// Relative clauses set off by commas (or dashes) between tokens `from` and `end` (", who
/// left in May,"), the marks included: asides inside a subject. A participle with its agent
/// (", managed by the port,") is one too.
pub(super) fn relative_asides(cx: &Ctx, from: usize, end: usize) -> Vec<std::ops::Range<usize>> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let comma = |k: usize| punct::is_clause_separator(&toks[k]);
    let agent = |k: usize| toks.get(k).is_some_and(|t| t.word && rules.agent_prepositions.contains(t.fold.as_str()));
    let mut out = Vec::new();
    let mut k = from;
    while k + 1 < end {
        let next = &toks[k + 1];
        let relative = rules.relative_pronouns.contains(next.fold.as_str()) || (!next.cap && agent(k + 2));
        if comma(k) && next.word && relative {
            let close =
                (k + 2..end.min(k + 2 + window::CLAUSE_SUBJECT)).find(|&c| comma(c) || cx.doc.in_quote[c].is_some());
            if let Some(c) = close.filter(|&c| comma(c)) {
                out.push(k..c + 1);
                k = c + 1;
                continue;
            }
        }
        k += 1;
    }
    out
}

/// "the bridge, which officials said would cost …", "a man who police say was armed": a
/// relative pronoun, a short subject, the cue, then at once a finite verb. The relative
/// clause's verb and what follows are the report; its subject is the pronoun's antecedent.
/// `Some(None)` when the clause is there but the speaker search vetoed it.
pub(super) fn relative_report(cx: &Ctx, s: Sentence, cue: &Cue, j: usize) -> Option<Option<Statement>> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let verb = cue.verb(rules);
    if !verb.bare_clause || cue.form.inverted || j >= s.end || !rules.is_lowercase_finite(&toks[j]) {
        return None;
    }
    let relative = |t: &crate::text::Tok| {
        rules.relative_pronouns.contains(t.fold.as_str()) || rules.relative_complementizers.contains(t.fold.as_str())
    };
    // Only words between the pronoun and the cue: its subject, a few words long.
    let r = (s.start..cue.first)
        .rev()
        .take(window::RELATIVE_SUBJECT + 1)
        .take_while(|&k| toks[k].word)
        .find(|&k| relative(&toks[k]))?;
    if r + 1 == cue.first {
        return None;
    }
    // A relative set off by a comma ends at the next one (", who police say was armed, fled").
    let set_off = r > s.start && punct::is_clause_separator(&toks[r - 1]);
    let end = if set_off {
        (j..s.end).find(|&k| punct::is_clause_separator(&toks[k]) && cx.doc.in_quote[k].is_none()).unwrap_or(s.end)
    } else {
        s.end
    };
    let c = clause(cx, j, 0, Sentence { start: s.start, end });
    if words_between(&cx.doc, c.start, c.end) < min_words::RELATIVE_REPORT {
        return None;
    }
    cx.trace.step("content", || format!("a report inside a relative clause opened by '{}'", toks[r].fold));
    // The speaker is the relative clause's subject: search as if the sentence began there.
    let st = who_said(cx, Sentence { start: r + 1, end: s.end }, cue, j)
        .map(|said| statement(cx, c, Some(cue), said, confidence::CUE_CLAUSE, &format!("{}/cue-relative", verb.id)));
    Some(st)
}
