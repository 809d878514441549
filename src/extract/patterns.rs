//! The attribution patterns, applied to one sentence at a time (see the module above).

use super::speaker::{analyze, cut_at_stop, Phrase, Who};
use super::Doc;
use crate::lang::{CueForm, Gender, Lang, LangRules};
use crate::model::{Agent, QuoteKind, Span, Statement};
use crate::resolve::{toks_text, Discourse};
use crate::text::Tok;

/// A cue verb found in the sentence.
struct Cue {
    first: usize,
    last: usize,
    form: CueForm,
}

/// What a statement's content is: its kind, its offsets, the quotes it uses.
struct Content {
    kind: QuoteKind,
    start: usize,
    end: usize,
    quotes: Vec<usize>,
}

/// Who said it, as found: the agent, the span naming it, the stated role.
struct Said {
    agent: Option<Agent>,
    span: Option<Span>,
    role: Option<String>,
    affiliation: Option<Agent>,
}

fn sep(t: &Tok) -> bool {
    !t.word && matches!(t.punct, ',' | '\u{060C}' | '\u{2014}' | '\u{2013}')
}

fn trailing(t: &Tok) -> bool {
    !t.word
        && matches!(
            t.punct,
            '.' | ',' | '\u{060C}' | ':' | ';' | '!' | '?' | '\u{061F}' | '\u{2026}' | '-' | '\u{2014}' | '\u{2013}'
        )
}

/// Reads one sentence (tokens `a..b`). `carry` is the speaker a quote opening the sentence
/// continues. Returns the statements and, when the sentence only announces a speaker
/// ("as X noted."), that speaker.
pub(crate) fn sentence(
    doc: &Doc,
    a: usize,
    b: usize,
    disc: &mut Discourse,
    carry: Option<Agent>,
) -> (Vec<Statement>, Option<Agent>) {
    let lang = doc.article.lang;
    let rules = lang.rules();
    let mut out: Vec<Statement> = Vec::new();
    let mut used_quotes: Vec<usize> = Vec::new();
    let mut covered: Vec<(usize, usize)> = Vec::new();
    let mut sentence_speaker: Option<(Agent, Option<Span>, Option<String>)> = None;
    let mut announced: Option<Agent> = None;

    let mut i = a;
    while i < b {
        if doc.in_quote[i].is_some() || covered.iter().any(|&(s, e)| i >= s && i < e) {
            i += 1;
            continue;
        }
        let Some(m) = rules.cues.match_at(&doc.toks, i, &rules.clitics) else {
            if let Some(st) = according_to(doc, a, b, i, rules, disc) {
                covered.push((a, b));
                remember(&st, &mut used_quotes, &mut sentence_speaker, doc);
                out.push(st);
            }
            i += 1;
            continue;
        };
        let cue = Cue { first: i, last: i + m.len - 1, form: *m.value };
        i = cue.last + 1;
        if let Some(st) = from_cue(doc, a, b, &cue, rules, disc, &mut announced) {
            let (s, e) = (tok_index(doc, st.start), tok_index(doc, st.end.saturating_sub(1)) + 1);
            covered.push((s.min(cue.first), e.max(cue.last + 1)));
            remember(&st, &mut used_quotes, &mut sentence_speaker, doc);
            // Noted at once: a coordinated cue later in the sentence refers back to it.
            if let Some(sp) = &st.speaker {
                disc.note(st.speaker_span.as_ref().map_or(doc.toks[cue.first].start, |s| s.start), sp.clone(), true);
            }
            out.push(st);
        }
    }

    // Quotes left over: same sentence as an attribution, or right after an attributed one.
    for qi in doc.quotes_in(a, b) {
        let q = &doc.quotes[qi];
        if used_quotes.contains(&qi) || q.words < rules.raw.min_quote_words {
            continue;
        }
        if covered.iter().any(|&(s, e)| q.open >= s && q.open < e) {
            continue;
        }
        let at_start = doc.toks[a..q.open].iter().all(|t| !t.word);
        let (who, rule, conf) = match &sentence_speaker {
            Some(s) => (Some(s.clone()), "same-sentence", 0.75),
            None if at_start && carry.is_some() => (carry.clone().map(|a| (a, None, None)), "continuation", 0.7),
            None => (None, "", 0.0),
        };
        let Some((agent, span, role)) = who else { continue };
        let c = quote_content(doc, qi);
        let said = Said { agent: Some(agent), span, role, affiliation: None };
        out.push(statement(doc, c, None, said, conf, &format!("{}.quote/{rule}", lang.code())));
        used_quotes.push(qi);
    }
    for st in &out {
        if let Some(sp) = &st.speaker {
            let pos = st.speaker_span.as_ref().map_or(st.start, |s| s.start);
            disc.note(pos, sp.clone(), true);
        }
    }
    if !out.is_empty() {
        announced = None;
    }
    (out, announced)
}

