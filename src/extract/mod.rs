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
//! The speaker of a cue is looked for by the strategies the language table declares, in its
//! order ([`search`]), then resolved in the article's discourse (names, titles, pronouns,
//! "the company"). All words and all facts of word order come from the language tables;
//! this module knows no language.
//!
//! Layout, from the bottom up: `doc` (the tokenised article and the context value), `cue`,
//! `trace`; `names` and `speaker` read a phrase into who and role; `content` cuts the
//! reported clause; `search` finds and resolves the speaker; `statement` builds the record;
//! `after_cue`, `postposed` and `according` are the patterns; `patterns` reads a sentence;
//! `mentions` feeds the discourse.

mod according;
mod after_cue;
mod antecedent;
mod bare_clause;
mod complement;
mod content;
mod cue;
mod cut;
mod doc;
mod incise;
mod labels;
mod mentions;
mod names;
mod object;
mod opening_report;
mod orgs;
mod patterns;
mod possessor;
mod postposed;
pub mod quotes;
mod regions;
mod relative;
mod search;
pub mod speaker;
mod statement;
mod strategies;
mod subjects;
mod titled;
mod trace;
mod trace_fmt;
mod unnamed;

pub use trace::Dropped;

use crate::article::Article;
use crate::kb::Kb;
use crate::lang::punct;
use crate::model::{Agent, QuoteKind, Resolution, Statement};
use doc::{Ctx, Doc, Sentence};

/// What extraction records besides the statements.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Record, on each statement, the decisions that made it (`--explain`).
    pub trace: bool,
}

/// An article's statements with the decisions behind them.
pub struct Explained {
    /// The statements, each with its trace.
    pub statements: Vec<Statement>,
    /// Sentences where a cue or marker was found but gave no statement, and why.
    pub dropped: Vec<Dropped>,
}

/// Extracts every attributed statement of `article`, in text order.
pub fn extract(article: &Article, kb: &Kb) -> Vec<Statement> {
    extract_with(article, kb, &Options::default())
}

/// [`extract`] with options.
pub fn extract_with(article: &Article, kb: &Kb, options: &Options) -> Vec<Statement> {
    run(article, kb, options.trace).statements
}

/// Extracts with the full trace: why each statement was given to its speaker, and why cues
/// that gave nothing did not.
pub fn explain(article: &Article, kb: &Kb) -> Explained {
    run(article, kb, true)
}

/// Whether a statement is no longer than its kind's limit: past it, it is a defect of the
/// input (a paragraph without a full stop, an unbalanced mark), not speech.
fn within_limits(s: &Statement, limits: &crate::lang::rules::Limits) -> bool {
    let max = match s.kind {
        QuoteKind::Indirect => limits.clause_words,
        QuoteKind::Direct | QuoteKind::Mixed => limits.quote_words,
    };
    s.text.split_whitespace().nth(max).is_none()
}

