//! Every rule of every language table carries examples; each positive example must yield a
//! statement produced by that rule and given to the speaker the example names, each
//! counter-example must yield none by that rule.

use quotegraph::article::Article;
use quotegraph::extract::extract;
use quotegraph::kb::Kb;
use quotegraph::lang::Lang;
use quotegraph::model::Statement;

fn statements(lang: Lang, text: &str, kb: &Kb) -> Vec<Statement> {
    let a = Article::new("example.txt", "example", format!("Title\n\n{text}\n"), Some(lang), "https://example.org/");
    extract(&a, kb)
}

fn rules_fired(lang: Lang, text: &str, kb: &Kb) -> Vec<String> {
    statements(lang, text, kb).into_iter().map(|s| s.rule).collect()
}

fn by_rule(s: &Statement, id: &str) -> bool {
    s.rule == id || s.rule.starts_with(&format!("{id}/"))
}

fn speaker_name(s: &Statement) -> &str {
    s.speaker.as_ref().map_or("(nobody)", |a| a.name.as_str())
}

#[test]
fn every_rule_example_behaves_as_declared() {
    let kb = Kb::load(&[]).unwrap();
    let mut failures = Vec::new();
    let mut checked = 0;
    for lang in Lang::ALL {
        let r = &lang.rules().raw;
        let cases = r
            .verbs
            .iter()
            .map(|v| (&v.id, &v.examples, &v.counter))
            .chain(r.according_to.iter().map(|m| (&m.id, &m.examples, &m.counter)));
        for (id, examples, counter) in cases {
            assert!(!examples.is_empty(), "{id} has no example");
            assert!(!counter.is_empty(), "{id} has no counter-example");
            for ex in examples {
                checked += 1;
                let found = statements(lang, &ex.text, &kb);
                let mine: Vec<&Statement> = found.iter().filter(|s| by_rule(s, id)).collect();
                if mine.is_empty() {
                    let fired: Vec<&str> = found.iter().map(|s| s.rule.as_str()).collect();
                    failures.push(format!("{id}: example gave {fired:?}: {}", ex.text));
                } else if !mine.iter().any(|s| speaker_name(s) == ex.speaker) {
                    let who: Vec<&str> = mine.iter().map(|s| speaker_name(s)).collect();
                    failures.push(format!("{id}: speaker {who:?}, expected '{}': {}", ex.speaker, ex.text));
                }
            }
            for ex in counter {
                checked += 1;
                let fired = rules_fired(lang, ex, &kb);
                if fired.iter().any(|f| f == id || f.starts_with(&format!("{id}/"))) {
                    failures.push(format!("{id}: counter-example fired: {ex}"));
                }
            }
        }
    }
    assert!(checked > 60, "only {checked} examples");
    assert!(failures.is_empty(), "{} rule examples failed:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn every_anaphor_resolves_to_its_antecedent() {
    let kb = Kb::load(&[]).unwrap();
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        for an in &lang.rules().raw.anaphors {
            assert!(!an.examples.is_empty(), "{} has no example", an.id);
            for ex in &an.examples {
                // The anaphor's statement is the last one; its speaker is the antecedent.
                let found = statements(lang, &ex.text, &kb);
                let resolved = found.last().and_then(|s| s.speaker.as_ref()).is_some_and(|sp| {
                    sp.resolution == quotegraph::model::Resolution::Anaphor && !sp.anonymous && sp.name == ex.speaker
                });
                if !resolved {
                    let who: Vec<&str> = found.iter().map(speaker_name).collect();
                    failures.push(format!("{}: speakers {who:?}, expected '{}': {}", an.id, ex.speaker, ex.text));
                }
            }
        }
    }
    assert!(failures.is_empty(), "anaphors that did not resolve to their antecedent:\n{}", failures.join("\n"));
}

/// Of two verbs listing the same written form, only the first is ever matched: the second's
/// entry is dead, and whoever reads the table thinks it works.
#[test]
fn every_written_cue_form_belongs_to_one_verb() {
    let mut dead = Vec::new();
    for lang in Lang::ALL {
        let mut owner: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
        for v in lang.rules().raw.verbs.iter().filter(|v| !v.incise_only) {
            for form in v.m.iter().chain(&v.f).chain(&v.any) {
                let first = *owner.entry(form).or_insert(&v.id);
                if first != v.id {
                    dead.push(format!("{}: '{form}' is {first}'s, also listed by {}", lang.code(), v.id));
                }
            }
        }
    }
    assert!(dead.is_empty(), "{}", dead.join("\n"));
}

#[test]
fn rule_ids_are_unique_and_prefixed_by_language() {
    let mut seen = std::collections::HashSet::new();
    for lang in Lang::ALL {
        let r = &lang.rules().raw;
        let ids = r
            .verbs
            .iter()
            .map(|v| &v.id)
            .chain(r.according_to.iter().map(|m| &m.id))
            .chain(r.anaphors.iter().map(|a| &a.id));
        for id in ids {
            assert!(id.starts_with(&format!("{}.", lang.code())), "{id} lacks the {lang} prefix");
            assert!(seen.insert(id.clone()), "duplicate rule id {id}");
        }
    }
}

