//! Organisations named by their head noun ("la société Ambulys", "the Ministry of Health",
//! "شركة الموج للهندسة"): where the name starts and ends, and how a speaker phrase headed
//! by one is read ([`organisation`]). Split from `names` and `speaker` so each module stays
//! one job.

use super::doc::Ctx;
use super::names::{capital_behind_article, name_of};
use crate::lang::LangRules;
use crate::model::AgentKind;
use crate::phrase::{Phrase, Rank, Who};
use crate::text::Tok;
use crate::tuning::window;

/// The organisation kind of the table's `i`-th organisation head.
pub(super) fn org_kind(rules: &LangRules, i: usize) -> String {
    rules.raw.org_heads[i].kind.clone()
}

/// Whether `toks` are exactly a person's name in the knowledge base.
pub(super) fn is_known_person(cx: &Ctx, toks: &[Tok]) -> bool {
    let (rules, kb) = (cx.rules, cx.kb);
    kb.find(toks, 0, &rules.clitics)
        .is_some_and(|m| m.len == toks.len() && kb.entries[*m.value].kind == Some(AgentKind::Person))
}

/// An organisation named at token `i` by its head noun: "la société Ambulys" → "Ambulys",
/// "le ministère de la Santé", "شركة الموج للهندسة". Returns the name's tokens, the
/// organisation kind and the index past the name. Used both for speaker phrases and to
/// track organisations mentioned in running text, so both give the same identity.
pub fn org_at(toks: &[Tok], i: usize, rules: &LangRules, chars: &[char]) -> Option<(Vec<Tok>, String, usize)> {
    let m = rules.org_heads.match_at(toks, i, &rules.clitics)?;
    let kind = org_kind(rules, *m.value);
    let after = i + m.len;
    let mut head: Vec<Tok> = toks[i..after].to_vec();
    if m.clitic > 0 {
        head[0].start += m.clitic;
    }
    if rules.raw.syntax.cased {
        cased_org(toks, head, after, kind, rules, chars)
    } else {
        uncased_org(toks, head, after, m.clitic, kind, rules)
    }
}

/// "شركة الموج للهندسة", "وكالة الأنباء المحلية": in construct state, an indefinite head and
/// its complement up to a stop or comma.
fn uncased_org(
    toks: &[Tok],
    head: Vec<Tok>,
    after: usize,
    clitic: usize,
    kind: String,
    rules: &LangRules,
) -> Option<(Vec<Tok>, String, usize)> {
    let bare: String = head[0].fold.chars().skip(clitic).collect();
    if rules.morph.is_definite(&bare) {
        return None;
    }
    // Once a definite word has filled the genitive, only definite adjectives and
    // complements with "لل" go on ("وكالة الأنباء المحلية", "شركة النور للطاقة"); an
    // indefinite word ("قرارا") or another definite noun ("نقابة التجار الخطة") is the
    // verb's object.
    let mut definite = false;
    let mut end = after;
    while end < toks.len()
        && end < after + window::ORG_COMPLEMENT
        && toks[end].word
        && !toks[end].fold.chars().all(|c| c.is_ascii_digit())
        && rules.speaker_stops.match_at(toks, end, &[]).is_none()
        && rules.cues.match_at(toks, end, &rules.clitics).is_none()
        && rules.complementizers.match_at(toks, end, &[]).is_none()
    {
        let fold = toks[end].fold.as_str();
        let this_definite = rules.morph.is_definite(fold) || rules.morph.has_fused_article(fold);
        let goes_on = rules.morph.is_definite_adjective(fold) || rules.morph.has_fused_article(fold);
        // "وزارة التربية والتعليم", "منظمة الأغذية والزراعة": a definite word with a glued
        // coordinator adds to the complement, as in a title's chain.
        let coordinated = rules
            .coordinators
            .iter()
            .any(|c| fold.strip_prefix(c.as_str()).is_some_and(|rest| rules.morph.is_definite(rest)));
        if definite && !goes_on && !coordinated {
            break;
        }
        definite |= this_definite;
        end += 1;
    }
    (end > after).then(|| (head.into_iter().chain(toks[after..end].iter().cloned()).collect(), kind, end))
}

