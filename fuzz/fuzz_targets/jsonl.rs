//! Any bytes as a JSONL feed: the reader never panics, and each line is an article or one
//! error naming the line; every article read extracts with offsets that round-trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotegraph::article::ReadOptions;
use quotegraph::input::ArticleStream;
use quotegraph::kb::Kb;
use std::sync::OnceLock;

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::load(&[]).expect("built-in knowledge base"))
}

fuzz_target!(|data: &[u8]| {
    let opts = ReadOptions { lang: None, base: "https://example.org/".into() };
    let stream = ArticleStream::jsonl("feed.jsonl", std::io::Cursor::new(data.to_vec()));
    // Read on one thread, made into articles as the pipeline's workers do.
    for read in stream.take(1000).map(|r| r.and_then(|p| p.into_article(&opts))) {
        match read {
            Ok(article) => {
                let chars: Vec<char> = article.text.chars().collect();
                for s in quotegraph::extract::extract(&article, kb()) {
                    assert!(s.offsets_hold(&chars), "offsets do not round-trip: {s:?}");
                }
            }
            Err(e) => assert!(e.to_string().starts_with("feed.jsonl"), "an error that names no line: {e}"),
        }
    }
});
