//! Where a sentence's subject is, for the strategies that look for it away from the cue:
//! the sentence's opening subject (past a wire dateline and an opening adjunct), the
//! subject of its first verb (verb-first languages), and the noun phrase before its first
//! verb. Split from the strategies so each stays one screen of reading.

use super::cue::Cue;
use super::doc::{Ctx, Sentence};
use super::speaker::{analyze, cut_at_stop, nominal, Side};
use crate::lang::punct;
use crate::phrase::{Phrase, Who};
use crate::text::Tok;
use crate::tuning::window;

/// The subject that opens a subject-first sentence, for a cue coordinated with an earlier
/// verb ("Robert Kane called the plan … and said …"): the words up to the first lower-case
/// word that is not a link word, determiner or title.
pub(super) fn sentence_subject(cx: &Ctx, s: Sentence) -> Option<Phrase> {
    let (toks, rules) = (cx.toks(), cx.rules);
    // "WASHINGTON (Reuters) - The Federal Reserve held …", "In a statement, Northfield
    // Motors welcomed …": neither the dateline nor an opening adjunct is the subject.
    let s = Sentence {
        start: after_opening_adjunct(cx, Sentence { start: after_dateline(cx, s), end: s.end })?,
        end: s.end,
    };
    let mut end = s.start;
    let mut titled = false;
    while end < s.end {
        let t = &toks[end];
        // "L'accusé a demandé …": a title behind a glued article.
        let title_len = rules.titles.match_at(toks, end, &rules.clitics).map(|m| m.len);
        let title = title_len.is_some();
        titled |= title;
        // "La ministre Secrétaire générale de la présidence, …": a title of several words,
        // capitalised or not, is read whole; its first word is no name.
        if let Some(n) = title_len.filter(|&n| n > 1 && end + n < s.end) {
            end += n;
            continue;
        }
        // "le ministre de la mer Alain Kerouac": after a title, a lower-case
        // complement behind a link word is its portfolio.
        let complement = || titled && end > s.start && rules.is_link_word(toks, end - 1);
        // "Le groupe Dulac a publié …": an organisation's head noun right after the article.
        let org_head = || end == s.start + 1 && rules.org_heads.match_at(toks, end, &rules.clitics).is_some();
        let fits = if t.word {
            !rules.aux.contains(t.fold.as_str())
                && (t.cap
                    || title
                    || org_head()
                    || rules.is_link_word(toks, end)
                    || super::names::capital_behind_article(toks, end, rules, &cx.doc.chars)
                    || complement())
        } else {
            // "Mr. Dole, the former senator, …", "U.S. Steel …": an abbreviation's full stop;
            // not "Ann Cole, a Democrat whose …": an indefinite apposition describes her.
            let described = toks.get(end + 1).is_some_and(|n| rules.indefinites.contains(n.fold.as_str()));
            (punct::is_clause_separator(t) && !described) || super::names::in_cap_run(toks, end, rules)
        };
        // "The Harbour Council on Friday condemned …": a time adjunct ends the name.
        let time = end > s.start
            && (rules.speaker_stops.match_at(toks, end, &[]).is_some_and(|m| m.len > 1 || t.cap)
                || rules.time.len_at(toks, end) > 0);
        if time || rules.cues.match_at(toks, end, &rules.clitics).is_some() {
            break;
        }
        if !fits {
            // "…, Chargée de la Réforme des hôpitaux dans les Régions, Dr. X": a
            // title set off by commas is read to its closing comma, whatever its portfolio.
            match portfolio_end(cx, s, end) {
                Some(comma) => end = comma,
                None => break,
            }
        }
        end += 1;
    }
    // "Ana Ruiz in a televised address said …": the link words read on into an adjunct.
    let end = s.start + super::cut::before_subject_adjunct(cx, &toks[s.start..end]);
    // "The company denied wrongdoing but said …", "La banque centrale a relevé …": an
    // anaphor opening the sentence is its subject too, with an adjective or two, before a
    // finite verb or an auxiliary.
    if let Some(m) = rules.anaphors.match_at(toks, s.start, &rules.clitics) {
        let adjective = |k: usize| toks[k].word && !toks[k].cap && !rules.is_link_word(toks, k);
        let after = s.start + m.len;
        // A cue is a verb too ("The company insists it has …").
        let verb =
            |k: usize| rules.is_lowercase_verb(&toks[k]) || rules.cues.match_at(toks, k, &rules.clitics).is_some();
        let at = (after..(after + 3).min(s.end)).find(|&k| verb(k));
        if let Some(k) = at.filter(|&k| (after..k).all(adjective)) {
            return analyze(cx, &toks[s.start..k], Side::Before);
        }
    }
    // "Environmental groups welcomed the vote but said …": the capital is the sentence's,
    // and the subject runs on in lower case to its verb, a plural noun ("Kane largely
    // agreed" is a name and an adverb).
    if end == s.start + 1 {
        let verb =
            (end..(s.start + window::NOMINAL_WORDS + 1).min(s.end)).find(|&k| rules.is_lowercase_finite(&toks[k]));
        let group = |k: usize| {
            k > end
                && rules.may_be_plural_noun(&toks[k - 1])
                && super::unnamed::sentence_case_phrase(cx, &toks[s.start..k])
        };
        if let Some(k) = verb.filter(|&k| group(k)) {
            return analyze(cx, &toks[s.start..k], Side::Before);
        }
    }
    let named = (s.start..end).any(|k| toks[k].cap && rules.determiners.match_at(toks, k, &[]).is_none());
    // "Scott's relatives watched …": the subject is the relatives, not Scott.
    let possessor = end > s.start && end < s.end && rules.is_possessive(&toks[end - 1]) && toks[end].word;
    // "The minister presented her plan.": a title names its holder, capitalised or not.
    if end == s.start || end == s.end || !(named || titled) || possessor {
        return apposed_name(cx, s);
    }
    analyze(cx, &toks[s.start..end], Side::Before)
}

