//! Reads a speaker phrase ("La secrétaire américaine au Commerce, Gina Raimondo,",
//! "وزيرة التجارة الأمريكية جينا ريموندو", "the company") into who it names and the role it
//! gives them.
//!
//! Names are found without a tagger: a knowledge-base label; in Latin script a run of
//! capitalised words; in Arabic script the words after a title's genitive chain (titles are
//! followed by definite words, names are not). Organisations are phrases headed by an
//! organisation noun ("ministère", "وزارة").

use crate::kb::Kb;
use crate::lang::{Gender, Lang, LangRules};
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

/// A speaker phrase: who, and the role it states.
#[derive(Debug, Clone)]
pub struct Phrase {
    /// Who is designated.
    pub who: Who,
    /// The role, as written.
    pub role: Option<Vec<Tok>>,
}

fn is_sep(t: &Tok) -> bool {
    !t.word && matches!(t.punct, ',' | '\u{060C}' | '(' | ')' | '\u{2014}' | '\u{2013}' | ';')
}

/// Cuts a phrase at its first stop word (a preposition or time word that starts an adjunct).
pub fn cut_at_stop(toks: &[Tok], rules: &LangRules, kb: &Kb) -> Vec<Tok> {
    let mut out = Vec::new();
    // An unnamed source keeps its preposition ("نائب من حزب العمال", "a source in the ministry").
    let keep = rules.anonymous.match_at(toks, 0, &rules.clitics).map_or(0, |m| m.len);
    for (i, t) in toks.iter().enumerate() {
        if i < keep {
            out.push(t.clone());
            continue;
        }
        if (!t.word && !is_sep(t))
            || t.fold.chars().all(|c| c.is_ascii_digit())
            || rules.speaker_stops.match_at(toks, i, &[]).is_some()
        {
            break;
        }
        // Arabic "لـ"/"لل" glued to a noun introduces an addressee ("لوكالة", "للصحفيين").
        if rules.raw.code == "ar" && t.word && i > 0 && starts_with_lam(t, rules, kb, toks, i) {
            break;
        }
        out.push(t.clone());
    }
    while out.last().is_some_and(|t| !t.word) {
        out.pop();
    }
    out
}

fn starts_with_lam(t: &Tok, rules: &LangRules, kb: &Kb, toks: &[Tok], i: usize) -> bool {
    let lam = '\u{0644}';
    if !t.fold.starts_with(lam) {
        return false;
    }
    // "لل" + noun is as often part of a name ("الوكالة المتوسطية للمياه") as an addressee
    // ("للصحفيين", a stop word), so only ل + organisation, document or known name cuts.
    let l = [String::from(lam)];
    rules.org_heads.match_at(toks, i, &l).is_some_and(|m| m.clitic > 0)
        || rules.doc_nouns.match_at(toks, i, &l).is_some_and(|m| m.clitic > 0)
        || kb.find(toks, i, &l).is_some_and(|m| m.clitic > 0)
}

/// Analyses a speaker phrase (already cut to the words that can name the speaker).
pub fn analyze(toks: &[Tok], lang: Lang, rules: &LangRules, kb: &Kb) -> Option<Phrase> {
    // Parentheses hold asides ("(Reuters)", "(54)"), not the speaker.
    let mut depth = 0usize;
    let toks: Vec<Tok> = toks
        .iter()
        .filter(|t| {
            let open = !t.word && t.punct == '(';
            let close = !t.word && t.punct == ')';
            depth = if open { depth + 1 } else { depth };
            let keep = depth == 0;
            if close {
                depth = depth.saturating_sub(1);
            }
            keep && !close
        })
        .cloned()
        .collect();
    let segments: Vec<Vec<Tok>> = toks
        .split(is_sep)
        // A dateline ("PANAMA CITY (Wire) —") names no speaker.
        .filter(|s| {
            !(lang != Lang::Ar && s.len() > 1 && s.iter().all(|t| t.word && t.upper && t.fold.chars().count() > 1))
        })
        .map(|s| if indefinite(s, rules) { s.to_vec() } else { strip_determiners(s, rules) })
        .filter(|s| s.iter().any(|t| t.word))
        .filter(|s| rules.speaker_stops.match_at(s, 0, &[]).is_none() || kb.find(s, 0, &rules.clitics).is_some())
        .collect();
    let mut best: Option<(u8, Phrase)> = None;
    let mut role: Option<Vec<Tok>> = None;
    let mut org_apposition: Option<(usize, String)> = None;
    let mut best_seg = 0;
    for (si, seg) in segments.iter().enumerate() {
        let Some((rank, p)) = analyze_segment(seg, lang, rules, kb) else { continue };
        if rank == 4 {
            if let Who::Name { org_kind: Some(k), .. } = &p.who {
                org_apposition.get_or_insert((si, k.clone()));
            }
        }
        if let Who::Title(t) = &p.who {
            role.get_or_insert_with(|| t.clone());
        }
        if p.role.is_some() && role.is_none() {
            role.clone_from(&p.role);
        }
        // Ties go to the segment nearest the cue: the last one before it in French and
        // English, the first one after it in Arabic.
        let better = best.as_ref().is_none_or(|(r, _)| rank > *r || (rank == *r && lang != Lang::Ar));
        if better {
            best = Some((rank, p));
            best_seg = si;
        }
    }
    best.map(|(_, mut p)| {
        if let Who::Name { kind: kind @ None, org_kind, .. } = &mut p.who {
            // "The company that runs the terminal, Bayline Logistics,": the name is the company.
            if let Some((si, k)) = org_apposition.filter(|(si, _)| *si != best_seg) {
                let _ = si;
                *kind = Some(AgentKind::Organization);
                *org_kind = Some(k);
            }
        }
        if p.role.is_none() && !matches!(p.who, Who::Title(_)) {
            p.role = role;
        }
        p
    })
}

