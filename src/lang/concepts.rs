//! Words that survive translation, compiled from a table's `[concepts]` section.
//!
//! Two reports of one statement in two languages share no word, but they talk about the
//! same things: a risk, national security, users, September. Each table maps its words to
//! concept keys shared by every table, so "sécurité", "security" and "الأمن" are one
//! feature when statements are clustered ([`crate::cluster`]). Arabic glues conjunctions,
//! prepositions and the article to the word; they are taken off with the table's own
//! `[morphology]` lists before a word is looked up.

use crate::text::fold_word;
use rustc_hash::FxHashMap as HashMap;

/// One language's concept lexicon and the prefixes glued to its words.
#[derive(Debug, Default)]
pub struct Concepts {
    /// Concept keys, indexed by the values of `exact` and `prefix`.
    names: Vec<String>,
    exact: HashMap<String, usize>,
    prefix: HashMap<String, usize>,
    /// What may be glued before a word, in the order it is glued, each list longest first:
    /// conjunctions and elisions ("و", "l'"), then prepositions ("ل"), then the article
    /// alone or fused with a preposition ("ال", "لل").
    glued: Glued,
    /// Fewest letters a word keeps once a glued prefix is taken off.
    min_stem: usize,
}

/// Folded glued prefixes of a language, by position.
#[derive(Debug, Default)]
pub struct Glued {
    /// Conjunctions and elisions, glued first ("و", "l'").
    pub clitics: Vec<String>,
    /// Prepositions glued before the article or the word ("ل").
    pub prepositions: Vec<String>,
    /// The article, alone or fused with a preposition ("ال", "لل", "بال").
    pub articles: Vec<String>,
}

impl Glued {
    /// Folds and orders the lists (longest first, so "لل" is tried before "ل").
    pub fn new(clitics: &[String], prepositions: &[String], articles: &[String]) -> Glued {
        let fold = |v: &[String]| {
            let mut f: Vec<String> = v.iter().map(|s| fold_word(s)).filter(|s| !s.is_empty()).collect();
            f.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
            f.dedup();
            f
        };
        Glued { clitics: fold(clitics), prepositions: fold(prepositions), articles: fold(articles) }
    }
}

/// Shortest prefix form a table may list: shorter ones would match unrelated words.
const MIN_PREFIX: usize = 3;

impl Concepts {
    /// Folds a table's concepts; `proclitics` are the glued prefixes of its morphology.
    pub fn compile(raw: &std::collections::BTreeMap<String, Vec<String>>, glued: Glued, min_stem: usize) -> Self {
        let mut c = Concepts { min_stem: min_stem.max(2), glued, ..Concepts::default() };
        for (key, forms) in raw {
            let id = c.names.len();
            c.names.push(key.clone());
            for form in forms {
                match form.strip_suffix('*') {
                    Some(p) => {
                        let p = fold_word(p);
                        assert!(p.chars().count() >= MIN_PREFIX, "concept {key}: prefix form {form} is too short");
                        c.prefix.insert(p, id);
                    }
                    None => {
                        c.exact.insert(fold_word(form), id);
                    }
                }
            }
        }
        c
    }

    /// Every concept key of the table, sorted.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.names.iter().map(String::as_str)
    }

    /// The forms of a folded word, least stripped first: the word, then without what is
    /// glued before it, in the order it is glued ("والشركات" → "الشركات" → "شركات",
    /// "l'intention" → "intention"). Each form keeps at least `min_stem` letters.
    pub fn forms<'w>(&self, fold: &'w str) -> Vec<&'w str> {
        let mut out = vec![fold];
        let mut w = fold;
        let long_enough = |rest: &str| rest.chars().count() >= self.min_stem;
        let strip = |w: &'w str, list: &[String]| {
            list.iter().find_map(|p| w.strip_prefix(p.as_str()).filter(|r| long_enough(r)))
        };
        if let Some(rest) = strip(w, &self.glued.clitics) {
            out.push(rest);
            w = rest;
        }
        if let Some(rest) = strip(w, &self.glued.articles) {
            out.push(rest);
        } else if let Some(rest) = strip(w, &self.glued.prepositions) {
            out.push(rest);
            if let Some(bare) = strip(rest, &self.glued.articles) {
                out.push(bare);
            }
        }
        out
    }

    /// The concept a folded word stands for, if the table lists it.
    pub fn concept_of(&self, fold: &str) -> Option<&str> {
        self.forms(fold).into_iter().find_map(|f| self.lookup(f)).map(|id| self.names[id].as_str())
    }

    fn lookup(&self, form: &str) -> Option<usize> {
        if let Some(&id) = self.exact.get(form) {
            return Some(id);
        }
        // The longest listed prefix wins ("مستخدم*" before a shorter one).
        let ends: Vec<usize> = form.char_indices().map(|(i, _)| i).skip(MIN_PREFIX).chain([form.len()]).collect();
        ends.into_iter().rev().find_map(|end| self.prefix.get(&form[..end]).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table() -> Concepts {
        let mut raw = std::collections::BTreeMap::new();
        raw.insert("security".to_string(), vec!["أمن".to_string(), "أمني*".to_string()]);
        raw.insert("company".to_string(), vec!["شركة*".to_string(), "شركات*".to_string()]);
        let strings = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let glued = Glued::new(&strings(&["و", "ف"]), &strings(&["ل"]), &strings(&["ال", "لل", "بال"]));
        Concepts::compile(&raw, glued, 3)
    }

    #[test]
    fn glued_prefixes_come_off_before_lookup() {
        let c = table();
        assert_eq!(c.concept_of(&fold_word("والشركات")), Some("company"));
        assert_eq!(c.concept_of(&fold_word("للأمن")), Some("security"));
        assert_eq!(c.concept_of(&fold_word("الأمنية")), Some("security"));
        assert_eq!(c.concept_of(&fold_word("شريك")), None);
    }

    #[test]
    fn elision_comes_off_in_latin_scripts() {
        let mut raw = std::collections::BTreeMap::new();
        raw.insert("intent".to_string(), vec!["intention*".to_string()]);
        let c = Concepts::compile(&raw, Glued::new(&["l'".to_string()], &[], &[]), 0);
        assert_eq!(c.concept_of(&fold_word("l’intention")), Some("intent"));
        assert_eq!(c.concept_of(&fold_word("attention")), None);
    }
}
