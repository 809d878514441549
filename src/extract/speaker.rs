//! Reads a speaker phrase ("La secrétaire américaine au Commerce, Gina Raimondo,",
//! "وزيرة التجارة الأمريكية جينا ريموندو", "the company") into who it names and the role it
//! gives them.
//!
//! A phrase is split at commas and parentheses into segments; each segment is read on its
//! own ([`analyze_segment`]) and ranked ([`Rank`]); the strongest names the speaker and a
//! title in another segment becomes its role.

pub(super) use super::cut::cut_at_stop;
use super::doc::Ctx;
use super::names::{self, name_of, role_end, skip_genitive};
use super::orgs::organisation;
use super::titled::{lone_acronym, title_after_name, titled_name};
pub(super) use super::unnamed::nominal;
use super::unnamed::{
    bare_group, described, description, indefinite, possessed, pronoun_group, quantified, sentence_case_phrase,
    share_of_group,
};
use crate::lang::punct;
use crate::lang::LangRules;
use crate::model::AgentKind;
use crate::phrase::{Phrase, Rank, Who};
use crate::text::Tok;

/// Drops what is in parentheses: asides ("(Reuters)", "(54)"), not the speaker.
fn without_asides(toks: &[Tok]) -> Vec<Tok> {
    let mut depth = 0usize;
    toks.iter()
        .filter(|t| match punct::parenthesis(t) {
            Some(true) => {
                depth += 1;
                false
            }
            Some(false) => {
                depth = depth.saturating_sub(1);
                false
            }
            None => depth == 0,
        })
        .cloned()
        .collect()
}