fn strip_determiners(seg: &[Tok], rules: &LangRules) -> Vec<Tok> {
    let mut i = 0;
    // Keep determiners that are part of an anaphor ("the company") or a name.
    while i < seg.len() {
        let whole_anaphor = rules.anaphors.match_at(seg, i, &rules.clitics).is_some_and(|m| i + m.len == seg.len());
        if whole_anaphor || rules.anonymous.match_at(seg, i, &[]).is_some() {
            break;
        }
        match rules.determiners.match_at(seg, i, &[]) {
            Some(m) if m.glued.is_none() && m.len < seg.len() - i => i += m.len,
            _ => break,
        }
    }
    seg[i..].to_vec()
}

/// "un délégué syndical", "a local farmer", "one of the largest lines": an indefinite
/// article before a common noun names no one in particular.
fn indefinite(seg: &[Tok], rules: &LangRules) -> bool {
    let Some(first) = seg.first() else { return false };
    rules.indefinites.contains(&first.fold)
        && seg.get(1).is_some_and(|t| t.word && !t.cap)
        && rules.doc_nouns.match_at(seg, 1, &[]).is_none()
}

/// Ranks: 6 KB name, 5 name, 4 organisation, 3 anaphor, 2 anonymous, 1 pronoun/title.
fn analyze_segment(seg: &[Tok], lang: Lang, rules: &LangRules, kb: &Kb) -> Option<(u8, Phrase)> {
    let words = seg.iter().filter(|t| t.word).count();
    if words == 0 {
        return None;
    }
    if indefinite(seg, rules) {
        return Some((2, Phrase { who: Who::Anonymous(seg.to_vec()), role: None }));
    }
    if let Some(m) = rules.anonymous.match_at(seg, 0, &rules.clitics) {
        let _ = m;
        return Some((2, Phrase { who: Who::Anonymous(seg.to_vec()), role: None }));
    }
    if words == 1 {
        if let Some(m) = rules.pronouns.match_at(seg, 0, &[]) {
            return Some((1, Phrase { who: Who::Pronoun(*m.value), role: None }));
        }
    }
    if let Some(m) = rules.anaphors.match_at(seg, 0, &rules.clitics) {
        if m.len == seg.len() {
            return Some((3, Phrase { who: Who::Anaphor(*m.value, seg.to_vec()), role: None }));
        }
    }
    // A document speaks for its issuer: "un communiqué du ministère" → "ministère".
    if let Some(m) = rules.doc_nouns.match_at(seg, 0, &rules.clitics) {
        let rest = skip_genitive(&seg[m.len..], rules);
        if rest.iter().any(|t| t.word) {
            return analyze_segment(&rest, lang, rules, kb);
        }
        return None;
    }
    // A title inside a Latin-script phrase, followed by a capitalised name: "union leader
    // Maria Torres", "Kremlin spokesman Dmitry Peskov".
    if lang != Lang::Ar {
        let mut run = final_cap_run(seg);
        // Inside a capitalised run, the name starts after the last title ("Harbour Minister Daniel Okafor").
        if let Some((k, len)) =
            (run..seg.len()).rev().find_map(|k| rules.titles.match_at(seg, k, &[]).map(|m| (k, m.len)))
        {
            if k + len < seg.len() {
                run = k + len;
            }
        }
        if run > 0 && run < seg.len() && (0..run).any(|k| rules.titles.match_at(seg, k, &[]).is_some()) {
            if let Some((rank, who)) = name_of(&seg[run..], lang, rules, kb) {
                return Some((rank, Phrase { who, role: Some(seg[..run].to_vec()) }));
            }
        }
    }
    // Latin script: lower-case words then a capitalised run of two or more words is a role
    // and a name ("council member Omar Haddad", "local resident Anna Bell").
    if lang != Lang::Ar {
        let run = final_cap_run(seg);
        let lower_before = run > 0 && seg[..run].iter().any(|t| t.word && !t.cap);
        if seg.len() - run >= 2 && lower_before && kb.find(seg, run, &rules.clitics).is_none() {
            if let Some((rank, who)) = name_of(&seg[run..], lang, rules, kb) {
                if !matches!(&who, Who::Name { kind: Some(AgentKind::Organization), .. }) {
                    return Some((rank, Phrase { who, role: Some(seg[..run].to_vec()) }));
                }
            }
        }
    }
    // Title first: its genitive chain is the role, what follows is the name.
    if let Some(m) = rules.titles.match_at(seg, 0, &rules.clitics) {
        let end = role_end(seg, m.len, lang, rules);
        let role = seg[..end].to_vec();
        let tail = &seg[end..];
        return Some(match name_of(tail, lang, rules, kb) {
            Some((rank, who)) => (rank, Phrase { who, role: Some(role) }),
            None => (1, Phrase { who: Who::Title(role), role: None }),
        });
    }
    if lang == Lang::Ar && seg[0].fold.starts_with("\u{0627}\u{0644}") && words >= 2 {
        let mut bare = seg.to_vec();
        bare[0].fold = bare[0].fold.chars().skip(2).collect();
        if let Some(m) = rules.org_heads.match_at(&bare, 0, &[]) {
            if name_of(seg, lang, rules, kb).is_none_or(|(r, _)| r < 6) {
                let kind = rules.raw.org_heads[*m.value].kind.clone();
                let who = Who::Name { toks: seg.to_vec(), kind: Some(AgentKind::Organization), org_kind: Some(kind) };
                return Some((4, Phrase { who, role: None }));
            }
        }
    }
    if rules.org_heads.match_at(seg, 0, &rules.clitics).is_some() {
        // "شركة كاسبرسكي" is the company; "إدارة بايدن" is not Biden.
        if let Some((6, who @ Who::Name { kind: Some(AgentKind::Organization), .. })) = name_of(seg, lang, rules, kb) {
            return Some((6, Phrase { who, role: None }));
        }
        let (name, kind) = match org_at(seg, 0, lang, rules) {
            Some((name, kind, _)) => (name, kind),
            None => (
                seg.to_vec(),
                rules
                    .org_heads
                    .match_at(seg, 0, &rules.clitics)
                    .map(|m| rules.raw.org_heads[*m.value].kind.clone())
                    .unwrap_or_default(),
            ),
        };
        let who = Who::Name { toks: name, kind: Some(AgentKind::Organization), org_kind: Some(kind) };
        return Some((4, Phrase { who, role: None }));
    }
    // Latin script: a short phrase ending with an organisation noun names the organisation
    // ("the port authority", "the Biden administration").
    if lang != Lang::Ar && words <= 5 && kb.find(seg, 0, &rules.clitics).is_none_or(|m| m.len < seg.len()) {
        if let Some(m) = rules.org_heads.match_at(seg, seg.len() - 1, &[]) {
            let kind = rules.raw.org_heads[*m.value].kind.clone();
            return Some((
                4,
                Phrase {
                    who: Who::Name { toks: seg.to_vec(), kind: Some(AgentKind::Organization), org_kind: Some(kind) },
                    role: None,
                },
            ));
        }
    }
    let (rank, who) = name_of(seg, lang, rules, kb)?;
    // A name followed by its title: "دميتري بيسكوف المتحدث باسم الكرملين", "Ellen Park, mayor".
    let name_len = match &who {
        Who::Name { toks, .. } => {
            seg.iter().position(|t| t.start == toks.last().map_or(0, |l| l.start)).map_or(0, |p| p + 1)
        }
        _ => 0,
    };
    let rest = &seg[name_len.min(seg.len())..];
    let role = (!rest.is_empty() && rules.titles.match_at(rest, 0, &rules.clitics).is_some()).then(|| rest.to_vec());
    Some((rank, Phrase { who, role }))
}

/// Skips the genitive link after a document noun ("du", "de la", "of", "ل…", "صادر عن").
fn skip_genitive(toks: &[Tok], rules: &LangRules) -> Vec<Tok> {
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
fn role_end(seg: &[Tok], mut i: usize, lang: Lang, rules: &LangRules) -> usize {
    while i < seg.len() {
        let t = &seg[i];
        if !t.word {
            break;
        }
        let more = match lang {
            Lang::Ar => {
                t.fold.starts_with("\u{0627}\u{0644}")
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
fn final_cap_run(seg: &[Tok]) -> usize {
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
fn name_of(toks: &[Tok], lang: Lang, rules: &LangRules, kb: &Kb) -> Option<(u8, Who)> {
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
                let stop = !t.word
                    || (v.is_empty() && definite)
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
            let lead: Vec<Tok> = toks
                .iter()
                .enumerate()
                .skip_while(|(k, _)| rules.determiners.match_at(toks, *k, &[]).is_some())
                .take_while(|(_, t)| t.word && t.cap)
                .map(|(_, t)| t.clone())
                .collect();
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
