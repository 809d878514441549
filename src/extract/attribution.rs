//! Who said it: the speaker phrase of a cue (after it in Arabic, before it in French and
//! English, after it in incises), read by [`super::speaker`] and resolved in the article's
//! [`Discourse`].

use super::patterns::{sep, Cue};
use super::speaker::{analyze, cut_at_stop, Phrase, Who};
use super::Doc;
use crate::lang::{Lang, LangRules};
use crate::model::{Agent, Span};
use crate::resolve::{toks_text, Discourse};
use crate::text::Tok;

/// Who said it, as found: the agent, the span naming it, the stated role.
pub(super) struct Said {
    pub(super) agent: Option<Agent>,
    pub(super) span: Option<Span>,
    pub(super) role: Option<String>,
    pub(super) affiliation: Option<Agent>,
}

/// The speaker of a cue whose content starts at token `marker`.
pub(super) fn who_said(
    doc: &Doc,
    a: usize,
    cue: &Cue,
    marker: usize,
    rules: &LangRules,
    disc: &mut Discourse,
) -> Option<Said> {
    let lang = doc.article.lang;
    let verb = &rules.raw.verbs[cue.form.verb];
    let right = &doc.toks[cue.last + 1..marker];
    let left_start = (a..cue.first)
        .rev()
        .find(|&k| {
            let t = &doc.toks[k];
            // In Arabic a subject before its verb follows "أن" ("على الرغم من أن X قالت");
            // in French and English "that"/"que" before a subject open relative clauses.
            doc.in_quote[k].is_some()
                || (!t.word && matches!(t.punct, ':' | ';'))
                || (lang == Lang::Ar && rules.complementizers.match_at(&doc.toks, k, &rules.clitics).is_some())
        })
        .map_or(a, |k| k + 1);
    let full_left = &doc.toks[left_start..cue.first];
    let mut left = full_left;
    // A long left context: only its last comma-separated segments can be the subject.
    let limit = if lang == Lang::Ar { 6 } else { 14 };
    while left.iter().filter(|t| t.word).count() > limit {
        match left.iter().position(sep) {
            Some(p) => left = &left[p + 1..],
            None => break,
        }
    }
    let after_sep = cue.first > a && sep(&doc.toks[cue.first - 1]);
    let phrase = if verb.continuation && after_sep && right.iter().all(|t| !t.word) {
        // ", adding that …" / "، مضيفا أن …": the speaker of the sentence goes on.
        (lang == Lang::Ar)
            .then(|| first_verb_subject(doc, full_left, rules))
            .flatten()
            .or(Some(Phrase { who: Who::Pronoun(cue.form.gender), role: None }))
    } else if verb.speaker_follows {
        // "ونقلت رويترز عن X قوله إن", "Reuters quoted X as saying that".
        let from = if verb.speaker_after.is_empty() {
            0
        } else {
            let after: Vec<String> = verb.speaker_after.iter().map(|w| crate::normalize::name_key(w)).collect();
            right.iter().position(|t| after.iter().any(|w| w == t.fold.as_str())).map(|p| p + 1)?
        };
        analyze(&cut_at_stop(&right[from..], rules, doc.kb), lang, rules, doc.kb)
    } else if verb.impersonal {
        // "جاء في بيان لوزارة X": the document's issuer speaks.
        let skip = right
            .iter()
            .take_while(|t| rules.speaker_stops.match_at(std::slice::from_ref(*t), 0, &[]).is_some())
            .count();
        rules.doc_nouns.match_at(right, skip, &rules.clitics)?;
        Some(analyze(&right[skip..], lang, rules, doc.kb)?)
    } else {
        let right_phrase = || analyze(&cut_at_stop(right, rules, doc.kb), lang, rules, doc.kb);
        let left_phrase = || {
            let words = left.iter().filter(|t| t.word).count();
            (words > 0 && words <= limit).then(|| analyze(left, lang, rules, doc.kb)).flatten()
        };
        // An explicit Arabic subject the tables cannot classify ("الرئاسة الجزائرية") is still
        // the speaker: a nominal, unnamed one, rather than a guess from earlier sentences.
        match lang {
            // An explicit subject after the verb wins; the words before it only when there is none.
            Lang::Ar => right_phrase()
                .or_else(|| nominal(&cut_at_stop(right, rules, doc.kb), rules))
                .or_else(left_phrase)
                .or_else(|| first_verb_subject(doc, full_left, rules)),
            _ if cue.form.inverted => right_phrase().or_else(|| after_adjunct(right, lang, rules, doc.kb)),
            _ => left_phrase()
                .or_else(|| {
                    sentence_subject(doc, a, cue.first, rules)
                        .filter(|p| matches!(p.who, Who::Name { .. } | Who::Anaphor(..) | Who::Anonymous(_)))
                })
                // "Les écologistes dénoncent « … »": a group the tables do not know; after an
                // opening adjunct ("In a statement, the airline said"), the last segment.
                .or_else(|| nominal(left, rules))
                .or_else(|| left.iter().rposition(sep).and_then(|p| nominal(&left[p + 1..], rules)))
                .or_else(right_phrase),
        }
    };
    let phrase = phrase.unwrap_or(Phrase { who: Who::Pronoun(cue.form.gender), role: None });
    Some(resolve(doc, &phrase, cue, verb.continuation, disc))
}

