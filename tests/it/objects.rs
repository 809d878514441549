//! Verbs whose object says what was said ("called the plan a gift", "has mentioned higher
//! wages", "has also called for a review"): where the object starts and ends, and which
//! objects say nothing; an object inside a relative clause ("the councillor who called the
//! plan a disgrace said …"). Sentences written for the project.

use super::classes::said_in;
use quotegraph::lang::Lang;

#[test]
fn a_predicate_after_the_object_says_it() {
    let said = said_in("Senator Ruth Hale called the harbour plan a gift to developers.");
    assert_eq!(said, [("the harbour plan a gift to developers".to_string(), Some("Ruth Hale".to_string()))]);
    // A relative clause in the predicate stays in it: no report of its own starts at "that".
    let said = said_in("Governor Tom Reyes once called the old bridge an eyesore that nobody wanted.");
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].0, "the old bridge an eyesore that nobody wanted");
}

#[test]
fn time_adjuncts_and_noun_complements_are_no_predicate() {
    for text in [
        "Mayor Ellen Park called the senator a day after the vote.",
        "The mayor called her brother a few times that week.",
        "For instance, calls to build a second bridge were rejected by the council.",
    ] {
        assert_eq!(said_in(text), [], "{text}");
    }
}

#[test]
fn perfect_forms_keep_their_verb() {
    // "has also called" must not win over "called for": the longer cue is the verb.
    let said = said_in("Governor Tom Reyes has also called for an independent review of the contract.");
    assert_eq!(said, [("an independent review of the contract".to_string(), Some("Tom Reyes".to_string()))]);
    let said = said_in("Governor Tom Reyes has mentioned tax credits for small farms.");
    assert_eq!(said, [("tax credits for small farms".to_string(), Some("Tom Reyes".to_string()))]);
}

#[test]
fn an_object_inside_a_relative_clause_ends_before_the_main_verb() {
    // Two reports: what the councillor called the plan, and what the councillor said; the
    // speaker is the noun before "who".
    let said = said_in("The councillor who called the plan a disgrace said the camps were illegal.");
    let want = [("the plan a disgrace", "councillor"), ("the camps were illegal", "councillor")];
    let want: Vec<(String, Option<String>)> = want.iter().map(|(t, w)| (t.to_string(), Some(w.to_string()))).collect();
    assert_eq!(said, want);
    // A scare quote before the main verb is no quote the verb reports after it.
    let said = said_in("A landlord who described the tenants as \"vandals\" said the rents were fair.");
    assert!(said.iter().any(|(t, w)| t == "the rents were fair" && w.as_deref() == Some("A landlord")), "{said:?}");
    assert_eq!(
        super::classes::speaker_of_one("Officials who spoke on condition of anonymity said the talks had stalled."),
        "Officials"
    );
}

#[test]
fn a_relative_or_a_clause_opener_after_a_comma_ends_the_object() {
    for (text, object) in [
        (
            "Mayor Ellen Park cited a letter from the harbour board, which had been blamed for the delays.",
            "a letter from the harbour board",
        ),
        (
            "Mayor Ellen Park accused the developer of lying, although the audit found he paid every fee.",
            "the developer of lying",
        ),
        // A relative clause set off inside the object is part of it.
        (
            "Mayor Ellen Park accused the contractor, who had left the city in May, of hiding the harbour accounts.",
            "the contractor, who had left the city in May, of hiding the harbour accounts",
        ),
    ] {
        let said = said_in(text);
        assert_eq!(said.len(), 1, "{text}: {said:?}");
        assert_eq!(said[0].0, object, "{text}");
    }
}

/// "acknowledged the long delays", "announced Friday the signing of …": a verb whose content
/// is mostly a clause takes a noun phrase object only when no clause is found; a subject
/// after it ("…, noted the harbour master") and a clause after an adjunct come first, and
/// a pronoun or an adjunct opens no such object.
#[test]
fn a_noun_phrase_object_is_read_last_for_verbs_that_mostly_take_a_clause() {
    let said = said_in("The port authority acknowledged long delays on the northern pier.");
    assert_eq!(said, [("long delays on the northern pier".to_string(), Some("port authority".to_string()))]);
    let said = said_in("The club announced Friday the signing of a new goalkeeper from Porto.");
    assert_eq!(said, [("the signing of a new goalkeeper from Porto".to_string(), Some("club".to_string()))]);
    let said = said_in("The ferries will not sail this week, noted the harbour master, Ana Ruiz.");
    assert_eq!(said, [("The ferries will not sail this week".to_string(), Some("Ana Ruiz".to_string()))]);
    let said = said_in("The airline announced Tuesday the flights would resume in June.");
    assert_eq!(said, [("the flights would resume in June".to_string(), Some("The airline".to_string()))]);
    for text in ["The lifeguard warned them twice.", "The club noted at the time.", "The coach stressed the point."] {
        assert_eq!(said_in(text), [], "{text}");
    }
}

