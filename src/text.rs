//! Tokens with code-point offsets, and phrase sets matched on folded tokens.
//!
//! Rules are matched on tokens rather than with one regex per rule: a token keeps its exact
//! offsets in the original article, its folded form (see [`crate::normalize`]) and whether
//! whitespace or a line break precedes it, which is what quote pairing and sentence splitting
//! need.

use crate::normalize::{fold_char, name_key};
use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;

/// One word or punctuation mark of an article.
#[derive(Debug, Clone)]
pub struct Tok {
    /// Start, in code points of the original text.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// Folded form, for matching.
    pub fold: CompactString,
    /// True for words (letters, digits, inner apostrophes and hyphens), false for punctuation.
    pub word: bool,
    /// The original character of a punctuation token (`'\0'` for words).
    pub punct: char,
    /// Whitespace precedes the token.
    pub space_before: bool,
    /// A line break precedes the token (a new paragraph).
    pub newline_before: bool,
    /// The word starts with an upper-case letter (a name, in Latin script).
    pub cap: bool,
    /// Every letter of the word is upper-case (an acronym: "UN", "AFP").
    pub upper: bool,
    /// Which indexed phrase sets can have a phrase start at this token (see [`StartIndex`]):
    /// most tokens start none, and are rejected by one mask test instead of a lookup per
    /// set. All ones until a language's index has marked it; [`Tok::set_fold`] resets it.
    pub starts: u64,
    /// The same for the token with a proclitic stripped ("l'" of "l'accord", "و" of
    /// "وقال"): the sets a phrase may start in once any of the language's proclitics is
    /// taken off, so that most tokens skip the stripped lookups too.
    pub stripped_starts: u64,
}

impl Tok {
    /// Replaces the folded form (a stripped article or preposition); the token may now start
    /// other phrases, so its start mask is reset to "any".
    pub fn set_fold(&mut self, fold: &str) {
        self.fold = fold.into();
        self.starts = ANY_START;
        self.stripped_starts = ANY_START;
    }

    /// Takes `n` glued characters off the front ("d'" of "d'Apple", "l'" of "l'Insee"):
    /// the rest is a name, capitalised.
    pub fn drop_prefix(&mut self, n: usize) {
        let fold: String = self.fold.chars().skip(n).collect();
        self.start += n;
        self.set_fold(&fold);
        self.cap = true;
    }
}

/// The start mask of a token no index has looked at: every set is tried.
const ANY_START: u64 = u64::MAX;

fn is_single_quote(c: char) -> bool {
    matches!(c, '\'' | '`' | '\u{2019}' | '\u{2018}')
}

/// Characters that join two word characters into one word: inner apostrophes and hyphens,
/// and a slash ("9/11", "24/7", "and/or", which a speaker's description may hold).
fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '-' | '\u{2011}' | '/')
}

/// Whether the mark at `i` separates the digits of one number: a thousands or decimal
/// separator with a digit right before and right after it.
fn in_number(chars: &[char], i: usize) -> bool {
    matches!(chars[i], ',' | '.' | '\u{066B}' | '\u{066C}')
        && i > 0
        && chars[i - 1].is_numeric()
        && chars.get(i + 1).is_some_and(|c| c.is_numeric())
}

/// Splits `text` into tokens with code-point offsets.
pub fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<char> = text.chars().collect();
    tokenize_chars(&chars)
}

