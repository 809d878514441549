//! The quote graph as Graphviz DOT.
//!
//! One cluster per article holds its statements; speakers and entities stay outside, so a
//! speaker quoted in three articles is one node with edges into three clusters. Shapes tell
//! node types apart, edge styles quote kinds, the cue labels the edge, and the full
//! statement is the tooltip. A font with Arabic coverage is set on graph, nodes and edges.

use crate::graph::QuoteGraph;
use crate::model::{AgentKind, QuoteKind};
use crate::normalize::name_key;
use std::fmt::Write;

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

/// A label of at most `n` characters: cut at a word boundary (mid-word only when one word
/// is longer than half the label), the ellipsis on the text's logical end. For right-to-left
/// text a right-to-left mark follows the ellipsis, so it is drawn at the left, where an
/// Arabic reader's sentence ends, instead of at its start.
fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let head: String = s.chars().take(n).collect();
    let at_word = head.char_indices().rev().find(|(_, c)| c.is_whitespace()).map(|(i, _)| i);
    let cut = match at_word {
        Some(i) if head[..i].chars().count() >= n / 2 => head[..i].trim_end(),
        _ => head.as_str(),
    };
    let rtl = s.chars().find(|c| c.is_alphabetic()).is_some_and(crate::normalize::is_arabic);
    format!("{cut}…{}", if rtl { "\u{200F}" } else { "" })
}

/// Renders the (filtered) graph as DOT.
pub fn render(g: &QuoteGraph, f: &Filter) -> String {
    let agent_matches = |id: &str, needle: &str| {
        g.agents.get(id).is_some_and(|i| {
            contains(id, needle)
                || contains(&i.agent.name, needle)
                || i.agent.labels.iter().any(|l| contains(l, needle))
        })
    };
    let keep: Vec<usize> = (0..g.statements.len())
        .filter(|&i| {
            let (s, ai, _) = &g.statements[i];
            let a = &g.articles[*ai].0;
            f.speaker.as_ref().is_none_or(|n| s.speaker.as_ref().is_some_and(|sp| agent_matches(&sp.id, n)))
                && f.entity.as_ref().is_none_or(|n| s.entities.iter().any(|m| agent_matches(&m.agent.id, n)))
                && f.article.as_ref().is_none_or(|n| {
                    contains(&a.doc, n) || contains(&a.id, n) || a.title.as_deref().is_some_and(|t| contains(t, n))
                })
        })
        .collect();
    let font = "Noto Sans, DejaVu Sans, Arial";
    let mut out = String::new();
    let _ = writeln!(out, "digraph quotegraph {{");
    let _ = writeln!(
        out,
        "  graph [rankdir=LR, newrank=true, fontname=\"{font}\", label=\"quotegraph: who said what\", labelloc=t];"
    );
    let _ = writeln!(out, "  node [fontname=\"{font}\", fontsize=11];");
    let _ = writeln!(out, "  edge [fontname=\"{font}\", fontsize=9];");
    let mut agents_used: indexmap::IndexSet<String> = indexmap::IndexSet::new();
    // Statements grouped by article in one pass (one filter per article would be quadratic).
    let mut by_article: Vec<Vec<usize>> = vec![Vec::new(); g.articles.len()];
    for &i in &keep {
        by_article[g.statements[i].1].push(i);
    }
    for (ai, (article, _)) in g.articles.iter().enumerate() {
        let mine = std::mem::take(&mut by_article[ai]);
        if mine.is_empty() {
            continue;
        }
        let title = truncate(article.title.as_deref().unwrap_or(&article.doc), 60);
        let _ = writeln!(out, "  subgraph \"cluster_{}\" {{", article.id);
        let _ = writeln!(
            out,
            "    label=\"{} · {} ({})\"; style=\"rounded,filled\"; fillcolor=\"#f7f7f7\";",
            escape(&article.doc),
            escape(&title),
            article.lang
        );
        for i in mine {
            let (s, _, _) = &g.statements[i];
            let style = match s.kind {
                QuoteKind::Direct => "solid",
                QuoteKind::Indirect => "dashed",
                QuoteKind::Mixed => "dotted",
            };
            let _ = writeln!(
                out,
                "    \"s{i}\" [shape=note, style=\"{style},filled\", fillcolor=\"#fffbe6\", label=\"{}\", tooltip=\"{}\"];",
                escape(&truncate(&s.text, 60)),
                escape(&s.text)
            );
            if let Some(sp) = &s.speaker {
                agents_used.insert(sp.id.clone());
            }
            for m in &s.entities {
                agents_used.insert(m.agent.id.clone());
            }
        }
        let _ = writeln!(out, "  }}");
    }
    // Organisations that speakers' roles name are drawn too, linked by a dotted edge.
    let affiliations: Vec<(String, String)> = agents_used
        .iter()
        .filter_map(|id| g.agents.get(id).map(|i| (id, i)))
        .flat_map(|(id, i)| i.affiliations.iter().map(move |o| (id.clone(), o.clone())))
        .collect();
    for (_, org) in &affiliations {
        agents_used.insert(org.clone());
    }
    for id in &agents_used {
        let Some(info) = g.agents.get(id) else { continue };
        let (shape, fill) = match (info.speaker, info.agent.kind) {
            (true, AgentKind::Person) => ("ellipse", "#cfe8ff"),
            (true, _) => ("box3d", "#d9f2d9"),
            (false, AgentKind::Place) => ("hexagon", "#eeeeee"),
            (false, _) => ("diamond", "#eeeeee"),
        };
        let _ = writeln!(
            out,
            "  \"{}\" [shape={shape}, style=filled, fillcolor=\"{fill}\", label=\"{}\", tooltip=\"{}\"];",
            escape(id),
            escape(&info.agent.name),
            escape(&info.agent.labels.join(" · "))
        );
    }
    for &i in &keep {
        let (s, _, _) = &g.statements[i];
        if let Some(sp) = &s.speaker {
            let style = match s.kind {
                QuoteKind::Direct => "solid",
                QuoteKind::Indirect => "dashed",
                QuoteKind::Mixed => "dotted",
            };
            let cue = s.cue.as_deref().unwrap_or("");
            let _ = writeln!(
                out,
                "  \"{}\" -> \"s{i}\" [label=\"{}\", style={style}, penwidth={:.1}];",
                escape(&sp.id),
                escape(cue),
                1.0 + 2.0 * s.confidence
            );
        }
        for m in &s.entities {
            if s.speaker.as_ref().is_some_and(|sp| sp.id == m.agent.id) {
                continue;
            }
            let _ = writeln!(out, "  \"s{i}\" -> \"{}\" [color=gray50, arrowhead=none];", escape(&m.agent.id));
        }
    }
    for (speaker, org) in &affiliations {
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [style=dotted, color=gray40, arrowhead=odot, tooltip=\"affiliated with\"];",
            escape(speaker),
            escape(org)
        );
    }
    legend(&mut out);
    let _ = writeln!(out, "}}");
    out
}

