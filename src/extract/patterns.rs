//! The attribution patterns, applied to one sentence at a time (see the module above).

use super::according::according_to;
use super::attribution::{after_adjunct, nominal, resolve, who_said, Said};
use super::content::{clause, quote_content, statement, words_between, Content};
use super::speaker::{analyze, cut_at_stop, Phrase, Who};
use super::Doc;
use crate::lang::{CueForm, Gender, Lang, LangRules};
use crate::model::{Agent, QuoteKind, Span, Statement};
use crate::resolve::Discourse;
use crate::text::Tok;

/// A cue verb found in the sentence.
pub(super) struct Cue {
    pub(super) first: usize,
    pub(super) last: usize,
    pub(super) form: CueForm,
}

pub(super) fn sep(t: &Tok) -> bool {
    !t.word && matches!(t.punct, ',' | '\u{060C}' | '\u{2014}' | '\u{2013}')
}

/// Reads one sentence (tokens `a..b`). `carry` is the speaker a quote opening the sentence
/// continues. Returns the statements and, when the sentence only announces a speaker
/// ("as X noted."), that speaker.
pub(crate) fn sentence(
    doc: &Doc,
    a: usize,
    b: usize,
    disc: &mut Discourse,
    carry: Option<Agent>,
) -> (Vec<Statement>, Option<Agent>) {
    let lang = doc.article.lang;
    let rules = lang.rules();
    let mut out: Vec<Statement> = Vec::new();
    let mut used_quotes: Vec<usize> = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let mut sentence_speaker: Option<(Agent, Option<Span>, Option<String>)> = None;
    let mut announced: Option<Agent> = None;

    let mut i = a;
    while i < b {
        if doc.in_quote[i].is_some() || covered.iter().any(|&(s, e)| i >= s && i < e) {
            i += 1;
            continue;
        }
        let Some(m) = rules.cues.match_at(&doc.toks, i, &rules.clitics) else {
            if let Some(st) = according_to(doc, a, b, i, rules, disc) {
                covered.push((a, b));
                remember(&st, doc.toks[i].start, &mut used_quotes, &mut sentence_speaker, doc, disc);
                out.push(st);
            }
            i += 1;
            continue;
        };
        let cue = Cue { first: i, last: i + m.len - 1, form: *m.value };
        i = cue.last + 1;
        if let Some(st) = from_cue(doc, a, b, &cue, rules, disc, &mut announced) {
            let (s, e) = (tok_index(doc, st.start), tok_index(doc, st.end.saturating_sub(1)) + 1);
            let mut e = e.max(cue.last + 1);
            // "…, according to a copy seen by Reuters" after the clause: its source, not a
            // statement of its own.
            if e + 1 < b && sep(&doc.toks[e]) && rules.according_to.match_at(&doc.toks, e + 1, &rules.clitics).is_some()
            {
                e = b;
            }
            covered.push((s.min(cue.first), e));
            remember(&st, doc.toks[cue.first].start, &mut used_quotes, &mut sentence_speaker, doc, disc);
            out.push(st);
        }
    }

    // Quotes left over: same sentence as an attribution, or right after an attributed one.
    for qi in doc.quotes_in(a, b) {
        let q = &doc.quotes[qi];
        if used_quotes.contains(&qi) || q.words < rules.raw.min_quote_words {
            continue;
        }
        if covered.iter().any(|&(s, e)| q.open >= s && q.open < e) {
            continue;
        }
        let at_start = doc.toks[a..q.open].iter().all(|t| !t.word);
        let after_colon = q.open > a && !doc.toks[q.open - 1].word && doc.toks[q.open - 1].punct == ':';
        let (who, rule, conf) = match &sentence_speaker {
            Some(s) => (Some(s.clone()), "same-sentence", 0.75),
            None if at_start && carry.is_some() => (carry.clone().map(|a| (a, None, None)), "continuation", 0.7),
            // "Le ministre, Thomas Girard, a défendu le calendrier : « … »".
            None if after_colon => (colon_subject(doc, a, q.open - 1, rules, disc), "colon", 0.65),
            None => (None, "", 0.0),
        };
        let Some((agent, span, role)) = who else { continue };
        let c = quote_content(doc, qi);
        let said = Said { agent: Some(agent), span, role, affiliation: None };
        let st = statement(doc, c, None, said, conf, &format!("{}.quote/{rule}", lang.code()));
        remember(&st, st.start, &mut used_quotes, &mut sentence_speaker, doc, disc);
        out.push(st);
    }
    if !out.is_empty() {
        announced = None;
    }
    (out, announced)
}

