//! The start masks marked on tokens (whole and with a proclitic stripped) only skip work:
//! every phrase set of every language, and the knowledge base, finds at every token of the
//! project's own articles exactly what it finds when tokens are left unmarked.

use quotegraph::kb::Kb;
use quotegraph::lang::{Lang, LangRules};
use quotegraph::text::{tokenize, PhraseMatch, PhraseSet, StartIndex, Tok};

/// The project's fixture articles in one language.
fn fixture_texts(lang: Lang) -> Vec<String> {
    let dir = format!("{}/tests/fixtures/articles/{}", env!("CARGO_MANIFEST_DIR"), lang.code());
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect(&dir).map(|e| e.expect("entry").path()).collect();
    paths.sort();
    assert!(!paths.is_empty(), "no fixtures in {dir}");
    let mut texts: Vec<String> = paths.iter().map(|p| std::fs::read_to_string(p).expect("fixture")).collect();
    // Words only a one-letter preposition stripped lets a set match ("بمجلس").
    if lang == Lang::Ar {
        texts.push("وقال عضو لجنة الزراعة والري بمجلس الشيوخ سامي الفقي إن الموسم جيد.".to_string());
    }
    texts
}

type Found = Option<(usize, Option<usize>, usize)>;

/// What a set finds at token `i` of a token list, once per prefix list callers pass.
type Finder<'a> = Box<dyn Fn(&[Tok], usize) -> Vec<Found> + 'a>;

fn found<T>(m: Option<PhraseMatch<'_, T>>) -> Found {
    m.map(|m| (m.len, m.glued, m.clitic))
}

/// Each set, as "what it finds at token i" with each prefix list callers pass (none, the
/// clitics, the glued and the one-letter prepositions, all of them at once).
fn sets<'a>(rules: &'a LangRules, kb: &'a Kb) -> Vec<(&'static str, Finder<'a>)> {
    fn all<'a, T>(set: &'a PhraseSet<T>, rules: &'a LangRules) -> Finder<'a> {
        Box::new(move |toks, i| {
            let lists: [&[String]; 5] = [
                &[],
                &rules.clitics,
                &rules.morph.glued_prepositions,
                &rules.morph.lone_prepositions,
                &rules.proclitics,
            ];
            lists.iter().map(|list| found(set.match_at(toks, i, list))).collect()
        })
    }
    vec![
        ("cues", all(&rules.cues, rules)),
        ("quote_incises", all(&rules.quote_incises, rules)),
        ("complementizers", all(&rules.complementizers, rules)),
        ("pronouns", all(&rules.pronouns, rules)),
        ("according_to", all(&rules.according_to, rules)),
        ("anaphors", all(&rules.anaphors, rules)),
        ("titles", all(&rules.titles, rules)),
        ("doc_nouns", all(&rules.doc_nouns, rules)),
        ("place_heads", all(&rules.place_heads, rules)),
        ("resumptives", all(&rules.resumptives, rules)),
        ("infinitive_openers", all(&rules.infinitive_openers, rules)),
        ("speaker_stops", all(&rules.speaker_stops, rules)),
        ("anonymous", all(&rules.anonymous, rules)),
        ("non_speakers", all(&rules.non_speakers, rules)),
        ("determiners", all(&rules.determiners, rules)),
        ("org_heads", all(&rules.org_heads, rules)),
        ("issuer_links", all(&rules.issuer_links, rules)),
        ("title_links", all(&rules.title_links, rules)),
        ("conjunctions", all(&rules.conjunctions, rules)),
        (
            "kb",
            Box::new(|toks, i| {
                vec![found(kb.find(toks, i, &rules.clitics)), found(kb.find(toks, i, &rules.proclitics))]
            }),
        ),
    ]
}

#[test]
fn marked_tokens_find_what_unmarked_tokens_find() {
    let kb = Kb::load(&[]).expect("default knowledge base");
    for lang in [Lang::Ar, Lang::Fr, Lang::En] {
        let rules = lang.rules();
        let (mut tokens, mut rejected, mut stripped_rejected, mut hits) = (0usize, 0usize, 0usize, 0usize);
        for text in fixture_texts(lang) {
            let plain = tokenize(&text);
            let mut marked = plain.clone();
            StartIndex::mark(&[&rules.starts, &kb.starts], &rules.proclitics, &mut marked);
            for (name, find) in sets(rules, &kb) {
                for i in 0..plain.len() {
                    let want = find(&plain, i);
                    assert_eq!(find(&marked, i), want, "{lang}: {name} at token {:?}", plain[i].fold);
                    hits += usize::from(want.iter().any(Option::is_some));
                }
            }
            tokens += marked.iter().filter(|t| t.word).count();
            rejected += marked.iter().filter(|t| t.word && t.starts == 0).count();
            stripped_rejected += marked.iter().filter(|t| t.word && t.stripped_starts == 0).count();
        }
        assert!(hits > 0, "{lang}: the fixtures match no phrase at all");
        // The masks must also do their job: most words start no phrase of any set.
        assert!(rejected * 3 > tokens, "{lang}: only {rejected} of {tokens} words rejected by their mask");
        assert!(
            stripped_rejected * 2 > tokens,
            "{lang}: only {stripped_rejected} of {tokens} words skip the stripped lookups"
        );
    }
}