/// The subject that opens a Latin-script sentence, for a cue coordinated with an earlier
/// verb ("Robert Kane called the plan … and said …"): the words up to the first lower-case
/// word that is not a determiner, title or short preposition.
pub(super) fn sentence_subject(doc: &Doc, a: usize, cue: usize, rules: &LangRules) -> Option<Phrase> {
    let mut end = a;
    while end < cue {
        let t = &doc.toks[end];
        let aux = rules.raw.aux.iter().any(|x| x == t.fold.as_str());
        let fits = !t.word && sep(t)
            || t.word
                && !aux
                && (t.cap
                    || t.fold.chars().count() <= 3
                    || rules.determiners.match_at(&doc.toks, end, &[]).is_some()
                    || rules.titles.match_at(&doc.toks, end, &[]).is_some());
        if !fits || rules.cues.match_at(&doc.toks, end, &rules.clitics).is_some() {
            break;
        }
        end += 1;
    }
    let named = (a..end).any(|k| doc.toks[k].cap && rules.determiners.match_at(&doc.toks, k, &[]).is_none());
    if end == a || end == cue || !named {
        return None;
    }
    analyze(&doc.toks[a..end], doc.article.lang, rules, doc.kb)
}

pub(super) fn resolve(doc: &Doc, phrase: &Phrase, cue: &Cue, continuation: bool, disc: &mut Discourse) -> Said {
    let pos = doc.toks[cue.first].start;
    let phrase_text = match &phrase.who {
        Who::Anaphor(..) | Who::Anonymous(_) | Who::Name { .. } => phrase_span_text(doc, phrase),
        _ => String::new(),
    };
    let agent = disc.resolve(
        phrase,
        pos,
        cue.form.gender,
        continuation || cue.form.inverted,
        &doc.chars,
        &phrase_text,
        cue.form.inverted,
    );
    let span = match &phrase.who {
        Who::Name { toks, .. } | Who::Anonymous(toks) => span_of(doc, toks),
        _ => None,
    };
    let role = phrase.role.as_ref().map(|r| toks_text(r, &doc.chars)).filter(|r| !r.is_empty());
    // The organisation a role names ("المتحدث باسم الكرملين", "chief executive of Fortel").
    let affiliation = phrase
        .role
        .as_ref()
        .and_then(|r| role_organisation(doc, r))
        .filter(|o| agent.as_ref().is_none_or(|a| a.id != o.id));
    Said { agent, span, role, affiliation }
}

/// The organisation named inside a role: a knowledge-base organisation, else one named by
/// its head noun.
pub(super) fn role_organisation(doc: &Doc, role: &[Tok]) -> Option<Agent> {
    let lang = doc.article.lang;
    let rules = lang.rules();
    for i in 0..role.len() {
        if let Some(m) = doc.kb.find(role, i, &rules.clitics) {
            let e = &doc.kb.entries[*m.value];
            if e.kind == Some(crate::model::AgentKind::Organization) {
                return Some(e.agent(lang, crate::model::Resolution::Label));
            }
        }
    }
    (0..role.len()).find_map(|i| super::names::org_at(role, i, lang, rules)).map(|(name, kind, _)| {
        crate::resolve::new_organisation(&doc.article.base, &toks_text(&name, &doc.chars), &kind)
    })
}