fn remember(
    st: &Statement,
    used: &mut Vec<usize>,
    speaker: &mut Option<(Agent, Option<Span>, Option<String>)>,
    doc: &Doc,
) {
    let (first, last) = (tok_index(doc, st.start), tok_index(doc, st.end.saturating_sub(1)));
    for qi in doc.quotes_in(first.saturating_sub(1), last + 1) {
        let q = &doc.quotes[qi];
        let (s, e) = (doc.toks[q.open].start, doc.toks[q.after() - 1].end);
        if s < st.end && e > st.start {
            used.push(qi);
        }
    }
    if let Some(a) = &st.speaker {
        *speaker = Some((a.clone(), st.speaker_span.clone(), st.role.clone()));
    }
}

fn tok_index(doc: &Doc, pos: usize) -> usize {
    doc.toks.partition_point(|t| t.end <= pos).min(doc.toks.len() - 1)
}

/// The patterns that start from a cue verb. A cue that only names a speaker at the end of
/// its sentence sets `announced`.
fn from_cue(
    doc: &Doc,
    a: usize,
    b: usize,
    cue: &Cue,
    rules: &LangRules,
    disc: &mut Discourse,
    announced: &mut Option<Agent>,
) -> Option<Statement> {
    let verb = &rules.raw.verbs[cue.form.verb];
    let rule_id = |pattern: &str| format!("{}/{pattern}", verb.id);
    // Scan right for what opens the content: a colon, a complementizer or a quote.
    let mut j = cue.last + 1;
    let limit = (cue.last + 28).min(b);
    while j < limit {
        let t = &doc.toks[j];
        if let Some(qi) = doc.in_quote[j] {
            if doc.quotes[qi].words < rules.raw.min_quote_words {
                // A name in quote marks ("صحيفة “واشنطن بوست”") is part of the phrase.
                j = doc.quotes[qi].after();
                continue;
            }
            let said = who_said(doc, a, cue, j, rules, disc)?;
            return Some(statement(doc, quote_content(doc, qi), Some(cue), said, 0.85, &rule_id("cue-quote")));
        }
        if !t.word && t.punct == ':' {
            let said = who_said(doc, a, cue, j, rules, disc)?;
            let c = clause(doc, j + 1, 0, b, rules);
            if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < 3 {
                return None;
            }
            return Some(statement(doc, c, Some(cue), said, 0.95, &rule_id("cue-colon")));
        }
        if let Some(cm) = rules.complementizers.match_at(&doc.toks, j, &rules.clitics) {
            let said = who_said(doc, a, cue, j, rules, disc)?;
            let (start_tok, skip) = match cm.glued {
                Some(n) => (j + cm.len - 1, n),
                None => (j + cm.len, 0),
            };
            if start_tok >= b {
                return None;
            }
            let c = clause(doc, start_tok, skip, b, rules);
            if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < 3 {
                return None;
            }
            return Some(statement(doc, c, Some(cue), said, 0.85, &rule_id("cue-that")));
        }
        if rules.cues.match_at(&doc.toks, j, &rules.clitics).is_some() || (j > cue.last + 1 && !t.word && !sep(t)) {
            break;
        }
        // "Okafor said the deal would…": no complementizer, the clause follows the cue.
        let subject_before = cue.first > a
            && (doc.toks[cue.first - 1].word || sep(&doc.toks[cue.first - 1]))
            && doc.in_quote[cue.first - 1].is_none();
        if verb.bare_clause
            && j == cue.last + 1
            && t.word
            && !t.cap
            && !cue.form.inverted
            && subject_before
            && rules.speaker_stops.match_at(&doc.toks, j, &[]).is_none()
        {
            let c = clause(doc, j, 0, b, rules);
            if words_between(doc, c.start, c.end) >= 4 {
                let said = who_said(doc, a, cue, j, rules, disc)?;
                return Some(statement(doc, c, Some(cue), said, 0.75, &rule_id("cue-clause")));
            }
        }
        j += 1;
    }
    if let Some((c, said)) = postposed(doc, a, b, cue, rules, disc) {
        return Some(statement(doc, c, Some(cue), said, 0.85, &rule_id("postposed")));
    }
    // "كما أشارت أوسوليفان." / "as Smith noted.": a speaker, and the quote comes next.
    let right: Vec<Tok> = doc.toks[cue.last + 1..b].iter().filter(|t| t.word || sep(t)).cloned().collect();
    // Only connectors between the clause start and the cue ("…، كما أشارت X.").
    let clause_start = (a..cue.first).rev().find(|&k| sep(&doc.toks[k])).map_or(a, |k| k + 1);
    let lead = (clause_start..cue.first)
        .filter(|&k| doc.toks[k].word && rules.determiners.match_at(&doc.toks, k, &rules.clitics).is_none())
        .count();
    if lead == 0 && !right.is_empty() && cut_at_stop(&right, rules, doc.kb).len() == right.len() {
        if let Some(p) = analyze(&right, doc.article.lang, rules, doc.kb) {
            if let Said { agent: Some(agent), .. } = resolve(doc, &p, cue, false, disc) {
                *announced = Some(agent);
            }
        }
    }
    None
}