fn run(article: &Article, kb: &Kb, trace: bool) -> Explained {
    let (cx, sentences) = Ctx::new(article, kb, trace);
    let headline_end = headline_end(&cx.doc);
    let mut out: Vec<Statement> = Vec::new();
    let mut prev_attributed: Option<usize> = None;
    let mut dangling: Option<Agent> = None;
    for (si, &s) in sentences.iter().enumerate() {
        let a = s.start;
        cx.disc.borrow_mut().start_sentence(cx.doc.toks[a].start);
        if let Some(k) = subjects::after_opening_adjunct(&cx, s).filter(|&k| k > a && k < s.end) {
            cx.disc.borrow_mut().start_clause(cx.doc.toks[k].start);
        }
        if s.end <= headline_end {
            // A headline ("Agency warns of drought", "“Baseless claims”") reports no statement,
            // unless a label gives it a speaker ("Pat Caddell: Voters worried …"), who is
            // then the article's first antecedent ("Vidal : …" then "« … », a-t-il dit").
            if let Some(st) = labels::colon_label(&cx, s, true) {
                if let Some(who) = &st.speaker {
                    let pos = st.speaker_span.as_ref().map_or(cx.doc.toks[a].start, |span| span.start);
                    cx.disc.borrow_mut().note(pos, who.clone(), false, st.role.as_deref());
                }
                out.push(st);
            } else {
                note_headline_speakers(&cx, s);
            }
            continue;
        }
        // A first line that is one sentence with a full stop may be a body's or a headline's
        // ("Poll: Voters abandon the party."): a title-case label gives it a speaker, unless
        // a cue does ("Mumbai: Growth slowed, the governor said." opens with a dateline).
        if si == 0 && s.end == first_line_end(&cx.doc) && !has_cue(&cx, s) {
            if let Some(st) = labels::colon_label(&cx, s, true) {
                out.push(st);
                continue;
            }
        }
        mentions::note_antecedents(&cx, s);
        // A quote that opens this sentence continues the previous sentence's speaker, or
        // belongs to a speaker announced without words ("كما أشارت X." then "…").
        let carry = if prev_attributed.is_some_and(|p| si == p + 1) {
            cx.disc.borrow().last_speaker(cx.doc.toks[a].start)
        } else {
            let prev = si.checked_sub(1).map(|p| sentences[p]);
            dangling.take().or_else(|| prev.and_then(|prev| subjects::introduced_speaker(&cx, prev, s)))
        };
        let (found, announced) = patterns::sentence(&cx, s, carry);
        // A paragraph of a long quote still waiting for its speaker carries no one.
        if found.iter().any(|st| st.speaker.is_some()) {
            prev_attributed = Some(si);
        }
        dangling = announced;
        out.extend(found);
    }
    for st in &mut out {
        st.entities = mentions::mentions_in(&cx, st.start, st.end);
        // A known speaker the text gives no organisation for: the one the knowledge base
        // says they worked for on the article's date.
        if st.affiliation.is_none() {
            let speaker = st.speaker.as_ref().map(|a| a.id.as_str()).unwrap_or_default();
            st.affiliation = kb
                .affiliation(speaker, article.date.as_deref())
                .map(|e| Box::new(e.agent(article.lang, Resolution::Label)));
        }
    }
    out.sort_by_key(|s| (s.start, s.end));
    out.dedup_by(|b, a| a.start == b.start && a.end == b.end);
    continued_quotes(&cx.doc, &mut out);
    // A long quote's paragraph that no later paragraph gave a speaker is no statement.
    out.retain(|s| s.speaker.is_some() || !s.carried);
    short_names_as_labels(&mut out);
    out.retain(|s| within_limits(s, &cx.rules.raw.limits));
    Explained { statements: out, dropped: cx.trace.into_dropped() }
}

/// The surname alone an article gives a person it also names in full ("Archer" after "Tom
/// Archer", also when written "Mr. Archer"), added to that person's labels wherever the
/// article mentions them: how the text refers to a speaker is what a reader searches by,
/// and what annotators write down for a statement whose speaker is only "he".
fn short_names_as_labels(out: &mut [Statement]) {
    use crate::normalize::name_key;
    let mut short: indexmap::IndexMap<String, Vec<String>> = indexmap::IndexMap::new();
    for s in out.iter() {
        let (Some(a), Some(span)) = (&s.speaker, &s.speaker_span) else { continue };
        let (name, written) = (name_key(&a.name), name_key(&span.text));
        let ends_name = name.strip_suffix(written.as_str()).is_some_and(|head| head.ends_with(' '));
        if a.kind == crate::model::AgentKind::Person && !written.is_empty() && ends_name {
            let labels = short.entry(a.id.clone()).or_default();
            if !labels.contains(&span.text) && !a.labels.contains(&span.text) {
                labels.push(span.text.clone());
            }
        }
    }
    if short.is_empty() {
        return;
    }
    for s in out.iter_mut() {
        for a in s.speaker.iter_mut().chain(s.entities.iter_mut().map(|m| &mut m.agent)) {
            for l in short.get(&a.id).into_iter().flatten() {
                if !a.labels.contains(l) {
                    a.labels.push(l.clone());
                }
            }
        }
    }
}

