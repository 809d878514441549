//! `quotegraph eval`: score extraction against annotated statements, with the same rules as
//! `../shared/tools/score.py`.

use super::inputs::InputArgs;
use anyhow::Context;
use quotegraph::cluster::score::{score as cluster_score, Gold, Predicted};
use quotegraph::diagnose::{classes, diagnose, Diagnosis};
use quotegraph::graph::QuoteGraph;
use quotegraph::output::write_atomic;
use quotegraph::score::{score, Report};
use serde_json::Value;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

/// Score extraction: quote P/R/F1, speaker accuracy, end-to-end P/R/F1, per language and kind.
///
/// Gold is JSONL with doc, text, kind, speaker, aliases and optional (see
/// ../shared/corpus/README.md). Exit status 1 when --min-f1 is not met.
#[derive(clap::Args, Debug)]
pub struct Args {
    /// Annotated statements (JSONL).
    #[arg(long, value_name = "GOLD.jsonl")]
    gold: PathBuf,
    #[command(flatten)]
    input: InputArgs,
    /// List misses, false positives and wrong speakers, each in its context in the article
    /// with the extractor's trace (cue, content, each speaker strategy tried, resolution),
    /// then count them by class, largest first.
    #[arg(long)]
    explain: bool,
    /// Write a numbers-only summary (CSV) to this file.
    #[arg(long, value_name = "FILE")]
    summary: Option<PathBuf>,
    /// Also score statement clusters against this hand-made gold (JSON: clusters of
    /// reports, each a doc and code-point offsets; see tests/gold/seed-clusters.json):
    /// pairwise precision and recall, with --explain the pairs missed and wrong.
    #[arg(long, value_name = "CLUSTERS.json")]
    clusters: Option<PathBuf>,
    /// Fail (exit 1) if the end-to-end F1 over all articles is below this.
    #[arg(long, value_name = "F1")]
    min_f1: Option<f64>,
}

/// Reads the annotated statements, each checked for what scoring needs: "doc" and "text"
/// (strings) and "speaker" (a string).
fn read_gold(path: &std::path::Path) -> anyhow::Result<Vec<Value>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read gold file {}", path.display()))?;
    let mut gold = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let at = || format!("{}:{}", path.display(), n + 1);
        let v: Value = serde_json::from_str(line).with_context(|| format!("{}: malformed JSON", at()))?;
        for key in ["doc", "text", "speaker"] {
            if !v.get(key).is_some_and(Value::is_string) {
                anyhow::bail!("{}: not an annotated statement: no \"{key}\" string", at());
            }
        }
        gold.push(v);
    }
    Ok(gold)
}

/// Runs `eval`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(m) = args.min_f1.filter(|m| !(0.0..=1.0).contains(m)) {
        anyhow::bail!("--min-f1 {m} is not an F1: give a number from 0 to 1");
    }
    let gold = read_gold(&args.gold)?;
    let cluster_gold = args.clusters.as_deref().map(read_cluster_gold).transpose()?;
    let kb = args.input.knowledge_base()?;
    let ex = args.input.extract_all(&kb)?;
    let mut lang_of = std::collections::HashMap::new();
    let mut pred = Vec::new();
    for (a, statements) in &ex.articles {
        lang_of.insert(a.doc.clone(), a.lang.to_string());
        for s in statements {
            pred.push(serde_json::to_value(s)?);
        }
    }
    let report = score(&gold, &pred, &|d| lang_of.get(d).cloned().unwrap_or_else(|| "?".into()));
    print!("{}", render(&report));
    if args.explain {
        print!("{}", explanations(&diagnose(&report, &ex.articles, &kb)));
    }
    if let Some(g) = &cluster_gold {
        print!("{}", cluster_report(g, &ex.articles, args.explain));
    }
    if let Some(p) = &args.summary {
        write_atomic(p, summary_csv(&report).as_bytes())?;
    }
    let f1 = report.groups.get("all").map_or(0.0, |c| c.e2e_f1());
    if ex.failures > 0 {
        return Ok(ExitCode::from(2));
    }
    if args.min_f1.is_some_and(|m| f1 < m) {
        eprintln!("quotegraph: end-to-end F1 {f1:.3} is below --min-f1 {}", args.min_f1.unwrap_or(0.0));
        return Ok(ExitCode::from(1));
    }
    Ok(ExitCode::SUCCESS)
}

