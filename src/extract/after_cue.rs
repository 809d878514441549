//! The patterns that start from a cue verb: scan right for what opens the content (a quote,
//! a colon, a complementizer, or a clause with no complementizer, [`super::bare_clause`]);
//! otherwise the content came first ([`super::postposed`]); otherwise the cue may only
//! announce a speaker.

use super::bare_clause::bare_clause;
use super::content::{announced_paragraph, clause, clause_start, quote_content, words_between};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::incise::incise;
use super::object::object;
use super::postposed::postposed;
use super::relative::{relative_clause, relative_report};
use super::search::{find, resolve, who_said, Said};
use super::speaker::{analyze, cut_at_stop, Side};
use super::statement::statement;
use crate::lang::punct;
use crate::model::{Agent, QuoteKind, Statement};
use crate::text::Tok;
use crate::tuning::{confidence, min_words, window};

/// The statements a cue introduces: usually one; two when it stands between the halves of
/// its content. A cue that only names a speaker at the end of its sentence ("كما أشارت X.",
/// "as Smith noted.") sets `announced`.
pub(super) fn from_cue(cx: &Ctx, s: Sentence, cue: &Cue, announced: &mut Option<Agent>) -> Vec<Statement> {
    let mut extra = Vec::new();
    let main = single(cx, s, cue, announced, &mut extra);
    main.into_iter().chain(extra).collect()
}

/// The cue's statement: what the scan right of it opens, else its object, a clause after an
/// adjunct, the halves around an incise (the second goes to `extra`), or a content before it.
fn single(
    cx: &Ctx,
    s: Sentence,
    cue: &Cue,
    announced: &mut Option<Agent>,
    extra: &mut Vec<Statement>,
) -> Option<Statement> {
    let verb = cue.verb(cx.rules);
    let rule_id = |pattern: &str| format!("{}/{pattern}", verb.id);
    if let Some(st) = compared_opening(cx, s, cue) {
        return st;
    }
    if let Some(st) = scan_right(cx, s, cue) {
        return st;
    }
    // A verb whose content is mostly a clause ("noted the plan would fail", "…, noted the
    // mayor") gets its object read last, once no clause before or after it is found.
    let object_last = verb.nominal_object;
    if !object_last {
        if let Some(st) = object(cx, s, cue) {
            return st;
        }
    }
    if let Some(st) = infinitive_after_adjunct(cx, s, cue) {
        return st;
    }
    // No quote, colon or complementizer: a clause may follow the cue after an adjunct.
    if let Some(st) = bare_clause(cx, s, cue, cue.last + 1, true) {
        return st;
    }
    cx.trace.step("content", || "no quote, colon or complementizer after the cue".into());
    if verb.adverbial {
        // A participle has no content of its own before it (", accusing the two of …").
        return None;
    }
    if let Some(inc) = incise(cx, s, cue) {
        let rule = rule_id("incise");
        match (inc.before, inc.after) {
            (Some(before), Some(after)) => {
                extra.push(statement(cx, before, Some(cue), inc.said.clone(), confidence::INCISE, &rule));
                return Some(statement(cx, after, Some(cue), inc.said, confidence::INCISE, &rule));
            }
            (None, Some(only)) | (Some(only), None) => {
                return Some(statement(cx, only, Some(cue), inc.said, confidence::INCISE, &rule));
            }
            (None, None) => {}
        }
    }
    if let Some((c, said)) = postposed(cx, s, cue) {
        return Some(statement(cx, c, Some(cue), said, confidence::POSTPOSED, &rule_id("postposed")));
    }
    if object_last {
        if let Some(st) = object(cx, s, cue) {
            return st;
        }
    }
    *announced = announces(cx, s, cue).or(announced.take());
    None
}

