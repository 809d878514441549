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
