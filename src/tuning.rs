//! Every window, limit and confidence of extraction and resolution, named, in one place.
//!
//! Why one place: these numbers are the tool's tuning. Each was chosen on the project's own
//! fixtures and checked on real news; each has a test that fails when it moves
//! (`tests/it/tuning.rs`), so changing one is a deliberate act with a measured effect.

/// Confidence of a statement by the pattern that found it, before the speaker factor.
pub mod confidence {
    /// "X a déclaré : « … »" / "X said: …": a colon after the cue and its speaker.
    pub const CUE_COLON: f32 = 0.95;
    /// A cue, its speaker, then a quote ("وقالت X “…”").
    pub const CUE_QUOTE: f32 = 0.85;
    /// A cue, its speaker, then a complementizer ("X said that …").
    pub const CUE_THAT: f32 = 0.85;
    /// A cue then a clause without complementizer ("X said the deal would …").
    pub const CUE_CLAUSE: f32 = 0.75;
    /// Content first, then the cue ("« … », a déclaré X").
    pub const POSTPOSED: f32 = 0.85;
    /// "According to X, …".
    pub const ACCORDING_TO: f32 = 0.8;
    /// Content on both sides of a cue between commas ("…, he said, …").
    pub const INCISE: f32 = 0.8;
    /// A speaker named by a label ("PENCE: …", "“…” ― Name").
    pub const LABEL: f32 = 0.75;
    /// The object of a verb as the statement ("called for a moratorium").
    pub const OBJECT: f32 = 0.7;
    /// A quote in the sentence of an attributed statement, no cue of its own.
    pub const SAME_SENTENCE: f32 = 0.75;
    /// A quote that opens the sentence after an attributed one.
    pub const CONTINUATION: f32 = 0.7;
    /// A quote after a colon that follows a verb no table lists.
    pub const COLON_SUBJECT: f32 = 0.65;

    /// Factor for a statement with no speaker found.
    pub const NO_SPEAKER: f32 = 0.4;
    /// Factor for a speaker resolved by a knowledge-base label or title.
    pub const KNOWN_SPEAKER: f32 = 1.0;
    /// Factor for a speaker resolved by a pronoun or a continuation.
    pub const PRONOUN_SPEAKER: f32 = 0.85;
    /// Factor for any other resolution (surname, anaphor, new name, unnamed).
    pub const OTHER_SPEAKER: f32 = 0.92;
    /// Factor for content in a quote whose closing mark was never found.
    pub const UNCLOSED_QUOTE: f32 = 0.7;
}

/// How far patterns look, in tokens or words.
pub mod window {
    /// Tokens after a cue scanned for what opens its content (colon, complementizer, quote).
    pub const CUE_SCAN: usize = 28;
    /// Tokens before a postposed cue scanned back for the comma or quote that ends the content.
    pub const POSTPOSED_SUBJECT: usize = 8;
    /// Tokens scanned back past an apposition for the quote it follows ("“…,” the finance
    /// chief, Wendy Huang, said").
    pub const POSTPOSED_APPOSITION: usize = 16;
    /// Tokens scanned back past a long attribution for a quote that closes on a comma ("“…,”
    /// Ada Okafor, the finance commissioner of Kano, one of the cities appealing, said").
    pub const POSTPOSED_ATTRIBUTION: usize = 28;
    /// Words of the hearer after a verb like "told" ("told reporters on Friday") that still
    /// leave the sentence ending at the cue.
    pub const ADDRESSEE_WORDS: usize = 6;
    /// Tokens of an adjunct between an inverted cue and its subject ("a affirmé à l'AFP X").
    pub const ADJUNCT: usize = 3;
    /// Tokens of an adjunct between an incise's cue and the comma closing it ("The plan,
    /// Holt wrote in a memo to the board, would …"): where and how, not who.
    pub const INCISE_ADJUNCT: usize = 7;
    /// Tokens of an adjunct opening a sentence before its subject, its comma included ("In
    /// an essay in a national newspaper last week, the union …").
    pub const ADJUNCT_OPENING: usize = 12;
    /// Tokens of a participle clause opening a sentence, its comma included ("Venu à Lyon
    /// pour inaugurer le nouveau pont sur la Saône, le ministre …"): longer than an adjunct.
    pub const PARTICIPLE_CLAUSE: usize = 24;
    /// Tokens after a clause's first word in which it must show a finite verb, before any
    /// comma ("said the first figures released by the agency were …").
    pub const CLAUSE_SUBJECT: usize = 12;
    /// Most words of an incise's subject before its cue ("…, the mayor's spokesman said,
    /// …"); a clause of comparison may hold up to `CLAUSE_SUBJECT`.
    pub const INCISE_SUBJECT: usize = 6;
    /// Words of the subject between a relative pronoun and its cue ("which the city's
    /// transport officials said would …").
    pub const RELATIVE_SUBJECT: usize = 5;
    /// Words of a participle's object in which a source noun says the participle cites a
    /// source, not what was said (", citing two anonymous sources,").
    pub const SOURCE_OBJECT_WORDS: usize = 3;
    /// Most words after a name in the possessive for the phrase to be its relative or
    /// representative ("Barack Obama's press secretary").
    pub const POSSESSED_WORDS: usize = 3;
    /// Most words of the noun phrase that opens a sentence as its subject ("The Norwegian hosts
    /// of the regional water summit").
    pub const MAIN_SUBJECT_WORDS: usize = 10;
    /// Most words of the place in a dateline of an uncased script, before the agency in
    /// parentheses ("القاهرة (رويترز) -"); a cased one writes the place in capitals.
    pub const DATELINE_WORDS: usize = 3;
    /// Most words of a verb's object before the predicate that describes it ("called the
    /// former mayor of the town a liar").
    pub const OBJECT_BEFORE_COMPLEMENT: usize = 9;
    /// Most words of a group named by a source noun without article ("federal regulators"):
    /// past it the phrase is more than a group.
    pub const GROUP_WORDS: usize = 3;
    /// Most words of the complement after such a group ("from both parties", "of the town").
    pub const GROUP_COMPLEMENT_WORDS: usize = 4;
    /// Most words of a programme's or work's name in quote marks after a possessive ("CNN's
    /// “Sunday Desk”"): longer, a title-cased quote is speech.
    pub const PROGRAMME_WORDS: usize = 6;
    /// Most words of an unnamed speaker known only by a noun phrase ("the district").
    pub const NOMINAL_WORDS: usize = 6;
    /// Most words of such a phrase before a cue when it joins two descriptions of one
    /// speaker ("the former governor and current party chair said").
    pub const JOINED_NOMINAL_WORDS: usize = 10;
    /// Most words of an apposition that stays with an "according to" source.
    pub const APPOSITION_WORDS: usize = 6;
    /// Most words of a name in apposition to a title after "according to" ("Selon la
    /// porte-parole, Clara Moreau, …").
    pub const NAMED_APPOSITION_WORDS: usize = 4;
    /// Most words of a quote that is a name, not a statement, when a complementizer follows
    /// it (`المدير الفني "لويس فان خال" أن …`).
    pub const QUOTED_NAME_WORDS: usize = 4;
    /// Most words of a speaker label before a colon or after a signature dash.
    pub const LABEL_WORDS: usize = 5;
    /// Most words of a name found by its shape in an uncased script.
    pub const NAME_WORDS: usize = 4;
    /// Most words of an organisation's complement after its head noun ("شركة الموج للهندسة").
    pub const ORG_COMPLEMENT: usize = 3;
    /// Most lower-case adjectives between an organisation noun and its name.
    pub const ORG_ADJECTIVES: usize = 2;
    /// Most words of a lower-case complement after a capitalised institution's head
    /// ("de sûreté nucléaire", "de l'aviation civile").
    pub const NAME_COMPLEMENT_WORDS: usize = 5;
}

