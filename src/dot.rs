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

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
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
    let _ = writeln!(out, "}}");
    out
}
