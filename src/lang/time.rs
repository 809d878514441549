//! Adjuncts of time ("last week", "on Tuesday night", "la semaine dernière", "الأسبوع
//! الماضي"), from a table's `[time]` section.
//!
//! Why: news dates what people said, and puts the date where the grammar leaves room for
//! it: between a subject and its verb ("Senator Ann Lowe last week urged …") or a verb and
//! its object ("promised on Monday to rebuild …", "a promis lundi de rembourser …"). Read as
//! words of the name or the object, it made "Ann Lowe last week" a speaker nobody else named
//! and "week to impose …" what was said.

use crate::text::{fold_word, Tok};
use rustc_hash::FxHashSet as HashSet;
use serde::Deserialize;

/// Most words an adjunct of time runs over ("earlier this month", "late on Tuesday night").
const MAX_WORDS: usize = 5;

/// A table's `[time]` section, as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTime {
    /// Words that are an adjunct alone ("yesterday", "Tuesday", "hier", "أمس").
    #[serde(default)]
    pub words: Vec<String>,
    /// Nouns of time that need an opener or a closer to be one ("week" of "last week"; not
    /// of "the week ahead" nor "la semaine de quatre jours").
    #[serde(default)]
    pub nouns: Vec<String>,
    /// Words that open such a noun's adjunct ("last", "this", "on", "cette").
    #[serde(default)]
    pub openers: Vec<String>,
    /// Words that close it ("dernière" of "la semaine dernière", "الماضي").
    #[serde(default)]
    pub closers: Vec<String>,
    /// Determiners inside an adjunct ("over the weekend", "la semaine dernière"): one opening
    /// the run makes it an adjunct only with a closer ("the Tuesday meeting" is none).
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Adjuncts as a reader writes them, with the words they are (documentation and tests).
    #[serde(default)]
    pub examples: Vec<TimeExample>,
}

/// An example of the `[time]` section: in `text`, `adjunct` is the adjunct at its start.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeExample {
    /// A phrase opening on an adjunct of time, or on none.
    pub text: String,
    /// The adjunct's words (empty when the phrase opens on none).
    pub adjunct: String,
}

/// The compiled `[time]` section: folded word sets.
#[derive(Debug, Default)]
pub struct TimeAdjuncts {
    words: HashSet<String>,
    nouns: HashSet<String>,
    openers: HashSet<String>,
    closers: HashSet<String>,
    determiners: HashSet<String>,
}

/// What a word is to an adjunct of time.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Word,
    Noun,
    Opener,
    Closer,
    Determiner,
}

impl TimeAdjuncts {
    /// Folds a table's `[time]` section.
    pub fn compile(raw: &RawTime) -> TimeAdjuncts {
        let set = |v: &[String]| v.iter().map(|w| fold_word(w)).collect();
        TimeAdjuncts {
            words: set(&raw.words),
            nouns: set(&raw.nouns),
            openers: set(&raw.openers),
            closers: set(&raw.closers),
            determiners: set(&raw.determiners),
        }
    }

    fn part(&self, t: &Tok) -> Option<Part> {
        let f = t.fold.as_str();
        if !t.word {
            None
        } else if self.words.contains(f) {
            Some(Part::Word)
        } else if self.nouns.contains(f) {
            Some(Part::Noun)
        } else if self.openers.contains(f) {
            Some(Part::Opener)
        } else if self.closers.contains(f) {
            Some(Part::Closer)
        } else if self.determiners.contains(f) {
            Some(Part::Determiner)
        } else {
            None
        }
    }

    /// How many tokens from `k` form an adjunct of time: 0 when none starts there. The
    /// longest run of the section's words that holds a word of time, or a noun of time with
    /// an opener or a closer; one opening on a determiner needs a closer.
    pub fn len_at(&self, toks: &[Tok], k: usize) -> usize {
        let Some(first) = toks.get(k).and_then(|t| self.part(t)) else { return 0 };
        let (mut word, mut noun, mut opener, mut closer) = (false, false, false, false);
        let mut len = 0;
        for (n, t) in toks[k..].iter().take(MAX_WORDS).enumerate() {
            let Some(part) = self.part(t) else { break };
            match part {
                Part::Word => word = true,
                Part::Noun => noun = true,
                Part::Opener => opener = true,
                Part::Closer => closer = true,
                Part::Determiner => {}
            }
            let complete =
                if first == Part::Determiner { closer && (word || noun) } else { word || (noun && (opener || closer)) };
            if complete && matches!(part, Part::Word | Part::Noun | Part::Closer) {
                len = n + 1;
            }
        }
        len
    }

    /// Where a trailing adjunct of time starts in `toks` ("Senator Ann Lowe last week"), when
    /// one ends them and something stands before it.
    pub fn trailing_start(&self, toks: &[Tok]) -> Option<usize> {
        (1..toks.len()).find(|&k| self.len_at(toks, k) == toks.len() - k)
    }
}
