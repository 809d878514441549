//! Quote-mark pairing and sentence splitting.
//!
//! Quote marks are paired with a stack, so nested quotes stay inside their outer quote; a
//! symmetric mark (`"`) opens or closes depending on the spaces around it; a closing mark with
//! no opener is ignored. A quote still open at the end of a paragraph is closed there and
//! flagged unclosed, so an unbalanced mark never swallows the article; when the next
//! paragraph opens with the same mark glued to its first word (the press convention for long
//! quotes), that paragraph is a quote of its own, which the same speaker continues unless a
//! cue in it names another: one statement per paragraph, as annotators count them.
//! Sentences are then split at . ! ? ؟ and line breaks *outside* quotes.

use crate::lang::{punct, LangRules};
use crate::text::Tok;

/// A top-level quote: token indices of its marks.
#[derive(Debug, Clone)]
pub struct QuoteSpan {
    /// Index of the opening mark.
    pub open: usize,
    /// Index of the closing mark, or `None` when unclosed.
    pub close: Option<usize>,
    /// Index of the last token inside the quote.
    pub last: usize,
    /// Words inside.
    pub words: usize,
    /// The quote goes on in the next paragraph, which reopens it (a quote of its own).
    pub continued: bool,
}

impl QuoteSpan {
    /// The index just past the quote (past its closing mark, if any).
    pub fn after(&self) -> usize {
        self.close.unwrap_or(self.last) + 1
    }
}

/// Pairs the quote marks of `toks` and returns the top-level quotes in text order. A run
/// longer than the language's longest quote is cut there (about two tokens a word, with the
/// punctuation); an unclosed quote longer than `unclosed_quote_words` is a stray mark and no
/// quote at all, so the text after it is read as narration.
pub fn pair(toks: &[Tok], rules: &LangRules) -> Vec<QuoteSpan> {
    let limits = &rules.raw.limits;
    let max_tokens = 2 * limits.quote_words;
    let push_quote = |out: &mut Vec<QuoteSpan>, open: usize, close: Option<usize>, last: usize| {
        if let Some(q) = quote_span(toks, open, close, last) {
            if close.is_some() || q.words <= limits.unclosed_quote_words {
                out.push(q);
            }
        }
    };
    let mut out = Vec::new();
    // Stack of (opening token index, expected closer).
    let mut stack: Vec<(usize, char)> = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let t = &toks[i];
        if t.newline_before && !stack.is_empty() {
            let (bottom, close) = stack[0];
            // A straight mark reopens glued to its word; "«" and "“" open whatever follows
            // ("« Nous …" with the French space).
            let symmetric = close == t.punct;
            let reopen = !t.word
                && rules.closer_of(t.punct) == Some(close)
                && toks[bottom].punct == t.punct
                && toks.get(i + 1).is_some_and(|n| !n.space_before || (!symmetric && n.word))
                && !(rules.raw.syntax.cased && opens_transcript_turn(toks, i + 1));
            push_quote(&mut out, bottom, None, i - 1);
            stack.clear();
            if reopen {
                if let Some(q) = out.last_mut().filter(|q| q.open == bottom) {
                    q.continued = true;
                }
                // A new paragraph of the same long quote: a quote of its own, which the
                // speaker of the paragraph before continues unless a cue names another.
                stack.push((i, close));
                i += 1;
                continue;
            }
        }
        if let Some(&(open, _)) = stack.first() {
            if i - open > max_tokens {
                push_quote(&mut out, open, None, i - 1);
                stack.clear();
            }
        }
        if t.word {
            i += 1;
            continue;
        }
        let c = t.punct;
        let next_attached = toks.get(i + 1).is_some_and(|n| !n.space_before);
        let top_wants = stack.last().map(|&(_, cl)| cl);
        let opener = rules.closer_of(c);
        let symmetric = opener == Some(c);
        // `"The pier is unsafe,” said …`: the open quote's own closer is nowhere in the
        // paragraph, and this mark of the other style, not glued to a word, closes it.
        let mixed_close = || {
            stack.last().is_some_and(|&(open, want)| {
                rules.closes_mixed(toks[open].punct, c)
                    && !toks.get(i + 1).is_some_and(|n| n.word && !n.space_before)
                    && !toks[i + 1..].iter().take_while(|n| !n.newline_before).any(|n| !n.word && n.punct == want)
            })
        };
        if symmetric {
            // A straight quote closes the open one, or opens if a word is glued to it, or
            // if it stands apart before a word and another closes it in the paragraph
            // (French spacing: `" Le port rouvrira "`; a lone one opening a paragraph
            // closes the quote of the paragraph before).
            let apart = || {
                (t.space_before || t.newline_before || i == 0)
                    // A word, or an elision mark before one ("" (…) le chantier avance "").
                    && toks.get(i + 1).is_some_and(|n| n.word || punct::parenthesis(n) == Some(true) || n.punct == '…')
                    && toks[i + 1..].iter().take_while(|n| !n.newline_before).any(|n| !n.word && n.punct == c)
            };
            if top_wants == Some(c) || mixed_close() {
                close_top(&mut stack, &mut out, i, &push_quote);
            } else if next_attached || apart() {
                stack.push((i, c));
            }
        } else if top_wants == Some(c) {
            close_top(&mut stack, &mut out, i, &push_quote);
        } else if let Some(cl) = opener {
            stack.push((i, cl));
        } else if rules.is_closer(c) {
            // Close an outer quote whose closer this is (an inner one was left open).
            if let Some(pos) = stack.iter().rposition(|&(_, cl)| cl == c) {
                stack.truncate(pos + 1);
                close_top(&mut stack, &mut out, i, &push_quote);
            } else if mixed_close() {
                close_top(&mut stack, &mut out, i, &push_quote);
            } else if stack.is_empty() && closer_opens(toks, i) {
                // `”We will not back down,” she said`: some copy opens with the closing
                // mark; glued to a word after a space, with the same mark later in the
                // paragraph, it opens a quote that mark closes.
                stack.push((i, c));
            }
        }
        i += 1;
    }
    if let Some(&(bottom, _)) = stack.first() {
        push_quote(&mut out, bottom, None, toks.len() - 1);
    }
    out.sort_by_key(|q| q.open);
    out
}

