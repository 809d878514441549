//! "According to" attributions: "selon X, …", "…, according to X.", "ووفقا لـ X، فإن …".
//!
//! A marker names the source instead of a speech verb: the source is the phrase after the
//! marker (up to a comma, or the sentence end), the statement the clause on the other side.

use super::content::{clause, clause_start, words_between, Content};
use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::search::resolve;
use super::speaker::{analyze, cut_at_stop, Side};
use super::statement::statement;
use crate::lang::punct;
use crate::model::{QuoteKind, Statement};
use crate::phrase::{Phrase, Who};
use crate::text::{PhraseMatch, Tok};
use crate::tuning::{confidence, min_words, window};

/// "selon X, …" / "…, according to X." / "ووفقا لـ X، فإن …", with the marker at token `i`.
/// Returns the statement and the token where what it covers ends (a relative clause after
/// a closing source is read on its own: "…, selon Air-Ouest, qui prévoit que …").
pub(super) fn according_to(cx: &Ctx, s: Sentence, i: usize) -> Option<(Statement, usize)> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let m = rules.according_to.match_at(&doc.toks, i, &rules.clitics).filter(|m| i + m.len <= s.end)?;
    let marker = &rules.raw.according_to[*m.value];
    cx.trace.step("marker", || format!("'{}' ({})", doc.toks_text(&doc.toks[i..i + m.len]), marker.id));
    let first_name = i + m.len - usize::from(m.glued.is_some());
    if first_name < s.end && rules.is_relative_pronoun(&doc.toks[first_name]) {
        return relative_source(cx, s, (i, first_name), &m, &marker.id);
    }
    let lead = doc.toks[s.start..i].iter().filter(|t| t.word).count();
    let mut covered = s.end;
    let (c, mut source) = if lead <= 1 {
        // The marker opens the sentence: the source runs to a comma, the clause follows.
        let comma = source_end(cx, s, first_name)?;
        let source = glued_source(cx, &m, first_name, comma);
        // "According to Chief X, who briefed reporters, crews reached …": a relative clause
        // after the source is the source's, up to its comma.
        let relative_end = || {
            let sep = |k: usize| punct::is_clause_separator(&doc.toks[k]);
            let relative = doc.toks.get(comma + 1).is_some_and(|t| rules.is_relative_pronoun(t));
            relative.then(|| (comma + 2..s.end).find(|&k| sep(k))).flatten()
        };
        let comma = relative_end().unwrap_or(comma);
        let (mut cs, mut skip) = (comma + 1, 0);
        if let Some(cm) = rules.complementizers.match_at(&doc.toks, cs, &rules.clitics) {
            (cs, skip) = clause_start(doc, cs, &cm);
        }
        if cs >= s.end {
            return None;
        }
        (clause(cx, cs, skip, s), source)
    } else if let Some(clause_end) = clause_before(cx, s, i) {
        // The marker closes the sentence: the clause comes first; the source ends at the
        // next comma when a relative clause follows it.
        let relative = |k: usize| doc.toks.get(k + 1).is_some_and(|t| rules.is_relative_pronoun(t));
        if let Some(k) = (first_name..s.end).find(|&k| punct::is_clause_separator(&doc.toks[k]) && relative(k)) {
            covered = k;
        }
        // "The plan, according to officials, will cost …": set off inside the clause, the
        // marker's source ends at its comma and the whole sentence is what it covers.
        if let Some(k) = inserted_source_end(cx, s, first_name).filter(|&k| k < covered) {
            return finish_inserted(cx, s, (i, k), &m, marker, glued_source(cx, &m, first_name, k));
        }
        (clause(cx, s.start, 0, s.until(clause_end)), glued_source(cx, &m, first_name, covered))
    } else {
        cx.trace.step("marker", || "neither opens nor closes the sentence".into());
        return None;
    };
    after_medium(&mut source, marker);
    strip_issuer(&mut source, cx);
    let phrase = source_phrase(cx, &source, marker.named_only, !c.quotes.is_empty())?;
    if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < min_words::ACCORDING_TO {
        return None;
    }
    Some((finish(cx, c, &phrase, i, &m, &marker.id), covered))
}

