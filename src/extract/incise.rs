//! A cue in the middle of unquoted content, set off by commas: "But to keep the roads open, he
//! said, the county should buy salt now." / "Flooding, Mayor Park often says, is the
//! town's oldest enemy." / "Le calendrier, a précisé la ministre, sera tenu." Both halves are the
//! speaker's, each a statement (offsets are contiguous), however short the first.

use super::content::{clause, words_between, Content};
use super::cue::{noun_reading, Cue};
use super::doc::{Ctx, Sentence};
use super::search::{find, resolve, Said};
use super::strategies::Regions;
use crate::lang::punct;
use crate::tuning::{min_words, window};

/// The halves of a content around an incise, and its speaker.
pub(super) struct Incise {
    pub before: Option<Content>,
    /// None when a coordinated clause with its own cue follows ("…, he said, but denied …").
    pub after: Option<Content>,
    pub said: Said,
}

/// The incise around `cue`, if the cue stands between commas with its subject.
pub(super) fn incise(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<Incise> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let sep = |k: usize| punct::is_clause_separator(&toks[k]);
    let quoted = |k: usize| cx.doc.in_quote[k].is_some();
    // Before the cue: its subject after a comma ("…, he said, …"), or the comma itself
    // (", said X, …").
    // A clause of comparison may hold a longer subject ("The lighthouse, as two of the
    // harbour board's retired engineers explained, …").
    let mark = |k: usize| sep(k) || quoted(k);
    let compared = |k: usize| toks.get(k + 1).is_some_and(|t| rules.is_comparative(t));
    let comma_before = (s.start..cue.first).rev().take(window::POSTPOSED_SUBJECT).find(|&k| mark(k)).or_else(|| {
        (s.start..cue.first).rev().take(window::CLAUSE_SUBJECT).find(|&k| mark(k)).filter(|&k| compared(k))
    })?;
    if quoted(comma_before) || (comma_before > s.start && quoted(comma_before - 1)) {
        return None;
    }
    let subject_first = comma_before + 1 < cue.first;
    // "The levy, called the harbour toll, funds …": a verb whose object says it names its
    // object right after it; with no subject before it, it is a participle in apposition,
    // not an incise.
    if !subject_first && cue.verb(rules).object_content {
        return None;
    }
    // After the cue: a short adjunct ("in an interview") or the subject, then a comma.
    let reach = if subject_first { window::INCISE_ADJUNCT + 1 } else { window::NOMINAL_WORDS + 1 };
    let comma_after = (cue.last + 1..(cue.last + 1 + reach).min(s.end)).find(|&k| sep(k) || quoted(k))?;
    if !sep(comma_after) {
        return None;
    }
    let between = &toks[cue.last + 1..comma_after];
    if subject_first && !between.is_empty() && rules.speaker_stops.match_at(between, 0, &[]).is_none() {
        return None;
    }
    let regions = if subject_first {
        let np = comma_before + 1..cue.first;
        let left_limit = if compared(comma_before) { window::CLAUSE_SUBJECT } else { window::INCISE_SUBJECT };
        Regions { sentence: s, cue, right: cue.last + 1..cue.last + 1, left: np.clone(), full_left: np, left_limit }
    } else {
        Regions {
            sentence: s,
            cue,
            right: cue.last + 1..comma_after,
            left: cue.first..cue.first,
            full_left: cue.first..cue.first,
            left_limit: 0,
        }
    };
    let order = if subject_first { &rules.search.postposed_subject_first } else { &rules.search.postposed_verb_first };
    let phrase = find(cx, order, &regions)?;
    let after_start = comma_after + 1;
    if after_start >= s.end {
        return None;
    }
    let opening = (comma_before > s.start).then(|| clause(cx, s.start, 0, s.until(comma_before)));
    let opening = opening.filter(|c| says_something(cx, c));
    // Alone, a half must be long enough to be a statement; beside the other half, even "The
    // plan, he said, is dead" splits the speaker's words in two, and both are theirs.
    let before = opening.clone().filter(|c| words_between(&cx.doc, c.start, c.end) > min_words::INCISE_HALF);
    // "…, a précisé lundi Claire Dumont, porte-parole de la préfecture.": a title with no verb
    // after the speaker is the speaker's apposition, not the second half of the content.
    // So is an organisation's head noun, behind its article or not ("…, a annoncé la
    // direction de la régie, la société publique des transports.").
    let head_at = |k: usize| {
        rules.titles.match_at(toks, k, &rules.clitics).is_some()
            || rules.org_heads.match_at(toks, k, &rules.clitics).is_some()
    };
    let article = rules.articles.contains(toks[after_start].fold.as_str());
    let apposition = !subject_first
        && (head_at(after_start) || (article && after_start + 1 < s.end && head_at(after_start + 1)))
        && !(after_start..s.end).any(|k| rules.is_lowercase_finite(&toks[k]) || cx.doc.in_quote[k].is_some());
    // "…, a indiqué la procureure de Brest, Anne Lenoir, citant …": the name after a title
    // is the speaker's, in apposition; a participle after it is the reporter's.
    let name_end = (after_start..s.end).find(|&k| sep(k)).unwrap_or(s.end);
    let named = !subject_first
        && name_end > after_start
        && matches!(phrase.who, crate::phrase::Who::Title(_))
        && (after_start..name_end).all(|k| toks[k].cap || rules.is_link_word(toks, k))
        && toks[after_start..name_end].iter().filter(|t| t.word).count() <= window::NAME_WORDS
        && (name_end + 1 >= s.end || super::content::is_participle_adjunct(&cx.doc, rules, name_end + 1, s.end));
    if named {
        let regions = Regions { right: cue.last + 1..name_end, ..regions };
        let phrase = find(cx, order, &regions).unwrap_or(phrase);
        cx.trace.step("content", || "the words after the title are the speaker's name, in apposition".into());
        let said = resolve(cx, &phrase, cue, cue.verb(rules).continuation);
        return before.map(|b| Incise { before: Some(b), after: None, said });
    }
    if apposition {
        let regions = Regions { right: cue.last + 1..s.end, ..regions };
        let phrase = find(cx, order, &regions).unwrap_or(phrase);
        cx.trace.step("content", || "the words after the speaker are a title in apposition".into());
        let said = resolve(cx, &phrase, cue, cue.verb(rules).continuation);
        return before.map(|b| Incise { before: Some(b), after: None, said });
    }
    // "…, two officials said on Wednesday, as inflation stays high": the reporter's
    // circumstance follows, not the rest of what was said.
    if rules.narrator_openers.match_at(toks, after_start, &rules.clitics).is_some() {
        cx.trace.step("content", || "the words after the incise are the reporter's circumstance".into());
        let said = resolve(cx, &phrase, cue, cue.verb(rules).continuation);
        return before.map(|b| Incise { before: Some(b), after: None, said });
    }
    let cue_at =
        |k: usize| rules.cues.match_at(toks, k, &rules.clitics).filter(|m| !noun_reading(toks, s.start, k, m, rules));
    // A cue inside a clause of time or comparison after it ("…, down to the badge's words, as
    // one firefighter said before the storm") is that clause's, not a second attribution.
    let opener = |k: usize| rules.is_subordinator(&toks[k]) || rules.adjunct_openers.contains(toks[k].fold.as_str());
    let another_cue = (after_start..s.end).take_while(|&k| !opener(k)).any(|k| cue_at(k).is_some());
    // "…, he said, but denied …": a coordinated clause with a cue of its own follows; the
    // words before the incise are all it reports.
    let coordinated = rules.coordinators.iter().any(|c| toks[after_start].fold == *c);
    if coordinated && another_cue && before.is_some() {
        cx.trace.step("content", || "the cue closes the content before it; a coordinated report follows".into());
        return Some(Incise { before, after: None, said: resolve(cx, &phrase, cue, cue.verb(rules).continuation) });
    }
    // "…, said X, the ministry's press service reported": a second attribution, no content.
    // "…, the association said, squeezing first-time buyers": the reporter's participle
    // (not a gerund subject: "…, he said, replacing her would be acrimonious").
    if super::content::is_participle_adjunct(&cx.doc, rules, after_start, s.end) || another_cue {
        return None;
    }
    let after = clause(cx, after_start, 0, s);
    if words_between(&cx.doc, after.start, after.end) < min_words::INCISE_HALF {
        return None;
    }
    cx.trace.step("content", || "the cue stands between commas inside the content".into());
    Some(Incise { before: opening, after: Some(after), said: resolve(cx, &phrase, cue, cue.verb(rules).continuation) })
}