/// Whether the closing mark at `i`, with no quote open, opens one: a space (or the start of
/// a paragraph) before it, a word glued after it, and the same mark again later in the
/// paragraph, after a word.
fn closer_opens(toks: &[Tok], i: usize) -> bool {
    let t = &toks[i];
    let apart = t.space_before || t.newline_before || i == 0;
    let glued_word = toks.get(i + 1).is_some_and(|n| n.word && !n.space_before);
    let rest = toks[i + 1..].iter().take_while(|n| !n.newline_before);
    apart && glued_word && rest.clone().any(|n| !n.word && n.punct == t.punct && !n.space_before)
}

/// Whether a transcript turn opens at token `k` ("MARSH: Well, …"): a label in capitals
/// and a colon. Each paragraph of a quoted transcript is then its own quote, with its own
/// speaker, not the continuation of the turn before.
fn opens_transcript_turn(toks: &[Tok], k: usize) -> bool {
    let words = toks[k.min(toks.len())..].iter().take(4).take_while(|t| t.word).count();
    transcript_label(&toks[k..k + words]) && toks.get(k + words).is_some_and(|t| !t.word && t.punct == ':')
}

/// Whether words are a transcript's label: in capitals, no word a lone letter ("WALLACE").
pub(super) fn transcript_label(label: &[Tok]) -> bool {
    !label.is_empty() && label.iter().all(|t| t.upper && t.fold.chars().count() > 1)
}

type PushQuote<'a> = dyn Fn(&mut Vec<QuoteSpan>, usize, Option<usize>, usize) + 'a;

fn close_top(stack: &mut Vec<(usize, char)>, out: &mut Vec<QuoteSpan>, i: usize, push_quote: &PushQuote) {
    if let Some((open, _)) = stack.pop() {
        if stack.is_empty() {
            push_quote(out, open, Some(i), i.saturating_sub(1));
        }
    }
}

/// The quote from `open` to `last`, unless it holds no word.
fn quote_span(toks: &[Tok], open: usize, close: Option<usize>, last: usize) -> Option<QuoteSpan> {
    let last = last.max(open);
    let words = toks[open + 1..=last].iter().filter(|t| t.word).count();
    (words > 0).then_some(QuoteSpan { open, close, last, words, continued: false })
}

/// For each token, the index of the top-level quote it belongs to (marks included).
pub fn membership(n: usize, quotes: &[QuoteSpan]) -> Vec<Option<usize>> {
    let mut m = vec![None; n];
    for (qi, q) in quotes.iter().enumerate() {
        for slot in &mut m[q.open..q.after().min(n)] {
            *slot = Some(qi);
        }
    }
    m
}

/// Whether token `i`, the closing mark of `q`, also ends the sentence: a quote opened inside
/// the sentence whose words end with a full stop, a capitalised word after it
/// ('wrote that the deal would "allow us to move forward." Lindqvist, 58, said …'). A quote
/// that opens its sentence may still take its attribution after it, and keeps it, unless
/// the next word is glued to the mark ('… le croire."Le soir venu'): a paragraph break
/// lost in the text, never an attribution.
fn closes_sentence(toks: &[Tok], q: &QuoteSpan, i: usize, start: usize) -> bool {
    if q.close != Some(i) {
        return false;
    }
    let inside = q.open > start && toks[start..q.open].iter().any(|t| t.word);
    let last = &toks[q.last];
    !last.word
        && crate::lang::punct::is_sentence_end(last.punct)
        && toks.get(i + 1).is_some_and(|n| n.word && n.cap && (inside || !n.space_before))
}

