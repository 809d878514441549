//! Per-character facts (fold, letter, upper case, word character, space) from one table.
//!
//! Why a table: tokenising and folding ask these questions of every character of every
//! article, and the standard library answers them for non-ASCII characters by searching
//! Unicode tables (`is_alphabetic`, `to_lowercase`, canonical decomposition). Latin, Latin
//! accents, Greek, Cyrillic, the whole Arabic block and the typographic punctuation of news copy
//! (’ “ ” « » – — and the narrow spaces) lie below U+2070, so a table filled once answers
//! almost every character of our three languages in one load; the rest (rare symbols,
//! presentation forms) take the slow path, with the same answers.

use std::sync::OnceLock;
use unicode_normalization::char::decompose_canonical;
use unicode_normalization::UnicodeNormalization;

/// The table covers code points below this bound: up to the end of General Punctuation, for
/// the typographic quotes, apostrophes, dashes and narrow spaces of news copy.
const TABLE_END: u32 = 0x2070;

const ALNUM: u8 = 1;
const ALPHA: u8 = 2;
const UPPER: u8 = 4;
const SPACE: u8 = 8;
const WORD: u8 = 16;
/// `fold` is meaningful (the character is kept); otherwise it is dropped by folding.
const KEPT: u8 = 32;

#[derive(Clone, Copy)]
struct Entry {
    fold: char,
    flags: u8,
}

fn entry_slow(c: char) -> Entry {
    let mut flags = 0;
    if c.is_alphanumeric() {
        flags |= ALNUM;
    }
    if c.is_alphabetic() {
        flags |= ALPHA;
    }
    if c.is_uppercase() {
        flags |= UPPER;
    }
    if c.is_whitespace() {
        flags |= SPACE;
    }
    if word_char_slow(c) {
        flags |= WORD;
    }
    let fold = fold_slow(c);
    if fold.is_some() {
        flags |= KEPT;
    }
    Entry { fold: fold.unwrap_or('\0'), flags }
}

fn word_char_slow(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\u{0640}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{200C}' | '\u{200D}')
}

fn table() -> &'static [Entry] {
    static TABLE: OnceLock<Vec<Entry>> = OnceLock::new();
    TABLE.get_or_init(|| (0..TABLE_END).map(|u| entry_slow(char::from_u32(u).unwrap_or('\0'))).collect())
}

/// The folded form of `c` (see [`crate::normalize::fold_char`]); `None` when folding drops it.
#[inline]
pub fn fold(c: char) -> Option<char> {
    facts().fold(c)
}

/// The table, looked up once for a loop over many characters. The free functions of this
/// module are these methods on a table looked up at each call (a check that it is built),
/// which a tokeniser asking several questions of every character pays millions of times.
#[derive(Clone, Copy)]
pub struct Facts(&'static [Entry]);

/// The character table, built on first use.
#[inline]
pub fn facts() -> Facts {
    Facts(table())
}

impl Facts {
    #[inline]
    fn flags(self, c: char) -> u8 {
        match self.0.get(c as usize) {
            Some(e) => e.flags,
            None => entry_slow(c).flags,
        }
    }

    /// [`fold`], without the check that the table is built.
    #[inline]
    pub fn fold(self, c: char) -> Option<char> {
        match self.0.get(c as usize) {
            Some(e) if e.flags & KEPT != 0 => Some(e.fold),
            Some(_) => None,
            None => fold_slow(c),
        }
    }

    /// [`is_alnum`], without the check that the table is built.
    #[inline]
    pub fn is_alnum(self, c: char) -> bool {
        self.flags(c) & ALNUM != 0
    }

    /// [`is_alpha`], without the check that the table is built.
    #[inline]
    pub fn is_alpha(self, c: char) -> bool {
        self.flags(c) & ALPHA != 0
    }

    /// [`is_upper`], without the check that the table is built.
    #[inline]
    pub fn is_upper(self, c: char) -> bool {
        self.flags(c) & UPPER != 0
    }

    /// [`is_space`], without the check that the table is built.
    #[inline]
    pub fn is_space(self, c: char) -> bool {
        self.flags(c) & SPACE != 0
    }

    /// [`is_word`], without the check that the table is built.
    #[inline]
    pub fn is_word(self, c: char) -> bool {
        self.flags(c) & WORD != 0
    }
}

/// A letter or digit (`char::is_alphanumeric`).
#[inline]
pub fn is_alnum(c: char) -> bool {
    facts().is_alnum(c)
}

/// A letter (`char::is_alphabetic`).
#[inline]
pub fn is_alpha(c: char) -> bool {
    facts().is_alpha(c)
}

/// An upper-case letter (`char::is_uppercase`).
#[inline]
pub fn is_upper(c: char) -> bool {
    facts().is_upper(c)
}

/// White space (`char::is_whitespace`).
#[inline]
pub fn is_space(c: char) -> bool {
    facts().is_space(c)
}

/// Part of a word: letters, digits, and the Arabic marks and joiners written inside words.
#[inline]
pub fn is_word(c: char) -> bool {
    facts().is_word(c)
}

/// The fold of one character computed from the Unicode tables: what the table holds, and the
/// answer for characters beyond it. The rules are those of [`crate::normalize::fold_char`].
pub(crate) fn fold_slow(c: char) -> Option<char> {
    match c {
        // Arabic harakat, superscript alef, tatweel: invisible to a reader's identity of a word.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
        // Direction marks, zero-width joiners, BOM, soft hyphen.
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => None,
        '\u{FEFF}' | '\u{00AD}' => None,
        // Hamza carriers and wasla become bare alef; alef maqsura and Persian ye become ye;
        // Persian kaf becomes Arabic kaf; ta marbuta becomes ha.
        '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0671}' => Some('\u{0627}'),
        '\u{0649}' | '\u{06CC}' => Some('\u{064A}'),
        '\u{06A9}' => Some('\u{0643}'),
        '\u{0629}' => Some('\u{0647}'),
        // All the spaces news sites use (no-break, narrow no-break, thin…) are one space.
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
        '\t' => Some(' '),
        // Typographic apostrophes are one apostrophe.
        '\u{2019}' | '\u{2018}' | '\u{02BC}' => Some('\''),
        '\u{2010}' | '\u{2011}' => Some('-'),
        c if c.is_ascii() => Some(c.to_ascii_lowercase()),
        c => {
            let mut base = None;
            decompose_canonical(c, |d| {
                if base.is_none() {
                    base = Some(d);
                }
            });
            let b = base.unwrap_or(c);
            // Keep the base letter of accented Latin letters; NFKC-fold compatibility forms.
            let b = if b == c { c.nfkc().next().unwrap_or(c) } else { b };
            b.to_lowercase().next()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_agrees_with_the_slow_path() {
        for u in (0..0x3000u32).chain(0xFB50..0xFF00) {
            let Some(c) = char::from_u32(u) else { continue };
            let slow = entry_slow(c);
            assert_eq!(facts().flags(c), slow.flags, "flags of U+{u:04X}");
            assert_eq!(fold(c), fold_slow(c), "fold of U+{u:04X}");
        }
    }
}
