//! One identity per speaker across articles and scripts, and no false merges.

use super::tempdir;
use serde_json::Value;

fn build_identity_fixtures() -> Vec<Value> {
    let dir = tempdir();
    super::build(dir.path(), &["tests/fixtures/identity"]);
    let text = std::fs::read_to_string(dir.path().join("statements.jsonl")).unwrap();
    text.lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn speaker_of<'a>(statements: &'a [Value], text_start: &str) -> &'a Value {
    let s = statements
        .iter()
        .find(|s| s["text"].as_str().unwrap().starts_with(text_start))
        .unwrap_or_else(|| panic!("no statement {text_start}"));
    &s["speaker"]
}

#[test]
fn a_person_is_one_node_across_scripts_and_surnames() {
    let st = build_identity_fixtures();
    let en_full = speaker_of(&st, "the museum would open");
    let en_surname = speaker_of(&st, "It will be a house");
    let ar_full = speaker_of(&st, "المتحف سيفتتح");
    let ar_surname = speaker_of(&st, "الدخول سيكون");
    for s in [en_surname, ar_full, ar_surname] {
        assert_eq!(s["id"], en_full["id"], "one identity for Karimi / كريمي: {s}");
    }
    let how = [ar_full["resolution"].as_str().unwrap(), en_full["resolution"].as_str().unwrap()];
    assert!(how.contains(&"transliteration"), "one full name joins the other by transliteration: {how:?}");
    assert!(["surname", "transliteration"].contains(&en_surname["resolution"].as_str().unwrap()), "{en_surname}");
    let labels: Vec<&str> = en_full["labels"].as_array().unwrap().iter().map(|l| l.as_str().unwrap()).collect();
    assert!(labels.contains(&"Yasmin Karimi") && labels.contains(&"ياسمين كريمي"), "{labels:?}");
}

#[test]
fn look_alike_names_stay_apart() {
    let st = build_identity_fixtures();
    let eugene = speaker_of(&st, "his company had donated");
    let lab = speaker_of(&st, "the donation was");
    assert_ne!(eugene["id"], lab["id"], "Eugene Kaspersky is not Kaspersky Lab");
    assert_eq!(eugene["type"], "person");
    assert_eq!(lab["type"], "organization");
    let administration = speaker_of(&st, "it would fund");
    let biden = speaker_of(&st, "culture matters");
    assert_ne!(administration["id"], biden["id"], "the Biden administration is not Joe Biden");
    assert_eq!(administration["type"], "organization");
    let one = speaker_of(&st, "the budget had doubled");
    let other = speaker_of(&st, "the opening date");
    let arabic = speaker_of(&st, "الميزانية تضاعفت");
    assert_ne!(one["id"], other["id"], "two anonymous sources are two speakers");
    assert_ne!(one["id"], arabic["id"], "anonymous sources never merge across articles");
    assert_eq!(one["resolution"], "anonymous");
}

/// Two harbour commissioners, one after the other, in a knowledge base written for this test.
const HARBOUR_KB: &str = r#"
@prefix schema: <http://schema.org/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <https://example.org/kb/> .
ex:port-authority a schema:Organization ; skos:prefLabel "Port Authority of Valmont"@en .
ex:ana-rivas a schema:Person ; skos:prefLabel "Ana Rivas"@en ; schema:gender schema:Female ;
    schema:memberOf [ a schema:OrganizationRole ; schema:memberOf ex:port-authority ;
        schema:roleName "harbour commissioner"@en, "commissaire du port"@fr ;
        schema:startDate "2016-02-01" ; schema:endDate "2021-06-30" ] .
ex:omar-bekri a schema:Person ; skos:prefLabel "Omar Bekri"@en ; schema:gender schema:Male ;
    schema:memberOf [ a schema:OrganizationRole ; schema:memberOf ex:port-authority ;
        schema:roleName "harbour commissioner"@en, "commissaire du port"@fr ;
        schema:startDate "2021-07-01" ] .
"#;

#[test]
fn a_title_resolves_to_its_holder_on_the_article_date_with_the_affiliation() {
    let dir = tempdir();
    let kb = dir.path().join("harbour.ttl");
    std::fs::write(&kb, HARBOUR_KB).unwrap();
    let article = |id: &str, date: &str, lang: &str, text: &str| {
        let mut v = serde_json::json!({"id": id, "lang": lang, "text": text});
        if !date.is_empty() {
            v["date"] = date.into();
        }
        v.to_string()
    };
    let en = "Ferry plans\n\nThe harbour commissioner said the new ferry terminal would open in the spring.";
    let fr = "Projet de ferry\n\nLe commissaire du port a déclaré que le nouveau terminal ouvrirait au printemps.";
    let lines = [
        article("en-2019", "2019-05-02", "en", en),
        article("en-2023", "2023-09-14T08:00:00Z", "en", en),
        article("fr-2020", "2020-01-10", "fr", fr),
        article("en-undated", "", "en", en),
    ];
    let input = dir.path().join("articles.jsonl");
    std::fs::write(&input, lines.join("\n")).unwrap();
    let o = super::run(&["extract", "--kb", kb.to_str().unwrap(), input.to_str().unwrap()]);
    assert!(o.status.success(), "{}", super::stderr(&o));
    let st: Vec<Value> = super::stdout(&o).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let by_doc = |d: &str| st.iter().find(|s| s["doc"] == d).unwrap_or_else(|| panic!("no statement in {d}"));
    for (doc, who) in [("en-2019", "ana-rivas"), ("en-2023", "omar-bekri"), ("fr-2020", "ana-rivas")] {
        let s = by_doc(doc);
        assert!(s["speaker"]["id"].as_str().unwrap().ends_with(who), "{doc}: {}", s["speaker"]);
        assert_eq!(s["speaker"]["resolution"], "title", "{doc}");
        assert!(s["affiliation"]["id"].as_str().unwrap().ends_with("port-authority"), "{doc}: {s}");
    }
    // Undated: two people have held the title, so it names neither of them.
    let undated = &by_doc("en-undated")["speaker"];
    assert!(!undated["id"].as_str().unwrap().starts_with("https://example.org/kb/"), "{undated}");
}
