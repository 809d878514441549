//! The RDF side: every term the exporter writes is declared (or standard), the knowledge base
//! is valid Turtle with labels in three languages, and the named queries answer on a build.

use super::{run, stdout, tempdir};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{NamedOrBlankNode, Term};
use quotegraph::vocab::{self, qg};
use std::collections::{HashMap, HashSet};

const STANDARD: &[&str] = &[
    vocab::schema::NS,
    vocab::prov::NS,
    vocab::nif::NS,
    vocab::gaf::NS,
    vocab::itsrdf::NS,
    vocab::skos::NS,
    vocab::owl::NS,
    vocab::rdf::NS,
];

fn ontology() -> HashMap<String, HashSet<(String, String)>> {
    let text = std::fs::read_to_string(super::root().join("ontology/quotegraph.ttl")).unwrap();
    let mut out: HashMap<String, HashSet<(String, String)>> = HashMap::new();
    for t in RdfParser::from_format(RdfFormat::Turtle).for_slice(text.as_bytes()) {
        let t = t.expect("ontology/quotegraph.ttl is valid Turtle");
        if let (NamedOrBlankNode::NamedNode(s), Term::Literal(l)) = (&t.subject, &t.object) {
            out.entry(s.as_str().to_string()).or_default().insert((
                t.predicate.as_str().rsplit(['#', '/']).next().unwrap().to_string(),
                l.language().unwrap_or("").to_string(),
            ));
        }
    }
    out
}

#[test]
fn every_qg_term_is_declared_with_labels_in_three_languages() {
    let onto = ontology();
    for term in qg::ALL {
        let facts = onto
            .get(term.as_str())
            .unwrap_or_else(|| panic!("{} is not declared in ontology/quotegraph.ttl", term.as_str()));
        for lang in ["en", "fr", "ar"] {
            assert!(facts.contains(&("label".into(), lang.into())), "{} has no rdfs:label@{lang}", term.as_str());
            assert!(facts.contains(&("comment".into(), lang.into())), "{} has no rdfs:comment@{lang}", term.as_str());
        }
    }
}

#[test]
fn exported_terms_are_declared_or_standard() {
    let dir = built();
    let onto = ontology();
    let nq = std::fs::read(dir.path().join("graph.nq")).unwrap();
    let mut used = HashSet::new();
    for q in RdfParser::from_format(RdfFormat::NQuads).for_slice(&nq) {
        let q = q.unwrap();
        used.insert(q.predicate.as_str().to_string());
        if q.predicate.as_ref() == vocab::rdf::TYPE {
            if let Term::NamedNode(c) = &q.object {
                used.insert(c.as_str().to_string());
            }
        }
    }
    assert!(used.len() > 20);
    for iri in used {
        let standard = STANDARD.iter().any(|ns| iri.starts_with(ns));
        assert!(standard || onto.contains_key(&iri), "{iri} is used by the exporter but declared nowhere");
    }
}

#[test]
fn knowledge_base_has_trilingual_labels_and_kinds() {
    let kb = quotegraph::kb::Kb::load(&[]).unwrap();
    assert!(kb.entries.len() >= 300, "several hundred entries: {}", kb.entries.len());
    let mut wikidata = std::collections::HashMap::new();
    for e in &kb.entries {
        assert!(e.kind.is_some(), "{} has no type", e.iri);
        for lang in quotegraph::lang::Lang::ALL {
            assert!(e.pref.iter().any(|(l, _)| *l == lang), "{} has no prefLabel@{lang}", e.iri);
        }
        if e.kind == Some(quotegraph::model::AgentKind::Person) {
            assert!(e.gender.is_some(), "{} has no gender (pronouns need it)", e.iri);
        }
        for r in &e.roles {
            let org = r.org.as_deref().unwrap_or_else(|| panic!("a role of {} has no organisation", e.iri));
            assert!(kb.by_iri(org).is_some(), "{}: role in {org}, which is not in the knowledge base", e.iri);
            for d in r.start.iter().chain(&r.end) {
                assert!(quotegraph::kb::iso_day(d).is_some(), "{}: date {d} is not ISO", e.iri);
            }
        }
        if let Some(q) = &e.wikidata {
            assert!(wikidata.insert(q.clone(), e.iri.clone()).is_none(), "{q} is claimed twice: {}", e.iri);
        }
        // Every preferred label names its entry and nothing else.
        for (_, label) in &e.pref {
            assert_eq!(kb.by_label(label).map(|x| x.iri.as_str()), Some(e.iri.as_str()), "label {label}");
        }
    }
    // Kaspersky the company and Kaspersky the person are two entries.
    let lab = kb.by_label("Kaspersky Lab").unwrap();
    let eugene = kb.by_label("Eugene Kaspersky").unwrap();
    assert_ne!(lab.iri, eugene.iri);
}

