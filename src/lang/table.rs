//! A language table compiled once, at first use, into what matching needs: phrase sets and
//! hash sets of *folded* words. Match-time code compares folded tokens with these and never
//! reads the raw table strings, so a table entry written with accents, capitals or a
//! typographic apostrophe matches exactly like its folded form.

use super::concepts::{Concepts, Glued};
use super::morph::Morph;
use super::rules::{self, Rules};
use super::strategy::SearchOrder;
use super::time::TimeAdjuncts;
use super::{CueForm, Gender};
use crate::normalize::name_key;
use crate::text::{fold_word, IndexStarts, PhraseSet, StartIndex};
use rustc_hash::FxHashSet as HashSet;

/// What a cue verb is, compiled: its rule id and how it names its speaker.
#[derive(Debug)]
pub struct VerbRule {
    /// Stable rule id, recorded on every statement the verb introduces.
    pub id: String,
    /// Continues the previous speaker when it has no subject of its own ("added").
    pub continuation: bool,
    /// The reported clause may follow without a complementizer.
    pub bare_clause: bool,
    /// The speaker is named after the verb ("Reuters quoted X as saying").
    pub speaker_follows: bool,
    /// With `speaker_follows`: folded words after which the speaker starts ("عن").
    pub speaker_after: Vec<String>,
    /// The verb's subject is a document; the speaker is its issuer.
    pub impersonal: bool,
    /// Participles continuing the main clause: the speaker is the sentence's subject.
    pub adverbial: bool,
    /// What follows the verb is its addressee ("told Al Jazeera"), never its speaker.
    pub addressee_follows: bool,
    /// The verb's object is the statement.
    pub object_content: bool,
    /// A noun phrase object may be the statement when no clause is (see [`rules::Verb`]).
    pub nominal_object: bool,
    /// Folded words the object must hold (`"` for a quote).
    pub object_markers: Vec<String>,
    /// Folded words that open a predicate after the object ("called the plan a gift").
    pub complement_openers: Vec<String>,
    /// The object is an attribute of the subject: never a capitalised word.
    pub attribute_object: bool,
    /// Folded words that open the report right after the verb and stay in it ("to",
    /// "whether").
    pub report_openers: Vec<String>,
    /// Nouns of speech whose possessor speaks ("Park's claim that …").
    pub possessor: bool,
}

/// What an anaphor ("the company", "الوزارة") may refer to, compiled.
#[derive(Debug)]
pub struct AnaphorRule {
    /// A person ("the spokesman"), or an organisation.
    pub person: bool,
    /// Organisation kinds it may refer to (`company`, `government`…); empty = any.
    pub refers: Vec<String>,
    /// "ce dernier", "the latter": the person mentioned last of this gender, not the latest
    /// speaker.
    pub latter: Option<Gender>,
    /// The gender its forms mark ("la ministre"), if any.
    pub gender: Gender,
    /// Its antecedent's name opens with the same head noun, or with none.
    pub same_head: bool,
    /// A document ("the statement"): its issuer, reported through it, before anyone else.
    pub issued: bool,
}

