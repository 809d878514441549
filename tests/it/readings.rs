//! Which reading a word near a cue takes: a cue's form after a preposition is a noun, a
//! time adjunct after the addressee opens no clause, an aside set off by dashes holds no
//! subject, a colon's quote belongs to the last clause's subject, "as X said" points back
//! to the quote before it, connectives are the reporter's, a speech participle opening a
//! sentence reports for the main clause's subject, and so does a clause of comparison ("As
//! X noted, …") for its own. Sentences written for the project.

use super::classes::{said_in, said_in_article};
use quotegraph::lang::Lang;

#[test]
fn a_cue_form_after_a_preposition_is_a_noun() {
    // "questions" after "of" is no verb: the incise before it keeps its second half.
    let said = said_in(
        "Ellen Park won the vote.\n\nSince the spring, council aides say, the ferry budget has become a sore \
         point - not least because of fresh questions about its auditors.",
    );
    let half = said.iter().find(|(t, _)| t.starts_with("the ferry budget has become"));
    assert_eq!(half.and_then(|(_, who)| who.as_deref()), Some("council aides"), "{said:?}");
    // Nor does it report by itself.
    let said = said_in("The council debated a list of questions about the budget that the mayor had drawn up.");
    assert!(said.is_empty(), "{said:?}");
}

#[test]
fn a_time_adjunct_after_the_addressee_opens_no_clause() {
    for text in [
        "The mayor, Ellen Park, told commuters on Sunday she would ride the bus to work.",
        "The mayor, Ellen Park, told commuters this weekend she would ride the bus to work.",
    ] {
        let said = said_in(text);
        assert_eq!(said.len(), 1, "{text}: {said:?}");
        assert_eq!(said[0].0, "she would ride the bus to work", "{text}");
    }
}

#[test]
fn an_aside_between_dashes_before_the_cue_holds_no_subject() {
    let said = said_in(
        "Tom Reyes, the head of Harbor Media -- the studio behind the weekly show, which also airs on \
         cable, as does Bay Radio -- told me, \"We are a studio; we make what people watch.\"\n\n\
         Asked about the show's tone, he said, \"Which studio has no tone?\"",
    );
    let speakers: Vec<_> = said.iter().map(|(_, who)| who.as_deref()).collect();
    assert_eq!(speakers, [Some("Tom Reyes"), Some("Tom Reyes")], "{said:?}");
}

#[test]
fn a_colon_after_a_long_opening_gives_the_quote_to_the_clauses_subject() {
    let said = said_in(
        "With the north pier closed, the ferries late and the fares rising again this winter, Mayor Ellen \
         Park gave her answer on Sunday: \"Ride with me.\"",
    );
    assert_eq!(said, [("Ride with me.".to_string(), Some("Ellen Park".to_string()))]);
}

#[test]
fn as_someone_said_after_a_quote_gives_them_the_quote_alone() {
    let said =
        said_in("The harbour plan is, by most accounts, \"dead on arrival,\" as Senator Ruth Hale said on Monday.");
    assert_eq!(said, [("dead on arrival".to_string(), Some("Ruth Hale".to_string()))]);
    // French puts the comparison's subject before or after its verb.
    for sentence in [
        "Le projet de pont est, selon beaucoup, « mort avant de naître », comme l'a dit la sénatrice Anne Lenoir lundi.",
        "Le projet de pont est « mort avant de naître », comme la sénatrice Anne Lenoir l'a dit lundi.",
    ] {
        let said = said_in_article(Lang::Fr, &format!("Titre\n\n{sentence}\n"));
        assert_eq!(said, [("mort avant de naître".to_string(), Some("Anne Lenoir".to_string()))], "{sentence}");
    }
    // Inside an incise's second half, the clause of comparison keeps its own quote, and the
    // incise keeps both halves (its later cue is the comparison's, not a second source).
    let said = said_in(
        "Small kindnesses, Mayor Ellen Park said, are what the town remembers, whether it was carrying \
         sandbags at night or wearing a badge with the words \"we stay with you,\" as one firefighter, Tom \
         Reyes, said before the storm.",
    );
    let who = |start: &str| said.iter().find(|(t, _)| t.starts_with(start)).and_then(|(_, w)| w.as_deref());
    assert_eq!(who("Small kindnesses"), Some("Ellen Park"), "{said:?}");
    assert_eq!(who("are what the town remembers"), Some("Ellen Park"), "{said:?}");
    assert_eq!(who("we stay with you"), Some("Tom Reyes"), "{said:?}");
}

