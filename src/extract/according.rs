//! "According to" attributions: "selon X, …", "…, according to X.", "ووفقا لـ X، فإن …".
//!
//! A marker names the source instead of a speech verb: the source is the phrase after the
//! marker (up to a comma, or the sentence end), the statement the clause on the other side.

use super::attribution::resolve;
use super::content::{clause, statement, words_between};
use super::patterns::{clause_start, sep, Cue};
use super::speaker::{analyze, cut_at_stop, Phrase, Who};
use super::Doc;
use crate::lang::{CueForm, Gender, LangRules};
use crate::model::{QuoteKind, Statement};
use crate::resolve::Discourse;
use crate::text::Tok;

/// "selon X, …" / "…, according to X." / "ووفقا لـ X، فإن …".
pub(super) fn according_to(
    doc: &Doc,
    a: usize,
    b: usize,
    i: usize,
    rules: &LangRules,
    disc: &mut Discourse,
) -> Option<Statement> {
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
            t.fold = format!("\u{0627}{}", t.fold).into();
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
            // "Pour la FNSEA, principal syndicat agricole, …": an apposition without article.
            // "Pour Julie Morel, usagère rencontrée gare de Lyon, « … »": a description
            // opening on a common noun, with no verb of its own.
            let apposition = words <= 6
                && seg.first().is_some_and(|t| {
                    t.word
                        && !t.cap
                        && rules.determiners.match_at(seg, 0, &[]).is_none()
                        && rules.pronouns.match_at(seg, 0, &[]).is_none()
                })
                && seg.iter().all(|t| t.word && !rules.is_finite(t));
            // "Selon Dmitri Peskov, porte-parole du Kremlin, …": a title without article in
            // apposition ("…, le président, …" with an article may be the clause's subject).
            let titled = words <= 6 && rules.titles.match_at(seg, 0, &rules.clitics).is_some();
            if (words <= 4 && named && title_only) || apposition || titled {
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
            (cs, skip) = clause_start(doc, cs, &cm);
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
    // "according to data from X", "selon un rapport de X": the document's issuer is the source.
    let det = usize::from(
        rules.determiners.match_at(&name_toks, 0, &[]).is_some()
            || name_toks.first().is_some_and(|t| rules.indefinites.iter().any(|d| d == t.fold.as_str())),
    );
    if let Some(m) = rules.doc_nouns.match_at(&name_toks, det, &rules.clitics) {
        if let Some(l) = rules.issuer_links.match_at(&name_toks, det + m.len, &[]) {
            if l.glued.is_none() {
                name_toks.drain(..det + m.len + l.len);
            }
        }
    }
    // "بحسب ما ذكرت صحيفة X": the verb after the marker is not part of the source.
    if name_toks.first().is_some_and(|_| rules.cues.match_at(&name_toks, 0, &rules.clitics).is_some()) {
        let n = rules.cues.match_at(&name_toks, 0, &rules.clitics).map_or(0, |m| m.len);
        name_toks.drain(..n);
    }
    name_toks = cut_at_stop(&name_toks, rules, doc.kb);
    // "selon des experts", "according to analysts": an unnamed source when nothing names it.
    let words = name_toks.iter().filter(|t| t.word).count();
    let named = analyze(&name_toks, lang, rules, doc.kb);
    let phrase = if marker.named_only {
        named.filter(|p| matches!(p.who, Who::Name { .. } | Who::Title(_)))?
    } else {
        // "selon des experts" is a source; "selon les régions" is not.
        let source = name_toks.iter().any(|t| rules.source_nouns.contains(&crate::normalize::name_key(&t.fold)));
        named.or_else(|| {
            ((1..=6).contains(&words) && source).then(|| Phrase { who: Who::Anonymous(name_toks.clone()), role: None })
        })?
    };
    if c.kind == QuoteKind::Indirect && words_between(doc, c.start, c.end) < 4 {
        return None;
    }
    let cue = Cue { first: i, last: i + m.len - 1, form: CueForm { verb: 0, gender: Gender::Any, inverted: false } };
    let said = resolve(doc, &phrase, &cue, false, disc);
    let mut st = statement(doc, c, Some(&cue), said, 0.8, &marker.id);
    // The marker as written, without a glued clitic or the name it is glued to.
    let last = &doc.toks[i + m.len - 1];
    st.cue = Some(doc.text(doc.toks[i].start + m.clitic, m.glued.map_or(last.end, |n| last.start + n)));
    Some(st)
}