/// Whether the words after a cue open a clause ("the deal would cost…", "it welcomed…")
/// rather than an object ("added salt to the soup"): a subject word (pronoun or
/// determiner) then, within a few words, a finite verb form of the language's table.
fn looks_like_clause(doc: &Doc, j: usize, b: usize, rules: &LangRules) -> bool {
    let first = &doc.toks[j];
    let finite = |k: usize| rules.is_finite(&doc.toks[k]);
    // A pronoun, a determiner, a subject word, or a name ("said Lopez would sign").
    let subject = rules.pronouns.match_at(&doc.toks, j, &[]).is_some()
        || rules.determiners.match_at(&doc.toks, j, &[]).is_some()
        || rules.raw.subject_words.iter().any(|w| w == first.fold.as_str())
        || first.cap;
    // A bare noun right before a finite verb ("said policymakers had discussed a cut").
    let bare_noun = first.word && j + 1 < b && finite(j + 1) && !finite(j);
    bare_noun || (subject && (j + 1..(j + 6).min(b)).any(finite))
}

/// Who speaks in a quote introduced by a colon after a verb that is no cue: the sentence's
/// named subject.
fn colon_subject(
    doc: &Doc,
    a: usize,
    colon: usize,
    rules: &LangRules,
    disc: &mut Discourse,
) -> Option<(Agent, Option<Span>, Option<String>)> {
    let p = analyze(&doc.toks[a..colon], doc.article.lang, rules, doc.kb)?;
    if !matches!(p.who, Who::Name { .. } | Who::Title(_)) {
        return None;
    }
    let cue = Cue { first: a, last: a, form: CueForm { verb: 0, gender: Gender::Any, inverted: false } };
    let said = resolve(doc, &p, &cue, false, disc);
    Some((said.agent?, said.span, said.role))
}

/// Records what a new statement settles: the quotes it used, the sentence's speaker, and
/// the speaker in the discourse at once (a coordinated cue later in the sentence, or the
/// next sentence, refers back to it). `cue_pos` places it when no span names the speaker.
pub(super) fn remember(
    st: &Statement,
    cue_pos: usize,
    used: &mut Vec<usize>,
    speaker: &mut Option<(Agent, Option<Span>, Option<String>)>,
    doc: &Doc,
    disc: &mut Discourse,
) {
    let (first, last) = (tok_index(doc, st.start), tok_index(doc, st.end.saturating_sub(1)));
    for qi in doc.quotes_in(first.saturating_sub(1), last + 1) {
        let q = &doc.quotes[qi];
        let (s, e) = (doc.toks[q.open].start, doc.toks[q.after() - 1].end);
        if s < st.end && e > st.start {
            used.push(qi);
        }
    }
    if let Some(a) = &st.speaker {
        *speaker = Some((a.clone(), st.speaker_span.clone(), st.role.clone()));
        disc.note(st.speaker_span.as_ref().map_or(cue_pos, |s| s.start), a.clone(), true);
    }
}

/// Where the reported clause starts after a complementizer found at token `j`: the token and
/// the characters to skip in it. "qu'" glued to a word, and "qu'elle" matched whole (for the
/// pronoun's gender), both leave the clause its subject: "elle comptait …".
pub(super) fn clause_start(
    doc: &Doc,
    j: usize,
    cm: &crate::text::PhraseMatch<'_, crate::lang::Gender>,
) -> (usize, usize) {
    match cm.glued {
        Some(n) => (j + cm.len - 1, n),
        None => {
            let last = &doc.toks[j + cm.len - 1];
            match last.fold.find('\'') {
                Some(k) if k + 1 < last.fold.len() => (j + cm.len - 1, last.fold[..=k].chars().count()),
                _ => (j + cm.len, 0),
            }
        }
    }
}

