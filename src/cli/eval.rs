//! `quotegraph eval`.
use std::process::ExitCode;
/// Arguments of `eval`.
#[derive(clap::Args, Debug)]
pub struct Args {}
/// Runs `eval`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> { anyhow::bail!("not yet") }
