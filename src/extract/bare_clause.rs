//! A clause right after a cue with no complementizer ("Okafor said the deal would …"):
//! whether the words after the verb open a clause (a subject, then its finite verb) or only
//! an object ("said a prayer"), and the statement it makes.

use super::content::{clause, words_between};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::relative::relative_asides;
use super::search::who_said;
use super::statement::statement;
use crate::lang::punct;
use crate::model::Statement;
use crate::text::Tok;
use crate::tuning::{confidence, min_words, window};

/// "Okafor said the deal would…": a clause right after a verb that takes one without a
/// complementizer; with `after_adjunct`, after a short adjunct ("said last year it was").
/// `Some(None)` when the clause is there but the speaker search vetoed it.
pub(super) fn bare_clause(
    cx: &Ctx,
    s: Sentence,
    cue: &Cue,
    j: usize,
    after_adjunct: bool,
) -> Option<Option<Statement>> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let verb = cue.verb(rules);
    // "Claiming the toll was unfair, Mayor Park …": a speech participle opening the sentence
    // has its subject in the main clause.
    let subject_before = match cue.first.checked_sub(1).filter(|&p| p >= s.start) {
        None => super::opening_report::speech_participle_end(cx, s).is_some(),
        Some(before) => {
            // The subject ends right before the cue, perhaps with an aside ("The party (PDP)
            // said"). A scare quote ends it too ("described the tenants as “vandals” said the
            // rents …"): too short to be what a postposed cue reports.
            let t = &doc.toks[before];
            let scare_quote = doc.in_quote[before].is_some() && !doc.in_real_quote(before, rules.raw.min_quote_words);
            ((t.word || punct::is_clause_separator(t) || punct::parenthesis(t) == Some(false))
                && doc.in_quote[before].is_none())
                || scare_quote
        }
    };
    if !verb.bare_clause || j >= s.end || !doc.toks[j].word || cue.form.inverted || !subject_before {
        return None;
    }
    // "said last year it was …", "said on Friday the plan would …": an adjunct, then the
    // clause; "told reporters the talks had failed": the addressee, like an adjunct.
    let stop = rules.speaker_stops.match_at(&doc.toks, j, &[]).filter(|_| !rules.approximates_number(&doc.toks, j));
    let adjunct = stop.is_some() || verb.addressee_follows;
    if adjunct != after_adjunct {
        return None;
    }
    // "said so when she quit the board …": a subordinate clause follows, not a
    // report ("after" and "since" may be prepositions: "said after the vote he would …").
    if stop.is_some() && rules.subordinators.contains(doc.toks[j].fold.as_str()) {
        return None;
    }
    let j = if adjunct {
        // "said Friday as she left the hall": an adjunct opener starts a clause of time.
        (j + 1..(j + 1 + window::ADJUNCT + 1).min(s.end))
            // A subordinator ends it too ("told Fox News when asked whether …").
            .take_while(|&p| {
                doc.toks[p].word
                    && !rules.adjunct_openers.contains(doc.toks[p].fold.as_str())
                    && !rules.is_subordinator(&doc.toks[p])
            })
            // A capitalised word right after another continues a name ("told The Associated
            // Press he was …"), and one right after an article is its noun ("told the BBC
            // his …"): the clause opens after it.
            .filter(|&p| !(doc.toks[p].cap && doc.toks[p - 1].word && doc.toks[p - 1].cap))
            .filter(|&p| !rules.is_article(&doc.toks, p - 1))
            // "told reporters on Sunday she would …", "told aides this week the plan …": a
            // time adjunct after the addressee opens no clause.
            .filter(|&p| rules.time.len_at(&doc.toks, p) == 0)
            // "said in a written reply the council would …": the word after the
            // preposition is its object, not the clause's subject; a stop of several words
            // holds its object ("said on Monday the plan would …").
            .filter(|&p| {
                !rules.is_preposition(&doc.toks[j])
                    || stop.as_ref().is_none_or(|m| p > j + m.len || (m.len > 1 && p == j + m.len))
            })
            // "told KXTV deputies had …": after the hearer's name (no article before
            // it: "told the Gazette newspaper his …"), a bare noun may open the clause.
            .find(|&p| {
                let after_name = doc.toks[p - 1].cap && !doc.toks[p].cap && !rules.is_article(&doc.toks, j);
                (opens_subject(cx, p) || after_name) && looks_like_clause(cx, p, s.end)
            })?
    } else {
        j
    };
    if !looks_like_clause(cx, j, s.end) {
        return None;
    }
    let c = clause(cx, j, 0, s);
    if words_between(doc, c.start, c.end) < min_words::BARE_CLAUSE {
        return None;
    }
    cx.trace.step("content", || "a clause follows the cue without complementizer".into());
    let st = who_said(cx, s, cue, j)
        .map(|said| statement(cx, c, Some(cue), said, confidence::CUE_CLAUSE, &format!("{}/cue-clause", verb.id)));
    Some(st)
}

