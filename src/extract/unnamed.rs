//! Speakers named by no one: groups and descriptions ("federal regulators", "all the
//! experts", "58 percent", "a Western diplomat", "Scott's relatives", "the district").
//! Each predicate reads one segment of a speaker phrase ([`super::speaker`]); a phrase it
//! accepts is an anonymous source known by its own words.

use super::doc::Ctx;
use super::speaker::opens_validly;
use crate::lang::punct;
use crate::lang::LangRules;
use crate::phrase::{Phrase, Who};
use crate::text::Tok;
use crate::tuning::window;

/// A group or a person named by whom they belong to: "their lawyers", "Scott's relatives".
pub(super) fn possessed(seg: &[Tok], rules: &LangRules) -> bool {
    pronoun_group(seg, rules) || name_possessed(seg, rules)
}

/// "its engineers", "their lawyers": a possessive pronoun, then a few lower-case words
/// ending in a plural noun, names a group by whom it belongs to. So does one ending in an
/// organisation's head ("her office", "his campaign"): a body of this article known by its
/// owner, never one identity for every "campaign" of the archive.
pub(super) fn pronoun_group(seg: &[Tok], rules: &LangRules) -> bool {
    let Some((first, tail)) = seg.split_first() else { return false };
    let body =
        || (0..tail.len()).any(|i| rules.org_heads.match_at(tail, i, &[]).is_some_and(|m| i + m.len == tail.len()));
    rules.raw.syntax.possessive_pronouns.iter().any(|p| first.word && p.form == first.fold)
        && possessed_words(tail, rules)
        && (tail.last().is_some_and(|t| rules.may_be_plural_noun(t)) || body())
}

/// "Scott's relatives", "Barack Obama's press secretary": a name in the possessive, then
/// lower-case words only, says whose relatives or secretary speak, not who: an unnamed
/// source known by the whole phrase. An organisation noun ("Trump's campaign") and a name
/// after the title ("Clinton's spokesman Brian Fallon") are left to their own rules.
fn name_possessed(seg: &[Tok], rules: &LangRules) -> bool {
    let Some(k) = seg.iter().position(|t| rules.is_possessive(t)) else { return false };
    let tail = &seg[k + 1..];
    let name_before = seg[..k].iter().all(|t| t.word && t.cap);
    name_before
        && possessed_words(tail, rules)
        && (0..tail.len()).all(|i| rules.org_heads.match_at(tail, i, &[]).is_none_or(|m| i + m.len < tail.len()))
}

/// What follows a possessive: a few lower-case words, none a function word.
fn possessed_words(tail: &[Tok], rules: &LangRules) -> bool {
    (1..=window::POSSESSED_WORDS).contains(&tail.len())
        && tail.iter().all(|t| t.word && !t.cap && !rules.function_words.contains(t.fold.as_str()))
}

/// "58 percent", "seven in 10 residents", "63 % des sondés": a share of a poll's respondents
/// speaks as a group, named by no one: a number, then a share word, or a link and a number
/// within a few words.
pub(super) fn share_of_group(seg: &[Tok], rules: &LangRules) -> bool {
    let number = |t: &Tok| rules.is_number(t);
    let linked = |k: usize| {
        seg[k].word && rules.share_links.contains(seg[k].fold.as_str()) && seg.get(k + 1).is_some_and(number)
    };
    // The group may come between ("huit Français sur dix").
    seg.first().is_some_and(number)
        && seg.len() > 1
        && (rules.share_words.match_at(seg, 1, &rules.clitics).is_some() || (1..seg.len().min(4)).any(linked))
}

/// "un délégué syndical", "a local farmer", "one of the largest lines": an indefinite
/// article before a common noun names no one in particular; so does "a report" or "une
/// étude" that names no issuer (one that does, "un communiqué du syndicat", speaks for it).
/// So is a capitalised adjective before a common noun ("a Western diplomat", "a Russian
/// official"): the phrase ends in a lower-case noun, not a name.
pub(super) fn indefinite(seg: &[Tok], rules: &LangRules) -> bool {
    let Some(first) = seg.first() else { return false };
    // Its issuer after a link word ("un communiqué du syndicat") or by name ("un sondage Ifop").
    let issuer = || (2..seg.len()).any(|k| seg[k].cap || rules.issuer_links.match_at(seg, k, &rules.clitics).is_some());
    let common_noun_next =
        seg.get(1).is_some_and(|t| t.word && !t.cap) && (rules.doc_nouns.match_at(seg, 1, &[]).is_none() || !issuer());
    // "a senior Israeli official"; "a Texas Republican": no name takes an indefinite
    // article, so capitals after one describe (a document's issuer aside).
    let capitalised_description = seg.get(1).is_some_and(|t| t.word && t.cap)
        && seg.last().is_some_and(|t| t.word)
        && (1..seg.len()).all(|k| rules.doc_nouns.match_at(seg, k, &[]).is_none());
    rules.indefinites.contains(first.fold.as_str()) && (common_noun_next || capitalised_description)
}