/// "As the surveyor noted in her survey, the dunes are moving", "Comme le souligne le
/// rapport, …": a clause of comparison opening the sentence around the cue reports the main
/// clause after it (a complementizer opening that clause is no part of it: "وكما قال X، فإن
/// …"). `None` when no such clause opens the sentence or no speaker is found in it: the
/// other readings of the cue are tried.
fn compared_opening(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<Option<Statement>> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let compared = super::opening_report::compared_clause_end(cx, s, cue)?;
    cx.trace.step("content", || "a clause of comparison opening the sentence points at its main clause".into());
    let separator = compared.end;
    let (start, skip) = match rules.complementizers.match_at(&doc.toks, separator + 1, &rules.clitics) {
        Some(cm) => clause_start(doc, separator + 1, &cm),
        None => (separator + 1, 0),
    };
    let mut r = super::strategies::regions(cx, s, cue, separator);
    if compared.subject_follows {
        r.left = cue.first..cue.first;
    }
    let phrase = find(cx, &rules.search.compared, &r)?;
    let said = resolve(cx, &phrase, cue, false);
    let rule = format!("{}/compared-opening", cue.verb(rules).id);
    Some(Some(statement(cx, clause(cx, start, skip, s), Some(cue), said, confidence::CUE_CLAUSE, &rule)))
}

