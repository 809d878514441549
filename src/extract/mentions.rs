//! What a sentence tells the discourse before any statement is read: the known entities and
//! organisations it mentions, and (where sentences open on their subject) its named subject
//! and the full names in it. These are the antecedents of later "the company", "Lopez", "she".

use super::doc::{Ctx, Sentence};
use super::speaker::{analyze, cut_at_stop, Side};
use super::subjects::sentence_subject;
use crate::lang::Gender;
use crate::model::{AgentKind, Mention, Resolution, Span};
use crate::phrase::{Phrase, SpeakerMention, Who};
use crate::text::Tok;

/// Notes every antecedent sentence `s` offers.
pub(super) fn note_antecedents(cx: &Ctx, s: Sentence) {
    let doc = &cx.doc;
    let min_words = cx.rules.raw.min_quote_words;
    // Names in quote marks ("صحيفة “واشنطن بوست”") count; words inside real quotes do not.
    for m in mentions(cx, s).into_iter().chain(organisations(cx, s)) {
        let k = doc.tok_at(m.span.start);
        if doc.in_real_quote(k, min_words) {
            continue;
        }
        if cx.rules.raw.syntax.verb_first && in_subject_slot(cx, s, k) {
            cx.disc.borrow_mut().note_subject(m.span.start, m.agent, None);
        } else {
            cx.disc.borrow_mut().note(m.span.start, m.agent, false, None);
        }
    }
    if cx.rules.raw.syntax.verb_first {
        note_first_verb_subject(cx, s);
    } else {
        note_subject(cx, s);
    }
    if cx.rules.raw.syntax.cased {
        note_names(cx, s);
    }
}

/// In a verb-first language, whether the mention at token `k` stands where a clause's
/// subject does: opening the sentence or a comma-separated clause (subject first: "الوزارة
/// تؤكد …"), after its first word (verb first), or after a verb of speech ("، أبلغ الوزير
/// النواب …"); not inside a phrase ("زيارة الرئيس الضيف").
fn in_subject_slot(cx: &Ctx, s: Sentence, k: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let opens_clause =
        |j: usize| j == s.start || (j > s.start && crate::lang::punct::is_clause_separator(&toks[j - 1]));
    opens_clause(k)
        || (k > s.start && (opens_clause(k - 1) || rules.cues.match_at(toks, k - 1, &rules.clitics).is_some()))
}

/// Resolves `p`, a phrase found at code point `pos` outside any cue.
fn resolve_at(cx: &Ctx, p: &Phrase, pos: usize) -> Option<crate::model::Agent> {
    let text = p.who.toks().map(|t| super::search::phrase_text(cx, t)).unwrap_or_default();
    let m = SpeakerMention { phrase: p, pos, verb: Gender::Any, continuation: false, incise: false, text: &text };
    let r = cx.disc.borrow_mut().resolve(&m);
    r.map(|r| r.agent)
}