/// A language's table compiled for matching on folded tokens.
pub struct LangRules {
    /// The table as written (examples, ids and payloads; never compared with tokens).
    pub raw: Rules,
    /// Where speakers are looked for, in order, for each kind of cue.
    pub search: SearchOrder,
    /// Glued affixes (the Arabic article and prepositions).
    pub morph: Morph,
    /// Adjuncts of time ("last week", "la semaine dernière").
    pub time: TimeAdjuncts,
    /// Cue verbs, indexed by [`CueForm::verb`].
    pub verbs: Vec<VerbRule>,
    /// Folded stop words.
    pub stopwords: HashSet<String>,
    /// Cue verb forms.
    pub cues: PhraseSet<CueForm>,
    /// Plain forms of verbs that report speech only in an incise ("soupire", "s'indigne"):
    /// a cue only right after a closing quote ("», soupire le juge.").
    pub quote_incises: PhraseSet<CueForm>,
    /// Bare participles of the verbs ("répondu", "said"): a cue only after an auxiliary and
    /// an adverb ("a sèchement répondu", "has repeatedly said").
    pub participle_cues: PhraseSet<CueForm>,
    /// Complementizers, with the gender of a fused pronoun.
    pub complementizers: PhraseSet<Gender>,
    /// Subject pronouns.
    pub pronouns: PhraseSet<Gender>,
    /// "According to" markers (index into `raw.according_to`).
    pub according_to: PhraseSet<usize>,
    /// Anaphoric noun phrases (index into `anaphor_rules`).
    pub anaphors: PhraseSet<usize>,
    /// What each anaphor refers to.
    pub anaphor_rules: Vec<AnaphorRule>,
    /// Titles.
    pub titles: PhraseSet<Gender>,
    /// Document nouns.
    pub doc_nouns: PhraseSet<()>,
    /// Place head nouns ("islands", "rue").
    pub place_heads: PhraseSet<()>,
    /// Resumptive phrases ("c'est ce", "that's what").
    pub resumptives: PhraseSet<()>,
    /// Words opening an infinitive report after a cue ("ne pas", "avoir").
    pub infinitive_openers: PhraseSet<()>,
    /// Words that end a speaker phrase.
    pub speaker_stops: PhraseSet<()>,
    /// Openers that hand the floor to the subject after them ("De son côté, …").
    pub turn_openers: PhraseSet<()>,
    /// Anonymous speakers.
    pub anonymous: PhraseSet<Gender>,
    /// Phrases that look like unnamed speakers but name things.
    pub non_speakers: PhraseSet<()>,
    /// Keys of whole labels that name no speaker ("the latest", "en direct").
    pub headline_kickers: HashSet<String>,
    /// Determiners and connectors stripped from phrase edges.
    pub determiners: PhraseSet<()>,
    /// Organisation head nouns (index into `raw.org_heads`).
    pub org_heads: PhraseSet<usize>,
    /// Auxiliaries ("a", "has"), as one-token words.
    pub aux: HashSet<String>,
    /// Folded prepositions and contracted articles.
    pub prepositions: HashSet<String>,
    /// Folded nouns of time and quantity ("a day later").
    pub measure_nouns: HashSet<String>,
    /// Words that open a group as a subject ("all", "la plupart").
    pub group_quantifiers: PhraseSet<()>,
    /// Folded number words.
    pub number_words: HashSet<String>,
    /// What makes a number a share of a group ("percent", "%").
    pub share_words: PhraseSet<()>,
    /// Folded words between two numbers of a share ("of" in "eight of 10").
    pub share_links: HashSet<String>,
    /// Folded words that can open a clause as its subject.
    pub subject_words: HashSet<String>,
    /// Folded pronouns that are only ever a subject.
    pub subject_pronouns: HashSet<String>,
    /// Folded finite verb forms.
    pub finite_verbs: HashSet<String>,
    /// Folded endings of finite verb forms.
    pub finite_suffixes: Vec<String>,
    /// Folded words with an adverb ending that are no adverbs.
    pub not_adverbs: HashSet<String>,
    /// Folded words that qualify a document and name no issuer ("حديث").
    pub doc_modifiers: HashSet<String>,
    /// Folded participles of being asked ("interrogés", "interviewed").
    pub reporter_participles: HashSet<String>,
    /// Folded determiners that open a plural noun phrase ("les", "plusieurs").
    pub plural_determiners: HashSet<String>,
    /// Folded prepositions that open an adjunct between a subject and its verb.
    pub adjunct_prepositions: HashSet<String>,
    /// Folded last words of an outlet's name ("info", "news"), folded once at load.
    pub media_name_ends: HashSet<String>,
    /// Folded plural nouns without a plural ending ("police").
    pub plural_nouns: HashSet<String>,
    /// Folded second halves of compound given names ("الله", "الدين").
    pub compound_name_ends: HashSet<String>,
    /// Abbreviated titles to the word they stand for, folded ("sen" → "senator").
    pub title_abbreviations: rustc_hash::FxHashMap<String, String>,
    /// The table's `national_complements` as role words ("république", "بلاد"): words of a
    /// title that only say "of this country".
    pub national_words: HashSet<String>,
    /// The table's `title_synonyms` as role words: a title's words, and the words of the
    /// title it stands for.
    pub title_synonyms: Vec<(Vec<String>, Vec<String>)>,
    /// Folded words with an infinitive's ending that are none ("hier").
    pub not_infinitives: HashSet<String>,
    /// Folded proclitics, longest first.
    pub clitics: Vec<String>,
    /// Folded indefinite articles.
    pub indefinites: HashSet<String>,
    /// Folded articles and possessives.
    pub articles: HashSet<String>,
    /// Folded prepositions after which a cue form is a noun.
    pub noun_prepositions: HashSet<String>,
    /// Folded openers of a clause of comparison ("as X said").
    pub comparatives: HashSet<String>,
    /// Folded sentence connectives.
    pub connectives: HashSet<String>,
    /// Folded passive auxiliaries.
    pub passive_aux: HashSet<String>,
    /// Folded adverbs between a passive auxiliary and its participle.
    pub passive_adverbs: HashSet<String>,
    /// Words that deny or refuse a report made by the verb after them.
    pub negators: HashSet<String>,
    /// Folded participles that open an adjunct about who asked ("interrogé", "asked").
    pub opening_participles: HashSet<String>,
    /// Folded name particles ("al", "bin").
    pub name_particles: Vec<String>,
    /// Folded particles inside a name ("de", "von", "d'").
    pub inner_name_particles: HashSet<String>,
    /// Folded words that open a clause.
    pub clause_openers: HashSet<String>,
    /// Folded complementizers that are also relative pronouns.
    pub relative_complementizers: HashSet<String>,
    /// Folded words that open a clause of time after a cue.
    pub adjunct_openers: HashSet<String>,
    /// Folded function words (never part of a name).
    pub function_words: HashSet<String>,
    /// Folded abbreviations whose period does not end a sentence.
    pub abbreviations: HashSet<String>,
    /// Folded coordinators.
    pub coordinators: Vec<String>,
    /// Links between a document noun and its issuer; one ending in an apostrophe ("d'") is
    /// glued to the issuer's name.
    pub issuer_links: PhraseSet<()>,
    /// Words that continue a title's genitive chain.
    pub title_links: PhraseSet<()>,
    /// Folded agent prepositions.
    pub agent_prepositions: HashSet<String>,
    /// Folded subordinators ("although", "lorsque").
    pub subordinators: HashSet<String>,
    /// Folded openers of an absolute construction ("with").
    pub absolute_openers: HashSet<String>,
    /// Folded markers of a work's title ("titled", "بعنوان").
    pub work_title_markers: HashSet<String>,
    /// Folded words before a programme's name in quote marks.
    pub programme_markers: HashSet<String>,
    /// Role modifiers as name keys ("vice", "نائب"), compared with a role's words.
    pub role_modifiers: HashSet<String>,
    /// Folded relative pronouns.
    pub relative_pronouns: HashSet<String>,
    /// Object relative pronouns ("que"): the subject follows the verb after one.
    pub object_relatives: HashSet<String>,
    /// Conjunctions ending in a complementizer.
    pub conjunctions: PhraseSet<()>,
    /// Openers of the reporter's circumstance after an incise.
    pub narrator_openers: PhraseSet<()>,
    /// Folded nouns of possible sources.
    pub source_nouns: HashSet<String>,
    /// Words that survive translation, by concept.
    pub concepts: super::concepts::Concepts,
    /// Which of the phrase sets above a token can start a phrase in.
    pub starts: StartIndex,
    /// Every proclitic a phrase lookup strips (the clitics, the glued and the one-letter
    /// prepositions): the tokens' stripped start masks are made with these, so a lookup
    /// must strip none outside them.
    pub proclitics: Vec<String>,
}

