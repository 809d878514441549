//! Speakers named as labels rather than subjects: "PENCE: Well, look, …" in a transcript,
//! "Ann Lowe: Rural voters worried …" or "الأمين العام: «…»" in a headline, and a quote
//! signed after a dash ("“…” ― Sonya Herridge").

use super::content::{clause, words_between};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::search::{resolve, Said};
use super::speaker::{analyze, Side};
use super::statement::statement;
use crate::lang::punct;
use crate::model::{AgentKind, Statement};
use crate::phrase::{Phrase, Who};
use crate::text::Tok;
use crate::tuning::{confidence, min_words, window};

/// Whether `p` names someone a label can give the floor to: a person or organisation name,
/// a title, an unnamed source; not a place ("Ukraine: …" is a topic, not a speaker).
fn speaks(p: &Phrase) -> bool {
    match &p.who {
        Who::Name { kind, .. } => *kind != Some(AgentKind::Place),
        Who::Title(_) | Who::Anonymous(_) => true,
        Who::Anaphor(..) | Who::Pronoun(_) => false,
    }
}

/// "NAME: words" opening sentence `s` (after an opening quote mark, if any): the words are
/// the name's. In a `headline` a name in title case will do ("Pat Caddell: …"); in the body
/// a label is a transcript's, in capitals ("WALLACE: …"), or (without letter case) a title
/// or a known name: a dateline ("Mumbai: …") or a field ("Date: …") gives no floor.
pub(super) fn colon_label(cx: &Ctx, s: Sentence, headline: bool) -> Option<Statement> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let start = (s.start..s.end).find(|&k| toks[k].word)?;
    if !toks[s.start..start].iter().all(|t| rules.closer_of(t.punct).is_some() || rules.is_closer(t.punct)) {
        return None;
    }
    let colon = label_end(cx, start, s.end)?;
    if !punct::is_colon(&toks[colon]) {
        return None;
    }
    // "GOV. REYES: …": an abbreviation's full stop is no part of the label's words.
    let words: Vec<Tok> = toks[start..colon].iter().filter(|t| t.word).cloned().collect();
    let label = &words[..];
    if rules.headline_kickers.contains(&crate::normalize::name_key(&cx.doc.toks_text(label))) {
        return None;
    }
    // In a cased script a label is capitalised throughout ("Pat Caddell", "WALLACE").
    let cased = rules.raw.syntax.cased;
    if cased
        && !label
            .iter()
            .all(|t| t.cap || rules.is_link_word(label, label.iter().position(|x| x.start == t.start).unwrap_or(0)))
    {
        return None;
    }
    if rules.cues.match_at(toks, start, &rules.clitics).is_some() || label.iter().any(|t| rules.is_finite(t) && !t.cap)
    {
        return None;
    }
    let mut phrase = analyze(cx, &toks[start..colon], Side::Before).filter(speaks)?;
    let transcript = if cased {
        super::quotes::transcript_label(label)
    } else {
        matches!(&phrase.who, Who::Title(_))
            || matches!(&phrase.who, Who::Name { toks, .. } if cx.kb.find(toks, 0, &rules.clitics).is_some())
    };
    if !headline && !transcript {
        return None;
    }
    if transcript && cased && opens_body(toks, start) && !transcript_follows(toks, colon) {
        cx.trace.step("label", || "a dateline: capitals opening the body, and no transcript label after".into());
        return None;
    }
    // A headline's topic: "Stealth Over Health: …", "Grève à la SNCF : …" (a person's name
    // holds no preposition; an organisation's may: "Bank of England"), or one word
    // ("Climat : …", "Inflation: …") that is nobody's name in the tables or the article.
    let topic = matches!(&phrase.who, Who::Name { toks, kind, .. }
        if *kind != Some(AgentKind::Organization)
            && (label.iter().any(|t| rules.is_preposition(t)) || (toks.len() == 1 && !one_word_speaks(cx, &toks[0]))));
    if topic && !transcript {
        return None;
    }
    // A transcript gives the floor to people ("WALLACE:"), not to organisations.
    if let Who::Name { kind: kind @ None, .. } = &mut phrase.who {
        if transcript && cased {
            *kind = Some(AgentKind::Person);
        }
    }
    let c = clause(cx, colon + 1, 0, s);
    if words_between(&cx.doc, c.start, c.end) < min_words::AFTER_COLON {
        return None;
    }
    cx.trace.step("label", || format!("'{}' gives the floor to what follows its colon", cx.doc.toks_text(label)));
    let cue = Cue::marker(colon, colon);
    let said = resolve(cx, &phrase, &cue, false);
    Some(statement(cx, c, None, said, confidence::LABEL, &format!("{}.label/colon", cx.lang().code())))
}