/// Whether `toks` read "PLACE, State" (a dateline's place in capitals, a comma, one
/// capitalised word), so that the full stop after them abbreviates the state.
pub(super) fn dateline_state(toks: &[Tok]) -> bool {
    let place = toks.iter().take_while(|t| t.word && t.upper && t.fold.chars().count() > 1).count();
    place > 0
        && toks.len() == place + 2
        && crate::lang::punct::is_clause_separator(&toks[place])
        && toks[place + 1].word
        && toks[place + 1].cap
}

/// Splits into sentences (half-open token ranges), never inside a quote, nor after an
/// abbreviation of the language ("Mr.", "M.") or an initial ("U.S.", "J. Smith").
pub fn sentences(
    toks: &[Tok],
    quotes: &[QuoteSpan],
    in_quote: &[Option<usize>],
    rules: &LangRules,
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..toks.len() {
        let t = &toks[i];
        if i > start && t.newline_before && in_quote[i].is_none_or(|q| in_quote[i - 1] != Some(q)) {
            out.push((start, i));
            start = i;
        }
        if in_quote[i].is_some_and(|q| closes_sentence(toks, &quotes[q], i, start)) {
            out.push((start, i + 1));
            start = i + 1;
            continue;
        }
        if in_quote[i].is_some() || t.word || !crate::lang::punct::is_sentence_end(t.punct) {
            continue;
        }
        // "U.S." and "3.5" are not sentence ends.
        let prev = (i > 0 && toks[i - 1].word && toks[i - 1].end == t.start).then(|| &toks[i - 1]);
        let abbrev = t.punct == '.'
            && prev.is_some_and(|p| rules.abbreviates(p))
            && toks.get(i + 1).is_some_and(|n| n.word || !n.space_before);
        let decimal =
            toks.get(i + 1).is_some_and(|n| !n.space_before && n.fold.starts_with(|c: char| c.is_ascii_digit()));
        // "(D-N.C.)", "example.com": a full stop glued to both words, the next an initial or
        // in lower case ("en mai.Le préfet" is a missing space, and ends the sentence).
        let inside_word = t.punct == '.'
            && prev.is_some()
            && toks.get(i + 1).is_some_and(|n| n.word && !n.space_before && (!n.cap || n.end - n.start == 1));
        // "of Springfield, Va., said": a full stop with a comma glued after it ends an
        // abbreviation, never a sentence.
        let comma_after = t.punct == '.'
            && toks.get(i + 1).is_some_and(|n| !n.space_before && crate::lang::punct::is_clause_separator(n));
        // "Rep. Dan Pruett (D-Ore.) said", "Dan Pruett (D-Ore.), head of …": nor one closing
        // an aside that the sentence goes on after (in lower case, after a comma), or that
        // a full stop of the sentence follows ("(D-Ore.).").
        let aside_goes_on = t.punct == '.'
            && toks.get(i + 1).is_some_and(|n| !n.space_before && crate::lang::punct::parenthesis(n) == Some(false))
            && toks.get(i + 2).is_some_and(|n| {
                (n.word && !n.cap)
                    || crate::lang::punct::is_clause_separator(n)
                    || (!n.word && crate::lang::punct::is_sentence_end(n.punct))
            });
        // "at 7:15 a.m. for the night shift", "e.g. the port": a dotted abbreviation ends no sentence
        // where the next word is in lower case (with letter case, a sentence opens capitalised).
        let dotted = t.punct == '.'
            && i >= 2
            && prev.is_some_and(|p| p.end - p.start == 1)
            && toks[i - 2].punct == '.'
            && toks[i - 2].end == toks[i - 1].start;
        let goes_on = dotted
            && rules.raw.syntax.cased
            && toks.get(i + 1).is_some_and(|n| n.word && !n.cap && !n.fold.starts_with(|c: char| c.is_ascii_digit()));
        // "DENTON, Tex. — Roads …": a wire dateline's state ends no sentence.
        let state = t.punct == '.' && prev.is_some() && i > start && dateline_state(&toks[start..i]);
        if abbrev || decimal || inside_word || comma_after || aside_goes_on || goes_on || state {
            continue;
        }
        // Absorb a run of terminal marks ("?!", "...").
        if toks
            .get(i + 1)
            .is_some_and(|n| !n.word && crate::lang::punct::is_sentence_end(n.punct) && in_quote[i + 1].is_none())
        {
            continue;
        }
        out.push((start, i + 1));
        start = i + 1;
    }
    if start < toks.len() {
        out.push((start, toks.len()));
    }
    out
}
