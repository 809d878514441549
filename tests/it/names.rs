//! Names and groups as news writes them: initials and abbreviations with full stops ("U.S.
//! Chamber of Commerce", "J.P. Morgan Chase", "Anna K. Ferris"), honorifics ("Mr. Dole"),
//! a party's acronym in a role ("le député LFI Thomas Morel"), an organisation phrase that
//! stops at "and", and groups that speak: shares of a poll's respondents ("58 percent",
//! "huit Français sur dix") and quantified groups ("all the engineers", "معظم المشاركين");
//! a channel named right before the speaker ("sur Radio Nord Claire Dumas"); those who
//! speak for someone ("his lawyers", "ses avocats"), groups with a complement ("local
//! lawmakers from both parties") and "someone".
//! Sentences written for the project.

use super::classes::{said_in, speaker_of_one as speaker};
use quotegraph::lang::Lang;

/// Asserts that `sentence`, alone in an article of language `lang`, gives exactly one
/// statement, `said` by `who`.
fn says_in(lang: Lang, sentence: &str, said: &str, who: &str) {
    let got = super::classes::said_in_article(lang, &format!("Title\n\n{sentence}\n"));
    assert_eq!(got, [(said.to_string(), Some(who.to_string()))], "{sentence}");
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

#[test]
fn a_share_of_a_polls_respondents_speaks_as_a_group() {
    assert_eq!(speaker("Still, 58 percent said the bridge toll was too high."), "58 percent");
    assert_eq!(speaker("Roughly seven in 10 residents say the new ferry is too slow."), "seven in 10 residents");
    says_in(
        Lang::Fr,
        "Huit Français sur dix jugent que le gouvernement doit agir.",
        "le gouvernement doit agir",
        "Huit Français sur dix",
    );
    says_in(Lang::Ar, "وقال 63 بالمئة من المستطلعين إن الوضع الاقتصادي يتدهور.", "الوضع الاقتصادي يتدهور", "63 بالمئة");
    // A number that is no share stays out of a name: a date, an age.
    assert_eq!(speaker("On 12 March, Senator Ruth Hale said the plan would fail."), "Ruth Hale");
}

#[test]
fn a_coordinator_ends_an_organisations_phrase() {
    // Not "campaign and Republican": the organisation noun takes no name across "and".
    let text = "The governor's campaign and Republican groups spent heavily in the state. The campaign says the governor will announce a new plan on Friday.";
    assert_eq!(speaker(text), "campaign");
}

#[test]
fn a_quantifier_opens_a_group_that_speaks() {
    let before = "Governor Tom Reyes unveiled the plan on Monday. ";
    for (sentence, who) in [
        ("In the end, all agreed that the harbour toll should stay.", "all"),
        ("All the engineers we consulted said the old bridge was sound.", "All the engineers we consulted"),
        ("Those who know the governor say that he will not run again.", "Those who know the governor"),
        ("Most farmers agree that the new dam will help the valley.", "Most farmers"),
    ] {
        // Not the governor, the only person named before.
        assert_eq!(speaker(&format!("{before}{sentence}")), who, "{sentence}");
    }
    // The group is the quantifier and its noun, not the quantifier alone.
    says_in(
        Lang::Ar,
        "قدم الوزير سامي الحداد الميزانية يوم الاثنين. وأكد معظم المشاركين أن العجز سيتسع.",
        "العجز سيتسع",
        "معظم المشاركين",
    );
}

#[test]
fn a_group_is_no_antecedent_of_one_of_its_names() {
    // "Castell" later is the woman named in full, never the group whose phrase holds the name.
    let text = "Nina Castell hosts a morning show. Those who worked with Ms. Castell say the producers never gave them the questions. Ms. Castell said she did not support the governor.";
    let said = said_in(text);
    assert_eq!(said.len(), 2, "{said:?}");
    assert_eq!(
        said[0].0, "the producers never gave them the questions",
        "a cue in the content is a verb of its clause"
    );
    assert_eq!(said[0].1.as_deref(), Some("Those who worked with Ms. Castell"));
    assert_eq!(said[1].1.as_deref(), Some("Nina Castell"));
}

/// "fishing groups", "consumer advocates", "outside analyses": a group of organisations or
/// documents speaks by its head noun, also in a clause coordinated after another subject's
/// (not "The dredging") or after a concession ("Whatever" is no speaker).
#[test]
fn groups_of_organisations_are_sources() {
    for (sentence, who) in [
        (
            "The dredging has barely begun, and fishing groups cautioned that the estuary would silt up again.",
            "fishing groups",
        ),
        ("Consumer advocates said the new fees would fall on the poorest riders.", "Consumer advocates"),
        // Documents in the plural speak as their singular does.
        (
            "Whatever the governor says, outside analyses agree the toll would weigh most on night-shift drivers.",
            "outside analyses",
        ),
    ] {
        assert_eq!(speaker(&format!("Governor Tom Reyes unveiled the plan on Monday. {sentence}")), who, "{sentence}");
    }
}

/// "Republican leaders", "Nordic ministers": a capitalised adjective before a
/// plural source noun is part of the group, not a name of its own ("Republican").
#[test]
fn a_capitalised_adjective_before_a_source_noun_opens_the_group() {
    for (sentence, who) in [
        ("The deal fell apart after Republican leaders said they could not support it.", "Republican leaders"),
        (
            "The summit ended early, and Nordic ministers warned that the fishing quotas were too low.",
            "Nordic ministers",
        ),
    ] {
        assert_eq!(speaker(&format!("Governor Tom Reyes unveiled the plan on Monday. {sentence}")), who, "{sentence}");
    }
}

#[test]
fn a_party_acronym_after_a_title_is_part_of_the_role() {
    says_in(
        Lang::Fr,
        "« On ne peut pas gouverner contre le peuple », a lancé le député LFI Thomas Morel dans l'hémicycle.",
        "On ne peut pas gouverner contre le peuple",
        "Thomas Morel",
    );
}

#[test]
fn a_past_participle_after_a_french_name_is_no_part_of_it() {
    says_in(
        Lang::Fr,
        "Selon un sondage Ifop publié dimanche, la majorité des Français rejette la réforme.",
        "la majorité des Français rejette la réforme",
        "Ifop",
    );
    // An adjective closing a name still belongs to it.
    says_in(
        Lang::Fr,
        "Le Parti socialiste a estimé que le texte était injuste.",
        "le texte était injuste",
        "Parti socialiste",
    );
}

#[test]
fn a_channel_named_before_the_speaker_is_no_part_of_the_name() {
    // The capitalised words after "sur" run on from the channel into the name, which
    // starts at the given name.
    let said = super::classes::said_in_article(
        Lang::Fr,
        "Titre\n\n« Rien ne presse », a déclaré sur Radio Nord Claire Dumas, maire de la ville.\n",
    );
    assert_eq!(said, [("Rien ne presse".to_string(), Some("Claire Dumas".to_string()))]);
}

#[test]
fn those_who_speak_for_someone_are_not_that_someone() {
    // "His lawyers" are no pronoun for Tom Gray: an unnamed source, known by its words.
    let article = |lang: Lang, second: &str| {
        let first = if lang == Lang::Fr { "Tom Gray a été arrêté." } else { "Tom Gray was arrested." };
        super::classes::said_in_article(lang, &format!("Title\n\n{first} {second}\n"))
    };
    for (lang, second, who) in [
        (Lang::En, "His lawyers said he would plead not guilty.", "His lawyers"),
        (Lang::En, "His wife said he would plead not guilty.", "His wife"),
        (Lang::Fr, "Ses avocats ont affirmé qu'il plaiderait non coupable.", "Ses avocats"),
    ] {
        let said = article(lang, second);
        assert_eq!(said.len(), 1, "{second}: {said:?}");
        assert_eq!(said[0].1.as_deref(), Some(who), "{second}");
    }
}

#[test]
fn a_group_keeps_its_complement_and_a_subordinate_clause_hides_no_subject() {
    for (text, who) in [
        (
            "Local lawmakers from both parties say the new bridge was worth the cost.",
            "Local lawmakers from both parties",
        ),
        // The name inside "Although …," is not the subject of "say".
        (
            "Although Ruiz has no landmark law to her name, local lawmakers from both parties say she has earned respect.",
            "local lawmakers from both parties",
        ),
        // A name alone before the comma, an adjunct after it: the cue is the name's.
        (
            "The row has grown since Tom Gray, at the hearing, cited figures the mayor had given on the budget.",
            "Tom Gray",
        ),
        ("The mayor spoke first. After the vote, someone asked whether the city could pay for the new bridge.", "someone"),
    ] {
        assert_eq!(speaker(text), who, "{text}");
    }
}

#[test]
fn a_day_after_an_organisation_is_no_part_of_its_name() {
    // "the Harbour Council on Friday": not an organisation called "Council on Friday".
    let said =
        said_in("The Harbour Council on Friday condemned the new toll. The council said the toll broke its rules.");
    assert_eq!(said.len(), 1, "{said:?}");
    let who = said[0].1.clone().unwrap_or_default();
    assert!(!who.contains("Friday"), "{who}");
}

#[test]
fn an_arabic_relative_ma_ends_an_organisations_name() {
    // "نفت شركة X ما نشرته …": "ما" (what) opens the verb's object; the company named
    // before it speaks later under its own name.
    says_in(
        Lang::Ar,
        "نفت شركة سامي كوم ما نشرته بعض الصفحات عن إغلاق المصنع.\nوقالت شركة سامي كوم إن المصنع يعمل بكامل طاقته.",
        "المصنع يعمل بكامل طاقته",
        "شركة سامي كوم",
    );
}

#[test]
fn a_person_named_after_the_company_speaks_not_the_company() {
    for who in ["Tom Reyes", "Jamie Ortiz"] {
        let text = format!("\"We will hire forty welders next year,\" Harbor Steel Inc. {who} said.");
        says_in(Lang::En, &text, "We will hire forty welders next year", who);
    }
    // A name that only continues the organisation's is no person of its own.
    let said = super::classes::said_in("Harbor Steel Corp. Holdings said it would close the plant in May.");
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].1.as_deref(), Some("Harbor Steel Corp. Holdings"));
}