/// What a language glues before a word: conjunctions, prepositions, the article.
fn glued(raw: &Rules) -> Glued {
    let m = &raw.morphology;
    let articles: Vec<String> = m.fused_article.iter().chain([&m.definite_article]).cloned().collect();
    Glued::new(&raw.clitics, &m.glued_prepositions, &articles)
}

fn folded_set(items: &[String]) -> HashSet<String> {
    items.iter().map(|s| fold_word(s)).collect()
}

fn keyed_set(items: &[String]) -> HashSet<String> {
    items.iter().map(|s| name_key(s)).collect()
}

fn phrases(items: &[String]) -> PhraseSet<()> {
    let mut s = PhraseSet::default();
    for f in items {
        s.insert(f, ());
    }
    s
}

fn gendered(items: &[rules::Gendered]) -> PhraseSet<Gender> {
    let mut s = PhraseSet::default();
    for g in items {
        s.insert(&g.form, Gender::parse(&g.gender));
    }
    s
}

fn indexed<'a>(items: impl Iterator<Item = (usize, &'a String)>) -> PhraseSet<usize> {
    let mut s = PhraseSet::default();
    for (i, f) in items {
        s.insert(f, i);
    }
    s
}

/// Every form of every verb: plain forms by gender, inverted incises ("déclare-t-il"), and
/// participles after each auxiliary ("a déclaré") and inverted auxiliary ("a-t-il déclaré").
/// Written forms go in first, so that one verb's written form wins over the same words made
/// from another's participle ("s'est dit" is "se dire", not "dire" after the auxiliary
/// "s'est").
fn cue_forms(raw: &Rules) -> PhraseSet<CueForm> {
    let mut cues = PhraseSet::default();
    for (vi, v) in raw.verbs.iter().enumerate() {
        let plain = |gender| CueForm { verb: vi, gender, inverted: false };
        for (f, g) in written_forms(v) {
            if !v.incise_only {
                cues.insert(f, plain(g));
            }
            for inc in &raw.incise_aux {
                let pron = inc.form.rsplit('-').next().unwrap_or("");
                let form = CueForm { verb: vi, gender: Gender::parse(&inc.gender), inverted: true };
                for join in ["-t-", "-"] {
                    cues.insert(&format!("{f}{join}{pron}"), form);
                }
                // A written compound form inverts its auxiliary: "a murmuré" → "a-t-il
                // murmuré", "s'est écrié" → "s'est-il écrié".
                let head = inc.form.split('-').next().unwrap_or("");
                if let Some(rest) = f.strip_prefix(head).and_then(|r| r.strip_prefix(' ')) {
                    cues.insert(&format!("{} {rest}", inc.form), form);
                }
            }
        }
    }
    impersonal_incises(raw, &mut cues);
    for (vi, v) in raw.verbs.iter().enumerate() {
        let plain = |gender| CueForm { verb: vi, gender, inverted: false };
        for p in &v.progressives {
            for aux in &raw.progressive_aux {
                cues.insert(&format!("{aux} {p}"), plain(Gender::Any));
            }
        }
        let reflexive =
            |inc: &&rules::Gendered| raw.reflexive_aux.iter().any(|r| inc.form.split('-').next() == Some(r));
        for p in &v.participles {
            for aux in raw.aux.iter().filter(|_| !v.reflexive) {
                cues.insert(&format!("{aux} {p}"), plain(Gender::Any));
            }
            for inc in raw.incise_aux.iter().filter(|inc| !v.reflexive || reflexive(inc)) {
                let form = CueForm { verb: vi, gender: Gender::parse(&inc.gender), inverted: true };
                cues.insert(&format!("{} {p}", inc.form), form);
            }
        }
    }
    cues
}