/// [`tokenize`] for a text already split into code points (the extractor keeps them, to
/// read offsets back).
pub fn tokenize_chars(chars: &[char]) -> Vec<Tok> {
    // News averages about six characters per token: one allocation for most articles.
    let mut toks = Vec::with_capacity(chars.len() / 5 + 1);
    // Folded forms are built here first, then copied once: collecting chars straight into
    // a CompactString grows it character by character.
    let mut fold = String::new();
    let (mut i, mut space, mut newline) = (0usize, false, false);
    let facts = crate::chars::facts();
    let is_word_char = |c: char| facts.is_word(c);
    while i < chars.len() {
        let c = chars[i];
        if facts.is_space(c) || matches!(c, '\u{200E}' | '\u{200F}' | '\u{FEFF}') {
            space = true;
            newline |= c == '\n' || c == '\r' || c == '\u{2029}';
            i += 1;
            continue;
        }
        let start = i;
        let word = is_word_char(c);
        if word {
            i += 1;
            while i < chars.len() {
                if is_word_char(chars[i]) {
                    i += 1;
                } else if is_joiner(chars[i]) && i + 1 < chars.len() && is_word_char(chars[i + 1]) {
                    i += 2;
                } else if in_number(chars, i) {
                    // "4,500", "5.2", "٣٫٥": one number, not a word, a comma and another.
                    i += 2;
                } else {
                    break;
                }
            }
        } else {
            i += 1;
        }
        // Two apostrophes (or backticks) in a row are a typewriter double quote: ''So,'' he said.
        let doubled = !word && is_single_quote(c) && chars.get(i) == Some(&c);
        if doubled {
            i += 1;
        }
        fold.clear();
        for &c in &chars[start..i] {
            if let Some(f) = facts.fold(c) {
                fold.push(f);
            }
        }
        toks.push(Tok {
            start,
            end: i,
            fold: CompactString::new(&fold),
            word,
            punct: if word {
                '\0'
            } else if doubled {
                '"'
            } else {
                c
            },
            space_before: space || start == 0,
            newline_before: newline || start == 0,
            cap: facts.is_upper(c),
            upper: word && chars[start..i].iter().filter(|&&c| facts.is_alpha(c)).all(|&c| facts.is_upper(c)),
            starts: ANY_START,
            stripped_starts: ANY_START,
        });
        space = false;
        newline = false;
    }
    toks
}

/// A set of phrases (sequences of folded words) with a payload, matched longest-first.
///
/// A phrase whose last word ends in an apostrophe ("qu'") or is a single Arabic letter
/// ("لـ") is glued to the next word, so it matches a *prefix* of that token.
#[derive(Debug)]
pub struct PhraseSet<T> {
    by_first: HashMap<String, SameFirst<T>>,
    /// One-word phrases glued to the next word ("qu'"), matched as token prefixes.
    glued: Vec<(String, T)>,
    /// Byte lengths of the first words present (bit `n` = some first word is `n` bytes long,
    /// bit 63 = longer): most tokens are rejected by this test before any hashing.
    first_lens: u64,
    /// Phrases inserted so far: a phrase's number breaks ties between equally long ones.
    inserted: u32,
    /// This set's bit in a [`StartIndex`]; 0 while unindexed (every token is tried).
    bit: u64,
}

/// The phrases that share a first word, indexed by their second, since one first word can
/// start thousands (French "a" + every participle, with adverbs between): a token is
/// compared only with the phrases its next token can continue.
#[derive(Debug)]
struct SameFirst<T> {
    /// The rest of each longer phrase by its first word: (order, rest, payload), longest
    /// first, then in insertion order.
    by_second: HashMap<String, Vec<(u32, Vec<String>, T)>>,
    /// Two-word phrases whose second word is glued to the token after ("لا بد من" → "من"),
    /// matched as a prefix of it: (order, second word).
    glued_second: Vec<(u32, String)>,
    /// The one-word phrase itself: (order, payload).
    alone: Option<(u32, T)>,
}

impl<T> Default for SameFirst<T> {
    fn default() -> Self {
        SameFirst { by_second: HashMap::default(), glued_second: Vec::new(), alone: None }
    }
}

fn len_bit(len: usize) -> u64 {
    1u64 << len.min(63)
}

impl<T> Default for PhraseSet<T> {
    fn default() -> Self {
        PhraseSet { by_first: HashMap::default(), glued: Vec::new(), first_lens: 0, inserted: 0, bit: 0 }
    }
}

/// A phrase found in a token stream.
#[derive(Debug, Clone, Copy)]
pub struct PhraseMatch<'a, T> {
    /// Number of tokens the phrase touches (the last may be only partly covered).
    pub len: usize,
    /// Characters of the last token covered, when the phrase is glued to it.
    pub glued: Option<usize>,
    /// Characters of a proclitic stripped from the first token (Arabic و، ل…).
    pub clitic: usize,
    /// The phrase's payload.
    pub value: &'a T,
}

