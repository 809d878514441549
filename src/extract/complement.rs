//! A title's complement before the name, where no capital marks the name: "أستاذ العلوم
//! السياسية في جامعة المنصورة سامي داود", "الرئيس التنفيذي لشركة النيل للطاقة كريم عادل". The
//! complement (a preposition and its noun with the definite words after it, or an
//! organisation the tables know) belongs to the role; the indefinite words after it, up to
//! the end of the phrase, are the name.

use crate::kb::Kb;
use crate::lang::LangRules;
use crate::model::AgentKind;
use crate::text::Tok;

/// The most words a name after a complement holds ("نور الدين الطبوبي").
const NAME_WORDS: usize = 4;

/// Where the name starts after a title's genitive chain ending at `from`: at `from` itself,
/// or past the complements there, when the words left (to the end of the phrase) are shaped
/// as a name. `None` in a cased script, or when no name ends the phrase.
pub(super) fn name_start(seg: &[Tok], from: usize, rules: &LangRules, kb: &Kb) -> Option<usize> {
    if rules.raw.syntax.cased {
        return None;
    }
    let m = &rules.morph;
    // "والموازنة": a conjunction glued to a definite word coordinates it into the complement.
    let bare = |f: &str| rules.clitics.iter().any(|c| f.strip_prefix(c.as_str()).is_some_and(|r| m.is_definite(r)));
    let definite = |t: &Tok| t.word && (m.is_definite(&t.fold) || m.has_fused_article(&t.fold) || bare(&t.fold));
    // An organisation or a place the tables know ("لشركة أرامكو", "في جامعة دمشق").
    let known = |k: usize| {
        let kind = |f: &crate::text::PhraseMatch<usize>| kb.entries[*f.value].kind;
        kb.find(seg, k, &rules.clitics).filter(|f| matches!(kind(f), Some(AgentKind::Organization | AgentKind::Place)))
    };
    // "بمجلس النواب": a one-letter preposition glued to an organisation's head noun that a
    // definite word follows ("لينا محمد" is a name, not "ل" + "ينا").
    let glued = |k: usize| {
        let head = rules.org_heads.match_at(seg, k, &m.lone_prepositions).is_some_and(|h| h.clitic > 0 && h.len == 1);
        head && seg.get(k + 1).is_some_and(&definite)
    };
    let mut k = from;
    loop {
        if k + 1 < seg.len() && rules.is_preposition(&seg[k]) && seg[k + 1].word {
            k += 2;
        } else if k < seg.len() && glued(k) {
            k += 1;
        } else if let Some(f) = known(k) {
            k += f.len;
        } else {
            break;
        }
        while k < seg.len() && (definite(&seg[k]) || known(k).is_some()) {
            k += known(k).map_or(1, |f| f.len);
        }
    }
    let name = seg.get(k..)?;
    let shaped = (2..=NAME_WORDS).contains(&name.len())
        && name.iter().all(|t| t.word)
        && !definite(&name[0])
        && rules.titles.match_at(name, 0, &rules.clitics).is_none()
        && (0..name.len()).all(|j| rules.speaker_stops.match_at(name, j, &[]).is_none());
    shaped.then_some(k)
}
