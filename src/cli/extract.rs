//! `quotegraph extract`: statements only, as JSONL (the scorer's format) or a table.

use super::inputs::InputArgs;
use std::io::Write;
use std::process::ExitCode;

/// Print the statements of articles.
#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(flatten)]
    input: InputArgs,
    /// jsonl: one JSON object per statement (doc, article, lang, kind, text, start, end, cue,
    /// speaker, entities, confidence, rule); table: one aligned line per statement.
    #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "table"])]
    format: String,
}

/// Runs `extract`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let kb = args.input.knowledge_base()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let failures = args.input.for_each(&kb, |_, statements| {
        for s in &statements {
            if args.format == "jsonl" {
                serde_json::to_writer(&mut out, s)?;
                writeln!(out)?;
            } else {
                let who = s.speaker.as_ref().map_or("?", |a| a.name.as_str());
                let text: String = s.text.chars().take(90).collect();
                writeln!(out, "{}\t{}\t{:<8}\t{}\t{}", s.doc, s.lang, s.kind.name(), who, text)?;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(if failures > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