/// "The clinic's head nurse, Dr. Ana Ruiz, acknowledges …": a short phrase that a title
/// ends, then the full name set off after it; the name is the subject.
fn apposed_name(cx: &Ctx, s: Sentence) -> Option<Phrase> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let comma = |k: &usize| punct::is_clause_separator(&toks[*k]);
    let first = (s.start..(s.start + window::NOMINAL_WORDS + 1).min(s.end)).find(comma)?;
    let second = (first + 1..(first + window::NOMINAL_WORDS).min(s.end)).find(comma)?;
    let head = &toks[s.start..first];
    // Not inside a quote ("“My adviser, Ann Lowe, will …,” he said": the quote's own).
    let quoted = !toks[s.start].word || (s.start..second).any(|k| cx.doc.in_quote[k].is_some());
    let verb = quoted || head.iter().any(|t| rules.is_lowercase_finite(t));
    let name = &toks[first + 1..second];
    if !rules.ends_with_title(head) || verb || !super::names::is_titled_full_name(name, rules) {
        return None;
    }
    analyze(cx, name, Side::Before).map(|p| Phrase { role: p.role.or_else(|| Some(head.to_vec())), ..p })
}

/// Where the comma-set title segment holding token `k` ends (its closing comma), when the
/// segment opens on a title after a comma and a capitalised word follows that comma.
fn portfolio_end(cx: &Ctx, s: Sentence, k: usize) -> Option<usize> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let open = (s.start..k).rev().find(|&p| punct::is_clause_separator(&toks[p]))?;
    rules.titles.match_at(toks, open + 1, &[])?;
    let close = (k..(k + window::NOMINAL_WORDS * 2).min(s.end)).find(|&p| !toks[p].word)?;
    (punct::is_clause_separator(&toks[close]) && toks.get(close + 1).is_some_and(|t| t.word && t.cap)).then_some(close)
}

