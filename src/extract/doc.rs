//! What every pattern reads: the tokenised article with its quotes ([`Doc`]), the sentence
//! being read ([`Sentence`]), and one context value ([`Ctx`]) that carries them with the
//! language's rules, the knowledge base, the discourse and the trace.

use super::quotes::QuoteSpan;
use super::trace::Tracer;
use crate::article::Article;
use crate::kb::Kb;
use crate::lang::{Lang, LangRules};
use crate::resolve::Discourse;
use crate::text::{slice, Tok};
use std::cell::RefCell;

/// The tokenised article.
pub(crate) struct Doc<'a> {
    pub toks: Vec<Tok>,
    pub chars: Vec<char>,
    /// Top-level quotes, sorted by opening.
    pub quotes: Vec<QuoteSpan>,
    /// For each token, the quote it is in.
    pub in_quote: Vec<Option<usize>>,
    pub article: &'a Article,
}

impl Doc<'_> {
    /// Indices of the quotes that open within tokens `a..b`.
    pub fn quotes_in(&self, a: usize, b: usize) -> std::ops::Range<usize> {
        self.quotes.partition_point(|q| q.open < a)..self.quotes.partition_point(|q| q.open < b)
    }

    /// The original text between two code points.
    pub fn text(&self, start: usize, end: usize) -> String {
        slice(&self.chars, start, end)
    }

    /// The original text of a run of tokens.
    pub fn toks_text(&self, toks: &[Tok]) -> String {
        crate::resolve::toks_text(toks, &self.chars)
    }

    /// The token that contains (or follows) code point `pos`.
    pub fn tok_at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.end <= pos).min(self.toks.len().saturating_sub(1))
    }

    /// Whether token `i` is inside a quote of at least `min_words` words (a real quote, not
    /// a name in quote marks).
    pub fn in_real_quote(&self, i: usize, min_words: usize) -> bool {
        self.in_quote[i].is_some_and(|q| self.quotes[q].words >= min_words)
    }
}

/// One sentence: a half-open range of token indices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Sentence {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
}

impl Sentence {
    /// The token indices of the sentence.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// The same sentence, cut to end before token `end`.
    pub fn until(self, end: usize) -> Sentence {
        Sentence { start: self.start, end: end.min(self.end) }
    }
}

/// "أحمد ذكر الله", "محمد نصر الدين": after a word and before a second half of a compound
/// given name (`compound_name_ends`), a word is half of a name, never a cue verb.
fn unmark_compound_names(toks: &mut [crate::text::Tok], rules: &LangRules) {
    if rules.compound_name_ends.is_empty() {
        return;
    }
    for i in 1..toks.len().saturating_sub(1) {
        let end = toks[i + 1].word && rules.compound_name_ends.contains(toks[i + 1].fold.as_str());
        if end && toks[i].word && toks[i - 1].word {
            rules.cues.exclude_start(&mut toks[i]);
        }
    }
}

/// A name that folds like a written stop ("علي", Ali, folds like "على", on) opens no
/// complementizer ("على أن"): "وقال الوزير محمد علي إن …" names Mohammed Ali, and its
/// report opens at "إن".
fn unmark_stop_lookalikes(toks: &mut [crate::text::Tok], chars: &[char], rules: &LangRules) {
    for t in toks.iter_mut() {
        if rules.morph.is_stop_lookalike(t, &chars[t.start..t.end]) {
            rules.complementizers.exclude_start(t);
        }
    }
}

/// Name particles written in lower case belong to the capitalised name they are glued to or
/// stand within ("al-Sabah", "alSabah", "Abdullah bin Hamad"): such tokens count as
/// capitalised, so that name runs do not break at them.
fn mark_name_particles(toks: &mut [crate::text::Tok], chars: &[char], rules: &LangRules) {
    // Most words share no first byte with any particle: one table load rejects them.
    let mut first_bytes = [false; 256];
    for p in &rules.name_particles {
        if let Some(&b) = p.as_bytes().first() {
            first_bytes[usize::from(b)] = true;
        }
    }
    for i in 0..toks.len() {
        let t = &toks[i];
        let may_open = t.fold.as_bytes().first().is_some_and(|&b| first_bytes[usize::from(b)]);
        if !t.word || t.cap || !may_open {
            continue;
        }
        let Some(p) = rules.name_particles.iter().find(|p| t.fold.starts_with(p.as_str())) else { continue };
        let n = p.chars().count();
        let rest = t.start + n;
        let glued = rest < t.end
            && (chars[rest].is_uppercase()
                || (chars[rest] == '-' && chars.get(rest + 1).is_some_and(|c| c.is_uppercase())));
        let between = t.end - t.start == n
            && i > 0
            && toks[i - 1].word
            && toks[i - 1].cap
            && toks.get(i + 1).is_some_and(|n| n.word && n.cap);
        if glued || between {
            toks[i].cap = true;
        }
    }
    mark_inner_particles(toks, chars, rules);
}