/// The segments of a phrase worth reading: no dateline ("PANAMA CITY (Wire) —"), edges
/// without determiners, and none opening on a stop word the knowledge base does not know.
fn segments(cx: &Ctx, toks: &[Tok]) -> Vec<Vec<Tok>> {
    let (rules, kb) = (cx.rules, cx.kb);
    let dateline = |s: &[Tok]| {
        rules.raw.syntax.cased && s.len() > 1 && s.iter().all(|t| t.word && t.upper && t.fold.chars().count() > 1)
    };
    // "Luke Crane, of Springfield, Va., said": capitalised words after a place adjunct
    // continue the place (its state or country), they name no speaker. Only after an
    // earlier segment (the name): an adjunct opening the sentence ("On Monday, Okafor said",
    // "In Paris, Okafor …") is followed by the speaker. After a title the prepositional
    // segment continues the portfolio ("le ministre de l'Économie, des Finances et de
    // l'Industrie, Jean Roux, …"), and the name follows.
    let (mut in_place, mut after_segment, mut after_title) = (false, false, false);
    let mut place_part = |s: &[Tok], in_place: &mut bool, after_segment: &mut bool| {
        let words: Vec<&Tok> = s.iter().filter(|t| t.word).collect();
        let portfolio = after_title && words.first().is_some_and(|t| rules.is_preposition(t));
        let opens_place =
            *after_segment && !portfolio && words.len() >= 2 && rules.is_preposition(words[0]) && words[1].cap;
        let bare = strip_determiners(s, rules);
        after_title = portfolio || rules.titles.match_at(&bare, 0, &rules.clitics).is_some();
        *after_segment |= !words.is_empty();
        let continues = *in_place && !words.is_empty() && words.len() <= 3 && words.iter().all(|t| t.cap);
        *in_place = opens_place || (continues || (*in_place && words.is_empty()));
        continues
    };
    // "Interrogée par Le Monde, …", "X, asked about the deal, …": who asked is no speaker;
    // "The officials, who spoke on condition of anonymity because …, said": nor is anyone
    // a relative clause names (a lone "who" before the cue is read by the left strategy).
    let asked =
        |s: &[Tok]| super::subjects::opens_participle_clause(cx, s) || participle_aside(s, rules) || agent_aside(cx, s);
    let relative = |s: &[Tok]| s.len() > 1 && s.first().is_some_and(|t| rules.is_relative_pronoun(t));
    let toks = &toks[super::subjects::dateline_len(cx, toks)..];
    // "The councillor who called the plan a disgrace": the speaker ends at the relative;
    // not after a word that needs it ("Those who know the governor").
    let before_relative = |s: &'_ [Tok]| -> usize {
        let k = (1..s.len()).find(|&k| rules.is_relative_pronoun(&s[k]));
        let needs_it = |w: &Tok| {
            rules.subject_words.contains(w.fold.as_str())
                || rules.pronouns.match_at(std::slice::from_ref(w), 0, &[]).is_some()
        };
        match k {
            Some(1) if needs_it(&s[0]) => s.len(),
            Some(k) => k,
            None => s.len(),
        }
    };
    toks.split(punct::is_phrase_break)
        .filter(|s| !dateline(s) && !asked(s) && !relative(s) && !place_part(s, &mut in_place, &mut after_segment))
        .map(|s| &s[..before_relative(s)])
        // "Pour la ministre Claire Morin interrogée sur Radio Sud, « … »": who asked her is
        // no part of her name.
        .map(|s| &s[..(1..s.len()).find(|&k| rules.is_opening_participle(&s[k])).unwrap_or(s.len())])
        .map(|s| {
            // "the company's statement read": the owner speaks, its determiner kept for
            // anaphors ("the company").
            let owner = super::possessor::document_owner(s, rules);
            let s = owner.as_deref().unwrap_or(s);
            if indefinite(s, rules) || description(s, rules) || quantified(s, rules) || pronoun_group(s, rules) {
                return s.to_vec();
            }
            // "Le Monde", "The Guardian": a name the knowledge base knows with its article
            // keeps it; so does one whose article is capitalised inside a sentence ("selon
            // Le Soir"), which the article only is when it is part of the name.
            let known = s.first().is_some_and(|t| t.cap) && kb.find(s, 0, &rules.clitics).is_some_and(|m| m.len > 1);
            let s = if known || names::capitalised_article(cx, s) { s.to_vec() } else { strip_determiners(s, rules) };
            // "Even Friday", "Only 40 percent", "That's a fraction": a capitalised function
            // word (not one opening an anaphor: "Ce dernier").
            let anaphor = rules.anaphors.match_at(&s, 0, &rules.clitics).is_some();
            let k = if anaphor {
                0
            } else {
                s.iter().take_while(|t| t.word && rules.function_words.contains(t.fold.as_str())).count()
            };
            if k < s.len() {
                s[k..].to_vec()
            } else {
                s
            }
        })
        .filter(|s| s.iter().any(|t| t.word))
        .filter(|s| {
            // "Ce dernier": an anaphor of stop words.
            opens_validly(s, rules)
                || kb.find(s, 0, &rules.clitics).is_some()
                || rules.anaphors.match_at(s, 0, &rules.clitics).is_some()
        })
        .collect()
}

/// "X, opening the new bridge on Friday, said": a segment opening on a present
/// participle with its object or complement says what the speaker was doing, it names no
/// one; a title ("acting director") is no such participle.
pub(super) fn participle_aside(s: &[Tok], rules: &LangRules) -> bool {
    s.len() > 2
        && s[0].word
        && !s[0].cap
        && rules.is_participle(&s[0])
        && rules.titles.match_at(s, 0, &rules.clitics).is_none()
        && rules.titles.match_at(s, 1, &rules.clitics).is_none()
        && (rules.determiners.match_at(s, 1, &rules.clitics).is_some() || rules.is_preposition(&s[1]))
}

/// "The researchers, led by Dr. X of the University of Y, said": a past participle and its
/// agent, set off after the subject, describe the subject; the agent is no speaker.
pub(super) fn agent_aside(cx: &Ctx, s: &[Tok]) -> bool {
    let rules = cx.rules;
    s.len() > 2
        && s[0].word
        && !s[0].cap
        && rules.agent_prepositions.contains(s[1].fold.as_str())
        && names::past_participle(&s[0], rules, &cx.doc.chars)
}

