//! Content first, cue after: "« … », a déclaré X." / "…, a indiqué le ministère." /
//! "\"…,\" the minister said." / "“…,” وقالت الوزيرة".

use super::content::{clause, quote_content, words_between, Content};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::search::{find, resolve, Said};
use super::strategies::{after_adjunct, cut_each_segment, Regions};
use crate::lang::punct;
use crate::model::QuoteKind;
use crate::phrase::Phrase;
use crate::tuning::{min_words, window};
use std::ops::Range;

/// The content before `cue` and its speaker: after the cue where the verb comes first (and
/// in incises), before it where the subject does and the cue ends the sentence.
pub(super) fn postposed(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<(Content, Said)> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let syntax = &rules.raw.syntax;
    let no = |why: &'static str| {
        cx.trace.step("postposed", || why.into());
        None
    };
    let Some(before) = cue.first.checked_sub(1).filter(|&p| p >= s.start) else {
        return no("the cue opens the sentence");
    };
    // "», lui répond le ministre": the addressee's pronoun belongs with the verb.
    let before = if before > s.start && rules.is_object_clitic(&doc.toks[before]) { before - 1 } else { before };
    if let Some((content_end, subject)) = resumed(cx, s, cue) {
        cx.trace.step("postposed", || "a resumptive phrase points back to the clause before it".into());
        let phrase = if subject.is_empty() {
            find(cx, &rules.search.postposed_verb_first, &after_cue(cx, s, cue))
        } else {
            find(cx, &rules.search.postposed_subject_first, &before_cue(s, cue, subject))
        };
        let Some(p) = phrase else { return no("no speaker around the cue after a resumptive phrase") };
        return finish(cx, s, cue, content_end, &p);
    }
    // "« … », comme l'a dit X": a clause of comparison whose verb comes first.
    let quote_end =
        if before > s.start && punct::is_clause_separator(&doc.toks[before - 1]) { before - 1 } else { before };
    if let Some(qi) = compared_quote(cx, quote_end, before) {
        let Some(p) = find(cx, &rules.search.postposed_verb_first, &after_cue(cx, s, cue)) else {
            return no("no speaker after the cue of a comparison");
        };
        return Some(compared_statement(cx, qi, cue, &p));
    }
    if emphatic_subject_before(cx, before) {
        return no("a stressed pronoun or a turn opener set off before the cue resumes its subject");
    }
    let bt = &doc.toks[before];
    let sep_before = punct::is_clause_separator(bt);
    let after_quote =
        doc.in_quote[before].is_some() || (sep_before && before > s.start && doc.in_quote[before - 1].is_some());
    if syntax.verb_first && !after_quote {
        // Where the verb comes first, what precedes "، أعلنت X" is an adverbial, not speech.
        return no("the verb comes first and no quote precedes it");
    }
    // "…, the finance chief, Wendy Huang, said.": where the subject comes first, a comma
    // before a cue that ends the sentence closes an apposition before it, not a clause.
    let rest = rest_of_clause(cx, s, cue);
    let ends_sentence = !syntax.verb_first && names_no_speaker(cx, cue, rest) && after_adjunct(cx, rest).is_none();
    let verb_then_subject = (sep_before && !ends_sentence) || doc.in_quote[before].is_some() || cue.form.inverted;
    let (content_end, phrase) = if verb_then_subject {
        let regions = after_cue(cx, s, cue);
        let end = if sep_before { adjunct_after_quote(cx, s, before).unwrap_or(before) } else { before + 1 };
        // An incise names its speaker by its own pronoun ("», a-t-elle dit à X").
        let order = if cue.form.inverted { &rules.search.inverted } else { &rules.search.postposed_verb_first };
        let Some(p) = find(cx, order, &regions) else {
            return no("no speaker after the cue");
        };
        (end, p)
    } else {
        let Some((end, np)) = subject_before_cue(cx, s, cue) else {
            return no("no comma or quote closes a content before the subject");
        };
        let compared = compared_quote(cx, end, np.start);
        // "“…,” state media quoted the minister as saying": the verb's object spoke.
        let p = if cue.verb(rules).speaker_follows {
            find(cx, &rules.search.quoted, &after_cue(cx, s, cue))
        } else {
            find(cx, &rules.search.postposed_subject_first, &before_cue(s, cue, np))
        };
        let Some(p) = p else {
            return no("no speaker between the content and the cue");
        };
        if let Some(qi) = compared {
            return Some(compared_statement(cx, qi, cue, &p));
        }
        (end, p)
    };
    finish(cx, s, cue, content_end, &phrase)
}