/// Full names written in capitals anywhere in a sentence ("handing President Maria Lopez a
/// victory") are antecedents of a later "Lopez".
fn note_names(cx: &Ctx, s: Sentence) {
    let doc = &cx.doc;
    let mut i = s.start;
    while i < s.end {
        let run = (i..s.end).take_while(|&k| doc.toks[k].word && doc.toks[k].cap && doc.in_quote[k].is_none()).count();
        // "a déclaré sur Radio Nord Claire Dumas": after a preposition that opens no title, a
        // name starting at a given name inside the run is the person; the words before it
        // are the preposition's object.
        let after_preposition = i > s.start && run >= 3 && cx.rules.is_preposition(&doc.toks[i - 1]);
        if after_preposition && title_before(cx, s, i).is_none() {
            if let Some(j) = super::names::given_name_inside(&doc.toks[i..i + run]) {
                i += j;
                continue;
            }
        }
        // "le quotidien Ouest Marine", "the newspaper El Faro": an organisation noun before
        // the name makes it no person's (the organisations are noted on their own).
        if run >= 2 && org_head_ending_at(cx, s, i).is_none() {
            // "ministre des Finances Samir Kabbani": the portfolio belongs to the title; so
            // does a party's acronym after it ("député LFI Thomas Morel").
            let acronym = doc.toks[i].upper && doc.toks[i].fold.chars().count() >= 2;
            let from = title_before(cx, s, i)
                .or_else(|| title_ending_at(cx, s, i).filter(|_| acronym))
                .or_else(|| title_in_apposition(cx, s, i))
                .unwrap_or(i);
            if let Some(phrase) = analyze(cx, &doc.toks[from..i + run], Side::Before) {
                let person_name = matches!(&phrase.who, Who::Name { toks, kind, .. }
                    if toks.len() >= 2 && kind.is_none_or(|k| k == AgentKind::Person));
                if person_name {
                    let pos = doc.toks[i].start;
                    if let Some(agent) = resolve_at(cx, &phrase, pos) {
                        let role = phrase.role.as_ref().map(|r| cx.doc.toks_text(r));
                        cx.disc.borrow_mut().note(pos, agent, false, role.as_deref());
                    }
                }
            }
        }
        i += run.max(1);
    }
}

/// Where a title ending right before `i` starts ("député" before "LFI Thomas Morel").
fn title_ending_at(cx: &Ctx, s: Sentence, i: usize) -> Option<usize> {
    ending_at(cx, s, i, &cx.rules.titles)
}

/// Where a phrase of `set` ending right before `i` starts, within three tokens.
fn ending_at<T>(cx: &Ctx, s: Sentence, i: usize, set: &crate::text::PhraseSet<T>) -> Option<usize> {
    let (toks, clitics) = (&cx.doc.toks, &cx.rules.clitics);
    (i.saturating_sub(3).max(s.start)..i).find(|&k| set.match_at(toks, k, clitics).is_some_and(|m| k + m.len == i))
}

/// Where an organisation noun ending right before `i` starts ("quotidien" before "Ouest
/// Marine").
/// Written in lower case: a capitalised head opens the name itself ("Banque de Savoie").
fn org_head_ending_at(cx: &Ctx, s: Sentence, i: usize) -> Option<usize> {
    ending_at(cx, s, i, &cx.rules.org_heads).filter(|&k| !cx.doc.toks[k].cap)
}

/// Where a title set off by a comma right before `i` starts ("la députée Verte, Léa
/// Morin, …", "the senator from Ohio, Mary Tolland, …"): the name is its holder, and a
/// later "la députée" is resolved through it. Only capitalised words (a party, a place)
/// and link words between the title and the comma.
fn title_in_apposition(cx: &Ctx, s: Sentence, i: usize) -> Option<usize> {
    let (toks, rules) = (&cx.doc.toks, cx.rules);
    if i < s.start + 2 || !crate::lang::punct::is_clause_separator(&toks[i - 1]) {
        return None;
    }
    let comma = i - 1;
    (comma.saturating_sub(5).max(s.start)..comma).find(|&k| {
        rules
            .titles
            .match_at(toks, k, &rules.clitics)
            .is_some_and(|m| (k + m.len..comma).all(|j| toks[j].word && (toks[j].cap || rules.is_link_word(toks, j))))
    })
}

