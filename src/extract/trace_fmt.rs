//! How trace steps describe what was found: a phrase by its kind and words, a resolution
//! by its path, identity and antecedent.

use super::doc::Doc;
use crate::phrase::Phrase;
use crate::resolve::Resolved;

/// "name 'Gina Raimondo' (role 'la secrétaire au Commerce')".
pub(super) fn describe(doc: &Doc, p: &Phrase) -> String {
    let words = p.who.toks().map(|t| format!(" '{}'", doc.toks_text(t))).unwrap_or_default();
    let gender = match &p.who {
        crate::phrase::Who::Pronoun(g) => format!(" ({g:?})").to_lowercase(),
        _ => String::new(),
    };
    let role = p.role.as_ref().map(|r| format!(" (role '{}')", doc.toks_text(r))).unwrap_or_default();
    format!("{}{words}{gender}{role}", p.who.kind_name())
}

/// "pronoun:recent-speaker → Amira Benali <iri> (antecedent at 120: 'Amira Benali a déclaré…')".
pub(super) fn resolution(doc: &Doc, r: Option<&Resolved>) -> String {
    let Some(r) = r else { return "nobody compatible in the discourse".into() };
    let mut s = format!("{} → {} <{}>", r.path, r.agent.name, r.agent.id);
    if let Some(pos) = r.antecedent {
        let end = (pos + 40).min(doc.chars.len());
        let context: String = doc.text(pos, end).replace(['\n', '\r'], " ");
        s.push_str(&format!(" (antecedent at {pos}: '{context}…')"));
    }
    s
}