/// Marks a run of inner name particles after a capitalised word as capitalised when the run
/// ends at a capitalised word ("Roux de Bézieux", "von der Leyen") or at a particle glued to
/// one ("Giscard d'Estaing").
fn mark_inner_particles(toks: &mut [crate::text::Tok], chars: &[char], rules: &LangRules) {
    let inner = &rules.inner_name_particles;
    if inner.is_empty() {
        return;
    }
    // Particles are short words: most tokens are rejected by length before any hashing.
    let longest = inner.iter().map(String::len).max().unwrap_or(0);
    let plain = |t: &crate::text::Tok| t.word && !t.cap && t.fold.len() <= longest && inner.contains(t.fold.as_str());
    let glued = |t: &crate::text::Tok| {
        t.word
            && !t.cap
            && t.fold.contains('\'')
            && inner.iter().any(|p| {
                p.ends_with('\'') && t.fold.starts_with(p.as_str()) && {
                    let rest = t.start + p.chars().count();
                    rest < t.end && chars[rest].is_uppercase()
                }
            })
    };
    let mut i = 1;
    while i < toks.len() {
        if !(toks[i - 1].word && toks[i - 1].cap) || !(plain(&toks[i]) || glued(&toks[i])) {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < toks.len() && plain(&toks[end]) {
            end += 1;
        }
        let closes = match toks.get(end) {
            Some(t) if t.word && t.cap => Some(end),
            Some(t) if glued(t) => Some(end + 1),
            _ => None,
        };
        if let Some(stop) = closes {
            toks[i..stop].iter_mut().for_each(|t| t.cap = true);
        }
        i = end.max(i + 1);
    }
}

/// Everything a pattern needs about the article it reads, in one value.
pub(crate) struct Ctx<'a> {
    pub doc: Doc<'a>,
    pub rules: &'static LangRules,
    pub kb: &'a Kb,
    /// Who has been mentioned and who has spoken so far.
    pub disc: RefCell<Discourse<'a>>,
    /// The decisions taken, when `--explain` asks for them.
    pub trace: Tracer,
}

impl<'a> Ctx<'a> {
    /// Tokenises `article`, pairs its quotes and opens its discourse; also returns its
    /// sentences.
    pub fn new(article: &'a Article, kb: &'a Kb, trace: bool) -> (Ctx<'a>, Vec<Sentence>) {
        let chars: Vec<char> = article.text.chars().collect();
        let mut toks = crate::text::tokenize_chars(&chars);
        let rules = article.lang.rules();
        crate::text::StartIndex::mark(&[&rules.starts, &kb.starts], &rules.proclitics, &mut toks);
        mark_name_particles(&mut toks, &chars, rules);
        unmark_compound_names(&mut toks, rules);
        unmark_stop_lookalikes(&mut toks, &chars, rules);
        let quotes = super::quotes::pair(&toks, rules);
        let in_quote = super::quotes::membership(toks.len(), &quotes);
        let doc = Doc { chars, toks, quotes, in_quote, article };
        let sentences = super::quotes::sentences(&doc.toks, &doc.quotes, &doc.in_quote, rules)
            .into_iter()
            .map(|(start, end)| Sentence { start, end })
            .collect();
        let disc = Discourse::new(kb, article).into();
        (Ctx { doc, rules, kb, disc, trace: Tracer::new(trace) }, sentences)
    }

    /// The article's language.
    pub fn lang(&self) -> Lang {
        self.doc.article.lang
    }

    /// The tokens of the article.
    pub fn toks(&self) -> &[Tok] {
        &self.doc.toks
    }

    /// The last indefinite document noun ("a statement", "un communiqué", "بيان") in
    /// sentence `s` outside the code points `skip` (what was said), as written: the
    /// sentence's speaker spoke through it, and a later "the statement" refers to them.
    /// "…, ajoute le communiqué" refers to one already issued.
    pub fn document_issued(&self, s: Sentence, skip: (usize, usize)) -> Option<String> {
        let (toks, rules) = (&self.doc.toks, self.rules);
        let outside = |k: usize| toks[k].end <= skip.0 || toks[k].start >= skip.1;
        let indefinite = |k: usize| {
            let article = k > s.start && toks[k - 1].word && rules.indefinites.contains(toks[k - 1].fold.as_str());
            article || (rules.morph.glues_article() && !rules.morph.is_definite(&toks[k].fold))
        };
        let document = |k: usize| rules.doc_nouns.match_at(toks, k, &rules.clitics).map(|m| (k, m.len));
        let (k, n) = s.range().rev().filter_map(document).find(|&(k, _)| outside(k) && indefinite(k))?;
        Some(self.doc.toks_text(&toks[k..k + n]))
    }
}