/// "Les habitants, eux, dénoncent …", "La région, de son côté, promet …": a stressed pronoun
/// or a phrase passing the floor (the table's turn openers), set off by commas right before
/// the cue (at `before`, the comma closing it), resumes the subject before it; nothing
/// before the cue is what was said.
fn emphatic_subject_before(cx: &Ctx, before: usize) -> bool {
    let (toks, rules) = (&cx.doc.toks, cx.rules);
    if before < 2 || cx.doc.in_quote[before].is_some() || !punct::is_clause_separator(&toks[before]) {
        return false;
    }
    let Some(open) = (0..before).rev().find(|&k| !toks[k].word) else { return false };
    if !punct::is_clause_separator(&toks[open]) {
        return false;
    }
    let set_off = open + 1..before;
    let emphatic = set_off.len() == 1 && rules.is_emphatic_pronoun(&toks[open + 1]);
    emphatic || rules.turn_openers.match_at(toks, open + 1, &rules.clitics).is_some_and(|m| m.len == set_off.len())
}

/// "« … », samedi soir, a déclaré X": a short adjunct between a quote (and its comma) and
/// the comma `sep` before the cue says when, and stays out of the content, which ends with
/// the quote.
fn adjunct_after_quote(cx: &Ctx, s: Sentence, sep: usize) -> Option<usize> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let first = (s.start..sep).rev().take_while(|&k| doc.toks[k].word).last()?;
    let before = first.checked_sub(1).filter(|&k| k > s.start)?;
    // The comma after the quote's close, or inside it ("“…,” on Tuesday, said X").
    let end = if punct::is_clause_separator(&doc.toks[before]) { before } else { first };
    let qi = doc.in_quote[end - 1]?;
    let adjunct = &doc.toks[first..sep];
    (adjunct.len() <= window::ADJUNCT && doc.quotes[qi].after() == end && !adjunct.iter().any(|t| rules.is_finite(t)))
        .then_some(end)
}

/// The content before `content_end`, if long enough, with the speaker `phrase` resolved.
fn finish(cx: &Ctx, s: Sentence, cue: &Cue, content_end: usize, phrase: &Phrase) -> Option<(Content, Said)> {
    let doc = &cx.doc;
    let no = |why: &'static str| {
        cx.trace.step("postposed", || why.into());
        None
    };
    // "DETROIT (Reuters) - Northfield Motors is recalling …, regulators said": the
    // dateline is no part of what was said.
    let start = super::subjects::after_dateline(cx, s);
    let start = quote_after_colon(cx, start, content_end).unwrap_or(start);
    if content_end <= start {
        return no("no content before the cue");
    }
    let c = clause(cx, start, 0, Sentence { start, end: content_end.min(s.end) });
    if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < min_words::POSTPOSED {
        return no("the content before the cue is too short");
    }
    // "Lors d'un point presse, il a répondu …": an adjunct with no verb says where, not what.
    let (first, last) = (doc.tok_at(c.start), doc.tok_at(c.end.saturating_sub(1)));
    let rules = cx.rules;
    let verbless = || !doc.toks[first..=last].iter().any(|t| rules.is_finite(t));
    if c.kind == QuoteKind::Indirect
        && rules.speaker_stops.match_at(&doc.toks, first, &rules.clitics).is_some()
        && verbless()
    {
        return no("the words before the cue are an adjunct, not a content");
    }
    // "Maria Lund, the mayor's sister, noted the change …": a name and its apposition
    // with no verb are the cue's subject, not what it reports.
    // So are a title and the name set off after it ("The mayor, Ana Ruiz, announced …").
    let name_end = (first..=last).find(|&k| !(doc.toks[k].word && doc.toks[k].cap)).unwrap_or(last + 1);
    let apposition = name_end > first && name_end <= last && punct::is_clause_separator(&doc.toks[name_end]);
    let segments: Vec<&[crate::text::Tok]> = doc.toks[first..=last].split(punct::is_clause_separator).collect();
    // "…, Dr. Ana Ruiz,": an honorific (and its full stop) may open the name.
    let named_apposition =
        segments.len() == 2 && segments.iter().any(|seg| super::names::is_titled_full_name(seg, rules));
    if c.kind == QuoteKind::Indirect && (apposition || named_apposition) && verbless() {
        return no("the words before the cue are a name and its apposition, not a content");
    }
    // "Tan, who took over in January, has promised …": a name and a relative clause about
    // it are the cue's subject; the relative's verb is no content's.
    let relative_aside =
        apposition && segments.len() == 2 && segments[1].first().is_some_and(|t| rules.is_relative_pronoun(t));
    if c.kind == QuoteKind::Indirect && relative_aside {
        return no("the words before the cue are a name and a relative clause about it, not a content");
    }
    cx.trace.step("content", || "the content comes before the cue".into());
    Some((c, resolve(cx, phrase, cue, cue.verb(cx.rules).continuation)))
}