/// Whether a segment can open a speaker phrase: not on a stop word or preposition ("وعن
/// سؤال …", "Sous …"), a participle of speech ("قائلة") or a complementizer. (Other cue
/// forms may be nouns too: "le juge", "la note".)
pub(super) fn opens_validly(seg: &[Tok], rules: &LangRules) -> bool {
    rules.speaker_stops.match_at(seg, 0, &rules.clitics).is_none()
        && rules.cues.match_at(seg, 0, &rules.clitics).is_none_or(|m| !rules.verbs[m.value.verb].adverbial)
        && rules.complementizers.match_at(seg, 0, &rules.clitics).is_none()
}

/// Which side of its cue a phrase stands on: of two segments that name someone equally
/// well, the one nearest the cue wins (the last before it, the first after it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// Before the cue ("Mayor Ellen Park said").
    Before,
    /// After it ("said Mayor Ellen Park", "وقالت الوزيرة …", "selon X").
    After,
}

/// Analyses a speaker phrase (already cut to the words that can name the speaker) found on
/// `side` of its cue.
pub(super) fn analyze(cx: &Ctx, toks: &[Tok], side: Side) -> Option<Phrase> {
    let segments = segments(cx, &without_asides(toks));
    let mut best: Option<(Rank, Phrase)> = None;
    let mut role: Option<Vec<Tok>> = None;
    let mut title_apposition: Option<(usize, Vec<Tok>)> = None;
    let mut org_apposition: Option<(usize, String)> = None;
    let mut best_seg = 0;
    for (si, seg) in segments.iter().enumerate() {
        let Some((rank, p)) = analyze_segment(cx, seg) else { continue };
        if rank == Rank::Organisation {
            if let Who::Name { org_kind: Some(k), .. } = &p.who {
                org_apposition.get_or_insert((si, k.clone()));
            }
        }
        if let Who::Title(t) = &p.who {
            // "Le ministre des Transports, porte-parole du gouvernement, M. X": titles in a
            // row are one role, read as written from the first to the last.
            match (&mut role, &mut title_apposition) {
                (Some(r), Some((last, ta))) if *last + 1 == si => {
                    r.extend(t.iter().cloned());
                    ta.extend(t.iter().cloned());
                    *last = si;
                }
                _ => {
                    role.get_or_insert_with(|| t.clone());
                    title_apposition.get_or_insert((si, t.clone()));
                }
            }
        }
        if p.role.is_some() && role.is_none() {
            role.clone_from(&p.role);
        }
        if best.as_ref().is_none_or(|(r, b)| outranks(rank, &p, seg, *r, b, side)) {
            best = Some((rank, p));
            best_seg = si;
        }
    }
    let (_, mut p) = best?;
    if let Who::Name { kind: kind @ None, org_kind, .. } = &mut p.who {
        // "The company that runs the terminal, Bayline Logistics,": the name is the company.
        if let Some((_, k)) = org_apposition.filter(|(si, _)| *si != best_seg) {
            *kind = Some(AgentKind::Organization);
            *org_kind = Some(k);
        }
    }
    if p.role.is_none() && !matches!(p.who, Who::Title(_)) {
        p.role = role;
    }
    // "الدكتور مصطفى كامل، رئيس الوزراء،", "Dr. Ana Ruiz, the treasurer,": a title in
    // apposition says more than the honorific before the name; a later "رئيس الوزراء" is
    // resolved through it.
    if let (Who::Name { .. }, Some((si, t))) = (&p.who, title_apposition) {
        let honorific = p.role.as_ref().is_some_and(|r| r.iter().filter(|t| t.word).count() == 1);
        if si != best_seg && honorific {
            p.role = Some(t);
        }
    }
    Some(p)
}

