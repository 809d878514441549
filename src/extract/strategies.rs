//! The speaker strategies, one function each: what [`Strategy`] ids mean. Each reads the
//! regions of a cue ([`Regions`]) and finds a phrase, finds nothing, or vetoes the cue.

use super::antecedent::{relative_antecedent, restrictive_antecedent, titled_antecedent};
use super::cue::Cue;
use super::doc::Ctx;
use super::regions::coordinated_clause;
pub(super) use super::regions::{regions, Regions};
use super::speaker::{analyze, cut_at_stop, nominal, participle_aside, Side};
use super::subjects::{absolute_subject, first_verb_subject, main_subject, sentence_subject};
use crate::lang::{punct, Strategy};
use crate::phrase::{Phrase, Who};
use crate::text::Tok;
use crate::tuning::window;

/// What one strategy made of its region.
pub(super) enum Outcome {
    /// A phrase names the speaker.
    Found(Phrase),
    /// Nothing here.
    Nothing,
    /// The cue cannot have a speaker here: no statement at all.
    Veto(&'static str),
}

pub(super) fn try_strategy(cx: &Ctx, s: Strategy, r: &Regions) -> Outcome {
    let (toks, rules) = (cx.toks(), cx.rules);
    let right = &toks[r.right.clone()];
    let left = &toks[r.left.clone()];
    let found = |p: Option<Phrase>| p.map_or(Outcome::Nothing, Outcome::Found);
    let after_cue = matches!(s, Strategy::Right | Strategy::RightNominal | Strategy::AfterAdjunct);
    if after_cue && r.cue.verb(rules).addressee_follows {
        return Outcome::Nothing;
    }
    // "dénonce « l'insécurité grandissante »": words in quote marks opened after the cue
    // are what was said, never who said it (a cue inside a quote has its speaker there too).
    let first_word = r.right.clone().find(|&k| toks[k].word);
    let quoted = |k: usize| cx.doc.in_quote[k].is_some_and(|qi| cx.doc.quotes[qi].open > r.cue.last);
    if after_cue && first_word.is_some_and(quoted) {
        return Outcome::Nothing;
    }
    match s {
        Strategy::Right => {
            // A speaker phrase holds no verb of its own: "believe those characterizations did
            // Romney …" names no one after the cue (a relative clause after a comma may).
            let np = cut_each_segment(cx, right);
            if np.iter().take_while(|t| !punct::is_phrase_break(t)).any(|t| rules.is_lowercase_finite(t)) {
                return Outcome::Nothing;
            }
            found(analyze(cx, &np, Side::After).or_else(|| described_name(cx, &np)))
        }
        Strategy::RightNominal => found(nominal(&before_participle_aside(cx, cut_at_stop(cx, right)), rules)),
        // "Une analyse que conteste Laurent Berger : …": the subject is after the cue.
        Strategy::Left if left.last().is_some_and(|t| t.word && rules.object_relatives.contains(t.fold.as_str())) => {
            Outcome::Nothing
        }
        // "The company denied wrongdoing and said …": a verb and a coordinator before the cue
        // make the left words a first clause, whose subject is the sentence subject's.
        Strategy::Left if ends_first_clause(cx, left) => Outcome::Nothing,
        // "Republicans, he added, had …": a pronoun set off right before the cue is its
        // subject; the words before the comma open what was said.
        // "Les médecins, eux, dénoncent …": a stressed pronoun only repeats the subject.
        Strategy::Left if emphasised_subject(cx, left).is_some() => found(emphasised_subject(cx, left)),
        Strategy::Left if set_off_pronoun(cx, left).is_some() => found(set_off_pronoun(cx, left)),
        Strategy::Left => {
            // "les syndicats qui affirment": before adjuncts are cut ("a voté … malgré").
            if let Some(p) = restrictive_antecedent(cx, left) {
                return Outcome::Found(p);
            }
            let left = without_trailing_adjuncts(cx, left);
            // "وكان الرئيس قد أكد": an auxiliary opening the words before the cue.
            let left = if left.len() > 1 && rules.is_aux(&left[0]) { &left[1..] } else { left };
            if let Some(p) = set_off_subject(cx, left).and_then(|seg| analyze(cx, seg, Side::Before)) {
                return Outcome::Found(p);
            }
            if let [rel] = left {
                if rules.is_relative_pronoun(rel) {
                    return found(relative_antecedent(cx, r.sentence, cx.doc.tok_at(rel.start)));
                }
            }
            // "Carole Delga, présidente de la région Occitanie, qui dénonce …".
            if let Some(p) = left.last().and_then(|rel| titled_antecedent(cx, r.sentence, cx.doc.tok_at(rel.start))) {
                return Outcome::Found(p);
            }
            // "« … », confie la maire auprès de Radio Sud, qui ajoute que …": the antecedent
            // of a relative pronoun ending the left context, not every word before it.
            let relative = left.len() > 2 && rules.is_relative_pronoun(&left[left.len() - 1]);
            if relative && punct::is_clause_separator(&left[left.len() - 2]) {
                let rel = cx.doc.tok_at(left[left.len() - 1].start);
                if let Some(p) = relative_antecedent(cx, r.sentence, rel) {
                    return Outcome::Found(p);
                }
            }
            // "Residents know the engineers said": the subject after a clause's verb is the
            // cue's, whatever it is ("the engineers" is a plain noun phrase).
            let embedded = super::cut::after_embedding_verb(cx, left);
            if embedded > 0 {
                return found(
                    analyze(cx, &left[embedded..], Side::Before).or_else(|| nominal(&left[embedded..], rules)),
                );
            }
            // A participle aside ("X, opening the new bridge on Friday, said") is no part
            // of the subject's length.
            let words = left
                .split(punct::is_clause_separator)
                .filter(|seg| !participle_aside(seg, rules))
                .flatten()
                .filter(|t| t.word)
                .count();
            found((words > 0 && words <= r.left_limit).then(|| analyze(cx, left, Side::Before)).flatten())
        }
        Strategy::LeftNominal => found(nominal(without_trailing_adjuncts(cx, left), rules)),
        Strategy::LeftLastSegment => {
            found(left.iter().rposition(punct::is_clause_separator).and_then(|p| nominal(&left[p + 1..], rules)))
        }
        Strategy::SentenceSubject => found(
            sentence_subject(cx, coordinated_clause(cx, r.sentence, r.cue.first))
                .filter(|p| matches!(p.who, Who::Name { .. } | Who::Anaphor(..) | Who::Anonymous(_))),
        ),
        Strategy::FirstVerbSubject => found(first_verb_subject(cx, r.cue, &toks[r.full_left.clone()])),
        // The main clause before a participle ("The union rejected it, saying …"), or after
        // one that opens the sentence ("Insisting that …, the engineers reopened it").
        Strategy::MainSubject if r.cue.first == r.sentence.start => found(main_subject(cx, r.sentence)),
        Strategy::MainSubject => found(main_subject(cx, r.sentence.until(r.cue.first))),
        Strategy::AfterAdjunct => found(after_adjunct(cx, right)),
        Strategy::InvertedPronoun => found(r.cue.form.inverted.then(|| Phrase::pronoun(r.cue.form.gender))),
        Strategy::DroppedSubject => Outcome::Found(Phrase::pronoun(r.cue.form.gender)),
        Strategy::SentenceSpeaker => {
            let pos = toks[r.cue.first].start;
            found(cx.disc.borrow().spoke_in_sentence(pos).then(|| Phrase::pronoun(r.cue.form.gender)))
        }
        Strategy::QuotedSource => quoted_source(cx, r.cue, right),
        Strategy::DocumentIssuer => document_issuer(cx, right),
        Strategy::AbsoluteSubject => found(absolute_subject(cx, r.sentence, r.cue)),
    }
}

/// "l'ancien ministre, condamné en 2019": a past participle after a comma opens an aside
/// about the speaker, no part of the phrase.
fn before_participle_aside(cx: &Ctx, np: Vec<Tok>) -> Vec<Tok> {
    let aside = |k: usize| {
        punct::is_clause_separator(&np[k - 1])
            && np[k].word
            && !np[k].cap
            && super::names::past_participle(&np[k], cx.rules, &cx.doc.chars)
    };
    match (1..np.len()).find(|&k| aside(k)) {
        Some(k) => np[..k - 1].to_vec(),
        None => np,
    }
}

/// Whether the words before a cue end with a coordinator after a finite verb: a first
/// clause, not a subject ("Halvorsen denied wrongdoing and").
fn ends_first_clause(cx: &Ctx, left: &[Tok]) -> bool {
    let rules = cx.rules;
    let Some((last, rest)) = left.split_last() else { return false };
    last.word && rules.coordinators.iter().any(|c| last.fold == *c) && rest.iter().any(|t| rules.is_lowercase_finite(t))
}

/// "Trump will use the debate to make news, Kall said: …": after a clause (a finite verb
/// with no relative pronoun or complementizer before it) and a comma, the words set off right before the cue are its whole
/// subject; a name in the clause before the comma is what the speaker talks about. ("The
/// company that runs the port, Bayline, said": a noun and its relative clause, then the
/// name in apposition, are one subject.)
fn set_off_subject<'t>(cx: &Ctx, left: &'t [Tok]) -> Option<&'t [Tok]> {
    let rules = cx.rules;
    let sep = left.iter().rposition(punct::is_clause_separator)?;
    let (clause, subject) = (&left[..sep], &left[sep + 1..]);
    let plain = !subject.is_empty() && subject.iter().all(|t| t.word) && !rules.is_relative_pronoun(&subject[0]);
    let verb = clause.iter().position(|t| rules.is_lowercase_finite(t))?;
    let relative = (0..verb).any(|k| {
        rules.is_relative_pronoun(&clause[k]) || rules.complementizers.match_at(clause, k, &rules.clitics).is_some()
    });
    (plain && !relative).then_some(subject)
}

