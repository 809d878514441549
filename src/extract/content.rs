//! What a statement says: the reported clause or quote after a cue, its kind (direct,
//! indirect, mixed) and its exact span.

use super::doc::{Ctx, Doc, Sentence};
use crate::lang::{punct, Gender, LangRules};
use crate::model::QuoteKind;
use crate::text::PhraseMatch;
use crate::tuning::window;

/// What a statement's content is: its kind, its offsets, the quotes it uses.
pub(super) struct Content {
    pub(super) kind: QuoteKind,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) quotes: Vec<usize>,
}

/// Words between two code points.
pub(super) fn words_between(doc: &Doc, start: usize, end: usize) -> usize {
    let (a, b) = (doc.toks.partition_point(|t| t.start < start), doc.toks.partition_point(|t| t.end <= end));
    doc.toks[a..b.max(a)].iter().filter(|t| t.word).count()
}

/// Where the reported clause starts after a complementizer found at token `j`: the token and
/// the characters to skip in it. "qu'" glued to a word, and "qu'elle" matched whole (for the
/// pronoun's gender), both leave the clause its subject: "elle comptait …".
pub(super) fn clause_start(doc: &Doc, j: usize, cm: &PhraseMatch<'_, Gender>) -> (usize, usize) {
    match cm.glued {
        Some(n) => (j + cm.len - 1, n),
        None => {
            let last = &doc.toks[j + cm.len - 1];
            match last.fold.find('\'') {
                Some(k) if k + 1 < last.fold.len() => (j + cm.len - 1, last.fold[..=k].chars().count()),
                _ => (j + cm.len, 0),
            }
        }
    }
}

/// The content that starts at token `s` (skipping `skip` code points of it) and runs to the
/// end of `sentence`, minus final punctuation; cut before a second cue or a source adjunct
/// after a comma, and after a quoted fragment that a coordinated verb follows ("… “X” et
/// s'est engagé à “Y”").
pub(super) fn clause(cx: &Ctx, s: usize, skip: usize, sentence: Sentence) -> Content {
    let (doc, rules) = (&cx.doc, cx.rules);
    if s >= sentence.end {
        // Nothing follows the cue in its sentence ("… he said that" at the very end).
        let at = doc.toks.get(s.min(doc.toks.len()).saturating_sub(1)).map_or(0, |t| t.end);
        return Content { kind: QuoteKind::Indirect, start: at, end: at, quotes: Vec::new() };
    }
    let mut e = sentence.end;
    while e > s + 1 && punct::is_trailing(&doc.toks[e - 1]) && doc.in_quote[e - 1].is_none() {
        e -= 1;
    }
    // "…, adding that …" / "…، مضيفا أن …" / "…, but insisted that …": a second cue after a
    // comma (and a coordinator) starts a new statement. "…, according to a copy seen by
    // Reuters": a source adjunct closes the clause too.
    // A quote that closes on a comma ("they want “justice,” but pledged to …") is such a
    // separator too: the cut falls after its closing mark.
    let cue_at = |k: usize| rules.cues.match_at(&doc.toks, k, &rules.clitics).is_some();
    let closes_on_separator = |k: usize| {
        doc.in_quote[k].is_some_and(|qi| doc.quotes[qi].close == Some(k))
            && k > 0
            && punct::is_clause_separator(&doc.toks[k - 1])
    };
    // "…, but insisted that …", "…, but analysts agreed it was …": a coordinator, then
    // within a subject's length a cue, opens a clause of its own (not a second "that").
    let coordinated_cue = |k: usize| {
        k + 2 < e
            && is_coordinator(doc, k + 1, rules)
            && rules.complementizers.match_at(&doc.toks, k + 2, &rules.clitics).is_none()
            && (k + 2..(k + 3 + window::NOMINAL_WORDS).min(e)).take_while(|&p| doc.toks[p].word).any(cue_at)
    };
    if let Some(k) = (s + 1..e.saturating_sub(1)).find(|&k| {
        let separator = punct::is_clause_separator(&doc.toks[k]) && doc.in_quote[k].is_none();
        (separator || closes_on_separator(k))
            && (cue_at(k + 1)
                || coordinated_cue(k)
                || rules.according_to.match_at(&doc.toks, k + 1, &rules.clitics).is_some())
    }) {
        e = if closes_on_separator(k) { k + 1 } else { k };
    }
    let inside: Vec<usize> = doc.quotes_in(s, e).filter(|&qi| doc.quotes[qi].after() <= e).collect();
    for (k, &qi) in inside.iter().enumerate() {
        let after = doc.quotes[qi].after();
        if k + 1 < inside.len() && after < e && is_coordinator(doc, after, rules) {
            e = after;
            break;
        }
    }
    let inside: Vec<usize> = inside.into_iter().filter(|&qi| doc.quotes[qi].after() <= e).collect();
    if let [qi] = inside[..] {
        let q = &doc.quotes[qi];
        if q.open == s && q.after() >= e {
            return quote_content(doc, qi);
        }
    }
    let start = doc.toks[s].start + skip;
    let end = doc.toks[e - 1].end.max(start);
    let kind = if inside.is_empty() { QuoteKind::Indirect } else { QuoteKind::Mixed };
    Content { kind, start, end, quotes: inside }
}

/// A coordinator at token `k`: a word of the table, or a proclitic coordinator glued to a
/// longer word that is no complementizer (Arabic "و").
pub(super) fn is_coordinator(doc: &Doc, k: usize, rules: &LangRules) -> bool {
    let t = &doc.toks[k];
    if !t.word {
        return false;
    }
    rules.coordinators.iter().any(|c| {
        t.fold == *c
            || (rules.clitics.contains(c)
                && t.fold.strip_prefix(c.as_str()).is_some_and(|rest| rest.chars().count() >= rules.morph.min_stem())
                && rules.complementizers.match_at(&doc.toks, k, &rules.clitics).is_none())
    })
}

/// The words inside quote `qi`, without its marks.
pub(super) fn quote_content(doc: &Doc, qi: usize) -> Content {
    let q = &doc.quotes[qi];
    let first = (q.open + 1).min(q.last);
    Content { kind: QuoteKind::Direct, start: doc.toks[first].start, end: doc.toks[q.last].end, quotes: vec![qi] }
}