/// "la société Ambulys", "the newspaper “Harbour Times”", "Ministry of Health": in a cased
/// script, the capitalised name after the head, or the head with its complement.
fn cased_org(
    toks: &[Tok],
    head: Vec<Tok>,
    after: usize,
    kind: String,
    rules: &LangRules,
    chars: &[char],
) -> Option<(Vec<Tok>, String, usize)> {
    let caps = |from: usize| (from..toks.len()).take_while(|&k| toks[k].word && toks[k].cap).count();
    // "campaign and Republican groups": a coordinator ends the organisation's phrase.
    let coordinator = |k: usize| rules.coordinators.iter().any(|c| *c == toks[k].fold);
    // "la société Ambulys", "le groupe industriel Fortel": the proper name is the
    // organisation's name (a few adjectives between).
    let mut adj = after;
    while adj < toks.len()
        && adj < after + window::ORG_ADJECTIVES
        && toks[adj].word
        && !toks[adj].cap
        && !rules.is_link_word(toks, adj)
        && !coordinator(adj)
        && rules.speaker_stops.match_at(toks, adj, &[]).is_none()
        && rules.cues.match_at(toks, adj, &rules.clitics).is_none()
    {
        adj += 1;
    }
    // "the newspaper “Harbour Times”", "le quotidien « Le Soir »": the name in quote marks
    // (its closing mark may lie past the phrase).
    let quoted = |from: usize| {
        let closer = toks.get(from).filter(|t| !t.word).and_then(|t| rules.closer_of(t.punct))?;
        let n = caps(from + 1);
        let end = from + 1 + n;
        let closed = toks.get(end).is_none_or(|t| !t.word && t.punct == closer);
        (n > 0 && closed).then(|| (toks[from + 1..end].to_vec(), kind.clone(), (end + 1).min(toks.len())))
    };
    for from in [after, adj] {
        if let Some(name) = quoted(from) {
            return Some(name);
        }
        let direct = caps(from);
        // "la Fondation Abbé-Pierre": a capitalised head is part of the name.
        if direct > 0 && from == after && head.iter().all(|t| t.cap) {
            return Some((
                head.into_iter().chain(toks[after..after + direct].iter().cloned()).collect(),
                kind,
                after + direct,
            ));
        }
        if direct > 0 {
            return Some((toks[from..from + direct].to_vec(), kind, from + direct));
        }
    }
    // "ministère de la Santé", "Ministry of Health": head + link words + capitalised words;
    // "ministère de l'Intérieur": the first behind a glued article.
    let mut k = after;
    while k < toks.len() && toks[k].word && !toks[k].cap && rules.is_link_word(toks, k) && !coordinator(k) {
        k += 1;
    }
    let n = if k > after && k < toks.len() && capital_behind_article(toks, k, rules, chars) {
        1 + caps(k + 1)
    } else if k < toks.len() && rules.speaker_stops.match_at(toks, k, &[]).is_some() {
        // "the Harbour Council on Friday": a day is no complement of the name.
        0
    } else {
        caps(k)
    };
    if n == 0 && k > after && rules.raw.syntax.lowercase_name_complements && head.iter().all(|t| t.cap) {
        return lowercase_complement(toks, head, after..adj, kind, rules);
    }
    (n > 0 && k > after).then(|| (head.into_iter().chain(toks[after..k + n].iter().cloned()).collect(), kind, k + n))
}

/// "l'Autorité de sûreté nucléaire", "la Direction générale de l'aviation civile": after a
/// capitalised head (and the adjectives in `adjectives`), link words and lower-case nouns
/// and adjectives, up to a verb, a cue, a stop or punctuation.
fn lowercase_complement(
    toks: &[Tok],
    head: Vec<Tok>,
    adjectives: std::ops::Range<usize>,
    kind: String,
    rules: &LangRules,
) -> Option<(Vec<Tok>, String, usize)> {
    let from = adjectives.end;
    let coordinator = |k: usize| rules.coordinators.iter().any(|c| *c == toks[k].fold);
    let part = |k: usize| {
        let t = &toks[k];
        t.word
            && !t.cap
            && !coordinator(k)
            && !rules.is_lowercase_verb(t)
            && rules.cues.match_at(toks, k, &rules.clitics).is_none()
            && (rules.is_link_word(toks, k) || rules.speaker_stops.match_at(toks, k, &[]).is_none())
    };
    let end = (from..toks.len().min(from + window::NAME_COMPLEMENT_WORDS)).take_while(|&k| part(k)).last()? + 1;
    // It ends on a noun or adjective, never on a link word ("l'Agence de").
    let end = (from..end).rev().find(|&k| !rules.is_link_word(toks, k))? + 1;
    let linked = (from..end).any(|k| rules.is_link_word(toks, k));
    linked.then(|| (head.into_iter().chain(toks[adjectives.start..end].iter().cloned()).collect(), kind, end))
}

