//! What a statement says: the reported clause or quote after a cue, its kind (direct,
//! indirect, mixed) and its exact span.

use super::doc::{Ctx, Doc, Sentence};
use crate::lang::{punct, Gender, LangRules};
use crate::model::QuoteKind;
use crate::text::PhraseMatch;
use crate::tuning::window;

/// What a statement's content is: its kind, its offsets, the quotes it uses.
#[derive(Clone)]
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
/// A comma after the complementizer ("stated that, “…”") is no part of the clause.
pub(super) fn clause_start(doc: &Doc, j: usize, cm: &PhraseMatch<'_, Gender>) -> (usize, usize) {
    match cm.glued {
        Some(n) => (j + cm.len - 1, n),
        None => {
            let last = &doc.toks[j + cm.len - 1];
            match last.fold.find('\'') {
                Some(k) if k + 1 < last.fold.len() => (j + cm.len - 1, last.fold[..=k].chars().count()),
                _ => {
                    // "that, …" / "ajoutant que : « … »": the mark after it opens nothing.
                    let mark =
                        doc.toks.get(j + cm.len).is_some_and(|t| punct::is_clause_separator(t) || punct::is_colon(t));
                    (j + cm.len + usize::from(mark), 0)
                }
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
    // "WASHINGTON (Reuters) - The Fed will …, two officials said": the dateline is the
    // reporter's.
    let s = if s == sentence.start { s + super::subjects::dateline_len(cx, &doc.toks[s..sentence.end]) } else { s };
    if s >= sentence.end {
        // Nothing follows the cue in its sentence ("… he said that" at the very end).
        let at = doc.toks.get(s.min(doc.toks.len()).saturating_sub(1)).map_or(0, |t| t.end);
        return Content { kind: QuoteKind::Indirect, start: at, end: at, quotes: Vec::new() };
    }
    let mut e = sentence.end;
    // Final punctuation, and a parenthesis closing an aside the content started inside
    // ("(her campaign disclosed that she has the flu)."), stay out.
    let unopened = |e: usize| {
        punct::parenthesis(&doc.toks[e - 1]) == Some(false)
            && !doc.toks[s..e - 1].iter().any(|t| punct::parenthesis(t) == Some(true))
    };
    while e > s + 1 && (punct::is_trailing(&doc.toks[e - 1]) || unopened(e)) && doc.in_quote[e - 1].is_none() {
        e -= 1;
    }
    let mut e = next_statement(doc, rules, s, e);
    // "Insisting that the bridge was safe, the engineers reopened it": a speech participle
    // opening the sentence reports up to the comma before the main clause.
    if let Some(k) = super::opening_report::speech_participle_end(cx, sentence).filter(|&k| s < k) {
        e = e.min(k);
    }
    // "While aides have suggested his role is X, Mr. Y is …": a report inside a subordinate
    // clause opening the sentence ends before the main clause.
    if let Some(k) = super::opening_report::subordinate_clause_end(cx, sentence, s) {
        e = e.min(k);
    }
    let inside: Vec<usize> = doc.quotes_in(s, e).filter(|&qi| doc.quotes[qi].after() <= e).collect();
    for (k, &qi) in inside.iter().enumerate() {
        let after = doc.quotes[qi].after();
        // (Not "“X” and “Y”": a quote right after a lone coordinator goes on with the first;
        // "“X” وأكدت “Y”" has its verb glued to the coordinator.)
        let quote_after =
            || is_lone_coordinator(doc, after, rules) && doc.in_quote.get(after + 1).is_some_and(Option::is_some);
        if k + 1 < inside.len() && after < e && is_coordinator(doc, after, rules) && !quote_after() {
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

/// Where a content starting at token `s` ends because another statement begins before `e`:
/// "…, adding that …" / "…، مضيفا أن …" (a cue after a comma); "…, but insisted that …",
/// "…, but economists agreed it was …" (a comma, a coordinator, then within a subject's length
/// a cue: a clause of its own, unless a second "that" continues the first); "… and warned
/// against …", "… and Democrats accused …" (a coordinator word alone, then a cue); "…,
/// according to a copy seen by Reuters" (a source adjunct). A quote that closes on a comma
/// ("they want “justice,” but pledged to …") is a comma too: the cut falls after its mark.
fn next_statement(doc: &Doc, rules: &LangRules, s: usize, e: usize) -> usize {
    let cue_at = |k: usize| rules.cues.match_at(&doc.toks, k, &rules.clitics).is_some();
    let closes_on_separator = |k: usize| {
        doc.in_quote[k].is_some_and(|qi| doc.quotes[qi].close == Some(k))
            && k > 0
            && punct::is_clause_separator(&doc.toks[k - 1])
    };
    // A cue within a subject's length from `p`, words only, and no second "that" at `p`.
    let cue_ahead = |p: usize| {
        p < e
            && rules.complementizers.match_at(&doc.toks, p, &rules.clitics).is_none()
            && (p..(p + 1 + window::NOMINAL_WORDS).min(e)).take_while(|&q| doc.toks[q].word).any(cue_at)
    };
    let lone_coordinator = |k: usize| doc.in_quote[k].is_none() && is_lone_coordinator(doc, k, rules);
    // "…, the plant stays open, the Courier reports.": a short subject and a cue that end the
    // content are its own attribution, not part of what was said.
    let trailing_attribution = |k: usize| {
        (k + 2..(k + 2 + window::NOMINAL_WORDS).min(e))
            .take_while(|&q| doc.toks[q - 1].word)
            .any(|q| rules.cues.match_at(&doc.toks, q, &rules.clitics).is_some_and(|m| q + m.len == e))
    };
    // "… مشيرا إلى أن …" without a comma (Arabic news often leaves it out): a participle of
    // speech with its own complementizer opens the next report. (In English a participle
    // without a comma modifies a noun: "a news conference announcing that …".)
    let participle_report = |k: usize| {
        rules.raw.syntax.verb_first
            && doc.in_quote[k].is_none()
            && rules.cues.match_at(&doc.toks, k, &rules.clitics).is_some_and(|m| {
                rules.verbs[m.value.verb].adverbial
                    && rules.complementizers.match_at(&doc.toks, k + m.len, &rules.clitics).is_some()
            })
    };
    let cut = (s + 1..e.saturating_sub(1)).find_map(|k| {
        let separator = punct::is_clause_separator(&doc.toks[k]) && doc.in_quote[k].is_none();
        // "…، لكنه حذر من أن …": a clause opener, then a cue.
        let opener =
            |p: usize| doc.toks.get(p).is_some_and(|t| t.word && rules.clause_openers.contains(t.fold.as_str()));
        // Read only after a separator (it looks up cues ahead).
        let after_separator = || {
            cue_at(k + 1)
                || trailing_attribution(k)
                || (opener(k + 1) && cue_ahead(k + 2))
                || (is_coordinator(doc, k + 1, rules) && cue_ahead(k + 2))
                || rules.according_to.match_at(&doc.toks, k + 1, &rules.clitics).is_some()
        };
        if separator && after_separator() {
            Some(k)
        } else if closes_on_separator(k) && after_separator() {
            Some(k + 1)
        } else if (lone_coordinator(k) && cue_ahead(k + 1)) || participle_report(k) {
            Some(k)
        } else {
            None
        }
    });
    cut.unwrap_or(e)
}

/// Whether the words from token `k` to the sentence end are the reporter's participle
/// clause ("…, the association said, squeezing first-time buyers."): a participle and no
/// finite verb after it (a gerund subject has one: "replacing her would be hard").
pub(super) fn is_participle_adjunct(doc: &Doc, rules: &LangRules, k: usize, end: usize) -> bool {
    // A finite verb after a subordinator is its own clause's ("asking not to be identified
    // because the talks are private"), not the verb of a gerund subject; a participle after
    // a passive auxiliary ("to be identified") is no finite verb.
    let toks = &doc.toks;
    let finite = |j: usize| {
        let passive = toks[j - 1].word && rules.passive_aux.contains(toks[j - 1].fold.as_str());
        (rules.is_finite(&toks[j]) && !passive) || rules.aux.contains(toks[j].fold.as_str())
    };
    k < end
        && rules.is_participle(&toks[k])
        && !(k + 1..end).take_while(|&j| !rules.is_subordinator(&toks[j])).any(finite)
}

/// A coordinator standing as a word of its own at token `k` ("and", not Arabic "و" glued to
/// the next word): what can join two clauses without a comma.
pub(super) fn is_lone_coordinator(doc: &Doc, k: usize, rules: &LangRules) -> bool {
    let t = &doc.toks[k];
    t.word && rules.coordinators.iter().any(|c| t.fold == *c)
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

/// The paragraph that a colon ending its own paragraph announces ("He said:" then "“We
/// have …”" as the next paragraph; "Il a ajouté :" then the quotation): the press sets a long
/// quotation apart as a paragraph of its own. `None` unless a paragraph starts right after
/// the colon at `colon`.
pub(super) fn announced_paragraph(cx: &Ctx, colon: usize) -> Option<Content> {
    let toks = &cx.doc.toks;
    let first = colon + 1;
    if !toks.get(first).is_some_and(|t| t.newline_before) {
        return None;
    }
    let end = (first + 1..toks.len()).find(|&k| toks[k].newline_before).unwrap_or(toks.len());
    Some(clause(cx, first, 0, Sentence { start: first, end }))
}
