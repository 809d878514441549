//! Scaling out: extraction split over processes (examples/scale_out.sh) or over a Spark
//! cluster (examples/spark_extract.py) gives the single run's statements.

use super::{root, run, stdout, tempdir};
use std::process::Command;

/// A JSONL feed of the project's fixture articles, each many times under its own id.
fn feed(dir: &std::path::Path) -> std::path::PathBuf {
    let mut lines = Vec::new();
    for lang in ["ar", "en", "fr"] {
        let d = root().join("tests/fixtures/articles").join(lang);
        let mut files: Vec<_> = std::fs::read_dir(d).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for copy in 0..20 {
                let id = format!("{}-{copy}", f.file_stem().unwrap().to_str().unwrap());
                lines.push(serde_json::json!({"id": id, "lang": lang, "text": format!("{text}\n{copy}")}).to_string());
            }
        }
    }
    let path = dir.join("feed.jsonl");
    std::fs::write(&path, lines.join("\n") + "\n").unwrap();
    path
}

#[test]
fn extraction_split_over_processes_is_the_single_run() {
    let dir = tempdir();
    let feed = feed(dir.path());
    let one = stdout(&run(&["extract", "--quiet", feed.to_str().unwrap()]));
    assert!(one.lines().count() > 500, "a feed worth splitting");
    let out = dir.path().join("many.jsonl");
    let status = Command::new("bash")
        .args([
            root().join("examples/scale_out.sh").to_str().unwrap(),
            feed.to_str().unwrap(),
            out.to_str().unwrap(),
            "3",
        ])
        .env("QUOTEGRAPH", env!("CARGO_BIN_EXE_quotegraph"))
        .status()
        .unwrap();
    assert!(status.success());
    assert_eq!(std::fs::read_to_string(&out).unwrap(), one, "byte for byte the single run");
}

#[test]
#[cfg_attr(not(pyspark), ignore = "needs pyspark (pip install pyspark)")]
fn the_spark_example_pipes_partitions_through_extract() {
    let dir = tempdir();
    let feed = feed(dir.path());
    let out = dir.path().join("spark-out");
    let status = Command::new("python3")
        .args([
            root().join("examples/spark_extract.py").to_str().unwrap(),
            feed.to_str().unwrap(),
            out.to_str().unwrap(),
        ])
        .env("QUOTEGRAPH", env!("CARGO_BIN_EXE_quotegraph"))
        .env("PYSPARK_SUBMIT_ARGS", "--master local[2] pyspark-shell")
        .status()
        .unwrap();
    assert!(status.success());
    let mut got: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.file_name().unwrap().to_str().unwrap().starts_with("part-"))
        .flat_map(|p| std::fs::read_to_string(p).unwrap().lines().map(String::from).collect::<Vec<_>>())
        .collect();
    let mut want: Vec<String> =
        stdout(&run(&["extract", "--quiet", feed.to_str().unwrap()])).lines().map(String::from).collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn the_scaling_script_measures_every_thread_count_and_checks_the_output_is_the_same() {
    let dir = tempdir();
    let feed = feed(dir.path());
    let o = Command::new("bash")
        .args([root().join("bench/scaling.sh").to_str().unwrap(), "--bin", env!("CARGO_BIN_EXE_quotegraph")])
        .args(["--runs", "1", "--threads", "1 2", feed.to_str().unwrap()])
        .output()
        .unwrap();
    let table = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{table}{}", String::from_utf8_lossy(&o.stderr));
    // One row per thread count: threads, seconds, MB/s, speedup, efficiency, output hash.
    let rows: Vec<Vec<&str>> = table
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .filter(|w| w.len() >= 6 && (w[0] == "1" || w[0] == "2"))
        .collect();
    assert_eq!(rows.len(), 2, "{table}");
    assert_eq!(rows[0][3], "1.00x", "the one-thread run is the reference:\n{table}");
    assert!(rows.iter().all(|r| r[2].parse::<f64>().unwrap() > 0.0), "a rate for each:\n{table}");
    assert_eq!(rows[0].last(), rows[1].last(), "the same output whatever the threads:\n{table}");
    assert!(!table.contains("DIFFERS"), "{table}");
}
