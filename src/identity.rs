//! Identity across articles for people in no knowledge base.
//!
//! Within an article, [`crate::resolve`] links "Raimondo" to "Gina Raimondo". Across a
//! whole build, two more links are made for people found in no table, before the graph is
//! built: a bare surname joins the one full name that ends with it, and names written in
//! different scripts join when their consonant skeletons match (رايموندو = ريموندو =
//! Raimondo). Only people are merged, never organisations or unnamed sources, and a link is
//! made only when it is unambiguous; each records how it was made.

use crate::model::{Agent, AgentKind, Resolution, Statement};
use crate::normalize::{is_arabic, name_key};
use indexmap::IndexMap;

/// The consonant skeleton of a name, comparable across Arabic and Latin script: vowels,
/// long-vowel letters and h are dropped, close consonants share a class, doubles collapse.
pub fn skeleton(name: &str) -> String {
    let key = name_key(name);
    let mut out = String::new();
    let chars: Vec<char> = key.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        let (class, skip) = match (c, next) {
            ('s' | 'c', Some('h'))
            | ('k', Some('h'))
            | ('g', Some('h'))
            | ('t', Some('h'))
            | ('p', Some('h'))
            | ('d', Some('h')) => (class_of(if c == 'p' { 'f' } else { c }), 2),
            (' ', _) => (Some(' '), 1),
            _ => (class_of(c), 1),
        };
        if let Some(k) = class {
            if !out.ends_with(k) || k == ' ' {
                out.push(k);
            }
        }
        i += skip;
    }
    out.split(' ').filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ")
}

fn class_of(c: char) -> Option<char> {
    Some(match c {
        'b' | 'p' | '\u{0628}' | '\u{067E}' => 'b',
        'f' | 'v' | '\u{0641}' | '\u{06A4}' => 'f',
        't' | 'd' | '\u{062A}' | '\u{0637}' | '\u{062F}' | '\u{0636}' | '\u{0630}' | '\u{062B}' => 't',
        'k' | 'c' | 'q' | 'g' | '\u{0643}' | '\u{0642}' | '\u{063A}' | '\u{062E}' | '\u{06AF}' => 'k',
        'j' | '\u{062C}' => 'j',
        's' | 'z' | 'x' | '\u{0633}' | '\u{0635}' | '\u{0632}' | '\u{0634}' | '\u{0638}' => 's',
        'm' | '\u{0645}' => 'm',
        'n' | '\u{0646}' => 'n',
        'l' | '\u{0644}' => 'l',
        'r' | '\u{0631}' => 'r',
        _ => return None,
    })
}

fn script(name: &str) -> u8 {
    u8::from(name.chars().any(is_arabic))
}

/// Links people found in no table across the statements of a build: returns, for each id to
/// replace, the agent that replaces it.
pub fn links<'a>(statements: impl IntoIterator<Item = &'a Statement>) -> IndexMap<String, Agent> {
    // Every new person, first occurrence first.
    let mut people: IndexMap<String, Agent> = IndexMap::new();
    for s in statements {
        for a in s.speaker.iter().chain(s.entities.iter().map(|m| &m.agent)) {
            if a.kind == AgentKind::Person && a.resolution == Resolution::New && !a.anonymous {
                people.entry(a.id.clone()).or_insert_with(|| a.clone());
            }
        }
    }
    let mut out: IndexMap<String, Agent> = IndexMap::new();
    let full: Vec<&Agent> = people.values().filter(|a| name_key(&a.name).contains(' ')).collect();
    // Cross-script and spelling variants of full names: same skeleton, long enough.
    let mut by_skeleton: IndexMap<String, Vec<&Agent>> = IndexMap::new();
    for a in &full {
        let k = skeleton(&a.name);
        if k.replace(' ', "").chars().count() >= 5 {
            by_skeleton.entry(k).or_default().push(a);
        }
    }
    for group in by_skeleton.values().filter(|g| g.len() > 1) {
        let canonical = group[0];
        for other in &group[1..] {
            if other.id != canonical.id {
                out.insert(other.id.clone(), merged(canonical, other, Resolution::Transliteration));
            }
        }
    }
    // A bare surname joins the one full name (in any script) that ends with it.
    for a in people.values().filter(|a| !name_key(&a.name).contains(' ')) {
        let (key, sk) = (name_key(&a.name), skeleton(&a.name));
        if sk.chars().count() < 3 {
            continue;
        }
        let canonical: indexmap::IndexSet<String> = full
            .iter()
            .filter(|f| {
                let last = name_key(&f.name).rsplit(' ').next().unwrap_or("").to_string();
                last == key
                    || (script(&f.name) != script(&a.name) && skeleton(&f.name).rsplit(' ').next() == Some(sk.as_str()))
            })
            .map(|f| out.get(&f.id).map_or(f.id.clone(), |c| c.id.clone()))
            .collect();
        if canonical.len() == 1 {
            let id = &canonical[0];
            // The merged identity if the full name was itself linked, else the full name.
            let target =
                out.values().find(|c| &c.id == id).or_else(|| people.get(id)).cloned().unwrap_or_else(|| a.clone());
            out.insert(a.id.clone(), merged(&target, a, Resolution::Surname));
        }
    }
    out
}

fn merged(canonical: &Agent, other: &Agent, how: Resolution) -> Agent {
    let mut a = canonical.clone();
    for l in &other.labels {
        if !a.labels.contains(l) {
            a.labels.push(l.clone());
        }
    }
    a.resolution = how;
    a
}

/// Applies [`links`] to the statements of a build, grouped as a build holds them (one list
/// per article, beside anything of type `T`) and changed in place, so a large build is never
/// copied into one list: merged speakers and entities take their identity.
pub fn apply<T>(groups: &mut [(T, Vec<Statement>)]) {
    let map = links(groups.iter().flat_map(|(_, s)| s));
    if map.is_empty() {
        return;
    }
    // Canonical identities get the merged labels too.
    let mut labels: IndexMap<String, Vec<String>> = IndexMap::new();
    for a in map.values() {
        let e = labels.entry(a.id.clone()).or_default();
        for l in &a.labels {
            if !e.contains(l) {
                e.push(l.clone());
            }
        }
    }
    let fix = |a: &mut Agent| {
        if let Some(to) = map.get(&a.id) {
            *a = to.clone();
        }
        if let Some(ls) = labels.get(&a.id) {
            for l in ls {
                if !a.labels.contains(l) {
                    a.labels.push(l.clone());
                }
            }
        }
    };
    for s in groups.iter_mut().flat_map(|(_, s)| s) {
        if let Some(sp) = s.speaker.as_mut() {
            fix(sp);
        }
        for m in &mut s.entities {
            fix(&mut m.agent);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_match_across_scripts() {
        assert_eq!(skeleton("Raimondo"), skeleton("ريموندو"));
        assert_eq!(skeleton("رايموندو"), skeleton("ريموندو"));
        assert_eq!(skeleton("Peskov"), skeleton("بيسكوف"));
        assert_eq!(skeleton("Zakharova"), skeleton("زاخاروفا"));
        assert_eq!(skeleton("Olivia O'Sullivan"), skeleton("أوليفيا أوسوليفان"));
        assert_ne!(skeleton("Maria Torres"), skeleton("Mario Draghi"));
    }
}
