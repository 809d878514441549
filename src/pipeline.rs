//! The read → extract pipeline that every entry point runs: the CLI's `build`, `extract` and
//! `eval`, the tests and the benchmarks all go through [`Pipeline`], so what is measured and
//! tested is what users run.
//!
//! Three stages overlap: a reader thread reads the next batch of inputs (I/O only), the rayon
//! pool makes articles of the current one (JSON, hash, language) and extracts them (and runs
//! the caller's `prepare` step, such as formatting), and
//! the calling thread hands the previous batch to the caller's sink. Channels keep batches in
//! input order, so the output does not depend on the number of threads. A bad input never
//! stops the run: it reaches the sink as [`Item::Failed`] and the stream goes on.

use crate::article::{Article, ReadOptions};
use crate::error::Error;
use crate::extract::{extract_with, Options};
use crate::input::{ArticleStream, Pending};
use crate::kb::Kb;
use crate::model::Statement;
use rayon::prelude::*;
use std::path::PathBuf;

/// Articles read ahead and extracted in parallel at a time: large enough to keep every core
/// busy, small enough that memory stays flat on a stream of millions of articles.
pub const BATCH: usize = 256;

/// What the pipeline hands to the sink, in input order.
// `Done` is what almost every item is: boxing it would allocate once more per article.
#[allow(clippy::large_enum_variant)]
pub enum Item<T> {
    /// An article, its statements, and what `prepare` made of them.
    Done(Article, Vec<Statement>, T),
    /// An input (a file, a JSONL line) that could not be read.
    Failed(Error),
}

/// The inputs of a run: the files the arguments name (directories expanded, in sorted
/// order) and the arguments that name nothing readable.
pub struct Inputs {
    files: Vec<PathBuf>,
    errors: Vec<Error>,
    notes: Vec<String>,
}

impl Inputs {
    /// Expands files, directories and `-` (stdin).
    pub fn expand(args: &[PathBuf]) -> Inputs {
        Inputs::expand_excluding(args, &[])
    }

    /// Expands files, directories and `-`, leaving out of directories the file names that
    /// match `exclude` (see [`crate::walk::expand`]).
    pub fn expand_excluding(args: &[PathBuf], exclude: &[String]) -> Inputs {
        let e = crate::walk::expand(args, exclude);
        let notes = e.notes();
        Inputs { files: e.files, errors: e.errors, notes }
    }

    /// What was left out and why (symlink loops, skipped files by reason), one line each.
    pub fn notes(&self) -> &[String] {
        &self.notes
    }

    /// The bytes to read, for a progress bar (stdin counts as nothing).
    pub fn total_bytes(&self) -> u64 {
        self.files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum()
    }
}

/// One configured run over a list of inputs.
pub struct Pipeline<'a> {
    /// The knowledge base speakers are resolved against.
    pub kb: &'a Kb,
    /// How articles are read (forced language, IRI base).
    pub read: ReadOptions,
    /// What extraction records besides statements (the decision trace).
    pub extract: Options,
}

impl<'a> Pipeline<'a> {
    /// A pipeline with default extraction options.
    pub fn new(kb: &'a Kb, read: ReadOptions) -> Self {
        Pipeline { kb, read, extract: Options::default() }
    }

    /// Reads and extracts every article of `inputs`, calling
    /// `prepare` in the worker pool next to extraction and `sink` on this thread, in input
    /// order. Stops at the first error `sink` returns.
    pub fn run<T: Send, E>(
        &self,
        inputs: Inputs,
        prepare: impl Fn(&Article, &[Statement]) -> T + Sync,
        mut sink: impl FnMut(Item<T>) -> Result<(), E>,
    ) -> Result<(), E> {
        let Inputs { files, errors, .. } = inputs;
        for e in errors {
            sink(Item::Failed(e))?;
        }
        let stream = ArticleStream::new(files);
        let (read_tx, read_rx) = std::sync::mpsc::sync_channel::<Vec<Result<Pending, Error>>>(2);
        let (done_tx, done_rx) = std::sync::mpsc::sync_channel::<Vec<Item<T>>>(2);
        let prepare = &prepare;
        std::thread::scope(|scope| {
            scope.spawn(move || {
                let mut stream = stream;
                loop {
                    let batch: Vec<_> = stream.by_ref().take(BATCH).collect();
                    if batch.is_empty() || read_tx.send(batch).is_err() {
                        break;
                    }
                }
            });
            scope.spawn(move || {
                for batch in read_rx {
                    let done: Vec<Item<T>> = batch.into_par_iter().map(|r| self.process(r, prepare)).collect();
                    if done_tx.send(done).is_err() {
                        break;
                    }
                }
            });
            // By value: an error from `sink` drops the receiver, which stops the other stages.
            for done in done_rx {
                for item in done {
                    sink(item)?;
                }
            }
            Ok(())
        })
    }

    fn process<T>(&self, read: Result<Pending, Error>, prepare: &impl Fn(&Article, &[Statement]) -> T) -> Item<T> {
        let a = match read.and_then(|p| p.into_article(&self.read)) {
            Ok(a) => a,
            Err(e) => return Item::Failed(e),
        };
        // A defect in the extractor on one article must not take the batch down: that
        // article is reported as failed, the others go on.
        let extracted =
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| extract_with(&a, self.kb, &self.extract)));
        match extracted {
            Ok(s) => {
                let t = prepare(&a, &s);
                Item::Done(a, s, t)
            }
            Err(_) => Item::Failed(Error::Input {
                path: a.source.clone(),
                message: "internal error while extracting this article (a bug: please report it with the article)"
                    .into(),
            }),
        }
    }

    /// Every article of `inputs` with its statements, in input order, and the inputs that
    /// failed.
    pub fn collect(&self, inputs: &[PathBuf]) -> (Vec<(Article, Vec<Statement>)>, Vec<Error>) {
        let (mut done, mut failed) = (Vec::new(), Vec::new());
        let _ = self.run(
            Inputs::expand(inputs),
            |_, _| (),
            |item| {
                match item {
                    Item::Done(a, s, ()) => done.push((a, s)),
                    Item::Failed(e) => failed.push(e),
                }
                Ok::<(), std::convert::Infallible>(())
            },
        );
        (done, failed)
    }
}
