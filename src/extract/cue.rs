//! A cue found in a sentence: a speech verb ("a déclaré", "وقالت") or a verb-less marker
//! ("selon", "according to"), as a token range with what its form tells.

use crate::lang::table::VerbRule;
use crate::lang::{punct, CueForm, Gender, LangRules};
use crate::text::Tok;

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

/// The most words an adverbial set off inside a compound tense holds ("de son côté").
const ASIDE_WORDS: usize = 4;

/// "a, de son côté, dénoncé", "has, however, said": an auxiliary, then an adverbial set off
/// by commas, then the participle matched at `first`. Returns the auxiliary's token, where
/// the cue starts, so that its subject is read before it and the aside is no speaker.
pub(super) fn aux_before_aside(toks: &[Tok], first: usize, start: usize, rules: &LangRules) -> Option<usize> {
    let close = first.checked_sub(1).filter(|&k| k > start && punct::is_clause_separator(&toks[k]))?;
    let open = (close.saturating_sub(ASIDE_WORDS + 1)..close).rev().find(|&k| !toks[k].word)?;
    let aux = open.checked_sub(1).filter(|&k| k >= start)?;
    let aside = open + 1..close;
    (punct::is_clause_separator(&toks[open]) && !aside.is_empty() && rules.aux.contains(toks[aux].fold.as_str()))
        .then_some(aux)
}
