//! Reads one sentence: every cue and "according to" marker in it, then the quotes no cue
//! claimed (same sentence as an attribution, a continuation, or after a colon).

use super::according::according_to;
use super::after_cue::from_cue;
use super::content::quote_content;
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::search::{resolve, Said};
use super::speaker::{analyze, Side};
use super::statement::statement;
use crate::lang::punct;
use crate::model::{Agent, Span, Statement};
use crate::phrase::Who;
use crate::tuning::{confidence, window};

/// The sentence's speaker so far: who, where named, in which role.
type Speaker = (Agent, Option<Span>, Option<String>);

/// What reading a sentence has settled so far.
#[derive(Default)]
struct Reading {
    out: Vec<Statement>,
    /// Quotes some statement used.
    used_quotes: Vec<usize>,
    /// Token ranges some statement covers.
    covered: Vec<(usize, usize)>,
    /// The speaker of the sentence's latest statement.
    speaker: Option<Speaker>,
    /// A speaker announced with no words of theirs ("as X noted.").
    announced: Option<Agent>,
}

impl Reading {
    /// Records a new statement: the quotes it used, the sentence's speaker, and the speaker
    /// in the discourse at once (a coordinated cue later in the sentence, or the next
    /// sentence, refers back to it). `cue_pos` places it when no span names the speaker.
    fn remember(&mut self, cx: &Ctx, s: Sentence, st: Statement, cue_pos: usize) {
        let doc = &cx.doc;
        let (first, last) = (doc.tok_at(st.start), doc.tok_at(st.end.saturating_sub(1)));
        for qi in doc.quotes_in(first.saturating_sub(1), last + 1) {
            let q = &doc.quotes[qi];
            let (s, e) = (doc.toks[q.open].start, doc.toks[q.after() - 1].end);
            if s < st.end && e > st.start {
                self.used_quotes.push(qi);
            }
        }
        if let Some(a) = &st.speaker {
            self.speaker = Some((a.clone(), st.speaker_span.clone(), st.role.clone()));
            let pos = st.speaker_span.as_ref().map_or(cue_pos, |s| s.start);
            let mut disc = cx.disc.borrow_mut();
            disc.note(pos, a.clone(), true, st.role.as_deref());
            disc.mark_reported(pos, st.start, st.end);
            if let Some(document) = cx.document_issued(s, (st.start, st.end)) {
                disc.mark_issuer(pos, &document);
            }
            // "Analysts at Morrow & Finch said …. The firm warned …": the group's employer
            // is in focus with it.
            if let (Some(org), true) = (&st.affiliation, a.anonymous) {
                disc.note_employer(pos, (**org).clone());
            }
        }
        self.out.push(st);
    }

    fn is_covered(&self, i: usize) -> bool {
        self.covered.iter().any(|&(s, e)| i >= s && i < e)
    }
}