/// Whether a half holds a word beyond the reporter's connectives ("Yet, as X observed, …",
/// "And perhaps, she said, …" have none).
fn says_something(cx: &Ctx, c: &Content) -> bool {
    let (doc, rules) = (&cx.doc, cx.rules);
    let (first, last) = (doc.tok_at(c.start), doc.tok_at(c.end.saturating_sub(1)));
    doc.toks[first..=last].iter().any(|t| t.word && !rules.connectives.contains(t.fold.as_str()))
}

/// A quote interrupted by its own attribution inside the marks, as French and Arabic
/// typesetting does: « Nous avons tout essayé, a expliqué Claire Martin. Mais les
/// actionnaires ont refusé. » The cue follows a comma inside the quote and is followed by
/// its subject up to the next comma or full stop; the words before and after are the
/// speaker's, each a direct statement.
pub(super) fn inside_quote(cx: &Ctx, qi: usize) -> Option<(Vec<Content>, Cue, Said)> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let q = &doc.quotes[qi];
    let (first, end) = (q.open + 1, q.last + 1);
    let words = |a: usize, b: usize| doc.toks[a..b].iter().filter(|t| t.word).count();
    // « Nous reconstruirons, a-t-elle déclaré, et … »: inside quote marks the words before
    // the incise are speech however few, when the quote as a whole is long enough.
    if words(first, end) < 2 * min_words::INCISE_HALF {
        return None;
    }
    let k = (first..end).find(|&k| {
        punct::is_clause_separator(&doc.toks[k])
            && words(first, k) >= 1
            && rules.cues.match_at(&doc.toks, k + 1, &rules.clitics).is_some_and(|m| k + m.len < end)
    })?;
    let m = rules.cues.match_at(&doc.toks, k + 1, &rules.clitics)?;
    let cue = Cue { first: k + 1, last: k + m.len, form: *m.value };
    // The subject ends at the next mark; a quote going on with the cue's own clause
    // (« …, a-t-il dit que … ») has no incise.
    let stop = (cue.last + 1..end).find(|&j| !doc.toks[j].word)?;
    let mark = &doc.toks[stop];
    if !(punct::is_clause_separator(mark) || punct::is_sentence_end(mark.punct)) {
        return None;
    }
    if words(cue.last + 1, stop) > window::NOMINAL_WORDS {
        return None;
    }
    let inner = Sentence { start: first, end };
    let regions = Regions {
        sentence: inner,
        cue: &cue,
        right: cue.last + 1..stop,
        left: cue.first..cue.first,
        full_left: cue.first..cue.first,
        left_limit: 0,
    };
    let phrase = find(cx, &rules.search.postposed_verb_first, &regions)?;
    cx.trace.step("content", || "the cue stands inside the quote, after a comma".into());
    let span = |a: usize, b: usize| Content {
        kind: crate::model::QuoteKind::Direct,
        start: doc.toks[a].start,
        end: doc.toks[b - 1].end,
        quotes: vec![qi],
    };
    let mut parts = vec![span(first, k)];
    if stop + 1 < end && words(stop + 1, end) >= min_words::INCISE_HALF {
        parts.push(span(stop + 1, end));
    }
    let said = resolve(cx, &phrase, &cue, cue.verb(rules).continuation);
    Some((parts, cue, said))
}