fn words_between(doc: &Doc, start: usize, end: usize) -> usize {
    let (a, b) = (doc.toks.partition_point(|t| t.start < start), doc.toks.partition_point(|t| t.end <= end));
    doc.toks[a..b.max(a)].iter().filter(|t| t.word).count()
}

/// The speaker of a cue whose content starts at token `marker`.
fn who_said(doc: &Doc, a: usize, cue: &Cue, marker: usize, rules: &LangRules, disc: &mut Discourse) -> Option<Said> {
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
    let mut left = &doc.toks[left_start..cue.first];
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
        Some(Phrase { who: Who::Pronoun(cue.form.gender), role: None })
    } else if verb.speaker_follows {
        // "ونقلت رويترز عن X قوله إن", "Reuters quoted X as saying that".
        let from = if verb.speaker_after.is_empty() {
            0
        } else {
            let after: Vec<String> = verb.speaker_after.iter().map(|w| crate::normalize::name_key(w)).collect();
            right.iter().position(|t| after.contains(&t.fold)).map(|p| p + 1)?
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
            Lang::Ar => {
                right_phrase().or_else(left_phrase).or_else(|| nominal(&cut_at_stop(right, rules, doc.kb), rules))
            }
            _ if cue.form.inverted => right_phrase(),
            _ => left_phrase().or_else(|| sentence_subject(doc, a, cue.first, rules)).or_else(right_phrase),
        }
    };
    let phrase = phrase.unwrap_or(Phrase { who: Who::Pronoun(cue.form.gender), role: None });
    Some(resolve(doc, &phrase, cue, verb.continuation, disc))
}

