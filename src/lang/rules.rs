//! The schema of a language table (`src/lang/{ar,fr,en}.toml`).
//!
//! Every piece of language knowledge the extractor uses lives in one of these tables, so that
//! adding a cue verb, a title or a quote-mark pair is a data change with its own examples,
//! never a change to control flow. Rules that can produce a statement carry an `id` and
//! `examples` (must produce a statement with that rule id) and `counter` examples (must not);
//! `tests/it/rules.rs` runs all of them.

use serde::Deserialize;

/// One language's complete table, as read from its TOML file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rules {
    /// ISO 639-1 code: `ar`, `fr` or `en`.
    pub code: String,
    /// Frequent function words, used to tell French from English (Arabic is told by script).
    pub stopwords: Vec<String>,
    /// Paired quote marks; the same character may open and close (`"`).
    pub quote_pairs: Vec<QuotePair>,
    /// A typist's mix of two styles (`"…”`, `“…"`): an opening mark closed by this other
    /// mark when its own closer is nowhere in the paragraph.
    #[serde(default)]
    pub mixed_quote_pairs: Vec<QuotePair>,
    /// Quotes with fewer words than this and no cue next to them are names or scare quotes.
    pub min_quote_words: usize,
    /// Word order, script and the other facts of the grammar that decide where a speaker
    /// is looked for.
    pub syntax: Syntax,
    /// The speaker strategies to try, in order, for each kind of cue.
    pub speaker_search: SpeakerSearch,
    /// The longest statements kept.
    pub limits: Limits,
    /// Affixes written glued to words (the Arabic article and prepositions).
    #[serde(default)]
    pub morphology: Morphology,
    /// Adjuncts of time, which stand between a subject and its verb or a verb and its object.
    #[serde(default)]
    pub time: super::time::RawTime,
    /// Prepositions and contracted articles ("de", "du", "au", "of", "in"): they link a
    /// title to its portfolio ("secretary of State") and open adjuncts ("à l'AFP").
    #[serde(default)]
    pub prepositions: Vec<String>,
    /// Words that open a group as a subject ("all the engineers", "those who know her", "la
    /// plupart des économistes", "معظم المشاركين"): the group speaks, named by no one.
    #[serde(default)]
    pub group_quantifiers: Vec<String>,
    /// Number words ("eight", "huit", "ثمانية"): with digits, what opens a share of a group.
    #[serde(default)]
    pub number_words: Vec<String>,
    /// Words after a number that make it a share of a group ("58 percent", "63 % des
    /// sondés", "63 بالمئة"): a poll's respondents, who speak as a group.
    #[serde(default)]
    pub share_words: Vec<String>,
    /// Words between two numbers that make the first a share of a group ("eight of 10
    /// voters", "huit sur dix").
    #[serde(default)]
    pub share_links: Vec<String>,
    /// Nouns of time and quantity after an indefinite article ("a day later", "a few
    /// times"): an adjunct, never a predicate ("called the plan a gift").
    #[serde(default)]
    pub measure_nouns: Vec<String>,
    /// Proclitics that may be glued to a cue verb or a noun (Arabic و, ف).
    #[serde(default)]
    pub clitics: Vec<String>,
    /// Auxiliaries that combine with a verb's participles ("a", "ont", "has").
    #[serde(default)]
    pub aux: Vec<String>,
    /// Auxiliaries of the progressive ("is", "are", "was", "were"), for verbs' `progressives`.
    #[serde(default)]
    pub progressive_aux: Vec<String>,
    /// Inverted auxiliaries of incises ("a-t-il", "a-t-elle"), with the gender they reveal.
    #[serde(default)]
    pub incise_aux: Vec<Gendered>,
    /// Auxiliaries of reflexive verbs, as they open an inverted incise ("s'est" of
    /// "s'est-il félicité"): the only ones a reflexive verb's participle goes with.
    #[serde(default)]
    pub reflexive_aux: Vec<String>,
    /// An incise with an impersonal pronoun names its source after a preposition ("»,
    /// souligne-t-on à Matignon", "indique-t-on de source policière"): the pronoun, and the
    /// words that may open the source. Every verb form gets these incises.
    #[serde(default)]
    pub impersonal_incise: Option<ImpersonalIncise>,
    /// Speech verbs (cues).
    pub verbs: Vec<Verb>,
    /// Words that open reported speech after a cue (إن/أن, que, that).
    pub complementizers: Vec<Complementizer>,
    /// Complementizers that are also relative pronouns ("that"): one that follows a noun
    /// rather than the cue itself and is followed by a verb opens a relative clause ("with
    /// repairs that helped …", "the rules that favour him"), not what was said.
    #[serde(default)]
    pub relative_complementizers: Vec<String>,
    /// Words that, right after a cue, open a clause of time that is no report ("said as she
    /// left the hall", "said after the vote ended"); unlike "if" or "when", which
    /// may open what was said.
    #[serde(default)]
    pub adjunct_openers: Vec<String>,
    /// Subject pronouns that may stand for the speaker ("il", "she").
    #[serde(default)]
    pub pronouns: Vec<Gendered>,
    /// Verb-less attributions ("according to X", "selon X", "وفقا لـ X").
    pub according_to: Vec<Marker>,
    /// Nouns that refer back to an earlier speaker ("the company", "الوزارة").
    pub anaphors: Vec<Anaphor>,
    /// Titles and functions that introduce or follow a name.
    pub titles: Vec<Gendered>,
    /// Nouns of documents that speak for their issuer ("statement", "بيان").
    pub doc_nouns: Vec<String>,
    /// Words that qualify a document and name no issuer ("تقرير حديث", a recent report):
    /// skipped before the issuer is looked for. Needed where no capital marks a name.
    #[serde(default)]
    pub doc_modifiers: Vec<String>,
    /// Words between a document noun and its issuer ("of", "du", "صادر عن").
    #[serde(default)]
    pub issuer_links: Vec<String>,
    /// The preposition of a passive's agent ("by", "par"): after "according to", "data
    /// released by X" and "une décision prise par X" are X's.
    #[serde(default)]
    pub agent_prepositions: Vec<String>,
    /// Participles of being asked ("interrogés", "interviewed"): their agent is the
    /// reporter, so "selon des analystes interrogés par l'AFP" is the analysts'.
    #[serde(default)]
    pub reporter_participles: Vec<String>,
    /// Relative pronouns ("who", "qui", "الذي"): a cue right after one has the noun phrase
    /// before it as subject ("selon Air-Ouest, qui prévoit que …").
    #[serde(default)]
    pub relative_pronouns: Vec<String>,
    /// Object relative pronouns after which the subject follows its verb ("une analyse que
    /// conteste Laurent Berger"): no subject stands left of the cue.
    #[serde(default)]
    pub object_relatives: Vec<String>,
    /// Conjunctions that end in a complementizer ("alors que", "so that"): no reported
    /// clause follows them.
    #[serde(default)]
    pub conjunctions: Vec<String>,
    /// Words that open the reporter's circumstance after an incise ("…, officials said, as
    /// inflation stays high", "amid", "after"): not the rest of what was said.
    #[serde(default)]
    pub narrator_openers: Vec<String>,
    /// Words that continue a title's genitive chain ("باسم" in "المتحدث باسم الكرملين").
    #[serde(default)]
    pub title_links: Vec<String>,
    /// Words that end a speaker phrase (prepositions, time words).
    pub speaker_stops: Vec<String>,
    /// Openers that hand the floor to the subject after them ("De son côté, le député X …",
    /// "Pour sa part, …", "For her part, …"): an adjunct before the subject, never a source
    /// ("pour" also opens "Pour l'économiste X, …"). Arabic needs none: its "من جهته" and
    /// "بدوره" open on speaker stops already.
    #[serde(default)]
    pub turn_openers: Vec<String>,
    /// Nouns of people or groups who can be a source ("experts", "analystes", "مصادر"):
    /// after "according to", a phrase the tables cannot name is a source only if it has one.
    #[serde(default)]
    pub source_nouns: Vec<String>,
    /// Speakers who are not named ("a source", "un responsable").
    #[serde(default)]
    pub anonymous: Vec<Gendered>,
    /// Phrases that open like an unnamed speaker but name a thing ("a source of concern",
    /// "مصدر قلق"): never a speaker.
    #[serde(default)]
    pub non_speakers: Vec<String>,
    /// Whole labels that open a headline or a notice with a colon but name no speaker
    /// ("The Latest:", "EN DIRECT :", "عاجل:", "CORRECTION:").
    #[serde(default)]
    pub headline_kickers: Vec<String>,
    /// Abbreviations whose period does not end a sentence ("Mr.", "M.", "Gen.").
    #[serde(default)]
    pub abbreviations: Vec<String>,
    /// Indefinite articles: "un délégué syndical", "a local farmer" is an unnamed speaker.
    #[serde(default)]
    pub indefinites: Vec<String>,
    /// Articles and possessives: a cue form right after one is a noun ("the warning that").
    #[serde(default)]
    pub articles: Vec<String>,
    /// Prepositions after which a cue form is a noun too ("the return of questions about
    /// …", "amid reports that …"); not those a gerund report follows ("after saying").
    #[serde(default)]
    pub noun_prepositions: Vec<String>,
    /// Words that open a clause of comparison which points back to the quote before it
    /// ("…the plan is “dead on arrival,” as Senator X said", "…, comme l'a dit X"): the
    /// quote alone is theirs.
    #[serde(default)]
    pub comparatives: Vec<String>,
    /// Sentence connectives ("yet", "perhaps", "pourtant"): alone before an incise ("Yet, as
    /// X observed, …"), they are the reporter's link, no half of what was said.
    #[serde(default)]
    pub connectives: Vec<String>,
    /// Passive and copula auxiliaries: a cue form right after one is a passive participle,
    /// whose subject did not speak ("sera tranché", "was told").
    #[serde(default)]
    pub passive_aux: Vec<String>,
    /// Adverbs that may stand between a passive auxiliary and its participle ("was not
    /// disclosed", "n'a pas été tranché").
    #[serde(default)]
    pub passive_adverbs: Vec<String>,
    /// Words that deny or refuse the report when they come among the three words before its
    /// verb ("did not say whether", "declined to say", "n'a pas précisé", "لم يوضح"): a report
    /// that was not made is no statement.
    #[serde(default)]
    pub negators: Vec<String>,
    /// Participles that open an adjunct naming who asked or reached the speaker ("Interrogée
    /// par Le Monde, la députée …", "Asked about the deal, Smith said"): the words up to
    /// the comma are no subject, and the outlet in them is no speaker. Also the participles
    /// of auxiliaries ("Having studied the accounts, the auditors said"), which open a
    /// clause whatever follows.
    #[serde(default)]
    pub opening_participles: Vec<String>,
    /// Determiners and sentence connectors stripped from the edges of a speaker phrase.
    #[serde(default)]
    pub determiners: Vec<String>,
    /// Nouns that head organisation names ("ministère", "وزارة"), with the kind they name.
    pub org_heads: Vec<OrgHead>,
    /// Nouns that head place names ("Marshall Islands", "National Mall", "île de Ré"): such a
    /// name is no person, so no antecedent of "he" or "elle".
    #[serde(default)]
    pub place_heads: Vec<String>,
    /// Phrases after a comma that point back to the clause before as what the following cue
    /// reported ("c'est ce qu'a déclaré X", "that's what the minister said").
    #[serde(default)]
    pub resumptives: Vec<String>,
    /// Words that open an infinitive right after a cue, reporting what the speaker said of
    /// themselves ("a déclaré ne pas reconnaître …", "a assuré avoir reçu …").
    #[serde(default)]
    pub infinitive_openers: Vec<String>,
    /// Words that survive translation, by concept key (the same key in every table): what
    /// tells two reports of one statement in two languages apart from two statements.
    /// A form ending in `*` matches every word it begins.
    #[serde(default)]
    pub concepts: std::collections::BTreeMap<String, Vec<String>>,
    /// Words that can open a clause as its subject, besides pronouns and determiners ("we",
    /// "this"): for clauses without a complementizer.
    #[serde(default)]
    pub subject_words: Vec<String>,
    /// Pronouns (and their contractions) that are only ever a subject ("they", "she'll"):
    /// one right after a cue opens a clause whatever verb follows ("say they plan to …"),
    /// since no verb list holds every present tense.
    #[serde(default)]
    pub subject_pronouns: Vec<String>,
    /// Finite verb forms that show a clause ("would", "was", "came").
    #[serde(default)]
    pub finite_verbs: Vec<String>,
    /// Endings of finite verb forms ("ed").
    #[serde(default)]
    pub finite_suffixes: Vec<String>,
    /// Coordinators ("et", "and", Arabic و glued to a verb): after a quoted fragment they end
    /// a reported clause ("… “X” et s'est engagé à “Y”").
    pub coordinators: Vec<String>,
}

