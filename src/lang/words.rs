//! Questions about single words and short runs that the extractor asks of a language's
//! compiled table ("is this a finite verb?", "does this word open a clause of time?"). Split
//! from `table`, which builds the sets, so that each file keeps one job.

use super::table::LangRules;
use crate::normalize::name_key;
use crate::text::Tok;
use crate::tuning::window;

impl LangRules {
    /// Whether a full stop glued after `t` closes an abbreviation of the table ("Sen.",
    /// "Mr.") or an initial ("J."), not a sentence.
    pub fn abbreviates(&self, t: &Tok) -> bool {
        t.word && ((t.cap && t.end - t.start == 1) || self.abbreviations.contains(t.fold.as_str()))
    }

    /// A finite verb written in lower case: where capitals mark names, "Will" or "Says" at
    /// the head of a name is no verb.
    pub fn is_lowercase_finite(&self, t: &Tok) -> bool {
        !t.cap && self.is_finite(t)
    }

    /// Whether a word is a finite verb form by the table (listed forms, or a listed suffix on
    /// a word at least three letters longer): what tells a clause ("prices would rise") from
    /// a noun phrase.
    pub fn is_finite(&self, t: &Tok) -> bool {
        let letters = || t.fold.chars().count();
        t.word
            && (self.finite_verbs.contains(t.fold.as_str())
                || self
                    .finite_suffixes
                    .iter()
                    .any(|x| t.fold.ends_with(x.as_str()) && letters() > x.chars().count() + 2))
    }

    /// The content words of a role or title, folded, without glued articles, abbreviations
    /// spelt out: an article or function word ("the", "des") is no word of the role ("the
    /// host" must not match every role written with "the").
    pub fn role_words(&self, role: &str) -> Vec<String> {
        name_key(role)
            .split(' ')
            .map(|w| self.morph.without_article(w).unwrap_or(w))
            .map(|w| self.title_abbreviations.get(w).map_or(w, String::as_str).to_string())
            .filter(|w| w.chars().count() > 2 && !self.articles.contains(w) && !self.function_words.contains(w))
            .collect()
    }

    /// The role words of the title a phrase's `words` stand for ("chef du gouvernement" →
    /// "premier ministre"), from the table's `title_synonyms`; none when they are no synonym.
    pub fn title_meaning(&self, words: &[String]) -> Option<&[String]> {
        self.title_synonyms.iter().find(|(phrase, _)| phrase == words).map(|(_, means)| means.as_slice())
    }

    /// Whether a word is an auxiliary ("a", "has", "كان"), perhaps behind a glued
    /// conjunction ("وكان").
    pub fn is_aux(&self, t: &Tok) -> bool {
        let bare = |c: &String| t.fold.strip_prefix(c.as_str()).is_some_and(|r| self.aux.contains(r));
        t.word && (self.aux.contains(t.fold.as_str()) || self.clitics.iter().any(bare))
    }

    /// Whether a lower-case word is an adverb that may stand between an auxiliary and its
    /// participle ("a sobrement commenté", "has repeatedly said"): listed, or by its ending.
    /// Not a negator: "have not said how much" reports nothing.
    pub fn is_inserted_adverb(&self, t: &Tok) -> bool {
        t.word
            && !t.cap
            && !self.negators.contains(t.fold.as_str())
            && (self.passive_adverbs.contains(t.fold.as_str())
                || self.raw.syntax.adverb_endings.iter().any(|e| e.ends(&t.fold)))
    }

    /// Whether a lower-case word has an adverb's ending, whatever its length: where only an
    /// adverb can stand ("it fully supports"), short ones count too.
    pub fn ends_like_adverb(&self, t: &Tok) -> bool {
        t.word && !t.cap && self.raw.syntax.adverb_endings.iter().any(|e| t.fold.ends_with(e.ending.as_str()))
    }

    /// Whether a lower-case word is an adverb that may stand between a subject and its verb
    /// ("successfully"), unless the table lists it as a noun or adjective ("assembly").
    pub fn is_preverbal_adverb(&self, t: &Tok) -> bool {
        t.word
            && !t.cap
            && self.raw.syntax.preverbal_adverb_endings.iter().any(|e| e.ends(&t.fold))
            && !self.not_adverbs.contains(t.fold.as_str())
    }

