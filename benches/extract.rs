//! Per-language extractor throughput (criterion), on the project's own fixture articles.
//!
//! Why per language: the three rule tables differ in size and in how much work a token costs
//! (Arabic tries proclitics, French elisions), so a change can speed one language and slow
//! another; whole runs (bench/run.sh) would hide that. Run with `cargo bench --bench extract`.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use quotegraph::article::ReadOptions;
use quotegraph::kb::Kb;
use quotegraph::lang::Lang;
use quotegraph::pipeline::Pipeline;
use std::hint::black_box;

// The same allocator as the binary, so the figures match whole runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The fixture articles of one language: a directory, read as users' inputs are.
fn fixtures(lang: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/articles").join(lang)
}

fn per_language(c: &mut Criterion) {
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let mut group = c.benchmark_group("extract");
    for code in ["ar", "fr", "en"] {
        let read = ReadOptions { lang: Lang::from_code(code), base: "https://w3id.org/quotegraph/id/".into() };
        // The pipeline users run: read, detect, extract, in input order.
        let pipeline = Pipeline::new(&kb, read);
        let inputs = [fixtures(code)];
        let (articles, failed) = pipeline.collect(&inputs);
        assert!(failed.is_empty(), "fixtures of {code} failed to read: {failed:?}");
        let bytes: usize = articles.iter().map(|(a, _)| a.text.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(code, |b| b.iter(|| pipeline.collect(black_box(&inputs)).0.len()));
    }
    group.finish();
}

criterion_group!(benches, per_language);
criterion_main!(benches);
