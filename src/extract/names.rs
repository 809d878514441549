//! Finding names without a tagger: knowledge-base labels; in a cased script runs of
//! capitalised words; in an uncased one the indefinite words after a title's genitive chain.
//! Organisations named by their head noun are `orgs`' job.

use super::doc::Ctx;
use super::orgs::org_kind;
use crate::kb::Kb;
use crate::lang::LangRules;
use crate::model::AgentKind;
use crate::phrase::{Rank, Who};
use crate::text::Tok;
use crate::tuning::window;

/// Skips the genitive link after a document noun ("du", "de la", "of", "ل…", "صادر عن").
pub(super) fn skip_genitive(toks: &[Tok], rules: &LangRules) -> Vec<Tok> {
    let mut out: Vec<Tok> = toks.to_vec();
    while let Some(m) = rules.issuer_links.match_at(&out, 0, &[]) {
        match m.glued {
            // Glued forms: "d'Apple".
            Some(n) => {
                out[0].drop_prefix(n);
                break;
            }
            None => {
                out.drain(..m.len);
            }
        }
    }
    // A preposition glued to the issuer ("لوزارة الخارجية"), perhaps fused with its article
    // ("بيان للوزارة": the ministry, an anaphor, its article restored).
    if let Some(t) = out.first_mut() {
        if let Some(n) = rules.morph.glued_preposition(&t.fold) {
            t.start += n;
            let fold = rules.morph.after_glued(&t.fold, n);
            t.set_fold(&fold);
        }
    }
    out
}

/// Where an affiliation starts in a speaker phrase of a cased script: a link of the table
/// after a name of two or more capitalised words that is neither a title nor headed by an
/// organisation noun, with only capitalised and link words after it ("Sen. Patty Murray of
/// Washington" → 3; not "National Association of Realtors", "Prime Minister of Britain").
/// A member link ends a one-word name too ("Osei with WHO" → 1).
pub(super) fn affiliation_start(seg: &[Tok], rules: &LangRules) -> Option<usize> {
    let syntax = &rules.raw.syntax;
    let link = |t: &Tok, links: &[String]| t.word && !t.cap && links.iter().any(|l| *l == t.fold);
    let p = seg.iter().position(|t| link(t, &syntax.affiliation_links) || link(t, &syntax.member_links))?;
    let run = seg[..p].iter().rev().take_while(|t| t.word && t.cap).count();
    if run < 2 - usize::from(link(&seg[p], &syntax.member_links)) {
        return None;
    }
    let after = &seg[p + 1..];
    let placed = after.first().is_some_and(|t| t.cap)
        && (0..after.len()).all(|k| after[k].word && (after[k].cap || rules.is_link_word(after, k)));
    let titled = rules.titles.match_at(seg, p - run, &[]).is_some_and(|m| m.len >= run);
    let org = rules.org_heads.match_at(seg, p - 1, &[]).is_some();
    (placed && !titled && !org).then_some(p)
}

/// Where a title's role ends: in a cased script, before the final capitalised name; in an
/// uncased one, at the end of its genitive chain ([`genitive_chain`]).
pub(super) fn role_end(seg: &[Tok], i: usize, rules: &LangRules) -> usize {
    if !rules.raw.syntax.cased {
        return genitive_chain(seg, i, rules);
    }
    let run_start = final_cap_run(seg, rules);
    (i..seg.len()).find(|&k| !seg[k].word || k >= run_start).unwrap_or(seg.len())
}