/// The pronoun that alone fills the comma-separated segment right before a cue ("…, he
/// added, …"), with its gender.
fn set_off_pronoun(cx: &Ctx, left: &[Tok]) -> Option<Phrase> {
    let [.., sep, pron] = left else { return None };
    let m = cx.rules.pronouns.match_at(std::slice::from_ref(pron), 0, &[])?;
    punct::is_clause_separator(sep).then(|| Phrase::pronoun(*m.value))
}

/// "Les médecins libéraux, eux, dénoncent …": the subject that a stressed pronoun set off
/// right before the cue emphasises (the segment before its comma), when it names someone.
fn emphasised_subject(cx: &Ctx, left: &[Tok]) -> Option<Phrase> {
    let rules = cx.rules;
    // The comma after the pronoun may close the left words ("Les médecins, eux, dénoncent").
    let left = match left.split_last() {
        Some((last, rest)) if punct::is_clause_separator(last) => rest,
        _ => left,
    };
    let [.., sep, pron] = left else { return None };
    if !punct::is_clause_separator(sep) || !rules.is_emphatic_pronoun(pron) {
        return None;
    }
    let before = &left[..left.len() - 2];
    let subject = &before[before.iter().rposition(punct::is_clause_separator).map_or(0, |k| k + 1)..];
    analyze(cx, subject, Side::Before).or_else(|| nominal(subject, rules))
}

