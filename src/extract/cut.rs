//! Where a speaker phrase ends: at its first stop word (a preposition or time word that
//! opens an adjunct), a digit, a written stop, an "according to" marker or an addressee,
//! keeping what belongs to the phrase (a title's portfolio, an abbreviation's full stop, a
//! channel's number, an unnamed source's or a document's complement).

use super::doc::Ctx;
use super::unnamed::share_of_group;
use crate::lang::punct;
use crate::text::Tok;

/// Cuts a phrase at its first stop word (a preposition or time word that starts an adjunct).
pub(super) fn cut_at_stop(cx: &Ctx, toks: &[Tok]) -> Vec<Tok> {
    let rules = cx.rules;
    let written = |t: &Tok| rules.morph.is_written_stop(&cx.doc.chars[t.start..t.end]);
    let mut out = Vec::new();
    // An unnamed source keeps its preposition ("نائب من حزب العمال", "a source in the ministry").
    let unnamed = rules.anonymous.match_at(toks, 0, &rules.clitics).map_or(0, |m| m.len);
    let (keep, unnamed_source) = (unnamed, unnamed > 0);
    // So does an anaphor whose words are stop words elsewhere ("ce dernier").
    let keep = keep.max(rules.anaphors.match_at(toks, 0, &rules.clitics).map_or(0, |m| m.len));
    // So does a document its link to the issuer ("بيان صادر عن البنك المركزي").
    let keep = keep.max(rules.doc_nouns.match_at(toks, 0, &rules.clitics).map_or(0, |m| {
        (m.len..toks.len()).find(|&k| rules.issuer_links.match_at(toks, k, &[]).is_none()).unwrap_or(toks.len())
    }));
    // Where titles start and end, found once: a title's own words and its complement are
    // never cut (below).
    let titles: Vec<(usize, usize)> = (0..toks.len())
        .filter_map(|k| rules.titles.match_at(toks, k, &rules.clitics).map(|m| (k, k + m.len)))
        .collect();
    let title_ends_at = |i: usize| titles.iter().any(|&(_, e)| e == i);
    // Uncased: where a name ending the phrase starts after the first title's chain and
    // complements (0 when none does).
    let chain_end = |e: usize| super::names::role_end(toks, e, rules);
    let before_name = match titles.first() {
        Some(&(_, e)) if !rules.raw.syntax.cased => super::complement::name_start(toks, chain_end(e), rules, cx.kb),
        _ => None,
    }
    .unwrap_or(0);
    let holder_comma = holder_comma(toks, &titles, rules.raw.syntax.cased);
    for (i, t) in toks.iter().enumerate() {
        if i < keep {
            out.push(t.clone());
            continue;
        }
        // The marks of a name in quotes stay out of the phrase, its words in.
        if !t.word && quoted_name_mark(cx, t) {
            continue;
        }
        // After a title that opens the phrase, a preposition and a capitalised word are the
        // title's portfolio, not an adjunct: "la secrétaire au Commerce, Gina Raimondo",
        // "Secretary of State Antony Blinken". (After a name and a comma, "executive director
        // of the Alliance" stays cut: the name is the speaker.)
        let portfolio = i > 0
            && rules.is_preposition(t)
            && !toks[..i].iter().any(punct::is_phrase_break)
            && title_ends_at(i)
            && toks[i + 1..].iter().take(2).any(|n| n.word && n.cap);
        // A word inside a title is no stop ("الأمين العام": "العام" is also "this year");
        // nor is one of its genitive chain or complement when a name ends the phrase
        // ("رئيس الاتحاد العام للشغل X", "الباحث في الشؤون الاستراتيجية X").
        let in_title = titles.iter().any(|&(s, e)| s < i && i < e) || i < before_name || i < holder_comma;
        // The full stop of an abbreviation or an initial ("Sen. Ann Lowe", "J. Smith") is
        // inside the phrase: left out, the words on both sides kept.
        let abbreviated = t.punct == '.'
            && i > 0
            && toks[i - 1].end == t.start
            && rules.abbreviates(&toks[i - 1])
            && toks.get(i + 1).is_some_and(|n| n.word && (n.cap || !rules.raw.syntax.cased));
        if !t.word && abbreviated {
            // "د. حداد": where no capital marks a name, the abbreviated title is no part of it.
            if !rules.raw.syntax.cased {
                out.pop();
            }
            continue;
        }
        // "la journaliste de Radio 4 Julie Marchal": a number between capitalised words
        // is part of a channel's name, not a date or a count.
        let numbered_name = i > 0
            && toks[i - 1].word
            && toks[i - 1].cap
            && toks.get(i + 1).is_some_and(|n| n.word && n.cap && n.space_before);
        // "a 2019 study", "the 40 pilots": a number between an article and a lower-case noun
        // modifies the noun.
        let modifier = i > 0
            && rules.articles.contains(toks[i - 1].fold.as_str())
            && toks.get(i + 1).is_some_and(|n| n.word && !n.cap);
        // "Marta Ruiz y Soler": a particle between capitalised words is inside the name,
        // even where it is also a clitic that stops a subject ("X y a affirmé").
        let name_particle = i > 0
            && toks[i - 1].cap
            && rules.inner_name_particles.contains(t.fold.as_str())
            && toks.get(i + 1).is_some_and(|n| n.word && n.cap);
        let digits = t.fold.chars().all(|c| c.is_ascii_digit());
        if (!t.word && !punct::is_phrase_break(t))
            || rules.morph.is_lone_preposition(t)
            || rules.according_to.match_at(toks, i, &rules.clitics).is_some()
            || (t.word && written(t))
            || (digits && !share_of_group(&toks[i..], rules) && !numbered_name && !modifier)
            || (rules.speaker_stops.match_at(toks, i, &[]).is_some() && !portfolio && !in_title && !name_particle)
        {
            break;
        }
        // A glued preposition before an organisation, a document or a known name introduces
        // an addressee ("لوكالة", "للصحفيين"), except right after a title, whose complement
        // it is ("الأمين العام للنقابة").
        if t.word && i > 0 && !title_ends_at(i) && addressee(cx, toks, i) {
            break;
        }
        // "مصدر مطلع للموقع": after an unnamed source (not a document: "بيان للوزارة" is
        // the ministry's), "لل" + noun is whom it spoke to.
        if t.word && i > 0 && unnamed_source && rules.morph.opens_addressee(&t.fold) {
            break;
        }
        out.push(t.clone());
    }
    while out.last().is_some_and(|t| !t.word) {
        out.pop();
    }
    out
}