/// The end of a title's genitive chain, from token `i`: "وزيرة التجارة الأمريكية", "الأمين
/// العام لجامعة الدول العربية", "المتحدث باسم الكرملين". A word without article (a title, an
/// organisation noun, "باسم") or a glued preposition ("لجامعة", "للنقابة") opens a genitive;
/// a definite noun fills it and closes it; after that only adjectives go on ("الأمريكية"). A
/// definite noun after a closed chain is the verb's object ("رفض المدرب التعليق").
fn genitive_chain(seg: &[Tok], mut i: usize, rules: &LangRules) -> usize {
    let m = &rules.morph;
    let opens = |k: usize| !m.is_definite(&seg[k].fold) && !m.has_fused_article(&seg[k].fold);
    let mut open = i > 0 && opens(i - 1);
    while i < seg.len() && seg[i].word {
        let fold = seg[i].fold.as_str();
        let head = rules.titles.match_at(seg, i, &[]).is_some()
            || rules.org_heads.match_at(seg, i, &[]).is_some()
            || rules.title_links.match_at(seg, i, &[]).is_some()
            || rules.org_heads.match_at(seg, i, &m.glued_prepositions).is_some_and(|h| h.clitic > 0);
        // A noun without article inside an open genitive heads a genitive of its own
        // ("رئيسة صندوق النقد الدولي"): it goes on when a definite word follows.
        let construct = open
            && !m.is_definite(fold)
            && seg.get(i + 1).is_some_and(|n| n.word && (m.is_definite(&n.fold) || m.has_fused_article(&n.fold)));
        // "وزير الدولة لشؤون النقل والمواصلات", "وزير الخارجية والمغتربين": a definite word
        // with a glued coordinator adds to the complement that closed the chain.
        let coordinated = !open
            && i > 0
            && rules.coordinators.iter().any(|c| fold.strip_prefix(c.as_str()).is_some_and(|rest| m.is_definite(rest)));
        if head || construct {
            open = opens(i) || m.glued_preposition(fold).is_some() || construct;
        } else if coordinated
            || m.has_fused_article(fold)
            || (m.is_definite(fold) && (open || m.is_definite_adjective(fold) || name_follows(seg, i, rules)))
        {
            open = false;
        } else {
            break;
        }
        i += 1;
    }
    i
}

/// Whether the definite words from `i` on are followed by an indefinite word that can open a
/// name: then they describe the title ("النائب المعارض جمال ناصر"); otherwise they are the
/// verb's object ("رفض المدرب التعليق").
fn name_follows(seg: &[Tok], i: usize, rules: &LangRules) -> bool {
    let m = &rules.morph;
    let next = (i..seg.len()).find(|&k| !seg[k].word || !m.is_definite(&seg[k].fold));
    next.is_some_and(|k| {
        seg[k].word
            && !m.has_fused_article(&seg[k].fold)
            && rules.speaker_stops.match_at(seg, k, &rules.clitics).is_none()
            && rules.titles.match_at(seg, k, &[]).is_none()
            && rules.org_heads.match_at(seg, k, &[]).is_none()
    })
}

/// Start of the final run of capitalised words, if it is a name: a short run after a
/// preposition or article is a complement ("au Commerce", "de la Santé"), not a name.
pub(super) fn final_cap_run(seg: &[Tok], rules: &LangRules) -> usize {
    let mut s = seg.len();
    while s > 0 && in_cap_run(seg, s - 1, rules) {
        s -= 1;
    }
    // A run does not open on a full stop.
    while s < seg.len() && !seg[s].word {
        s += 1;
    }
    if s == seg.len() {
        return s;
    }
    let run = seg.len() - s;
    let after_link = s > 0 && seg[s - 1].word && !seg[s - 1].cap && rules.is_link_word(seg, s - 1);
    // "gouverneur de la Banque de Savoie": the last two words of a complement's run open on
    // a particle, so they are no name; the run is the complement's whole.
    let particle = |t: &Tok| rules.inner_name_particles.contains(t.fold.as_str());
    if after_link && (run < 3 || particle(&seg[seg.len() - 2])) {
        seg.len()
    } else if after_link {
        seg.len() - 2
    } else {
        s
    }
}

/// Whether token `k` continues a run of capitalised words: a capitalised word, or the full
/// stop of an initial or abbreviation between two ("U.S. Chamber", "J.P. Morgan").
pub(super) fn in_cap_run(seg: &[Tok], k: usize, rules: &LangRules) -> bool {
    let t = &seg[k];
    if t.word {
        return t.cap;
    }
    t.punct == '.'
        && k > 0
        && seg[k - 1].end == t.start
        && rules.abbreviates(&seg[k - 1])
        && seg.get(k + 1).is_some_and(|n| n.word && n.cap)
}

