//! Finds the statements of an article and attributes each to its speaker.
//!
//! The article is tokenised, its quote marks paired and its sentences split. Each sentence
//! is then read for the patterns news uses to report speech, in every language:
//!
//! * cue + speaker + `:` + quote (`وقالت X: “…”`, `X a déclaré : « … »`) → direct;
//! * cue + speaker + complementizer + clause (`X said that …`, `قالت X إن …`) → indirect, or
//!   mixed when the clause holds quoted fragments, or direct when it is one whole quote;
//! * cue + speaker + quote, no colon (`وقالت في بيان "…"`) → direct;
//! * content + `,` + cue + speaker (`« … », a déclaré X`, `"…," said X`, `…, a indiqué X.`);
//! * verb-less attributions (`selon X`, `according to X`, `وفقا لـ X`);
//! * quotes that follow an attributed quote, or share its sentence → the same speaker.
//!
//! Speakers are then resolved in the article's [`Discourse`] (names, titles, pronouns,
//! "the company"). All words come from the language tables; this module knows no language.
//!
//! Layout: `quotes` pairs quote marks and splits sentences; `patterns` applies the patterns
//! above to a sentence; `content` cuts the reported clause and builds the statement;
//! `attribution` finds and resolves the speaker phrase; `speaker` reads a phrase into who
//! and role; `names` finds names and organisations in it.

mod according;
mod attribution;
mod content;
mod names;
mod patterns;
pub mod quotes;
pub mod speaker;

use crate::article::Article;
use crate::kb::Kb;
use crate::model::{Mention, Span, Statement};
use crate::resolve::Discourse;
use crate::text::{slice, tokenize, Tok};
use quotes::QuoteSpan;

/// Everything a sentence reader needs about one article.
pub(crate) struct Doc<'a> {
    pub toks: Vec<Tok>,
    pub chars: Vec<char>,
    pub quotes: Vec<QuoteSpan>,
    pub in_quote: Vec<Option<usize>>,
    pub article: &'a Article,
    pub kb: &'a Kb,
}

impl Doc<'_> {
    /// Indices of the quotes that open within tokens `a..b` (quotes are sorted by opening).
    pub fn quotes_in(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        self.quotes.partition_point(|q| q.open < a)..self.quotes.partition_point(|q| q.open < b)
    }

    /// The original text between two code points.
    pub fn text(&self, start: usize, end: usize) -> String {
        slice(&self.chars, start, end)
    }
}

/// Extracts every attributed statement of `article`, in text order.
pub fn extract(article: &Article, kb: &Kb) -> Vec<Statement> {
    let toks = tokenize(&article.text);
    let rules = article.lang.rules();
    let quotes = quotes::pair(&toks, rules);
    let in_quote = quotes::membership(toks.len(), &quotes);
    let doc = Doc { chars: article.text.chars().collect(), toks, quotes, in_quote, article, kb };
    let sentences = quotes::sentences(&doc.toks, &doc.in_quote, rules);
    let mut discourse = Discourse::new(kb, article);
    let mut out: Vec<Statement> = Vec::new();
    let mut prev_attributed: Option<usize> = None;
    let mut dangling: Option<crate::model::Agent> = None;
    let headline_end = headline_end(&doc);
    for (si, &(a, b)) in sentences.iter().enumerate() {
        discourse.start_sentence(doc.toks[a].start);
        if b <= headline_end {
            // A headline ("Agency warns of drought", "“Baseless claims”") reports no statement.
            continue;
        }
        // Known entities and named organisations mentioned outside quotes are antecedents
        // for what follows ("the company", "الشركة").
        // Names in quote marks ("صحيفة “واشنطن بوست”") count; words inside real quotes do not.
        let min_words = article.lang.rules().raw.min_quote_words;
        for m in mentions(&doc, a, b).into_iter().chain(organisations(&doc, a, b)) {
            let quoted =
                doc.in_quote[token_at(&doc.toks, m.span.start)].is_some_and(|q| doc.quotes[q].words >= min_words);
            if !quoted {
                discourse.note(m.span.start, m.agent, false);
            }
        }
        // The named subject of a French or English sentence is an antecedent even when the
        // sentence reports nothing ("Le Premier ministre a annoncé un plan. « … », a-t-il dit.").
        if article.lang != crate::lang::Lang::Ar {
            note_subject(&doc, a, b, &mut discourse);
            note_names(&doc, a, b, &mut discourse);
        }
        // A quote that opens this sentence continues the previous sentence's speaker, or
        // belongs to a speaker announced without words ("كما أشارت X." then "…").
        let carry = if prev_attributed.is_some_and(|p| si == p + 1) {
            discourse.last_speaker(doc.toks[a].start)
        } else {
            dangling.take()
        };
        let (found, announced) = patterns::sentence(&doc, a, b, &mut discourse, carry);
        if !found.is_empty() {
            prev_attributed = Some(si);
        }
        dangling = announced;
        out.extend(found);
    }
    for s in &mut out {
        s.entities = mentions_in(&doc, s.start, s.end);
        // A known speaker the text gives no organisation for: the one the knowledge base
        // says they worked for on the article's date.
        if s.affiliation.is_none() {
            let speaker = s.speaker.as_ref().map(|a| a.id.as_str()).unwrap_or_default();
            s.affiliation = kb
                .affiliation(speaker, article.date.as_deref())
                .map(|e| e.agent(article.lang, crate::model::Resolution::Label));
        }
    }
    out.sort_by_key(|s| (s.start, s.end));
    out.dedup_by(|b, a| a.start == b.start && a.end == b.end);
    out
}

