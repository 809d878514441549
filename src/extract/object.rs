//! Verbs whose object is what was said ("called the plan a gift to developers", "cited
//! derogatory comments", "urged Congress to act"): where the object starts and ends, and
//! whether it holds one of the verb's markers. Split from `after_cue` so each module stays
//! one job.

use super::content::{clause, words_between};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::relative::relative_asides;
use super::search::who_said;
use super::statement::statement;
use crate::lang::punct;
use crate::lang::table::VerbRule;
use crate::model::Statement;
use crate::tuning::{confidence, min_words, window};

/// "called for a moratorium", "cited derogatory comments", "urged Congress to act": for a
/// verb whose object says it, the object to the end of the clause, when it holds one of the
/// verb's markers. `Some(None)` when the speaker search vetoed it.
pub(super) fn object(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<Option<Statement>> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let verb = cue.verb(rules);
    if !(verb.object_content || verb.nominal_object) || cue.last + 1 >= s.end {
        return None;
    }
    // "announced Tuesday the signing of …", "urged Monday a review of …": an adjunct of
    // time before the object is no part of it (a preposition may open one: "warned against …").
    // "promised on Monday to rebuild", "a promis lundi de …": so is a whole adjunct of time.
    // A determiner that opens no adjunct of time opens the object ("called this decision
    // “a disgrace”", "a jugé cette décision « inacceptable »").
    let time = rules.time.len_at(&doc.toks, cue.last + 1);
    let determiner = rules.articles.contains(doc.toks[cue.last + 1].fold.as_str());
    let adjunct =
        rules.speaker_stops.match_at(&doc.toks, cue.last + 1, &rules.clitics).filter(|_| time > 0 || !determiner);
    let start = match adjunct {
        _ if time > 0 && !verb.attribute_object => cue.last + 1 + time,
        Some(m) if !verb.attribute_object && !rules.is_preposition(&doc.toks[cue.last + 1]) => cue.last + 1 + m.len,
        _ => cue.last + 1,
    };
    if verb.nominal_object && !verb.object_content && (start >= s.end || !noun_phrase_opens(cx, start)) {
        return None;
    }
    // The object may open on a quote ("s'est dit « confiant » sur …"), except a
    // participle's (", calling for “urgent repairs”": no subject of its own).
    let opens = |t: usize| doc.toks[t].word || (doc.in_quote[t].is_some() && !verb.adverbial);
    // An attribute is an adjective or a quote ("s'est dit favorable"), not a noun phrase
    // ("», s'est félicité le maire": the subject after the verb).
    let noun_phrase = || doc.toks[start].cap || rules.determiners.match_at(&doc.toks, start, &[]).is_some();
    if start >= s.end || !opens(start) || (verb.attribute_object && noun_phrase()) {
        return None;
    }
    // "The measures announced on Monday will cost …": a listed finite verb (not one that may
    // be a plural noun: "announced plans") where the object would open is the sentence's
    // own, and the participle after a noun only described that noun ("the reasons he cited
    // are …" has a subject of its own).
    let first = &doc.toks[start];
    let finite_first =
        !first.cap && rules.finite_verbs.contains(first.fold.as_str()) && !rules.may_be_plural_noun(first);
    let before = cue.first.checked_sub(1).filter(|&k| k >= s.start).map(|k| &doc.toks[k]);
    let after_noun = before.is_some_and(|t| t.word && !rules.subject_pronouns.contains(t.fold.as_str()));
    if finite_first && after_noun {
        cx.trace.step("content", || "a finite verb follows: the participle describes the subject".into());
        return None;
    }
    // "Le feu s'est déclaré vers minuit …": an attribute is no adjunct of time or place.
    if verb.attribute_object && adjunct.is_some() {
        cx.trace.step("content", || "an adjunct, not an attribute, follows the verb".into());
        return None;
    }
    // "Citing the costs, the council closed …": a participle opening the sentence has its
    // subject in the main clause, and its object ends before it (opening_report); with no
    // main clause found after it, there is no one to give it to.
    if verb.adverbial && cue.first == s.start && super::opening_report::speech_participle_end(cx, s).is_none() {
        return None;
    }
    if verb.adverbial && !continues_subject(cx, s, cue.first) {
        return None;
    }
    // ", citing anonymous sources," / ", citant des sources anonymes,": a participle's object
    // that names a source says where the report came from, not what was said.
    let names_source =
        (start..(start + window::SOURCE_OBJECT_WORDS).min(s.end)).any(|k| rules.is_source_noun(&doc.toks[k]));
    if verb.adverbial && names_source {
        return None;
    }
    let mut c = clause(cx, start, 0, s);
    let mut end = doc.tok_at(c.end.saturating_sub(1)) + 1;
    // "The councillor who called the plan a disgrace said …": in a relative clause the
    // object ends before the main clause's verb.
    let relative = cue.first > s.start && rules.is_relative_pronoun(&doc.toks[cue.first - 1]);
    if let Some(k) = (start + 1..end).find(|&k| rules.is_lowercase_finite(&doc.toks[k])).filter(|_| relative) {
        end = k;
        c.end = doc.toks[k - 1].end;
    }
    // "cited a letter from the board, which had been blamed …", "wants an audit, yet opposes
    // …": after a comma, a relative pronoun or a clause opener ends the object; not a
    // relative clause set off inside it ("accused the contractor, who had left in May, of
    // …"), nor a preposition ("described him as, “…”").
    let asides = relative_asides(cx, start, end);
    // "attacked his rival on Monday, blasting her for …": so does a participle that continues
    // the subject; what it says is its own report.
    let opens_clause = |k: usize| {
        let t = &doc.toks[k];
        let relative = rules.is_relative_pronoun(t) && !asides.iter().any(|r| r.start == k - 1);
        let opener = rules.clause_openers.contains(t.fold.as_str()) && !rules.is_preposition(t);
        let participle = || {
            let cue = rules.cues.match_at(&doc.toks, k, &rules.clitics);
            cue.is_some_and(|m| rules.verbs[m.value.verb].adverbial && rules.verbs[m.value.verb].continuation)
        };
        t.word && (relative || opener || participle())
    };
    if let Some(k) = (start + 1..end.saturating_sub(1))
        .find(|&k| punct::is_clause_separator(&doc.toks[k]) && doc.in_quote[k].is_none() && opens_clause(k + 1))
    {
        end = k;
        c.end = doc.toks[k - 1].end;
    }
    // "As officials announced the closure, traffic backed up": in a clause that opens the
    // sentence on a subordinator, the object ends at the clause's comma.
    let opening = &doc.toks[s.start];
    if rules.is_subordinator(opening) || rules.is_comparative(opening) {
        let sep = |k: usize| punct::is_clause_separator(&doc.toks[k]) && doc.in_quote[k].is_none();
        if let Some(k) = (start + 1..end.saturating_sub(1)).find(|&k| sep(k)) {
            end = k;
            c.end = doc.toks[k - 1].end;
        }
    }
    // "dénonce une grève « disproportionnée » et réclame …", "criticized the “rushed” plan and
    // called for …": a coordinated verb ends the object; the next report is its own. Not
    // inside a relative aside ("accused X, who grew up and worked in Y, of …").
    let coordinated_verb = |k: usize| {
        doc.in_quote[k].is_none()
            && !asides.iter().any(|r| r.contains(&k))
            && super::content::is_lone_coordinator(doc, k, rules)
            && (rules.is_lowercase_finite(&doc.toks[k + 1])
                || rules.cues.match_at(&doc.toks, k + 1, &rules.clitics).is_some())
    };
    if let Some(k) = (start + 1..end.saturating_sub(1)).find(|&k| coordinated_verb(k)) {
        end = k;
        c.end = doc.toks[k - 1].end;
    }
    // "called the plan “a disgrace” on Monday": an adjunct of time after the quote is the
    // verb's, no part of what was said ("for staying in town over the weekend" keeps it).
    let trailing = rules.time.trailing_start(&doc.toks[start..end]);
    if let Some(k) = trailing.filter(|&k| (start..start + k).any(|j| doc.in_quote[j].is_some())) {
        end = start + k;
        c.end = doc.toks[end - 1].end;
    }
    let marked = verb.object_markers.is_empty()
        || (start..end).any(|k| {
            let t = &doc.toks[k];
            (t.word && verb.object_markers.iter().any(|m| m == t.fold.as_str()))
                || (doc.in_quote[k].is_some() && verb.object_markers.iter().any(|m| m == "\""))
        })
        || predicate_after_object(cx, verb, start, end);
    let least = if verb.object_content { min_words::OBJECT } else { min_words::NOMINAL_OBJECT };
    if !marked || words_between(doc, c.start, c.end) < least {
        return None;
    }
    cx.trace.step("content", || "the verb's object is what was said".into());
    let st = who_said(cx, s, cue, start)
        .map(|said| statement(cx, c, Some(cue), said, confidence::OBJECT, &format!("{}/object", verb.id)));
    Some(st)
}

