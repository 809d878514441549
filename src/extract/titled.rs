//! A title and the name it introduces: "union leader Maria Torres", "le député LFI Thomas
//! Morel", "السفير أحمد نور المتحدث باسم الوزارة". Split from `speaker` so each module
//! stays one job.

use super::doc::Ctx;
use super::names::{self, final_cap_run, name_of};
use super::orgs::is_known_person;
use crate::lang::LangRules;
use crate::model::AgentKind;
use crate::phrase::{Phrase, Rank, Who};
use crate::text::Tok;

/// The title right after the name found at or after `from` ("السفير أحمد نور المتحدث باسم
/// الوزارة"): it says more than a one-word title before the name, and a later "المتحدث
/// باسم الوزارة" is resolved through it.
pub(super) fn title_after_name(seg: &[Tok], from: usize, who: &Who, rules: &LangRules) -> Option<Vec<Tok>> {
    let last = who.toks()?.last()?;
    let k = (from..seg.len()).find(|&k| seg[k].start == last.start)? + 1;
    let m = rules.titles.match_at(seg, k, &rules.clitics)?;
    let end = names::role_end(seg, k + m.len, rules);
    Some(seg[k..end].to_vec())
}

/// In a cased script, a title then a capitalised name: "union leader Maria Torres",
/// "Harbour Minister Daniel Okafor"; or lower-case words then a name of two or more words:
/// "council member Omar Haddad", "local resident Anna Bell".
pub(super) fn titled_name(cx: &Ctx, seg: &[Tok]) -> Option<(Rank, Phrase)> {
    let (rules, kb) = (cx.rules, cx.kb);
    let mut run = final_cap_run(seg, rules);
    // Inside a capitalised run, the name starts after the last title.
    if let Some((k, len)) = (run..seg.len()).rev().find_map(|k| rules.titles.match_at(seg, k, &[]).map(|m| (k, m.len)))
    {
        if k + len < seg.len() {
            run = k + len;
        }
        // "M. Vaillement": the abbreviation's full stop belongs to the title.
        if run + 1 < seg.len() && seg[run].punct == '.' {
            run += 1;
        }
    }
    if run > 0 && run < seg.len() && (0..run).any(|k| rules.titles.match_at(seg, k, &[]).is_some()) {
        // "le député LFI Thomas Morel", "la sénatrice PS Anne Roy": a party's acronym
        // between the title and a name of two words or more completes the role.
        let acronym = |t: &Tok| t.word && t.upper && t.fold.chars().count() >= 2;
        while run + 2 < seg.len() && acronym(&seg[run]) && seg[run + 1..].iter().all(|t| t.word && t.cap && !t.upper) {
            run += 1;
        }
        // After a title one capitalised word is a surname, whatever its ending ("M.
        // Vaillement", "Mme Clément": not adverbs in "-ment").
        let surname = |rest: &[Tok]| match rest {
            [one] if one.word && one.cap => {
                Some((Rank::Name, Who::Name { toks: vec![one.clone()], kind: None, org_kind: None }))
            }
            _ => None,
        };
        if !lone_acronym(cx, &seg[run..]) {
            if let Some((rank, who)) = name_of(cx, &seg[run..]).or_else(|| surname(&seg[run..])) {
                return Some((rank, Phrase { who, role: Some(seg[..run].to_vec()) }));
            }
        }
    }
    let run = final_cap_run(seg, rules);
    // "le quotidien Ouest Marine", "le quotidien « Ouest Marine »": an organisation noun
    // right before the name (or its opening quote mark) heads it.
    let opening_mark = run > 1 && !seg[run - 1].word && rules.closer_of(seg[run - 1].punct).is_some();
    let head = run.saturating_sub(1 + usize::from(opening_mark));
    let org_head_before = run > 0 && rules.org_heads.match_at(seg, head, &rules.clitics).is_some();
    let lower_before = run > 0 && !org_head_before && seg[..run].iter().any(|t| t.word && !t.cap);
    if seg.len() - run >= 2 && lower_before && kb.find(seg, run, &rules.clitics).is_none() {
        if let Some((rank, who)) = name_of(cx, &seg[run..]) {
            if !matches!(&who, Who::Name { kind: Some(AgentKind::Organization), .. }) {
                return Some((rank, Phrase { who, role: Some(seg[..run].to_vec()) }));
            }
        }
    }
    None
}

/// "le président du groupe LR au Sénat, Bruno X": an acronym alone after a title is the
/// group the title is of, not its holder (unless the tables know it as a person).
pub(super) fn lone_acronym(cx: &Ctx, toks: &[Tok]) -> bool {
    matches!(toks, [one] if one.word && one.upper && one.fold.chars().count() >= 2) && !is_known_person(cx, toks)
}
