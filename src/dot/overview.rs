//! The overview: who speaks about what, for builds too large for one node per statement.
//!
//! Speakers and entities are nodes sized by statement count; one edge per speaker → entity
//! carries how many statements and in which languages; a statement reported by several
//! articles is a node of its own with an edge from its speaker; the articles are listed in
//! a box beside. The busiest speakers and entities are drawn, and the title says how many
//! were left out.

use super::legend::{legend, Of};
use super::{agent_style, escape, header, languages, truncate, Filter, CLUSTER_EDGE, CLUSTER_STYLE};
use crate::graph::QuoteGraph;
use indexmap::IndexMap;
use std::collections::BTreeSet;
use std::fmt::Write;

/// Speakers drawn at most (the most quoted).
pub const MAX_SPEAKERS: usize = 25;
/// Entities drawn at most (the most talked about by the speakers drawn).
pub const MAX_ENTITIES: usize = 30;
/// Articles listed at most in the side box.
const MAX_ARTICLES: usize = 25;

/// Statements and languages behind one node or edge.
#[derive(Default)]
struct Tally {
    statements: Vec<usize>,
}

impl Tally {
    fn size(&self) -> usize {
        self.statements.len()
    }
}

/// The busiest `n` keys, most statements first, ties in first-seen order.
fn busiest<K: Clone>(tallies: &IndexMap<K, Tally>, n: usize) -> Vec<K> {
    let mut order: Vec<(usize, usize)> = tallies.values().enumerate().map(|(i, t)| (i, t.size())).collect();
    order.sort_by_key(|&(i, size)| (std::cmp::Reverse(size), i));
    order.into_iter().take(n).filter_map(|(i, _)| tallies.get_index(i).map(|(k, _)| k.clone())).collect()
}

/// Renders the overview of the (filtered) graph as DOT.
pub fn overview(g: &QuoteGraph, f: &Filter) -> String {
    let keep = f.keep(g);
    let mut speakers: IndexMap<String, Tally> = IndexMap::new();
    for &i in &keep {
        if let Some(sp) = &g.statements[i].0.speaker {
            speakers.entry(sp.id.clone()).or_default().statements.push(i);
        }
    }
    let drawn: Vec<String> = busiest(&speakers, MAX_SPEAKERS);
    let mut about: IndexMap<(String, String), Tally> = IndexMap::new();
    let mut entities: IndexMap<String, Tally> = IndexMap::new();
    for sp in &drawn {
        for &i in &speakers[sp].statements {
            let s = &g.statements[i].0;
            let mentioned: BTreeSet<&str> =
                s.entities.iter().map(|m| m.agent.id.as_str()).filter(|e| e != sp).collect();
            for e in mentioned {
                about.entry((sp.clone(), e.to_string())).or_default().statements.push(i);
                entities.entry(e.to_string()).or_default().statements.push(i);
            }
        }
    }
    let shown_entities: BTreeSet<String> = busiest(&entities, MAX_ENTITIES).into_iter().collect();
    let mut out = String::new();
    let title = format!(
        "quotegraph overview: {} statements, {} of {} speakers, {} of {} entities",
        keep.len(),
        drawn.len(),
        speakers.len(),
        shown_entities.len(),
        entities.len()
    );
    header(&mut out, &title);
    // The overview is for a screen: Graphviz's layout of the same busiest speakers is 3,000
    // to 3,400 pixels tall depending on their order, so a larger drawing is scaled down to
    // 33 inches (3,168 pixels at 96 dpi).
    let _ = writeln!(out, "  graph [size=\"33,33\"];");
    for id in drawn.iter().chain(entities.keys().filter(|e| shown_entities.contains(*e) && !speakers.contains_key(*e)))
    {
        let n = speakers.get(id).or_else(|| entities.get(id)).map_or(1, Tally::size);
        agent_node(g, id, speakers.get(id), n, &mut out);
    }
    for ((sp, e), t) in &about {
        if shown_entities.contains(e) {
            let _ = writeln!(
                out,
                "  \"{}\" -> \"{}\" [label=\"{} · {}\", color=gray40, penwidth={:.1}];",
                escape(sp),
                escape(e),
                t.size(),
                languages(g, t.statements.iter().copied()),
                1.0 + (t.size() as f32).log2()
            );
        }
    }
    let with_clusters = repeated_statements(g, &keep, &drawn, &mut out);
    // Speakers with no edge would stack in one tall column: rows of five instead.
    let alone: Vec<&String> = drawn
        .iter()
        .filter(|sp| {
            !with_clusters.contains(*sp) && !about.iter().any(|((s, e), _)| s == *sp && shown_entities.contains(e))
        })
        .collect();
    for row in alone.chunks(5) {
        let chain: Vec<String> = row.iter().map(|id| format!("\"{}\"", escape(id))).collect();
        if chain.len() > 1 {
            let _ = writeln!(out, "  {} [style=invis];", chain.join(" -> "));
        }
    }
    article_list(g, &keep, &mut out);
    legend(&mut out, Of::Overview);
    let _ = writeln!(out, "}}");
    out
}