/// The first token after `start` that is neither a word nor an abbreviation's full stop
/// ("GOV. REYES:"), within a label's length.
fn label_end(cx: &Ctx, start: usize, end: usize) -> Option<usize> {
    let toks = cx.toks();
    let abbreviation = |k: usize| toks[k].punct == '.' && k > start && cx.rules.abbreviates(&toks[k - 1]);
    (start..(start + window::LABEL_WORDS + 1).min(end)).find(|&k| !toks[k].word && !abbreviation(k))
}

/// Whether token `start` is in the first paragraph after the title line (the title's
/// first token is the only line start before it).
fn opens_body(toks: &[crate::text::Tok], start: usize) -> bool {
    toks[..start].iter().filter(|t| t.newline_before).count() <= 1
}

/// Whether a paragraph after token `from` opens on a transcript label ("PENCE: …"): one
/// such label opening the body is a speaker's; alone, it is a dateline ("LAGOS: …").
fn transcript_follows(toks: &[crate::text::Tok], from: usize) -> bool {
    (from + 1..toks.len()).filter(|&k| toks[k].newline_before).any(|k| {
        let end = (k..toks.len().min(k + window::LABEL_WORDS + 1)).find(|&j| !toks[j].word);
        end.is_some_and(|j| j > k && punct::is_colon(&toks[j]) && super::quotes::transcript_label(&toks[k..j]))
    })
}

/// Whether a one-word headline label names a speaker: someone the knowledge base knows
/// ("Macron : …"), a source ("Poll: …", "Sondage : …"), or the last word of a name the
/// article writes in full ("Pence: …" before "Mike Pence said").
fn one_word_speaks(cx: &Ctx, word: &crate::text::Tok) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let cased = rules.raw.syntax.cased;
    cx.kb.find(std::slice::from_ref(word), 0, &rules.clitics).is_some()
        || rules.is_source_noun(word)
        || (1..toks.len()).any(|k| {
            let before = &toks[k - 1];
            toks[k].start > word.start
                && toks[k].fold == word.fold
                && before.word
                // "Anne Vidal", not "Ce budget" opening a sentence.
                && ((before.cap && toks[k].cap) || !cased)
                && !rules.is_link_word(toks, k - 1)
        })
}

/// A quote signed after it: "“…” ― Sonya Herridge", "“…” — the mayor.", "“…” — Ann Lee,
/// chair of the board.": the words after a dash, up to the sentence end or to a comma
/// opening a description with no verb, name who said it.
pub(super) fn signed_quote(cx: &Ctx, s: Sentence, qi: usize) -> Option<(Said, &'static str, f32)> {
    let toks = cx.toks();
    let mut dash = cx.doc.quotes[qi].after();
    // "“…”, — X" carries a comma before the dash.
    if dash < s.end && punct::is_clause_separator(&toks[dash]) && !punct::is_dash(&toks[dash]) {
        dash += 1;
    }
    if dash >= s.end || !punct::is_dash(&toks[dash]) {
        return None;
    }
    let end = (dash + 1..s.end).find(|&k| !toks[k].word).unwrap_or(s.end);
    let name = &toks[dash + 1..end];
    let words = name.len();
    let described = end < s.end && toks[end].punct == ',' && described_after(cx, s, end);
    let closed = end >= s.end || punct::is_sentence_end(toks[end].punct) || described;
    if words == 0 || words > window::LABEL_WORDS || !closed {
        return None;
    }
    let phrase = analyze(cx, name, Side::After).filter(speaks)?;
    cx.trace.step("label", || format!("the quote is signed '{}'", cx.doc.toks_text(name)));
    let said = resolve(cx, &phrase, &Cue::marker(dash, dash), false);
    Some((said, "signed", confidence::LABEL))
}

/// Whether the words after the comma at `comma`, to the end of `s`, only describe the name
/// before it ("…, chair of the board."): no finite verb, no quote mark.
fn described_after(cx: &Ctx, s: Sentence, comma: usize) -> bool {
    let toks = &cx.toks()[comma + 1..s.end];
    let verb = |t: &crate::text::Tok| cx.rules.is_lowercase_finite(t) || cx.rules.aux.contains(t.fold.as_str());
    toks.iter().any(|t| t.word) && !toks.iter().any(verb) && cx.doc.quotes_in(comma + 1, s.end).is_empty()
}