/// "souligne-t-on à Matignon", "dit-on de source policière": each written form with the
/// impersonal pronoun and a source opener is one cue, read like "a-t-on appris de": not
/// inverted (no pronoun to resolve), its speaker the phrase after it.
fn impersonal_incises(raw: &Rules, cues: &mut PhraseSet<CueForm>) {
    let Some(inc) = &raw.impersonal_incise else { return };
    for (vi, v) in raw.verbs.iter().enumerate() {
        for (f, _) in written_forms(v).filter(|(f, _)| !f.contains(' ')) {
            for join in ["-t-", "-"] {
                for source in &inc.sources {
                    let form = CueForm { verb: vi, gender: Gender::Any, inverted: false };
                    cues.insert(&format!("{f}{join}{} {source}", inc.pronoun), form);
                }
            }
        }
    }
}

/// The plain forms of the verbs that report speech only in an incise: "», soupire le
/// juge." inverts a noun subject as "soupire-t-il" inverts a pronoun.
fn quote_incise_forms(raw: &Rules) -> PhraseSet<CueForm> {
    let mut set = PhraseSet::default();
    for (vi, v) in raw.verbs.iter().enumerate().filter(|(_, v)| v.incise_only) {
        for (f, g) in written_forms(v) {
            set.insert(f, CueForm { verb: vi, gender: g, inverted: false });
        }
    }
    set
}

/// Every verb's bare participles, for a cue split by an adverb after its auxiliary.
fn participle_forms(raw: &Rules) -> PhraseSet<CueForm> {
    let mut set = PhraseSet::default();
    for (vi, v) in raw.verbs.iter().enumerate() {
        for p in &v.participles {
            set.insert(p, CueForm { verb: vi, gender: Gender::Any, inverted: false });
        }
    }
    set
}

/// A verb's written forms with the gender each agrees with.
fn written_forms(v: &rules::Verb) -> impl Iterator<Item = (&String, Gender)> {
    [(&v.m, Gender::M), (&v.f, Gender::F), (&v.any, Gender::Any)]
        .into_iter()
        .flat_map(|(forms, g)| forms.iter().map(move |f| (f, g)))
}