/// The grammar facts the extractor branches on, so that no code asks which language it reads.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Syntax {
    /// The verb comes before its subject ("وقالت الوزيرة …"): the speaker is looked for after
    /// the cue, a clause before a cue is speech only when quoted, and no sentence opens on its
    /// subject.
    pub verb_first: bool,
    /// Capitals carry meaning: names are runs of capitalised words, an all-capitals line is a
    /// dateline. False for scripts without case (Arabic), where names are found by their shape.
    pub cased: bool,
    /// Adjectives follow nouns, so one lower-case word closing a capitalised name is part of
    /// it ("la Confédération paysanne"); in English it would be a noun ("Reuters calculations").
    #[serde(default)]
    pub adjective_after_name: bool,
    /// An institution's name keeps its complement in lower case after a capitalised head
    /// ("l'Autorité de sûreté nucléaire", "la Cour de cassation"); in English a lower-case
    /// word after "Ministry of" is no part of the name ("Ministry of health officials").
    #[serde(default)]
    pub lowercase_name_complements: bool,
    /// A phrase ending with an organisation noun names that organisation ("the port
    /// authority", "the Biden administration"): modifiers come before the head.
    #[serde(default)]
    pub org_head_final: bool,
    /// Organisations take "he"/"she" forms by their noun's grammatical gender (French, Arabic);
    /// in English they are "it" or "they".
    #[serde(default)]
    pub gendered_organisations: bool,
    /// A complementizer before a subject ends the left context of a cue ("على الرغم من أن X
    /// قالت": X follows "أن"; "a survey found that 61 percent of tenants said"). A finite verb
    /// between the complementizer and the cue makes it a relative pronoun ("the report that
    /// X published said"); French "que" opens too many relatives for it to bound a subject.
    #[serde(default)]
    pub complementizer_bounds_subject: bool,
    /// Most words before a cue that can still hold its subject; longer left contexts keep
    /// only their last comma-separated segments.
    pub left_window: usize,
    /// Object pronouns written before the verb ("», lui répond le ministre", "le maire leur
    /// a dit"): one right before a cue is its addressee, never its subject.
    #[serde(default)]
    pub object_clitics: Vec<String>,
    /// Elided object pronouns glued to an auxiliary ("X l'a confirmé", "comme l'a dit X"):
    /// the auxiliary opens the cue, and is no part of the subject before it.
    #[serde(default)]
    pub elided_object_clitics: Vec<String>,
    /// A relative clause may leave its pronoun out ("a move officials said was overdue"):
    /// a cue followed at once by a finite verb reports for the subject right before it.
    #[serde(default)]
    pub contact_relatives: bool,
    /// Articles that are object pronouns right after a word of comparison ("comme le
    /// souligne X", "comme la décrit Y"): the cue form after them is a verb, not a noun.
    #[serde(default)]
    pub compared_object_pronouns: Vec<String>,
    /// Stressed pronouns that, set off by commas after a subject, only emphasise it ("Les
    /// médecins, eux, dénoncent …"): the subject before them speaks, not an antecedent.
    #[serde(default)]
    pub emphatic_pronouns: Vec<String>,
    /// Particles of names written in lower case ("al-Sabah", "alSabah", "bin"): glued to a
    /// capitalised word, or standing between two, they belong to the name.
    #[serde(default)]
    pub name_particles: Vec<String>,
    /// Particles that stand only inside a name, between its capitalised words, alone or
    /// several in a row ("Roux de Bézieux", "von der Leyen", "Lula da Silva"), or glued by
    /// an apostrophe to the capitalised word after ("Giscard d'Estaing"). Unlike
    /// `name_particles` they never open a name: "d'Airbus" after a common noun stays out.
    #[serde(default)]
    pub inner_name_particles: Vec<String>,
    /// Function words that are capitalised only because they open a sentence ("Even",
    /// "Only", "Overall", "That's"): never part of a name.
    #[serde(default)]
    pub function_words: Vec<String>,
    /// Words that open a new clause ("but", "while", "as"): the subject of a cue after one
    /// follows it ("… could not be verified but the sources said").
    #[serde(default)]
    pub clause_openers: Vec<String>,
    /// Endings of sentence adverbs ("ly": "Soberingly,"): a capitalised word of at least
    /// `min_letters` with one is no name.
    #[serde(default)]
    pub adverb_endings: Vec<Ending>,
    /// Endings of adverbs that stand between a subject and its verb ("the union quickly
    /// said"): no part of the speaker. Only where the language puts them there (French
    /// puts them after the auxiliary: "a notamment déclaré").
    #[serde(default)]
    pub preverbal_adverb_endings: Vec<Ending>,
    /// Prepositions that open an adjunct between a subject and its verb ("Ana Ruiz in a
    /// statement said", "the minister at a news conference said"), never a title's
    /// portfolio ("secretary of State") nor a part of a name ("Bank of …"): what such a
    /// preposition opens after a name or a title is no part of the speaker.
    #[serde(default)]
    pub adjunct_prepositions: Vec<String>,
    /// Words with such an ending that are nouns or adjectives ("assembly", "elderly").
    #[serde(default)]
    pub not_adverbs: Vec<String>,
    /// Endings of participles ("ing"): a capitalised participle opening a clause ("Asked
    /// whether …", "Arriving in Vienna …") is no name.
    #[serde(default)]
    pub participle_endings: Vec<String>,
    /// Endings of past participles ("é", "ée", "ed"): with `adjective_after_name`, a
    /// participle after a name opens a reduced relative ("un sondage Ifop publié dimanche"),
    /// it is no part of the name; before a preposition it opens a participle clause ("Venu
    /// à Lyon …", "Elected in 2019, …"), it is no name.
    #[serde(default)]
    pub past_participle_endings: Vec<String>,
    /// Past participles without such an ending ("mis", "pris", "held", "sworn").
    #[serde(default)]
    pub irregular_past_participles: Vec<String>,
    /// Endings of a name in the possessive ("'s", "s'"): "Scott's relatives" are not Scott.
    #[serde(default)]
    pub possessive_endings: Vec<String>,
    /// Endings of adjectives ("able": "available"): a word with one after a plural noun is
    /// no present verb ("forms available").
    #[serde(default)]
    pub adjective_endings: Vec<Ending>,
    /// Possessive pronouns and the gender of whom they point to ("his" = m): the speaker of a
    /// noun of speech they own ("his warning that …").
    #[serde(default)]
    pub possessive_pronouns: Vec<Gendered>,
    /// Definite articles that open an epithet and the gender they show ("le" = m, "the" =
    /// any): "Luc Tanguy a présenté son budget. L'édile a expliqué …" — a definite article
    /// and one common noun, right after a person is named, is that person again.
    #[serde(default)]
    pub epithet_articles: Vec<Gendered>,
    /// Endings an epithet's noun must have, when the language limits them: an English
    /// "the" and a common noun is mostly someone or something else ("the announcer", "the
    /// spot"), "the 41-year-old" is the person just named. Empty: any common noun.
    #[serde(default)]
    pub epithet_endings: Vec<Ending>,
    /// Endings of plural nouns that are also verb forms ("talks", "costs"): such a word
    /// right before a finite verb is that verb's subject ("said talks would resume").
    #[serde(default)]
    pub plural_endings: Vec<Ending>,
    /// Plural nouns with no plural ending ("police", "people"): a group, never "he".
    #[serde(default)]
    pub plural_nouns: Vec<String>,
    /// Abbreviated titles and the title they stand for (`sen` → `senator`): "the senator"
    /// refers back to "Sen. Ana Ruiz".
    #[serde(default)]
    pub title_abbreviations: Vec<TitleAbbreviation>,
    /// Words of a title that only say "of this country" ("de la République", "of the
    /// nation", "البلاد"): "le président de la République" after "Emmanuel Macron" is the
    /// president the article named, whose known title ("président français") lacks them.
    #[serde(default)]
    pub national_complements: Vec<String>,
    /// Titles that name an office by another phrase ("le chef de l'État" = "président"):
    /// "le chef de l'État" after "Emmanuel Macron" is the president the article named.
    #[serde(default)]
    pub title_synonyms: Vec<TitleSynonym>,
    /// Second halves of compound given names ("الله" in "ذكر الله", "الدين" in "نور الدين"):
    /// the word before one, after another word, is part of a name, never a verb.
    #[serde(default)]
    pub compound_name_ends: Vec<String>,
    /// Folded prefixes of a party-and-state tag ("d-" in "Rep. Ana Ruiz, D-Texas,"): a
    /// segment that is one such word names no one.
    #[serde(default)]
    pub party_tags: Vec<String>,
    /// Determiners that open a plural noun phrase ("les grévistes", "plusieurs élus"): an
    /// unnamed source opened by one is a group.
    #[serde(default)]
    pub plural_determiners: Vec<String>,
    /// Endings of infinitives ("étudier", "agir", "mettre"): right after a cue, a
    /// lower-case word with one opens a report of what the speaker will do or is
    /// ("a indiqué étudier toutes les options"), as the listed openers do.
    #[serde(default)]
    pub infinitive_endings: Vec<Ending>,
    /// Words with an infinitive's ending that are none ("hier", "notre").
    #[serde(default)]
    pub not_infinitives: Vec<String>,
    /// Endings of a verb agreeing with a singular subject ("shows", "signals"): right
    /// after a pronoun ("said it shows …") such a word is the clause's finite verb, though
    /// the table lists only the common ones.
    #[serde(default)]
    pub singular_verb_endings: Vec<Ending>,
    /// Words that make a title another office ("vice president", "ancien ministre", "نائب
    /// الرئيس"): a person given the modified title is no antecedent of the bare one.
    #[serde(default)]
    pub role_modifiers: Vec<String>,
    /// Words after which a quote is the title of a work, not words spoken ("a statement
    /// titled “…”", "une campagne intitulée « … »", "حملة بعنوان "…"").
    #[serde(default)]
    pub work_title_markers: Vec<String>,
    /// Words before a quote in title case that names a programme ("on “Sunday Desk”"),
    /// besides a possessive ("WXY's “Sunday Desk”").
    #[serde(default)]
    pub programme_markers: Vec<String>,
    /// Words that open an absolute construction before a participle ("…, with critics
    /// saying …"): the noun phrase after them is the participle's subject.
    #[serde(default)]
    pub absolute_openers: Vec<String>,
    /// Clause openers that subordinate ("although", "lorsque"): the clause they open ends
    /// at its comma, and the main clause's subject comes after it.
    #[serde(default)]
    pub subordinators: Vec<String>,
    /// Words that make a number approximate ("about", "nearly"): before a number they open
    /// a subject ("said about 40 families had …"), not an adjunct.
    #[serde(default)]
    pub approximators: Vec<String>,
    /// Words that open a name before a given name in a script without capitals: the kunya
    /// ("أبو سمير", "أم أحمد"), so a description before it ends there ("المستأجر أبو سمير").
    #[serde(default)]
    pub kunya_prefixes: Vec<String>,
    /// Words that tie a name to where its bearer is from or works, with no comma ("Sen.
    /// Patty Murray of Washington", "Chip Roy of Texas"): what follows is no part of the
    /// name, which ends before them.
    #[serde(default)]
    pub affiliation_links: Vec<String>,
    /// Last words that make a capitalised name an outlet ("Harbour News", "Noovo Info",
    /// "Radio Nord" ends on no such word): the name is a medium's, never a person's, so a
    /// later "he"/"il" does not go to it.
    #[serde(default)]
    pub media_name_ends: Vec<String>,
    /// Affiliation links that never stand inside a name, so that they end a name of one
    /// word too ("Osei with WHO said" is Osei, who works with WHO).
    #[serde(default)]
    pub member_links: Vec<String>,
    /// Prepositions after which a capitalised name is an institution, the employer of an
    /// unnamed group ("analysts at Morrow & Finch", "économistes chez Natixis"): people are
    /// not "at" a person, so the name is an organisation, and "the firm" may refer to it.
    #[serde(default)]
    pub institution_links: Vec<String>,
}