/// An adjunct of time between the verb and what it governs ("promised on Monday to …",
/// "announced on Tuesday the closure of …", "a promis lundi de …") is no part of what was
/// said; nor is one between the subject and the verb part of the speaker's name.
#[test]
fn an_adjunct_of_time_is_neither_object_nor_name() {
    each_says_one(&[
        (Lang::En, "Mayor Ellen Park promised on Monday to rebuild the bridge.", "to rebuild the bridge", "Ellen Park"),
        (
            Lang::En,
            "The minister had threatened last week to impose binding arbitration on both sides.",
            "to impose binding arbitration on both sides",
            "The minister",
        ),
        (
            Lang::En,
            "The port council announced on Tuesday the closure of two offices.",
            "the closure of two offices",
            "port council",
        ),
        (
            Lang::En,
            "Senator Ruth Hale last week urged the council to keep the library open.",
            "the council to keep the library open",
            "Ruth Hale",
        ),
        (
            Lang::En,
            "Governor Tom Reyes earlier this month said that the roads would reopen.",
            "the roads would reopen",
            "Tom Reyes",
        ),
        (
            Lang::Fr,
            "Le ministre Paul Girard a promis lundi de rembourser les agriculteurs.",
            "de rembourser les agriculteurs",
            "Paul Girard",
        ),
        (
            Lang::Fr,
            "La maire Anne Roux a appelé la semaine dernière à la fermeture des écoles.",
            "à la fermeture des écoles",
            "Anne Roux",
        ),
    ]);
}

#[test]
fn an_object_keeps_its_determiner_and_drops_a_trailing_adjunct_of_time() {
    each_says_one(&[
        (
            Lang::En,
            "Senator Ann Lowe called this decision “a disgrace” on Monday.",
            "this decision “a disgrace”",
            "Ann Lowe",
        ),
        (
            Lang::Fr,
            "La ministre Claire Fontaine a jugé cette décision « inacceptable » hier.",
            "cette décision « inacceptable »",
            "Claire Fontaine",
        ),
        (
            Lang::Fr,
            "Le syndicat des pilotes a menacé mardi soir de bloquer les aéroports régionaux.",
            "de bloquer les aéroports régionaux",
            "syndicat des pilotes",
        ),
    ]);
}

/// Each text, alone in an article, gives one statement: that content, that speaker.
fn each_says_one(cases: &[(Lang, &str, &str, &str)]) {
    for &(lang, text, said, who) in cases {
        let got = super::classes::said_in_article(lang, &format!("Title\n\n{text}\n"));
        assert_eq!(got, [(said.to_string(), Some(who.to_string()))], "{text}");
    }
}

/// A participle of judgement after a comma is a report of its own ("…, accusing him of …"),
/// and the object of a verb before it ends at that comma; after a verb or a preposition the
/// participle is their complement and reports nothing.
#[test]
fn a_participle_of_judgement_after_a_comma_reports_on_its_own() {
    let said =
        said_in("Mayor Ellen Park attacked her rival on Monday, blasting him for sleeping through the flood warnings.");
    assert_eq!(said, [("him for sleeping through the flood warnings".to_string(), Some("Ellen Park".to_string()))]);
    for text in [
        "Senator Ruth Hale avoids criticizing the mayor for the delays at the harbour.",
        "Senator Ruth Hale stayed away from condemning the council for the delays at the harbour.",
    ] {
        assert_eq!(said_in(text), [], "{text}");
    }
    // A subordinator or a preposition of manner keeps the participle the subject's.
    for text in [
        "The union rejected the offer on Monday while citing the safety of the dock workers.",
        "The union rejected the offer on Monday by citing the safety of the dock workers.",
    ] {
        assert_eq!(crate::classes::texts_of(&said_in(text)), ["the safety of the dock workers"], "{text}");
    }
    let said = crate::classes::said_in_article(
        Lang::Fr,
        "Titre\n\nLe maire a fermé la plage dimanche, tout en appelant les baigneurs à la plus grande prudence.\n",
    );
    assert_eq!(crate::classes::texts_of(&said), ["les baigneurs à la plus grande prudence"]);
}