fn is_glue(word: &str) -> bool {
    word.ends_with('\'') || (word.chars().count() == 1 && word.chars().all(crate::normalize::is_arabic))
}

impl<T> PhraseSet<T> {
    /// Adds a phrase (written as in the tables; folded here). Of two phrases with the same
    /// words, the first added is the one matched.
    pub fn insert(&mut self, phrase: &str, value: T) {
        let mut words: Vec<String> = phrase.split_whitespace().map(fold_word).filter(|w| !w.is_empty()).collect();
        if words.is_empty() {
            return;
        }
        let first = words.remove(0);
        if words.is_empty() && is_glue(&first) {
            self.glued.push((first, value));
            return;
        }
        self.first_lens |= len_bit(first.len());
        let order = self.inserted;
        self.inserted += 1;
        let same = self.by_first.entry(first).or_default();
        let Some(second) = words.first().cloned() else {
            same.alone.get_or_insert((order, value));
            return;
        };
        if words.len() == 1 && is_glue(&second) {
            same.glued_second.push((order, second.clone()));
        }
        let list = same.by_second.entry(second).or_default();
        list.push((order, words, value));
        list.sort_by_key(|(order, rest, _)| (std::cmp::Reverse(rest.len()), *order));
    }

    /// Makes token `t` start no phrase of this set (it is known to be something else): an
    /// indexed set then rejects it at once. No effect on an unindexed set.
    pub fn exclude_start(&self, t: &mut Tok) {
        t.starts &= !self.bit;
    }

    /// The longest phrase starting at token `i`, trying the token with each proclitic
    /// in `clitics` stripped if it does not match as it is.
    pub fn match_at<'a>(&'a self, toks: &[Tok], i: usize, clitics: &[String]) -> Option<PhraseMatch<'a, T>> {
        let tok = toks.get(i)?;
        if !tok.word {
            return None;
        }
        let may_start = self.bit == 0 || tok.starts & self.bit != 0;
        if let Some(m) = may_start.then(|| self.match_from(toks, i, &tok.fold, 0)).flatten() {
            return Some(m);
        }
        if self.bit != 0 && tok.stripped_starts & self.bit == 0 {
            return None;
        }
        for c in clitics {
            if let Some(rest) = tok.fold.strip_prefix(c.as_str()) {
                if rest.chars().count() >= 2 {
                    if let Some(m) = self.match_from(toks, i, rest, c.chars().count()) {
                        return Some(m);
                    }
                }
            }
        }
        None
    }

    fn match_from<'a>(&'a self, toks: &[Tok], i: usize, first: &str, clitic: usize) -> Option<PhraseMatch<'a, T>> {
        // Whole-token first word.
        let candidate = self.first_lens & len_bit(first.len()) != 0;
        if let Some(same) = candidate.then(|| self.by_first.get(first)).flatten() {
            if let Some((len, glued, value)) = same.longest(toks, i + 1) {
                return Some(PhraseMatch { len: len + 1, glued, clitic, value });
            }
        }
        // A glued one-word phrase ("qu'", "لـ") as a prefix of this token.
        for (k, value) in &self.glued {
            if first == k {
                // Written apart ("لـ" before a quote mark): the whole token.
                return Some(PhraseMatch { len: 1, glued: None, clitic, value });
            }
            if first.len() > k.len() && first.starts_with(k.as_str()) {
                return Some(PhraseMatch { len: 1, glued: Some(k.chars().count() + clitic), clitic, value });
            }
        }
        None
    }
}

/// A phrase set that can join a [`StartIndex`], whatever its payload type.
pub trait IndexStarts {
    /// Gives this set `bit` in `index`: its first words and glued words are added there,
    /// so a token the index marks without the bit is known to start none of its phrases.
    fn index_starts(&mut self, bit: u64, index: &mut StartIndex);
}