/// Whether a segment read as `p` (rank `rank`) replaces the best so far (`b`, rank `r`).
/// Ties go to the segment nearest the cue: the last one before it, the first one after it.
/// A description with a name ("délégué syndical SUD-Rail") does not displace a full name
/// ("Thomas Leroux") in apposition to it; it does displace a lone capitalised word
/// ("Interrogée par France Info, la ministre Annie Genevard").
fn outranks(rank: Rank, p: &Phrase, seg: &[Tok], r: Rank, b: &Phrase, side: Side) -> bool {
    let described = p.role.is_some() || seg.first().is_some_and(|t| t.word && !t.cap);
    let full_name = matches!(&b.who, Who::Name { toks, .. } if toks.iter().filter(|t| t.word && t.cap).count() >= 2);
    rank > r || (rank == r && side == Side::Before && !(described && full_name))
}

/// Strips determiners and connectors from the front of a segment, but not those of an
/// anaphor ("the company") or an unnamed source.
pub(super) fn strip_determiners(seg: &[Tok], rules: &LangRules) -> Vec<Tok> {
    let mut i = 0;
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

/// Reads one segment of a speaker phrase.
pub(super) fn analyze_segment(cx: &Ctx, seg: &[Tok]) -> Option<(Rank, Phrase)> {
    let (rules, kb) = (cx.rules, cx.kb);
    let words = seg.iter().filter(|t| t.word).count();
    if words == 0 {
        return None;
    }
    let plain = |who| Phrase { who, role: None };
    if rules.non_speakers.match_at(seg, 0, &rules.clitics).is_some() {
        return None;
    }
    // "Rep. Ana Ruiz, D-Texas, said", "R-S.D.": the name's party and state, the state
    // perhaps abbreviated with full stops.
    let state_part = |t: &Tok| !t.word || (t.cap && t.fold.chars().count() <= 2);
    if seg.first().is_some_and(|t| rules.is_party_tag(t)) && (words == 1 || seg[1..].iter().all(state_part)) {
        return None;
    }
    if let Some(p) = names::affiliation_start(seg, rules) {
        return analyze_segment(cx, &seg[..p]);
    }
    // "A Kaspersky spokesperson": an organisation the tables know speaks through its
    // unnamed representative; "a Western diplomat" names no one.
    let known_org_after = seg.len() > 2
        && kb
            .find(seg, 1, &rules.clitics)
            .is_some_and(|m| kb.entries[*m.value].kind == Some(AgentKind::Organization) && 1 + m.len < seg.len());
    // "وقال خبراء إن …": where no capital marks a name, an indefinite source noun opening
    // the phrase is a group or an unnamed source, never a name.
    let source_noun = !rules.raw.syntax.cased
        && seg[0].word
        && rules.is_source_noun(&seg[0])
        && !rules.morph.is_definite(&seg[0].fold)
        // "بيان لوزارة التجارة" speaks for its issuer.
        && rules.doc_nouns.match_at(seg, 0, &rules.clitics).is_none()
        && kb.find(seg, 0, &rules.clitics).is_none();
    let unnamed = ((indefinite(seg, rules) || description(seg, rules) || quantified(seg, rules)) && !known_org_after)
        || source_noun
        || rules.anonymous.match_at(seg, 0, &rules.clitics).is_some();
    let common = || sentence_case_phrase(cx, seg);
    if unnamed || bare_group(cx, seg, words) || possessed(seg, rules) || share_of_group(seg, rules) || common() {
        return Some((Rank::Anonymous, plain(Who::Anonymous(without_last_participle(cx, seg).to_vec()))));
    }
    match described(seg, rules).filter(|_| !known_org_after) {
        Some(true) => return Some((Rank::Weak, plain(Who::Title(seg.to_vec())))),
        Some(false) => return Some((Rank::Anonymous, plain(Who::Anonymous(seg.to_vec())))),
        None => {}
    }
    if words == 1 {
        if let Some(m) = rules.pronouns.match_at(seg, 0, &[]) {
            return Some((Rank::Weak, Phrase::pronoun(*m.value)));
        }
    }
    if let Some(m) = rules.anaphors.match_at(seg, 0, &rules.clitics) {
        if m.len == seg.len() {
            return Some((Rank::Anaphor, plain(Who::Anaphor(*m.value, seg.to_vec()))));
        }
    }
    // A document speaks for its issuer: "un communiqué du ministère" → "ministère".
    if let Some(m) = rules.doc_nouns.match_at(seg, 0, &rules.clitics) {
        let modifier = |t: &Tok| t.word && rules.doc_modifiers.contains(t.fold.as_str());
        let after = m.len + seg[m.len..].iter().take_while(|t| modifier(t)).count();
        let rest = skip_genitive(&seg[after..], rules);
        return rest.iter().any(|t| t.word).then(|| analyze_segment(cx, &rest)).flatten();
    }
    if rules.raw.syntax.cased {
        if let Some(found) = titled_name(cx, seg) {
            return Some(found);
        }
    }
    // A title the knowledge base knows, whatever its head noun ("the harbour commissioner"):
    // resolved to its holder later.
    let bare = strip_determiners(seg, rules);
    if !bare.is_empty() && kb.is_title(&bare) {
        return Some((Rank::Weak, plain(Who::Title(bare))));
    }
    // Title first: its genitive chain is the role, what follows is the name.
    if let Some(m) = rules.titles.match_at(seg, 0, &rules.clitics) {
        let end = role_end(seg, m.len, rules);
        // "أستاذ العلوم السياسية في جامعة القاهرة حسن نافعة": the complement is the role's.
        let end = super::complement::name_start(seg, end, rules, kb).unwrap_or(end);
        let role = seg[..end].to_vec();
        // A place after a title completes it ("قاضي محكمة الجنايات بباريس", "mayor of Paris").
        let place = |who: &Who| matches!(who, Who::Name { kind: Some(AgentKind::Place), .. });
        return Some(match name_of(cx, &seg[end..]) {
            Some((rank, who)) if !place(&who) && !who.toks().is_some_and(|t| lone_acronym(cx, t)) => {
                let role = title_after_name(seg, end, &who, rules).filter(|_| m.len == end && end == 1).unwrap_or(role);
                (rank, Phrase { who, role: Some(role) })
            }
            Some(_) => (Rank::Weak, plain(Who::Title(seg.to_vec()))),
            None => (Rank::Weak, plain(Who::Title(role))),
        });
    }
    organisation(cx, seg, words).or_else(|| named(cx, seg))
}

/// A name, with its title when the title follows ("دميتري بيسكوف المتحدث باسم الكرملين",
/// "Ellen Park, mayor").
fn named(cx: &Ctx, seg: &[Tok]) -> Option<(Rank, Phrase)> {
    let rules = cx.rules;
    let (rank, who) = name_of(cx, seg)?;
    // "the outgoing Governor": a capitalised title is a title, not a name.
    if let Who::Name { toks, kind: None, .. } = &who {
        if rank == Rank::Name && rules.titles.match_at(toks, 0, &[]).is_some_and(|m| m.len == toks.len()) {
            return Some((Rank::Weak, Phrase { who: Who::Title(strip_determiners(seg, rules)), role: None }));
        }
    }
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

/// "une voyageuse rencontrée dans le hall", "a commuter interviewed at the station": once
/// the adjunct is cut, a participle left last describes how the reporter met the source and
/// is no part of its name. After a pronoun it is a relative clause's verb ("the engineers
/// we consulted").
fn without_last_participle<'t>(cx: &Ctx, seg: &'t [Tok]) -> &'t [Tok] {
    let rules = cx.rules;
    let last = seg.len().saturating_sub(1);
    let participle = seg.len() >= 3
        && seg[last].word
        && !seg[last].cap
        && seg[last - 1].word
        && !rules.subject_pronouns.contains(seg[last - 1].fold.as_str())
        && rules.pronouns.match_at(seg, last - 1, &rules.clitics).is_none()
        && super::names::past_participle(&seg[last], rules, &cx.doc.chars);
    if participle {
        &seg[..last]
    } else {
        seg
    }
}