/// Full names written in capitals anywhere in a French or English sentence ("handing
/// President Maria Lopez a victory") are antecedents of a later "Lopez".
fn note_names(doc: &Doc, a: usize, b: usize, discourse: &mut Discourse) {
    let rules = doc.article.lang.rules();
    let mut i = a;
    while i < b {
        let run = (i..b).take_while(|&k| doc.toks[k].word && doc.toks[k].cap && doc.in_quote[k].is_none()).count();
        if run >= 2 {
            if let Some(phrase) = speaker::analyze(&doc.toks[i..i + run], doc.article.lang, rules, doc.kb) {
                let person_name = matches!(&phrase.who, speaker::Who::Name { toks, kind, .. }
                    if toks.len() >= 2 && kind.is_none_or(|k| k == crate::model::AgentKind::Person));
                if person_name {
                    let pos = doc.toks[i].start;
                    if let Some(agent) =
                        discourse.resolve(&phrase, pos, crate::lang::Gender::Any, false, &doc.chars, "", false)
                    {
                        discourse.note(pos, agent, false);
                    }
                }
            }
        }
        i += run.max(1);
    }
}

fn note_subject(doc: &Doc, a: usize, b: usize, discourse: &mut Discourse) {
    let rules = doc.article.lang.rules();
    if rules.according_to.match_at(&doc.toks, a, &rules.clitics).is_some()
        || rules.speaker_stops.match_at(&doc.toks, a, &[]).is_some()
    {
        return;
    }
    let Some(phrase) = attribution::sentence_subject(doc, a, b, rules) else { return };
    // A full name or a title; one capitalised word opening a sentence is too weak a clue.
    let strong = match &phrase.who {
        speaker::Who::Name { toks, kind, .. } => toks.len() > 1 || kind.is_some(),
        speaker::Who::Title(_) => true,
        _ => false,
    };
    if !strong {
        return;
    }
    let pos = doc.toks[a].start;
    let text = doc.text(pos, doc.toks[b - 1].end);
    if let Some(agent) = discourse.resolve(&phrase, pos, crate::lang::Gender::Any, false, &doc.chars, &text, false) {
        if matches!(agent.kind, crate::model::AgentKind::Person | crate::model::AgentKind::Organization) {
            discourse.note_subject(pos, agent);
        }
    }
}

/// Tokens of the first line when it reads as a headline (no final punctuation), else 0.
fn headline_end(doc: &Doc) -> usize {
    let end = doc.toks.iter().skip(1).position(|t| t.newline_before).map_or(doc.toks.len(), |p| p + 1);
    let last = &doc.toks[..end];
    let terminal = last.last().is_some_and(|t| !t.word && matches!(t.punct, '.' | '!' | '?' | '\u{061F}'));
    if terminal || end == doc.toks.len() {
        0
    } else {
        end
    }
}

fn token_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.end <= pos).min(toks.len().saturating_sub(1))
}

/// Knowledge-base entities mentioned in tokens `a..b`.
fn mentions(doc: &Doc, a: usize, b: usize) -> Vec<Mention> {
    let rules = doc.article.lang.rules();
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        if let Some(m) = doc.kb.find(&doc.toks, i, &rules.clitics) {
            if i + m.len <= b {
                let e = &doc.kb.entries[*m.value];
                let start = doc.toks[i].start + m.clitic;
                let end = doc.toks[i + m.len - 1].end;
                out.push(Mention {
                    agent: e.agent(doc.article.lang, crate::model::Resolution::Label),
                    span: Span { start, end, text: doc.text(start, end) },
                });
                i += m.len;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Organisations named by a head noun in tokens `a..b` ("la société Ambulys") that the
/// knowledge base does not know.
fn organisations(doc: &Doc, a: usize, b: usize) -> Vec<Mention> {
    let lang = doc.article.lang;
    let rules = lang.rules();
    let mut out = Vec::new();
    let mut i = a;
    while i < b {
        if let Some((name, kind, end)) = names::org_at(&doc.toks, i, lang, rules) {
            let known = (i..end).any(|k| doc.kb.find(&doc.toks, k, &rules.clitics).is_some());
            if !known && end <= b {
                let (start, stop) = (name[0].start, name[name.len() - 1].end);
                let text = doc.text(start, stop);
                out.push(Mention {
                    agent: crate::resolve::new_organisation(&doc.article.base, &text, &kind),
                    span: Span { start, end: stop, text },
                });
            }
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    out
}

/// Knowledge-base entities mentioned between code points `start..end`, once each.
fn mentions_in(doc: &Doc, start: usize, end: usize) -> Vec<Mention> {
    let a = doc.toks.partition_point(|t| t.start < start);
    let b = doc.toks.partition_point(|t| t.end <= end);
    let mut seen = std::collections::HashSet::new();
    mentions(doc, a, b).into_iter().filter(|m| seen.insert(m.agent.id.clone())).collect()
}