/// Whether a participle at `k` continues the sentence's subject: it opens the sentence,
/// follows a comma (", citing …"), a coordinator ("and calling for …"), a subordinator or a
/// preposition of manner ("while citing", "by citing", "tout en appelant") or a one-word
/// subject of its own after a comma (", both citing …"). After a verb or a preposition
/// that takes nouns it is their complement ("avoids condemning the new tax", "stayed
/// away from criticizing him", "argued against praising the plan").
fn continues_subject(cx: &Ctx, s: Sentence, k: usize) -> bool {
    let (doc, rules) = (&cx.doc, cx.rules);
    if k == s.start || punct::is_clause_separator(&doc.toks[k - 1]) {
        return true;
    }
    let before = k - 1;
    let t = &doc.toks[before];
    let of_manner = rules.is_preposition(t) && !rules.noun_prepositions.contains(t.fold.as_str());
    let own_subject = before > s.start && punct::is_clause_separator(&doc.toks[before - 1]) && !rules.is_preposition(t);
    rules.is_subordinator(t) || of_manner || super::content::is_lone_coordinator(doc, before, rules) || own_subject
}

/// Whether a noun phrase may open at `k` after a verb whose object is only sometimes what
/// was said: not an adjunct opened by a preposition ("noted at the time"), nor a pronoun
/// other than a possessive ("warned them", but "acknowledged her mistakes").
fn noun_phrase_opens(cx: &Ctx, k: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let t = &toks[k];
    let adjunct = rules.is_preposition(t) && rules.speaker_stops.match_at(toks, k, &rules.clitics).is_some();
    let pronoun =
        rules.pronouns.match_at(toks, k, &rules.clitics).is_some() && !rules.articles.contains(t.fold.as_str());
    !adjunct && !pronoun
}

