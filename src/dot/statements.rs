//! The per-statement view: every statement a node in its article's box, with its speaker,
//! the entities it mentions, and a cluster node joining the reports of a repeated statement.

use super::legend::{legend, Of};
use super::{agent_style, escape, header, languages, truncate, Filter, CLUSTER_EDGE, CLUSTER_STYLE};
use crate::graph::QuoteGraph;
use crate::model::QuoteKind;
use std::fmt::Write;

fn kind_style(kind: QuoteKind) -> &'static str {
    match kind {
        QuoteKind::Direct => "solid",
        QuoteKind::Indirect => "dashed",
        QuoteKind::Mixed => "dotted",
    }
}

/// Renders the (filtered) graph as DOT, one node per statement.
pub fn render(g: &QuoteGraph, f: &Filter) -> String {
    let keep = f.keep(g);
    let mut out = String::new();
    header(&mut out, "quotegraph: who said what");
    let mut agents_used = article_boxes(g, &keep, &mut out);
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
        let (shape, fill) = agent_style(info.speaker, info.agent.kind);
        let _ = writeln!(
            out,
            "  \"{}\" [shape={shape}, style=filled, fillcolor=\"{fill}\", label=\"{}\", tooltip=\"{}\"];",
            escape(id),
            escape(&info.agent.name),
            escape(&info.agent.labels.join(" · "))
        );
    }
    statement_edges(g, &keep, &mut out);
    for (speaker, org) in &affiliations {
        let _ = writeln!(
            out,
            "  \"{}\" -> \"{}\" [style=dotted, color=gray40, arrowhead=odot, tooltip=\"affiliated with\"];",
            escape(speaker),
            escape(org)
        );
    }
    cluster_nodes(g, &keep, &mut out);
    legend(&mut out, Of::Statements);
    let _ = writeln!(out, "}}");
    out
}

/// One box per article with its kept statements; returns the speakers and entities used.
fn article_boxes(g: &QuoteGraph, keep: &[usize], out: &mut String) -> indexmap::IndexSet<String> {
    let mut agents_used = indexmap::IndexSet::new();
    // Statements grouped by article in one pass (one filter per article would be quadratic).
    let mut by_article: Vec<Vec<usize>> = vec![Vec::new(); g.articles.len()];
    for &i in keep {
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
            let _ = writeln!(
                out,
                "    \"s{i}\" [shape=note, style=\"{},filled\", fillcolor=\"#fffbe6\", label=\"{}\", tooltip=\"{}\"];",
                kind_style(s.kind),
                escape(&truncate(&s.text, 60)),
                escape(&s.text)
            );
            agents_used.extend(s.speaker.iter().map(|sp| sp.id.clone()));
            agents_used.extend(s.entities.iter().map(|m| m.agent.id.clone()));
        }
        let _ = writeln!(out, "  }}");
    }
    agents_used
}

/// Speaker → statement edges (styled by kind, the cue as label) and statement → entity.
fn statement_edges(g: &QuoteGraph, keep: &[usize], out: &mut String) {
    for &i in keep {
        let (s, _, _) = &g.statements[i];
        if let Some(sp) = &s.speaker {
            let _ = writeln!(
                out,
                "  \"{}\" -> \"s{i}\" [label=\"{}\", style={}, penwidth={:.1}];",
                escape(&sp.id),
                escape(s.cue.as_deref().unwrap_or("")),
                kind_style(s.kind),
                1.0 + 2.0 * s.confidence
            );
        }
        for m in &s.entities {
            if s.speaker.as_ref().is_none_or(|sp| sp.id != m.agent.id) {
                let _ = writeln!(out, "  \"s{i}\" -> \"{}\" [color=gray50, arrowhead=none];", escape(&m.agent.id));
            }
        }
    }
}

/// A node for each statement with more than one kept report, joined to its reports.
fn cluster_nodes(g: &QuoteGraph, keep: &[usize], out: &mut String) {
    let kept: std::collections::HashSet<usize> = keep.iter().copied().collect();
    for (ci, c) in g.clusters.iter().enumerate() {
        let reports: Vec<usize> = c.reports.iter().copied().filter(|i| kept.contains(i)).collect();
        if reports.len() < 2 {
            continue;
        }
        let _ = writeln!(
            out,
            "  \"c{ci}\" [{CLUSTER_STYLE}, label=\"reported {}×\\n{}\", tooltip=\"{}\"];",
            reports.len(),
            languages(g, reports.iter().copied()),
            escape(&g.statements[reports[0]].0.text)
        );
        for i in reports {
            let _ = writeln!(out, "  \"c{ci}\" -> \"s{i}\" [{CLUSTER_EDGE}, arrowhead=none];");
        }
    }
}
