//! Input arguments shared by `build`, `extract` and `eval`, and the loop that reads and
//! extracts articles in parallel while reporting each bad input on one line.

use anyhow::Context;
use quotegraph::article::{Article, ReadOptions};
use quotegraph::extract::Options;
use quotegraph::kb::Kb;
use quotegraph::lang::Lang;
use quotegraph::model::Statement;
use quotegraph::pipeline::{Inputs, Item, Pipeline};
use std::path::PathBuf;

/// Articles to read and how.
#[derive(clap::Args, Debug, Clone)]
pub struct InputArgs {
    /// Articles: .txt files (first non-empty line = headline), .jsonl files (one article per
    /// line: "text" required; "id", "url", "title", "date", "lang" optional), directories
    /// (read recursively, in sorted order), or - for stdin (JSONL when it starts with "{",
    /// so a feed can be piped in; otherwise one plain-text article).
    #[arg(required = true, value_name = "ARTICLES")]
    pub articles: Vec<PathBuf>,
    /// Leave files whose name matches this out of directories (repeatable; `*` and `?`
    /// wildcards): `--exclude README.md --exclude '*gold*'` for a corpus with notes and
    /// annotations beside its articles. What is skipped, and why, is said on stderr.
    #[arg(long, value_name = "NAME")]
    pub exclude: Vec<String>,
    /// Language of every article (ar, fr, en) instead of detecting it per article.
    #[arg(long, value_parser = parse_lang)]
    pub lang: Option<Lang>,
    /// An extra knowledge base in Turtle (repeatable), added to the built-in one.
    #[arg(long, value_name = "FILE")]
    pub kb: Vec<PathBuf>,
    /// Base of the IRIs minted for articles, statements and new identities (a `/` is added
    /// when it ends in neither `/` nor `#`).
    #[arg(long, default_value = "https://w3id.org/quotegraph/id/", value_parser = parse_base)]
    pub base: String,
    /// Worker threads (default: all cores). Output is identical whatever the number.
    #[arg(long)]
    pub threads: Option<usize>,
    /// No progress bar (shown only when stderr is a terminal), no summary, and inputs that
    /// repeat an article already read counted in one line instead of listed.
    #[arg(long, short)]
    pub quiet: bool,
}

/// An absolute IRI ending in `/` or `#`, so that minted IRIs extend it.
fn parse_base(s: &str) -> Result<String, String> {
    let base = if s.ends_with('/') || s.ends_with('#') { s.to_string() } else { format!("{s}/") };
    oxigraph::model::NamedNode::new(&base).map_err(|e| format!("not an absolute IRI ({e})"))?;
    Ok(base)
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::from_code(s).ok_or_else(|| format!("unknown language '{s}' (expected ar, fr or en)"))
}

/// One article and its statements.
pub type Extraction = (Article, Vec<Statement>);

/// Articles with their statements, in input order, and how many inputs failed.
pub struct Extracted {
    /// Each article with its statements.
    pub articles: Vec<Extraction>,
    /// Number of inputs (files or JSONL lines) that could not be read.
    pub failures: usize,
}

impl InputArgs {
    /// Loads the knowledge base (built-in plus `--kb` files).
    pub fn knowledge_base(&self) -> anyhow::Result<Kb> {
        let mut extra = Vec::new();
        for p in &self.kb {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("cannot read knowledge base {}", p.display()))?;
            extra.push((p.display().to_string(), text));
        }
        Ok(Kb::load(&extra)?)
    }

    /// Reads and extracts every article, reporting bad inputs on stderr as it goes.
    pub fn extract_all(&self, kb: &Kb) -> anyhow::Result<Extracted> {
        self.extract_all_with(kb, Options::default())
    }

    /// [`InputArgs::extract_all`] with extraction options (the decision trace).
    pub fn extract_all_with(&self, kb: &Kb, options: Options) -> anyhow::Result<Extracted> {
        self.collect(kb, options, |a| a)
    }

    /// Every article and its statements for a graph, without the articles' texts: a graph
    /// is made of statements (which carry their own text, and offsets into the original
    /// files), so a build of a large archive does not hold the whole archive in memory.
    pub fn extract_for_graph(&self, kb: &Kb) -> anyhow::Result<Extracted> {
        self.collect(kb, Options::default(), |a| Article { text: String::new(), ..a })
    }

    fn collect(&self, kb: &Kb, options: Options, keep: impl Fn(Article) -> Article) -> anyhow::Result<Extracted> {
        let mut articles = Vec::new();
        let failures = self.for_each_prepared(
            kb,
            options,
            |_, _| (),
            |a, s, ()| {
                articles.push((keep(a), s));
                Ok(())
            },
        )?;
        Ok(Extracted { articles, failures })
    }

    /// Streams the articles through the library's [`Pipeline`] in input order, with a
    /// `prepare` step run in the worker pool next to extraction (formatting the output, say)
    /// so that only writing is left to the ordered `sink`. Bad inputs are reported on stderr,
    /// one line each; returns how many there were.
    pub fn for_each_prepared<T: Send>(
        &self,
        kb: &Kb,
        options: Options,
        prepare: impl Fn(&Article, &[Statement]) -> T + Sync,
        mut sink: impl FnMut(Article, Vec<Statement>, T) -> anyhow::Result<()>,
    ) -> anyhow::Result<usize> {
        if let Some(n) = self.threads {
            // A second call (tests running in one process) keeps the first pool: harmless.
            let _ = rayon::ThreadPoolBuilder::new().num_threads(n.max(1)).build_global();
        }
        let read = ReadOptions { lang: self.lang, base: self.base.clone() };
        let pipeline = Pipeline { kb, read, extract: options };
        let inputs = Inputs::expand_excluding(&self.articles, &self.exclude);
        for note in inputs.notes() {
            eprintln!("quotegraph: {note}");
        }
        let progress = Progress::new(inputs.total_bytes(), self.quiet);
        let mut failures = 0;
        pipeline.run(inputs, prepare, |item| {
            match item {
                Item::Done(a, s, t) => {
                    progress.article(a.text.len() as u64, s.len() as u64);
                    for w in &a.warnings {
                        eprintln!("quotegraph: {}: {w}", a.source);
                    }
                    sink(a, s, t)?
                }
                Item::Failed(e) => {
                    failures += 1;
                    eprintln!("quotegraph: {e}");
                }
            }
            Ok::<(), anyhow::Error>(())
        })?;
        progress.finish();
        Ok(failures)
    }
}

/// A progress bar on stderr (articles, MB, statements, rate, ETA), only on a terminal.
struct Progress {
    bar: Option<indicatif::ProgressBar>,
    statements: std::cell::Cell<u64>,
    articles: std::cell::Cell<u64>,
}

impl Progress {
    fn new(total_bytes: u64, quiet: bool) -> Progress {
        use std::io::IsTerminal;
        let bar = (!quiet && std::io::stderr().is_terminal()).then(|| {
            let bar = indicatif::ProgressBar::new(total_bytes);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "{spinner} {bytes}/{total_bytes} ({bytes_per_sec}, eta {eta}) {msg}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        Progress { bar, statements: 0.into(), articles: 0.into() }
    }

    fn article(&self, bytes: u64, statements: u64) {
        let Some(bar) = &self.bar else { return };
        self.articles.set(self.articles.get() + 1);
        self.statements.set(self.statements.get() + statements);
        bar.inc(bytes);
        if self.articles.get() % 64 == 1 {
            bar.set_message(format!("{} articles, {} statements", self.articles.get(), self.statements.get()));
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