/// The words of a phrase as written (the anaphor itself when it has no antecedent).
pub(super) fn phrase_span_text(doc: &Doc, phrase: &Phrase) -> String {
    match &phrase.who {
        Who::Name { toks, .. } | Who::Anonymous(toks) | Who::Title(toks) | Who::Anaphor(_, toks) => {
            toks_text(toks, &doc.chars)
        }
        Who::Pronoun(_) => String::new(),
    }
}

pub(super) fn span_of(doc: &Doc, toks: &[Tok]) -> Option<Span> {
    let (s, e) = (toks.first()?.start, toks.last()?.end);
    Some(Span { start: s, end: e, text: doc.text(s, e) })
}

/// Arabic, a cue with no subject after a first clause ("وأعرب الرئيس عن قلقه …، وقال: …",
/// "ونفى متحدث …، مؤكدا أن …"): the subject of the sentence's first verb speaks, when the
/// tables know it as a title, an anaphor, an unnamed source or a knowledge-base name.
fn first_verb_subject(doc: &Doc, left: &[Tok], rules: &LangRules) -> Option<Phrase> {
    if left.len() < 3 || !left.last().is_some_and(sep) {
        return None;
    }
    let np = cut_at_stop(&left[1..], rules, doc.kb);
    let p = analyze(&np, doc.article.lang, rules, doc.kb)?;
    let known = match &p.who {
        Who::Title(_) | Who::Anaphor(..) | Who::Anonymous(_) => true,
        Who::Name { toks, .. } => doc.kb.find(toks, 0, &rules.clitics).is_some_and(|m| m.len == toks.len()),
        Who::Pronoun(_) => false,
    };
    known.then_some(p)
}

/// The subject of an inverted cue after a short adjunct: "a affirmé à l'AFP Thomas Leroux",
/// "a indiqué mardi le ministre". The adjunct opens with a stop word and is at most three
/// tokens; the subject starts with a capital or a determiner.
pub(super) fn after_adjunct(
    right: &[Tok],
    lang: crate::lang::Lang,
    rules: &LangRules,
    kb: &crate::kb::Kb,
) -> Option<Phrase> {
    rules.speaker_stops.match_at(right, 0, &[])?;
    // A preposition ("à", "sur", "to") takes its object ("à l'AFP", "sur X", "à la radio"); a
    // time word ("mardi") stands alone.
    let preposition = right[0].fold.chars().count() <= 3;
    let object = usize::from(preposition)
        * (1 + usize::from(rules.determiners.match_at(right, 1, &[]).is_some_and(|d| d.glued.is_none())));
    (1 + object..=(3 + object).min(right.len().saturating_sub(1))).find_map(|k| {
        let t = &right[k];
        let opens = t.word && (t.cap || rules.determiners.match_at(right, k, &[]).is_some());
        if !opens || rules.speaker_stops.match_at(right, k, &[]).is_some() {
            return None;
        }
        analyze(&cut_at_stop(&right[k..], rules, kb), lang, rules, kb)
            .filter(|p| matches!(p.who, Who::Name { .. } | Who::Title(_) | Who::Anonymous(_)))
    })
}

/// A short definite noun phrase the tables do not know ("the district", "الرئاسة
/// الجزائرية") still names the speaker: an unnamed one, known by that phrase.
pub(super) fn nominal(np: &[Tok], rules: &LangRules) -> Option<Phrase> {
    let words = np.iter().filter(|t| t.word).count();
    let definite = (rules.raw.code == "ar" && rules.speaker_stops.match_at(np, 0, &rules.clitics).is_none())
        || rules.determiners.match_at(np, 0, &[]).is_some();
    ((1..=6).contains(&words) && definite && np.iter().all(|t| t.word || sep(t)))
        .then(|| Phrase { who: Who::Anonymous(np.to_vec()), role: None })
}