/// The longest statements kept, in words (a table value, as words are longer in some
/// languages than others). Past these a quote or a clause is a defect of the input — an
/// unbalanced mark, a paragraph without a full stop — not speech: a 2 MB paragraph must not
/// become a 2 MB statement.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limits {
    /// A quote (direct or mixed statement).
    pub quote_words: usize,
    /// A reported clause (indirect statement).
    pub clause_words: usize,
    /// A quote whose mark is never closed: past this it is a stray mark, no quote at all.
    pub unclosed_quote_words: usize,
}

/// Speaker strategies (ids from [`crate::extract::search::Strategy`]) in the order they are
/// tried; the first that finds a phrase names the speaker. One list per kind of cue.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpeakerSearch {
    /// A cue followed by its content ("X said that …", "وقالت X إن …").
    pub cue: Vec<String>,
    /// An inverted incise ("a-t-il déclaré", "déclare-t-elle").
    #[serde(default)]
    pub inverted: Vec<String>,
    /// A continuation verb after a comma with no subject of its own (", adding that …").
    pub continuation: Vec<String>,
    /// Content first, then a comma or quote, then the cue and its subject ("…, a déclaré X").
    pub postposed_verb_first: Vec<String>,
    /// Content first, then the subject and the cue ending the sentence ("…, the minister said").
    #[serde(default)]
    pub postposed_subject_first: Vec<String>,
    /// A clause of comparison opening the sentence ("As X noted in May, …", "comme l'a dit
    /// X, …"): the speaker is inside it, never one named earlier.
    pub compared: Vec<String>,
}