/// Reads a cluster gold file, naming the file in any error.
fn read_cluster_gold(path: &std::path::Path) -> anyhow::Result<Gold> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read cluster gold {}", path.display()))?;
    serde_json::from_str(&text)
        .with_context(|| format!("{}: not a cluster gold (clusters of reports with doc, start, end)", path.display()))
}

/// Builds the graph (which clusters the statements) and scores its clusters.
fn cluster_report(
    gold: &Gold,
    articles: &[(quotegraph::article::Article, Vec<quotegraph::model::Statement>)],
    explain: bool,
) -> String {
    let g = QuoteGraph::build(articles.to_vec());
    let predicted: Vec<Predicted> = g
        .statements
        .iter()
        .map(|(s, _, _)| Predicted {
            doc: &s.doc,
            start: s.start,
            end: s.end,
            cluster: s.cluster.as_deref().unwrap_or(""),
        })
        .collect();
    let sc = cluster_score(gold, &predicted);
    let mut out = format!(
        "\nclusters: {} gold pairs, {} predicted, {} right: pairwise P {:.3} R {:.3}\n",
        sc.gold_pairs,
        sc.predicted_pairs,
        sc.correct,
        sc.precision(),
        sc.recall()
    );
    if explain {
        for (about, a, b) in &sc.missed {
            let _ = writeln!(out, "  missed pair  {}@{} + {}@{}  ({about})", a.doc, a.start, b.doc, b.start);
        }
        for ((da, sa), (db, sb)) in &sc.wrong {
            let _ = writeln!(out, "  wrong pair   {da}@{sa} + {db}@{sb}");
        }
        for c in g.clusters.iter().filter(|c| !c.links.is_empty()) {
            for l in &c.links {
                let (a, b) = (&g.statements[l.a].0, &g.statements[l.b].0);
                let _ = writeln!(
                    out,
                    "  link {:.2}  {}@{} + {}@{}  {}",
                    l.score, a.doc, a.start, b.doc, b.start, l.evidence
                );
            }
        }
    }
    out
}

fn render(r: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<12} {:>4} {:>4} {:>4}  {:>6} {:>6} {:>6}  {:>7}  {:>6} {:>6} {:>6}",
        "group", "gold", "tp", "fp", "P", "R", "F1", "speaker", "e2e-P", "e2e-R", "e2e-F1"
    );
    for (k, c) in &r.groups {
        let rates: Vec<String> = c.rates().iter().map(|x| format!("{x:.3}")).collect();
        let [p, r, f, spk, ep, er, ef] = &rates[..] else { unreachable!("seven rates") };
        let _ = writeln!(
            out,
            "{k:<12} {:>4} {:>4} {:>4}  {p:>6} {r:>6} {f:>6}  {spk:>7}  {ep:>6} {er:>6} {ef:>6}",
            c.gold, c.tp, c.fp
        );
    }
    out
}

/// Each failure with its context and trace, then the classes with their sizes.
fn explanations(diagnoses: &[Diagnosis]) -> String {
    let mut out = String::new();
    for d in diagnoses {
        let m = d.miss;
        let who = match (&m.gold_speaker, &m.predicted_speaker) {
            (Some(g), Some(p)) => format!("gold [{g}] predicted [{p}]"),
            (Some(g), None) => format!("gold [{g}]"),
            (None, Some(p)) => format!("predicted [{p}]"),
            (None, None) => String::new(),
        };
        let text: String = m.text.chars().take(100).collect();
        let _ = writeln!(out, "\n{:<15} {}  {who}  {text}", m.what, m.doc);
        let _ = writeln!(out, "  class   {}", d.class);
        if let Some(c) = &d.context {
            let _ = writeln!(out, "  context … {c} …");
        }
        for step in &d.steps {
            let _ = writeln!(out, "  {step}");
        }
    }
    let _ = writeln!(out, "\nfailures by class ({} in all):", diagnoses.len());
    for (class, n) in classes(diagnoses) {
        let _ = writeln!(out, "{n:>5}  {class}");
    }
    out
}

fn summary_csv(r: &Report) -> String {
    let mut out = String::from("group,gold,tp,fp,quote_p,quote_r,quote_f1,speaker_acc,e2e_p,e2e_r,e2e_f1\n");
    for (k, c) in &r.groups {
        let rates: Vec<String> = c.rates().iter().map(|x| format!("{x:.3}")).collect();
        let _ = writeln!(out, "{k},{},{},{},{}", c.gold, c.tp, c.fp, rates.join(","));
    }
    out
}
