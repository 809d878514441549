//! Affixes written glued to words, compiled from a table's `[morphology]` section.
//!
//! Arabic glues its definite article ("ال") and some prepositions ("ل") to the next word, so
//! "is this word definite?" or "does this word open with a preposition?" are questions about
//! letters, not tokens. Every such question is asked here, of the table's own affixes; for a
//! language that writes them apart the lists are empty and every answer is "no".

use crate::text::{fold_word, Tok};

/// The compiled morphology of one language.
#[derive(Debug, Default)]
pub struct Morph {
    article: String,
    /// Folded glued prepositions, usable as proclitics in phrase matching.
    pub glued_prepositions: Vec<String>,
    fused_article: Vec<String>,
    addressee_article: Vec<String>,
    min_stem: usize,
    stem_letters: usize,
    /// Folded one-letter prepositions ("ب", "ل"), written apart or glued to their noun.
    pub lone_prepositions: Vec<String>,
    object_suffixes: Vec<String>,
    /// Folded plural endings with the fewest letters a plural has.
    plural_suffixes: Vec<(String, usize)>,
    /// Folded endings of nouns no name ends with, with the fewest letters.
    noun_endings: Vec<(String, usize)>,
    adjective_endings: Vec<String>,
    adjectives: rustc_hash::FxHashSet<String>,
    /// Stop words as written (not folded).
    written_stops: Vec<String>,
    /// The same, folded: what a word that only looks like one folds to.
    written_stop_folds: Vec<String>,
    /// Openings of a preposition glued to a verbal noun, as written, with the fewest letters.
    verbal_noun_openings: Vec<(Vec<char>, usize)>,
}

impl Morph {
    /// Folds a table's `[morphology]` section.
    pub fn compile(raw: &super::rules::Morphology) -> Morph {
        let fold_all = |v: &[String]| v.iter().map(|s| fold_word(s)).collect::<Vec<_>>();
        Morph {
            article: fold_word(&raw.definite_article),
            glued_prepositions: fold_all(&raw.glued_prepositions),
            fused_article: fold_all(&raw.fused_article),
            addressee_article: fold_all(&raw.addressee_article),
            min_stem: raw.min_stem,
            stem_letters: raw.stem_letters.unwrap_or(5),
            lone_prepositions: fold_all(&raw.lone_prepositions),
            object_suffixes: fold_all(&raw.object_suffixes),
            plural_suffixes: raw.plural_suffixes.iter().map(|e| (fold_word(&e.ending), e.min_letters)).collect(),
            noun_endings: raw.noun_endings.iter().map(|e| (fold_word(&e.ending), e.min_letters)).collect(),
            adjective_endings: fold_all(&raw.adjective_endings),
            adjectives: raw.adjectives.iter().map(|s| fold_word(s)).collect(),
            written_stops: raw.written_stops.clone(),
            written_stop_folds: fold_all(&raw.written_stops),
            verbal_noun_openings: raw
                .verbal_noun_openings
                .iter()
                .map(|o| (o.written.chars().collect(), o.min_letters))
                .collect(),
        }
    }

    /// Whether the language glues its article to the noun: then a noun phrase needs no
    /// determiner token to be definite.
    pub fn glues_article(&self) -> bool {
        !self.article.is_empty()
    }

    /// Fewest letters a word keeps once a glued prefix is stripped.
    pub fn min_stem(&self) -> usize {
        self.min_stem
    }

    /// Letters of a word that stand for it when statements are compared.
    pub fn stem_letters(&self) -> usize {
        self.stem_letters
    }