    /// Whether a word names a source of reports ("sources", "poll", "sondage", "تقرير"):
    /// after "according to", before a headline's colon, as a participle's object.
    pub fn is_source_noun(&self, t: &Tok) -> bool {
        // An elided article or a conjunction may be glued to the noun ("l'entourage").
        let noun = |w: &str| self.source_nouns.contains(&crate::normalize::name_key(w));
        // A compound's head ends it: "ex-husband" is a "husband".
        let head = || t.fold.rsplit_once('-').is_some_and(|(_, h)| !h.is_empty() && noun(h));
        t.word
            && (noun(&t.fold)
                || self.clitics.iter().any(|c| t.fold.strip_prefix(c.as_str()).is_some_and(noun))
                || head())
    }

    /// Whether a word is a name in the possessive ("Scott's", "the Smiths'"): what follows
    /// belongs to it.
    pub fn is_possessive(&self, t: &Tok) -> bool {
        self.possessive_ending(t).is_some()
    }

    /// The possessive ending of a capitalised word ("'s" of "Park's"), if it has one.
    pub fn possessive_ending(&self, t: &Tok) -> Option<&str> {
        let ending = self.raw.syntax.possessive_endings.iter().find(|e| t.fold.ends_with(e.as_str()))?;
        (t.word && t.cap).then_some(ending.as_str())
    }

    /// Whether a title ends `toks` ("the state auditor", "The clinic's chief medical
    /// officer"): the phrase names someone by office, whatever modifies it.
    pub fn ends_with_title(&self, toks: &[Tok]) -> bool {
        (0..toks.len()).any(|k| self.titles.match_at(toks, k, &[]).is_some_and(|m| k + m.len == toks.len()))
    }

    /// Whether an organisation noun ends `toks` ("the union", "le syndicat").
    pub fn ends_with_org_head(&self, toks: &[Tok]) -> bool {
        self.final_org_head_kind(toks).is_some()
    }

    /// The organisation kind of the head noun that ends `toks` ("Brantley Capital" →
    /// company), if one does.
    pub fn final_org_head_kind(&self, toks: &[Tok]) -> Option<&str> {
        (0..toks.len()).find_map(|k| {
            let m = self.org_heads.match_at(toks, k, &self.clitics).filter(|m| k + m.len == toks.len())?;
            Some(self.raw.org_heads[*m.value].kind.as_str())
        })
    }

    /// Whether a lower-case word is a verb: a finite form or an auxiliary ("a relevé", "has").
    pub fn is_lowercase_verb(&self, t: &Tok) -> bool {
        self.is_lowercase_finite(t) || (!t.cap && self.is_aux(t))
    }

    /// Whether a word is an auxiliary with an elided object pronoun glued to it ("l'a",
    /// "l'ont"): "le ministre l'a confirmé".
    pub fn is_clitic_aux(&self, t: &Tok) -> bool {
        t.word
            && self
                .raw
                .syntax
                .elided_object_clitics
                .iter()
                .any(|c| t.fold.strip_prefix(c.as_str()).is_some_and(|aux| self.aux.contains(aux)))
    }

    /// Whether a word is a number, in digits ("10", "3,5") or words ("dix", "seven").
    pub fn is_number(&self, t: &Tok) -> bool {
        t.word
            && (t.fold.chars().all(|c| c.is_numeric() || c == '.' || c == ',')
                || self.number_words.contains(t.fold.as_str()))
    }

    /// Whether a word opens an adjunct between a subject and its verb ("in", "lors").
    pub fn is_adjunct_preposition(&self, t: &Tok) -> bool {
        t.word && self.adjunct_prepositions.contains(t.fold.as_str())
    }

    /// Whether a word is a relative pronoun of the table ("who", "qui", "الذي"); an acronym
    /// that folds to one is a name ("WHO chief Ana Ruiz said").
    pub fn is_relative_pronoun(&self, t: &Tok) -> bool {
        t.word && !(t.upper && t.fold.chars().count() > 1) && self.relative_pronouns.contains(t.fold.as_str())
    }

    /// Whether a word opens a clause of comparison ("as", "comme", "كما"), with a proclitic
    /// coordinator glued to it or not ("وكما").
    pub fn is_comparative(&self, t: &Tok) -> bool {
        t.word
            && (self.comparatives.contains(t.fold.as_str())
                || self
                    .clitics
                    .iter()
                    .any(|c| t.fold.strip_prefix(c.as_str()).is_some_and(|w| self.comparatives.contains(w))))
    }

    /// Whether a word opens an adverbial clause ("because", "lorsque"): a complementizer
    /// inside that clause is its verb's.
    pub fn is_subordinator(&self, t: &Tok) -> bool {
        t.word && self.subordinators.contains(t.fold.as_str())
    }