#[test]
fn an_indefinite_document_without_issuer_is_an_unnamed_source() {
    says_in(
        Lang::En,
        "A new study claims the city waited too long to repair the road.",
        "the city waited too long to repair the road",
        "A new study",
    );
    says_in(
        Lang::En,
        "While the town debated the budget, a report claims the mayor ignored the warnings.",
        "the mayor ignored the warnings",
        "a report",
    );
}

#[test]
fn an_attorney_before_a_name_is_a_title() {
    says_in(
        Lang::En,
        "Attorney Ruth Ellery said the firm would share its findings with the board.",
        "the firm would share its findings with the board",
        "Ruth Ellery",
    );
}

#[test]
fn capitalised_modifiers_before_a_common_head_name_no_one() {
    for (text, who) in [
        ("The other EU official said the army had moved its staff out of the base.", "EU official"),
        ("The Irish ambassador said the army had moved its staff out of the base.", "Irish ambassador"),
        (
            "French and German officials said the army had moved its staff out of the base.",
            "French and German officials",
        ),
    ] {
        says_in(Lang::En, text, "the army had moved its staff out of the base", who);
    }
}

#[test]
fn a_number_with_separators_is_one_word() {
    // "4,500" no longer splits the clause at its comma.
    says_in(
        Lang::En,
        "Port officials said the 4,500 quota would be filled by March.",
        "the 4,500 quota would be filled by March",
        "Port officials",
    );
    let toks = quotegraph::text::tokenize("4,500 and 3.5, then 12,");
    let words: Vec<_> = toks.iter().map(|t| t.fold.as_str()).collect();
    assert_eq!(words, ["4,500", "and", "3.5", ",", "then", "12", ","]);
}