/// "Residents remain wary: “We have heard this before,” said …": where a quote opened right
/// after a colon runs to the content's end, the words before the colon are the writer's
/// lead-in, and the quote alone is what was said.
fn quote_after_colon(cx: &Ctx, start: usize, content_end: usize) -> Option<usize> {
    let doc = &cx.doc;
    let colon = (start..content_end.saturating_sub(1))
        .rev()
        .find(|&k| punct::is_colon(&doc.toks[k]) && doc.in_quote[k].is_none())?;
    let qi = doc.in_quote[colon + 1]?;
    let q = &doc.quotes[qi];
    (q.open == colon + 1 && q.after() >= content_end).then_some(colon + 1)
}

/// "…is “dead on arrival,” as Senator X said", "« … », comme l'a dit X": the quote that
/// closes at `content_end` when the words at `subject` open a clause of comparison.
fn compared_quote(cx: &Ctx, content_end: usize, subject: usize) -> Option<usize> {
    let (doc, rules) = (&cx.doc, cx.rules);
    // Past the quote's closing mark and comma.
    let j = (subject..doc.toks.len()).find(|&k| doc.toks[k].word)?;
    if doc.in_quote[j].is_some() || !rules.comparatives.contains(doc.toks[j].fold.as_str()) {
        return None;
    }
    let qi = doc.in_quote[content_end.checked_sub(1)?]?;
    let q = &doc.quotes[qi];
    (q.after() >= content_end && q.words >= rules.raw.min_quote_words).then_some(qi)
}

/// The quote `qi` that a clause of comparison points back to, said by `phrase`.
fn compared_statement(cx: &Ctx, qi: usize, cue: &Cue, phrase: &Phrase) -> (Content, Said) {
    cx.trace.step("content", || "a clause of comparison points back to the quote before it".into());
    (quote_content(&cx.doc, qi), resolve(cx, phrase, cue, cue.verb(cx.rules).continuation))
}

/// Where a speaker that follows the cue is looked for: up to a relative clause, set off by
/// a comma or not ("», précise la juge, qui …", "said an engineer who said …").
fn after_cue<'c>(cx: &Ctx, s: Sentence, cue: &'c Cue) -> Regions<'c> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let end = (cue.last + 2..s.end).find(|&k| rules.is_relative_pronoun(&toks[k])).map_or(s.end, |k| {
        if punct::is_clause_separator(&toks[k - 1]) {
            k - 1
        } else {
            k
        }
    });
    let none = cue.first..cue.first;
    Regions { sentence: s, cue, right: cue.last + 1..end, left: none.clone(), full_left: none, left_limit: 0 }
}

/// Where a speaker between the content and the cue is looked for.
fn before_cue(s: Sentence, cue: &Cue, np: Range<usize>) -> Regions<'_> {
    let right = cue.last + 1..cue.last + 1;
    Regions { sentence: s, cue, right, left: np.clone(), full_left: np, left_limit: usize::MAX }
}

/// "…, c'est ce qu'a déclaré X" / "…, c'est ce que le ministre a déclaré" / "…, that's what
/// the minister said": a resumptive phrase of the table after a comma points back to the
/// clause before it. The end of that clause, and the subject between the phrase (and its
/// complementizer) and the cue, empty when the verb comes first.
fn resumed(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<(usize, Range<usize>)> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let k = (s.start..cue.first).rev().take(window::POSTPOSED_SUBJECT).find(|&k| !toks[k].word)?;
    if !punct::is_clause_separator(&toks[k]) {
        return None;
    }
    let m = rules.resumptives.match_at(toks, k + 1, &rules.clitics)?;
    let mut after = k + 1 + m.len;
    if let Some(c) = rules.complementizers.match_at(toks, after, &rules.clitics).filter(|c| after + c.len <= cue.first)
    {
        after += c.len;
    }
    (after <= cue.first).then_some((k, after..cue.first))
}

