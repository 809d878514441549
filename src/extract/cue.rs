//! A cue found in a sentence: a speech verb ("a déclaré", "وقالت") or a verb-less marker
//! ("selon", "according to"), as a token range with what its form tells.

use crate::lang::table::VerbRule;
use crate::lang::{CueForm, Gender, LangRules};

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
