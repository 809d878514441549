//! `quotegraph query`.
use std::process::ExitCode;
/// Arguments of `query`.
#[derive(clap::Args, Debug)]
pub struct Args {}
/// Runs `query`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> { anyhow::bail!("not yet") }
