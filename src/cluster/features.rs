//! What a statement is about, as features two reports of it share: its words (within one
//! language), and what survives translation — concepts, mentioned entities and numbers.

use crate::lang::Lang;
use crate::model::Statement;
use crate::text::tokenize;
use compact_str::{format_compact, CompactString};

/// A feature: short (a stem, two stems, a digit string), so held inline without an
/// allocation of its own — a build holds every statement's features at once.
pub type Feature = CompactString;

/// Fewest letters of a word counted as a lexical feature (shorter ones are function words).
const MIN_WORD_LETTERS: usize = 3;

/// The features of one statement, each list sorted and without repeats.
#[derive(Debug, Default, Clone)]
pub struct Features {
    /// Word stems, compared only between statements of one language.
    pub words: Vec<Feature>,
    /// Stems of consecutive content words ("unfair competition"): what a report that
    /// quotes the speaker's own words shares with another, and a paraphrase does not.
    pub shingles: Vec<Feature>,
    /// Concept keys of the language tables (`security`, `september`).
    pub concepts: Vec<Feature>,
    /// Ids of the entities the statement mentions, other than its speaker.
    pub entities: Vec<Feature>,
    /// Numbers as written in digits, whatever the digits' script ("٣١" = "31").
    pub numbers: Vec<Feature>,
}

/// The digit a character stands for, in Latin, Arabic-Indic or Persian digits.
fn digit(c: char) -> Option<char> {
    match c {
        '0'..='9' => Some(c),
        '\u{0660}'..='\u{0669}' => char::from_digit(c as u32 - 0x0660, 10),
        '\u{06F0}'..='\u{06F9}' => char::from_digit(c as u32 - 0x06F0, 10),
        _ => None,
    }
}

fn sorted(mut v: Vec<Feature>) -> Vec<Feature> {
    v.sort_unstable();
    v.dedup();
    v
}

impl Features {
    /// Reads the features of a statement in its language's tables.
    pub fn of(s: &Statement) -> Features {
        let rules = s.lang.rules();
        let (mut words, mut concepts, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
        let (mut shingles, mut previous) = (Vec::new(), None::<Feature>);
        for t in tokenize(&s.text).iter().filter(|t| t.word) {
            let fold = t.fold.as_str();
            if fold.chars().all(|c| digit(c).is_some()) {
                numbers.push(fold.chars().filter_map(digit).collect::<Feature>().trim_start_matches('0').into());
                continue;
            }
            if let Some(c) = rules.concepts.concept_of(fold) {
                concepts.push(c.into());
            }
            if rules.stopwords.contains(fold) || rules.function_words.contains(fold) {
                continue;
            }
            // Every form: the same word with other glued prefixes meets one of them.
            let forms = rules.concepts.forms(fold);
            for form in &forms {
                if form.chars().count() >= MIN_WORD_LETTERS {
                    words.push(stem(s.lang, form, rules.morph.stem_letters()));
                }
            }
            let bare = forms.last().copied().unwrap_or(fold);
            let head: Feature = bare.chars().take(rules.morph.stem_letters()).collect();
            if let Some(p) = previous.replace(head.clone()) {
                shingles.push(format_compact!("{}:{p} {head}", s.lang.code()));
            }
        }
        let speaker = s.speaker.as_ref().map(|a| a.id.as_str());
        let entities = s
            .entities
            .iter()
            .map(|m| Feature::from(m.agent.id.as_str()))
            .filter(|id| Some(id.as_str()) != speaker)
            .collect();
        numbers.retain(|n: &Feature| !n.is_empty());
        Features {
            words: sorted(words),
            shingles: sorted(shingles),
            concepts: sorted(concepts),
            entities: sorted(entities),
            numbers: sorted(numbers),
        }
    }

    /// Whether the statement has anything to compare.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.shingles.is_empty()
            && self.concepts.is_empty()
            && self.entities.is_empty()
            && self.numbers.is_empty()
    }
}

/// The first letters of a word, tagged with its language so that two languages' words
/// never meet by accident of spelling.
fn stem(lang: Lang, bare: &str, letters: usize) -> Feature {
    let head: Feature = bare.chars().take(letters).collect();
    format_compact!("{}:{head}", lang.code())
}

/// The elements two sorted lists share.
pub fn shared<'a>(a: &'a [Feature], b: &[Feature]) -> Vec<&'a str> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i].as_str());
                i += 1;
                j += 1;
            }
        }
    }
    out
}