#[test]
fn apostrophes_are_not_quote_marks() {
    let kb = Kb::load(&[]).unwrap();
    let text = "Le ministre a déclaré qu’il n’avait pas l’intention de démissionner avant l’été prochain.";
    let a = Article::new("a.txt", "a", format!("Titre\n\n{text}\n"), Some(Lang::Fr), "https://example.org/");
    let s = extract(&a, &kb);
    assert_eq!(s.len(), 1, "{s:?}");
    // The clause keeps its subject: "qu’il" is "que" + "il".
    assert_eq!(s[0].text, "il n’avait pas l’intention de démissionner avant l’été prochain");
}

#[test]
fn unclosed_quote_is_bounded_by_its_paragraph() {
    let kb = Kb::load(&[]).unwrap();
    let text = "Titre\n\nLe maire Paul Girard a déclaré : « Nous rouvrirons l'école lundi matin sans faute.\n\nLa pluie a continué toute la journée sur la région et les routes sont restées fermées.\n";
    let a = Article::new("a.txt", "a", text.into(), Some(Lang::Fr), "https://example.org/");
    let s = extract(&a, &kb);
    assert_eq!(s.len(), 1, "{s:?}");
    assert_eq!(s[0].text, "Nous rouvrirons l'école lundi matin sans faute.");
    assert!(s[0].confidence < 0.8, "an unclosed quote is less certain: {}", s[0].confidence);
}

/// A quote continued in the next paragraph (no closing mark, the next paragraph reopens it)
/// is one statement per paragraph, both the speaker's; a stray mark followed by a space is
/// no reopening.
#[test]
fn quote_continued_across_paragraphs() {
    let kb = Kb::load(&[]).unwrap();
    let text = "Title\n\nMayor Ellen Park said: \"We will rebuild the bridge by spring.\n\n\"We will also repair the old road before the winter comes.\"\n";
    let a = Article::new("a.txt", "a", text.into(), Some(Lang::En), "https://example.org/");
    let s = extract(&a, &kb);
    let texts: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        ["We will rebuild the bridge by spring.", "We will also repair the old road before the winter comes."]
    );
    assert!(s.iter().all(|s| s.speaker.as_ref().is_some_and(|a| a.name == "Ellen Park")), "{s:?}");
    let stray = "Title\n\nMayor Ellen Park said: \"We will rebuild the bridge by spring.\n\n\" The council met on Monday to vote on the budget for the coming year.\n";
    let a = Article::new("a.txt", "a", stray.into(), Some(Lang::En), "https://example.org/");
    let s = extract(&a, &kb);
    assert!(s.iter().all(|s| !s.text.contains("council met")), "narration after a stray mark: {s:?}");
}

/// A concept key names one thing in every language: a key missing from one table would
/// let reports in that language never meet the others on it.
#[test]
fn concept_keys_are_shared_by_every_table() {
    use quotegraph::lang::Lang;
    let keys = |l: Lang| l.rules().concepts.keys().map(String::from).collect::<std::collections::BTreeSet<_>>();
    let en = keys(Lang::En);
    assert!(en.len() >= 100, "a general news lexicon, not a handful of words");
    for l in [Lang::Ar, Lang::Fr] {
        let other = keys(l);
        let missing: Vec<_> = en.symmetric_difference(&other).collect();
        assert!(missing.is_empty(), "{l}: concepts not in both tables: {missing:?}");
    }
    // A form and its translation meet on one key.
    for (l, word) in [(Lang::En, "security"), (Lang::Fr, "sécurité"), (Lang::Ar, "والأمن")] {
        assert_eq!(l.rules().concepts.concept_of(&quotegraph::text::fold_word(word)), Some("security"), "{l} {word}");
    }
}

/// Every example of a table's `[time]` section opens on the adjunct it names (or on none),
/// and every language has examples of both.
#[test]
fn every_time_example_opens_on_the_adjunct_it_names() {
    let mut failures = Vec::new();
    for lang in Lang::ALL {
        let rules = lang.rules();
        let examples = &rules.raw.time.examples;
        assert!(examples.iter().any(|e| e.adjunct.is_empty()), "{lang:?}: no example without an adjunct");
        assert!(examples.iter().any(|e| !e.adjunct.is_empty()), "{lang:?}: no adjunct example");
        for e in examples {
            let toks = quotegraph::text::tokenize(&e.text);
            let want = quotegraph::text::tokenize(&e.adjunct).len();
            let got = rules.time.len_at(&toks, 0);
            if got != want {
                failures.push(format!("{lang:?} {:?}: {got} words, expected {want}", e.text));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