/// Where the speaker ends before an adjunct that stands between it and its verb: "Ana Ruiz
/// in a televised address said", "the minister at a news conference in Lusaka said". The
/// adjunct opens on one of the table's adjunct prepositions right after a capitalised word,
/// a title or an organisation noun, with a lower-case word after it; it runs to the end of
/// `left` and holds no comma and no word that opens a clause. `left.len()` when there is
/// none.
pub(super) fn before_subject_adjunct(cx: &Ctx, left: &[Tok]) -> usize {
    let rules = cx.rules;
    // A capitalised word after the preposition goes on with a name ("the Commission on
    // Presidential Debates"); an adjunct opens on a lower-case word ("in a televised address").
    // (No verb test: "-ed" and "-s" words are the adjunct's nouns and modifiers, "a
    // televised address"; a relative or a subordinator opens a clause instead.)
    let clause_word = |t: &Tok| rules.is_relative_pronoun(t) || rules.is_subordinator(t);
    // A number after it makes a share of a group ("huit Français sur dix").
    let adjunct = |k: usize| {
        left.len() - k <= crate::tuning::window::ADJUNCT_OPENING
            && left.get(k + 1).is_some_and(|t| t.word && !t.cap && !rules.is_number(t))
            && left[k..].iter().all(|t| t.word && !clause_word(t))
    };
    (1..left.len())
        .find(|&k| {
            rules.is_adjunct_preposition(&left[k])
                && left[k - 1].word
                && (left[k - 1].cap || rules.ends_with_title(&left[..k]) || rules.ends_with_org_head(&left[..k]))
                && adjunct(k)
        })
        .unwrap_or(left.len())
}