pub(super) fn tok_index(doc: &Doc, pos: usize) -> usize {
    doc.toks.partition_point(|t| t.end <= pos).min(doc.toks.len() - 1)
}

/// The patterns that start from a cue verb. A cue that only names a speaker at the end of
/// its sentence sets `announced`.
pub(super) fn from_cue(
    doc: &Doc,
    a: usize,
    b: usize,
    cue: &Cue,
    rules: &LangRules,
    disc: &mut Discourse,
    announced: &mut Option<Agent>,
) -> Option<Statement> {
    let verb = &rules.raw.verbs[cue.form.verb];
    let rule_id = |pattern: &str| format!("{}/{pattern}", verb.id);
    // Scan right for what opens the content: a colon, a complementizer or a quote.
    let mut j = cue.last + 1;
    let limit = (cue.last + 28).min(b);
    while j < limit {
        let t = &doc.toks[j];
        if let Some(qi) = doc.in_quote[j] {
            if doc.quotes[qi].words < rules.raw.min_quote_words {
                // A name in quote marks ("صحيفة “واشنطن بوست”") is part of the phrase.
                j = doc.quotes[qi].after();
                continue;
            }
            let said = who_said(doc, a, cue, j, rules, disc)?;
            return Some(statement(doc, quote_content(doc, qi), Some(cue), said, 0.85, &rule_id("cue-quote")));
        }
        if !t.word && t.punct == ':' {
            let said = who_said(doc, a, cue, j, rules, disc)?;
            let c = clause(doc, j + 1, 0, b, rules);
            if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < 3 {
                return None;
            }
            return Some(statement(doc, c, Some(cue), said, 0.95, &rule_id("cue-colon")));
        }
        if let Some(cm) = rules.complementizers.match_at(&doc.toks, j, &rules.clitics) {
            let said = who_said(doc, a, cue, j, rules, disc)?;
            let (start_tok, skip) = clause_start(doc, j, &cm);
            if start_tok >= b {
                return None;
            }
            let c = clause(doc, start_tok, skip, b, rules);
            // With a complementizer, two words are a clause ("que Moscou répondrait").
            if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < 2 {
                return None;
            }
            return Some(statement(doc, c, Some(cue), said, 0.85, &rule_id("cue-that")));
        }
        if rules.cues.match_at(&doc.toks, j, &rules.clitics).is_some() || (j > cue.last + 1 && !t.word && !sep(t)) {
            break;
        }
        // "Okafor said the deal would…": no complementizer, the clause follows the cue.
        let subject_before = cue.first > a
            && (doc.toks[cue.first - 1].word || sep(&doc.toks[cue.first - 1]))
            && doc.in_quote[cue.first - 1].is_none();
        if verb.bare_clause
            && j == cue.last + 1
            && t.word
            && !cue.form.inverted
            && subject_before
            && rules.speaker_stops.match_at(&doc.toks, j, &[]).is_none()
            && looks_like_clause(doc, j, b, rules)
        {
            let c = clause(doc, j, 0, b, rules);
            // A pronoun subject makes three words a clause ("said it was investigating").
            let min = if rules.pronouns.match_at(&doc.toks, j, &[]).is_some() { 3 } else { 4 };
            if words_between(doc, c.start, c.end) >= min {
                let said = who_said(doc, a, cue, j, rules, disc)?;
                return Some(statement(doc, c, Some(cue), said, 0.75, &rule_id("cue-clause")));
            }
        }
        j += 1;
    }
    if let Some((c, said)) = postposed(doc, a, b, cue, rules, disc) {
        return Some(statement(doc, c, Some(cue), said, 0.85, &rule_id("postposed")));
    }
    // "كما أشارت أوسوليفان." / "as Smith noted.": a speaker, and the quote comes next.
    let right: Vec<Tok> = doc.toks[cue.last + 1..b].iter().filter(|t| t.word || sep(t)).cloned().collect();
    // Only connectors between the clause start and the cue ("…، كما أشارت X.").
    let clause_start = (a..cue.first).rev().find(|&k| sep(&doc.toks[k])).map_or(a, |k| k + 1);
    let lead = (clause_start..cue.first)
        .filter(|&k| doc.toks[k].word && rules.determiners.match_at(&doc.toks, k, &rules.clitics).is_none())
        .count();
    if lead == 0 && !right.is_empty() && cut_at_stop(&right, rules, doc.kb).len() == right.len() {
        if let Some(p) = analyze(&right, doc.article.lang, rules, doc.kb) {
            if let Said { agent: Some(agent), .. } = resolve(doc, &p, cue, false, disc) {
                *announced = Some(agent);
            }
        }
    }
    None
}