/// "Senator Mark Ellis, a Republican from Ohio,": a description opening on an indefinite
/// article, with a common word after its head, names no one, whatever capitals it holds.
pub(super) fn description(seg: &[Tok], rules: &LangRules) -> bool {
    seg.first().is_some_and(|t| rules.indefinites.contains(t.fold.as_str()))
        && seg.iter().filter(|t| t.word).count() >= 3
        && seg[2..].iter().any(|t| t.word && !t.cap)
        // "un communiqué du syndicat" speaks for its issuer.
        && rules.doc_nouns.match_at(seg, 1, &[]).is_none()
}

/// "The other EU official", "French and German officials", "the Irish envoy": capitalised
/// modifiers (after an article or quantifier) before a lower-case head that is a title or a
/// source noun describe someone; they name no one. `Some(true)` when the head is a title
/// (resolved later as one), `Some(false)` for a source noun (an unnamed speaker).
pub(super) fn described(seg: &[Tok], rules: &LangRules) -> Option<bool> {
    let (last, body) = seg.split_last()?;
    if !last.word || last.cap || body.is_empty() {
        return None;
    }
    let title = rules.titles.match_at(seg, seg.len() - 1, &[]).is_some();
    if !title && !rules.is_source_noun(last) {
        return None;
    }
    let minor = |k: usize| {
        let fold = body[k].fold.as_str();
        rules.is_article(body, k)
            || rules.indefinites.contains(fold)
            || rules.function_words.contains(fold)
            || rules.coordinators.iter().any(|c| c == fold)
            || rules.determiners.match_at(body, k, &[]).is_some()
    };
    let modifiers = (0..body.len()).filter(|&k| body[k].word && !minor(k));
    let mut any = false;
    for k in modifiers {
        if !body[k].cap {
            return None;
        }
        any = true;
    }
    any.then_some(title)
}

/// "all the engineers we consulted", "those who know the governor", "all" alone: a quantifier opens
/// a group that speaks, named by no one.
pub(super) fn quantified(seg: &[Tok], rules: &LangRules) -> bool {
    rules.group_quantifiers.match_at(seg, 0, &rules.clitics).is_some()
}

/// "federal regulators", "Democratic lawmakers": a short phrase written without article
/// (in the text, not only in the segment, whose determiners are stripped) that ends in a
/// lower-case source noun names a group, not the capitalised word in it (a cased script's
/// problem). A document noun ("communiqué") is left to speak for its issuer.
pub(super) fn bare_group(cx: &Ctx, seg: &[Tok], words: usize) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    // "local lawmakers from both parties", "advisers to the mayor": the group is named before
    // its complement.
    let link = |t: &Tok| {
        t.word && (rules.raw.syntax.affiliation_links.iter().any(|l| *l == t.fold) || rules.is_preposition(t))
    };
    let (seg, words) = match seg.iter().position(link) {
        Some(k) if k > 0 && words <= window::GROUP_WORDS + window::GROUP_COMPLEMENT_WORDS => {
            (&seg[..k], seg[..k].iter().filter(|t| t.word).count())
        }
        _ => (seg, words),
    };
    let Some(last) = seg.last() else { return false };
    let i = cx.doc.tok_at(seg[0].start);
    // "his attorneys", "plusieurs syndicalistes": a possessive or quantifier is a
    // determiner here, in the segment or right before it.
    let determiner = |t: &Tok| {
        t.word && (rules.indefinites.contains(t.fold.as_str()) || rules.function_words.contains(t.fold.as_str()))
    };
    // "…, but farmers say": a coordinator or clause opener before it is no determiner.
    let opener =
        |t: &Tok| rules.coordinators.iter().any(|c| *c == t.fold) || rules.clause_openers.contains(t.fold.as_str());
    let after_article = i > 0
        && (rules.determiners.match_at(toks, i - 1, &rules.clitics).is_some() || determiner(&toks[i - 1]))
        && !opener(&toks[i - 1]);
    // An anaphor ("التقرير", "the report") refers back to its issuer instead.
    let anaphor = rules.anaphors.match_at(seg, 0, &rules.clitics).is_some();
    rules.raw.syntax.cased
        && words <= window::GROUP_WORDS
        && !anaphor
        && !after_article
        && !seg.iter().any(determiner)
        && rules.determiners.match_at(seg, 0, &rules.clitics).is_none()
        && rules.doc_nouns.match_at(seg, seg.len() - 1, &rules.clitics).is_none()
        && (!last.cap || (seg.len() == 1 && opens_sentence(toks, i)))
        && rules.is_source_noun(last)
}