/// Reads sentence `s`. `carry` is the speaker a quote opening the sentence continues.
/// Returns the statements and, when the sentence only announces a speaker ("as X noted."),
/// that speaker.
pub(crate) fn sentence(cx: &Ctx, s: Sentence, carry: Option<Agent>) -> (Vec<Statement>, Option<Agent>) {
    let doc = &cx.doc;
    let mut r = Reading::default();
    let sentence_span = (doc.toks[s.start].start, doc.toks[s.end - 1].end);
    if let Some(st) = super::labels::colon_label(cx, s, false) {
        let (start, end) = (doc.tok_at(st.start), doc.tok_at(st.end.saturating_sub(1)) + 1);
        r.covered.push((s.start.min(start), end));
        let pos = doc.toks[s.start].start;
        r.remember(cx, s, st, pos);
    }
    let mut i = s.start;
    while i < s.end {
        if doc.in_quote[i].is_some() || r.is_covered(i) {
            i += 1;
            continue;
        }
        cx.trace.begin();
        // A cue phrase must end in its sentence ("pointed out. Out of …").
        let cue_match = cx
            .rules
            .cues
            .match_at(&doc.toks, i, &cx.rules.clitics)
            .or_else(|| quote_incise(cx, i))
            .or_else(|| super::cue::split_by_adverb(&doc.toks, i, cx.rules))
            .or_else(|| super::cue::after_clitic_aux(&doc.toks, i, cx.rules))
            .filter(|m| i + m.len <= s.end);
        let Some(m) = cue_match else {
            if let Some((st, covered)) = according_to(cx, s, i) {
                r.covered.push((s.start, covered));
                r.remember(cx, s, st, doc.toks[i].start);
            } else {
                cx.trace.drop_attempt(sentence_span.0, sentence_span.1);
            }
            i += 1;
            continue;
        };
        let first = super::cue::aux_before_aside(&doc.toks, i, s.start, cx.rules).unwrap_or(i);
        let cue = Cue { first, last: i + m.len - 1, form: *m.value };
        // "the warning that …", "la note que …": after an article, the form is a noun; after a
        // passive auxiliary ("sera tranché", "was told"), its subject did not speak.
        // ("is saying" is progressive: a participle of manner is never passive; "ce
        // qu'affirme X" has a glued complementizer, so its verb is no noun.)
        let adverbial = cx.rules.verbs[m.value.verb].adverbial;
        if cx.rules.verbs[m.value.verb].possessor {
            // "Park's claim that …": only a possessor makes the noun a report.
            if let Some(st) = super::possessor::possessor_report(cx, s, &cue) {
                r.remember(cx, s, st, doc.toks[cue.first].start);
            } else {
                cx.trace.drop_attempt(sentence_span.0, sentence_span.1);
            }
            i += 1;
            continue;
        }
        if super::cue::noun_reading(&doc.toks, s.start, i, &m, cx.rules)
            || super::cue::plural_noun_before_verb(&doc.toks, i, &m, cx.rules)
            || (!adverbial && passive(cx, s, i, i + m.len - 1))
            || negated(cx, s, i)
            || in_known_name(cx, s, i)
        {
            i += 1;
            continue;
        }
        i = cue.last + 1;
        cx.trace.step("cue", || {
            let words = doc.text(doc.toks[cue.first].start, doc.toks[cue.last].end);
            format!("'{words}' ({}, {:?})", cue.verb(cx.rules).id, cue.form.gender).to_lowercase()
        });
        let found = from_cue(cx, s, &cue, &mut r.announced);
        if found.is_empty() {
            cx.trace.drop_attempt(sentence_span.0, sentence_span.1);
        }
        for st in found {
            let (start, end) = (doc.tok_at(st.start), doc.tok_at(st.end.saturating_sub(1)) + 1);
            let mut end = end.max(cue.last + 1);
            // "…, according to a copy seen by Reuters" after the clause: its source, not a
            // statement of its own.
            let rules = cx.rules;
            if end + 1 < s.end
                && punct::is_clause_separator(&doc.toks[end])
                && rules.according_to.match_at(&doc.toks, end + 1, &rules.clitics).is_some()
            {
                end = s.end;
            }
            r.covered.push((start.min(cue.first), end));
            r.remember(cx, s, st, doc.toks[cue.first].start);
        }
    }
    leftover_quotes(cx, s, carry, &mut r);
    if !r.out.is_empty() {
        r.announced = None;
    }
    (r.out, r.announced)
}

/// Whether token `i` is inside a name of the knowledge base that starts before it: "States"
/// in "United States" is no verb.
/// "« … », soupire le juge.": a verb that reports only in an incise, right after the
/// comma that follows a closing quote (or the quote itself).
fn quote_incise<'a>(cx: &'a Ctx, i: usize) -> Option<crate::text::PhraseMatch<'a, crate::lang::CueForm>> {
    let doc = &cx.doc;
    let m = cx.rules.quote_incises.match_at(&doc.toks, i, &cx.rules.clitics)?;
    let mut k = i.checked_sub(1)?;
    if punct::is_clause_separator(&doc.toks[k]) {
        k = k.checked_sub(1)?;
    }
    let closes = doc.in_quote[k].is_some_and(|qi| doc.quotes[qi].close == Some(k));
    closes.then_some(m)
}