/// Affixes written as part of a word, for scripts that glue them (Arabic). Empty for
/// languages that write articles and prepositions apart.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Morphology {
    /// The definite article glued to its noun ("ال"): a definite word continues a title's or
    /// an organisation's genitive chain and never opens a name.
    #[serde(default)]
    pub definite_article: String,
    /// Prepositions glued to the next word ("ل" in "لوزارة"): they introduce an addressee or
    /// an issuer, not the speaker.
    #[serde(default)]
    pub glued_prepositions: Vec<String>,
    /// A glued preposition fused with the article ("لل" = ل + ال, "للنقابة").
    #[serde(default)]
    pub fused_article: Vec<String>,
    /// The fused article of address ("لل", to the): after a name the word it opens is the
    /// one spoken to ("صرح نبيل حداد للإذاعة بأن …"), never the name's next word. ("بال" is
    /// not one: Maghrebi surnames open with it.)
    #[serde(default)]
    pub addressee_article: Vec<String>,
    /// Fewest letters left after stripping a glued preposition for the rest to be a word.
    #[serde(default)]
    pub min_stem: usize,
    /// Letters of a word that stand for it when statements are compared (clusters):
    /// enough to tell words apart, few enough that "sanctions" and "sanctionné" meet.
    /// Default 5; Arabic, whose stems are short and whose suffixes are many, uses 4.
    #[serde(default)]
    pub stem_letters: Option<usize>,
    /// One-letter prepositions written apart ("لـ" before a quoted name).
    #[serde(default)]
    pub lone_prepositions: Vec<String>,
    /// Object pronouns glued to a verb ("أعلنته" = أعلنت + ه): "حسب ما أعلنته الوزارة"
    /// has the verb, then its subject, the source.
    #[serde(default)]
    pub object_suffixes: Vec<String>,
    /// Plural endings ("ات", "ين"), each with the fewest letters a word needs to be read as a
    /// plural (short words ending so are often names: "الحسين"): a definite plural after a
    /// name is the verb's object, not part of the name.
    #[serde(default)]
    pub plural_suffixes: Vec<Ending>,
    /// Endings of singular nouns no name ends with ("ة" of "الموازنة"), with the fewest
    /// letters (short words so ending are names: "الله"): after a name of two words, a
    /// definite one is the verb's object ("انتقد النائب سامي نور الموازنة").
    #[serde(default)]
    pub noun_endings: Vec<Ending>,
    /// Adjective endings (the nisba "ي", "ية"): after a definite title, only an adjective
    /// continues it ("الرئيس الأمريكي"); another definite noun is the verb's object ("رفض
    /// المدرب التعليق"), since a title that takes a genitive has no article of its own.
    #[serde(default)]
    pub adjective_endings: Vec<String>,
    /// Adjectives without such an ending ("السابق", "الأول").
    #[serde(default)]
    pub adjectives: Vec<String>,
    /// Words that stop a speaker phrase only as written, because the fold makes them another
    /// word ("على", the preposition, folds to "علي", the name).
    #[serde(default)]
    pub written_stops: Vec<String>,
    /// How a glued preposition before a verbal noun opens, as written ("بت" of "بتعويض", "بإ"
    /// of "بإجراء"), with the fewest letters of the whole word: after a title such a word is
    /// what the verb governs ("تعهد الوزير بتعويض …"), never the holder's name.
    #[serde(default)]
    pub verbal_noun_openings: Vec<Opening>,
}

