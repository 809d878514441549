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
    /// Show why each statement was given to its speaker: the cue rule, the content pattern,
    /// each speaker strategy tried (and what it found), the resolution path. In JSONL a
    /// "trace" list is added to each statement; in a table the steps follow each line.
    #[arg(long)]
    explain: bool,
}

/// Runs `extract`.
pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let kb = args.input.knowledge_base()?;
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    // Each article's lines are formatted in parallel with extraction; only writing is ordered.
    let format = |_: &quotegraph::article::Article, statements: &[quotegraph::model::Statement]| {
        let mut buf = Vec::new();
        for s in statements {
            if args.format == "jsonl" {
                serde_json::to_writer(&mut buf, s)?;
                writeln!(buf)?;
            } else {
                let who = s.speaker.as_ref().map_or("?", |a| a.name.as_str());
                let text: String = s.text.chars().take(90).collect();
                writeln!(buf, "{}\t{}\t{:<8}\t{}\t{}", s.doc, s.lang, s.kind.name(), who, text)?;
                for step in &s.trace {
                    writeln!(buf, "\t\t{step}")?;
                }
            }
        }
        Ok::<Vec<u8>, anyhow::Error>(buf)
    };
    let failures = args.input.for_each_prepared(
        &kb,
        quotegraph::extract::Options { trace: args.explain },
        format,
        |_, _, lines| {
            out.write_all(&lines?)?;
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(if failures > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}