/// "ويقول المستأجر سمير داود": in a script without capitals, a definite noun no table
/// knows, then a given name and more words (or a kunya: "المستأجر أبو سمير"), is a
/// description and the name after it.
fn described_name(cx: &Ctx, np: &[Tok]) -> Option<Phrase> {
    let rules = cx.rules;
    let kunya = |t: &Tok| rules.raw.syntax.kunya_prefixes.iter().any(|k| crate::text::fold_word(k) == t.fold.as_str());
    let name_opens = super::names::given_name_inside(np) == Some(1)
        || (np.len() >= 3 && kunya(&np[1]) && crate::lang::given::is_given_name(&np[2].fold));
    let described = !rules.raw.syntax.cased
        && np.iter().all(|t| t.word)
        && np.first().is_some_and(|t| rules.morph.is_definite(&t.fold))
        && name_opens;
    described.then(|| analyze(cx, &np[1..], Side::After)).flatten().filter(|p| matches!(p.who, Who::Name { .. }))
}

/// The phrase after a cue. When it opens on a comma, each comma-separated segment is cut at
/// its first stop word: an adjunct between commas drops out and a name after it stays (",
/// a annoncé, jeudi 3 mars, son président par intérim, Paul Girard").
pub(super) fn cut_each_segment(cx: &Ctx, toks: &[Tok]) -> Vec<Tok> {
    // Only an adjunct set off by commas drops out; a phrase that opens on a stop word ("à
    // l'AFP Thomas Leroux") ends there, and is the adjunct strategy's.
    if !toks.first().is_some_and(punct::is_phrase_break) {
        let first = cut_at_stop(cx, toks);
        // "وزير الصحة في الإقليم الشمالي، سامي الحسن،": where no capital marks a portfolio, a
        // title's complement ends at its comma and the name in apposition after it stays.
        let title_first = !cx.rules.raw.syntax.cased && cx.rules.titles.match_at(toks, 0, &cx.rules.clitics).is_some();
        // "المستأجر سمير داود، وهو متقاعد،": a pronoun opening the next segment starts a
        // clause about the speaker, no name in apposition; the phrase ends at the comma.
        let pronoun_after = |p: usize| cx.rules.pronouns.match_at(toks, p + 1, &cx.rules.clitics).is_some();
        match toks.iter().position(punct::is_phrase_break) {
            Some(p) if pronoun_after(p) && first.len() > p => return first[..p].to_vec(),
            Some(p) if title_first && first.len() < p => {
                let mut out = first;
                out.extend(cut_each_segment(cx, &toks[p..]));
                return out;
            }
            _ => return first,
        }
    }
    let mut out: Vec<Tok> = Vec::new();
    for seg in toks.split_inclusive(punct::is_phrase_break) {
        let (words, brk) = match seg.last() {
            Some(t) if punct::is_phrase_break(t) => (&seg[..seg.len() - 1], Some(t)),
            _ => (seg, None),
        };
        let kept = cut_at_stop(cx, words);
        let whole = kept.len() == words.len();
        if !kept.is_empty() {
            out.extend(kept);
            if let Some(b) = brk.filter(|_| whole) {
                out.push(b.clone());
            }
        }
    }
    while out.last().is_some_and(|t| !t.word) {
        out.pop();
    }
    out
}