/// Fewest words for a clause to be a statement, by pattern.
pub mod min_words {
    /// After a colon.
    pub const AFTER_COLON: usize = 3;
    /// After a complementizer ("que Moscou répondrait").
    pub const AFTER_THAT: usize = 2;
    /// After a cue with no complementizer, a subject, its verb and one more word ("said
    /// costs would rise", "said it was investigating"): the clause test has already found
    /// the finite verb.
    pub const BARE_CLAUSE: usize = 3;
    /// Inside a relative clause, from its verb on ("who police say was armed"): the verb
    /// alone is known to be finite.
    pub const RELATIVE_REPORT: usize = 2;
    /// Before a postposed cue: a subject, its verb and one more word ("The talks failed, she
    /// said"); shorter is an adjunct or a fragment.
    pub const POSTPOSED: usize = 3;
    /// With an "according to" marker.
    pub const ACCORDING_TO: usize = 3;
    /// The object of a verb that says it ("cited two reports").
    pub const OBJECT: usize = 2;
    /// A noun phrase object of a verb whose content is mostly a clause ("acknowledged
    /// the long delays"); two words are too often no report ("stressed the point").
    pub const NOMINAL_OBJECT: usize = 3;
    /// Each half of a content around an incise ("But to keep the roads open, he said, the
    /// county should buy salt now"); a shorter first half is the second's subject.
    pub const INCISE_HALF: usize = 3;
}

/// How far back the discourse looks for an antecedent.
pub mod reach {
    /// Items (mentions and speakers) kept in view: keeps resolution linear on long articles.
    pub const RECENT_ITEMS: usize = 400;
    /// Code points back an inverted pronoun reaches for the latest person quoted.
    pub const INCISE: usize = 600;
    /// Code points back a pronoun reaches for the latest speaker (unless the verb continues).
    pub const SPEAKER: usize = 400;
    /// An anaphor prefers the latest speaker unless a compatible mention is this many code
    /// points more recent.
    pub const MENTION_OVER_SPEAKER: usize = 400;
    /// Code points back an epithet ("l'édile", "the 54-year-old") reaches for the person it
    /// names again: the sentence before, or the one before that.
    pub const EPITHET: usize = 300;
}

/// When two reports are taken for one statement ([`crate::cluster`]).
pub mod cluster {
    /// Fewest features (word stems, or concepts, entities and numbers) two linked reports
    /// share: one shared word is never enough.
    pub const MIN_SHARED: usize = 3;
    /// Similarity of words two reports in one language need (cosine of IDF-weighted stems).
    pub const SAME_LANGUAGE: f32 = 0.35;
    /// Similarity of concepts, entities and numbers two reports need, in any languages.
    pub const ACROSS_LANGUAGES: f32 = 0.40;
    /// Articles further apart than this many days report different statements.
    pub const DATE_WINDOW_DAYS: i64 = 31;
}