/// Scans right of the cue for what opens its content: a quote, a colon, a complementizer,
/// or (right after the cue) an infinitive, a bare clause or a relative report. `Some` once
/// decided (`Some(None)`: no statement), `None` when the scan found nothing and the content
/// may still be the cue's object, come after an adjunct, or come before the cue.
fn scan_right(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<Option<Statement>> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let verb = cue.verb(rules);
    let rule_id = |pattern: &str| format!("{}/{pattern}", verb.id);
    let limit = (cue.last + window::CUE_SCAN).min(s.end);
    let mut j = cue.last + 1;
    let mut in_relative = false;
    while j < limit {
        let t = &doc.toks[j];
        if let Some(qi) = doc.in_quote[j] {
            // A name in quote marks ("صحيفة “واشنطن بوست”") is part of the phrase; so is a
            // short quote right before a complementizer (`المدير الفني "لويس فان خال" أن`).
            let after = doc.quotes[qi].after();
            let short = doc.quotes[qi].words <= window::QUOTED_NAME_WORDS;
            let name = short && rules.complementizers.match_at(&doc.toks, after, &rules.clitics).is_some();
            if doc.quotes[qi].words < rules.raw.min_quote_words || name || rules.titles_a_work(&doc.toks, j) {
                j = after;
                continue;
            }
            // "called his rival a “habitual liar”": the quote is part of the object.
            if verb.object_content && j > cue.last + 1 {
                return None;
            }
            // "Small kindnesses, the mayor said, are what the town remembers, down to “…”": a
            // comma after the cue, then the sentence's verb, makes the cue an incise, and the
            // quote part of its second half.
            let verb_after_comma = || rules.is_lowercase_finite(&doc.toks[cue.last + 2]);
            if j > cue.last + 2 && punct::is_clause_separator(&doc.toks[cue.last + 1]) && verb_after_comma() {
                return None;
            }
            // "said in a statement it had offered “a fair package”", "told Reuters it had
            // …": a clause opens after the adjunct, and the quote is part of it.
            if j > cue.last + 1 {
                let quote_start = doc.toks[j].start;
                let clause = bare_clause(cx, s, cue, cue.last + 1, true);
                if let Some(found) = clause.filter(|st| st.as_ref().is_none_or(|st| st.start < quote_start)) {
                    return Some(found);
                }
            }
            cx.trace.step("content", || "a quote follows the cue".into());
            let Some(said) = who_said(cx, s, cue, j) else { return Some(None) };
            return Some(Some(statement(
                cx,
                quote_content(doc, qi),
                Some(cue),
                said,
                confidence::CUE_QUOTE,
                &rule_id("cue-quote"),
            )));
        }
        // An aside in parentheses ("اليوم (الاثنين)، أن") does not end the scan.
        if punct::parenthesis(t) == Some(true) {
            j = (j..limit).find(|&k| punct::parenthesis(&doc.toks[k]) == Some(false)).map_or(limit, |k| k + 1);
            continue;
        }
        if punct::is_colon(t) {
            // "Asked about the plan, Mayor X was blunt: …": a cue opening a subject-first
            // sentence is a participle clause; the colon after its comma is the main clause's.
            let participle_clause = cue.first == s.start
                && !rules.raw.syntax.verb_first
                && (cue.last + 1..j).any(|k| punct::is_clause_separator(&doc.toks[k]));
            if participle_clause {
                cx.trace.step("content", || "the colon follows the main clause, not the opening participle".into());
                return Some(None);
            }
            cx.trace.step("content", || "a colon follows the cue".into());
            let Some(said) = who_said(cx, s, cue, j) else { return Some(None) };
            // "قال: إن الحكومة …": a lower-case complementizer after the colon is left out.
            let (start, skip) = match rules.complementizers.match_at(&doc.toks, j + 1, &rules.clitics) {
                Some(cm) if !doc.toks[j + 1].cap => clause_start(doc, j + 1, &cm),
                _ => (j + 1, 0),
            };
            let paragraph = || (j + 1 >= s.end).then(|| announced_paragraph(cx, j)).flatten();
            let c = paragraph().unwrap_or_else(|| clause(cx, start, skip, s));
            if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < min_words::AFTER_COLON {
                cx.trace.step("content", || "too short after the colon".into());
                return Some(None);
            }
            // "كتبت: سلمى خالد" opening an article: a few words after a verb whose subject
            // refers to no one are a byline, not a report.
            let byline = said.agent.is_none() && words_between(doc, c.start, c.end) <= window::NAME_WORDS;
            if byline && c.kind == QuoteKind::Indirect {
                cx.trace.step("content", || "a byline: a name after a verb with no one to credit".into());
                return Some(None);
            }
            return Some(Some(statement(cx, c, Some(cue), said, confidence::CUE_COLON, &rule_id("cue-colon"))));
        }
        // "», précise la juge, qui souhaite que …": a complementizer after a relative
        // pronoun set off by a comma, before the comma that closes it, is the relative
        // clause's, not the cue's (a colon or a quote after it still opens the cue's
        // content: "وقال العضو، الذي …: "…"").
        // So is one in an adverbial clause set off the same way ("said, because most
        // drivers feel that …"); a comma closes it ("said, when asked, that …").
        let relative_next = doc.toks.get(j + 1).is_some_and(|n| rules.is_relative_pronoun(n));
        let adverbial_next = doc.toks.get(j + 1).is_some_and(|n| rules.is_subordinator(n));
        // The comma that closes the relative ends it ("وذكرت شركة X، التي نفذت المشروع، في بيان أن").
        if punct::is_clause_separator(t) && (j > cue.last + 1 || adverbial_next) {
            in_relative = relative_next || adverbial_next;
        }
        // "… بحسب قوله "…"": a quote right after an according-to marker and its one-word
        // source is the marker's, not the cue's.
        let marked_quote = || {
            rules.according_to.match_at(&doc.toks, j, &rules.clitics).is_some_and(|m| {
                let q = j + m.len + 1;
                q < s.end && doc.in_quote[q].is_some() && doc.in_real_quote(q, rules.raw.min_quote_words)
            })
        };
        if j > cue.last + 1 && marked_quote() {
            cx.trace.step("content", || "an according-to marker, not the cue, introduces the quote".into());
            return None;
        }
        // "a-t-il dit à X alors que la BCE …": a conjunction, not a report.
        if rules.conjunctions.match_at(&doc.toks, j, &rules.clitics).is_some() {
            cx.trace.step("content", || "a conjunction, not a complementizer".into());
            return None;
        }
        if let Some(cm) = rules.complementizers.match_at(&doc.toks, j, &rules.clitics) {
            // "», a-t-il dit, ajoutant que …": an incise takes its complementizer at once;
            // a later one belongs to another verb (so does one inside a relative clause),
            // and the incise's content came before it.
            if (cue.form.inverted && j > cue.last + 1) || in_relative {
                cx.trace.step("content", || "a complementizer of another verb".into());
                return None;
            }
            if relative_clause(cx, cue, j) {
                cx.trace.step("content", || "a relative clause, not a complementizer".into());
                return None;
            }
            cx.trace.step("content", || format!("complementizer '{}'", doc.toks_text(&doc.toks[j..j + cm.len])));
            let Some(said) = who_said(cx, s, cue, j) else { return Some(None) };
            let (start_tok, skip) = clause_start(doc, j, &cm);
            if start_tok >= s.end {
                return Some(None);
            }
            let c = clause(cx, start_tok, skip, s);
            if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < min_words::AFTER_THAT {
                cx.trace.step("content", || "too short after the complementizer".into());
                return Some(None);
            }
            return Some(Some(statement(cx, c, Some(cue), said, confidence::CUE_THAT, &rule_id("cue-that"))));
        }
        // "quoted X as saying that": the second verb belongs to the first; so does a
        // participle that repeats it ("علقت قائلة: …").
        let next_cue = rules.cues.match_at(&doc.toks, j, &rules.clitics);
        // "وقال مسؤول، فضل عدم ذكر اسمه، إن …": a negated verb in an aside set off by a
        // comma reports nothing.
        let negated_in_aside = || {
            doc.toks[j - 1].word
                && rules.negators.contains(doc.toks[j - 1].fold.as_str())
                && (cue.last + 1..j).any(|k| punct::is_clause_separator(&doc.toks[k]))
        };
        // "التي تدير شركة نقل …، إن": a verb whose speaker follows an anchor word ("نقلت X
        // عن Y") is no verb without that word soon after it (here "نقل" is transport).
        let anchored = |len: usize, v: &crate::lang::table::VerbRule| {
            let near = j + len..(j + len + window::NOMINAL_WORDS + 2).min(s.end);
            !v.speaker_follows
                || v.speaker_after.is_empty()
                || near.into_iter().any(|k| v.speaker_after.iter().any(|w| *w == doc.toks[k].fold))
        };
        // "said in an emailed statement that …": after an article and before a document
        // noun, the form describes the document. Elsewhere a cue form after an article is a
        // noun ("the claim that the toll was fair"), and it ends the scan as a verb does:
        // the complementizer after it is the noun's, not the cue's.
        let describes_document = |m: &crate::text::PhraseMatch<_>| {
            super::cue::noun_reading(&doc.toks, cue.last + 1, j, m, rules)
                && rules.doc_nouns.match_at(&doc.toks, j + m.len, &rules.clitics).is_some()
        };
        let another_cue = !verb.speaker_follows
            && next_cue.is_some_and(|m| {
                let v = &rules.verbs[m.value.verb];
                (!v.adverbial || j > cue.last + 1) && anchored(m.len, v) && !describes_document(&m)
            })
            && !negated_in_aside();
        // "said -- on Monday -- that": a dash set apart, as a comma, holds an aside.
        let separator = punct::is_clause_separator(t)
            || (punct::is_dash(t) && (t.space_before || punct::is_dash(&doc.toks[j - 1])));
        if another_cue || (j > cue.last + 1 && !t.word && !separator) {
            return None;
        }
        // "complained loudly that …", "a dit publiquement que …": an adverb between the cue
        // and its complementizer opens no clause.
        let adverb_then_that = || {
            t.word
                && !t.cap
                // Lower case, so shorter ones count too ("loudly", "flatly").
                && rules.raw.syntax.adverb_endings.iter().any(|e| {
                    t.fold.ends_with(e.ending.as_str()) && t.fold.chars().count() > e.ending.chars().count() + 2
                })
                && rules.complementizers.match_at(&doc.toks, j + 1, &rules.clitics).is_some()
        };
        if j == cue.last + 1 && !adverb_then_that() {
            if let Some(st) = infinitive(cx, s, cue, j) {
                return Some(st);
            }
            if let Some(st) = bare_clause(cx, s, cue, j, false) {
                return Some(st);
            }
            if let Some(st) = relative_report(cx, s, cue, j) {
                return Some(st);
            }
        }
        j += 1;
    }
    None
}