/// The subject that opens a Latin-script sentence, for a cue coordinated with an earlier
/// verb ("Robert Kane called the plan … and said …"): the words up to the first lower-case
/// word that is not a determiner, title or short preposition.
fn sentence_subject(doc: &Doc, a: usize, cue: usize, rules: &LangRules) -> Option<Phrase> {
    let mut end = a;
    while end < cue {
        let t = &doc.toks[end];
        let fits = !t.word && sep(t)
            || t.word
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
    let p = analyze(&doc.toks[a..end], doc.article.lang, rules, doc.kb)?;
    matches!(p.who, Who::Name { .. } | Who::Anaphor(..) | Who::Anonymous(_)).then_some(p)
}

fn resolve(doc: &Doc, phrase: &Phrase, cue: &Cue, continuation: bool, disc: &mut Discourse) -> Said {
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
fn role_organisation(doc: &Doc, role: &[Tok]) -> Option<Agent> {
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
    (0..role.len()).find_map(|i| super::speaker::org_at(role, i, lang, rules)).map(|(name, kind, _)| {
        crate::resolve::new_organisation(&doc.article.base, &toks_text(&name, &doc.chars), &kind)
    })
}

/// The words of a phrase as written (the anaphor itself when it has no antecedent).
fn phrase_span_text(doc: &Doc, phrase: &Phrase) -> String {
    match &phrase.who {
        Who::Name { toks, .. } | Who::Anonymous(toks) | Who::Title(toks) | Who::Anaphor(_, toks) => {
            toks_text(toks, &doc.chars)
        }
        Who::Pronoun(_) => String::new(),
    }
}

fn span_of(doc: &Doc, toks: &[Tok]) -> Option<Span> {
    let (s, e) = (toks.first()?.start, toks.last()?.end);
    Some(Span { start: s, end: e, text: doc.text(s, e) })
}

/// A short definite noun phrase the tables do not know ("the district", "الرئاسة
/// الجزائرية") still names the speaker: an unnamed one, known by that phrase.
fn nominal(np: &[Tok], rules: &LangRules) -> Option<Phrase> {
    let words = np.iter().filter(|t| t.word).count();
    let definite = rules.raw.code == "ar" || rules.determiners.match_at(np, 0, &[]).is_some();
    ((1..=4).contains(&words) && definite && np.iter().all(|t| t.word || sep(t)))
        .then(|| Phrase { who: Who::Anonymous(np.to_vec()), role: None })
}

/// "« … », a déclaré X." / "…, a indiqué le ministère." / "\"…,\" the minister said."
fn postposed(
    doc: &Doc,
    a: usize,
    b: usize,
    cue: &Cue,
    rules: &LangRules,
    disc: &mut Discourse,
) -> Option<(Content, Said)> {
    let lang = doc.article.lang;
    let verb = &rules.raw.verbs[cue.form.verb];
    let before = cue.first.checked_sub(1).filter(|&p| p >= a)?;
    let bt = &doc.toks[before];
    let after_quote = doc.in_quote[before].is_some() || (sep(bt) && before > a && doc.in_quote[before - 1].is_some());
    if lang == Lang::Ar && !after_quote {
        // Arabic puts the verb first: what precedes "، أعلنت X" is an adverbial, not speech.
        return None;
    }
    let (content_end, phrase) = if sep(bt) || doc.in_quote[before].is_some() || cue.form.inverted {
        // Verb first: the speaker follows the cue.
        let end = if sep(bt) { before } else { before + 1 };
        let np = cut_at_stop(&doc.toks[cue.last + 1..b], rules, doc.kb);
        let p = analyze(&np, lang, rules, doc.kb)
            .or_else(|| nominal(&np, rules))
            .or_else(|| cue.form.inverted.then_some(Phrase { who: Who::Pronoun(cue.form.gender), role: None }));
        (end, p?)
    } else {
        // Speaker first ("…, the minister said."): the cue ends the sentence, unless a quote
        // precedes ("“…,” Mayor Shaw told the council.").
        let s = (a..cue.first).rev().take(8).find(|&k| sep(&doc.toks[k]) || doc.in_quote[k].is_some())?;
        let rest = &doc.toks[cue.last + 1..b];
        let quoted = doc.in_quote[s].is_some() || (s > a && doc.in_quote[s - 1].is_some());
        if !quoted && rest.iter().any(|t| t.word) && !cut_at_stop(rest, rules, doc.kb).is_empty() {
            return None;
        }
        let np = &doc.toks[s + 1..cue.first];
        let end = if sep(&doc.toks[s]) { s } else { s + 1 };
        (end, analyze(np, lang, rules, doc.kb).or_else(|| nominal(np, rules))?)
    };
    if content_end <= a {
        return None;
    }
    let c = clause(doc, a, 0, content_end, rules);
    if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < 4 {
        return None;
    }
    Some((c, resolve(doc, &phrase, cue, verb.continuation, disc)))
}

/// "selon X, …" / "…, according to X." / "ووفقا لـ X، فإن …".
fn according_to(doc: &Doc, a: usize, b: usize, i: usize, rules: &LangRules, disc: &mut Discourse) -> Option<Statement> {
    let m = rules.according_to.match_at(&doc.toks, i, &rules.clitics)?;
    let lang = doc.article.lang;
    let marker = &rules.raw.according_to[*m.value];
    let mut name_toks: Vec<Tok>;
    let first_name = i + m.len - usize::from(m.glued.is_some());
    let glued_tok = m.glued.map(|n| {
        let mut t = doc.toks[first_name].clone();
        t.start += n;
        // Arabic "لل" = "ل" + "ال": what the marker leaves ("لخبير") is "الخبير".
        let lam = '\u{0644}';
        let double_lam = t.fold.starts_with(&format!("{lam}{lam}"));
        t.fold = t.fold.chars().skip(n).collect();
        if double_lam && n == 1 {
            t.fold = format!("\u{0627}{}", t.fold);
        }
        t.cap = doc.chars.get(t.start).is_some_and(|c| c.is_uppercase());
        t
    });
    let lead = doc.toks[a..i].iter().filter(|t| t.word).count();
    let c = if lead <= 1 {
        let mut comma = (first_name..b).find(|&k| sep(&doc.toks[k]))?;
        // "Selon la porte-parole, Clara Moreau, …": a name in apposition belongs to the source.
        if let Some(next) = (comma + 1..b).find(|&k| sep(&doc.toks[k])) {
            let seg = &doc.toks[comma + 1..next];
            let words = seg.iter().filter(|t| t.word).count();
            let named = analyze(seg, lang, rules, doc.kb).is_some_and(|p| matches!(p.who, Who::Name { .. }));
            let title_only = analyze(&doc.toks[first_name..comma], lang, rules, doc.kb)
                .is_some_and(|p| matches!(p.who, Who::Title(_) | Who::Anaphor(..)));
            if words <= 4 && named && title_only {
                comma = next;
            }
        }
        name_toks = glued_tok
            .into_iter()
            .chain(doc.toks[first_name + usize::from(m.glued.is_some())..comma].iter().cloned())
            .collect();
        let mut cs = comma + 1;
        let mut skip = 0;
        if let Some(cm) = rules.complementizers.match_at(&doc.toks, cs, &rules.clitics) {
            match cm.glued {
                Some(n) => skip = n,
                None => cs += cm.len,
            }
        }
        if cs >= b {
            return None;
        }
        clause(doc, cs, skip, b, rules)
    } else if i > a && sep(&doc.toks[i - 1]) {
        name_toks = glued_tok
            .into_iter()
            .chain(doc.toks[first_name + usize::from(m.glued.is_some())..b].iter().cloned())
            .collect();
        clause(doc, a, 0, i - 1, rules)
    } else {
        return None;
    };
    name_toks = cut_at_stop(&name_toks, rules, doc.kb);
    // "selon des experts", "according to analysts": an unnamed source when nothing names it.
    let words = name_toks.iter().filter(|t| t.word).count();
    let phrase = analyze(&name_toks, lang, rules, doc.kb)
        .or_else(|| (1..=6).contains(&words).then(|| Phrase { who: Who::Anonymous(name_toks.clone()), role: None }))?;
    if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < 4 {
        return None;
    }
    let cue = Cue { first: i, last: i + m.len - 1, form: CueForm { verb: 0, gender: Gender::Any, inverted: false } };
    let said = resolve(doc, &phrase, &cue, false, disc);
    let mut st = statement(doc, c, Some(&cue), said, 0.8, &marker.id);
    st.cue = Some(doc.text(
        doc.toks[i].start + m.clitic,
        doc.toks[i + m.len - 1].end
            - m.glued.map_or(0, |n| doc.toks[i + m.len - 1].end - doc.toks[i + m.len - 1].start - n),
    ));
    Some(st)
}

/// The content that starts at token `s` (skipping `skip` code points of it) and runs to the
/// end of the sentence `b`, minus final punctuation; cut after a quoted fragment that a
/// coordinated verb follows ("… “X” et s'est engagé à “Y”").
fn clause(doc: &Doc, s: usize, skip: usize, b: usize, rules: &LangRules) -> Content {
    let mut e = b;
    while e > s + 1 && trailing(&doc.toks[e - 1]) && doc.in_quote[e - 1].is_none() {
        e -= 1;
    }
    // "…, adding that …" / "…، مضيفا أن …": a second cue after a comma starts a new statement.
    if let Some(k) = (s + 1..e.saturating_sub(1)).find(|&k| {
        sep(&doc.toks[k])
            && doc.in_quote[k].is_none()
            && rules.cues.match_at(&doc.toks, k + 1, &rules.clitics).is_some()
    }) {
        e = k;
    }
    let inside: Vec<usize> = doc.quotes_in(s, e).filter(|&qi| doc.quotes[qi].after() <= e).collect();
    for (k, &qi) in inside.iter().enumerate() {
        let after = doc.quotes[qi].after();
        if k + 1 < inside.len() && after < e && is_coordinator(doc, after, rules) {
            e = after;
            break;
        }
    }
    let inside: Vec<usize> = inside.into_iter().filter(|&qi| doc.quotes[qi].after() <= e).collect();
    if let [qi] = inside[..] {
        let q = &doc.quotes[qi];
        if q.open == s && q.after() >= e {
            return quote_content(doc, qi);
        }
    }
    let start = doc.toks[s].start + skip;
    let end = doc.toks[e - 1].end.max(start);
    let kind = if inside.is_empty() { QuoteKind::Indirect } else { QuoteKind::Mixed };
    Content { kind, start, end, quotes: inside }
}

fn is_coordinator(doc: &Doc, k: usize, rules: &LangRules) -> bool {
    let t = &doc.toks[k];
    if !t.word {
        return false;
    }
    rules.coordinators.iter().any(|c| {
        t.fold == *c
            || (rules.clitics.contains(c)
                && t.fold.starts_with(c.as_str())
                && t.fold.chars().count() > 3
                && rules.complementizers.match_at(&doc.toks, k, &rules.clitics).is_none())
    })
}

fn quote_content(doc: &Doc, qi: usize) -> Content {
    let q = &doc.quotes[qi];
    let first = (q.open + 1).min(q.last);
    Content { kind: QuoteKind::Direct, start: doc.toks[first].start, end: doc.toks[q.last].end, quotes: vec![qi] }
}

fn statement(doc: &Doc, c: Content, cue: Option<&Cue>, said: Said, conf: f32, rule: &str) -> Statement {
    let (mut s, mut e) = (c.start, c.end.max(c.start));
    while s < e && doc.chars[s].is_whitespace() {
        s += 1;
    }
    // A comma closing a quote ("…tomorrow,\" she said") is punctuation of the sentence.
    while e > s
        && (doc.chars[e - 1].is_whitespace()
            || (c.kind == QuoteKind::Direct && matches!(doc.chars[e - 1], ',' | '\u{060C}')))
    {
        e -= 1;
    }
    let unclosed = c.quotes.iter().any(|&qi| doc.quotes[qi].close.is_none());
    let factor = match said.agent.as_ref().map(|a| a.resolution) {
        None => 0.4,
        Some(crate::model::Resolution::Label | crate::model::Resolution::Title) => 1.0,
        Some(crate::model::Resolution::Pronoun | crate::model::Resolution::Continuation) => 0.85,
        Some(_) => 0.92,
    };
    let conf = conf * factor * if unclosed { 0.7 } else { 1.0 };
    Statement {
        doc: doc.article.doc.clone(),
        article: doc.article.iri.clone(),
        lang: doc.article.lang,
        kind: c.kind,
        text: doc.text(s, e),
        start: s,
        end: e,
        cue: cue.map(|k| doc.text(doc.toks[k.first].start, doc.toks[k.last].end)),
        speaker: said.agent,
        speaker_span: said.span,
        role: said.role,
        affiliation: said.affiliation,
        entities: Vec::new(),
        confidence: (conf * 100.0).round() / 100.0,
        rule: rule.to_string(),
    }
}
