//! The project's own articles (tests/fixtures/articles/<lang>/NAME.txt, written for the
//! project) against their exact expected statements (tests/fixtures/expected/<lang>/NAME.jsonl:
//! kind, text, offsets, speaker name). To accept a deliberate change, review the new output and run
//! with QUOTEGRAPH_BLESS=1 to rewrite the expected files.

use quotegraph::article::ReadOptions;
use quotegraph::kb::Kb;
use quotegraph::lang::Lang;
use quotegraph::pipeline::Pipeline;
use serde_json::{json, Value};

/// The statements of one fixture, read and extracted by the pipeline users run.
fn actual(lang: Lang, path: &std::path::Path, kb: &Kb) -> (String, Vec<Value>) {
    let read = ReadOptions { lang: None, base: "https://example.org/".into() };
    let (mut done, failed) = Pipeline::new(kb, read).collect(&[path.to_path_buf()]);
    assert!(failed.is_empty() && done.len() == 1, "{}: {failed:?}", path.display());
    let (a, statements) = done.remove(0);
    assert_eq!(a.lang, lang, "{} detected as {}", path.display(), a.lang);
    let text = a.text.clone();
    let chars: Vec<char> = text.chars().collect();
    let rows = statements
        .into_iter()
        .map(|s| {
            let slice: String = chars[s.start..s.end].iter().collect();
            assert_eq!(slice, s.text, "offsets must round-trip in {}", path.display());
            json!({"kind": s.kind.name(), "text": s.text, "start": s.start, "end": s.end, "speaker": s.speaker.map(|a| a.name)})
        })
        .collect();
    (text, rows)
}

#[test]
fn fixtures_give_their_expected_statements() {
    let kb = Kb::load(&[]).unwrap();
    let bless = std::env::var_os("QUOTEGRAPH_BLESS").is_some();
    let mut count = 0;
    for lang in Lang::ALL {
        let dir = super::fixture(&format!("articles/{}", lang.code()));
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        assert!(!files.is_empty(), "no fixture in {}", dir.display());
        for f in files {
            let (_, rows) = actual(lang, &f, &kb);
            let expected_path =
                super::fixture(&format!("expected/{}/{}.jsonl", lang.code(), f.file_stem().unwrap().to_string_lossy()));
            let got: String = rows.iter().map(|r| format!("{r}\n")).collect();
            if bless {
                std::fs::write(&expected_path, &got).unwrap();
            }
            let want = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|_| panic!("missing {}", expected_path.display()));
            let want: Vec<Value> = want.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
            assert_eq!(rows, want, "{} differs from {}", f.display(), expected_path.display());
            count += 1;
        }
    }
    assert!(count >= 3);
}