    /// Whether a lower-case word is an infinitive by its ending ("étudier"), unless the
    /// table lists it as none or it is an adjunct ("hier").
    pub fn is_infinitive(&self, toks: &[Tok], k: usize) -> bool {
        let (t, syntax) = (&toks[k], &self.raw.syntax);
        t.word
            && !t.cap
            // "l'ouverture": an elided article opens a noun.
            && !self.clitics.iter().any(|c| t.fold.starts_with(c.as_str()))
            && syntax.infinitive_endings.iter().any(|e| e.ends(&t.fold))
            && !self.not_infinitives.contains(t.fold.as_str())
            && self.speaker_stops.match_at(toks, k, &[]).is_none()
    }

    /// Whether a word is an object pronoun written before its verb ("lui", "leur"): the
    /// cue's addressee, never its subject.
    pub fn is_object_clitic(&self, t: &Tok) -> bool {
        t.word && self.raw.syntax.object_clitics.iter().any(|c| *c == t.fold)
    }

    /// Whether a word is a stressed pronoun of the table ("eux", "elle"): set off by commas
    /// after a subject ("Les médecins, eux, dénoncent …"), it resumes that subject.
    pub fn is_emphatic_pronoun(&self, t: &Tok) -> bool {
        t.word && self.raw.syntax.emphatic_pronouns.iter().any(|p| *p == t.fold)
    }

    /// Whether a word is a party-and-state tag ("D-Texas", "R-IN").
    pub fn is_party_tag(&self, t: &Tok) -> bool {
        t.word && self.raw.syntax.party_tags.iter().any(|p| t.fold.len() > p.len() && t.fold.starts_with(p.as_str()))
    }

    /// Whether a word may be a plural noun by its ending, though a verb form too ("talks"):
    /// read as a noun where a finite verb follows it.
    pub fn may_be_plural_noun(&self, t: &Tok) -> bool {
        t.word
            && (self.raw.syntax.plural_endings.iter().any(|e| e.ends(&t.fold))
                || self.plural_nouns.contains(t.fold.as_str()))
    }

    /// Whether a word right after a pronoun is its finite verb: a listed form, or one with
    /// a singular verb ending ("it signals").
    pub fn is_finite_after_pronoun(&self, t: &Tok) -> bool {
        self.is_lowercase_finite(t)
            || (t.word && !t.cap && self.raw.syntax.singular_verb_endings.iter().any(|e| e.ends(&t.fold)))
    }

    /// Whether a word opens an adjunct saying who asked the speaker ("Interrogée", "Asked").
    pub fn is_opening_participle(&self, t: &Tok) -> bool {
        t.word && self.opening_participles.contains(t.fold.as_str())
    }

    /// Whether a capitalised word is no name by its ending: a sentence adverb ("Soberingly"),
    /// or a participle when `opens_clause` ("Asked whether …").
    pub fn is_verbal_word(&self, t: &Tok, opens_clause: bool) -> bool {
        let syntax = &self.raw.syntax;
        let adverb = syntax.adverb_endings.iter().any(|e| e.ends(&t.fold));
        adverb || (opens_clause && (self.is_participle(t) || self.is_finite(t)))
    }

    /// Whether a word has a participle's ending ("squeezing", "estimant") on a stem of at
    /// least three letters.
    pub fn is_participle(&self, t: &Tok) -> bool {
        let letters = t.fold.chars().count();
        let endings = &self.raw.syntax.participle_endings;
        t.word && endings.iter().any(|x| letters > x.chars().count() + 2 && t.fold.ends_with(x.as_str()))
    }

    /// Whether token `i` is an article (a determiner that is no connector: "the", "les",
    /// "l'" glued to its noun; not "but", "mais").
    pub fn is_article(&self, toks: &[Tok], i: usize) -> bool {
        self.determiners
            .match_at(toks, i, &[])
            .is_some_and(|m| m.glued.is_some() || self.articles.contains(toks[i].fold.as_str()))
    }

    /// Whether the words at `j` make the number after them approximate ("about 40", "more
    /// than a dozen"): the start of a noun phrase, though the first word is a preposition.
    pub fn approximates_number(&self, toks: &[Tok], j: usize) -> bool {
        let number = |t: &Tok| {
            t.fold.starts_with(|c: char| c.is_ascii_digit())
                || self.indefinites.contains(t.fold.as_str())
                || self.number_words.contains(t.fold.as_str())
        };
        self.raw.syntax.approximators.iter().any(|a| {
            let n = a.split_whitespace().count();
            let words = toks.get(j..j + n).filter(|w| w.iter().all(|t| t.word));
            words.is_some_and(|w| w.iter().map(|t| t.fold.as_str()).eq(a.split_whitespace()))
                && toks.get(j + n).is_some_and(number)
        })
    }

