//! `quotegraph render`.
use std::process::ExitCode;
/// Arguments of `render`.
#[derive(clap::Args, Debug)]
pub struct Args {}
/// Runs `render`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> { anyhow::bail!("not yet") }