/// "X a déclaré ne pas reconnaître les résultats": an infinitive right after the cue (opened
/// by a word of the table) reports what its subject, the speaker, said of themselves.
///
/// A verb's own report openers work the same way: "vowed to rebuild …", "asked whether …".
fn infinitive(cx: &Ctx, s: Sentence, cue: &Cue, j: usize) -> Option<Option<Statement>> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let verb = cue.verb(rules);
    // "Asked whether …, X said", "When asked whether …": a cue without a subject of its own
    // is a participle clause, and what follows it is a question put to someone else. In a
    // relative clause ("who asked whether …, left") the report's end is not in sight. A
    // participle that continues the main clause (", vowing to …") speaks for its subject.
    let subject = cue.first > s.start && {
        let t = &doc.toks[cue.first - 1];
        let fold = t.fold.as_str();
        verb.adverbial || (t.word && !rules.clause_openers.contains(fold) && !rules.relative_pronouns.contains(fold))
    };
    let opener = subject && doc.toks[j].word && verb.report_openers.iter().any(|w| w == doc.toks[j].fold.as_str());
    if !opener && rules.infinitive_openers.match_at(&doc.toks, j, &rules.clitics).is_none() {
        // "a indiqué étudier toutes les options": an infinitive by its ending, for a
        // speaker who is the subject.
        if !(subject && rules.is_infinitive(&doc.toks, j)) {
            return None;
        }
    }
    let c = clause(cx, j, 0, s);
    if words_between(doc, c.start, c.end) < min_words::AFTER_THAT {
        return None;
    }
    cx.trace.step("content", || {
        if opener {
            format!("'{}' opens the report right after the cue", doc.toks[j].fold)
        } else {
            "an infinitive follows the cue: its subject is the speaker's".into()
        }
    });
    let Some(said) = who_said(cx, s, cue, j) else { return Some(None) };
    let rule = format!("{}/{}", verb.id, if opener { "cue-opener" } else { "cue-infinitive" });
    Some(Some(statement(cx, c, Some(cue), said, confidence::CUE_THAT, &rule)))
}

/// "a expliqué mardi sur Radio Nord ne pas vouloir …": an infinitive after a short adjunct,
/// as right after the cue.
fn infinitive_after_adjunct(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<Option<Statement>> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let j = cue.last + 1;
    // "a promis lundi de rembourser …", "vowed last week to …": after a whole adjunct of
    // time, the verb's own report opener too.
    let time = rules.time.len_at(&doc.toks, j);
    if time > 0 && j + time < s.end {
        let t = &doc.toks[j + time];
        let opener = t.word && cue.verb(rules).report_openers.iter().any(|w| w == t.fold.as_str());
        if opener || rules.infinitive_openers.match_at(&doc.toks, j + time, &rules.clitics).is_some() {
            return infinitive(cx, s, cue, j + time);
        }
    }
    if j >= s.end || rules.speaker_stops.match_at(&doc.toks, j, &[]).is_none() {
        return None;
    }
    let p = (j + 1..(j + 2 + window::ADJUNCT).min(s.end))
        .take_while(|&p| doc.toks[p].word)
        .find(|&p| rules.infinitive_openers.match_at(&doc.toks, p, &rules.clitics).is_some())?;
    infinitive(cx, s, cue, p)
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
