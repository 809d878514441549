//! The quote graph as Graphviz DOT, in two views.
//!
//! [`statements`]: one node per statement, in a box per article; speakers and entities stay
//! outside, so a speaker quoted in three articles is one node with edges into three boxes,
//! and a statement reported by several articles has a cluster node joining its reports.
//! Readable up to a few dozen statements. [`overview`]: past that, one node per speaker
//! and entity sized by statement count, one weighted edge per speaker → entity and
//! speaker → repeated statement, the articles listed beside. Every drawing has a legend
//! ([`legend`]); a font with Arabic coverage is set on graph, nodes and edges.

mod legend;
pub mod overview;
pub mod statements;

use crate::graph::QuoteGraph;
use crate::normalize::name_key;

pub use overview::overview;
pub use statements::render;

/// Above this many statements, `build` draws the [`overview`] instead of one node per
/// statement: by looking at the seed corpus (77 statements in 5 articles), the
/// per-statement drawing is a hairball of stacked edge labels past about 40.
pub const OVERVIEW_ABOVE: usize = 40;

/// The drawing `build` writes: per statement for small builds, the overview past
/// [`OVERVIEW_ABOVE`] statements.
pub fn for_build(g: &QuoteGraph) -> String {
    if g.statements.len() > OVERVIEW_ABOVE {
        overview(g, &Filter::default())
    } else {
        render(g, &Filter::default())
    }
}

/// The font list set on every drawing: the first with Arabic and Latin coverage wins.
const FONT: &str = "Noto Sans, DejaVu Sans, Arial";

/// Which part of the graph to draw (substring matches on normalised names; empty = all).
#[derive(Debug, Default, Clone)]
pub struct Filter {
    /// Only statements by a speaker whose name, label or id contains this.
    pub speaker: Option<String>,
    /// Only statements that mention an entity whose name, label or id contains this.
    pub entity: Option<String>,
    /// Only statements of an article whose file name, id or headline contains this.
    pub article: Option<String>,
}

/// Escapes a DOT double-quoted string (and neutralises Graphviz's `\N`-style macros).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' => out.push_str("\\n"),
            c => out.push(c),
        }
    }
    out
}

fn contains(hay: &str, needle: &str) -> bool {
    name_key(hay).contains(&name_key(needle))
}

impl Filter {
    /// The statements (indices into `g.statements`) the filter keeps, in graph order.
    pub fn keep(&self, g: &QuoteGraph) -> Vec<usize> {
        let agent_matches = |id: &str, needle: &str| {
            g.agents.get(id).is_some_and(|i| {
                contains(id, needle)
                    || contains(&i.agent.name, needle)
                    || i.agent.labels.iter().any(|l| contains(l, needle))
            })
        };
        (0..g.statements.len())
            .filter(|&i| {
                let (s, ai, _) = &g.statements[i];
                let a = &g.articles[*ai].0;
                self.speaker.as_ref().is_none_or(|n| s.speaker.as_ref().is_some_and(|sp| agent_matches(&sp.id, n)))
                    && self.entity.as_ref().is_none_or(|n| s.entities.iter().any(|m| agent_matches(&m.agent.id, n)))
                    && self.article.as_ref().is_none_or(|n| {
                        contains(&a.doc, n) || contains(&a.id, n) || a.title.as_deref().is_some_and(|t| contains(t, n))
                    })
            })
            .collect()
    }
}

/// The opening lines of a drawing: graph, node and edge defaults.
fn header(out: &mut String, title: &str) {
    use std::fmt::Write;
    let _ = writeln!(out, "digraph quotegraph {{");
    let _ = writeln!(
        out,
        "  graph [rankdir=LR, newrank=true, fontname=\"{FONT}\", label=\"{}\", labelloc=t];",
        escape(title)
    );
    let _ = writeln!(out, "  node [fontname=\"{FONT}\", fontsize=11];");
    let _ = writeln!(out, "  edge [fontname=\"{FONT}\", fontsize=9];");
}

/// The shape and fill of a speaker or entity node, shared by both views and the legend.
fn agent_style(speaker: bool, kind: crate::model::AgentKind) -> (&'static str, &'static str) {
    use crate::model::AgentKind;
    match (speaker, kind) {
        (true, AgentKind::Person) => ("ellipse", "#cfe8ff"),
        (true, _) => ("box3d", "#d9f2d9"),
        (false, AgentKind::Place) => ("hexagon", "#eeeeee"),
        (false, _) => ("diamond", "#eeeeee"),
    }
}

/// How a statement cluster node is drawn in both views.
const CLUSTER_STYLE: &str = "shape=doubleoctagon, style=filled, fillcolor=\"#efe6ff\"";

/// How an edge to a statement cluster is drawn.
const CLUSTER_EDGE: &str = "color=\"#7c4dff\", style=bold";

/// The languages of a set of statements, sorted, space-separated ("ar en fr").
fn languages(g: &QuoteGraph, statements: impl Iterator<Item = usize>) -> String {
    let mut l: Vec<&str> = statements.map(|i| g.statements[i].0.lang.code()).collect();
    l.sort_unstable();
    l.dedup();
    l.join(" ")
}

/// A label of at most `n` characters: cut at a word boundary (mid-word only when one word
/// is longer than half the label), the ellipsis on the text's logical end. For right-to-left
/// text a right-to-left mark follows the ellipsis, so it is drawn at the left, where an
/// Arabic reader's sentence ends, instead of at its start.
pub(crate) fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let head: String = s.chars().take(n).collect();
    let at_word = head.char_indices().rev().find(|(_, c)| c.is_whitespace()).map(|(i, _)| i);
    let cut = match at_word {
        Some(i) if head[..i].chars().count() >= n / 2 => head[..i].trim_end(),
        _ => head.as_str(),
    };
    let rtl = crate::normalize::right_to_left(s);
    format!("{cut}…{}", if rtl { "\u{200F}" } else { "" })
}

#[cfg(test)]
mod tests {
    use super::truncate;

    #[test]
    fn labels_are_cut_at_a_word_with_the_ellipsis_at_the_logical_end() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("the harbour will reopen on Monday", 20), "the harbour will…");
        // One word longer than half the label is cut inside.
        assert_eq!(truncate("supercalifragilistic words", 10), "supercalif…");
        // Arabic: cut between words ("أغسطس" is never left as "أغس"), a right-to-left mark
        // after the ellipsis puts it at the left end.
        let ar = truncate("أعلنت الوزارة في أغسطس أن الميناء سيفتح", 20);
        assert_eq!(ar, "أعلنت الوزارة في…\u{200F}");
    }
}