/// A cue with no subject after a first clause ("وأعرب الرئيس عن قلقه …، وقال: …", "ونفى
/// متحدث …، مؤكدا أن …", "وعلق الوزير X على القرار قائلا"): the subject of the sentence's
/// first verb speaks, when the tables know it as a title, an anaphor, an unnamed source, a
/// titled name or a knowledge-base name. The first clause ends at a comma, unless the cue is
/// a participle, which continues it directly.
pub(super) fn first_verb_subject(cx: &Ctx, cue: &Cue, left: &[Tok]) -> Option<Phrase> {
    // "في المقابل، انتقدت نقابة التجار الخطة، وقالت …": the first verb follows an opening adjunct.
    let left = &left[dateline_len(cx, left)..];
    let left = match opening_adjunct_end(cx, left) {
        Some(k) if k < left.len() => &left[k..],
        _ => left,
    };
    // "كما طالب رئيس الوزراء …، مشيرا …": a particle before the first verb.
    let particle = cx.rules.determiners.match_at(left, 0, &[]).filter(|m| m.glued.is_none()).map_or(0, |m| m.len);
    let left = &left[particle.min(left.len())..];
    let comma = left.last().is_some_and(punct::is_clause_separator);
    let closed = comma || cue.verb(cx.rules).adverbial;
    // A verb and its subject at least ("وتابعت الوزيرة قائلة"), before the comma if any.
    if left.len() < 2 + usize::from(comma) || !closed {
        return None;
    }
    let (rules, kb) = (cx.rules, cx.kb);
    let subject = cut_at_stop(cx, &left[1..]);
    // "وعلق الحداد قائلا" after "سامي الحداد": a family name alone, which no table knows.
    let family_name = || {
        let pos = subject.first()?.start;
        let [word] = &subject[..] else { return None };
        cx.disc.borrow().is_family_name_before(std::slice::from_ref(word), pos).then(|| nominal(&subject, rules))?
    };
    let p = analyze(cx, &subject, Side::After).or_else(family_name)?;
    let known = match &p.who {
        Who::Title(_) | Who::Anaphor(..) | Who::Anonymous(_) => true,
        // An organisation named by its head noun ("نقابة التجار") is as clear as a title.
        Who::Name { toks, org_kind, .. } => {
            p.role.is_some()
                || org_kind.is_some()
                || kb.find(toks, 0, &rules.clitics).is_some_and(|m| m.len == toks.len())
        }
        Who::Pronoun(_) => false,
    };
    known.then_some(p)
}

/// Where a sentence's subject can start: at its first token, or after the comma that ends
/// an opening adjunct ("In a statement on Monday, the union …"); `None` when an adjunct
/// opens it and no comma ends it soon.
pub(super) fn after_opening_adjunct(cx: &Ctx, s: Sentence) -> Option<usize> {
    let toks = &cx.toks()[s.start..s.end];
    if !opens_adjunct(cx, toks) {
        return Some(s.start);
    }
    opening_adjunct_end(cx, toks).map(|k| s.start + k)
}

/// Whether `toks` open on an adjunct: a stop word ("In", "في") or a participle clause
/// ("Interrogée par Le Monde", "Venu à Lyon pour …").
fn opens_adjunct(cx: &Ctx, toks: &[Tok]) -> bool {
    // "وفي تصريحات صحفية، …": a conjunction may be glued to the stop.
    let rules = cx.rules;
    rules.speaker_stops.match_at(toks, 0, &rules.clitics).is_some()
        || rules.turn_openers.match_at(toks, 0, &rules.clitics).is_some()
        || opens_participle_clause(cx, toks)
}

