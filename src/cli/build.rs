//! `quotegraph build`.
use std::process::ExitCode;
/// Arguments of `build`.
#[derive(clap::Args, Debug)]
pub struct Args {}
/// Runs `build`.
pub fn run(_args: Args) -> anyhow::Result<ExitCode> { anyhow::bail!("not yet") }