    /// The word without a glued object pronoun ("أعلنته" → "أعلنت"), longest suffix first,
    /// each stem still long enough to be a word.
    pub fn without_object_suffixes<'a>(&'a self, fold: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.object_suffixes
            .iter()
            .filter_map(move |x| fold.strip_suffix(x.as_str()))
            .filter(move |stem| stem.chars().count() >= self.min_stem)
    }

    /// Whether the folded word carries the glued definite article ("الوزيرة").
    pub fn is_definite(&self, fold: &str) -> bool {
        !self.article.is_empty() && fold.starts_with(self.article.as_str())
    }

    /// The word without its glued article, when it has one ("الوزارة" → "وزارة").
    pub fn without_article<'a>(&self, fold: &'a str) -> Option<&'a str> {
        if self.is_definite(fold) {
            Some(&fold[self.article.len()..])
        } else {
            None
        }
    }

    /// Whether the word opens with a preposition fused with the article ("للنقابة").
    pub fn has_fused_article(&self, fold: &str) -> bool {
        self.fused_article.iter().any(|p| fold.starts_with(p.as_str()))
    }

    /// Whether the word opens with the fused article of address ("للإذاعة": to the radio),
    /// with a word after it.
    pub fn opens_addressee(&self, fold: &str) -> bool {
        self.addressee_article
            .iter()
            .any(|p| fold.strip_prefix(p.as_str()).is_some_and(|rest| rest.chars().count() >= self.min_stem))
    }

    /// The letters of a glued preposition opening the word ("لوزارة" → 1), when what is
    /// left is long enough to be a word.
    pub fn glued_preposition(&self, fold: &str) -> Option<usize> {
        self.glued_prepositions.iter().find_map(|p| {
            let rest = fold.strip_prefix(p.as_str())?;
            (rest.chars().count() >= self.min_stem).then(|| p.chars().count())
        })
    }

    /// What a glued preposition leaves of a word, in the word's own form: after "ل" the
    /// article loses its first letter ("للخبير" = ل + الخبير), so stripping `n` letters from a
    /// word that fused them gives "لخبير", and the article is restored: "الخبير".
    pub fn after_glued(&self, fold: &str, n: usize) -> String {
        let rest: String = fold.chars().skip(n).collect();
        let fused = self.has_fused_article(fold) && n == 1;
        match self.article.chars().next() {
            Some(alif) if fused => format!("{alif}{rest}"),
            _ => rest,
        }
    }

    /// How a word whose fused article was restored reads in a name: "لتقرير" as written
    /// after "ل" (the source of "وفقا للتقرير") is shown "التقرير", as its fold reads.
    pub fn with_restored_article(&self, written: &str, fold: &str) -> Option<String> {
        let alif = self.article.chars().next()?;
        let restored = fold.starts_with(alif) && !written.starts_with(alif);
        (restored && fold.chars().count() == written.chars().count() + 1).then(|| format!("{alif}{written}"))
    }

    /// A one-letter preposition written apart ("لـ" before a quoted name).
    pub fn is_lone_preposition(&self, t: &Tok) -> bool {
        t.word && self.lone_prepositions.iter().any(|p| p == t.fold.as_str())
    }

    /// A definite plural ("النقابات", "المواطنين"): after a name it is the verb's object, not
    /// a family name.
    pub fn is_definite_plural(&self, fold: &str) -> bool {
        let letters = fold.chars().count();
        self.is_definite(fold)
            && self.plural_suffixes.iter().any(|(x, min)| letters >= *min && fold.ends_with(x.as_str()))
    }

    /// A definite noun no name ends with ("الموازنة"), not an adjective ("الرسمية").
    pub fn is_definite_common_noun(&self, fold: &str) -> bool {
        let letters = fold.chars().count();
        self.is_definite(fold)
            && self.noun_endings.iter().any(|(x, min)| letters >= *min && fold.ends_with(x.as_str()))
            && !self.is_definite_adjective(fold)
    }

    /// A definite adjective ("الأمريكي", "السابق"): it may follow a definite title.
    pub fn is_definite_adjective(&self, fold: &str) -> bool {
        self.without_article(fold).is_some_and(|stem| {
            stem.chars().count() >= self.min_stem
                && (self.adjectives.contains(fold) || self.adjective_endings.iter().any(|x| stem.ends_with(x.as_str())))
        })
    }

    /// Whether a word, as written in the article, is a stop word the fold would hide ("على").
    pub fn is_written_stop(&self, written: &[char]) -> bool {
        self.written_stops.iter().any(|w| w.chars().eq(written.iter().copied()))
    }

    /// Whether a word folds like a written stop but is not written as one: the name "علي"
    /// (Ali), not the preposition "على", so "محمد علي إن …" does not open on "على أن".
    pub fn is_stop_lookalike(&self, t: &Tok, written: &[char]) -> bool {
        t.word && self.written_stop_folds.iter().any(|w| w == t.fold.as_str()) && !self.is_written_stop(written)
    }

    /// Whether a word, as written, is a preposition glued to a verbal noun ("بتعويض",
    /// "بإجراء"): what a verb governs, not a name, though a name may start with the same
    /// letters once folded ("بايدن").
    pub fn opens_verbal_noun(&self, written: &[char]) -> bool {
        self.verbal_noun_openings.iter().any(|(opening, min)| written.len() >= *min && written.starts_with(opening))
    }
}

#[cfg(test)]
mod tests {
    use crate::lang::Lang;

    #[test]
    fn arabic_article_and_prepositions_come_from_the_table() {
        let m = &Lang::Ar.rules().morph;
        assert!(m.is_definite("الوزيره"));
        assert!(!m.is_definite("وزيره"));
        assert_eq!(m.without_article("الوزاره"), Some("وزاره"));
        assert!(m.has_fused_article("للنقابه"));
        assert_eq!(m.glued_preposition("لوزاره"), Some(1));
        // Too short a stem: "لها" is a word, not ل + "ها".
        assert_eq!(m.glued_preposition("لها"), None);
        assert_eq!(m.after_glued("للخبير", 1), "الخبير");
        assert_eq!(m.after_glued("لخبير", 1), "خبير");
        assert!(m.is_definite_plural("النقابات"));
        assert!(m.is_definite_plural("المواطنين"));
        assert!(!m.is_definite_plural("الحمدي"));
        // Short words ending like a plural are often names.
        assert!(!m.is_definite_plural("الحسين"));
        assert!(m.is_definite_adjective("الامريكي"));
        assert!(m.is_definite_adjective("السابق"));
        assert!(!m.is_definite_adjective("التعليق"));
        assert!(m.is_written_stop(&['ع', 'ل', 'ى']));
        let ali = crate::text::tokenize("علي").remove(0);
        assert!(m.is_stop_lookalike(&ali, &['ع', 'ل', 'ي']));
        assert!(!m.is_stop_lookalike(&ali, &['ع', 'ل', 'ى']));
        assert!(!m.is_written_stop(&['ع', 'ل', 'ي']));
        let written = |w: &str| w.chars().collect::<Vec<_>>();
        assert!(m.opens_verbal_noun(&written("بتعويض")));
        assert!(m.opens_verbal_noun(&written("بإجراء")));
        // Names: the fold's "با" is not the written "بإ"; a short "بت" word may be a name.
        assert!(!m.opens_verbal_noun(&written("بايدن")));
        assert!(!m.opens_verbal_noun(&written("بتول")));
    }

    #[test]
    fn latin_languages_glue_nothing() {
        let m = &Lang::Fr.rules().morph;
        assert!(!m.is_definite("lalande"));
        assert_eq!(m.glued_preposition("lobby"), None);
        assert!(!m.has_fused_article("llama"));
    }
}
