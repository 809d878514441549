//! What a speaker phrase designates, before and during resolution: the type that extraction
//! produces and [`crate::resolve`] consumes, so neither module needs the other's internals.

use crate::lang::Gender;
use crate::model::AgentKind;
use crate::text::Tok;

/// Who a speaker phrase designates, before resolution.
#[derive(Debug, Clone)]
pub enum Who {
    /// A name (or organisation name) as written; `kind` when the phrase reveals it.
    Name {
        /// The name's tokens.
        toks: Vec<Tok>,
        /// Person or organisation, if the phrase tells.
        kind: Option<AgentKind>,
        /// Organisation kind from its head noun.
        org_kind: Option<String>,
    },
    /// A referring noun phrase (index into the language's anaphors) and its words.
    Anaphor(usize, Vec<Tok>),
    /// A pronoun, or no subject at all (the verb's gender).
    Pronoun(Gender),
    /// An unnamed source.
    Anonymous(Vec<Tok>),
    /// Only a title ("the Kremlin spokesman"), to be resolved to its holder.
    Title(Vec<Tok>),
}

impl Who {
    /// The tokens that name the speaker, when the phrase has any.
    pub fn toks(&self) -> Option<&[Tok]> {
        match self {
            Who::Name { toks, .. } | Who::Anaphor(_, toks) | Who::Anonymous(toks) | Who::Title(toks) => Some(toks),
            Who::Pronoun(_) => None,
        }
    }

    /// A short name of the phrase's kind, for traces.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Who::Name { kind: Some(AgentKind::Organization), .. } => "organisation name",
            Who::Name { .. } => "name",
            Who::Anaphor(..) => "anaphor",
            Who::Pronoun(_) => "pronoun",
            Who::Anonymous(_) => "unnamed source",
            Who::Title(_) => "title",
        }
    }
}

/// A speaker phrase: who, and the role it states.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// Who is designated.
    pub who: Who,
    /// The role, as written.
    pub role: Option<Vec<Tok>>,
}

impl Phrase {
    /// A phrase that is only a pronoun (or a dropped subject) of gender `g`.
    pub fn pronoun(g: Gender) -> Phrase {
        Phrase { who: Who::Pronoun(g), role: None }
    }
}

/// How strongly a segment of a speaker phrase names someone: when a phrase has several
/// segments ("the union's leader, Maria Torres,"), the strongest names the speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rank {
    /// A pronoun, or a title with no name.
    Weak,
    /// An unnamed source ("a diplomat").
    Anonymous,
    /// A referring noun phrase ("the company").
    Anaphor,
    /// An organisation named by its head noun.
    Organisation,
    /// A name-shaped phrase no table knows.
    Name,
    /// A name the knowledge base knows.
    KnownName,
}

/// A speaker phrase to resolve, with what the sentence tells about it.
pub struct SpeakerMention<'a> {
    /// The phrase.
    pub phrase: &'a Phrase,
    /// Where the cue is (code point): antecedents are looked for before it.
    pub pos: usize,
    /// The gender the cue verb shows.
    pub verb: Gender,
    /// The verb continues the previous speaker ("added", an inverted incise).
    pub continuation: bool,
    /// The pronoun is inverted after a quote ("« … », a-t-elle ajouté").
    pub incise: bool,
    /// The phrase as written (an unnamed speaker's name).
    pub text: &'a str,
}