/// Whether `toks` open on a participle clause, whose subject is the sentence's: one saying
/// who asked ("Interrogée par Le Monde", "Asked about …"), or any participle followed by a
/// preposition ("Venu à Lyon pour …", "Elected in 2019, …", "S'exprimant devant …"). A
/// capitalised participle there is no name.
pub(super) fn opens_participle_clause(cx: &Ctx, toks: &[Tok]) -> bool {
    let rules = cx.rules;
    let Some(first) = toks.first() else { return false };
    if rules.is_opening_participle(first) {
        return true;
    }
    // "René de Caunes", "André Vidal": a given name or a name particle is a name's. (The
    // cheap tests first: this runs on every segment of every speaker phrase.)
    let particle = |t: &Tok| rules.raw.syntax.inner_name_particles.iter().any(|p| t.fold == *p);
    first.cap
        && toks.get(1).is_some_and(|t| rules.is_preposition(t) && !particle(t))
        && (rules.is_participle(first) || super::names::past_participle(first, rules, &cx.doc.chars))
        && !crate::lang::given::is_given_name(&first.fold)
}

/// Where the words after an opening adjunct start in `toks` ("In a statement on Monday, …",
/// "في المقابل، …"): past the comma that ends it, if one comes soon.
fn opening_adjunct_end(cx: &Ctx, toks: &[Tok]) -> Option<usize> {
    if !opens_adjunct(cx, toks) {
        return None;
    }
    if opens_participle_clause(cx, toks) {
        return participle_clause_end(toks);
    }
    toks.iter().take(window::ADJUNCT_OPENING).position(punct::is_clause_separator).map(|k| k + 1)
}

/// Where the words after a participle clause opening `toks` start ("Interrogée sur …, la
/// consule …"): past its comma, if one comes within a participle clause's length.
pub(super) fn participle_clause_end(toks: &[Tok]) -> Option<usize> {
    toks.iter().take(window::PARTICIPLE_CLAUSE).position(punct::is_clause_separator).map(|k| k + 1)
}

/// The noun phrase that opens a subject-first sentence (after an opening adjunct and its
/// comma), up to its first verb: "The union rejected the offer, saying …", "In Paris, le
/// syndicat a rejeté l'offre, estimant …". Named or not, short, and verb-free.
pub(super) fn main_subject(cx: &Ctx, s: Sentence) -> Option<Phrase> {
    let (toks, rules) = (cx.toks(), cx.rules);
    let start = match super::opening_report::speech_participle_end(cx, s) {
        Some(k) => k + 1,
        None => after_opening_adjunct(cx, Sentence { start: after_dateline(cx, s), end: s.end })?,
    };
    let verb = |k: usize| {
        let t = &toks[k];
        rules.aux.contains(t.fold.as_str())
            || rules.is_lowercase_finite(t)
            || rules.is_clitic_aux(t)
            || rules.cues.match_at(toks, k, &rules.clitics).is_some()
    };
    // Periods of abbreviations ("U.N.") stay inside the phrase; commas and quotes end it.
    let stop = |k: usize| verb(k) || punct::is_phrase_break(&toks[k]) || cx.doc.in_quote[k].is_some();
    let end = (start..s.end).find(|&k| stop(k))?;
    let words = toks[start..end].iter().filter(|t| t.word).count();
    // "Tomas Lindqvist, 58, was quoted …", "Ana Ruiz, the bank's treasurer, was …": an
    // apposition without a verb between commas after the subject, then its verb.
    let verb_after_aside = || {
        punct::is_clause_separator(&toks[end])
            && (end + 1..s.end.min(end + 2 + window::MAIN_SUBJECT_WORDS))
                .find(|&k| stop(k))
                .is_some_and(|k| punct::is_clause_separator(&toks[k]) && k + 1 < s.end && verb(k + 1))
    };
    if words == 0 || words > window::MAIN_SUBJECT_WORDS || !(verb(end) || verb_after_aside()) {
        return None;
    }
    // "There is …", "It was …": no one.
    let first = &toks[start];
    if words == 1
        && (rules.subject_words.contains(first.fold.as_str()) || rules.pronouns.match_at(toks, start, &[]).is_some())
    {
        return None;
    }
    let np = cut_at_stop(cx, &toks[start..end]);
    let p = analyze(cx, &np, Side::Before);
    // "The Norwegian hosts of the summit": a common noun heads the phrase, so a capitalised
    // adjective in it is no name.
    let common_head = np.last().is_some_and(|t| !t.cap) && rules.org_heads.match_at(&np, np.len() - 1, &[]).is_none();
    match p {
        Some(Phrase { who: Who::Name { kind: None, .. }, .. }) if common_head => nominal(&np, rules),
        p => p.or_else(|| nominal(&np, rules)),
    }
}

