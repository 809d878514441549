//! Languages and their rule tables.
//!
//! Each language's knowledge is one TOML table (`ar.toml`, `fr.toml`, `en.toml`) embedded at
//! build time and compiled once into phrase sets ([`LangRules`]); the extractor itself is
//! language-agnostic and only asks these sets questions ("is a cue verb here?").

pub mod concepts;
pub mod given;
pub mod morph;
pub mod punct;
pub mod rules;
pub mod strategy;
pub mod table;
pub mod time;
pub mod words;

use crate::normalize::is_arabic;
use std::sync::LazyLock;
pub use strategy::Strategy;
pub use table::LangRules;

/// A language quotegraph reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Arabic.
    Ar,
    /// French.
    Fr,
    /// English.
    En,
}

impl Lang {
    /// Every supported language, in a fixed order (used for deterministic reports).
    pub const ALL: [Lang; 3] = [Lang::Ar, Lang::Fr, Lang::En];

    /// The ISO 639-1 code, also the RDF language tag.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    /// Parses an ISO 639-1 code (case-insensitive).
    pub fn from_code(code: &str) -> Option<Lang> {
        // A region or script subtag does not change the rules: "en-US", "fr_CA", "ar-Arab".
        let primary = code.trim().split(['-', '_']).next().unwrap_or_default();
        match primary.to_ascii_lowercase().as_str() {
            "ar" => Some(Lang::Ar),
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The compiled rule table of this language.
    pub fn rules(self) -> &'static LangRules {
        static AR: LazyLock<LangRules> = LazyLock::new(|| LangRules::compile(include_str!("ar.toml"), "ar.toml"));
        static FR: LazyLock<LangRules> = LazyLock::new(|| LangRules::compile(include_str!("fr.toml"), "fr.toml"));
        static EN: LazyLock<LangRules> = LazyLock::new(|| LangRules::compile(include_str!("en.toml"), "en.toml"));
        match self {
            Lang::Ar => &AR,
            Lang::Fr => &FR,
            Lang::En => &EN,
        }
    }

    /// Detects the language of a text from its script and stop words.
    ///
    /// Arabic is told by script (more than a fifth of the letters Arabic); French and English
    /// by counting each table's stop words. Ties go to English.
    pub fn detect(text: &str) -> Lang {
        // A few thousand characters tell the language of a news article.
        let mut sample_end = text.len();
        let (mut arabic, mut letters) = (0usize, 0usize);
        let facts = crate::chars::facts();
        for (n, (i, c)) in text.char_indices().enumerate() {
            if n == DETECT_SAMPLE_CHARS {
                sample_end = i;
                break;
            }
            if facts.is_alpha(c) {
                letters += 1;
                arabic += usize::from(is_arabic(c));
            }
        }
        if letters > 0 && arabic * 5 > letters {
            return Lang::Ar;
        }
        let (mut fr_hits, mut en_hits) = (0usize, 0usize);
        let mut word = String::with_capacity(32);
        for c in text[..sample_end].chars().chain(std::iter::once(' ')) {
            if facts.is_alpha(c) {
                if let Some(f) = facts.fold(c) {
                    word.push(f);
                }
            } else if !word.is_empty() {
                let (fr, en) = stopword_of(&word);
                fr_hits += usize::from(fr);
                en_hits += usize::from(en);
                word.clear();
                if fr_hits.abs_diff(en_hits) >= DETECT_DECISIVE_LEAD {
                    break;
                }
            }
        }
        if fr_hits > en_hits {
            Lang::Fr
        } else {
            Lang::En
        }
    }
}

/// Characters of an article that [`Lang::detect`] reads at most.
const DETECT_SAMPLE_CHARS: usize = 4000;

/// A lead in stop words that no news article's remaining sample overturns: detection stops
/// there. English and French copy reach it within about 250 words; a quote in the other
/// language opening an article is a paragraph, far short of it.
const DETECT_DECISIVE_LEAD: usize = 100;

/// French and English stop words (is it French, is it English) and the longest one's length.
type StopWords = (rustc_hash::FxHashMap<String, (bool, bool)>, usize);

/// Whether a folded word is a French stop word and whether an English one, from one lookup:
/// detection asks this of every word of the sample. Most words are longer than every stop
/// word, so their length alone answers.
fn stopword_of(word: &str) -> (bool, bool) {
    static BOTH: LazyLock<StopWords> = LazyLock::new(|| {
        let mut both = rustc_hash::FxHashMap::default();
        for w in &Lang::Fr.rules().stopwords {
            both.entry(w.clone()).or_insert((false, false)).0 = true;
        }
        for w in &Lang::En.rules().stopwords {
            both.entry(w.clone()).or_insert((false, false)).1 = true;
        }
        let longest = both.keys().map(String::len).max().unwrap_or(0);
        (both, longest)
    });
    let (both, longest) = &*BOTH;
    if word.len() > *longest {
        return (false, false);
    }
    both.get(word).copied().unwrap_or((false, false))
}

impl std::fmt::Display for Lang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

/// Grammatical gender (and number) that a form reveals about its subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Masculine singular.
    M,
    /// Feminine singular.
    F,
    /// Neuter ("it").
    N,
    /// Plural.
    Pl,
    /// Not revealed.
    #[default]
    Any,
}

impl Gender {
    /// Parses a table's gender code; unknown codes are `Any`.
    pub fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::M,
            "f" => Gender::F,
            "n" => Gender::N,
            "pl" => Gender::Pl,
            _ => Gender::Any,
        }
    }
}

/// What a cue form tells: which verb, and the gender of its subject.
#[derive(Debug, Clone, Copy)]
pub struct CueForm {
    /// Index into [`Rules::verbs`].
    pub verb: usize,
    /// Gender of the subject the form agrees with.
    pub gender: Gender,
    /// The form is an inverted incise ("a-t-il dit", "déclare-t-elle"): the speaker follows.
    pub inverted: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_script_then_stop_words() {
        assert_eq!(Lang::detect("قال الوزير إن المحادثات ستستأنف الأسبوع المقبل."), Lang::Ar);
        assert_eq!(Lang::detect("Le ministre a déclaré que les discussions reprendraient."), Lang::Fr);
        assert_eq!(Lang::detect("The minister said the talks would resume next week."), Lang::En);
        assert_eq!(Lang::detect(""), Lang::En, "a tie goes to English");
    }

    #[test]
    fn an_early_lead_decides_only_when_it_is_large() {
        // An English quote opens a French article: the French body overturns a small lead.
        let english = "The talks are over and the strike will go on at the port, he said. ";
        let french = "Le syndicat des dockers a indiqué que la grève continuerait dans le port et que les négociations étaient rompues. ";
        assert_eq!(Lang::detect(&format!("{english}{}", french.repeat(20))), Lang::Fr);
    }
}