/// The words before a cue without the adverbs and adjuncts that end them ("He also",
/// "X on Monday", "Y later"): the subject comes first, the adjuncts between it and the verb.
fn without_trailing_adjuncts<'t>(cx: &Ctx, left: &'t [Tok]) -> &'t [Tok] {
    let rules = cx.rules;
    // "X a par ailleurs estimé": an auxiliary and adverbs between the subject and the verb.
    let last_aux = left.iter().rposition(|t| t.word && rules.aux.contains(t.fold.as_str()));
    let left = match last_aux {
        Some(k) if k > 0 && left[k + 1..].iter().all(|t| t.word && !t.cap) => &left[..k],
        _ => left,
    };
    // "Senator Ann Lowe last week urged …": a trailing adjunct of time.
    let mut end = rules.time.trailing_start(left).unwrap_or(left.len());
    while end > 1 {
        let t = &left[end - 1];
        let adjunct = !t.word
            || rules.speaker_stops.match_at(left, end - 1, &[]).is_some()
            || rules.is_preposition(t)
            || rules.is_preverbal_adverb(t);
        if !adjunct || rules.titles.match_at(left, end - 1, &[]).is_some() {
            break;
        }
        end -= 1;
    }
    &left[..super::cut::before_subject_adjunct(cx, &left[..end])]
}

