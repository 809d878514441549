//! Reads a speaker phrase ("La secrétaire américaine au Commerce, Gina Raimondo,",
//! "وزيرة التجارة الأمريكية جينا ريموندو", "the company") into who it names and the role it
//! gives them.
//!
//! Names are found without a tagger: a knowledge-base label; in Latin script a run of
//! capitalised words; in Arabic script the words after a title's genitive chain (titles are
//! followed by definite words, names are not). Organisations are phrases headed by an
//! organisation noun ("ministère", "وزارة").

use super::names::{self, final_cap_run, name_of, org_at, role_end, skip_genitive};
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

pub(super) fn is_sep(t: &Tok) -> bool {
    !t.word && matches!(t.punct, ',' | '\u{060C}' | '(' | ')' | '\u{2014}' | '\u{2013}' | ';')
}

/// Cuts a phrase at its first stop word (a preposition or time word that starts an adjunct).
pub fn cut_at_stop(toks: &[Tok], rules: &LangRules, kb: &Kb) -> Vec<Tok> {
    let mut out = Vec::new();
    // An unnamed source keeps its preposition ("نائب من حزب العمال", "a source in the ministry").
    let keep = rules.anonymous.match_at(toks, 0, &rules.clitics).map_or(0, |m| m.len);
    // Where titles start and end, found once: a title's own words and its complement are
    // never cut (below).
    let titles: Vec<(usize, usize)> = (0..toks.len())
        .filter_map(|k| rules.titles.match_at(toks, k, &rules.clitics).map(|m| (k, k + m.len)))
        .collect();
    let title_ends_at = |i: usize| titles.iter().any(|&(_, e)| e == i);
    for (i, t) in toks.iter().enumerate() {
        if i < keep {
            out.push(t.clone());
            continue;
        }
        // A preposition written apart ("لـ" before a quoted name) also ends the phrase.
        let lone_letter = t.word && t.fold.chars().count() == 1 && t.fold.chars().all(crate::normalize::is_arabic);
        // After a title that opens the phrase, a preposition and a capitalised word are the
        // title's portfolio, not an adjunct: "la secrétaire au Commerce, Gina Raimondo",
        // "Secretary of State Antony Blinken". (After a name and a comma, "executive director
        // of the Alliance" stays cut: the name is the speaker.)
        let portfolio = i > 0
            && t.fold.chars().count() <= 3
            && !toks[..i].iter().any(is_sep)
            && title_ends_at(i)
            && toks[i + 1..].iter().take(2).any(|n| n.word && n.cap);
        // A word inside a title is no stop ("الأمين العام": "العام" is also "this year").
        let in_title = titles.iter().any(|&(s, e)| s < i && i < e);
        if (!t.word && !is_sep(t))
            || lone_letter
            || t.fold.chars().all(|c| c.is_ascii_digit())
            || (rules.speaker_stops.match_at(toks, i, &[]).is_some() && !portfolio && !in_title)
        {
            break;
        }
        // Arabic "لـ"/"لل" glued to a noun introduces an addressee ("لوكالة", "للصحفيين"),
        // except right after a title, whose complement it is ("الأمين العام للنقابة").
        if rules.raw.code == "ar" && t.word && i > 0 && !title_ends_at(i) && starts_with_lam(t, rules, kb, toks, i) {
            break;
        }
        out.push(t.clone());
    }
    while out.last().is_some_and(|t| !t.word) {
        out.pop();
    }
    out
}

pub(super) fn starts_with_lam(t: &Tok, rules: &LangRules, kb: &Kb, toks: &[Tok], i: usize) -> bool {
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
        .map(|s| if indefinite(s, rules) || description(s, rules) { s.to_vec() } else { strip_determiners(s, rules) })
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
        // A description with a name ("délégué syndical SUD-Rail") does not displace a full
        // name ("Thomas Leroux") it stands in apposition to: its name is the organisation.
        // It does displace a lone capitalised word ("Interrogée par France Info, la ministre
        // Annie Genevard").
        let described = p.role.is_some() || seg.first().is_some_and(|t| t.word && !t.cap);
        let full_name = |b: &Phrase| {
            b.role.is_none()
                && matches!(&b.who, Who::Name { toks, .. } if toks.iter().filter(|t| t.word && t.cap).count() >= 2)
        };
        let better = best
            .as_ref()
            .is_none_or(|(r, b)| rank > *r || (rank == *r && lang != Lang::Ar && !(described && full_name(b))));
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

pub(super) fn strip_determiners(seg: &[Tok], rules: &LangRules) -> Vec<Tok> {
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
/// So is a capitalised adjective before a common noun ("a Western diplomat", "a Russian
/// official"): the phrase ends in a lower-case noun, not a name.
pub(super) fn indefinite(seg: &[Tok], rules: &LangRules) -> bool {
    let Some(first) = seg.first() else { return false };
    let common_noun_next =
        seg.get(1).is_some_and(|t| t.word && !t.cap) && rules.doc_nouns.match_at(seg, 1, &[]).is_none();
    let adjective_then_noun = seg.get(1).is_some_and(|t| t.word && t.cap)
        && seg.last().is_some_and(|t| t.word && !t.cap)
        && (1..seg.len()).all(|k| rules.doc_nouns.match_at(seg, k, &[]).is_none());
    rules.indefinites.iter().any(|d| d == first.fold.as_str()) && (common_noun_next || adjective_then_noun)
}

/// "Senator Mark Ellis, a Republican from Ohio,": a description opening on an indefinite
/// article, with a common word after its head, names no one, whatever capitals it holds.
fn description(seg: &[Tok], rules: &LangRules) -> bool {
    seg.first().is_some_and(|t| rules.indefinites.iter().any(|d| d == t.fold.as_str()))
        && seg.iter().filter(|t| t.word).count() >= 3
        && seg[2..].iter().any(|t| t.word && !t.cap)
        // "un communiqué du syndicat" speaks for its issuer.
        && rules.doc_nouns.match_at(seg, 1, &[]).is_none()
}

/// Ranks: 6 KB name, 5 name, 4 organisation, 3 anaphor, 2 anonymous, 1 pronoun/title.
pub(super) fn analyze_segment(seg: &[Tok], lang: Lang, rules: &LangRules, kb: &Kb) -> Option<(u8, Phrase)> {
    let words = seg.iter().filter(|t| t.word).count();
    if words == 0 {
        return None;
    }
    // "A Kaspersky spokesperson": an organisation the tables know speaks through its
    // unnamed representative; "a Western diplomat" names no one.
    let known_org_after = seg.len() > 2
        && kb
            .find(seg, 1, &rules.clitics)
            .is_some_and(|m| kb.entries[*m.value].kind == Some(AgentKind::Organization) && 1 + m.len < seg.len());
    if indefinite(seg, rules) && !known_org_after {
        return Some((2, Phrase { who: Who::Anonymous(seg.to_vec()), role: None }));
    }
    if description(seg, rules) && !known_org_after {
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
    // A title the knowledge base knows, whatever its head noun ("the harbour commissioner"):
    // resolved to its holder later.
    let bare = strip_determiners(seg, rules);
    if !bare.is_empty() && kb.is_title(&bare) {
        return Some((1, Phrase { who: Who::Title(bare), role: None }));
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
            // "l'administration Biden": a person's name after the head names the organisation
            // with the head, not the person.
            Some((name, kind, end)) if names::is_known_person(&name, rules, kb) => (seg[..end].to_vec(), kind),
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
