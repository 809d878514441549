//! The ways of finding a speaker that a language table can declare, by id.
//!
//! A table's `[speaker_search]` section lists, for each kind of cue, which strategies to try
//! and in which order (Arabic looks right of the cue first, French and English left); the
//! extractor runs them in that order and records each attempt in the trace. What each one
//! does is in `crate::extract::search`.

/// One way of finding the phrase that names a speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Strategy {
    /// The words between the cue and its content ("said Mayor Ellen Park", "وقالت الوزيرة").
    Right,
    /// A short noun phrase right of the cue that no table knows ("وقالت الرئاسة الجزائرية").
    RightNominal,
    /// The words before the cue, back to the clause start ("Mayor Ellen Park said").
    Left,
    /// A short definite noun phrase before the cue that no table knows ("Les écologistes").
    LeftNominal,
    /// The last comma-separated segment before the cue, after an opening adjunct ("In a
    /// statement, the airline said").
    LeftLastSegment,
    /// The named subject that opens the sentence, for a cue coordinated with an earlier verb
    /// ("Robert Kane called the plan unfair and said …").
    SentenceSubject,
    /// The subject of the sentence's first verb, for a cue after a first clause ("وأعرب
    /// الرئيس عن قلقه، وقال: …").
    FirstVerbSubject,
    /// The noun phrase that opens a subject-first sentence, before its first verb, named or
    /// not ("The union rejected the offer, saying …").
    MainSubject,
    /// The subject of an inverted cue after a short adjunct ("a affirmé à l'AFP Thomas Leroux").
    AfterAdjunct,
    /// The pronoun an inverted incise carries ("a-t-elle ajouté").
    InvertedPronoun,
    /// No subject at all: the verb's gender, resolved in the discourse.
    DroppedSubject,
    /// The speaker of an earlier statement in the same sentence ("…, the sources said,
    /// adding that …"): a participle continues the sentence's speaker.
    SentenceSpeaker,
    /// The source a medium quotes ("Reuters quoted X as saying", "ونقلت رويترز عن X").
    QuotedSource,
    /// The issuer of a document that is the verb's subject ("جاء في بيان لوزارة X").
    DocumentIssuer,
    /// The noun phrase right before a participle, set off from the main clause by a comma
    /// ("…, plusieurs commerçants dénonçant …", "…, with critics saying …").
    AbsoluteSubject,
}

impl Strategy {
    /// Every strategy, for listing and for checking table ids.
    pub const ALL: [Strategy; 15] = [
        Strategy::Right,
        Strategy::RightNominal,
        Strategy::Left,
        Strategy::LeftNominal,
        Strategy::LeftLastSegment,
        Strategy::SentenceSubject,
        Strategy::FirstVerbSubject,
        Strategy::MainSubject,
        Strategy::AfterAdjunct,
        Strategy::InvertedPronoun,
        Strategy::DroppedSubject,
        Strategy::SentenceSpeaker,
        Strategy::QuotedSource,
        Strategy::DocumentIssuer,
        Strategy::AbsoluteSubject,
    ];

    /// The id tables and traces use.
    pub fn id(self) -> &'static str {
        match self {
            Strategy::Right => "right",
            Strategy::RightNominal => "right-nominal",
            Strategy::Left => "left",
            Strategy::LeftNominal => "left-nominal",
            Strategy::LeftLastSegment => "left-last-segment",
            Strategy::SentenceSubject => "sentence-subject",
            Strategy::FirstVerbSubject => "first-verb-subject",
            Strategy::MainSubject => "main-subject",
            Strategy::AfterAdjunct => "after-adjunct",
            Strategy::InvertedPronoun => "inverted-pronoun",
            Strategy::DroppedSubject => "dropped-subject",
            Strategy::SentenceSpeaker => "sentence-speaker",
            Strategy::QuotedSource => "quoted-source",
            Strategy::DocumentIssuer => "document-issuer",
            Strategy::AbsoluteSubject => "absolute-subject",
        }
    }

    /// The strategy with this id.
    pub fn from_id(id: &str) -> Option<Strategy> {
        Strategy::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// The compiled `[speaker_search]` section: one ordered list per kind of cue.
#[derive(Debug, Clone)]
pub struct SearchOrder {
    /// A cue followed by its content.
    pub cue: Vec<Strategy>,
    /// An inverted incise.
    pub inverted: Vec<Strategy>,
    /// A continuation verb with no subject of its own.
    pub continuation: Vec<Strategy>,
    /// A verb whose speaker is the source a medium quotes.
    pub quoted: Vec<Strategy>,
    /// A verb whose subject is a document.
    pub impersonal: Vec<Strategy>,
    /// Content first; the cue then its subject.
    pub postposed_verb_first: Vec<Strategy>,
    /// Content first; the subject then the cue.
    pub postposed_subject_first: Vec<Strategy>,
    /// A clause of comparison opening the sentence: its speaker is inside it.
    pub compared: Vec<Strategy>,
}

impl SearchOrder {
    /// Compiles a table's lists, naming the table and the unknown id on error.
    pub fn compile(raw: &super::rules::SpeakerSearch, table: &str) -> SearchOrder {
        let list = |ids: &[String], what: &str| -> Vec<Strategy> {
            ids.iter()
                .map(|id| {
                    Strategy::from_id(id).unwrap_or_else(|| {
                        let known: Vec<&str> = Strategy::ALL.iter().map(|s| s.id()).collect();
                        panic!("src/lang/{table}: [speaker_search] {what}: unknown strategy '{id}' (known: {known:?})")
                    })
                })
                .collect()
        };
        SearchOrder {
            cue: list(&raw.cue, "cue"),
            inverted: list(&raw.inverted, "inverted"),
            continuation: list(&raw.continuation, "continuation"),
            // These two verbs name their speaker in one place only, in every language.
            quoted: vec![Strategy::QuotedSource, Strategy::DroppedSubject],
            impersonal: vec![Strategy::DocumentIssuer],
            postposed_verb_first: list(&raw.postposed_verb_first, "postposed_verb_first"),
            postposed_subject_first: list(&raw.postposed_subject_first, "postposed_subject_first"),
            compared: list(&raw.compared, "compared"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip() {
        for s in Strategy::ALL {
            assert_eq!(Strategy::from_id(s.id()), Some(s));
        }
        assert_eq!(Strategy::from_id("nowhere"), None);
    }
}
