//! Relative clauses around a cue: asides inside a subject (", who left in May,"), and a
//! report made inside one ("the bridge, which officials said would cost …").

use super::bare_clause::opens_subject;
use super::content::{clause, words_between};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::search::{resolve, who_said};
use super::statement::statement;
use super::subjects::{main_subject, sentence_subject};
use crate::lang::punct;
use crate::model::Statement;
use crate::tuning::{confidence, min_words, window};

/// Relative clauses set off by commas (or dashes) between tokens `from` and `end` (", who
/// left in May,"), the marks included: asides inside a subject. A participle with its agent
/// (", managed by the port,") is one too, and so are an indefinite apposition, a contrast
/// or a connective without a verb (", a 34-year-old man,", ", not rural life,", ",
/// however,") and an age (", 24,").
pub(super) fn relative_asides(cx: &Ctx, from: usize, end: usize) -> Vec<std::ops::Range<usize>> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let comma = |k: usize| punct::is_clause_separator(&toks[k]);
    let agent = |k: usize| toks.get(k).is_some_and(|t| t.word && rules.agent_prepositions.contains(t.fold.as_str()));
    let mut out = Vec::new();
    let mut k = from;
    while k + 1 < end {
        let next = &toks[k + 1];
        let relative = rules.is_relative_pronoun(next) || (!next.cap && agent(k + 2));
        // "low pay, not rural life, was …", "the council, however, would …": a contrast or
        // a connective set off by commas, with no verb, is an aside too.
        let aside_opener = rules.indefinites.contains(next.fold.as_str())
            || rules.negators.contains(next.fold.as_str())
            || rules.connectives.contains(next.fold.as_str());
        // "the protester, 24, was arrested": an age set off by commas.
        let age = next.word && next.fold.chars().all(|c| c.is_ascii_digit()) && k + 2 < end && comma(k + 2);
        if comma(k) && age {
            out.push(k..k + 3);
            k += 3;
            continue;
        }
        if comma(k) && next.word && (relative || aside_opener) {
            let close =
                (k + 2..end.min(k + 2 + window::CLAUSE_SUBJECT)).find(|&c| comma(c) || cx.doc.in_quote[c].is_some());
            let verbless = |c: usize| !(k + 2..c).any(|j| rules.is_finite(&toks[j]));
            if let Some(c) = close.filter(|&c| comma(c) && (relative || verbless(c))) {
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
    let relative =
        |t: &crate::text::Tok| rules.is_relative_pronoun(t) || rules.relative_complementizers.contains(t.fold.as_str());
    // Only words between the pronoun and the cue: its subject, a few words long.
    let pronoun = (s.start..cue.first)
        .rev()
        .take(window::RELATIVE_SUBJECT + 1)
        .take_while(|&k| toks[k].word)
        .find(|&k| relative(&toks[k]));
    // Without a pronoun, `r` is the antecedent's last word.
    let r = pronoun.or_else(|| contact_antecedent_end(cx, s.start, cue.first))?;
    if r + 1 == cue.first {
        return None;
    }
    // A relative set off by a comma ends at the next one (", who police say was armed, fled").
    let set_off = r > s.start && punct::is_clause_separator(&toks[r - 1]);
    // Else it ends before a main clause after it ("In a move it said would …, the port
    // raised …").
    let separator = |k: usize| punct::is_clause_separator(&toks[k]) && cx.doc.in_quote[k].is_none();
    let end = if set_off {
        (j..s.end).find(|&k| separator(k)).unwrap_or(s.end)
    } else {
        (j..s.end)
            .find(|&k| separator(k) && super::opening_report::opens_main_clause(cx, k + 1, s.end))
            .unwrap_or(s.end)
    };
    let c = clause(cx, j, 0, Sentence { start: s.start, end });
    if words_between(&cx.doc, c.start, c.end) < min_words::RELATIVE_REPORT {
        return None;
    }
    cx.trace.step("content", || format!("a report inside a relative clause opened by '{}'", toks[r].fold));
    // The speaker is the relative clause's subject: search as if the sentence began there.
    // A pronoun no earlier speaker answers ("…, in a move it said would …") stands for the
    // sentence's subject.
    let said = who_said(cx, Sentence { start: r + 1, end: s.end }, cue, j).map(|said| match said.agent {
        None => sentence_subject(cx, s)
            .or_else(|| main_subject(cx, s.until(r)))
            .map(|p| resolve(cx, &p, cue, false))
            .unwrap_or(said),
        Some(_) => said,
    });
    let st = said
        .map(|said| statement(cx, c, Some(cue), said, confidence::CUE_CLAUSE, &format!("{}/cue-relative", verb.id)));
    Some(st)
}

/// "a move officials said was overdue", "the plan the mayor says will cost …": where the
/// table's syntax allows a relative clause without its pronoun, the antecedent's last word
/// right before the clause's short subject (a subject pronoun, a bare plural source, or an
/// article and its noun). The antecedent is a noun: no verb, preposition or function word.
/// The clause starts at token `from` at the earliest; the cue is token `cue`.
pub(super) fn contact_antecedent_end(cx: &Ctx, from: usize, cue: usize) -> Option<usize> {
    let (toks, rules) = (cx.toks(), cx.rules);
    if !rules.raw.syntax.contact_relatives || cue < from + 2 {
        return None;
    }
    let before = cue - 1;
    let one_word = rules.subject_pronouns.contains(toks[before].fold.as_str())
        || rules.pronouns.match_at(toks, before, &[]).is_some()
        || (rules.is_source_noun(&toks[before]) && !toks[before].cap);
    let subject = if one_word {
        before
    } else {
        (cue.saturating_sub(window::RELATIVE_SUBJECT).max(from + 1)..cue)
            .rev()
            .take_while(|&k| toks[k].word)
            .find(|&k| rules.articles.contains(toks[k].fold.as_str()))?
    };
    // The subject is a noun phrase: no verb or participle in it ("showing X making remarks").
    let verbal = |t: &crate::text::Tok| rules.is_lowercase_verb(t) || rules.is_participle(t);
    if toks[subject..cue].iter().any(verbal) {
        return None;
    }
    let antecedent = &toks[subject.checked_sub(1)?];
    let noun = antecedent.word
        && !rules.is_verbal_word(antecedent, true)
        && !rules.is_lowercase_verb(antecedent)
        && !rules.is_preposition(antecedent)
        && !rules.articles.contains(antecedent.fold.as_str())
        && !rules.function_words.contains(antecedent.fold.as_str())
        && !rules.is_relative_pronoun(antecedent)
        && rules.cues.match_at(toks, subject - 1, &rules.clitics).is_none();
    noun.then_some(subject - 1)
}

/// "with repairs that helped …", "the rules that favour him": a complementizer that
/// is also a relative pronoun, after some word other than the cue, then a verb (perhaps
/// after an adverb: "obstacles that sometimes came").
pub(super) fn relative_clause(cx: &Ctx, cue: &Cue, j: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    if j == cue.last + 1 || !rules.relative_complementizers.contains(toks[j].fold.as_str()) {
        return false;
    }
    // "called the bridge an eyesore that nobody wanted", "criticized the provisions that
    // benefit him": a verb whose object must hold a marker says it in the object, and takes
    // no clause after it.
    let verb = cue.verb(rules);
    if verb.object_content && !verb.object_markers.is_empty() {
        return true;
    }
    let finite = |k: usize| toks.get(k).is_some_and(|t| rules.is_lowercase_finite(t));
    let adverb = |k: usize| toks.get(k).is_some_and(|t| t.word && rules.is_verbal_word(t, false));
    // "rules that favour him", "remarks that aim squarely at …": a lower-case word that
    // cannot open a subject, then what opens an object (a name, an article, a pronoun, an
    // adverb), and no finite verb, is the relative clause's own verb; a report goes on with
    // its subject ("that spending cuts would …", "that critics point to").
    let object_opener = |k: usize| {
        toks.get(k).is_some_and(|t| t.word && (t.cap || rules.is_verbal_word(t, false)))
            || (k < toks.len() && (rules.is_article(toks, k) || rules.pronouns.match_at(toks, k, &[]).is_some()))
    };
    let bare_verb = toks.get(j + 1).is_some_and(|t| t.word && !t.cap)
        && !opens_subject(cx, j + 1)
        && object_opener(j + 2)
        && !(j + 2..(j + 5).min(toks.len())).any(finite);
    finite(j + 1) || (adverb(j + 1) && finite(j + 2)) || bare_verb
}