/// Where a sentence starts after its dateline ("GLASGOW –", "PARIS (Reuters) -"): capitals
/// only, then a separator, in a cased script.
pub(super) fn after_dateline(cx: &Ctx, s: Sentence) -> usize {
    s.start + dateline_len(cx, &cx.toks()[s.start..s.end])
}

/// A dateline written like a name, then a dash and a capitalised word ("Lyon — Le maire …",
/// "Saint-Denis – La préfecture …"): the place is no speaker. A dash and a lower-case word
/// set off an apposition instead ("Ana Ruiz — the treasurer — said").
fn titled_dateline_len(toks: &[Tok]) -> usize {
    let words = toks.iter().take(window::DATELINE_WORDS + 1).take_while(|t| t.word && t.cap).count();
    let dash = toks.get(words).is_some_and(punct::is_dash);
    let capital_after = toks.get(words + 1).is_some_and(|t| t.word && t.cap);
    if (1..=window::DATELINE_WORDS).contains(&words) && dash && capital_after {
        words + 1
    } else {
        0
    }
}

/// How many tokens of `toks` a wire dateline takes: in a cased script, words in capitals,
/// perhaps the agency in parentheses, then a comma or dash ("PARIS, …", "WASHINGTON
/// (Reuters) - …"); in an uncased one, a few words only with the agency in parentheses and
/// a dash or comma ("القاهرة (رويترز) - …"). 0 when there is none.
pub(super) fn dateline_len(cx: &Ctx, toks: &[Tok]) -> usize {
    let cased = cx.rules.raw.syntax.cased;
    let place = |t: &Tok| t.word && t.fold.chars().count() > 1 && (!cased || t.upper);
    let words = toks.iter().take_while(|t| place(t)).count();
    if words == 0 && cased {
        return agency_dateline_len(toks, 0).unwrap_or_else(|| titled_dateline_len(toks));
    }
    if words == 0 || (!cased && words > window::DATELINE_WORDS) {
        return 0;
    }
    let mut k = words;
    // "(Reuters)".
    let agency = toks.get(k).is_some_and(|t| punct::parenthesis(t) == Some(true));
    if agency {
        k = (k..toks.len()).find(|&j| punct::parenthesis(&toks[j]) == Some(false)).map_or(k, |j| j + 1);
    }
    // "PARIS, …", "WASHINGTON (Reuters) - …".
    let separated = toks.get(k).is_some_and(|t| punct::is_clause_separator(t) || punct::is_dash(t));
    if !(separated && (cased || agency)) {
        return 0;
    }
    // "DENTON, Tex. — …": the state's abbreviation and the dash after it.
    let state = cased
        && k + 3 < toks.len()
        && super::quotes::dateline_state(&toks[..k + 2])
        && toks[k + 2].punct == '.'
        && punct::is_dash(&toks[k + 3]);
    if state {
        return k + 4;
    }
    // "LAGOS, March 3 (Reuters) - …": a date between the place and the agency.
    let dated = punct::is_clause_separator(&toks[k]).then(|| {
        (k + 2..(k + 5).min(toks.len())).find_map(|j| {
            let words = toks[k + 1..j].iter().all(|t| t.word);
            words.then(|| agency_dateline_len(toks, j)).flatten()
        })
    });
    dated.flatten().unwrap_or_else(|| past_doubled_dash(toks, k + 1))
}