fn in_known_name(cx: &Ctx, s: Sentence, i: usize) -> bool {
    let from = i.saturating_sub(window::NAME_WORDS).max(s.start);
    (from..i).any(|k| cx.kb.find(&cx.doc.toks, k, &cx.rules.clitics).is_some_and(|m| k + m.len > i))
}

/// Whether the cue form at token `i` is a passive participle: a passive auxiliary before it,
/// perhaps with adverbs between ("was not immediately disclosed", "n'a pas été tranché").
fn passive(cx: &Ctx, s: Sentence, i: usize, last: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    // "agreed by the countries": the agent follows a passive participle (not "was quoted as
    // saying by the BBC", whose last word is no past participle).
    let participle = super::names::past_participle(&toks[last], rules, &cx.doc.chars);
    if participle && toks.get(last + 1).is_some_and(|t| t.word && rules.agent_prepositions.contains(t.fold.as_str())) {
        return true;
    }
    (s.start..i)
        .rev()
        .take_while(|&k| toks[k].word)
        .take(3)
        .find(|&k| !rules.passive_adverbs.contains(toks[k].fold.as_str()))
        .is_some_and(|k| rules.passive_aux.contains(toks[k].fold.as_str()))
}

/// Whether the report of the cue at token `i` was not made: a negator among the three words
/// before it ("did not immediately say whether", "declined to say", "n'a pas précisé", "لم
/// يوضح").
fn negated(cx: &Ctx, s: Sentence, i: usize) -> bool {
    let toks = cx.toks();
    (s.start..i).rev().take_while(|&k| toks[k].word).take(3).any(|k| cx.rules.negators.contains(toks[k].fold.as_str()))
}

/// Quotes no cue claimed: in the sentence of an attributed statement (its speaker), opening
/// the sentence after one (the carried speaker), or after a colon (the sentence's subject).
fn leftover_quotes(cx: &Ctx, s: Sentence, carry: Option<Agent>, r: &mut Reading) {
    let doc = &cx.doc;
    let min_words = cx.rules.raw.min_quote_words;
    for qi in doc.quotes_in(s.start, s.end) {
        let q = &doc.quotes[qi];
        if r.used_quotes.contains(&qi)
            || (q.words < min_words && !opens_split_quote(cx, s, qi, r))
            || r.is_covered(q.open)
            || cx.rules.titles_a_work(&doc.toks, q.open)
        {
            continue;
        }
        cx.trace.begin();
        if let Some((parts, cue, said)) = super::incise::inside_quote(cx, qi) {
            let rule = format!("{}/quote-incise", cue.verb(cx.rules).id);
            for c in parts {
                let st = statement(cx, c, Some(&cue), said.clone(), confidence::INCISE, &rule);
                r.remember(cx, s, st, doc.toks[cue.first].start);
            }
            continue;
        }
        let at_start = doc.toks[s.start..q.open].iter().all(|t| !t.word);
        let after_colon = q.open > s.start && punct::is_colon(&doc.toks[q.open - 1]);
        let signed = super::labels::signed_quote(cx, s, qi);
        let (who, rule, conf) = match &r.speaker {
            _ if signed.is_some() => {
                let (said, rule, conf) = signed.expect("checked");
                (said.agent.map(|a| (a, said.span, said.role)), rule, conf)
            }
            Some(sp) => (Some(sp.clone()), "same-sentence", confidence::SAME_SENTENCE),
            None if at_start && carry.is_some() => {
                (carry.clone().map(|a| (a, None, None)), "continuation", confidence::CONTINUATION)
            }
            // "Le ministre, Thomas Girard, a défendu le calendrier : « … »".
            None if after_colon => (colon_subject(cx, s.until(q.open - 1)), "colon", confidence::COLON_SUBJECT),
            None => (None, "", 0.0),
        };
        let said = match who {
            Some((agent, span, role)) => {
                cx.trace.step("quote", || format!("no cue of its own: {rule}, speaker {}", agent.name));
                Said { agent: Some(agent), span, role, affiliation: None }
            }
            // "“… \n\n “…,” said X": a paragraph of a long quote with no speaker yet waits for
            // the cue of a later paragraph (`continued_quotes`), or is dropped.
            None if at_start && q.continued => {
                cx.trace.step("quote", || "no cue of its own: waits for the next paragraph's speaker".into());
                Said { agent: None, span: None, role: None, affiliation: None }
            }
            None => continue,
        };
        let (rule, conf) = if said.agent.is_none() { ("continuation", confidence::CONTINUATION) } else { (rule, conf) };
        let carried = rule == "continuation";
        let rule = format!("{}.quote/{rule}", cx.lang().code());
        let mut st = statement(cx, quote_content(doc, qi), None, said, conf, &rule);
        st.carried = carried;
        let pos = st.start;
        r.remember(cx, s, st, pos);
    }
}