/// The words after the cue in its own clause: up to a comma that opens another attribution
/// (", adding that …", ", according to …") or the reporter's participle (", squeezing …").
fn rest_of_clause<'d>(cx: &'d Ctx, s: Sentence, cue: &Cue) -> &'d [crate::text::Tok] {
    let (toks, rules) = (cx.toks(), cx.rules);
    let end = (cue.last + 1..s.end)
        .find(|&k| {
            punct::is_clause_separator(&toks[k])
                && (rules.cues.match_at(toks, k + 1, &rules.clitics).is_some()
                    || rules.according_to.match_at(toks, k + 1, &rules.clitics).is_some()
                    || super::content::is_participle_adjunct(&cx.doc, rules, k + 1, s.end))
        })
        .unwrap_or(s.end);
    &toks[cue.last + 1..end]
}

/// Whether the words after the cue name no speaker: none at all, only adjuncts set off by
/// commas, or the hearer of a verb whose object is its addressee ("told reporters on Friday").
fn names_no_speaker(cx: &Ctx, cue: &Cue, rest: &[crate::text::Tok]) -> bool {
    let kept = cut_each_segment(cx, rest);
    kept.iter().all(|t| !t.word)
        || (cue.verb(cx.rules).addressee_follows && rest.iter().filter(|t| t.word).count() <= window::ADDRESSEE_WORDS)
}

/// Where the subject sits between the content and a sentence-final cue ("…, the minister
/// said."), unless a quote precedes ("“…,” Mayor Shaw told the council."): the end of the
/// content and the subject's tokens.
fn subject_before_cue(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<(usize, std::ops::Range<usize>)> {
    let doc = &cx.doc;
    let sep = |k: usize| punct::is_clause_separator(&doc.toks[k]);
    let k = punct::outside_asides(&doc.toks, (s.start..cue.first).rev(), true)
        .take(window::POSTPOSED_SUBJECT)
        .find(|&k| sep(k) || doc.in_quote[k].is_some() || punct::is_semicolon(&doc.toks[k]))
        // "Keep the money, Ana; the board agrees": a clause joined by a semicolon
        // holds its own subject; the words before the semicolon are not that subject.
        .filter(|&k| doc.in_quote[k].is_some() || !punct::is_semicolon(&doc.toks[k]))?;
    // "“…,” the company's finance chief, Wendy Huang, said": the comma before the cue closes
    // an apposition; the speaker phrase reaches back to the quote.
    // Without a quote, "…, Dr. Ada Osei, the agency's chief, told reporters": the subject is
    // the two segments before the cue, and the content ends at the comma before them.
    let k = if k + 1 == cue.first && sep(k) {
        let reach = (s.start..k).rev().take(window::POSTPOSED_APPOSITION);
        let back = reach.clone().find(|&j| doc.in_quote[j].is_some());
        // The second comma back (the first one separates the name from its apposition),
        // else the first, when the apposition is too long to see past.
        // What ends there must be a clause, with a finite verb ("La ministre de l'Industrie,
        // Claire Fontaine, a jugé …" has none: its comma opens the subject's apposition).
        let finite = |k: usize| cx.rules.is_lowercase_finite(&doc.toks[k]);
        let commas = || reach.clone().filter(|&j| sep(j) && (s.start..j).any(finite));
        // A quote closing on a comma is followed by its attribution, however long the
        // appositions before the cue.
        let closes_on_comma = |j: usize| {
            doc.in_quote[j].is_some_and(|q| {
                let q = &doc.quotes[q];
                sep(q.last) || doc.toks.get(q.after()).is_some_and(punct::is_clause_separator)
            })
        };
        let attributed = || (s.start..k).rev().take(window::POSTPOSED_ATTRIBUTION).find(|&j| doc.in_quote[j].is_some());
        back.or_else(|| attributed().filter(|&j| closes_on_comma(j)))
            .or_else(|| commas().nth(1))
            .or_else(|| commas().next())
            .unwrap_or(k)
    } else {
        k
    };
    let rest = rest_of_clause(cx, s, cue);
    let quote = doc.in_quote[k].or_else(|| (k > s.start).then(|| doc.in_quote[k - 1]).flatten());
    // Words after the cue are its content, unless a quote opening the sentence came first:
    // "On this week's broadcast of “Morning Edition,” the senator said the bill …" reports
    // what follows the cue; the quoted title before it is no statement.
    let opens_sentence = quote.is_some_and(|q| doc.quotes[q].open == s.start);
    if !names_no_speaker(cx, cue, rest) && !opens_sentence {
        return None;
    }
    let end = if sep(k) { k } else { k + 1 };
    Some((end, k + 1..cue.first))
}