/// A word opening as written (the fold would merge "بإ" with the "با" of "بايدن") and the
/// fewest letters a word needs for it to count.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Opening {
    /// The opening, as written.
    pub written: String,
    /// Fewest letters of the whole word.
    pub min_letters: usize,
}

/// An abbreviated title and the word it abbreviates, both folded.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleSynonym {
    /// The phrase as written, without article ("chef de l'État", "head of state").
    pub phrase: String,
    /// The title it stands for ("président", "president").
    pub means: String,
}

/// The impersonal incise of a language: "-t-on" and the prepositions before its source.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImpersonalIncise {
    /// The pronoun glued to the verb ("on").
    pub pronoun: String,
    /// What opens the source after it ("à", "au", "de source", "chez").
    pub sources: Vec<String>,
}

/// An abbreviated title and the word it stands for.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleAbbreviation {
    /// As written, without its full stop ("sen").
    pub short: String,
    /// In full ("senator").
    pub long: String,
}

/// A word ending and the fewest letters a word needs for the ending to count.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ending {
    /// The ending.
    pub ending: String,
    /// Fewest letters of the whole word (article included).
    pub min_letters: usize,
}

impl Ending {
    /// Whether the folded word `fold` has this ending and is long enough for it to count.
    pub fn ends(&self, fold: &str) -> bool {
        fold.ends_with(self.ending.as_str()) && fold.chars().count() >= self.min_letters
    }
}