#[test]
fn connectives_alone_before_an_incise_are_no_half() {
    let said = said_in(
        "Ellen Park spoke first.\n\nYet, as Ms. Park observed, in the first week of a flood nobody counts the \
         cost.\n\nAnd perhaps, she said, the town will rebuild the bridge.",
    );
    let texts: Vec<&str> = said.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["in the first week of a flood nobody counts the cost", "the town will rebuild the bridge"]);
}

#[test]
fn a_speech_participle_opening_the_sentence_reports_for_the_main_subject() {
    let said = said_in(
        "Ellen Park spoke first.\n\nInsisting that the bridge was safe, the officials reopened it on Friday.\n\n\
         Claiming the new toll was designed to punish commuters, Mayor Tom Reyes told reporters that he would \
         fight it.",
    );
    let pair = |t: &str, who: &str| (t.to_string(), Some(who.to_string()));
    assert_eq!(
        said,
        [
            pair("the bridge was safe", "officials"),
            pair("the new toll was designed to punish commuters", "Tom Reyes"),
            pair("he would fight it", "Tom Reyes"),
        ]
    );
    // A participle whose object says it ("Citing …"), but not one that names a source.
    let said = said_in("Citing the cost of the new tunnel, Governor Tom Reyes said the budget would not balance.");
    assert_eq!(
        said,
        [pair("the cost of the new tunnel", "Tom Reyes"), pair("the budget would not balance", "Tom Reyes")]
    );
    let said = said_in("Citing anonymous sources, the Harbor Times reported that the tunnel would close.");
    assert_eq!(said, [pair("the tunnel would close", "Harbor Times")]);
}

#[test]
fn a_french_speech_participle_opening_the_sentence_reports_for_the_main_subject() {
    let article = "Titre\n\nPaul Girard a parlé en premier.\n\nEstimant que le pont était sûr, les ingénieurs l'ont rouvert vendredi.\n";
    let said = said_in_article(Lang::Fr, article);
    assert_eq!(said, [("le pont était sûr".to_string(), Some("les ingénieurs".to_string()))]);
}

#[test]
fn a_clause_of_comparison_opening_the_sentence_reports_its_main_clause() {
    let pair = |t: &str, who: &str| (t.to_string(), Some(who.to_string()));
    let said = said_in(
        "Lena Ortiz runs the dunes survey.\n\nAs Ortiz noted in her spring report, the dunes have moved forty \
         metres inland.\n\nAs she told the county board in May, the fences will not hold them.\n\nAs the wardens \
         explained the new rules to the visitors, the rain began.",
    );
    // The last clause of time has the cue's object, not a gap: it points at nothing.
    assert_eq!(
        said,
        [
            pair("the dunes have moved forty metres inland", "Lena Ortiz"),
            pair("the fences will not hold them", "Lena Ortiz")
        ]
    );
    // French: the object pronoun before the verb ("le relève") leaves it a verb, and the
    // auxiliary carrying "l'" opens the cue ("l'a reconnu").
    let article = "Les dunes\n\nComme le relève l'Office national des forêts, les dunes reculent chaque hiver depuis \
                   dix ans.\n\nComme l'a reconnu la préfète Claire Vidal devant les élus, les clôtures ne suffiront \
                   pas à les retenir.\n";
    assert_eq!(
        said_in_article(Lang::Fr, article),
        [
            pair("les dunes reculent chaque hiver depuis dix ans", "l'Office national des forêts"),
            pair("les clôtures ne suffiront pas à les retenir", "Claire Vidal"),
        ]
    );
    // Arabic: the subject after the verb; the clause after the comma is no name.
    let article = "الكثبان\n\nوكما أوضحت دراسة الهيئة، تتحرك الكثبان نحو القرى كل شتاء.\n";
    assert_eq!(said_in_article(Lang::Ar, article), [pair("تتحرك الكثبان نحو القرى كل شتاء", "دراسة الهيئة")]);
}

#[test]
fn a_passive_clause_of_comparison_names_its_source() {
    let said = said_in("As noted in Lena Ortiz's spring report, the dunes have moved forty metres inland.");
    assert_eq!(said, [("the dunes have moved forty metres inland".to_string(), Some("Lena Ortiz".to_string()))]);
}

#[test]
fn a_relative_clause_after_a_noun_of_no_one_belongs_to_the_person_of_its_complement() {
    let said = said_in(
        "Turnout rose in the port towns, and one reason was the return of Ana Ruiz, who said that the ferries \
         would run again.",
    );
    assert_eq!(said, [("the ferries would run again".to_string(), Some("Ana Ruiz".to_string()))]);
}