fn built() -> tempfile::TempDir {
    let dir = tempdir();
    super::build(dir.path(), &["tests/fixtures/articles", "tests/fixtures/crosslingual"]);
    dir
}

#[test]
fn named_queries_answer_on_a_build() {
    let dir = built();
    let data = dir.path().to_str().unwrap();
    let csv = |name: &str| {
        let o = run(&["query", "--data", data, "--named", name, "--format", "csv"]);
        assert!(o.status.success(), "{name}: {}", super::stderr(&o));
        stdout(&o)
    };
    let cross = csv("cross-lingual-speakers");
    let rows: Vec<&str> = cross.lines().skip(1).collect();
    assert_eq!(rows.len(), 1, "only Guterres is quoted in two languages:\n{cross}");
    assert!(rows[0].contains("antonio-guterres") && rows[0].contains("en") && rows[0].contains("fr"), "{cross}");
    let by_speaker = csv("statements-by-speaker");
    assert!(by_speaker.contains("Maria Torres") || by_speaker.contains("maria-torres"), "{by_speaker}");
    let per_article = csv("statements-per-article");
    let articles = ["articles/ar", "articles/fr", "articles/en", "crosslingual"]
        .iter()
        .map(|d| {
            std::fs::read_dir(super::fixture(d))
                .unwrap()
                .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "txt"))
                .count()
        })
        .sum::<usize>();
    assert_eq!(per_article.lines().count(), 1 + articles, "one row per article:\n{per_article}");
    let about = csv("about-entity");
    assert!(about.lines().count() > 1, "{about}");
    assert!(csv("top-speakers").lines().count() > 5);
}

#[test]
fn required_triple_patterns_answer() {
    let dir = built();
    let q = r#"ASK {
      ?q a schema:Quotation ; schema:text ?text ; qg:quoteType qg:Direct ; schema:isPartOf ?article ;
         schema:spokenByCharacter ?speaker ; prov:wasAttributedTo ?speaker ; gaf:denotedBy ?span ;
         prov:qualifiedAttribution [ prov:agent ?speaker ; qg:cue ?cue ; qg:confidence ?c ; schema:roleName ?role ] .
      FILTER(lang(?text) != "")
      ?span a nif:RFC5147String ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?t .
      ?article a schema:NewsArticle ; schema:inLanguage ?l ; schema:headline ?h .
      ?speaker a schema:Person ; skos:prefLabel ?name .
      ?q2 schema:mentions ?entity . ?entity owl:sameAs ?wd .
      ?mention itsrdf:taIdentRef ?entity ; nif:beginIndex ?mb ; nif:anchorOf ?mt .
    }"#;
    let o = run(&["query", "--data", dir.path().to_str().unwrap(), q]);
    assert!(o.status.success(), "{}", super::stderr(&o));
    assert_eq!(stdout(&o).trim(), "true");
}