/// An opening and a closing quote mark.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotePair {
    /// Opening mark.
    pub open: char,
    /// Closing mark (may equal `open`).
    pub close: char,
}

/// A speech verb with its surface forms by grammatical gender.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Verb {
    /// Stable rule id, recorded on every statement the verb introduces.
    pub id: String,
    /// Forms whose subject is masculine singular.
    #[serde(default)]
    pub m: Vec<String>,
    /// Forms whose subject is feminine singular (also Arabic organisations).
    #[serde(default)]
    pub f: Vec<String>,
    /// Forms that do not reveal gender (English "said", French "déclare").
    #[serde(default)]
    pub any: Vec<String>,
    /// Participles, combined with `aux` ("a déclaré") and `incise_aux` ("a-t-il déclaré").
    #[serde(default)]
    pub participles: Vec<String>,
    /// Present participles, combined with `progressive_aux` ("is stressing"): the finite verb
    /// in the progressive, with this verb's readings (an object, a clause), where the bare
    /// participle (", stressing …") only continues the sentence's subject.
    #[serde(default)]
    pub progressives: Vec<String>,
    /// The verb continues the previous speaker when it has no subject of its own ("added").
    #[serde(default)]
    pub continuation: bool,
    /// The reported clause may follow without a complementizer ("Okafor said the deal
    /// would…"); only for verbs that rarely take a plain object.
    #[serde(default)]
    pub bare_clause: bool,
    /// The speaker is named after the verb even in SVO languages ("Reuters quoted X as
    /// saying", "ونقلت رويترز عن X قوله").
    #[serde(default)]
    pub speaker_follows: bool,
    /// With `speaker_follows`: the speaker starts after one of these words ("عن").
    #[serde(default)]
    pub speaker_after: Vec<String>,
    /// The verb's subject is a document ("جاء في بيان لـ X"): the speaker is its issuer.
    #[serde(default)]
    pub impersonal: bool,
    /// What the verb's object says is the statement ("called for a moratorium", "cited
    /// derogatory comments", "urged Congress to act", "called Trump a “liar”"), when the
    /// object holds one of `object_markers` (words, or `"` for a quote); any object when the
    /// list is empty.
    #[serde(default)]
    pub object_content: bool,
    /// A verb whose content is mostly a clause, sometimes a noun phrase ("acknowledged the long
    /// delays", "announced the signing of a goalkeeper"): the object is read only when no
    /// clause is found before or after the verb, and only a noun phrase of a few words that
    /// opens on neither a pronoun ("warned them") nor an adjunct ("noted at the time").
    #[serde(default)]
    pub nominal_object: bool,
    /// With `object_content`: words (or `"` for a quote) the object must hold.
    #[serde(default)]
    pub object_markers: Vec<String>,
    /// With `object_content`: the object is an attribute of the subject ("s'est dit
    /// confiant", "se dit « prêt »"): it opens on a lower-case word or a quote, never a name
    /// ("le village se dit Saint-Martin").
    #[serde(default)]
    pub attribute_object: bool,
    /// With `object_content`: words that open a predicate after the object ("called the
    /// plan *a* gift to developers"), so the object says it without a marker. Never the
    /// object's first word ("called a meeting"), nor before one of `measure_nouns` ("called
    /// the mayor a day later").
    #[serde(default)]
    pub complement_openers: Vec<String>,
    /// Words that, right after the verb, open what was said and stay in it: an infinitive's
    /// marker ("vowed to rebuild the bridge") or a question word ("asked whether the port
    /// would reopen").
    #[serde(default)]
    pub report_openers: Vec<String>,
    /// The forms are participles that continue the main clause (", adding that", "قائلا",
    /// "ajoutant"): they have no subject of their own, and what follows them is their object
    /// ("telling reporters that …"), so the speaker is the sentence's.
    #[serde(default)]
    pub adverbial: bool,
    /// What follows the verb is whom it was said to, never its speaker (English "told Al
    /// Jazeera" does not invert as "said X" does): no speaker is looked for after it.
    #[serde(default)]
    pub addressee_follows: bool,
    /// The forms report speech only inverted in an incise ("…, commence-t-elle."), never
    /// as plain verbs ("La séance commence").
    #[serde(default)]
    pub incise_only: bool,
    /// A reflexive verb ("se féliciter"): its participles follow a reflexive auxiliary
    /// only ("s'est-il félicité"); "a félicité ses joueurs" congratulates, says nothing.
    #[serde(default)]
    pub reflexive: bool,
    /// The forms are nouns of speech whose possessor speaks ("Park's claim that …", "his
    /// warning that …"): a cue only right after a possessive and right before a
    /// complementizer.
    #[serde(default)]
    pub possessor: bool,
    /// Sentences from which this verb must yield a statement, and by whom.
    pub examples: Vec<Example>,
    /// Sentences from which this verb must not yield a statement.
    #[serde(default)]
    pub counter: Vec<String>,
}