/// Where a title starts when it ends in a preposition (and article) right before `i`
/// ("ministre des", "ministre de la"): the capitalised words at `i` are its complement
/// before they are a name.
fn title_before(cx: &Ctx, s: Sentence, i: usize) -> Option<usize> {
    let (toks, rules) = (&cx.doc.toks, cx.rules);
    let is_prep = |k: usize| k >= s.start && k < i && rules.is_preposition(&toks[k]);
    // "des" is a preposition and an article: the preposition reading is tried first.
    let prep = if i > s.start && is_prep(i - 1) {
        i - 1
    } else if i > s.start + 1 && rules.is_article(toks, i - 1) && is_prep(i - 2) {
        i - 2
    } else {
        // "ministre des Affaires étrangères Paul Girard": a portfolio closed by its adjective.
        let capital = |k: usize| {
            toks[k].word && (toks[k].cap || super::names::capital_behind_article(toks, k, rules, &cx.doc.chars))
        };
        let adjective = i > s.start + 1 && toks[i - 1].word && !toks[i - 1].cap && capital(i - 2);
        if !(adjective && rules.raw.syntax.adjective_after_name) {
            return None;
        }
        let run_start = (s.start..i - 1).rev().take_while(|&k| capital(k)).last()?;
        return title_before(cx, s, run_start);
    };
    // A title may also run on into the capitalised words ("Secretary of State Maria Lopez").
    (prep.saturating_sub(4).max(s.start)..prep)
        .find(|&k| rules.titles.match_at(toks, k, &rules.clitics).is_some_and(|m| k + m.len == prep || k + m.len > i))
}

/// The named subject of a sentence is an antecedent even when the sentence reports nothing
/// ("Le Premier ministre a annoncé un plan. « … », a-t-il dit."), also after an opening
/// adjunct ("In an essay last week, Ada Okafor …").
fn note_subject(cx: &Ctx, s: Sentence) {
    let (doc, rules) = (&cx.doc, cx.rules);
    let turn = rules.turn_openers.match_at(&doc.toks, s.start, &rules.clitics).is_some();
    if rules.according_to.match_at(&doc.toks, s.start, &rules.clitics).is_some() && !turn {
        return;
    }
    let Some(phrase) = sentence_subject(cx, s) else { return };
    let pos = doc.toks[s.start].start;
    let Some(agent) = resolve_at(cx, &phrase, pos) else { return };
    // A full name or a title; one capitalised word opening a sentence is too weak a clue,
    // unless it is the surname of someone the article named in full ("Okafor bristled …") or
    // a title names it ("Mr. Dole spoke …").
    let strong = match &phrase.who {
        Who::Name { toks, kind, .. } => {
            toks.len() > 1
                || kind.is_some()
                || phrase.role.is_some()
                || matches!(agent.resolution, Resolution::Surname | Resolution::Label)
        }
        // "The minister presented her plan.": a title, or a person's phrase that refers back
        // ("the statement" speaks only when a verb of saying says so).
        Who::Title(_) => true,
        // An organisation's too ("La banque centrale a relevé son taux. Selon elle, …"), but
        // not a document's ("the statement" speaks only when a verb of saying says so).
        Who::Anaphor(index, _) => {
            agent.kind == AgentKind::Person
                || (agent.kind == AgentKind::Organization && !rules.anaphor_rules[*index].issued)
        }
        _ => false,
    };
    if strong && matches!(agent.kind, AgentKind::Person | AgentKind::Organization) {
        let role = phrase.role.as_ref().map(|r| cx.doc.toks_text(r));
        let mut disc = cx.disc.borrow_mut();
        disc.note_subject(pos, agent, role.as_deref());
        // "Le groupe Dulac a publié un communiqué": the later "le communiqué" is its.
        if let Some(document) = cx.document_issued(s, (0, 0)) {
            disc.mark_issuer(pos, &document);
        }
    }
}

