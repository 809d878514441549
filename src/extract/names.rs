//! Finding names without a tagger: knowledge-base labels; in Latin script runs of
//! capitalised words; in Arabic script the indefinite words after a title's genitive chain;
//! organisations by their head noun ("la société Ambulys", "شركة الموج للهندسة").

use super::speaker::Who;
use crate::kb::Kb;
use crate::lang::{Lang, LangRules};
use crate::model::AgentKind;
use crate::text::Tok;

/// Skips the genitive link after a document noun ("du", "de la", "of", "ل…", "صادر عن").
pub(super) fn skip_genitive(toks: &[Tok], rules: &LangRules) -> Vec<Tok> {
    let mut out: Vec<Tok> = toks.to_vec();
    while let Some(m) = rules.issuer_links.match_at(&out, 0, &[]) {
        match m.glued {
            // Glued forms: "d'Apple".
            Some(n) => {
                let t = &mut out[0];
                t.start += n;
                t.fold = t.fold.chars().skip(n).collect();
                t.cap = true;
                break;
            }
            None => {
                out.drain(..m.len);
            }
        }
    }
    // Arabic "لوزارة": the preposition glued to the issuer.
    if let Some(t) = out.first_mut() {
        if t.fold.starts_with('\u{0644}') && t.fold.chars().count() > 3 {
            t.start += 1;
            t.fold = t.fold.chars().skip(1).collect();
        }
    }
    out
}

/// Where a title's role ends: its genitive chain (Arabic definite words, organisation and
/// title nouns, "باسم"), or in Latin script the words before the capitalised name.
pub(super) fn role_end(seg: &[Tok], mut i: usize, lang: Lang, rules: &LangRules) -> usize {
    while i < seg.len() {
        let t = &seg[i];
        if !t.word {
            break;
        }
        let more = match lang {
            Lang::Ar => {
                // "الوزيرة", "للنقابة" (لـ + الـ) and "لجامعة" (لـ + an organisation noun) go
                // on the role: "الأمين العام لجامعة الدول العربية أحمد أبو الغيط".
                let lam = [String::from("\u{0644}")];
                t.fold.starts_with("\u{0627}\u{0644}")
                    || t.fold.starts_with("\u{0644}\u{0644}")
                    || rules.org_heads.match_at(seg, i, &lam).is_some_and(|m| m.clitic > 0)
                    || rules.titles.match_at(seg, i, &[]).is_some()
                    || rules.org_heads.match_at(seg, i, &[]).is_some()
                    || rules.title_links.match_at(seg, i, &[]).is_some()
            }
            _ => {
                // Latin: the name is the final run of capitalised words not introduced by a
                // preposition; everything before belongs to the role.
                let run_start = final_cap_run(seg);
                i < run_start
            }
        };
        if !more {
            break;
        }
        i += 1;
    }
    i
}

/// Start of the final run of capitalised words, if it is a name (not "au Commerce").
pub(super) fn final_cap_run(seg: &[Tok]) -> usize {
    let mut s = seg.len();
    while s > 0 && seg[s - 1].word && seg[s - 1].cap {
        s -= 1;
    }
    if s == seg.len() {
        return s;
    }
    let run = seg.len() - s;
    let after_prep = s > 0 && seg[s - 1].word && !seg[s - 1].cap && seg[s - 1].fold.chars().count() <= 3;
    if after_prep && run < 3 {
        seg.len()
    } else if after_prep {
        seg.len() - 2
    } else {
        s
    }
}

