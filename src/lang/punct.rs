//! Punctuation classes, defined once for every language (Arabic has its own comma "،" and
//! question mark "؟"; the rest is shared). Each class answers one question the extractor
//! asks of a punctuation token.

use crate::text::Tok;

/// Marks that separate clauses and appositions inside a sentence: "X, the minister, said".
const CLAUSE_SEPARATORS: &[char] = &[',', '\u{060C}', '\u{2014}', '\u{2013}'];

/// Marks that end a segment of a speaker phrase: the clause separators, parentheses and
/// semicolons ("Dmitry Peskov (Kremlin), said").
const PHRASE_BREAKS: &[char] = &[',', '\u{060C}', '(', ')', '\u{2014}', '\u{2013}', ';'];

/// Semicolons, Latin and Arabic: they join two clauses, so no phrase reaches across one.
const SEMICOLONS: &[char] = &[';', '\u{061B}'];

/// Dashes set apart from words: they introduce a signature ("“…” ― Name").
const DASHES: &[char] = &['-', '\u{2012}', '\u{2013}', '\u{2014}', '\u{2015}'];

/// Marks that end a sentence outside quotes.
const SENTENCE_ENDS: &[char] = &['.', '!', '?', '\u{061F}', '\u{2026}'];

/// Marks trimmed from the end of a reported clause.
const TRAILING: &[char] =
    &['.', ',', '\u{060C}', ':', ';', '!', '?', '\u{061F}', '\u{2026}', '-', '\u{2014}', '\u{2013}'];

/// Commas a closing quote may carry that belong to the sentence ("…tomorrow,\" she said").
const QUOTE_COMMAS: &[char] = &[',', '\u{060C}'];

fn is(t: &Tok, class: &[char]) -> bool {
    !t.word && class.contains(&t.punct)
}

/// A comma or dash between clauses or around an apposition.
pub fn is_clause_separator(t: &Tok) -> bool {
    is(t, CLAUSE_SEPARATORS)
}

/// A mark that splits a speaker phrase into segments.
pub fn is_phrase_break(t: &Tok) -> bool {
    is(t, PHRASE_BREAKS)
}

/// A semicolon: the end of a clause inside a sentence ("Keep it, Ana; the board agrees").
pub fn is_semicolon(t: &Tok) -> bool {
    is(t, SEMICOLONS)
}

/// A dash standing apart.
pub fn is_dash(t: &Tok) -> bool {
    is(t, DASHES)
}

/// A mark that ends a sentence.
pub fn is_sentence_end(c: char) -> bool {
    SENTENCE_ENDS.contains(&c)
}

/// A mark trimmed from the end of a reported clause.
pub fn is_trailing(t: &Tok) -> bool {
    is(t, TRAILING)
}

/// A comma that a closing quote carries.
pub fn is_quote_comma(c: char) -> bool {
    QUOTE_COMMAS.contains(&c)
}

/// The colon that announces a quote or a clause.
pub fn is_colon(t: &Tok) -> bool {
    !t.word && t.punct == ':'
}

/// The token indices `ks` (walked forwards, or backwards when `backwards`) without those of
/// a parenthesised aside nor its parentheses: "the commission (INEC) was …", "Rep. Jason
/// Chaffetz (R-Utah) said": an aside does not count against a subject's length.
pub fn outside_asides<'a>(
    toks: &'a [Tok],
    ks: impl Iterator<Item = usize> + 'a,
    backwards: bool,
) -> impl Iterator<Item = usize> + 'a {
    let mut depth = 0usize;
    ks.filter(move |&k| {
        let inside = depth > 0;
        match parenthesis(&toks[k]) {
            Some(opens) if opens != backwards => depth += 1,
            Some(_) => depth = depth.saturating_sub(1),
            None => {}
        }
        !inside && parenthesis(&toks[k]).is_none()
    })
}

/// A parenthesis, opening or closing: asides inside a speaker phrase.
pub fn parenthesis(t: &Tok) -> Option<bool> {
    match (t.word, t.punct) {
        (false, '(') => Some(true),
        (false, ')') => Some(false),
        _ => None,
    }
}