/// Whether token `p` can open a clause as its subject: a pronoun, a determiner, a subject
/// word or a capitalised word.
pub(super) fn opens_subject(cx: &Ctx, p: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    rules.pronouns.match_at(toks, p, &[]).is_some()
        || (rules.is_article(toks, p) && rules.determiners.match_at(toks, p, &[]).is_some_and(|m| m.glued.is_none()))
        || rules.subject_words.contains(toks[p].fold.as_str())
        || toks[p].cap
}

/// Whether the words after a cue open a clause ("the deal would cost…", "it welcomed…",
/// "restoring the balance is the task …") rather than an object ("added salt to the soup"):
/// a subject, then a finite verb before the first comma or quote, within a subject's length.
/// A pronoun's verb follows it at once.
fn looks_like_clause(cx: &Ctx, j: usize, end: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let first = &toks[j];
    let finite = |k: usize| rules.is_lowercase_finite(&toks[k]);
    // "said as she left", "said after the vote ended": a clause of time.
    if rules.adjunct_openers.contains(first.fold.as_str()) {
        return false;
    }
    // "say they plan to …": a pronoun that is only a subject opens a clause by itself.
    if rules.subject_pronouns.contains(first.fold.as_str()) {
        return true;
    }
    let pronoun = rules.pronouns.match_at(toks, j, &[]).is_some();
    if pronoun {
        // "said it deeply regrets", "said it “deeply regrets”": an opening quote mark and an
        // adverb may stand between the pronoun and its verb.
        const BETWEEN: usize = 2;
        let mark = |k: usize| !toks[k].word && rules.closer_of(toks[k].punct).is_some();
        let mut k = j + 1;
        while k < end && k <= j + BETWEEN && (mark(k) || rules.ends_like_adverb(&toks[k])) {
            k += 1;
        }
        let verb_after = k < end && rules.is_finite_after_pronoun(&toks[k]);
        if verb_after || (j + 1..(j + 3).min(end)).any(finite) {
            return true;
        }
        // "said her plan for the harbour would work": a pronoun that is also a possessive
        // may open a noun phrase subject, whose verb comes later.
        let possessive = rules.raw.syntax.possessive_pronouns.iter().any(|p| p.form == first.fold);
        if !possessive {
            return false;
        }
    }
    // A bare lower-case noun or gerund may open the clause ("policymakers had …"), but not a
    // preposition, a cue, a coordinator or a finite verb, unless a finite verb follows it:
    // then the word that looked like a verb is the noun subject ("said talks would resume",
    // "said costs rose").
    let noun_before_verb = j + 1 < end && rules.may_be_plural_noun(first) && finite(j + 1);
    let bare = first.word
        && !first.cap
        && (!finite(j) || noun_before_verb)
        && (!rules.is_preposition(first) || rules.approximates_number(toks, j))
        && (noun_before_verb || rules.cues.match_at(toks, j, &rules.clitics).is_none())
        && !rules.coordinators.iter().any(|c| c == first.fold.as_str());
    if !(opens_subject(cx, j) || bare) {
        return false;
    }
    // An aside in parentheses inside the subject ("the commission (INEC) was …") is skipped,
    // and so is a relative clause between commas ("a successor to Ross, who left in May, will").
    let relative = relative_asides(cx, j + 1, end);
    let stretch: Vec<usize> = punct::outside_asides(toks, j + 1..end, false)
        .filter(|k| !relative.iter().any(|r| r.contains(k)))
        .take_while(|&k| toks[k].word || !(punct::is_phrase_break(&toks[k]) || cx.doc.in_quote[k].is_some()))
        // "warned Congress that the government could …": the words before a complementizer
        // are the addressee; the clause opens after it.
        .take_while(|&k| rules.complementizers.match_at(toks, k, &rules.clitics).is_none())
        .take(window::CLAUSE_SUBJECT)
        .collect();
    if stretch.iter().any(|&k| finite(k) || present_verb(cx, k) || plural_present(cx, k)) {
        return true;
    }
    // "said the decision “was not taken lightly”": the verb opens the quote.
    let next = stretch.last().map_or(j + 1, |&k| k + 1);
    let quoted_verb = next + 1 < end && cx.doc.in_quote[next].is_some() && !toks[next].word && finite(next + 1);
    quoted_verb && stretch.len() < window::CLAUSE_SUBJECT
}