#[test]
fn a_report_in_an_opening_subordinate_clause_ends_before_the_main_clause() {
    let pair = |t: &str, who: &str| (t.to_string(), Some(who.to_string()));
    let said = said_in(
        "While Mayor Tom Reyes cited the rising costs of the tunnel, the council voted to close it for the \
         winter.\n\nWhen the pilots spoke about the silted channel, the harbour board promised a dredger.\n\n\
         While the ferry's owners have suggested the fares will fall next year, Mayor Tom Reyes is warning that \
         they will rise.\n\nAfter the pilots insisted in May that the channel was unsafe, the harbour board \
         closed it for a week.",
    );
    assert_eq!(
        said,
        [
            pair("the rising costs of the tunnel", "Tom Reyes"),
            pair("the silted channel", "the pilots"),
            pair("the fares will fall next year", "the ferry's owners"),
            pair("they will rise", "Tom Reyes"),
            pair("the channel was unsafe", "the pilots"),
        ]
    );
    let article = "Titre\n\nLorsque les syndicats ont affirmé que la grève continuerait, le ministre a convoqué une \
                   réunion.\n";
    assert_eq!(said_in_article(Lang::Fr, article), [pair("la grève continuerait", "les syndicats")]);
}

#[test]
fn a_relative_clause_without_its_pronoun_reports_for_its_subject() {
    let said = said_in("The board closed the north pier, a step the harbour engineers said was long overdue.");
    assert_eq!(said, [("was long overdue".to_string(), Some("the harbour engineers".to_string()))]);
    // "in a move it said would …": "it" stands for the sentence's subject; a main clause
    // after the relative clause is no part of the report.
    let said = said_in(
        "The ferry company dropped two routes, in a step it said would save money.\n\nIn a step it said \
         would save money, the ferry company dropped two routes.",
    );
    let texts: Vec<_> = said.iter().map(|(t, who)| (t.as_str(), who.as_deref())).collect();
    assert_eq!(texts, [("would save money", Some("ferry company")), ("would save money", Some("ferry company"))]);
    // A noun phrase with a verb in it is no subject ("showing the mayor making remarks").
    let said = said_in("The clip showed the mayor making remarks seen by many as rude to the pilots.");
    assert!(said.is_empty(), "{said:?}");
}

#[test]
fn a_quantifier_alone_stands_for_people_and_a_year_modifies_its_source() {
    let pair = |t: &str, who: &str| (t.to_string(), Some(who.to_string()));
    let said = said_in(
        "Some pilots praised the dredger; others said the channel would silt up again.\n\nOthers said the \
         fares were too high.\n\nAccording to a 2021 survey, most commuters ride the ferry twice a week.",
    );
    assert_eq!(
        said,
        [
            pair("the channel would silt up again", "others"),
            pair("the fares were too high", "Others"),
            pair("most commuters ride the ferry twice a week", "a 2021 survey"),
        ]
    );
}

#[test]
fn an_arabic_ministry_named_by_its_portfolio_speaks() {
    let article = "المعبر\n\nقالت وكالة الأنباء إن المعبر أغلق.\n\nونفت الداخلية المغربية ما نشر عن إغلاق المعبر، \
                   مؤكدة أن الحركة فيه طبيعية.\n";
    let said = said_in_article(Lang::Ar, article);
    let last = said.last().map(|(t, who)| (t.as_str(), who.as_deref()));
    assert_eq!(last, Some(("الحركة فيه طبيعية", Some("الداخلية المغربية"))), "{said:?}");
}

#[test]
fn a_clause_of_comparison_set_off_inside_the_content_may_hold_a_long_subject() {
    let said = said_in(
        "The old lighthouse, as two of the harbour board's retired engineers explained, leans a little more \
         every winter.",
    );
    let who = Some("two of the harbour board's retired engineers".to_string());
    assert_eq!(
        said,
        [("The old lighthouse".to_string(), who.clone()), ("leans a little more every winter".to_string(), who)]
    );
}

#[test]
fn a_possessive_pronoun_and_a_plural_noun_name_a_group() {
    let said = said_in("The board closed the pier on Monday. Its engineers said the pilings were rotten.");
    assert_eq!(said, [("the pilings were rotten".to_string(), Some("Its engineers".to_string()))]);
}

#[test]
fn a_lower_case_description_is_no_part_of_an_organisations_name() {
    let said = said_in("The nonpartisan Harbour Budget Office said the ferry plan would cost more than promised.");
    assert_eq!(
        said,
        [("the ferry plan would cost more than promised".to_string(), Some("Harbour Budget Office".to_string()))]
    );
    // A group with a capitalised complement keeps its own head ("in Congress" is no name).
    let said = said_in("Pilots and allies in Congress said the ferry plan would cost more than promised.");
    assert_eq!(said[0].1.as_deref(), Some("Pilots and allies in Congress"), "{said:?}");
}