/// "Le syndicat, selon qui la réforme menace l'emploi, appelle …", "La préfète, pour qui
/// « la sécurité prime », a maintenu …": a marker whose source is a relative pronoun set off
/// after a noun phrase; what it covers runs to the next comma, its source is the antecedent.
fn relative_source(
    cx: &Ctx,
    s: Sentence,
    (i, rel): (usize, usize),
    m: &PhraseMatch<'_, usize>,
    id: &str,
) -> Option<(Statement, usize)> {
    let doc = &cx.doc;
    let phrase = super::antecedent::relative_antecedent(cx, s, i)?;
    let end = (rel + 1..s.end).find(|&k| punct::is_clause_separator(&doc.toks[k]) && doc.in_quote[k].is_none())?;
    let c = clause(cx, rel + 1, 0, s.until(end));
    if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < min_words::ACCORDING_TO {
        return None;
    }
    cx.trace.step("marker", || "its source is a relative pronoun: the antecedent's".into());
    Some((finish(cx, c, &phrase, i, m, id), end))
}

/// The comma that ends a source set off inside its clause ("The plan, according to
/// officials, will cost …"): one after the source that a finite verb follows before any
/// other comma.
fn inserted_source_end(cx: &Ctx, s: Sentence, first_name: usize) -> Option<usize> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let sep = |k: usize| punct::is_clause_separator(&doc.toks[k]);
    let comma = (first_name..s.end).find(|&k| sep(k))?;
    // "…, according to X, and said …": a coordinated predicate is a statement of its own;
    // "…, according to X, a retired economist, whose …": an article opens an apposition.
    if !doc.toks.get(comma + 1)?.word
        || super::content::is_coordinator(doc, comma + 1, rules)
        || rules.is_article(&doc.toks, comma + 1)
    {
        return None;
    }
    let rest = (comma + 1..s.end).take_while(|&k| !sep(k)).take(window::ADJUNCT + 1);
    rest.into_iter().any(|k| rules.is_lowercase_finite(&doc.toks[k])).then_some(comma)
}

/// The statement of a marker (at `at.0`) set off inside its clause up to the comma at
/// `at.1`: the sentence from its start to its end, marker included, said by the source.
fn finish_inserted(
    cx: &Ctx,
    s: Sentence,
    at: (usize, usize),
    m: &PhraseMatch<'_, usize>,
    marker: &crate::lang::rules::Marker,
    mut source: Vec<Tok>,
) -> Option<(Statement, usize)> {
    cx.trace.step("marker", || "set off inside the clause it covers".into());
    strip_issuer(&mut source, cx);
    // "La banque a relevé son taux, une décision qui, selon elle, doit …": a clause with a
    // verb of its own, ended by a comma before the marker's, is not what the marker covers.
    let (doc, rules) = (&cx.doc, cx.rules);
    let comma =
        (s.start..at.0 - 1).rev().find(|&k| punct::is_clause_separator(&doc.toks[k]) && doc.in_quote[k].is_none());
    let start =
        comma.filter(|&k| (s.start..k).any(|j| rules.is_lowercase_verb(&doc.toks[j]))).map_or(s.start, |k| k + 1);
    let (before, after) = (clause(cx, start, 0, s.until(at.0 - 1)), clause(cx, at.1 + 1, 0, s));
    let quotes: Vec<usize> = before.quotes.iter().chain(&after.quotes).copied().collect();
    let phrase = source_phrase(cx, &source, marker.named_only, !quotes.is_empty())?;
    let kind = if quotes.is_empty() { QuoteKind::Indirect } else { QuoteKind::Mixed };
    let c = Content { kind, start: before.start, end: after.end, quotes };
    Some((finish(cx, c, &phrase, at.0, m, &marker.id), s.end))
}

