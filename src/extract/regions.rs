//! Where the speaker strategies look for one cue: the regions of its sentence before and
//! after it, bounded by what starts another clause (a quote, a colon, a clause opener, or a
//! coordinator after a clause).

use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::speaker::{agent_aside, participle_aside};
use crate::lang::punct;
use std::ops::Range;

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

/// Where the strategies look for the speaker of `cue`, whose content opens at `marker`.
pub(super) fn regions<'c>(cx: &Ctx, s: Sentence, cue: &'c Cue, marker: usize) -> Regions<'c> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let syntax = &rules.raw.syntax;
    // The left context stops at a quote, a colon or semicolon, a parenthesis still open at
    // the cue (the aside is a sentence of its own), and (where a complementizer
    // precedes a subject) at a complementizer; not inside a relative clause set off right
    // before the cue ("The officials, who spoke … because the inquiry is ongoing, said").
    let aside = relative_aside_start(cx, s, cue.first);
    let aside = dash_aside_start(cx, s, aside);
    // A name in quote marks inside a noun phrase ("the newspaper “Harbour Times” reported",
    // "le quotidien « Le Soir » rapporte") is part of the subject; a real quote, a short one
    // that opens the sentence or follows punctuation, or scare quotes ("the three “reforms”
    // she listed") end the left context.
    let quote_stops = |k: usize| {
        doc.in_quote[k].is_some_and(|q| {
            let open = doc.quotes[q].open;
            let name = doc.toks.get(open + 1).is_some_and(|t| t.cap || !syntax.cased);
            doc.in_real_quote(k, rules.raw.min_quote_words) || open <= s.start || !doc.toks[open - 1].word || !name
        })
    };
    let left_start = (s.start..aside)
        .rev()
        .find(|&k| {
            let t = &doc.toks[k];
            quote_stops(k)
                || (!t.word && matches!(t.punct, ':' | ';'))
                || (punct::parenthesis(t) == Some(true)
                    && !doc.toks[k..aside].iter().any(|c| punct::parenthesis(c) == Some(false)))
                || (t.word && rules.clause_openers.contains(t.fold.as_str()))
                || (syntax.complementizer_bounds_subject
                    && rules.complementizers.match_at(&doc.toks, k, &rules.clitics).is_some()
                    // "The report that the committee published said": a verb after it makes
                    // it a relative pronoun, and the subject comes before it.
                    && !doc.toks[k + 1..aside].iter().any(|t| rules.is_lowercase_finite(t)))
        })
        .map_or(s.start, |k| k + 1);
    let left_start = after_subordinate_clause(cx, left_start, aside);
    let left_start = after_opening_participle(cx, s.start, aside).max(left_start);
    let left_start = coordinated_clause_start(cx, left_start, aside);
    // A long left context: only its last comma-separated segments can be the subject. A
    // relative clause right before the cue is left out: the subject is before it.
    let mut left = left_start..aside.max(left_start);
    while doc.toks[left.clone()].iter().filter(|t| t.word).count() > syntax.left_window {
        match doc.toks[left.clone()].iter().position(punct::is_clause_separator) {
            Some(p) => left.start += p + 1,
            None => break,
        }
    }
    // "», lui répond le ministre": an object pronoun right before the cue is no subject.
    if left.end == cue.first && left.end > left.start && rules.is_object_clitic(&doc.toks[left.end - 1]) {
        left.end -= 1;
    }
    // "… the sale of two ferries and said …": a cue right after a coordinator shares the first
    // verb's subject; the words before it are that verb's object, no subject.
    if cue.first > s.start && super::content::is_lone_coordinator(doc, cue.first - 1, rules) {
        left = cue.first..cue.first;
    }
    let right = cue.last + 1..marker;
    Regions { sentence: s, cue, right, left, full_left: left_start..cue.first, left_limit: syntax.left_window }
}

/// Where the main clause starts when the left context at `from` is a subordinate clause
/// ("Although Ruiz has no landmark law, local lawmakers say"): after the comma that ends it, so a name
/// inside it is not taken for the subject. `from` is right after the opener, or the
/// subordinate clause is not there. A name alone before the comma, or an adjunct after it,
/// leaves the cue in the subordinate clause ("since Gray, at the hearing, cited …").
fn after_subordinate_clause(cx: &Ctx, from: usize, cue: usize) -> usize {
    let (toks, rules) = (&cx.doc.toks, cx.rules);
    // "As the crowd cheered, the host said", "After the vote, the mayor said": an adjunct
    // opener opens a clause (or phrase) of time, not the subject, like a subordinator.
    let opener = |k: usize| {
        let fold = toks[k].fold.as_str();
        toks[k].word && (rules.subordinators.contains(fold) || rules.adjunct_openers.contains(fold))
    };
    let subordinate = from > 0 && opener(from - 1);
    let adjunct = from < cue && opener(from);
    if !(subordinate || adjunct) {
        return from;
    }
    let body = from + usize::from(adjunct);
    let Some(comma) = (body..cue).find(|&k| punct::is_clause_separator(&toks[k])) else { return from };
    let clause = toks[body..comma].iter().any(|t| t.word && !t.cap);
    let adjunct_after = rules.speaker_stops.match_at(toks, comma + 1, &[]).is_some();
    if clause && !adjunct_after {
        comma + 1
    } else {
        from
    }
}