impl<T> IndexStarts for PhraseSet<T> {
    fn index_starts(&mut self, bit: u64, index: &mut StartIndex) {
        self.bit = bit;
        for first in self.by_first.keys() {
            *index.words.entry(first.clone()).or_default() |= bit;
        }
        for (glued, _) in &self.glued {
            index.glued.push((glued.clone(), bit));
        }
    }
}

/// The start-mask bits of the knowledge base's label and title sets; a language's own sets
/// take bits from 0 up, far below these.
pub const KB_START_BITS: [u64; 2] = [1 << 62, 1 << 63];

/// The first words of several phrase sets, each set a bit: one lookup per token tells
/// which sets a phrase may start in ([`StartIndex::mark`]), instead of a lookup per set
/// each time a rule asks.
#[derive(Debug, Default)]
pub struct StartIndex {
    words: HashMap<String, u64>,
    /// One-word glued phrases ("qu'"), matched as a token's prefix.
    glued: Vec<(String, u64)>,
}

impl StartIndex {
    /// The sets a phrase may start in at a token folded as `fold` (by its whole form; a
    /// proclitic stripped is tried apart, see [`PhraseSet::match_at`]).
    pub fn mask(&self, fold: &str) -> u64 {
        let mut mask = self.words.get(fold).copied().unwrap_or(0);
        for (k, bit) in &self.glued {
            if fold.starts_with(k.as_str()) {
                mask |= bit;
            }
        }
        mask
    }

    /// Sets every word token's start masks from several indexes (a language's tables and
    /// the knowledge base), whose bits do not overlap: for the whole token, and for the token
    /// with any of `proclitics` stripped. A lookup that strips a proclitic not in
    /// `proclitics` must not rely on these tokens' stripped masks.
    pub fn mark(indexes: &[&StartIndex], proclitics: &[String], toks: &mut [Tok]) {
        let mask = |fold: &str| indexes.iter().fold(0, |mask, index| mask | index.mask(fold));
        for t in toks.iter_mut().filter(|t| t.word) {
            t.starts = mask(&t.fold);
            t.stripped_starts = proclitics
                .iter()
                .filter_map(|c| t.fold.strip_prefix(c.as_str()))
                .fold(0, |stripped, rest| stripped | mask(rest));
        }
    }
}

impl<T> SameFirst<T> {
    /// The longest phrase whose rest starts at token `j` (ties: the first inserted), as the
    /// number of tokens of its rest, the characters of a glued last token, and its payload.
    fn longest(&self, toks: &[Tok], j: usize) -> Option<(usize, Option<usize>, &T)> {
        // The best so far by rank (words, order): more words win, then the earlier phrase.
        type Rank = (usize, std::cmp::Reverse<u32>);
        let mut best: Option<(Rank, usize, Option<usize>, &T)> = None;
        let mut consider = |rank: Rank, len, glued, value| {
            if best.as_ref().is_none_or(|b| rank > b.0) {
                best = Some((rank, len, glued, value));
            }
        };
        if let Some(next) = toks.get(j).filter(|t| t.word) {
            let mut exact = self.by_second.get(next.fold.as_str()).into_iter().flatten();
            if let Some((order, rest, value, m)) =
                exact.find_map(|(order, rest, value)| Some((order, rest, value, match_rest(toks, j, rest)?)))
            {
                consider((rest.len(), std::cmp::Reverse(*order)), m.0, m.1, value);
            }
            let fold = next.fold.as_str();
            if let Some((order, w)) =
                self.glued_second.iter().find(|(_, w)| fold.len() > w.len() && fold.starts_with(w.as_str()))
            {
                let value = &self.by_second[w].iter().find(|(o, _, _)| o == order).expect("indexed by its word").2;
                consider((1, std::cmp::Reverse(*order)), 1, Some(w.chars().count()), value);
            }
        }
        if let Some((order, value)) = &self.alone {
            consider((0, std::cmp::Reverse(*order)), 0, None, value);
        }
        best.map(|(_, len, glued, value)| (len, glued, value))
    }
}