/// In a cased script, where a phrase that opens on a title sets off its holder's full name
/// with a comma ("le président du groupe au Sénat, Bruno Roux", "the head of the group in
/// the Senate, Ana Ruiz"): what stands before that comma is the title's, adjuncts included.
/// 0 when the phrase is not so built.
fn holder_comma(toks: &[Tok], titles: &[(usize, usize)], cased: bool) -> usize {
    const FIRST_TITLE_AT_MOST: usize = 1;
    if !cased || titles.first().is_none_or(|&(s, _)| s > FIRST_TITLE_AT_MOST) {
        return 0;
    }
    let Some(comma) = toks.iter().position(punct::is_clause_separator) else { return 0 };
    let name = &toks[comma + 1..];
    let words = name.iter().take_while(|t| t.word).count();
    if super::names::is_full_name(&name[..words]) {
        comma
    } else {
        0
    }
}

/// Whether a punctuation token is the mark of a short quote (a name in quote marks).
fn quoted_name_mark(cx: &Ctx, t: &Tok) -> bool {
    let doc = &cx.doc;
    let k = doc.tok_at(t.start);
    doc.toks[k].start == t.start
        && doc.in_quote[k].is_some_and(|q| doc.quotes[q].words <= crate::tuning::window::QUOTED_NAME_WORDS)
}

/// Whether token `i` is a glued preposition before an organisation, a document or a known
/// name. ("لل" + noun is as often part of a name, "الوكالة المتوسطية للمياه", as an
/// addressee, "للصحفيين", a stop word; so only those three cut.)
fn addressee(cx: &Ctx, toks: &[Tok], i: usize) -> bool {
    let (rules, kb) = (cx.rules, cx.kb);
    let p = &rules.morph.glued_prepositions;
    if !p.iter().any(|x| toks[i].fold.starts_with(x.as_str())) {
        return false;
    }
    rules.org_heads.match_at(toks, i, p).is_some_and(|m| m.clitic > 0)
        || rules.doc_nouns.match_at(toks, i, p).is_some_and(|m| m.clitic > 0)
        || kb.find(toks, i, p).is_some_and(|m| m.clitic > 0)
}

/// "Residents know the harbour master said …", "Officials believe that the pilot said …": a
/// finite verb in the words before a cue, with no relative pronoun before it, ends a clause
/// of its own, and the cue's subject starts after it (past a complementizer). In a contact
/// relative ("know the sum engineers say it costs") it starts after the antecedent. The
/// offset in `left` where the subject starts: 0 when no verb ends a clause there, or when
/// only adverbs follow it ("has repeatedly said").
pub(super) fn after_embedding_verb(cx: &Ctx, left: &[Tok]) -> usize {
    let rules = cx.rules;
    // A listed form, not one read off its ending: "elected officials" holds no verb.
    let listed = |t: &Tok| t.word && !t.cap && rules.finite_verbs.contains(t.fold.as_str()) && !rules.is_preposition(t);
    let Some(verb) = left.iter().rposition(listed) else { return 0 };
    // The verb's own subject is right before it: after a comma it is a list's item
    // ("minister of ports, works and water").
    if verb == 0 || !left[verb - 1].word || left[..verb].iter().any(|t| rules.is_relative_pronoun(t)) {
        return 0;
    }
    let base = cx.doc.tok_at(left[0].start);
    let that = rules.complementizers.match_at(cx.toks(), base + verb + 1, &rules.clitics).map_or(0, |m| m.len);
    let from = verb + 1 + that;
    // A cue there is a report of its own ("said the endless calls …" reads a noun as the
    // cue), and a comma after the verb starts an aside, not the subject ("minister of
    // ports, works and water, told").
    let cue = rules.cues.match_at(cx.toks(), base + verb, &rules.clitics).is_some();
    if cue || left.get(from..).is_some_and(|rest| rest.iter().any(|t| !t.word)) {
        return 0;
    }
    let adverbial = |t: &Tok| {
        let w = t.fold.as_str();
        !t.word || rules.passive_adverbs.contains(w) || rules.negators.contains(w) || rules.is_verbal_word(t, false)
    };
    if left.get(from..).is_none_or(|rest| rest.iter().all(adverbial)) {
        return 0;
    }
    match super::relative::contact_antecedent_end(cx, base + from, base + left.len()) {
        Some(antecedent) => antecedent + 1 - base,
        None => from,
    }
}