#[test]
fn recorded_counts_agree_with_the_statements() {
    let dir = built();
    let data = dir.path().to_str().unwrap();
    let ask = |q: &str| {
        let o = run(&["query", "--data", data, "--format", "json", q]);
        assert!(o.status.success(), "{}", super::stderr(&o));
        stdout(&o).contains("\"boolean\":true")
    };
    // Some speaker and some article carry counts…
    assert!(ask("ASK { ?s qg:statementCount ?n ; qg:articleCount ?a ; qg:quotedIn ?l }"));
    assert!(ask("ASK { ?a a schema:NewsArticle ; qg:statementCount ?n ; qg:directCount ?d }"));
    // …and none disagrees with a count over the statements themselves.
    let speaker_off = "ASK { ?s qg:statementCount ?n ; qg:articleCount ?na .
        { SELECT ?s (COUNT(DISTINCT ?q) AS ?m) (COUNT(DISTINCT ?a) AS ?ma) WHERE {
            ?q schema:spokenByCharacter ?s ; schema:isPartOf ?a } GROUP BY ?s }
        FILTER(?n != ?m || ?na != ?ma) }";
    assert!(!ask(speaker_off), "a speaker's counts are off");
    let article_off = "ASK { ?a qg:statementCount ?n ; qg:directCount ?d .
        { SELECT ?a (COUNT(DISTINCT ?q) AS ?m) (SUM(IF(?k = qg:Direct, 1, 0)) AS ?md) WHERE {
            ?q schema:isPartOf ?a ; qg:quoteType ?k } GROUP BY ?a }
        FILTER(?n != ?m || ?d != ?md) }";
    assert!(!ask(article_off), "an article's counts are off");
    let langs_off = "ASK { ?s qg:quotedIn ?l . FILTER NOT EXISTS {
        ?q schema:spokenByCharacter ?s ; schema:isPartOf ?a . ?a schema:inLanguage ?l } }";
    assert!(!ask(langs_off), "a speaker is said to be quoted in a language it is not");
}

/// The quads of an export, as N-Quads lines (triples, for Turtle, carry no graph).
fn parsed(path: &std::path::Path, format: RdfFormat) -> HashSet<String> {
    let bytes = std::fs::read(path).unwrap();
    RdfParser::from_format(format)
        .for_reader(bytes.as_slice())
        .map(|q| q.unwrap_or_else(|e| panic!("{}: {e}", path.display())).to_string())
        .collect()
}

#[test]
fn exports_written_as_a_stream_agree_and_do_not_depend_on_threads() {
    // More articles than are made at a time, so the exports are written over many chunks;
    // each fixture is repeated under many dates, so clusters span many runs too.
    let texts: Vec<String> = ["ar", "fr", "en"]
        .iter()
        .flat_map(|l| std::fs::read_dir(super::fixture(&format!("articles/{l}"))).unwrap())
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    let n = quotegraph::rdf::ARTICLES_PER_CHUNK * 2 + 7;
    let dir = tempdir();
    let jsonl = dir.path().join("feed.jsonl");
    let lines: Vec<String> = (0..n)
        .map(|i| {
            // A line of its own makes each text new (the same text twice is counted once).
            let text = format!("{}\n\nEdition {i}.", texts[i % texts.len()]);
            let date = format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 28);
            serde_json::json!({ "id": format!("a{i}"), "date": date, "text": text }).to_string()
        })
        .collect();
    std::fs::write(&jsonl, lines.join("\n")).unwrap();
    let out = |threads: &str| {
        let out = dir.path().join(format!("out-{threads}"));
        let o = run(&["build", "-q", "--threads", threads, "--out", out.to_str().unwrap(), jsonl.to_str().unwrap()]);
        assert!(o.status.success(), "{}", super::stderr(&o));
        out
    };
    let (one, two) = (out("1"), out("2"));
    for f in ["graph.ttl", "graph.nq", "graph.trig", "graph.jsonld"] {
        let (x, y) = (std::fs::read(one.join(f)).unwrap(), std::fs::read(two.join(f)).unwrap());
        assert!(x == y, "{f} differs between 1 and 2 threads");
    }
    let nq = parsed(&one.join("graph.nq"), RdfFormat::NQuads);
    assert_eq!(parsed(&one.join("graph.trig"), RdfFormat::TriG), nq, "TriG and N-Quads disagree");
    let jsonld = RdfFormat::JsonLd { profile: oxigraph::io::JsonLdProfileSet::empty() };
    assert_eq!(parsed(&one.join("graph.jsonld"), jsonld), nq, "JSON-LD and N-Quads disagree");
    let triples: HashSet<String> = RdfParser::from_format(RdfFormat::NQuads)
        .for_reader(std::fs::read(one.join("graph.nq")).unwrap().as_slice())
        .map(|q| oxigraph::model::Triple::from(q.unwrap()).to_string())
        .collect();
    assert_eq!(parsed(&one.join("graph.ttl"), RdfFormat::Turtle), triples, "Turtle is not the union of the graphs");
    let count = |needle: &str| nq.iter().filter(|q| q.contains(needle)).count();
    assert_eq!(count("<http://schema.org/NewsArticle>"), n, "every article is written once");
    assert!(count("<https://w3id.org/quotegraph/ns#StatementCluster>") > 0, "clusters are written");
}
