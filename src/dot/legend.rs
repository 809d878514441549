//! The legend drawn with every graph, so a reader needs no manual: the shapes and styles
//! listed are the ones the views use (both read them from the same constants).

use super::{agent_style, CLUSTER_EDGE, CLUSTER_STYLE};
use crate::model::AgentKind;
use std::fmt::Write;

/// Which drawing the legend explains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Of {
    /// One node per statement.
    Statements,
    /// Speakers, entities and repeated statements with weighted edges.
    Overview,
}

/// Writes the legend subgraph.
pub(super) fn legend(out: &mut String, of: Of) {
    let _ = writeln!(out, "  subgraph \"cluster_legend\" {{");
    let _ = writeln!(out, "    label=\"legend\"; style=rounded; color=gray60; fontsize=10;");
    let style = |speaker, kind| {
        let (shape, fill) = agent_style(speaker, kind);
        format!("shape={shape}, style=filled, fillcolor=\"{fill}\"")
    };
    let mut nodes = vec![
        ("person", style(true, AgentKind::Person), "person who speaks"),
        ("org", style(true, AgentKind::Organization), "organisation that speaks"),
        ("entity", style(false, AgentKind::Thing), "entity mentioned"),
        ("place", style(false, AgentKind::Place), "place mentioned"),
        ("cluster", CLUSTER_STYLE.to_string(), "one statement reported by several articles"),
    ];
    let mut edges = vec![("cluster", CLUSTER_EDGE.to_string(), "a report of the statement")];
    match of {
        Of::Statements => {
            nodes.push((
                "statement",
                "shape=note, style=filled, fillcolor=\"#fffbe6\"".into(),
                "statement (in its article's box)",
            ));
            edges.extend([
                ("direct", "style=solid".to_string(), "direct quote (cue on the edge)"),
                ("indirect", "style=dashed".to_string(), "indirect (reported) speech"),
                ("mixed", "style=dotted".to_string(), "mixed: a clause with a quote"),
                ("mentions", "color=gray50, arrowhead=none".to_string(), "statement mentions entity"),
                ("affiliation", "style=dotted, color=gray40, arrowhead=odot".to_string(), "speaker's organisation"),
            ]);
        }
        Of::Overview => {
            nodes.iter_mut().take(2).for_each(|n| {
                n.2 = if n.0 == "person" { "person (size: statements)" } else { "organisation (size: statements)" }
            });
            edges.push(("about", "color=gray40".to_string(), "speaks about (statements · languages)"));
        }
    }
    for (id, style, label) in nodes {
        let _ = writeln!(out, "    \"legend_{id}\" [{style}, label=\"{label}\", fontsize=9];");
    }
    for (id, style, label) in edges {
        let _ = writeln!(out, "    \"legend_{id}_from\" [shape=point, width=0.05];");
        let _ = writeln!(out, "    \"legend_{id}_to\" [shape=plaintext, label=\"{label}\", fontsize=9];");
        let _ = writeln!(out, "    \"legend_{id}_from\" -> \"legend_{id}_to\" [{style}];");
    }
    let _ = writeln!(out, "  }}");
}