/// "called the plan a gift to developers": within a few words after the object's first,
/// one of the verb's complement openers, not before a noun of time or quantity ("called the
/// mayor a day later"), and no punctuation or preposition other than a name's link ("the
/// mayor of Leeds") on the way.
fn predicate_after_object(cx: &Ctx, verb: &VerbRule, start: usize, end: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let links = &rules.raw.syntax.affiliation_links;
    // "calls to build a second bridge": a noun followed by its complement, not an object.
    if rules.is_preposition(&toks[start]) {
        return false;
    }
    for k in start + 1..end.min(start + 1 + window::OBJECT_BEFORE_COMPLEMENT) {
        let t = &toks[k];
        let link = links.iter().any(|l| l == t.fold.as_str());
        if punct::is_phrase_break(t) || cx.doc.in_quote[k].is_some() {
            return false;
        }
        // "called his support for the tunnel in 2019 a mistake": a prepositional phrase inside
        // the object, whose own article is no predicate ("called the meeting in a hurry").
        if rules.is_preposition(t) && !link {
            if k == start + 1 {
                return false;
            }
            continue;
        }
        let after_preposition = rules.is_preposition(&toks[k - 1]);
        if verb.complement_openers.iter().any(|w| w == t.fold.as_str()) && !after_preposition {
            return toks.get(k + 1).is_some_and(|n| n.word && !rules.measure_nouns.contains(n.fold.as_str()));
        }
    }
    false
}