    /// Whether the quote opening at token `j` is the title of a work: a marker right before
    /// it, perhaps with a comma between ("titled, “…”").
    pub fn titles_a_work(&self, toks: &[Tok], j: usize) -> bool {
        let marker = |k: usize| toks[k].word && self.work_title_markers.contains(toks[k].fold.as_str());
        // On the same line: a headline "Titre" or "عنوان" before a quote opening the body
        // is no marker.
        let same_line = |k: usize| !toks[k + 1..=j].iter().any(|t| t.newline_before);
        (j >= 1 && marker(j - 1) && same_line(j - 1))
            || (j >= 2 && crate::lang::punct::is_clause_separator(&toks[j - 1]) && marker(j - 2) && same_line(j - 2))
            || self.names_a_programme(toks, j)
    }

    /// "said on WXY's “Sunday Desk”", "on “Face the Valley,”": after a possessive
    /// or a programme marker, a short quote in title case (every word of four letters or more
    /// capitalised) names a programme or a work, in a cased script; "لـ“الشرق الأوسط”":
    /// after a preposition written apart, a programme marker ("شبكة “سي إن إن”") or an
    /// organisation's head noun ("صحيفة “الأيام”"), a short quote names the outlet.
    fn names_a_programme(&self, toks: &[Tok], j: usize) -> bool {
        let Some(prev) = j.checked_sub(1).map(|k| &toks[k]) else { return false };
        let Some(close) = self.closer_of(toks[j].punct) else { return false };
        let cased = self.raw.syntax.cased;
        let head_noun = || self.org_heads.match_at(toks, j - 1, &self.clitics).is_some_and(|m| m.len == 1);
        // "ببرنامج": a preposition glued to the marker.
        let unglued = || match self.morph.glued_preposition(&prev.fold) {
            Some(n) => self.morph.after_glued(&prev.fold, n),
            None => prev.fold.to_string(),
        };
        let marker = || {
            prev.word
                && (self.programme_markers.contains(prev.fold.as_str()) || self.programme_markers.contains(&unglued()))
        };
        let marked = if cased {
            self.is_possessive(prev) || marker()
        } else {
            self.morph.is_lone_preposition(prev) || marker() || (prev.word && head_noun())
        };
        if !marked {
            return false;
        }
        let inside: Vec<&Tok> = toks[j + 1..]
            .iter()
            .take(window::PROGRAMME_WORDS * 2 + 1)
            .take_while(|t| t.word || t.punct != close)
            .collect();
        let words: Vec<&&Tok> = inside.iter().filter(|t| t.word).collect();
        let closed = j + 1 + inside.len() < toks.len() && inside.len() < window::PROGRAMME_WORDS * 2 + 1;
        closed
            && (1..=window::PROGRAMME_WORDS).contains(&words.len())
            && (!cased || (words[0].cap && words.iter().all(|t| t.cap || t.fold.chars().count() < 4)))
            && inside.iter().all(|t| t.word || crate::lang::punct::is_clause_separator(t) || t.punct == '.')
    }

    /// Whether a word is a preposition or a contracted article ("of", "au", "du").
    pub fn is_preposition(&self, t: &Tok) -> bool {
        t.word && self.prepositions.contains(t.fold.as_str())
    }

    /// Whether a word links a noun to its complement: a preposition or a determiner ("de la
    /// Santé", "of the Alliance").
    pub fn is_link_word(&self, toks: &[Tok], i: usize) -> bool {
        self.is_preposition(&toks[i]) || self.determiners.match_at(toks, i, &[]).is_some_and(|m| m.glued.is_none())
    }

    /// The opening mark's closing partner, if `c` opens a quote in this language.
    pub fn closer_of(&self, c: char) -> Option<char> {
        self.raw.quote_pairs.iter().find(|p| p.open == c).map(|p| p.close)
    }

    /// True if `c` may close a quote opened by `open` though it is not its partner
    /// (`"…”`): the mixed pairs of the table.
    pub fn closes_mixed(&self, open: char, c: char) -> bool {
        self.raw.mixed_quote_pairs.iter().any(|p| p.open == open && p.close == c)
    }

    /// True if `c` closes some quote pair in this language.
    pub fn is_closer(&self, c: char) -> bool {
        self.raw.quote_pairs.iter().any(|p| p.close == c)
    }
}
