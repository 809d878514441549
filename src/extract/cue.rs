//! A cue found in a sentence: a speech verb ("a déclaré", "وقالت") or a verb-less marker
//! ("selon", "according to"), as a token range with what its form tells.

use crate::lang::table::VerbRule;
use crate::lang::{punct, CueForm, Gender, LangRules};
use crate::text::{PhraseMatch, Tok};

/// A cue: its tokens and its form.
pub(super) struct Cue {
    /// First token of the cue.
    pub(super) first: usize,
    /// Last token of the cue.
    pub(super) last: usize,
    /// Which verb, and the gender its form shows.
    pub(super) form: CueForm,
}

impl Cue {
    /// A verb-less cue (a marker, or the colon after an unlisted verb): it tells no gender
    /// and no verb flag applies to it.
    pub(super) fn marker(first: usize, last: usize) -> Cue {
        Cue { first, last, form: CueForm { verb: 0, gender: Gender::Any, inverted: false } }
    }

    /// The verb rule of a verb cue.
    pub(super) fn verb<'r>(&self, rules: &'r LangRules) -> &'r VerbRule {
        &rules.verbs[self.form.verb]
    }
}

/// "comme l'a rappelé X", "le juge l'a reconnu": an auxiliary carrying an elided object
/// pronoun at `i`, then a bare participle of a cue verb, as one cue from the auxiliary on
/// (the tables list "a rappelé", and "l'a" is one token).
pub(super) fn after_clitic_aux<'r>(toks: &[Tok], i: usize, rules: &'r LangRules) -> Option<PhraseMatch<'r, CueForm>> {
    let m = rules.participle_cues.match_at(toks, i + 1, &[])?;
    rules.is_clitic_aux(&toks[i]).then_some(PhraseMatch { len: m.len + 1, glued: m.glued, clitic: 0, value: m.value })
}

/// "a sèchement répondu", "a-t-il simplement répondu": an auxiliary at `i` (inverted with
/// its pronoun or not), an adverb, then a bare participle of a cue verb (which is no cue by
/// itself), as one cue from the auxiliary on.
pub(super) fn split_by_adverb<'r>(toks: &[Tok], i: usize, rules: &'r LangRules) -> Option<PhraseMatch<'r, CueForm>> {
    // The participle first: its start mark makes the common case one bit test.
    let m = rules.participle_cues.match_at(toks, i + 2, &[])?;
    if !toks.get(i + 1).is_some_and(|t| rules.is_inserted_adverb(t)) {
        return None;
    }
    if toks.get(i).is_some_and(|t| rules.is_aux(t) || rules.is_clitic_aux(t)) {
        return Some(PhraseMatch { len: m.len + 2, glued: m.glued, clitic: 0, value: m.value });
    }
    // The inverted auxiliary and the participle without the adverb are a written incise
    // form of the table ("a-t-il répondu"), with the pronoun's gender. ("he also said" is
    // common: no allocation unless the first word is an inverted auxiliary.)
    if !rules.raw.incise_aux.iter().any(|a| a.form == toks[i].fold) {
        return None;
    }
    let joined: Vec<Tok> = std::iter::once(toks[i].clone()).chain(toks[i + 2..i + 2 + m.len].iter().cloned()).collect();
    let inverted = rules.cues.match_at(&joined, 0, &[]).filter(|c| c.len == joined.len() && c.value.inverted)?;
    Some(PhraseMatch { len: m.len + 2, glued: m.glued, clitic: 0, value: inverted.value })
}

/// Whether the cue form matched at `i` reads as a noun by the word before it: after an
/// article or possessive ("the warning that …", "his claims"), or, unless it is a gerund, after
/// a preposition that takes nouns ("the return of questions about …", "amid reports that").
/// A clitic glued to the form ("ce qu'affirme X") makes it a verb, and so does an article
/// that is an object pronoun after a word of comparison ("comme le souligne X").
pub(super) fn noun_reading(toks: &[Tok], start: usize, i: usize, m: &PhraseMatch<CueForm>, rules: &LangRules) -> bool {
    let Some(k) = i.checked_sub(1).filter(|&k| k >= start && toks[k].word && m.clitic == 0) else {
        return false;
    };
    let word = toks[k].fold.as_str();
    let pronoun = rules.raw.syntax.compared_object_pronouns.iter().any(|p| p == word);
    if pronoun && k > start && rules.is_comparative(&toks[k - 1]) {
        return false;
    }
    rules.articles.contains(word) || (!rules.verbs[m.value.verb].adverbial && rules.noun_prepositions.contains(word))
}

/// Whether the one-word cue form at `i` is a plural noun, the subject of the finite verb
/// right after it ("the member states would decide …", "the claims were false"): a
/// verb of speech is never followed by a finite verb, and the form has a plural ending.
pub(super) fn plural_noun_before_verb(toks: &[Tok], i: usize, m: &PhraseMatch<CueForm>, rules: &LangRules) -> bool {
    m.len == 1
        && m.clitic == 0
        && rules.may_be_plural_noun(&toks[i])
        && toks.get(i + 1).is_some_and(|n| rules.is_lowercase_finite(n))
}

/// The most words an adverbial set off inside a compound tense holds ("de son côté").
const ASIDE_WORDS: usize = 4;

/// "a, de son côté, dénoncé", "has, however, said": an auxiliary, then an adverbial set off
/// by commas, then the participle matched at `first`. Returns the auxiliary's token, where
/// the cue starts, so that its subject is read before it and the aside is no speaker.
pub(super) fn aux_before_aside(toks: &[Tok], first: usize, start: usize, rules: &LangRules) -> Option<usize> {
    // "le ministre l'a confirmé": an auxiliary with an elided object pronoun glued to it.
    if let Some(k) = first.checked_sub(1).filter(|&k| k >= start && rules.is_clitic_aux(&toks[k])) {
        return Some(k);
    }
    // "a sobrement commenté", "has repeatedly said": an adverb, by its ending or listed,
    // between the auxiliary and its participle.
    let adverb = |k: usize| k > start && rules.is_inserted_adverb(&toks[k]) && rules.is_aux(&toks[k - 1]);
    if let Some(adverb) = first.checked_sub(1).filter(|&k| adverb(k)) {
        return Some(adverb - 1);
    }
    let close = first.checked_sub(1).filter(|&k| k > start && punct::is_clause_separator(&toks[k]))?;
    let open = (close.saturating_sub(ASIDE_WORDS + 1)..close).rev().find(|&k| !toks[k].word)?;
    let aux = open.checked_sub(1).filter(|&k| k >= start)?;
    let aside = open + 1..close;
    (punct::is_clause_separator(&toks[open]) && !aside.is_empty() && rules.aux.contains(toks[aux].fold.as_str()))
        .then_some(aux)
}