/// "ونقلت رويترز عن X قوله إن", "Reuters quoted X as saying that": the source after the
/// verb's anchor word ("عن"), or right after the verb when it has none.
fn quoted_source(cx: &Ctx, cue: &Cue, right: &[Tok]) -> Outcome {
    let verb = cue.verb(cx.rules);
    let from = if verb.speaker_after.is_empty() {
        0
    } else {
        match right.iter().position(|t| verb.speaker_after.iter().any(|w| w == t.fold.as_str())) {
            Some(p) => p + 1,
            None => return Outcome::Veto("the source's anchor word is missing"),
        }
    };
    analyze(cx, &cut_at_stop(cx, &right[from..]), Side::After).map_or(Outcome::Nothing, Outcome::Found)
}

/// "جاء في بيان لوزارة X": the document's issuer speaks.
fn document_issuer(cx: &Ctx, right: &[Tok]) -> Outcome {
    let rules = cx.rules;
    let skip =
        right.iter().take_while(|t| rules.speaker_stops.match_at(std::slice::from_ref(*t), 0, &[]).is_some()).count();
    if rules.doc_nouns.match_at(right, skip, &rules.clitics).is_none() {
        return Outcome::Veto("no document is the verb's subject");
    }
    analyze(cx, &right[skip..], Side::After).map_or(Outcome::Veto("the document names no issuer"), Outcome::Found)
}

