//! Any bytes as an article in any language: extraction never panics and every offset it
//! gives points at its text. The first byte picks the language (or detection).
#![no_main]

use libfuzzer_sys::fuzz_target;
use quotegraph::article::Article;
use quotegraph::kb::Kb;
use quotegraph::lang::Lang;
use std::sync::OnceLock;

fn kb() -> &'static Kb {
    static KB: OnceLock<Kb> = OnceLock::new();
    KB.get_or_init(|| Kb::load(&[]).expect("built-in knowledge base"))
}

fuzz_target!(|data: &[u8]| {
    let Some((&pick, rest)) = data.split_first() else { return };
    let lang = [Some(Lang::Ar), Some(Lang::Fr), Some(Lang::En), None][usize::from(pick % 4)];
    let text = String::from_utf8_lossy(rest).into_owned();
    let article = Article::new("fuzz.txt", "fuzz", text, lang, "https://example.org/");
    let chars: Vec<char> = article.text.chars().collect();
    for s in quotegraph::extract::extract(&article, kb()) {
        assert!(s.offsets_hold(&chars), "offsets do not round-trip: {s:?}");
    }
});