fn match_rest(toks: &[Tok], mut j: usize, rest: &[String]) -> Option<(usize, Option<usize>)> {
    for (k, w) in rest.iter().enumerate() {
        let t = toks.get(j)?;
        if !t.word {
            return None;
        }
        let last = k + 1 == rest.len();
        if t.fold == *w {
            j += 1;
        } else if last && is_glue(w) && t.fold.starts_with(w.as_str()) && t.fold.len() > w.len() {
            return Some((rest.len(), Some(w.chars().count())));
        } else {
            return None;
        }
    }
    Some((rest.len(), None))
}

/// A word folded as tokens are ([`fold_char`] on each character): what table words are
/// compared with when the comparison is to one token.
pub fn fold_word(word: &str) -> String {
    word.chars().filter_map(fold_char).collect()
}

/// The original text between two code-point offsets.
pub fn slice(chars: &[char], start: usize, end: usize) -> String {
    chars[start.min(chars.len())..end.min(chars.len())].iter().collect()
}

/// The folded name key of a run of tokens (see [`name_key`]).
pub fn key_of(toks: &[Tok]) -> String {
    name_key(&toks.iter().filter(|t| t.word).map(|t| t.fold.as_str()).collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_keep_offsets_and_inner_apostrophes() {
        let t = tokenize("« L’intention », a-t-il dit.");
        let words: Vec<&str> = t.iter().map(|t| t.fold.as_str()).collect();
        assert_eq!(words, ["«", "l'intention", "»", ",", "a-t-il", "dit", "."]);
        assert_eq!((t[1].start, t[1].end), (2, 13));
    }

    #[test]
    fn doubled_apostrophes_are_one_double_quote() {
        let t = tokenize("''It isn't,'' he said.");
        let marks: Vec<(char, usize, usize)> =
            t.iter().filter(|t| !t.word).map(|t| (t.punct, t.start, t.end)).collect();
        assert_eq!(marks, [('"', 0, 2), (',', 10, 11), ('"', 11, 13), ('.', 21, 22)]);
        assert_eq!(t[1].fold, "it");
        assert_eq!(t[2].fold, "isn't");
    }

    #[test]
    fn phrase_set_matches_longest_and_glued() {
        let mut s = PhraseSet::default();
        s.insert("a déclaré", 1);
        s.insert("a", 2);
        s.insert("qu'", 3);
        let t = tokenize("Il a déclaré qu'une");
        let m = s.match_at(&t, 1, &[]).unwrap();
        assert_eq!((m.len, *m.value), (2, 1));
        let m = s.match_at(&t, 3, &[]).unwrap();
        assert_eq!((*m.value, m.glued), (3, Some(3)));
    }

    #[test]
    fn phrases_sharing_a_first_word_match_longest_then_first_added() {
        let mut s = PhraseSet::default();
        for (p, v) in [("a dit", 1), ("a", 2), ("a également dit", 3), ("a dit", 4), ("a qu'", 5)] {
            s.insert(p, v);
        }
        let at = |text: &str| s.match_at(&tokenize(text), 1, &[]).map(|m| (*m.value, m.len, m.glued));
        assert_eq!(at("Il a également dit"), Some((3, 3, None)), "the longest phrase");
        assert_eq!(at("Il a dit"), Some((1, 2, None)), "of two equal phrases, the first added");
        assert_eq!(at("Il a fait"), Some((2, 1, None)), "the first word alone");
        assert_eq!(at("Il a qu'il"), Some((5, 2, Some(3))), "a glued second word, as a prefix");
        // A second word that is the token itself, or a glued prefix of it: the first added.
        for (first, second, won) in [(("x qu'il", 6), ("x qu'", 7), 6), (("x qu'", 7), ("x qu'il", 6), 7)] {
            let mut s = PhraseSet::default();
            s.insert(first.0, first.1);
            s.insert(second.0, second.1);
            assert_eq!(s.match_at(&tokenize("x qu'il"), 0, &[]).map(|m| *m.value), Some(won));
        }
    }

    #[test]
    fn phrase_set_strips_clitics() {
        let mut s = PhraseSet::default();
        s.insert("قالت", ());
        let t = tokenize("وقالت الشركة");
        let m = s.match_at(&t, 0, &["و".to_string()]).unwrap();
        assert_eq!(m.clitic, 1);
    }
}