/// "« … », a déclaré X." / "…, a indiqué le ministère." / "\"…,\" the minister said."
pub(super) fn postposed(
    doc: &Doc,
    a: usize,
    b: usize,
    cue: &Cue,
    rules: &LangRules,
    disc: &mut Discourse,
) -> Option<(Content, Said)> {
    let lang = doc.article.lang;
    let verb = &rules.raw.verbs[cue.form.verb];
    let before = cue.first.checked_sub(1).filter(|&p| p >= a)?;
    let bt = &doc.toks[before];
    let after_quote = doc.in_quote[before].is_some() || (sep(bt) && before > a && doc.in_quote[before - 1].is_some());
    if lang == Lang::Ar && !after_quote {
        // Arabic puts the verb first: what precedes "، أعلنت X" is an adverbial, not speech.
        return None;
    }
    // "…, the finance chief, Wendy Huang, said.": a comma before a cue that ends the sentence
    // closes an apposition before it, not a clause.
    let rest = &doc.toks[cue.last + 1..b];
    let nothing_after = cut_at_stop(rest, rules, doc.kb).iter().all(|t| !t.word)
        && (lang == Lang::Ar || after_adjunct(rest, lang, rules, doc.kb).is_none());
    let verb_first =
        (sep(bt) && !(nothing_after && lang != Lang::Ar)) || doc.in_quote[before].is_some() || cue.form.inverted;
    let (content_end, phrase) = if verb_first {
        // Verb first: the speaker follows the cue.
        let end = if sep(bt) { before } else { before + 1 };
        let np = cut_at_stop(&doc.toks[cue.last + 1..b], rules, doc.kb);
        let p = analyze(&np, lang, rules, doc.kb)
            .or_else(|| nominal(&np, rules))
            .or_else(|| {
                (lang != Lang::Ar).then(|| after_adjunct(&doc.toks[cue.last + 1..b], lang, rules, doc.kb)).flatten()
            })
            .or_else(|| cue.form.inverted.then_some(Phrase { who: Who::Pronoun(cue.form.gender), role: None }));
        (end, p?)
    } else {
        // Speaker first ("…, the minister said."): the cue ends the sentence, unless a quote
        // precedes ("“…,” Mayor Shaw told the council.").
        let s = (a..cue.first).rev().take(8).find(|&k| sep(&doc.toks[k]) || doc.in_quote[k].is_some())?;
        // "“…,” the company's finance chief, Wendy Huang, said": the comma before the cue
        // closes an apposition; the speaker phrase reaches back to the quote.
        let s = if s + 1 == cue.first && sep(&doc.toks[s]) {
            (a..s).rev().take(16).find(|&k| doc.in_quote[k].is_some()).unwrap_or(s)
        } else {
            s
        };
        let rest = &doc.toks[cue.last + 1..b];
        let quoted = doc.in_quote[s].is_some() || (s > a && doc.in_quote[s - 1].is_some());
        if !quoted && rest.iter().any(|t| t.word) && !cut_at_stop(rest, rules, doc.kb).is_empty() {
            return None;
        }
        let np = &doc.toks[s + 1..cue.first];
        let end = if sep(&doc.toks[s]) { s } else { s + 1 };
        (end, analyze(np, lang, rules, doc.kb).or_else(|| nominal(np, rules))?)
    };
    if content_end <= a {
        return None;
    }
    let c = clause(doc, a, 0, content_end, rules);
    if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < 4 {
        return None;
    }
    Some((c, resolve(doc, &phrase, cue, verb.continuation, disc)))
}
