//! What a statement is about, as features two reports of it share: its words (within one
//! language), and what survives translation — concepts, mentioned entities and numbers.

use crate::lang::Lang;
use crate::model::Statement;
use crate::text::tokenize;

/// Fewest letters of a word counted as a lexical feature (shorter ones are function words).
const MIN_WORD_LETTERS: usize = 3;

/// The features of one statement, each list sorted and without repeats.
#[derive(Debug, Default, Clone)]
pub struct Features {
    /// Word stems, compared only between statements of one language.
    pub words: Vec<String>,
    /// Stems of consecutive content words ("unfair competition"): what a report that
    /// quotes the speaker's own words shares with another, and a paraphrase does not.
    pub shingles: Vec<String>,
    /// Concept keys of the language tables (`security`, `september`).
    pub concepts: Vec<String>,
    /// Ids of the entities the statement mentions, other than its speaker.
    pub entities: Vec<String>,
    /// Numbers as written in digits, whatever the digits' script ("٣١" = "31").
    pub numbers: Vec<String>,
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

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort_unstable();
    v.dedup();
    v
}

impl Features {
    /// Reads the features of a statement in its language's tables.
    pub fn of(s: &Statement) -> Features {
        let rules = s.lang.rules();
        let (mut words, mut concepts, mut numbers) = (Vec::new(), Vec::new(), Vec::new());
        let (mut shingles, mut previous) = (Vec::new(), None::<String>);
        for t in tokenize(&s.text).iter().filter(|t| t.word) {
            let fold = t.fold.as_str();
            if fold.chars().all(|c| digit(c).is_some()) {
                numbers.push(fold.chars().filter_map(digit).collect::<String>().trim_start_matches('0').to_string());
                continue;
            }
            if let Some(c) = rules.concepts.concept_of(fold) {
                concepts.push(c.to_string());
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
            let head: String = bare.chars().take(rules.morph.stem_letters()).collect();
            if let Some(p) = previous.replace(head.clone()) {
                shingles.push(format!("{}:{p} {head}", s.lang.code()));
            }
        }
        let speaker = s.speaker.as_ref().map(|a| a.id.as_str());
        let entities =
            s.entities.iter().map(|m| m.agent.id.clone()).filter(|id| Some(id.as_str()) != speaker).collect();
        numbers.retain(|n| !n.is_empty());
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
fn stem(lang: Lang, bare: &str, letters: usize) -> String {
    let head: String = bare.chars().take(letters).collect();
    format!("{}:{head}", lang.code())
}

/// The elements two sorted lists share.
pub fn shared<'a>(a: &'a [String], b: &[String]) -> Vec<&'a str> {
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