/// A quote that goes on in the next paragraph ("“… \n\n “…,” said X") is said by whoever
/// the last paragraph's cue names: a paragraph that found its speaker only by continuing
/// the one before takes the speaker of the paragraph after it, when a cue gave that one.
fn continued_quotes(doc: &Doc, out: &mut [Statement]) {
    let inside =
        |s: &Statement, q: &quotes::QuoteSpan| s.start >= doc.toks[q.open].end && s.end <= doc.toks[q.last].end;
    let by_carry = |s: &Statement| s.carried;
    // Last paragraph first, so a chain of paragraphs passes the speaker back to its first.
    for qi in (0..doc.quotes.len().saturating_sub(1)).rev() {
        let (q, next) = (&doc.quotes[qi], &doc.quotes[qi + 1]);
        if !q.continued {
            continue;
        }
        let Some(b) = out.iter().position(|s| inside(s, next) && s.speaker.is_some() && !by_carry(s)) else { continue };
        let Some(a) = out.iter().position(|s| inside(s, q) && by_carry(s)) else { continue };
        let (speaker, span, role, affiliation) =
            (out[b].speaker.clone(), out[b].speaker_span.clone(), out[b].role.clone(), out[b].affiliation.clone());
        let a = &mut out[a];
        a.speaker = speaker;
        a.speaker_span = span;
        a.role = role;
        a.affiliation = affiliation;
        a.rule = format!("{}.quote/continued-paragraph", a.lang.code());
        // Now named by a cue's speaker, it passes that speaker back to the paragraph before.
        a.carried = false;
        if !a.trace.is_empty() {
            a.trace.push("speaker: the quote goes on in the next paragraph, whose cue names the speaker".into());
        }
    }
}

/// Whether a cue verb occurs in sentence `s`.
fn has_cue(cx: &Ctx, s: Sentence) -> bool {
    (s.start..s.end).any(|k| cx.rules.cues.match_at(&cx.doc.toks, k, &cx.rules.clitics).is_some())
}

/// A headline that quotes someone by name ("« Nous tiendrons », prévient Anne Roux") gives
/// no statement, but its speaker is the article's first antecedent: the body's "La
/// ministre a défendu …" and "a-t-elle dit" are hers. Only names count: a headline's
/// pronoun or unnamed source refers to nothing yet.
fn note_headline_speakers(cx: &Ctx, s: Sentence) {
    let checkpoint = cx.disc.borrow().checkpoint();
    let (found, _) = patterns::sentence(cx, s, None);
    let mut disc = cx.disc.borrow_mut();
    disc.rewind(checkpoint);
    for st in found {
        let Some(who) = st.speaker.filter(|a| named(a.resolution)) else { continue };
        let pos = st.speaker_span.as_ref().map_or(cx.doc.toks[s.start].start, |span| span.start);
        disc.note(pos, who, false, st.role.as_deref());
    }
}

/// Whether a speaker was reached through their name, not through an earlier mention.
fn named(how: Resolution) -> bool {
    matches!(how, Resolution::Label | Resolution::New | Resolution::Transliteration)
}

/// Tokens of the first line.
fn first_line_end(doc: &Doc) -> usize {
    doc.toks.iter().skip(1).position(|t| t.newline_before).map_or(doc.toks.len(), |p| p + 1)
}

/// Tokens of the first line when it reads as a headline (no final punctuation), else 0.
fn headline_end(doc: &Doc) -> usize {
    let end = first_line_end(doc);
    let ends_sentence = |t: &crate::text::Tok| !t.word && punct::is_sentence_end(t.punct);
    // A full stop ends the line, perhaps inside a closing quote ("… for a “worst case.”").
    let terminal = match doc.toks[..end] {
        [.., ref before, ref last] if doc.in_quote[end - 1].is_some() && !last.word => ends_sentence(before),
        [.., ref last] => ends_sentence(last),
        [] => false,
    };
    if terminal || end == doc.toks.len() {
        0
    } else {
        end
    }
}