/// "said tenants want lower rents", "said voters still fear …": a plural noun,
/// perhaps an adverb of the table ("still", "never"), then a lower-case word that is no
/// preposition, function word or plural noun, followed by another word: a present verb
/// after its plural subject, which no verb list can hold.
fn plural_present(cx: &Ctx, k: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let noun = &toks[k - 1];
    let adverb = toks[k].word && rules.passive_adverbs.contains(toks[k].fold.as_str());
    let v = if adverb { k + 1 } else { k };
    let Some(verb) = toks.get(v) else { return false };
    let verb_like = verb.word
        && !verb.cap
        && !rules.is_preposition(verb)
        && !rules.function_words.contains(verb.fold.as_str())
        && !rules.coordinators.iter().any(|c| c == verb.fold.as_str())
        && !rules.may_be_plural_noun(verb)
        && !rules.raw.syntax.adjective_endings.iter().any(|e| e.ends(&verb.fold))
        && rules.determiners.match_at(toks, v, &rules.clitics).is_none();
    // "the council's draft budget": a possessive is no plural.
    let possessive = rules.raw.syntax.possessive_endings.iter().any(|e| noun.fold.ends_with(e.as_str()));
    noun.word && !possessive && rules.may_be_plural_noun(noun) && verb_like && toks.get(v + 1).is_some_and(|t| t.word)
}

/// "say the new forecast hides a …", "say most residents support the …": before an article,
/// a word with a singular verb's ending after a noun (not after an article, whose noun it
/// would be), or any plain word after a plural noun, is the present tense of the clause's
/// verb; so is the singular form before a bare object ("say the lead hides worries").
fn present_verb(cx: &Ctx, k: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let (noun, word) = (&toks[k - 1], &toks[k]);
    let plain = |t: &Tok| {
        t.word
            && !t.cap
            && !rules.is_preposition(t)
            && !rules.function_words.contains(t.fold.as_str())
            && !rules.coordinators.iter().any(|c| c == t.fold.as_str())
    };
    let singular = !rules.is_article(toks, k - 1) && rules.is_finite_after_pronoun(word);
    let plural = || rules.may_be_plural_noun(noun) && plain(word);
    let Some(next) = toks.get(k + 1) else { return false };
    // Before a bare object the -s form may be a plural noun ("more detailed tax forms
    // available", "the campaign's public …", "event this month"): only a verb, after a noun
    // whose phrase opens on an article or a possessive within a few words ("the lead
    // hides worries", "Lopez's growing lead hides …").
    let syntax = &rules.raw.syntax;
    let possessive = |t: &Tok| {
        t.word
            && (syntax.possessive_endings.iter().any(|e| t.fold.ends_with(e.as_str()))
                || syntax.possessive_pronouns.iter().any(|p| p.form == t.fold))
    };
    let determined = || (k.saturating_sub(3)..k - 1).any(|p| rules.is_article(toks, p) || possessive(&toks[p]));
    let bare_object = || {
        plain(noun)
            && plain(word)
            && plain(next)
            && !possessive(word)
            && !syntax.adjective_endings.iter().any(|e| e.ends(&noun.fold))
            && determined()
    };
    let object = rules.is_article(toks, k + 1) || (singular && bare_object());
    noun.word && word.word && object && (singular || plural())
}