/// A legend of node shapes and edge styles, drawn with the graph so a reader needs no
/// manual: the shapes and styles are the ones [`render`] uses.
fn legend(out: &mut String) {
    let _ = writeln!(out, "  subgraph \"cluster_legend\" {{");
    let _ = writeln!(out, "    label=\"legend\"; style=rounded; color=gray60; fontsize=10;");
    let nodes = [
        ("person", "ellipse", "#cfe8ff", "person who speaks"),
        ("org", "box3d", "#d9f2d9", "organisation that speaks"),
        ("entity", "diamond", "#eeeeee", "entity mentioned"),
        ("place", "hexagon", "#eeeeee", "place mentioned"),
        ("statement", "note", "#fffbe6", "statement (in its article's box)"),
    ];
    for (id, shape, fill, label) in nodes {
        let _ = writeln!(
            out,
            "    \"legend_{id}\" [shape={shape}, style=filled, fillcolor=\"{fill}\", label=\"{label}\", fontsize=9];"
        );
    }
    let edges = [
        ("direct", "style=solid", "direct quote (cue on the edge)"),
        ("indirect", "style=dashed", "indirect (reported) speech"),
        ("mixed", "style=dotted", "mixed: a clause with a quote"),
        ("mentions", "color=gray50, arrowhead=none", "statement mentions entity"),
        ("affiliation", "style=dotted, color=gray40, arrowhead=odot", "speaker's organisation"),
    ];
    for (id, style, label) in edges {
        let _ = writeln!(out, "    \"legend_{id}_from\" [shape=point, width=0.05];");
        let _ = writeln!(out, "    \"legend_{id}_to\" [shape=plaintext, label=\"{label}\", fontsize=9];");
        let _ = writeln!(out, "    \"legend_{id}_from\" -> \"legend_{id}_to\" [{style}];");
    }
    let _ = writeln!(out, "  }}");
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