/// A phrase headed by an organisation noun: definite ("الوزارة الفلانية"), head first ("la
/// société Ambulys", "شركة كاسبرسكي") or, where the head comes last, "the port authority".
pub(super) fn organisation(cx: &Ctx, seg: &[Tok], words: usize) -> Option<(Rank, Phrase)> {
    let (rules, kb) = (cx.rules, cx.kb);
    let org = |toks: Vec<Tok>, kind: String| {
        let who = Who::Name { toks, kind: Some(AgentKind::Organization), org_kind: Some(kind) };
        Some((Rank::Organisation, Phrase { who, role: None }))
    };
    if let Some(rest) = rules.morph.without_article(&seg[0].fold).filter(|_| words >= 2) {
        let mut bare = seg.to_vec();
        bare[0].set_fold(rest);
        if let Some(m) = rules.org_heads.match_at(&bare, 0, &[]) {
            if name_of(cx, seg).is_none_or(|(r, _)| r < Rank::KnownName) {
                // "البنك المركزي المصري أسعار الفائدة": definite words (adjectives such as
                // "المنافسة" among them) and complements with a fused article go on; an
                // indefinite word opens the verb's object.
                let morph = &rules.morph;
                let goes_on = |t: &Tok| t.word && (morph.is_definite(&t.fold) || morph.has_fused_article(&t.fold));
                let end = 1 + seg[1..].iter().take_while(|t| goes_on(t)).count();
                return org(seg[..end].to_vec(), org_kind(rules, *m.value));
            }
        }
    }
    // Where the head comes last, a head before a title modifies it: "agency chief" and
    // "company spokesman" are people's titles, not organisations.
    let modifier = |m: &crate::text::PhraseMatch<'_, _>| {
        rules.raw.syntax.org_head_final
            && seg.get(m.len).is_some_and(|t| t.word && !t.cap)
            && rules.titles.match_at(seg, m.len, &[]).is_some()
    };
    if let Some(m) = rules.org_heads.match_at(seg, 0, &rules.clitics).filter(|m| !modifier(m)) {
        // "شركة كاسبرسكي" is the company; "إدارة بايدن" is not Biden.
        if let Some((Rank::KnownName, who @ Who::Name { kind: Some(AgentKind::Organization), .. })) = name_of(cx, seg) {
            return Some((Rank::KnownName, Phrase { who, role: None }));
        }
        return match org_at(seg, 0, rules, &cx.doc.chars) {
            // "l'administration Biden": a person's name after the head names the organisation
            // with the head, not the person.
            Some((name, kind, end)) if is_known_person(cx, &name) => org(seg[..end].to_vec(), kind),
            Some((name, kind, _)) => org(name, kind),
            None => org(seg.to_vec(), org_kind(rules, *m.value)),
        };
    }
    let whole_known = kb.find(seg, 0, &rules.clitics).is_some_and(|m| m.len >= seg.len());
    if rules.raw.syntax.org_head_final && words <= 5 && !whole_known {
        if let Some(m) = rules.org_heads.match_at(seg, seg.len() - 1, &[]) {
            // "the nonpartisan Tax Policy Center": a capitalised name leaves the lower-case
            // description before it out.
            let named = |k: usize| (k..seg.len()).all(|j| seg[j].cap || rules.is_link_word(seg, j));
            let from = match seg.last() {
                Some(t) if t.cap && rules.raw.syntax.cased => seg.iter().position(|t| t.cap).filter(|&k| named(k)),
                _ => None,
            };
            return org(seg[from.unwrap_or(0)..].to_vec(), org_kind(rules, *m.value));
        }
    }
    // "Noovo Info", "Harbour News": capitalised words that end on an outlet's word.
    let media_end = seg.last().is_some_and(|t| rules.media_name_ends.contains(t.fold.as_str()));
    if media_end && words >= 2 && !whole_known && seg.iter().all(|t| !t.word || t.cap) && !is_known_person(cx, seg) {
        return org(seg.to_vec(), "media".into());
    }
    None
}