/// A sentence written for the table and the speaker it must be attributed to, by name as
/// the statement gives it (the knowledge base's label, the name as written, or an unnamed
/// speaker's phrase).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    /// The sentence (or sentences).
    pub text: String,
    /// Who said it.
    pub speaker: String,
}

/// A form with the grammatical gender (and number) it reveals: `m`, `f`, `n` (neuter/org),
/// `pl` or `any`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gendered {
    /// The surface form.
    pub form: String,
    /// `m`, `f`, `n`, `pl` or `any`.
    #[serde(default = "any")]
    pub gender: String,
}

fn any() -> String {
    "any".into()
}

/// A complementizer ("que", "أن") and whether a subject pronoun glued to it is dropped from
/// the reported clause ("qu'il", "إنه").
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Complementizer {
    /// The surface form.
    pub form: String,
    /// The gender of a pronoun fused with it (`إنها` = f), if any.
    #[serde(default = "any")]
    pub gender: String,
}

/// A verb-less attribution marker.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Marker {
    /// Stable rule id.
    pub id: String,
    /// Surface forms.
    pub forms: Vec<String>,
    /// Only when a known name, organisation or title follows ("Pour la FNSEA, …" but not
    /// "Pour cela, …").
    #[serde(default)]
    pub named_only: bool,
    /// Words after which the source is named, the words before them being the medium that
    /// carried it ("بحسب ما نقلته الوكالة عن مصدر أمني": the source is "مصدر أمني").
    #[serde(default)]
    pub source_after: Vec<String>,
    /// Sentences from which this marker must yield a statement, and by whom.
    pub examples: Vec<Example>,
    /// Sentences from which it must not.
    #[serde(default)]
    pub counter: Vec<String>,
}

