//! Who a relative pronoun before a cue stands for: "the committee, which said …", "Carole
//! Delga, présidente de la région, qui dénonce …", "objections from unions who said …".

use super::doc::{Ctx, Sentence};
use super::speaker::{analyze, cut_at_stop, nominal, Side};
use crate::lang::punct;
use crate::phrase::{Phrase, Who};
use crate::text::Tok;
use crate::tuning::window;

/// "selon Air-Ouest, qui prévoit que …", "the committee, which said that …": the noun phrase
/// before the relative pronoun at token `rel` (after a marker, if one opens it).
pub(super) fn relative_antecedent(cx: &Ctx, s: Sentence, rel: usize) -> Option<Phrase> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let comma = rel.checked_sub(1).filter(|&k| k > s.start && punct::is_clause_separator(&toks[k]))?;
    let start =
        (s.start..comma).rev().find(|&k| !toks[k].word && !punct::is_phrase_break(&toks[k])).map_or(s.start, |k| k + 1);
    let start = (start..comma).rev().find(|&k| punct::is_clause_separator(&toks[k])).map_or(start, |k| k + 1);
    let mut np = &toks[start..comma];
    // "là encore selon le parquet, qui …": the source after a marker (adverbs may come
    // first); "», confie la maire, qui …": the cue of a report before.
    let marker =
        (0..np.len().min(3)).find_map(|k| rules.according_to.match_at(np, k, &rules.clitics).map(|m| k + m.len));
    if let Some(end) = marker {
        np = &np[end.min(np.len())..];
    }
    if let Some(m) = rules.cues.match_at(np, 0, &rules.clitics) {
        np = &np[m.len.min(np.len())..];
    }
    // "Une version contestée par l'expert, qui a pointé …", "a plan opposed by the union,
    // which said …": after a passive participle, its agent is the antecedent.
    let agent = np.iter().rposition(|t| t.word && rules.agent_prepositions.contains(t.fold.as_str()));
    if let Some(k) =
        agent.filter(|&k| k > 0 && k + 1 < np.len() && super::names::past_participle(&np[k - 1], rules, &cx.doc.chars))
    {
        np = &np[k + 1..];
    }
    // "Le ministre a rencontré Paul Girard, qui …": after a verb, its object is the
    // antecedent, not the clause's subject.
    if let Some(v) = np.iter().rposition(|t| rules.is_lowercase_finite(t) || rules.is_aux(t)) {
        let verbal = |t: &Tok| {
            t.word
                && !t.cap
                && (rules.is_preposition(t)
                    || rules.is_lowercase_finite(t)
                    || super::names::past_participle(t, rules, &cx.doc.chars))
        };
        let object = v + 1 + np[v + 1..].iter().take_while(|t| verbal(t)).count();
        if object < np.len() {
            np = &np[object..];
        }
    }
    let head = cut_at_stop(cx, np);
    // "the rise of Ana Ruiz, who …": a noun that names no one hands the clause to the
    // person its complement names.
    if analyze(cx, &head, Side::Before).is_none() {
        if let Some(p) = named_complement(cx, &np[head.len().min(np.len())..]) {
            return Some(p);
        }
    }
    antecedent_phrase(cx, &head)
}

/// The name or title that a complement opened by a link word ("of", "from") holds.
fn named_complement(cx: &Ctx, rest: &[Tok]) -> Option<Phrase> {
    let links = &cx.rules.raw.syntax.affiliation_links;
    let (link, complement) = rest.split_first()?;
    if !links.iter().any(|l| *l == link.fold) {
        return None;
    }
    analyze(cx, &cut_at_stop(cx, complement), Side::Before)
        .filter(|p| matches!(p.who, Who::Name { .. } | Who::Title(_)))
}

/// "Carole Delga, présidente de la région Occitanie, qui dénonce …": when the words between
/// commas before the relative pronoun at `rel` are a title in apposition, the full name
/// that ends the segment before them is the relative clause's subject, with that title (the
/// title's complement, "la région Occitanie", is not).
pub(super) fn titled_antecedent(cx: &Ctx, s: Sentence, rel: usize) -> Option<Phrase> {
    let (toks, rules) = (cx.toks(), cx.rules);
    if !rules.is_relative_pronoun(&toks[rel]) {
        return None;
    }
    let comma = rel.checked_sub(1).filter(|&k| k > s.start && punct::is_clause_separator(&toks[k]))?;
    let start = (s.start..comma).rev().find(|&k| punct::is_clause_separator(&toks[k]))? + 1;
    let first = (s.start..start - 1).rev().find(|&k| !toks[k].word).map_or(s.start, |k| k + 1);
    let title_at = if rules.is_article(toks, start) { start + 1 } else { start };
    if start < first + 2 || title_at >= comma || rules.titles.match_at(toks, title_at, &rules.clitics).is_none() {
        return None;
    }
    let before = &toks[first..start - 1];
    let name = before.len() - before.iter().rev().take_while(|t| t.word && t.cap).count();
    if before.len() - name < 2 {
        return None;
    }
    let p = analyze(cx, &before[name..], Side::Before).filter(|p| matches!(p.who, Who::Name { .. }))?;
    Some(Phrase { role: Some(toks[start..comma].to_vec()), ..p })
}

/// "objections from unions who said …", "the lawmakers who drafted it said …": a relative
/// pronoun right after a noun, with no comma, stands for the noun phrase that ends `left`
/// before it (back to a preposition, a verb or a comma).
pub(super) fn restrictive_antecedent(cx: &Ctx, left: &[Tok]) -> Option<Phrase> {
    let rules = cx.rules;
    // Without capitals to tell a name, "قائمة المصانع التي تعد" (a list) would be one.
    let (rel, rest) = left.split_last()?;
    if !rules.raw.syntax.cased || !rules.is_relative_pronoun(rel) || !rest.last().is_some_and(|t| t.word) {
        return None;
    }
    let in_phrase = |t: &Tok| {
        let verbal =
            rules.is_lowercase_finite(t) || rules.is_aux(t) || super::names::past_participle(t, rules, &cx.doc.chars);
        t.word && !rules.is_preposition(t) && !verbal && !rules.is_subordinator(t)
    };
    let len = rest.iter().rev().take_while(|t| in_phrase(t)).count();
    if len > window::NOMINAL_WORDS {
        return None;
    }
    antecedent_phrase(cx, &cut_at_stop(cx, &rest[rest.len() - len..]))
}

/// A name, a title or a noun phrase with its article; else, before a relative pronoun, a
/// bare plural ("unions who said", "des salariés qui affirment"): people who spoke.
fn antecedent_phrase(cx: &Ctx, np: &[Tok]) -> Option<Phrase> {
    let rules = cx.rules;
    if np.is_empty() {
        return None;
    }
    let bare_plural = || {
        let words = np.iter().filter(|t| t.word).count();
        let plural = np.last().is_some_and(|t| rules.may_be_plural_noun(t) && !t.cap);
        ((1..=window::NOMINAL_WORDS).contains(&words)
            && plural
            && np.iter().all(|t| t.word && !rules.function_words.contains(t.fold.as_str()))
            && rules.non_speakers.match_at(np, 0, &rules.clitics).is_none())
        .then(|| Phrase { who: Who::Anonymous(np.to_vec()), role: None })
    };
    analyze(cx, np, Side::Before).or_else(|| nominal(np, rules)).or_else(bare_plural)
}