/// The comma that ends the source after a marker opening the sentence; a name, a title or a
/// short description in apposition belongs to the source ("Selon la porte-parole, Clara
/// Moreau, …", "Selon Dmitri Peskov, porte-parole du Kremlin, …", "Pour la FNSEA, principal
/// syndicat agricole, …").
fn source_end(cx: &Ctx, s: Sentence, first_name: usize) -> Option<usize> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let sep = |k: usize| punct::is_clause_separator(&doc.toks[k]);
    let comma = (first_name..s.end).find(|&k| sep(k))?;
    let Some(next) = (comma + 1..s.end).find(|&k| sep(k)) else { return Some(comma) };
    let seg = &doc.toks[comma + 1..next];
    let words = seg.iter().filter(|t| t.word).count();
    let named = analyze(cx, seg, Side::After).is_some_and(|p| matches!(p.who, Who::Name { .. }));
    let head = &doc.toks[first_name..comma];
    // "Pour son délégué, Marc Vidal, …": a possessed title too.
    let possessed_title = head.len() > 1
        && rules.articles.contains(head[0].fold.as_str())
        && rules.titles.match_at(head, 1, &[]).is_some();
    let title_only = possessed_title
        || analyze(cx, head, Side::After).is_some_and(|p| matches!(p.who, Who::Title(_) | Who::Anaphor(..)));
    // "Pour Julie Morel, usagère rencontrée gare de Lyon, « … »": a description opening on
    // a common noun, with no verb of its own.
    let apposition = words <= window::APPOSITION_WORDS
        && seg.first().is_some_and(|t| {
            t.word
                && !t.cap
                && rules.determiners.match_at(seg, 0, &[]).is_none()
                && rules.pronouns.match_at(seg, 0, &[]).is_none()
        })
        && seg.iter().all(|t| t.word && !rules.is_finite(t));
    // A title without article ("…, le président, …" with an article may be the clause's subject).
    let titled = words <= window::APPOSITION_WORDS && rules.titles.match_at(seg, 0, &rules.clitics).is_some();
    let named_apposition = words <= window::NAMED_APPOSITION_WORDS && named && title_only;
    Some(if named_apposition || apposition || titled { next } else { comma })
}

/// The source's tokens from `first_name` to `end`; a marker glued to the name ("لخبير")
/// leaves the name's own word, with its article restored where the preposition fused it.
fn glued_source(cx: &Ctx, m: &PhraseMatch<'_, usize>, first_name: usize, end: usize) -> Vec<Tok> {
    let doc = &cx.doc;
    let glued = m.glued.map(|n| {
        let mut t = doc.toks[first_name].clone();
        t.start += n;
        let fold = cx.rules.morph.after_glued(&t.fold, n);
        t.set_fold(&fold);
        t.cap = doc.chars.get(t.start).is_some_and(|c| c.is_uppercase());
        t
    });
    let rest = first_name + usize::from(m.glued.is_some());
    let mut source: Vec<Tok> = glued.into_iter().chain(doc.toks[rest..end.max(rest)].iter().cloned()).collect();
    // "selon l'Insee", "selon l'OMS": the elided article glued to a name is no part of it,
    // and the name keeps its capital.
    if let Some(first) = source.first_mut().filter(|_| m.glued.is_none()) {
        elide(first, cx);
    }
    source
}

/// Takes an elided article or conjunction ("l'", "d'") off a word whose rest is
/// capitalised, so that the rest reads as the name it is.
fn elide(t: &mut Tok, cx: &Ctx) {
    let Some(n) = cx.rules.clitics.iter().find(|c| t.fold.starts_with(c.as_str())).map(|c| c.chars().count()) else {
        return;
    };
    let rest = &cx.doc.chars[(t.start + n).min(t.end)..t.end];
    if !t.word || !rest.first().is_some_and(|c| c.is_uppercase()) {
        return;
    }
    t.drop_prefix(n);
    t.upper = rest.iter().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase());
}

