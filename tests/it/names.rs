//! Names as English news writes them: initials and abbreviations with full stops ("U.S.
//! Chamber of Commerce", "J.P. Morgan Chase", "Loretta E. Lynch"), honorifics ("Mr. Dole").
//! Sentences written for the project.

use super::classes::said_in;

/// The speaker's name of the one statement of `text`.
fn speaker(text: &str) -> String {
    let said = said_in(text);
    assert_eq!(said.len(), 1, "{text}: {said:?}");
    said[0].1.clone().unwrap_or_else(|| panic!("no speaker: {text}"))
}

#[test]
fn the_full_stops_of_initials_stay_inside_a_name() {
    for (text, who) in [
        ("The U.S. Chamber of Commerce said the rules would hurt small firms.", "U.S. Chamber of Commerce"),
        ("J.P. Morgan Chase said the rules would hurt small firms.", "J.P. Morgan Chase"),
        ("Judge Anna K. Ferris said the hearing would resume in May.", "Anna K. Ferris"),
    ] {
        assert_eq!(speaker(text), who, "{text}");
    }
}

#[test]
fn an_honorific_subject_is_the_antecedent_of_the_next_pronoun() {
    // Not "Mr" (the subject cut at the abbreviation's full stop), nor nobody.
    let text = "Mr. Dole, the former senator, spoke at the event. \"We owe the veterans more than a parade,\" he said.";
    assert_eq!(speaker(text), "Dole");
}