/// The name in `toks`, if any: a KB label (rank 6) or a name-shaped run (rank 5).
pub(super) fn name_of(toks: &[Tok], lang: Lang, rules: &LangRules, kb: &Kb) -> Option<(u8, Who)> {
    // Known names: a person wins over an organisation ("UN Secretary-General António
    // Guterres" is Guterres); otherwise the first organisation.
    let mut found: Option<(Vec<Tok>, &crate::kb::Entry)> = None;
    let mut i = 0;
    while i < toks.len() {
        if let Some(m) = kb.find(toks, i, &rules.clitics) {
            let e = &kb.entries[*m.value];
            // "the Biden administration", "Trump's campaign": a person's name before an
            // organisation noun names the organisation, not the person.
            let before_org =
                e.kind == Some(AgentKind::Person) && rules.org_heads.match_at(toks, i + m.len, &[]).is_some();
            if before_org {
                i += m.len;
                continue;
            }
            let better = match (&found, e.kind) {
                (_, Some(AgentKind::Person)) => found.as_ref().is_none_or(|(_, f)| f.kind != Some(AgentKind::Person)),
                (None, Some(AgentKind::Organization)) => true,
                _ => false,
            };
            if better {
                let mut name: Vec<Tok> = toks[i..i + m.len].to_vec();
                if m.clitic > 0 {
                    name[0].start += m.clitic;
                }
                found = Some((name, e));
            }
            i += m.len;
            continue;
        }
        i += 1;
    }
    if let Some((name, e)) = found {
        return Some((6, Who::Name { toks: name, kind: e.kind, org_kind: e.org_kind.clone() }));
    }
    let name: Vec<Tok> = match lang {
        Lang::Ar => {
            // A name starts with an indefinite word ("سلمى", not "الوزيرة") and may go on with
            // definite ones ("سلمى الراشد") until a title, an organisation noun or a stop.
            let mut v: Vec<Tok> = Vec::new();
            for (k, t) in toks.iter().enumerate() {
                let definite = t.fold.starts_with("\u{0627}\u{0644}");
                // A definite plural by the table's suffixes ("النقابات", "السلطات") is the
                // verb's object, not a family name: "دعت سعاد الحمدي النقابات إلى …".
                let plural = definite
                    && !v.is_empty()
                    && t.fold.chars().count() > 5
                    && rules.raw.plural_suffixes.iter().any(|x| t.fold.ends_with(x.as_str()));
                let stop = !t.word
                    || plural
                    || (v.is_empty() && (definite || rules.speaker_stops.match_at(toks, k, &rules.clitics).is_some()))
                    || rules.titles.match_at(toks, k, &[]).is_some()
                    || rules.org_heads.match_at(toks, k, &[]).is_some()
                    || rules.speaker_stops.match_at(toks, k, &[]).is_some();
                if stop || v.len() == 4 {
                    break;
                }
                v.push(t.clone());
            }
            v
        }
        _ => {
            let mut s = final_cap_run(toks);
            while s < toks.len() && rules.determiners.match_at(toks, s, &[]).is_some() {
                s += 1;
            }
            let mut lead: Vec<Tok> = toks
                .iter()
                .enumerate()
                .skip_while(|(k, _)| rules.determiners.match_at(toks, *k, &[]).is_some())
                .take_while(|(_, t)| t.word && t.cap)
                .map(|(_, t)| t.clone())
                .collect();
            // "la Confédération paysanne", "le Parti socialiste": one lower-case adjective
            // closing the phrase belongs to the name.
            if let (true, Some(first), Some(last)) = (rules.raw.adjective_after_name, lead.first(), toks.last()) {
                let k = toks.iter().position(|t| t.start == first.start).unwrap_or(0) + lead.len();
                if k + 1 == toks.len()
                    && last.word
                    && !last.cap
                    && rules.speaker_stops.match_at(toks, k, &[]).is_none()
                    && rules.determiners.match_at(toks, k, &[]).is_none()
                {
                    lead.push(last.clone());
                }
            }
            if s < toks.len() {
                toks[s..].to_vec()
            } else {
                lead
            }
        }
    };
    if name.is_empty() || name.iter().all(|t| t.fold.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let head = (0..name.len())
        .rev()
        .find_map(|k| rules.org_heads.match_at(&name, k, &[]).map(|m| rules.raw.org_heads[*m.value].kind.clone()));
    let kind = head.as_ref().map(|_| AgentKind::Organization);
    Some((5, Who::Name { toks: name, kind, org_kind: head }))
}

/// Whether `toks` are exactly a person's name in the knowledge base.
pub(super) fn is_known_person(toks: &[Tok], rules: &LangRules, kb: &Kb) -> bool {
    kb.find(toks, 0, &rules.clitics)
        .is_some_and(|m| m.len == toks.len() && kb.entries[*m.value].kind == Some(AgentKind::Person))
}

/// An organisation named at token `i` by its head noun: "la société Ambulys" → "Ambulys",
/// "le ministère de la Santé", "شركة الموج للهندسة". Returns the name's tokens, the
/// organisation kind and the index past the name. Used both for speaker phrases and to
/// track organisations mentioned in running text, so both give the same identity.
pub fn org_at(toks: &[Tok], i: usize, lang: Lang, rules: &LangRules) -> Option<(Vec<Tok>, String, usize)> {
    let m = rules.org_heads.match_at(toks, i, &rules.clitics)?;
    let kind = rules.raw.org_heads[*m.value].kind.clone();
    let after = i + m.len;
    let mut head: Vec<Tok> = toks[i..after].to_vec();
    if m.clitic > 0 {
        head[0].start += m.clitic;
    }
    match lang {
        Lang::Ar => {
            // Construct state: an indefinite head and its complement up to a stop or comma.
            if head[0].fold.chars().skip(m.clitic).collect::<String>().starts_with("\u{0627}\u{0644}") {
                return None;
            }
            let mut end = after;
            while end < toks.len()
                && end < after + 3
                && toks[end].word
                && !toks[end].fold.chars().all(|c| c.is_ascii_digit())
                && rules.speaker_stops.match_at(toks, end, &[]).is_none()
                && rules.cues.match_at(toks, end, &rules.clitics).is_none()
            {
                end += 1;
            }
            (end > after).then(|| (head.into_iter().chain(toks[after..end].iter().cloned()).collect(), kind, end))
        }
        _ => {
            let caps = |from: usize| (from..toks.len()).take_while(|&k| toks[k].word && toks[k].cap).count();
            // "la société Ambulys", "le groupe industriel Fortel": the proper name is the
            // organisation's name (at most two adjectives between).
            let mut adj = after;
            while adj < toks.len()
                && adj < after + 2
                && toks[adj].word
                && !toks[adj].cap
                && toks[adj].fold.chars().count() > 3
                && rules.speaker_stops.match_at(toks, adj, &[]).is_none()
                && rules.cues.match_at(toks, adj, &rules.clitics).is_none()
            {
                adj += 1;
            }
            for from in [after, adj] {
                let direct = caps(from);
                if direct > 0 {
                    return Some((toks[from..from + direct].to_vec(), kind, from + direct));
                }
            }
            // "ministère de la Santé", "Ministry of Health": head + connectors + capitalised words.
            let mut k = after;
            while k < toks.len() && k < after + 3 && toks[k].word && !toks[k].cap && toks[k].fold.chars().count() <= 3 {
                k += 1;
            }
            let n = caps(k);
            (n > 0 && k > after)
                .then(|| (head.into_iter().chain(toks[after..k + n].iter().cloned()).collect(), kind, k + n))
        }
    }
}