/// "according to data from X", "selon un rapport de X": the document's issuer is the source;
/// "بحسب ما ذكرت صحيفة X": the verb after the marker is not part of the source.
fn strip_issuer(source: &mut Vec<Tok>, cx: &Ctx) {
    let rules = cx.rules;
    let det = usize::from(
        rules.determiners.match_at(source, 0, &[]).is_some()
            || source.first().is_some_and(|t| rules.indefinites.contains(t.fold.as_str())),
    );
    // "بيان صادر عن مجلس الوزراء", "بيان لمجلس الوزراء", "a statement issued by the cabinet":
    // every link word, or the preposition glued to the issuer, goes.
    if let Some(m) = rules.doc_nouns.match_at(source, det, &rules.clitics) {
        let rest = &source[det + m.len..];
        let linked = rules.issuer_links.match_at(rest, 0, &[]).is_some_and(|l| l.glued.is_none())
            || rest.first().is_some_and(|t| rules.morph.glued_preposition(&t.fold).is_some());
        if linked {
            *source = super::names::skip_genitive(rest, rules);
            // "une étude de l'Insee": the issuer keeps no elided article before its capital.
            if let Some(first) = source.first_mut() {
                elide(first, cx);
            }
        }
    }
    if let Some(n) = rules.cues.match_at(source, 0, &rules.clitics).map(|m| m.len) {
        source.drain(..n);
    } else if source.len() > 1 && verb_with_object(&source[0], cx) {
        // "حسب ما أعلنته الوزارة": the verb with its object pronoun, then the source.
        source.drain(..1);
    }
    // "les chiffres publiés par l'Agence X", "a decision taken by the committee": the agent;
    // "des analystes interrogés par l'AFP": the reporter who asked, not the source.
    if let Some(k) = source.iter().position(|t| t.word && rules.agent_prepositions.contains(t.fold.as_str())) {
        let asked = k > 0 && rules.reporter_participles.contains(source[k - 1].fold.as_str());
        if asked {
            source.truncate(k - 1);
        } else if k > 0 && k + 1 < source.len() {
            source.drain(..=k);
            elide(&mut source[0], cx);
        }
    }
    // "une étude de l'Insee publiée jeudi": the participle after the issuer's name describes
    // the document, not who wrote it (an agent after it was taken above); "un délégué" is
    // no participle.
    let chars = &cx.doc.chars;
    // "à l'Assemblée" is a capitalised noun behind its article.
    let participle = |k: usize| {
        let t = &source[k];
        t.word
            && !t.cap
            && super::names::past_participle(t, rules, chars)
            && !super::names::capital_behind_article(source, k, rules, chars)
    };
    // "a report released last month": after a document's noun, the same.
    let named_before = |k: usize| {
        source[..k].iter().any(|t| t.cap) || (0..k).any(|j| rules.doc_nouns.match_at(&source[..k], j, &[]).is_some())
    };
    if let Some(k) = (1..source.len()).find(|&k| participle(k) && named_before(k)) {
        source.truncate(k);
    }
    *source = cut_at_stop(cx, source);
}

/// Where the clause before a marker at `i` that closes the sentence ends: at the comma
/// before it, or past a quote closed on its comma ("“There is no buyer,” according to the
/// company"); `None` when no comma precedes the marker.
fn clause_before(cx: &Ctx, s: Sentence, i: usize) -> Option<usize> {
    let (toks, rules) = (cx.toks(), cx.rules);
    if i <= s.start + 1 {
        return None;
    }
    let prev = &toks[i - 1];
    let closed_quote = !prev.word && rules.is_closer(prev.punct) && cx.doc.in_quote[i - 1].is_some();
    if punct::is_clause_separator(prev) {
        Some(i - 1)
    } else if closed_quote && punct::is_clause_separator(&toks[i - 2]) {
        Some(i)
    } else {
        None
    }
}