/// In a verb-first language, a titled name right after a sentence's first verb is the
/// subject of a sentence that may report nothing ("علق المستشار سامح نور، المتحدث باسم
/// الوزارة، على القرار"): an antecedent, with its role, of a later "المتحدث باسم الوزارة".
fn note_first_verb_subject(cx: &Ctx, s: Sentence) {
    let toks = cx.toks();
    let Some(start) = super::subjects::after_opening_adjunct(cx, s) else { return };
    if start + 2 >= s.end {
        return;
    }
    // The subject ends where what it said or did starts ("وأكد الوزير أن …").
    let rules = cx.rules;
    let end = (start + 1..s.end)
        .find(|&k| rules.complementizers.match_at(toks, k, &rules.clitics).is_some() || cx.doc.in_quote[k].is_some())
        .unwrap_or(s.end);
    let phrase = cut_at_stop(cx, &toks[start + 1..end]);
    // Only a titled name is noted: no title, nothing to read (this runs on every sentence).
    // The verb's object may come before it ("افتتح المعرض الدكتورة X"): the subject
    // starts at the title.
    let Some(title) = (0..phrase.len()).find(|&k| rules.titles.match_at(&phrase, k, &rules.clitics).is_some()) else {
        return;
    };
    let opens_on_verb = rules.speaker_stops.match_at(toks, start, &rules.clitics).is_none();
    let one_word_before = title == 1 && phrase[0].word && opens_on_verb;
    let phrase = if one_word_before { &phrase[1..] } else { &phrase[..] };
    let Some(p) = analyze(cx, phrase, Side::After) else { return };
    // "بدأ رئيس الهيئة الاجتماع مؤكدا …": a verb's object or a participle is no name.
    let verbal = |t: &Tok| rules.cues.match_at(std::slice::from_ref(t), 0, &rules.clitics).is_some();
    match &p.who {
        Who::Name { toks, kind: None | Some(AgentKind::Person), .. }
            if p.role.is_some() && !toks.iter().any(verbal) => {}
        _ => return,
    }
    let pos = phrase[0].start;
    if let Some(agent) = resolve_at(cx, &p, pos) {
        let role = p.role.as_ref().map(|r| cx.doc.toks_text(r));
        cx.disc.borrow_mut().note_subject(pos, agent, role.as_deref());
    }
}

/// Knowledge-base entities mentioned in sentence `s`.
pub(super) fn mentions(cx: &Ctx, s: Sentence) -> Vec<Mention> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let mut out = Vec::new();
    let mut i = s.start;
    while i < s.end {
        if let Some(m) = cx.kb.find(&doc.toks, i, &rules.clitics).filter(|m| i + m.len <= s.end) {
            let e = &cx.kb.entries[*m.value];
            let start = doc.toks[i].start + m.clitic;
            let end = doc.toks[i + m.len - 1].end;
            let span = Span { start, end, text: doc.text(start, end) };
            out.push(Mention { agent: e.agent(cx.lang(), Resolution::Label), span });
            i += m.len;
            continue;
        }
        i += 1;
    }
    out
}

/// Organisations named by a head noun in sentence `s` ("la société Ambulys") that the
/// knowledge base does not know.
fn organisations(cx: &Ctx, s: Sentence) -> Vec<Mention> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let mut out = Vec::new();
    let mut i = s.start;
    while i < s.end {
        let Some((name, kind, end)) = super::orgs::org_at(&doc.toks, i, rules, &doc.chars) else {
            i += 1;
            continue;
        };
        let known = (i..end).any(|k| cx.kb.find(&doc.toks, k, &rules.clitics).is_some());
        if !known && end <= s.end {
            let (start, stop) = (name[0].start, name[name.len() - 1].end);
            let text = doc.text(start, stop);
            let agent = crate::resolve::new_organisation(&doc.article.base, &text, &kind);
            out.push(Mention { agent, span: Span { start, end: stop, text } });
        }
        i = end.max(i + 1);
    }
    out
}

/// Knowledge-base entities mentioned between code points `start..end`, once each.
pub(super) fn mentions_in(cx: &Ctx, start: usize, end: usize) -> Vec<Mention> {
    let toks = cx.toks();
    let s = Sentence { start: toks.partition_point(|t| t.start < start), end: toks.partition_point(|t| t.end <= end) };
    if s.start >= s.end {
        return Vec::new();
    }
    let mut seen = std::collections::HashSet::new();
    mentions(cx, s).into_iter().filter(|m| seen.insert(m.agent.id.clone())).collect()
}
