//! The scores of the seeds and of both development sets (../shared/corpus, read in place)
//! against the committed `output/eval-summary.csv`: the end-to-end F1 of each set and
//! language is a floor that only goes up.
//!
//! When the scores change, rewrite the summary with `QUOTEGRAPH_BLESS=1 cargo test --test it
//! floors` and commit it: history then shows every step. Blessing refuses to lower a floor
//! unless `QUOTEGRAPH_BLESS=lower` says the drop is meant (and the commit says why).

use super::{root, run, stderr};
use std::collections::BTreeMap;

/// (set, gold file, articles, forced language) under ../shared/corpus.
const SETS: [(&str, &str, &str, Option<&str>); 3] = [
    ("seeds", "seeds.gold.jsonl", "seeds", None),
    ("dev-news", "dev/news/gold.jsonl", "dev/news/docs", None),
    ("dev-polnear", "dev/polnear/gold.jsonl", "dev/polnear/docs", Some("en")),
];

/// Index of `e2e_f1` in a summary row after its `set` column.
const E2E_F1: usize = 11;

#[test]
#[cfg_attr(not(shared_corpus), ignore = "needs ../shared beside the repository")]
fn dev_and_seed_scores_hold_their_floors() {
    let corpus = root().join("../shared/corpus");
    let now = summary(&corpus);
    let path = root().join("output/eval-summary.csv");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    let drops = drops(&committed, &now);
    match std::env::var("QUOTEGRAPH_BLESS").as_deref() {
        Ok("lower") => std::fs::write(&path, &now).unwrap(),
        Ok(_) => {
            assert!(
                drops.is_empty(),
                "blessing would lower floors (QUOTEGRAPH_BLESS=lower if meant):\n{}",
                drops.join("\n")
            );
            std::fs::write(&path, &now).unwrap();
        }
        Err(_) => {
            assert!(drops.is_empty(), "end-to-end F1 fell below its floor:\n{}", drops.join("\n"));
            assert_eq!(
                committed, now,
                "the scores changed (none fell): rewrite output/eval-summary.csv with QUOTEGRAPH_BLESS=1 and commit it"
            );
        }
    }
}

/// The summary of every set, one CSV with the set as first column.
fn summary(corpus: &std::path::Path) -> String {
    let dir = super::tempdir();
    let mut out = String::from("set,group,gold,tp,fp,quote_p,quote_r,quote_f1,speaker_acc,e2e_p,e2e_r,e2e_f1\n");
    for (set, gold, docs, lang) in SETS {
        let csv = dir.path().join(format!("{set}.csv"));
        let (gold, docs) = (corpus.join(gold), corpus.join(docs));
        let mut args = vec!["eval", "-q", "--summary", csv.to_str().unwrap(), "--gold", gold.to_str().unwrap()];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        args.push(docs.to_str().unwrap());
        let o = run(&args);
        assert!(o.status.success(), "eval of {set} failed: {}", stderr(&o));
        for row in std::fs::read_to_string(&csv).unwrap().lines().skip(1) {
            out.push_str(&format!("{set},{row}\n"));
        }
    }
    out
}

/// The (set, language) rows whose end-to-end F1 is lower in `now` than in `committed`.
fn drops(committed: &str, now: &str) -> Vec<String> {
    let floors = |csv: &str| -> BTreeMap<(String, String), f64> {
        csv.lines()
            .skip(1)
            .map(|l| l.split(',').collect::<Vec<_>>())
            .filter(|c| c.len() > E2E_F1 && !c[1].contains('/'))
            .map(|c| ((c[0].to_string(), c[1].to_string()), c[E2E_F1].parse().unwrap_or(0.0)))
            .collect()
    };
    let now = floors(now);
    floors(committed)
        .into_iter()
        .filter_map(|(key, floor)| {
            let got = now.get(&key).copied().unwrap_or(0.0);
            (got < floor).then(|| format!("{} {}: {got:.3} < {floor:.3}", key.0, key.1))
        })
        .collect()
}

#[test]
fn a_drop_in_any_set_or_language_is_caught() {
    let head = "set,group,gold,tp,fp,quote_p,quote_r,quote_f1,speaker_acc,e2e_p,e2e_r,e2e_f1\n";
    let before =
        format!("{head}dev-news,fr,44,38,0,1,0.8,0.9,0.95,0.95,0.82,0.878\ndev-news,fr/direct,1,1,0,1,1,1,1,1,1,0.5\n");
    let rose = before.replace("0.878", "0.901");
    let fell = before.replace("0.878", "0.877");
    let kind_fell = before.replace(",0.5\n", ",0.4\n");
    assert!(drops(&before, &before).is_empty());
    assert!(drops(&before, &rose).is_empty(), "a rise is no drop");
    assert_eq!(drops(&before, &fell), ["dev-news fr: 0.877 < 0.878"]);
    assert!(drops(&before, &kind_fell).is_empty(), "kinds are reported, not floors");
    assert_eq!(drops(&before, head).len(), 1, "a language that vanished fell to zero");
}