/// The knowledge-base entry named in `toks`: a person wins over an organisation ("UN
/// Secretary-General António Guterres" is Guterres); otherwise the first organisation.
fn known_name<'k>(toks: &[Tok], rules: &LangRules, kb: &'k Kb) -> Option<(Vec<Tok>, &'k crate::kb::Entry)> {
    let mut found: Option<(Vec<Tok>, &crate::kb::Entry)> = None;
    let mut i = 0;
    while i < toks.len() {
        let Some(m) = kb.find(toks, i, &rules.clitics) else {
            i += 1;
            continue;
        };
        let e = &kb.entries[*m.value];
        // "Police Chief Erin Vance" is not the Vance of the tables: a capitalised word before a
        // one-word label, neither a title nor an acronym ("Sen. Vance", "GOP Vance" stay), is
        // a given name, and the label someone else's surname.
        let other_given = e.kind == Some(AgentKind::Person)
            && m.len == 1
            && i > 0
            && toks[i - 1].word
            && toks[i - 1].cap
            && !toks[i - 1].upper
            && rules.titles.match_at(toks, i - 1, &[]).is_none()
            && !rules.abbreviates(&toks[i - 1]);
        if other_given {
            i += 1;
            continue;
        }
        // "the Biden administration", "Trump's campaign": a person's name before an
        // organisation noun names the organisation, not the person.
        let before_org = e.kind == Some(AgentKind::Person) && rules.org_heads.match_at(toks, i + m.len, &[]).is_some();
        let better = !before_org
            && match (&found, e.kind) {
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
    }
    found
}

/// An uncased name: it starts with an indefinite word ("سلمى", not "الوزيرة") and may go on
/// with definite ones ("سلمى الراشد") until a title, an organisation noun or a stop word.
fn shaped_name(toks: &[Tok], rules: &LangRules, chars: &[char]) -> Vec<Tok> {
    let mut v: Vec<Tok> = Vec::new();
    for (k, t) in toks.iter().enumerate() {
        // "تعهد الوزير بتعويض المزارعين": a preposition and a verbal noun open no name.
        if v.is_empty() && t.word && rules.morph.opens_verbal_noun(&chars[t.start..t.end]) {
            break;
        }
        let definite = rules.morph.is_definite(&t.fold);
        // "دعت سعاد الحمدي النقابات إلى …": a definite plural is the verb's object.
        let plural = !v.is_empty() && rules.morph.is_definite_plural(&t.fold);
        // "انتقد النائب سامي نور الموازنة": the object, after a name of two words.
        let object = v.len() >= 2 && rules.morph.is_definite_common_noun(&t.fold);
        // "سامي نور ووزير الدفاع …", "… والرئيس الفرنسي", "… ونظيره": a glued "و" before a
        // title, an organisation or a definite word opens a second conjunct, not the name's
        // next word ("أحمد وليد").
        let conjunct = !v.is_empty() && opens_conjunct(t, rules);
        // "صرح نبيل حداد للإذاعة بأن …": the one spoken to, after the name.
        let addressee = !v.is_empty() && rules.morph.opens_addressee(&t.fold);
        let stop = !t.word
            || plural
            || addressee
            || object
            || conjunct
            || (v.is_empty() && (definite || rules.speaker_stops.match_at(toks, k, &rules.clitics).is_some()))
            || rules.titles.match_at(toks, k, &[]).is_some()
            || rules.org_heads.match_at(toks, k, &[]).is_some()
            || rules.speaker_stops.match_at(toks, k, &[]).is_some();
        if stop || v.len() == window::NAME_WORDS {
            // "…، نقلته وكالة الشرق، …": one word before an organisation is its verb, not
            // a name (a name takes its organisation through a title or a link word).
            if v.len() == 1 && t.word && rules.org_heads.match_at(toks, k, &[]).is_some() {
                v.clear();
            }
            break;
        }
        v.push(t.clone());
    }
    v
}

/// Whether a word is a coordinator glued to a title, an organisation or a definite word.
fn opens_conjunct(t: &Tok, rules: &LangRules) -> bool {
    rules.coordinators.iter().any(|c| {
        t.fold.strip_prefix(c.as_str()).is_some_and(|rest| {
            let mut bare = t.clone();
            bare.set_fold(rest);
            let one = std::slice::from_ref(&bare);
            rules.morph.is_definite(rest)
                || rules.titles.match_at(one, 0, &[]).is_some()
                || rules.org_heads.match_at(one, 0, &[]).is_some()
        })
    })
}

/// A cased name: the final capitalised run, or the capitalised words that open the phrase.
fn capitalised_name(toks: &[Tok], rules: &LangRules, chars: &[char]) -> Vec<Tok> {
    let mut s = final_cap_run(toks, rules);
    while s < toks.len() && rules.determiners.match_at(toks, s, &[]).is_some() {
        s += 1;
    }
    if s < toks.len() {
        // "Soberingly,": a sentence adverb alone is no name.
        if let [one] = &toks[s..] {
            if rules.is_verbal_word(one, false) {
                return Vec::new();
            }
        }
        return toks[s..].to_vec();
    }
    let first = (0..toks.len()).find(|&k| rules.determiners.match_at(toks, k, &[]).is_none()).unwrap_or(toks.len());
    let lead_len = (first..toks.len()).take_while(|&k| in_cap_run(toks, k, rules)).count();
    let mut lead: Vec<Tok> = toks[first..first + lead_len].to_vec();
    // "Soberingly,", "Asked whether …": a sentence adverb, or a participle opening a clause.
    if let [one] = &lead[..] {
        let opens_clause = toks.get(first + 1).is_some_and(|t| t.word && !t.cap);
        if rules.is_verbal_word(one, opens_clause) {
            return Vec::new();
        }
    }
    // "National Association of Realtors", "Bank of America": an organisation noun closing
    // the capitalised words, then link words and capitalised words to the end, is one name.
    let k = first + lead.len();
    if let Some(last) = lead.last() {
        let org_head = rules.org_heads.match_at(std::slice::from_ref(last), 0, &[]).is_some();
        let links =
            (k..toks.len()).take_while(|&j| toks[j].word && !toks[j].cap && rules.is_link_word(toks, j)).count();
        let rest_capitalised = k + links < toks.len() && toks[k + links..].iter().all(|t| t.word && t.cap);
        if org_head && links > 0 && rest_capitalised {
            return toks[first..].to_vec();
        }
    }
    // "la Confédération paysanne", "le Parti socialiste": one lower-case adjective closing
    // the phrase belongs to the name.
    if rules.raw.syntax.adjective_after_name
        && !lead.is_empty()
        && k + 1 == toks.len()
        && toks[k].word
        && !toks[k].cap
        && rules.speaker_stops.match_at(toks, k, &[]).is_none()
        && rules.determiners.match_at(toks, k, &[]).is_none()
        && !past_participle(&toks[k], rules, chars)
    {
        lead.push(toks[k].clone());
    }
    lead
}

/// Whether `toks` are a full name as a cased script writes one: two words or more, every
/// one capitalised ("Ana Ruiz"), nothing else.
pub(super) fn is_full_name(toks: &[Tok]) -> bool {
    toks.len() >= 2 && toks.iter().all(|t| t.word && t.cap)
}

/// Whether `toks` are a full name, perhaps behind an honorific and its full stop ("Dr. Ana
/// Ruiz").
pub(super) fn is_titled_full_name(toks: &[Tok], rules: &LangRules) -> bool {
    let title = rules.titles.match_at(toks, 0, &rules.clitics).map_or(0, |m| m.len);
    let stop = usize::from(title > 0 && toks.get(title).is_some_and(|t| !t.word));
    is_full_name(&toks[(title + stop).min(toks.len())..])
}

/// Whether token `k` is a capitalised word behind a glued article ("l'Économie" in "le
/// ministre de l'Économie", "l'Intérieur").
pub(super) fn capital_behind_article(toks: &[Tok], k: usize, rules: &LangRules, chars: &[char]) -> bool {
    rules.determiners.match_at(toks, k, &[]).and_then(|m| m.glued).is_some_and(|n| {
        let at = toks[k].start + n;
        at < toks[k].end && chars[at].is_uppercase()
    })
}

/// Where a person's name starts inside a run of capitalised words that runs on from
/// something else ("Radio Nord Claire Dumas"): at its first given name, when the run does
/// not open on one and the given name is not its last word.
pub(super) fn given_name_inside(run: &[Tok]) -> Option<usize> {
    let given = |t: &Tok| crate::lang::given::is_given_name(&t.fold);
    if run.len() < 3 || run.first().is_none_or(given) {
        return None;
    }
    (1..run.len() - 1).find(|&k| given(&run[k]))
}

/// Whether a word ends like a past participle of the table. Read in the text as written:
/// folding drops the accent that makes the ending ("publié" folds to "publie", like
/// "paysanne" ends in "e").
pub(super) fn past_participle(t: &Tok, rules: &LangRules, chars: &[char]) -> bool {
    // "au", "du" end as "vu" and "lu" do.
    if rules.is_preposition(t) {
        return false;
    }
    let word: String = chars[t.start..t.end].iter().flat_map(|c| c.to_lowercase()).collect();
    rules.raw.syntax.past_participle_endings.iter().any(|e| word.ends_with(e.as_str()))
        || rules.raw.syntax.irregular_past_participles.contains(&word)
}

/// Whether `seg` opens on an article written capitalised after a word of the same sentence,
/// before a capitalised word: "d'après Le Soir", "selon La Presse" (a title's article).
pub(super) fn capitalised_article(cx: &Ctx, seg: &[Tok]) -> bool {
    let rules = cx.rules;
    let [first, second, ..] = seg else { return false };
    let k = cx.doc.tok_at(first.start);
    rules.raw.syntax.cased
        && first.cap
        && !first.upper
        && second.word
        && second.cap
        && rules.articles.contains(first.fold.as_str())
        && k > 0
        && cx.doc.toks[k - 1].word
        && !first.newline_before
}

/// The name in `toks`, if any: a KB label ([`Rank::KnownName`]) or a name-shaped run
/// ([`Rank::Name`]).
pub(super) fn name_of(cx: &Ctx, toks: &[Tok]) -> Option<(Rank, Who)> {
    let (rules, kb) = (cx.rules, cx.kb);
    if let Some((name, e)) = known_name(toks, rules, kb) {
        return Some((Rank::KnownName, Who::Name { toks: name, kind: e.kind, org_kind: e.org_kind.clone() }));
    }
    let name = if rules.raw.syntax.cased {
        // "selon Le Soir": the name read behind its article, then the article put back.
        let article = usize::from(capitalised_article(cx, toks));
        let mut name = capitalised_name(&toks[article..], rules, &cx.doc.chars);
        if article == 1 && name.first().is_some_and(|t| t.start == toks[1].start) {
            name.insert(0, toks[0].clone());
        }
        name
    } else {
        shaped_name(toks, rules, &cx.doc.chars)
    };
    // Digits, or capitalised function words alone ("His surrogates", "Even so"), name nobody.
    let no_name =
        |t: &Tok| t.fold.chars().all(|c| c.is_ascii_digit()) || rules.function_words.contains(t.fold.as_str());
    if name.is_empty() || name.iter().all(no_name) {
        return None;
    }
    let name = person_after_organisation(name, rules);
    // An organisation noun heads the name when it ends it ("Harbour Investment Coalition") or
    // takes a complement ("Bank of England"); inside a name it qualifies ("House Speaker").
    let heads =
        |k: usize, len: usize| k + len == name.len() || name.get(k + len).is_some_and(|t| rules.is_preposition(t));
    let head = (0..name.len()).rev().find_map(|k| {
        let m = rules.org_heads.match_at(&name, k, &[])?;
        heads(k, m.len).then(|| org_kind(rules, *m.value))
    });
    // A place head ends the name ("Marshall Islands") or opens it with a complement ("Isle of
    // Man", "rue de Rivoli").
    let place = (1..name.len()).any(|k| rules.place_heads.match_at(&name, k, &[]).is_some_and(|m| heads(k, m.len)))
        || rules.place_heads.match_at(&name, 0, &[]).is_some_and(|m| m.len < name.len() && heads(0, m.len));
    let kind = match (&head, place) {
        (Some(_), _) => Some(AgentKind::Organization),
        (None, true) => Some(AgentKind::Place),
        (None, false) => None,
    };
    Some((Rank::Name, Who::Name { toks: name, kind, org_kind: head }))
}

/// "Harbor Steel Inc. Tom Reyes": an organisation head inside a run of capitalised words,
/// then a given name (or any name after an abbreviated head) of two words or more, is the
/// person's employer; the person is the name after it.
fn person_after_organisation(name: Vec<Tok>, rules: &LangRules) -> Vec<Tok> {
    let split = (1..name.len()).find_map(|k| {
        let m = rules.org_heads.match_at(&name, k, &[])?;
        // An abbreviated head ("Inc.", "Corp.") always ends the organisation's name.
        let abbreviated = name.get(k + m.len).is_some_and(|t| !t.word);
        let rest = k + m.len + usize::from(abbreviated);
        let person = &name[rest.min(name.len())..];
        let given = person.first().is_some_and(|t| crate::lang::given::is_given_name(&t.fold));
        let words = person.iter().filter(|t| t.word).count();
        let no_head = (0..person.len()).all(|i| rules.org_heads.match_at(person, i, &[]).is_none());
        ((given || abbreviated) && words >= 2 && no_head).then_some(rest)
    });
    match split {
        Some(rest) => name[rest..].to_vec(),
        None => name,
    }
}