impl LangRules {
    /// Parses and compiles a table; a broken table is a build defect, so it panics naming the
    /// file and the problem.
    pub(super) fn compile(src: &str, name: &str) -> LangRules {
        let raw: Rules = toml::from_str(src).unwrap_or_else(|e| panic!("src/lang/{name} is invalid: {e}"));
        let verbs = raw
            .verbs
            .iter()
            .map(|v| VerbRule {
                id: v.id.clone(),
                continuation: v.continuation,
                bare_clause: v.bare_clause,
                speaker_follows: v.speaker_follows,
                speaker_after: v.speaker_after.iter().map(|w| name_key(w)).collect(),
                impersonal: v.impersonal,
                adverbial: v.adverbial,
                addressee_follows: v.addressee_follows,
                object_content: v.object_content,
                nominal_object: v.nominal_object,
                object_markers: v.object_markers.iter().map(|w| fold_word(w)).collect(),
                complement_openers: v.complement_openers.iter().map(|w| fold_word(w)).collect(),
                attribute_object: v.attribute_object,
                report_openers: v.report_openers.iter().map(|w| fold_word(w)).collect(),
                possessor: v.possessor,
            })
            .collect();
        let mut clitics: Vec<String> = raw.clitics.iter().map(|c| fold_word(c)).collect();
        clitics.sort_by_key(|c| std::cmp::Reverse(c.len()));
        let mut complementizers = PhraseSet::default();
        for c in &raw.complementizers {
            complementizers.insert(&c.form, Gender::parse(&c.gender));
        }
        let markers = raw.according_to.iter().enumerate().flat_map(|(i, m)| m.forms.iter().map(move |f| (i, f)));
        let anaphors = raw.anaphors.iter().enumerate().flat_map(|(i, a)| a.forms.iter().map(move |f| (i, f)));
        let mut rules = LangRules {
            search: SearchOrder::compile(&raw.speaker_search, name),
            morph: Morph::compile(&raw.morphology),
            time: TimeAdjuncts::compile(&raw.time),
            verbs,
            stopwords: keyed_set(&raw.stopwords),
            cues: cue_forms(&raw),
            quote_incises: quote_incise_forms(&raw),
            participle_cues: participle_forms(&raw),
            complementizers,
            pronouns: gendered(&raw.pronouns),
            according_to: indexed(markers),
            anaphors: indexed(anaphors),
            anaphor_rules: raw
                .anaphors
                .iter()
                .map(|a| AnaphorRule {
                    person: a.kind == "person",
                    refers: a.refers.clone(),
                    latter: a.latter.as_deref().map(Gender::parse),
                    gender: a.gender.as_deref().map_or(Gender::Any, Gender::parse),
                    same_head: a.same_head,
                    issued: a.issued,
                })
                .collect(),
            titles: gendered(&raw.titles),
            doc_nouns: phrases(&raw.doc_nouns),
            place_heads: phrases(&raw.place_heads),
            resumptives: phrases(&raw.resumptives),
            infinitive_openers: phrases(&raw.infinitive_openers),
            speaker_stops: phrases(&raw.speaker_stops),
            turn_openers: phrases(&raw.turn_openers),
            anonymous: gendered(&raw.anonymous),
            non_speakers: phrases(&raw.non_speakers),
            headline_kickers: keyed_set(&raw.headline_kickers),
            determiners: phrases(&raw.determiners),
            org_heads: indexed(raw.org_heads.iter().map(|o| &o.form).enumerate()),
            // An auxiliary of several words ("a également") is known by its first word.
            aux: raw.aux.iter().filter_map(|a| a.split_whitespace().next()).map(fold_word).collect(),
            prepositions: folded_set(&raw.prepositions),
            measure_nouns: folded_set(&raw.measure_nouns),
            group_quantifiers: phrases(&raw.group_quantifiers),
            number_words: folded_set(&raw.number_words),
            share_words: phrases(&raw.share_words),
            share_links: folded_set(&raw.share_links),
            subject_words: folded_set(&raw.subject_words),
            subject_pronouns: folded_set(&raw.subject_pronouns),
            finite_verbs: folded_set(&raw.finite_verbs),
            finite_suffixes: raw.finite_suffixes.iter().map(|s| fold_word(s)).collect(),
            not_adverbs: folded_set(&raw.syntax.not_adverbs),
            doc_modifiers: folded_set(&raw.doc_modifiers),
            reporter_participles: folded_set(&raw.reporter_participles),
            plural_determiners: folded_set(&raw.syntax.plural_determiners),
            media_name_ends: folded_set(&raw.syntax.media_name_ends),
            adjunct_prepositions: folded_set(&raw.syntax.adjunct_prepositions),
            plural_nouns: folded_set(&raw.syntax.plural_nouns),
            compound_name_ends: folded_set(&raw.syntax.compound_name_ends),
            title_abbreviations: raw
                .syntax
                .title_abbreviations
                .iter()
                .map(|a| (fold_word(&a.short), fold_word(&a.long)))
                .collect(),
            not_infinitives: folded_set(&raw.syntax.not_infinitives),
            clitics,
            indefinites: keyed_set(&raw.indefinites),
            articles: folded_set(&raw.articles),
            noun_prepositions: folded_set(&raw.noun_prepositions),
            comparatives: folded_set(&raw.comparatives),
            connectives: folded_set(&raw.connectives),
            passive_aux: folded_set(&raw.passive_aux),
            passive_adverbs: folded_set(&raw.passive_adverbs),
            negators: folded_set(&raw.negators),
            opening_participles: folded_set(&raw.opening_participles),
            name_particles: raw.syntax.name_particles.iter().map(|p| fold_word(p)).collect(),
            inner_name_particles: folded_set(&raw.syntax.inner_name_particles),
            clause_openers: folded_set(&raw.syntax.clause_openers),
            relative_complementizers: folded_set(&raw.relative_complementizers),
            adjunct_openers: folded_set(&raw.adjunct_openers),
            function_words: folded_set(&raw.syntax.function_words),
            abbreviations: keyed_set(&raw.abbreviations),
            coordinators: raw.coordinators.iter().map(|d| name_key(d)).collect(),
            issuer_links: phrases(&raw.issuer_links),
            title_links: phrases(&raw.title_links),
            agent_prepositions: folded_set(&raw.agent_prepositions),
            subordinators: folded_set(&raw.syntax.subordinators),
            absolute_openers: folded_set(&raw.syntax.absolute_openers),
            work_title_markers: folded_set(&raw.syntax.work_title_markers),
            programme_markers: folded_set(&raw.syntax.programme_markers),
            role_modifiers: keyed_set(&raw.syntax.role_modifiers),
            relative_pronouns: folded_set(&raw.relative_pronouns),
            object_relatives: folded_set(&raw.object_relatives),
            conjunctions: phrases(&raw.conjunctions),
            narrator_openers: phrases(&raw.narrator_openers),
            source_nouns: keyed_set(&raw.source_nouns),
            concepts: Concepts::compile(&raw.concepts, glued(&raw), raw.morphology.min_stem),
            starts: StartIndex::default(),
            proclitics: Vec::new(),
            national_words: HashSet::default(),
            title_synonyms: Vec::new(),
            raw,
        };
        rules.index_starts();
        let (glued, lone) = (rules.morph.glued_prepositions.iter(), rules.morph.lone_prepositions.iter());
        let mut proclitics: Vec<String> = rules.clitics.iter().chain(glued).chain(lone).cloned().collect();
        proclitics.sort();
        proclitics.dedup();
        rules.proclitics = proclitics;
        rules.national_words = rules.raw.syntax.national_complements.iter().flat_map(|n| rules.role_words(n)).collect();
        let synonyms = rules.raw.syntax.title_synonyms.iter();
        rules.title_synonyms = synonyms.map(|t| (rules.role_words(&t.phrase), rules.role_words(&t.means))).collect();
        rules
    }

    /// Gives each phrase set a bit in [`LangRules::starts`], so that tokenising an article
    /// marks once which sets each token can start a phrase in.
    fn index_starts(&mut self) {
        let mut index = StartIndex::default();
        let sets: [&mut dyn IndexStarts; 20] = [
            &mut self.cues,
            &mut self.quote_incises,
            &mut self.participle_cues,
            &mut self.complementizers,
            &mut self.pronouns,
            &mut self.according_to,
            &mut self.anaphors,
            &mut self.titles,
            &mut self.doc_nouns,
            &mut self.place_heads,
            &mut self.resumptives,
            &mut self.infinitive_openers,
            &mut self.speaker_stops,
            &mut self.anonymous,
            &mut self.non_speakers,
            &mut self.determiners,
            &mut self.org_heads,
            &mut self.issuer_links,
            &mut self.title_links,
            &mut self.conjunctions,
        ];
        for (n, set) in sets.into_iter().enumerate() {
            let bit = 1 << n;
            debug_assert!(!crate::text::KB_START_BITS.contains(&bit), "language bits reach the knowledge base's");
            set.index_starts(bit, &mut index);
        }
        self.starts = index;
    }
}
