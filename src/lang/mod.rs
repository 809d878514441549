//! Languages and their rule tables.
//!
//! Each language's knowledge is one TOML table (`ar.toml`, `fr.toml`, `en.toml`) embedded at
//! build time and compiled once into phrase sets ([`LangRules`]); the extractor itself is
//! language-agnostic and only asks these sets questions ("is a cue verb here?").

pub mod rules;

use crate::normalize::is_arabic;
use crate::text::PhraseSet;
use rules::Rules;
use std::sync::LazyLock;

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
        match code.trim().to_ascii_lowercase().as_str() {
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

/// A language's table compiled into phrase sets for matching on folded tokens.
pub struct LangRules {
    /// The table as written.
    pub raw: Rules,
    /// Folded stop words.
    pub stopwords: std::collections::HashSet<String>,
    /// Cue verb forms.
    pub cues: PhraseSet<CueForm>,
    /// Complementizers, with the gender of a fused pronoun.
    pub complementizers: PhraseSet<Gender>,
    /// Subject pronouns.
    pub pronouns: PhraseSet<Gender>,
    /// "According to" markers (index into `raw.according_to`).
    pub according_to: PhraseSet<usize>,
    /// Anaphoric noun phrases (index into `raw.anaphors`).
    pub anaphors: PhraseSet<usize>,
    /// Titles.
    pub titles: PhraseSet<Gender>,
    /// Document nouns.
    pub doc_nouns: PhraseSet<()>,
    /// Words that end a speaker phrase.
    pub speaker_stops: PhraseSet<()>,
    /// Anonymous speakers.
    pub anonymous: PhraseSet<Gender>,
    /// Determiners and connectors stripped from phrase edges.
    pub determiners: PhraseSet<()>,
    /// Organisation head nouns (index into `raw.org_heads`).
    pub org_heads: PhraseSet<usize>,
    /// Folded proclitics, longest first.
    pub clitics: Vec<String>,
    /// Folded indefinite articles.
    pub indefinites: Vec<String>,
    /// Folded abbreviations whose period does not end a sentence.
    pub abbreviations: std::collections::HashSet<String>,
    /// Folded coordinators.
    pub coordinators: Vec<String>,
    /// Links between a document noun and its issuer; one ending in an apostrophe ("d'") is
    /// glued to the issuer's name.
    pub issuer_links: PhraseSet<()>,
    /// Words that continue a title's genitive chain.
    pub title_links: PhraseSet<()>,
    /// Folded nouns of possible sources.
    pub source_nouns: std::collections::HashSet<String>,
}

impl LangRules {
    /// Whether a word is a finite verb form by the table (listed forms, or a listed suffix on
    /// a longer word): what tells a clause ("prices would rise") from a noun phrase.
    pub fn is_finite(&self, t: &crate::text::Tok) -> bool {
        t.word
            && (self.raw.finite_verbs.iter().any(|w| w == t.fold.as_str())
                || self.raw.finite_suffixes.iter().any(|x| t.fold.len() > x.len() + 2 && t.fold.ends_with(x.as_str())))
    }

    fn compile(src: &str, name: &str) -> LangRules {
        let raw: Rules = toml::from_str(src).unwrap_or_else(|e| panic!("src/lang/{name} is invalid: {e}"));
        let mut cues = PhraseSet::default();
        for (vi, v) in raw.verbs.iter().enumerate() {
            let plain = |gender| CueForm { verb: vi, gender, inverted: false };
            for (forms, g) in [(&v.m, Gender::M), (&v.f, Gender::F), (&v.any, Gender::Any)] {
                for f in forms {
                    cues.insert(f, plain(g));
                    // Inverted present incises: "déclare-t-il", "dit-elle".
                    for inc in &raw.incise_aux {
                        let pron = inc.form.rsplit('-').next().unwrap_or("");
                        for join in ["-t-", "-"] {
                            cues.insert(
                                &format!("{f}{join}{pron}"),
                                CueForm { verb: vi, gender: Gender::parse(&inc.gender), inverted: true },
                            );
                        }
                    }
                }
            }
            for p in &v.participles {
                for aux in &raw.aux {
                    cues.insert(&format!("{aux} {p}"), plain(Gender::Any));
                }
                for inc in &raw.incise_aux {
                    cues.insert(
                        &format!("{} {p}", inc.form),
                        CueForm { verb: vi, gender: Gender::parse(&inc.gender), inverted: true },
                    );
                }
            }
        }
        let gendered = |items: &[rules::Gendered]| {
            let mut s = PhraseSet::default();
            for g in items {
                s.insert(&g.form, Gender::parse(&g.gender));
            }
            s
        };
        let plain = |items: &[String]| {
            let mut s = PhraseSet::default();
            for f in items {
                s.insert(f, ());
            }
            s
        };
        let mut complementizers = PhraseSet::default();
        for c in &raw.complementizers {
            complementizers.insert(&c.form, Gender::parse(&c.gender));
        }
        let mut according_to = PhraseSet::default();
        for (i, m) in raw.according_to.iter().enumerate() {
            for f in &m.forms {
                according_to.insert(f, i);
            }
        }
        let mut anaphors = PhraseSet::default();
        for (i, a) in raw.anaphors.iter().enumerate() {
            for f in &a.forms {
                anaphors.insert(f, i);
            }
        }
        let mut org_heads = PhraseSet::default();
        for (i, o) in raw.org_heads.iter().enumerate() {
            org_heads.insert(&o.form, i);
        }
        let mut clitics: Vec<String> =
            raw.clitics.iter().map(|c| c.chars().filter_map(crate::normalize::fold_char).collect()).collect();
        clitics.sort_by_key(|c| std::cmp::Reverse(c.len()));
        LangRules {
            stopwords: raw.stopwords.iter().map(|s| crate::normalize::name_key(s)).collect(),
            cues,
            complementizers,
            pronouns: gendered(&raw.pronouns),
            according_to,
            anaphors,
            titles: gendered(&raw.titles),
            doc_nouns: plain(&raw.doc_nouns),
            speaker_stops: plain(&raw.speaker_stops),
            anonymous: gendered(&raw.anonymous),
            determiners: plain(&raw.determiners),
            org_heads,
            clitics,
            indefinites: raw.indefinites.iter().map(|d| crate::normalize::name_key(d)).collect(),
            abbreviations: raw.abbreviations.iter().map(|d| crate::normalize::name_key(d)).collect(),
            coordinators: raw.coordinators.iter().map(|d| crate::normalize::name_key(d)).collect(),
            issuer_links: plain(&raw.issuer_links),
            title_links: plain(&raw.title_links),
            source_nouns: raw.source_nouns.iter().map(|d| crate::normalize::name_key(d)).collect(),
            raw,
        }
    }

    /// The opening mark's closing partner, if `c` opens a quote in this language.
    pub fn closer_of(&self, c: char) -> Option<char> {
        self.raw.quote_pairs.iter().find(|p| p.open == c).map(|p| p.close)
    }

    /// True if `c` closes some quote pair in this language.
    pub fn is_closer(&self, c: char) -> bool {
        self.raw.quote_pairs.iter().any(|p| p.close == c)
    }
}