/// "بحسب ما نقلته الوكالة عن مصدر أمني": the source named after one of the marker's
/// `source_after` words, not the medium before it.
fn after_medium(source: &mut Vec<Tok>, marker: &crate::lang::rules::Marker) {
    let after = |t: &Tok| t.word && marker.source_after.iter().any(|w| crate::text::fold_word(w) == t.fold.as_str());
    if let Some(k) = source.iter().position(after).filter(|&k| k > 0 && k + 1 < source.len()) {
        source.drain(..=k);
    }
}

/// Whether a word is a cue verb with a glued object pronoun ("أعلنته", "ذكرها").
fn verb_with_object(t: &Tok, cx: &Ctx) -> bool {
    let rules = cx.rules;
    t.word
        && rules.morph.without_object_suffixes(&t.fold).any(|stem| {
            let mut bare = t.clone();
            bare.set_fold(stem);
            rules.cues.match_at(std::slice::from_ref(&bare), 0, &rules.clitics).is_some_and(|m| m.len == 1)
        })
}

/// Who the source names. A marker that needs a name ("Pour la FNSEA" but not "Pour cela")
/// takes only names and titles, and a pronoun or a plural group a source noun heads when
/// the content quotes it (`quoted`: "Pour les syndicats, ce plan est « insuffisant »", not "Pour les
/// agriculteurs, l'aide sera versée en mars", where they are who the aid is for); others
/// also take a source noun anywhere ("selon des experts", but not "selon les régions") or
/// a phrase a title ends ("the state auditor").
fn source_phrase(cx: &Ctx, source: &[Tok], named_only: bool, quoted: bool) -> Option<Phrase> {
    let rules = cx.rules;
    let named = analyze(cx, source, Side::After);
    if named_only {
        // A plural group a source noun heads: "les syndicats", "des économistes".
        let words = source.iter().filter(|t| t.word).count();
        let group = quoted
            && words <= window::NOMINAL_WORDS
            && source.first().is_some_and(|t| rules.plural_determiners.contains(t.fold.as_str()))
            && source.iter().any(|t| rules.is_source_noun(t));
        // "Pour lui, le gouvernement « n'a pas pris la mesure »": a pronoun too, when the
        // content quotes it ("Pour elle, il a quitté son pays" is whom it was done for).
        let p = named
            .filter(|p| {
                matches!(p.who, Who::Name { .. } | Who::Title(_)) || (quoted && matches!(p.who, Who::Pronoun(_)))
            })
            .or_else(|| group.then(|| Phrase { who: Who::Anonymous(source.to_vec()), role: None }));
        if p.is_none() {
            cx.trace.step("speaker", || "the marker needs a name, a title or a source group; there is none".into());
        }
        return p;
    }
    let words = source.iter().filter(|t| t.word).count();
    let noun = source.iter().any(|t| rules.is_source_noun(t));
    // "according to the state auditor": a title with a modifier before it heads the phrase.
    let titled = source.len() > 1 && rules.ends_with_title(source);
    let p = named.or_else(|| {
        ((1..=window::NOMINAL_WORDS).contains(&words) && (noun || titled))
            .then(|| Phrase { who: Who::Anonymous(source.to_vec()), role: None })
    });
    if p.is_none() {
        cx.trace.step("speaker", || "nothing after the marker names a source".into());
    }
    p
}

/// The statement, with the marker as written (without a glued clitic or the name it is
/// glued to) as its cue.
fn finish(cx: &Ctx, c: Content, phrase: &Phrase, i: usize, m: &PhraseMatch<'_, usize>, id: &str) -> Statement {
    let doc = &cx.doc;
    let cue = Cue::marker(i, i + m.len - 1);
    cx.trace.step("speaker", || format!("after the marker → {}", super::trace_fmt::describe(doc, phrase)));
    let said = resolve(cx, phrase, &cue, false);
    let mut st = statement(cx, c, Some(&cue), said, confidence::ACCORDING_TO, id);
    let last = &doc.toks[i + m.len - 1];
    st.cue = Some(doc.text(doc.toks[i].start + m.clitic, m.glued.map_or(last.end, |n| last.start + n)));
    st
}
