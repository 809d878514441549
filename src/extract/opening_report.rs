//! Reports that open a sentence and point at its main clause. A speech participle:
//! "Insisting that the bridge was safe, the engineers reopened it." / "Claiming the toll was
//! unfair, Mayor Park told reporters …": what it reports ends at the comma before the main
//! clause, whose subject is its speaker. A clause of comparison: "As the surveyor noted in
//! her survey, the dunes …" / "Comme l'a rappelé X, …": the main clause is what was said.

use super::cue::Cue;
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

/// A clause of comparison that opens a sentence around its cue.
pub(super) struct Compared {
    /// The separator before the main clause.
    pub(super) end: usize,
    /// No subject comes before the cue ("comme l'a dit X", "as stated by X"): the words
    /// before it are pronouns or auxiliaries, never the speaker.
    pub(super) subject_follows: bool,
}

/// Where a clause of comparison around the cue ends, when it opens `s` ("As the surveyor
/// noted in her survey, the dunes are moving", "Comme le souligne le rapport, …", "وكما
/// أوضح التقرير، …"): the separator before the main clause it points at. The cue is the
/// clause's only verb, and its object is the gap the main clause fills: after a subject,
/// only adjuncts or an addressee follow it ("As officials announced the closure, …" is a
/// clause of time); with no subject before it, its subject follows ("comme l'a dit X").
pub(super) fn compared_clause_end(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<Compared> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let opening = opening_word(cx, s, cue.first)?;
    let far = cue.first - opening > window::MAIN_SUBJECT_WORDS;
    // A participle of manner ("وكما كان متوقعا", "as expected") reports nothing here.
    let manner = cue.verb(rules).adverbial;
    if !rules.is_comparative(&toks[opening]) || far || manner {
        return None;
    }
    let no_verb = |k: usize| {
        cx.doc.in_quote[k].is_none()
            && !punct::is_colon(&toks[k])
            && !rules.is_lowercase_finite(&toks[k])
            && rules.complementizers.match_at(toks, k, &rules.clitics).is_none()
    };
    if !(opening + 1..cue.first).all(no_verb) {
        return None;
    }
    let pronoun = |t: &crate::text::Tok| {
        rules.is_object_clitic(t) || rules.raw.syntax.compared_object_pronouns.iter().any(|p| *p == t.fold)
    };
    let subject_before = (opening + 1..cue.first)
        .any(|k| toks[k].word && !pronoun(&toks[k]) && !rules.is_aux(&toks[k]) && !rules.is_clitic_aux(&toks[k]));
    let next = toks.get(cue.last + 1)?;
    let gap = !next.word
        || rules.is_preposition(next)
        || rules.time.len_at(toks, cue.last + 1) > 0
        || cue.verb(rules).addressee_follows;
    if subject_before && !gap {
        return None;
    }
    let separator = (cue.last + 1..s.end).find(|&k| punct::is_clause_separator(&toks[k]) || !no_verb(k))?;
    if !punct::is_clause_separator(&toks[separator]) || separator + 1 >= s.end {
        return None;
    }
    // Verb-first languages open the main clause on its verb or a complementizer, never on
    // an adjunct ("كما أكد الوزير، في بيان، أن …" is "also", not "as"). Elsewhere a
    // subject opens it, and a segment of a few words is no apposition ("As noted by the
    // mayor, Ann Park, …"): the verb tables do not know every finite form ("tiendra").
    let main = separator + 1;
    let opens = if rules.raw.syntax.verb_first {
        !rules.is_relative_pronoun(&toks[main]) && !rules.is_preposition(&toks[main])
    } else {
        let segment = (main..s.end).take_while(|&k| !punct::is_clause_separator(&toks[k]));
        let words = segment.filter(|&k| toks[k].word).count();
        opens_main_clause(cx, main, s.end)
            || (words > window::APPOSITION_WORDS && opens_plain_subject(cx, main))
            || bare_noun_clause(cx, main, s.end)
    };
    opens.then_some(Compared { end: separator, subject_follows: !subject_before })
}

/// "As the mayor noted, spending on roads has fallen": after a clause of comparison, a
/// main clause may open on a bare lower-case noun (no article), when a listed finite verb or
/// an auxiliary follows within a subject's length, before any separator.
fn bare_noun_clause(cx: &Ctx, p: usize, end: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let t = &toks[p];
    let opener = rules.is_preposition(t)
        || rules.is_relative_pronoun(t)
        || rules.is_subordinator(t)
        || rules.adjunct_openers.contains(t.fold.as_str())
        || super::content::is_coordinator(&cx.doc, p, rules);
    let verb = |k: usize| rules.is_aux(&toks[k]) || rules.is_lowercase_finite(&toks[k]);
    t.word
        && !t.cap
        && !opener
        && (p + 1..end.min(p + 1 + window::MAIN_SUBJECT_WORDS))
            .take_while(|&k| toks[k].word || !punct::is_clause_separator(&toks[k]))
            .any(verb)
}

/// Where a report that starts at `from` inside a subordinate clause opening `s` ends ("While
/// aides have suggested his role is X, Mr. Y is …", "After officials insisted that …, the
/// campaign …"): the separator before the main clause. `None` when `s` opens on no clause
/// opener, or a main clause already opened before `from` (the report is the main clause's).
pub(super) fn subordinate_clause_end(cx: &Ctx, s: Sentence, from: usize) -> Option<usize> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let opening = opening_word(cx, s, from)?;
    if !rules.clause_openers.contains(toks[opening].fold.as_str()) {
        return None;
    }
    let main_after = |k: usize| {
        punct::is_clause_separator(&toks[k]) && cx.doc.in_quote[k].is_none() && opens_main_clause(cx, k + 1, s.end)
    };
    if (opening + 1..from).any(main_after) {
        return None;
    }
    (from + 1..s.end).find(|&k| main_after(k))
}

/// The sentence's first word before `before` that is no connective of the reporter's ("And
/// as X noted", "Yet while …"): where a subordinate clause opening `s` would begin.
pub(super) fn opening_word(cx: &Ctx, s: Sentence, before: usize) -> Option<usize> {
    let (toks, rules) = (cx.toks(), cx.rules);
    (s.start..before).find(|&k| toks[k].word && !rules.connectives.contains(toks[k].fold.as_str()))
}

/// Whether a subject opens at `p`: not a relative pronoun or a coordinator.
fn opens_plain_subject(cx: &Ctx, p: usize) -> bool {
    let rules = cx.rules;
    !rules.is_relative_pronoun(&cx.toks()[p])
        && !super::content::is_coordinator(&cx.doc, p, rules)
        && super::bare_clause::opens_subject(cx, p)
}

/// Whether a main clause opens at `p`: a subject (not a relative pronoun or a coordinator),
/// then a verb before the next separator, within a subject's length.
pub(super) fn opens_main_clause(cx: &Ctx, p: usize, end: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    if p >= end || !opens_plain_subject(cx, p) {
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
