//! Matching folds shared by extraction, resolution and scoring.
//!
//! Articles are matched in a *folded* form (NFKC, case-folded, Arabic letter variants unified,
//! diacritics, tatweel and direction marks dropped, Latin accents removed) so that one rule
//! covers every spelling. [`Folded`] keeps, for every byte of the folded text, the code point
//! it came from, so that a match found in the folded text maps back to exact offsets in the
//! original article (`text == article[start..end]`).

use unicode_normalization::UnicodeNormalization;

/// Folds one character for matching; `None` means the character is dropped.
///
/// Why a per-character fold: offsets must survive normalisation, so every original
/// character maps to at most one folded character (multi-character folds are rare in our
/// three languages and are reduced to their first character).
#[inline]
pub fn fold_char(c: char) -> Option<char> {
    crate::chars::fold(c)
}

/// A folded view of a text that remembers where each folded byte came from.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text, for regex matching.
    pub text: String,
    /// `origin[i]` = code-point index in the original of the folded byte `i`;
    /// `origin[text.len()]` = the original length in code points.
    origin: Vec<u32>,
}

impl Folded {
    /// Folds `original`, recording the origin of every folded byte.
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut origin = Vec::with_capacity(original.len() + 1);
        let mut n = 0u32;
        for (cp, c) in original.chars().enumerate() {
            if let Some(f) = fold_char(c) {
                text.push(f);
                for _ in 0..f.len_utf8() {
                    origin.push(cp as u32);
                }
            }
            n = cp as u32 + 1;
        }
        origin.push(n);
        Folded { text, origin }
    }

    /// The original code-point offset of a folded byte offset (start of a match).
    pub fn orig_start(&self, byte: usize) -> usize {
        self.origin[byte.min(self.origin.len() - 1)] as usize
    }

    /// The original code-point offset just past a match that ends at folded byte `byte`.
    pub fn orig_end(&self, byte: usize) -> usize {
        if byte == 0 {
            return 0;
        }
        if byte >= self.text.len() {
            return *self.origin.last().unwrap_or(&0) as usize;
        }
        // The end is one past the original character of the last folded byte.
        self.origin[byte - 1] as usize + 1
    }
}

/// The folded, whitespace-collapsed, punctuation-free key of a name or label.
///
/// Used as the lookup key of the knowledge base and of speaker identities, so
/// "Raïmondo", "RAIMONDO" and "Raimondo" are one key, as are "وزارة التجارة" and "وزاره التجاره".
pub fn name_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    let facts = crate::chars::facts();
    for c in s.chars().filter_map(|c| facts.fold(c)) {
        if facts.is_alnum(c) {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        } else if c != '\'' {
            space = true;
        }
    }
    out
}

/// Tokens of a folded key, as the scorer sees them: Arabic "wa-"/"al-" prefixes stripped on
/// long words. Mirrors `../shared/tools/score.py` so that `eval` agrees with it.
pub fn score_tokens(s: &str) -> Vec<String> {
    let folded: String = s
        .nfkc()
        .filter(|c| !matches!(c, '\u{064B}'..='\u{0652}' | '\u{0670}' | '\u{0640}'))
        .map(|c| match c {
            '\u{0623}' | '\u{0625}' | '\u{0622}' | '\u{0671}' => '\u{0627}',
            '\u{0649}' | '\u{06CC}' => '\u{064A}',
            '\u{06A9}' => '\u{0643}',
            '\u{0629}' => '\u{0647}',
            '\u{2019}' | '\u{2018}' => '\'',
            c => c,
        })
        .flat_map(|c| c.to_lowercase())
        .collect();
    let mut out = Vec::new();
    let mut cur = String::new();
    let flush = |cur: &mut String, out: &mut Vec<String>| {
        if cur.is_empty() {
            return;
        }
        let mut t: Vec<char> = cur.chars().collect();
        if t.len() > 3 && t[0] == '\u{0648}' && t[1] == '\u{0627}' && t[2] == '\u{0644}' {
            t.remove(0);
        }
        if t.len() > 4 && t[0] == '\u{0627}' && t[1] == '\u{0644}' {
            t.drain(0..2);
        }
        out.push(t.into_iter().collect());
        cur.clear();
    };
    for c in folded.chars() {
        // Python's \w: alphanumerics and underscore.
        if c.is_alphanumeric() || c == '_' {
            cur.push(c);
        } else {
            flush(&mut cur, &mut out);
        }
    }
    flush(&mut cur, &mut out);
    out
}

/// True for Arabic-script letters (used for script detection and Arabic-only rules).
pub fn is_arabic(c: char) -> bool {
    matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08FF}' | '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// Whether a text reads right to left: its first letter is Arabic. What a drawing's label
/// and a statement page need to put an ellipsis or a paragraph the right way round.
pub fn right_to_left(text: &str) -> bool {
    text.chars().find(|c| c.is_alphabetic()).is_some_and(is_arabic)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_arabic_variants_and_keeps_offsets() {
        let s = "قالَت «أحمد» إنّ";
        let f = Folded::new(s);
        assert_eq!(f.text, "قالت «احمد» ان");
        let b = f.text.find("احمد").unwrap();
        let (st, en) = (f.orig_start(b), f.orig_end(b + "احمد".len()));
        let orig: String = s.chars().skip(st).take(en - st).collect();
        assert_eq!(orig, "أحمد");
    }

    #[test]
    fn name_key_unifies_spellings() {
        assert_eq!(name_key("Raïmondo,  GINA"), "raimondo gina");
        assert_eq!(name_key("وزارة التجارة"), name_key("وزاره التجاره"));
        assert_eq!(name_key("l’intention"), "lintention");
    }

    #[test]
    fn score_tokens_strip_arabic_article() {
        assert_eq!(score_tokens("والشركة الروسية"), vec!["شركه", "روسيه"]);
    }
}