/// "Local fishermen and dock workers said": at the start of a sentence, where any word is
/// capitalised, a capital followed by lower-case words only, ending in a lower-case noun, is
/// a common noun phrase, not a name ("Local"); unless the tables know the first word as a
/// name or given name ("Maria and her husband").
pub(super) fn sentence_case_phrase(cx: &Ctx, seg: &[Tok]) -> bool {
    let (toks, rules) = (cx.toks(), cx.rules);
    let words: Vec<&Tok> = seg.iter().filter(|t| t.word).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else { return false };
    rules.raw.syntax.cased
        && words.len() >= 2
        && first.cap
        && words.len() <= window::NOMINAL_WORDS
        && words[1..].iter().all(|t| !t.cap && !rules.is_lowercase_finite(t))
        && !rules.function_words.contains(last.fold.as_str())
        && !rules.is_verbal_word(first, true)
        // "Patel's office": a possessive is a name's, however common the words after it.
        && !rules.is_possessive(first)
        // "The company", "Le syndicat": an article opens a phrase other rules read.
        && rules.determiners.match_at(seg, 0, &rules.clitics).is_none()
        && !rules.function_words.contains(first.fold.as_str())
        && !rules.indefinites.contains(first.fold.as_str())
        && rules.anaphors.match_at(seg, 0, &rules.clitics).is_none()
        && (0..seg.len()).all(|k| rules.complementizers.match_at(seg, k, &rules.clitics).is_none())
        && seg.iter().all(|t| t.word || punct::is_clause_separator(t))
        && opens_sentence(toks, cx.doc.tok_at(seg[0].start))
        && cx.kb.find(seg, 0, &rules.clitics).is_none()
        && !crate::lang::given::is_given_name(&first.fold)
        && rules.titles.match_at(seg, 0, &rules.clitics).is_none()
}

/// Whether token `i` opens a sentence, where any word is capitalised ("Advisers to the
/// mayor say …").
fn opens_sentence(toks: &[Tok], i: usize) -> bool {
    i == 0 || toks[i].newline_before || (!toks[i - 1].word && crate::lang::punct::is_sentence_end(toks[i - 1].punct))
}

/// A short definite noun phrase the tables do not know ("the district", "الرئاسة
/// الجزائرية") still names the speaker: an unnamed one, known by that phrase. Where the
/// article is glued to the noun, any phrase that does not open on a stop word is definite.
pub(super) fn nominal(np: &[Tok], rules: &LangRules) -> Option<Phrase> {
    // A connector before the article ("Meanwhile the host", "Then the board") is no
    // part of the phrase.
    let connectors = np
        .iter()
        .enumerate()
        .take_while(|&(k, t)| {
            t.word && !rules.is_article(np, k) && rules.determiners.match_at(np, k, &[]).is_some_and(|m| m.len == 1)
        })
        .count();
    let np = &np[connectors..];
    let words = np.iter().filter(|t| t.word).count();
    // An article opens it ("the district", "les écologistes"), or the language glues its
    // article to the noun. A connector ("But …") is no article. A possessive is one before a
    // noun of those who speak for someone ("his lawyers", "ses avocats"), not before a
    // thing ("leur mise à l'écart").
    let first = np.first()?;
    let possessive = first.word
        && rules.articles.contains(first.fold.as_str())
        && np.last().is_some_and(|t| rules.is_source_noun(t));
    let article = rules.is_article(np, 0) || possessive;
    let definite = (rules.morph.glues_article() && rules.speaker_stops.match_at(np, 0, &rules.clitics).is_none())
        || (article && !rules.indefinites.contains(first.fold.as_str()));
    let joined = np.iter().any(|t| t.word && rules.coordinators.iter().any(|c| *c == t.fold));
    let most = if joined { window::JOINED_NOMINAL_WORDS } else { window::NOMINAL_WORDS };
    ((1..=most).contains(&words)
        && definite
        && opens_validly(np, rules)
        && rules.non_speakers.match_at(np, 0, &rules.clitics).is_none()
        && np.iter().all(|t| (t.word && !rules.is_lowercase_finite(t)) || punct::is_clause_separator(t)))
    .then(|| Phrase { who: Who::Anonymous(np.to_vec()), role: None })
}
