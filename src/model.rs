//! The records the extractor produces and every export reads.
//!
//! A [`Statement`] is one attributed utterance with exact offsets into its article; its
//! [`Agent`] is the resolved identity of the speaker (or of a mentioned entity), carrying the
//! labels and the stable id that let the same speaker be one node across articles.

use crate::lang::{Gender, Lang};
use serde::{Deserialize, Serialize};

/// How a statement is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The speaker's words inside quote marks.
    Direct,
    /// The journalist's paraphrase after a speech verb.
    Indirect,
    /// A paraphrase with quoted fragments.
    Mixed,
}

impl QuoteKind {
    /// Every kind, in report order.
    pub const ALL: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed];

    /// The lower-case name used in JSON and reports.
    pub fn name(self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Indirect => "indirect",
            QuoteKind::Mixed => "mixed",
        }
    }
}

/// What kind of thing a speaker or entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AgentKind {
    /// A person.
    Person,
    /// An organisation (company, ministry, newspaper…).
    Organization,
    /// A place (country, city).
    Place,
    /// Anything else the knowledge base names.
    Thing,
}

impl AgentKind {
    /// The lower-case name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            AgentKind::Person => "person",
            AgentKind::Organization => "organization",
            AgentKind::Place => "place",
            AgentKind::Thing => "thing",
        }
    }
}

/// How a mention was resolved to its identity, so a user can audit every link.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Resolution {
    /// A knowledge-base label, exactly or after normalisation.
    Label,
    /// A surname or partial name, completed from the article or the knowledge base.
    Surname,
    /// A title whose holder is known ("the Kremlin spokesman").
    Title,
    /// A noun phrase referring back ("the company", "الوزارة").
    Anaphor,
    /// A pronoun or a verb with no subject, resolved by gender to the latest speaker.
    Pronoun,
    /// A statement continuing the previous speaker's quote.
    Continuation,
    /// A cross-script spelling variant, matched by its transliteration key.
    Transliteration,
    /// A name in no table: a new identity derived from the name.
    New,
    /// An unnamed speaker, local to its article.
    Anonymous,
}

/// A resolved speaker or entity.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Agent {
    /// Stable IRI, derived from the knowledge base id or the normalised name.
    pub id: String,
    /// Display name (the knowledge base's label in the article's language, or the name as written).
    pub name: String,
    /// Person, organisation, place…
    #[serde(rename = "type")]
    pub kind: AgentKind,
    /// Every known label, any language (what the scorer matches speakers by).
    pub labels: Vec<String>,
    /// How the mention was resolved.
    pub resolution: Resolution,
    /// Wikidata id (`Q…`) when known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// Grammatical gender, used for pronoun agreement.
    #[serde(default, skip_serializing_if = "is_unknown_gender")]
    pub gender: Gender,
    /// Organisation kind (company, government…), used for nominal anaphora.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub org_kind: Option<String>,
    /// Preferred labels by language (from the knowledge base), kept so that a build can be
    /// read back and extended (`build --append`) without losing them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub pref_labels: Vec<(Lang, String)>,
    /// An unnamed speaker, never merged across articles.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub anonymous: bool,
}

fn is_unknown_gender(g: &Gender) -> bool {
    matches!(g, Gender::Any | Gender::N)
}

/// A span of the article: offsets in code points, and its text.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// Code point after the span.
    pub end: usize,
    /// `article[start..end]`.
    pub text: String,
}

/// An entity mentioned in a statement.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mention {
    /// The entity.
    #[serde(flatten)]
    pub agent: Agent,
    /// Where it is mentioned.
    pub span: Span,
}

/// One attributed statement.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Statement {
    /// Name of the input file (what the scorer groups by).
    pub doc: String,
    /// IRI of the article.
    pub article: String,
    /// Language of the article.
    pub lang: Lang,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// The statement, verbatim: `article[start..end]`.
    pub text: String,
    /// First code point of the statement in the article.
    pub start: usize,
    /// Code point after the statement.
    pub end: usize,
    /// The cue words as written ("a déclaré", "وقالت"), if any.
    pub cue: Option<String>,
    /// The speaker, or null when no one could be found.
    pub speaker: Option<Agent>,
    /// Where the speaker is named in the article, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub speaker_span: Option<Span>,
    /// The speaker's role as stated in this article ("وزيرة التجارة الأمريكية").
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The organisation the speaker works for: named by their role in the text, else the one
    /// the knowledge base gives for the article's date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Boxed: most statements have none, and an agent inline would add its whole size to each.
    pub affiliation: Option<Box<Agent>>,
    /// Entities the statement mentions.
    pub entities: Vec<Mention>,
    /// Confidence of the statement and its attribution, 0–1.
    pub confidence: f32,
    /// Id of the rule that produced the statement (`fr.verb.declarer/quote-cue`).
    pub rule: String,
    /// The statement cluster this report belongs to: every report of the same utterance
    /// (same speaker, other articles, other languages) has the same id (see
    /// [`crate::cluster`]). Set by `build`; absent from `extract`, which sees one article.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster: Option<String>,
    /// The file began with a byte-order mark (U+FEFF), which is not part of the article:
    /// offsets count from the code point after it. Written only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub bom_skipped: bool,
    /// The speaker was carried over from the turn before (a quote with no cue of its own):
    /// a cue in the paragraph after may name a better one. Known during extraction only.
    #[serde(skip)]
    pub carried: bool,
    /// The decisions that made the statement (cue, content, each speaker strategy tried,
    /// resolution path), when extraction was asked to explain itself.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trace: Vec<String>,
}

impl Statement {
    /// Whether every offset of the statement (its text, speaker span and entity spans)
    /// points at what it says in `chars`, the article's code points: what a consumer of the
    /// JSONL relies on, and what the fuzzers and the property test check.
    pub fn offsets_hold(&self, chars: &[char]) -> bool {
        let at = |start: usize, end: usize, text: &str| {
            start <= end && end <= chars.len() && chars[start..end].iter().copied().eq(text.chars())
        };
        at(self.start, self.end, &self.text)
            && self.speaker_span.as_ref().is_none_or(|s| at(s.start, s.end, &s.text))
            && self.entities.iter().all(|m| at(m.span.start, m.span.end, &m.span.text))
    }

    /// Reads a statement back from one line of `statements.jsonl`.
    pub fn from_json(line: &str) -> serde_json::Result<Statement> {
        serde_json::from_str(line)
    }
}
