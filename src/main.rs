//! The `quotegraph` binary: parses arguments and dispatches to one module per subcommand.
//! Exit codes: 0 ok, 1 a requested check failed (`eval --min-f1`), 2 an error.

mod cli;

use std::process::ExitCode;

// Extraction allocates many short strings per article; mimalloc serves them from per-thread
// free lists, which the system allocator does not (measured in BENCHMARKS.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let args = <cli::Cli as clap::Parser>::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            if err
                .chain()
                .any(|e| e.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
            {
                return ExitCode::SUCCESS;
            }
            eprintln!("quotegraph: {err:#}");
            ExitCode::from(2)
        }
    }
}