/// The subject of an inverted cue after a short adjunct: "a affirmé à l'AFP Thomas Leroux",
/// "a indiqué mardi le ministre". The adjunct opens with a stop word (a preposition takes its
/// object, a time word stands alone); the subject starts with a capital or a determiner.
pub(super) fn after_adjunct(cx: &Ctx, right: &[Tok]) -> Option<Phrase> {
    let rules = cx.rules;
    rules.speaker_stops.match_at(right, 0, &[])?;
    let preposition = rules.is_preposition(&right[0]);
    let object = usize::from(preposition)
        * (1 + usize::from(rules.determiners.match_at(right, 1, &[]).is_some_and(|d| d.glued.is_none())));
    (1 + object..=(window::ADJUNCT + object).min(right.len().saturating_sub(1))).find_map(|k| {
        let t = &right[k];
        // "a expliqué à l'AFP sa porte-parole, X": a possessive opens the phrase like an article.
        let opens = t.word
            && (t.cap
                || rules.determiners.match_at(right, k, &[]).is_some()
                || rules.articles.contains(t.fold.as_str()));
        // "told reporters in Lusaka": a capitalised word right after a preposition is its
        // object, a place, not a speaker.
        let object_of_preposition = rules.is_preposition(&right[k - 1]);
        if !opens || object_of_preposition || rules.speaker_stops.match_at(right, k, &[]).is_some() {
            return None;
        }
        // "a déclaré sur Radio Nord Claire Dumas": the adjunct's capitalised object runs on
        // into the name, which starts at a given name.
        let run = right[k..].iter().take_while(|t| t.word && t.cap).count();
        if super::names::given_name_inside(&right[k..k + run]).is_some() {
            return None;
        }
        analyze(cx, &cut_at_stop(cx, &right[k..]), Side::After)
            .filter(|p| matches!(p.who, Who::Name { .. } | Who::Title(_) | Who::Anonymous(_)))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::kb::Kb;
    use crate::lang::Lang;

    /// Runs strategy `s` for the first cue of `text`, on the regions `who_said` gives it, and
    /// returns what it found: the phrase's words, or "pronoun m/f/…".
    fn run(lang: Lang, text: &str, s: Strategy) -> Option<String> {
        let kb = Kb::load(&[]).expect("built-in knowledge base");
        let article = Article::new("t.txt", "t", format!("{text}\n"), Some(lang), "https://example.org/");
        let (cx, sentences) = Ctx::new(&article, &kb, false);
        let toks = cx.toks();
        for sent in sentences {
            for i in sent.range() {
                let Some(m) = cx.rules.cues.match_at(toks, i, &cx.rules.clitics) else { continue };
                let cue = Cue { first: i, last: i + m.len - 1, form: *m.value };
                let marker = (cue.last + 1..sent.end)
                    .find(|&j| {
                        punct::is_colon(&toks[j])
                            || cx.doc.in_quote[j].is_some()
                            || cx.rules.complementizers.match_at(toks, j, &cx.rules.clitics).is_some()
                    })
                    .unwrap_or(sent.end);
                return match try_strategy(&cx, s, &regions(&cx, sent, &cue, marker)) {
                    Outcome::Found(p) => Some(match &p.who {
                        Who::Pronoun(g) => format!("pronoun {g:?}").to_lowercase(),
                        who => cx.doc.toks_text(who.toks().unwrap_or_default()),
                    }),
                    _ => None,
                };
            }
        }
        panic!("no cue in {text}")
    }

    fn found(lang: Lang, text: &str, s: Strategy) -> String {
        run(lang, text, s).unwrap_or_else(|| panic!("{} found nothing in {text}", s.id()))
    }

    #[test]
    fn right_reads_the_words_between_cue_and_content() {
        assert_eq!(found(Lang::Ar, "وقالت الوزيرة سلمى حداد إن المياه تكفي.", Strategy::Right), "سلمى حداد");
        assert_eq!(found(Lang::En, "\"We are ready,\" said Mayor Ellen Park.", Strategy::Right), "Ellen Park");
        // A verb in the phrase: what follows the cue is a clause, not its subject.
        assert_eq!(run(Lang::En, "He did not believe those voters did Romney in, he said.", Strategy::Right), None);
    }

    #[test]
    fn right_nominal_takes_an_unknown_noun_phrase() {
        let p = found(Lang::Ar, "وقالت الرئاسة الجزائرية إن الاجتماع تأجل.", Strategy::RightNominal);
        assert_eq!(p, "الرئاسة الجزائرية");
        assert_eq!(run(Lang::En, "\"We are ready,\" said Ellen Park.", Strategy::RightNominal), None);
    }

    #[test]
    fn left_reads_the_subject_before_the_cue() {
        assert_eq!(found(Lang::En, "Governor Elena Marsh said that rates would stay.", Strategy::Left), "Elena Marsh");
        assert_eq!(
            found(Lang::Fr, "La ministre Anne Lebrun a déclaré que rien ne changerait.", Strategy::Left),
            "Anne Lebrun"
        );
        // More words than the table's left window: nothing.
        let long = "The long and winding report that the committee of the regional council published in the spring said that costs rose.";
        assert_eq!(run(Lang::En, long, Strategy::Left), None);
    }

    #[test]
    fn left_nominal_and_last_segment_take_unknown_groups() {
        assert_eq!(
            found(Lang::Fr, "Les écologistes dénoncent que la loi recule.", Strategy::LeftNominal),
            "Les écologistes"
        );
        let p =
            found(Lang::En, "In a statement, the district said that schools would reopen.", Strategy::LeftLastSegment);
        assert_eq!(p, "the district");
    }

    #[test]
    fn sentence_subject_opens_the_sentence() {
        let text = "Robert Kane rejected the plan outright and said that it would fail.";
        assert_eq!(found(Lang::En, text, Strategy::SentenceSubject), "Robert Kane");
        // A sentence-case group runs to its verb; a name and an adverb do not.
        let text = "Environmental groups welcomed the vote but said that more was needed.";
        assert_eq!(found(Lang::En, text, Strategy::SentenceSubject), "Environmental groups");
        let text = "Kane largely agreed with the plan and said that it would pass.";
        assert_eq!(found(Lang::En, text, Strategy::SentenceSubject), "Kane");
        // An indefinite apposition describes the subject; it is not the name.
        let text = "State Rep. Ann Cole, a Democrat whose district includes the port, called it a disgrace and said that she would act.";
        assert_eq!(found(Lang::En, text, Strategy::SentenceSubject), "Ann Cole");
    }

    #[test]
    fn first_verb_subject_is_the_subject_of_the_first_clause() {
        let text = "وتحدث الوزير سامي الحداد عن الأزمة، وقال إن الوضع صعب.";
        assert_eq!(found(Lang::Ar, text, Strategy::FirstVerbSubject), "سامي الحداد");
        // Without a comma closing the first clause, a verb that is no participle finds nothing.
        assert_eq!(
            run(Lang::Ar, "وتحدث الوزير سامي الحداد عن الأزمة وقال إن الوضع صعب.", Strategy::FirstVerbSubject),
            None
        );
    }

    #[test]
    fn main_subject_is_the_phrase_before_the_first_verb() {
        let text = "OSLO – The Norwegian hosts of the summit have pushed for action, saying that time is short.";
        assert_eq!(found(Lang::En, text, Strategy::MainSubject), "The Norwegian hosts");
        assert_eq!(run(Lang::En, "There is no plan, saying that time is short.", Strategy::MainSubject), None);
    }

    #[test]
    fn after_adjunct_skips_a_short_adjunct() {
        let text = "« Nous irons jusqu'au bout », a affirmé à l'AFP Thomas Leroux.";
        assert_eq!(found(Lang::Fr, text, Strategy::AfterAdjunct), "Thomas Leroux");
        // A possessive opens the phrase after the adjunct, as an article does.
        let text = "« Nous irons jusqu'au bout », a affirmé à l'AFP sa porte-parole, Lina Roche.";
        assert_eq!(found(Lang::Fr, text, Strategy::AfterAdjunct), "Lina Roche");
    }

    #[test]
    fn pronouns_carry_the_verb_gender() {
        assert_eq!(found(Lang::Fr, "« C'est fini », a-t-elle ajouté.", Strategy::InvertedPronoun), "pronoun f");
        assert_eq!(run(Lang::Fr, "Elle a ajouté que c'était fini.", Strategy::InvertedPronoun), None);
        assert_eq!(found(Lang::Ar, "وأضافت أن المشروع تأخر.", Strategy::DroppedSubject), "pronoun f");
    }

    #[test]
    fn quoted_source_follows_the_anchor_word() {
        let text = "ونقلت الإذاعة عن رئيس البلدية قوله إن الطريق سيفتح.";
        assert_eq!(found(Lang::Ar, text, Strategy::QuotedSource), "رئيس البلدية");
        let text = "Local radio quoted a police officer as saying that the road would stay closed.";
        assert_eq!(found(Lang::En, text, Strategy::QuotedSource), "a police officer");
    }

    #[test]
    fn document_issuer_is_the_document_s_author() {
        let text = "وجاء في بيان لوزارة الزراعة: “سيتم توزيع البذور مجانا”.";
        assert_eq!(found(Lang::Ar, text, Strategy::DocumentIssuer), "وزارة الزراعة");
    }

    #[test]
    fn sentence_speaker_needs_an_earlier_speaker_in_the_sentence() {
        assert_eq!(
            run(Lang::En, "The union met on Friday, adding that talks would go on.", Strategy::SentenceSpeaker),
            None
        );
    }
}