/// Where the main clause starts when the sentence at `from` opens on a participle clause
/// ("Interrogée sur le quartier où vit sa famille, la consule a assuré"): after its comma, so
/// a name inside it is not taken for the subject.
fn after_opening_participle(cx: &Ctx, from: usize, cue: usize) -> usize {
    let toks = &cx.doc.toks[from..cue.max(from)];
    if !super::subjects::opens_participle_clause(cx, toks) {
        return from;
    }
    super::subjects::participle_clause_end(toks).map_or(from, |k| from + k)
}

/// Where an aside between commas ending right before the cue at `cue` starts (its first
/// comma), or `cue` when there is none: a relative clause ("The officials, who spoke …
/// because …, said", "Le syndicat, selon qui …, appelle") or a participle clause ("A
/// senior official, speaking on condition of anonymity because he …, said"), or a passive
/// participle with its agent ("The researchers, led by Dr. X, said"), whose own clause
/// openers, pronouns and names are not the subject's.
fn relative_aside_start(cx: &Ctx, s: Sentence, cue: usize) -> usize {
    let (toks, rules) = (&cx.doc.toks, cx.rules);
    let sep = |k: usize| punct::is_clause_separator(&toks[k]);
    if cue < s.start + 2 || !sep(cue - 1) {
        return cue;
    }
    // "Le syndicat, selon qui …, appelle": a preposition before the pronoun.
    let relative = |k: usize| {
        rules.is_relative_pronoun(&toks[k + 1])
            || (rules.is_preposition(&toks[k + 1]) && toks.get(k + 2).is_some_and(|t| rules.is_relative_pronoun(t)))
            || rules
                .according_to
                .match_at(toks, k + 1, &rules.clitics)
                .is_some_and(|m| toks.get(k + 1 + m.len).is_some_and(|t| rules.is_relative_pronoun(t)))
    };
    let aside = |k: usize| {
        let words = &toks[k + 1..cue - 1];
        relative(k) || participle_aside(words, rules) || agent_aside(cx, words)
    };
    (s.start..cue - 1).rev().find(|&k| sep(k)).filter(|&k| k > s.start && aside(k)).unwrap_or(cue)
}

/// Where an aside set off by dashes right before `cue` starts ("Ann Lowe, the head of
/// Lowe Media -- the studio that makes the show, which also airs on cable -- told me"): the
/// subject is before it, and nothing inside it. Dashes typed as hyphens come in runs.
fn dash_aside_start(cx: &Ctx, s: Sentence, cue: usize) -> usize {
    let toks = &cx.doc.toks;
    let dash = |k: usize| punct::is_dash(&toks[k]);
    if cue <= s.start || !dash(cue - 1) {
        return cue;
    }
    let close = (s.start..cue).rev().take_while(|&k| dash(k)).last().unwrap_or(cue - 1);
    let Some(open_end) = (s.start..close).rev().find(|&k| dash(k)) else { return cue };
    let open = (s.start..=open_end).rev().take_while(|&k| dash(k)).last().unwrap_or(open_end);
    if open > s.start && toks[open..close].iter().any(|t| t.word) {
        open
    } else {
        cue
    }
}

/// Where the clause of a cue at `cue` starts, at or after `from`: "X said the reforms were
/// late, and the opposition warned …", "… were fair and residents said …": after a clause (a
/// verb before it), a coordinator, with or without a comma, opens the next one; a list of
/// names ("Lee, Park, and Cho said") has no verb before it.
pub(super) fn coordinated_clause_start(cx: &Ctx, from: usize, cue: usize) -> usize {
    let (doc, rules) = (&cx.doc, cx.rules);
    let verb = |p: usize| {
        rules.is_lowercase_finite(&doc.toks[p]) || rules.cues.match_at(&doc.toks, p, &rules.clitics).is_some()
    };
    (from..cue.saturating_sub(1))
        .rev()
        .find_map(|k| {
            let after_comma =
                punct::is_clause_separator(&doc.toks[k]) && super::content::is_coordinator(doc, k + 1, rules);
            let start = if after_comma { k + 2 } else { k + 1 };
            // ", and said": a coordinator right before the cue opens no clause of its own.
            ((after_comma || super::content::is_lone_coordinator(doc, k, rules)) && (from..k).any(verb) && start < cue)
                .then_some(start)
        })
        .unwrap_or(from)
}

/// The part of sentence `s` before the cue at `cue` that belongs to the cue's clause.
pub(super) fn coordinated_clause(cx: &Ctx, s: Sentence, cue: usize) -> Sentence {
    Sentence { start: coordinated_clause_start(cx, s.start, cue), end: cue }
}