/// "Marta Ruiz y Soler": the Spanish "y" joins two family names inside one name.
#[test]
fn a_spanish_y_between_family_names_stays_in_the_name() {
    says_in(
        Lang::Fr,
        "Pour Marta Ruiz y Soler, économiste à Lyon, « la hausse des taux arrive trop tard ».",
        "la hausse des taux arrive trop tard",
        "Marta Ruiz y Soler",
    );
}

/// "وتعهد الوزير بتعويض المزارعين", "وقال الوزير بوضوح إن …": a preposition glued to a
/// verbal noun or an adverb of manner after a title is no name, so the later "الوزير" is
/// still the minister the article named, not a person called "بتعويض".
#[test]
fn a_glued_preposition_after_a_title_opens_no_name() {
    for middle in [
        "وتعهد الوزير بتعويض المزارعين المتضررين.",
        "وطالب الوزير بإجراء تحقيق في الحادث.",
        "وقال الوزير بوضوح إن الخطة جاهزة.",
        "وقال الوزير لصحفيين إن الخطة جاهزة.",
    ] {
        let article = format!(
            "عنوان\n\nوكان وزير الزراعة سامي حداد قد زار المنطقة أمس.\n\n{middle}\n\nوأكد الوزير أن الحكومة ستعوض المزارعين.\n"
        );
        let said = super::classes::said_in_article(Lang::Ar, &article);
        let last = said.iter().find(|(t, _)| t == "الحكومة ستعوض المزارعين").expect("the last report");
        assert_eq!(last.1.as_deref(), Some("سامي حداد"), "{middle}");
        assert!(said.iter().all(|(_, who)| who.as_deref() == Some("سامي حداد")), "{middle}: {said:?}");
    }
}

#[test]
fn a_relative_pronoun_stands_for_the_noun_phrase_before_it() {
    // Not the main clause's subject ("The council", "The plan"): those who said it.
    for (lang, sentence, said, who) in [
        (
            Lang::En,
            "The council passed the budget, overriding objections from unions who said the cuts would hurt nurses.",
            "the cuts would hurt nurses",
            "unions",
        ),
        (
            Lang::En,
            "The plan was opposed by teachers, who said it would close two schools.",
            "it would close two schools",
            "teachers",
        ),
        (
            Lang::Fr,
            "Le conseil a voté le budget malgré les syndicats qui affirment que les coupes menacent les crèches.",
            "les coupes menacent les crèches",
            "les syndicats",
        ),
    ] {
        says_in(lang, sentence, said, who);
    }
}

#[test]
fn a_stressed_pronoun_set_off_after_a_subject_only_emphasises_it() {
    // Not the last speaker (the pronoun's antecedent): the subject the pronoun repeats.
    let article = "Titre\n\nLa fédération des cliniques salue « un premier pas ». \
                   Les médecins de garde, eux, dénoncent un texte « écrit loin du terrain ».\n";
    let said = super::classes::said_in_article(Lang::Fr, article);
    assert_eq!(said.last().and_then(|(_, who)| who.clone()).as_deref(), Some("Les médecins de garde"), "{said:?}");
}