/// Whether quote `qi` is the first half of a quote its attribution splits ("“My plan,” she
/// said, “is …”"): it opens the sentence and the cue of a statement already read follows it.
/// The half is speech however short; a short quote elsewhere is more often a scare quote.
fn opens_split_quote(cx: &Ctx, s: Sentence, qi: usize, r: &Reading) -> bool {
    let (doc, q) = (&cx.doc, &cx.doc.quotes[qi]);
    let at_start = doc.toks[s.start..q.open].iter().all(|t| !t.word);
    let Some(next) = doc.quotes.get(qi + 1).filter(|n| n.open < s.end) else {
        return false;
    };
    let between = q.after()..next.open;
    let words = doc.toks[between.clone()].iter().filter(|t| t.word).count();
    at_start
        && q.words > 0
        && r.used_quotes.contains(&(qi + 1))
        && words <= window::NOMINAL_WORDS + 1
        && between.into_iter().any(|k| r.is_covered(k))
}

/// Where the subject of the last clause of `s` can be: after its last comma, up to its first
/// verb ("With the pier closed and the fares rising, Mayor Park gave her answer:" holds
/// "Mayor Park", not the clause).
fn last_clause_subject(cx: &Ctx, s: Sentence) -> std::ops::Range<usize> {
    let (toks, rules) = (&cx.doc.toks, cx.rules);
    let from = (s.start..s.end).rev().find(|&k| punct::is_clause_separator(&toks[k])).map_or(s.start, |k| k + 1);
    let verb = |k: usize| rules.aux.contains(toks[k].fold.as_str()) || rules.is_lowercase_finite(&toks[k]);
    from..(from..s.end).find(|&k| verb(k)).unwrap_or(s.end)
}

/// Who speaks in a quote introduced by a colon after a verb that is no cue: the sentence's
/// named subject (the words of `s`, which ends at the colon).
fn colon_subject(cx: &Ctx, s: Sentence) -> Option<Speaker> {
    // "Le maire a été très clair : « … »": the subject before the verb, not the whole clause.
    let named = |p: &crate::phrase::Phrase| matches!(p.who, Who::Name { .. } | Who::Title(_));
    let refers = |p: &crate::phrase::Phrase| named(p) || matches!(p.who, Who::Anaphor(..));
    let subject = super::subjects::sentence_subject(cx, s).filter(refers);
    let p = match subject {
        Some(p) => p,
        None => analyze(cx, &cx.doc.toks[last_clause_subject(cx, s)], Side::Before)?,
    };
    if !refers(&p) {
        return None;
    }
    let said = resolve(cx, &p, &Cue::marker(s.start, s.start), false);
    Some((said.agent?, said.span, said.role))
}
