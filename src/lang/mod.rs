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
        let end = text.char_indices().nth(4000).map_or(text.len(), |(i, _)| i);
        let sample = &text[..end];
        let (mut arabic, mut letters) = (0usize, 0usize);
        for c in sample.chars().filter(|&c| crate::chars::is_alpha(c)) {
            letters += 1;
            if is_arabic(c) {
                arabic += 1;
            }
        }
        if letters > 0 && arabic * 5 > letters {
            return Lang::Ar;
        }
        let (fr, en) = (Lang::Fr.rules(), Lang::En.rules());
        let (mut fr_hits, mut en_hits) = (0usize, 0usize);
        let mut word = String::new();
        for c in sample.chars().chain(std::iter::once(' ')) {
            if crate::chars::is_alpha(c) {
                word.extend(crate::normalize::fold_char(c));
            } else if !word.is_empty() {
                fr_hits += usize::from(fr.stopwords.contains(&word));
                en_hits += usize::from(en.stopwords.contains(&word));
                word.clear();
            }
        }
        if fr_hits > en_hits {
            Lang::Fr
        } else {
            Lang::En
        }
    }
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
