//! Given names that tell a person's gender (`given_names.toml`, shared by all languages).
//!
//! Why: English and French verbs do not show their subject's gender, so a new name found in
//! text would be compatible with both "he" and "she", and a pronoun would take the latest
//! person whoever it is. A first name that is overwhelmingly one gender's settles it.

use super::Gender;
use crate::normalize::name_key;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(serde::Deserialize)]
struct Raw {
    male: Vec<String>,
    female: Vec<String>,
}

static GIVEN: LazyLock<HashMap<String, Gender>> = LazyLock::new(|| {
    let raw: Raw = toml::from_str(include_str!("given_names.toml")).unwrap_or_else(|e| panic!("given_names.toml: {e}"));
    let male = raw.male.iter().map(|n| (name_key(n), Gender::M));
    let female = raw.female.iter().map(|n| (name_key(n), Gender::F));
    male.chain(female).collect()
});

/// The gender a person's name shows by its first given name ("Nora Wolfe", "Chief Judge
/// Nora Wolfe" → f); the last word is the surname and tells nothing, nor does a lone word.
pub fn gender_of_name(name: &str) -> Option<Gender> {
    let key = name_key(name);
    let words: Vec<&str> = key.split(' ').collect();
    words[..words.len() - 1].iter().find_map(|w| GIVEN.get(*w).copied())
}

/// Whether a word is a given name the table knows (either gender): a surname after it
/// belongs to that person ("Ivanka Trump" is not "Trump").
pub fn is_given_name(word: &str) -> bool {
    GIVEN.contains_key(&name_key(word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_name_tells_the_gender_and_a_surname_alone_does_not() {
        assert_eq!(gender_of_name("Nora Wolfe"), Some(Gender::F));
        assert_eq!(gender_of_name("Jeff Holm"), Some(Gender::M));
        assert_eq!(gender_of_name("Hélène Dupont"), Some(Gender::F));
        assert_eq!(gender_of_name("District Court Chief Judge Nora Wolfe"), Some(Gender::F));
        assert_eq!(gender_of_name("Holm"), None);
        assert_eq!(gender_of_name("Victoria"), None);
        assert_eq!(gender_of_name("Jordan Smith"), None);
    }

    #[test]
    fn no_name_is_listed_for_both_genders() {
        let raw: Raw = toml::from_str(include_str!("given_names.toml")).unwrap();
        let male: std::collections::HashSet<_> = raw.male.iter().map(|n| name_key(n)).collect();
        let both: Vec<_> = raw.female.iter().filter(|n| male.contains(&name_key(n))).collect();
        assert!(both.is_empty(), "listed as both: {both:?}");
    }
}