/// "WASHINGTON -- …": a dash typed as two hyphens is one separator; `k` is past the first.
fn past_doubled_dash(toks: &[Tok], k: usize) -> usize {
    let doubled =
        k > 0 && toks.get(k).is_some_and(|t| punct::is_dash(t) && !t.space_before) && punct::is_dash(&toks[k - 1]);
    if doubled {
        k + 1
    } else {
        k
    }
}

/// The tokens up to the dash after an agency in parentheses opening at `k` ("(Reuters) -
/// …" opening a paragraph, or after a place and date): `None` when none stands there.
fn agency_dateline_len(toks: &[Tok], k: usize) -> Option<usize> {
    if punct::parenthesis(toks.get(k)?) != Some(true) {
        return None;
    }
    let close = (k + 1..(k + 4).min(toks.len())).find(|&j| punct::parenthesis(&toks[j]) == Some(false))?;
    let agency = toks[k + 1..close].iter().all(|t| t.word && t.cap);
    (agency && close > k + 1 && toks.get(close + 1).is_some_and(punct::is_dash))
        .then(|| past_doubled_dash(toks, close + 2))
}

/// "…, plusieurs commerçants dénonçant « une trahison »", "…, with critics
/// saying the plan …": a participle right after a noun phrase that a comma sets off from
/// the main clause has that phrase for its subject, not the sentence's.
pub(super) fn absolute_subject(cx: &Ctx, s: Sentence, cue: &Cue) -> Option<Phrase> {
    let (toks, rules) = (cx.toks(), cx.rules);
    if !cue.verb(rules).adverbial || cue.first == s.start || !toks[cue.first - 1].word {
        return None;
    }
    let from = (s.start..cue.first).rev().find(|&k| punct::is_clause_separator(&toks[k]))? + 1;
    let mut np = &toks[from..cue.first];
    if np.first().is_some_and(|t| rules.absolute_openers.contains(t.fold.as_str())) {
        np = &np[1..];
    }
    let words = np.len();
    if words == 0 || words > window::NOMINAL_WORDS || np.iter().any(|t| !t.word || rules.is_lowercase_finite(t)) {
        return None;
    }
    analyze(cx, np, Side::Before).filter(|p| !matches!(p.who, Who::Pronoun(_)))
}

/// "Maria Lopez, 52, has lived in the village for thirty years." then a paragraph that is a
/// quote and nothing else: the person the paragraph before named as its subject speaks
/// (features introduce a witness so, then let them talk). Only a named person, and only
/// where the sentence before `s` reports nothing itself.
pub(super) fn introduced_speaker(cx: &Ctx, prev: Sentence, s: Sentence) -> Option<crate::model::Agent> {
    let (doc, rules) = (&cx.doc, cx.rules);
    let q = &doc.quotes[doc.in_quote[s.start]?];
    let whole_paragraph = doc.toks[s.start].newline_before
        && q.open == s.start
        && doc.toks.get(q.after()).is_none_or(|t| t.newline_before || (!t.word && q.after() + 1 >= s.end));
    if !whole_paragraph || prev.end != s.start {
        return None;
    }
    if (prev.start..prev.end)
        .any(|k| rules.cues.match_at(&doc.toks, k, &rules.clitics).is_some() || doc.in_quote[k].is_some())
    {
        return None;
    }
    let p = sentence_subject(cx, prev).filter(|p| {
        matches!(&p.who, Who::Name { kind: None | Some(crate::model::AgentKind::Person), toks, .. } if toks.len() > 1)
    })?;
    let said = super::search::resolve(cx, &p, &super::cue::Cue::marker(prev.start, prev.start), false);
    said.agent.filter(|a| a.kind == crate::model::AgentKind::Person)
}
