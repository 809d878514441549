//! Per-language extractor throughput (criterion), on the project's own fixture articles.
//!
//! Why per language: the three rule tables differ in size and in how much work a token costs
//! (Arabic tries proclitics, French elisions), so a change can speed one language and slow
//! another; whole runs (bench/run.sh) would hide that. Run with `cargo bench --bench extract`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quotegraph::article::Article;
use quotegraph::extract::extract;
use quotegraph::kb::Kb;
use quotegraph::lang::Lang;
use std::hint::black_box;

// The same allocator as the binary, so the figures match whole runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Every fixture article of one language, as (name, text).
fn fixtures(lang: &str) -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles").join(lang);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| (p.display().to_string(), std::fs::read_to_string(&p).expect("fixture is UTF-8")))
        .collect()
}

fn per_language(c: &mut Criterion) {
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let mut group = c.benchmark_group("extract");
    for code in ["ar", "fr", "en"] {
        let lang = Lang::from_code(code);
        let articles: Vec<Article> = fixtures(code)
            .into_iter()
            .map(|(name, text)| Article::new(&name, &name, text, lang, "https://w3id.org/quotegraph/id/"))
            .collect();
        let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(code, |b| {
            b.iter(|| articles.iter().map(|a| extract(black_box(a), &kb).len()).sum::<usize>())
        });
    }
    group.finish();
}

criterion_group!(benches, per_language);
criterion_main!(benches);