/// A speaker or entity node, its size growing with its statements.
fn agent_node(g: &QuoteGraph, id: &str, said: Option<&Tally>, n: usize, out: &mut String) {
    let Some(info) = g.agents.get(id) else { return };
    let (shape, fill) = agent_style(said.is_some(), info.agent.kind);
    let label = match said {
        Some(t) => {
            format!("{}\\n{} · {}", escape(&info.agent.name), t.size(), languages(g, t.statements.iter().copied()))
        }
        None => escape(&info.agent.name),
    };
    let _ = writeln!(
        out,
        "  \"{}\" [shape={shape}, style=filled, fillcolor=\"{fill}\", label=\"{label}\", fontsize={:.0}, tooltip=\"{}\"];",
        escape(id),
        10.0 + 3.0 * (n as f32).ln(),
        escape(&info.agent.labels.join(" · "))
    );
}

/// A node per statement reported more than once (by a drawn speaker), from its speaker;
/// returns the speakers that have one.
fn repeated_statements(g: &QuoteGraph, keep: &[usize], drawn: &[String], out: &mut String) -> BTreeSet<String> {
    let kept: BTreeSet<usize> = keep.iter().copied().collect();
    let mut speakers = BTreeSet::new();
    for (ci, c) in g.clusters.iter().enumerate() {
        let reports: Vec<usize> = c.reports.iter().copied().filter(|i| kept.contains(i)).collect();
        let Some(speaker) = reports.first().and_then(|&i| g.statements[i].0.speaker.as_ref()) else { continue };
        if reports.len() < 2 || !drawn.contains(&speaker.id) {
            continue;
        }
        let first = &g.statements[reports[0]].0;
        let _ = writeln!(
            out,
            "  \"c{ci}\" [{CLUSTER_STYLE}, label=\"{}\\n{} reports · {}\", tooltip=\"{}\"];",
            escape(&truncate(&first.text, 40)),
            reports.len(),
            languages(g, reports.iter().copied()),
            escape(&first.text)
        );
        let _ =
            writeln!(out, "  \"{}\" -> \"c{ci}\" [{CLUSTER_EDGE}, label=\"{}×\"];", escape(&speaker.id), reports.len());
        speakers.insert(speaker.id.clone());
    }
    speakers
}

/// The articles of the drawing, listed in a box beside it.
fn article_list(g: &QuoteGraph, keep: &[usize], out: &mut String) {
    let mut per_article: IndexMap<usize, usize> = IndexMap::new();
    for &i in keep {
        *per_article.entry(g.statements[i].1).or_default() += 1;
    }
    let mut lines: Vec<String> = per_article
        .iter()
        .take(MAX_ARTICLES)
        .map(|(&ai, n)| {
            let a = &g.articles[ai].0;
            format!("{} · {} · {n} statements", escape(&truncate(&a.doc, 40)), a.lang)
        })
        .collect();
    if per_article.len() > MAX_ARTICLES {
        lines.push(format!("… and {} more", per_article.len() - MAX_ARTICLES));
    }
    let _ = writeln!(out, "  subgraph \"cluster_articles\" {{");
    let _ = writeln!(out, "    label=\"articles\"; style=rounded; color=gray60; fontsize=10;");
    let _ = writeln!(out, "    \"articles_list\" [shape=plaintext, fontsize=9, label=\"{}\\l\"];", lines.join("\\l"));
    let _ = writeln!(out, "  }}");
}