/// A noun phrase that refers back to an earlier organisation or person.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Anaphor {
    /// Stable rule id.
    pub id: String,
    /// Surface forms ("the company", "la société").
    pub forms: Vec<String>,
    /// `person` or `organization`.
    pub kind: String,
    /// Organisation kinds it may refer to (`company`, `government`, `agency`, `media`…);
    /// empty = any.
    #[serde(default)]
    pub refers: Vec<String>,
    /// "ce dernier", "the latter", "الأخير": the person mentioned last, speaker or not, of
    /// this gender (`m`, `f`; absent = any).
    #[serde(default)]
    pub latter: Option<String>,
    /// The gender its forms mark ("la ministre": `f`), which its antecedent must be
    /// compatible with; absent = any.
    #[serde(default)]
    pub gender: Option<String>,
    /// "the ministry" is no committee: an antecedent whose name opens with another
    /// organisation head noun (`org_heads`) is another body; one with no head noun may be it.
    #[serde(default)]
    pub same_head: bool,
    /// "the statement", "le communiqué", "البيان": the speaker last reported through a
    /// document ("said in a statement"), whatever its kind, before any other antecedent.
    #[serde(default)]
    pub issued: bool,
    /// Texts in which the phrase must resolve to an earlier speaker or organisation: the
    /// example's speaker is that antecedent.
    pub examples: Vec<Example>,
}

/// A noun that heads an organisation's name and the kind of organisation it names.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OrgHead {
    /// The noun ("ministry", "وزارة").
    pub form: String,
    /// `company`, `government`, `agency`, `media`, `ngo`, `party`, `court`, `international`.
    pub kind: String,
}
