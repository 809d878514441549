//! Drawings a person can read: `build` picks the per-statement view or the overview by size,
//! every drawing has its legend, and the PNGs of the seed corpus and the fixtures stay
//! within sizes a screen shows (checked on the rendered images, not only the DOT).

use super::{build, root, run, stderr, tempdir};
use std::path::Path;

/// Width and height of a PNG, from its IHDR chunk.
fn png_size(path: &Path) -> (u32, u32) {
    let bytes = std::fs::read(path).unwrap();
    assert_eq!(&bytes[1..4], b"PNG", "{} is no PNG", path.display());
    let be = |i: usize| u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap());
    (be(16), be(20))
}

fn render(data: &Path, args: &[&str], out: &Path) -> (u32, u32) {
    let mut all = vec!["render", "--data", data.to_str().unwrap(), "-o", out.to_str().unwrap()];
    all.extend_from_slice(args);
    let o = run(&all);
    assert!(o.status.success(), "render {args:?}: {}", stderr(&o));
    png_size(out)
}

#[test]
fn build_draws_an_overview_past_a_few_dozen_statements() {
    let (small, large) = (tempdir(), tempdir());
    build(small.path(), &["tests/fixtures/clusters"]);
    build(large.path(), &["tests/fixtures/articles", "tests/fixtures/clusters"]);
    let dot = |d: &Path| std::fs::read_to_string(d.join("graph.dot")).unwrap();
    let (small, large) = (dot(small.path()), dot(large.path()));
    assert!(small.contains("who said what") && small.contains("shape=note"), "one node per statement");
    assert!(small.contains("reported 3×"), "a repeated statement joins its reports");
    assert!(large.contains("quotegraph overview") && !large.contains("shape=note"), "the overview");
    assert!(large.contains("3 reports · ar en fr"), "repeated statements in the overview");
    for d in [&small, &large] {
        assert!(d.contains("cluster_legend"), "a legend on every drawing");
    }
}

#[test]
#[cfg_attr(not(graphviz), ignore = "needs Graphviz dot on PATH")]
fn fixture_drawings_fit_a_screen() {
    let dir = tempdir();
    let data = dir.path().join("build");
    build(&data, &["tests/fixtures/articles", "tests/fixtures/clusters"]);
    let (w, h) = render(&data, &["--overview"], &dir.path().join("overview.png"));
    assert!((600..=2400).contains(&w) && (600..=2400).contains(&h), "overview {w}×{h}");
    let (w, h) = render(&data, &["--speaker", "Kabbani"], &dir.path().join("kabbani.png"));
    assert!((400..=1800).contains(&w) && (400..=1800).contains(&h), "one speaker {w}×{h}");
}

#[test]
#[cfg_attr(not(all(graphviz, shared_corpus)), ignore = "needs Graphviz dot and ../shared beside the repository")]
fn seed_drawings_fit_a_screen() {
    let dir = tempdir();
    let data = dir.path().join("build");
    build(&data, &[root().join("../shared/corpus/seeds").to_str().unwrap()]);
    // The build's own drawing is the overview (77 statements).
    assert!(std::fs::read_to_string(data.join("graph.dot")).unwrap().contains("quotegraph overview"));
    let (w, h) = render(&data, &["--overview"], &dir.path().join("overview.png"));
    assert!(w <= 3200 && h <= 3200, "seed overview {w}×{h}");
    let (w, h) = render(&data, &["--speaker", "Raimondo"], &dir.path().join("raimondo.png"));
    assert!(w <= 2000 && h <= 2000, "one speaker {w}×{h}");
}
