//! How news in each language reports speech, as met on news-style texts written for the
//! project (wire datelines, documents and groups as sources, negated reports, object
//! relatives, plural subjects): each construction as a rule, on sentences of our own.

use super::classes::{said_in, said_in_article, speaker_of_one, texts_of};
use quotegraph::lang::Lang;

/// The speaker's name of the statement holding `words` in a French article.
fn french_speaker_of(article: &str, words: &str) -> Option<String> {
    let said = said_in_article(Lang::Fr, article);
    let (_, who) = said.iter().find(|(t, _)| t.contains(words)).unwrap_or_else(|| panic!("no «{words}» in {said:?}"));
    who.clone()
}

/// The one statement expected: its text and its speaker's name.
fn one(text: &str, who: &str) -> Vec<(String, Option<String>)> {
    vec![(text.to_string(), Some(who.to_string()))]
}

/// Asserts that an English sentence gives exactly one statement, `said` by `who`.
fn says(text: &str, said: &str, who: &str) {
    assert_eq!(said_in(text), one(said, who), "{text}");
}

#[test]
fn a_wire_dateline_with_a_dash_is_no_subject() {
    let said = said_in(
        "WASHINGTON (Reuters) - The Federal Reserve held rates steady on Wednesday but signaled it still expects to cut them later this year.",
    );
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].1.as_deref(), Some("Federal Reserve"));
}

#[test]
fn a_participle_after_the_attribution_is_the_reporters() {
    let said =
        said_in("Mortgage rates have climbed above 7 percent, the Mortgage Bankers Association said, squeezing first-time buyers.");
    let want =
        ("Mortgage rates have climbed above 7 percent".to_string(), Some("Mortgage Bankers Association".to_string()));
    assert_eq!(said, [want]);
    // A gerund that is the subject of a clause goes on with the speaker's words.
    let said = said_in("Though the transition was smooth, Fowler said, replacing the chair would be much harder.");
    assert!(said.iter().any(|(t, _)| t == "replacing the chair would be much harder"), "{said:?}");
    // The reporter's participle may hold a passive and a clause of its own.
    let said = said_in(
        "The talks may not lead to a deal, the people said, asking not to be named since the talks are private.",
    );
    assert_eq!(texts_of(&said), ["The talks may not lead to a deal"]);
}

#[test]
fn documents_are_sources_after_according_to() {
    says(
        "According to the minutes, several officials favored keeping rates on hold for longer.",
        "several officials favored keeping rates on hold for longer",
        "the minutes",
    );
    let said = said_in_article(
        Lang::Fr,
        "Titre\n\nSelon le procès-verbal, plusieurs responsables ont plaidé pour une pause.\n",
    );
    assert_eq!(said, one("plusieurs responsables ont plaidé pour une pause", "le procès-verbal"));
    // The article a glued "ل" fused is restored in the source's name: "للتقرير" = ل + التقرير.
    let said = said_in_article(Lang::Ar, "عنوان\n\nوفقا للتقرير، فإن معدل التضخم سيتراجع العام المقبل.\n");
    assert_eq!(said, one("معدل التضخم سيتراجع العام المقبل", "التقرير"));
    // After a verb, a document speaks for the issuer its link names ("صادر عن").
    let said = said_in_article(Lang::Ar, "عنوان\n\nوأوضح بيان صادر عن البنك المركزي أن معدل التضخم تراجع.\n");
    assert_eq!(said, one("معدل التضخم تراجع", "البنك المركزي"));
}

/// "selon l'Insee", "selon la gendarmerie": a name with an elided article glued to it, and
/// the services that report on events (police, fire brigades, the press) are sources.
#[test]
fn elided_names_and_public_services_are_sources_after_according_to() {
    let text = "trois personnes ont été blessées lors du défilé";
    for (source, who) in [
        ("l'Insee", "Insee"),
        ("l’Insee", "Insee"),
        ("la gendarmerie", "la gendarmerie"),
        ("les pompiers", "les pompiers"),
    ] {
        let said = said_in_article(Lang::Fr, &format!("Titre\n\nSelon {source}, {text}.\n"));
        assert_eq!(said, one(text, who), "{source}");
    }
    says(
        "According to firefighters, three people were hurt in the blaze.",
        "three people were hurt in the blaze",
        "firefighters",
    );
}

/// "selon des analystes interrogés par l'AFP": the agent of a participle of being asked is
/// the reporter, the source is who answered; "selon les chiffres publiés par l'Insee": the
/// agent of a document's participle is its issuer.
#[test]
fn after_according_to_the_agent_is_the_issuer_unless_it_asked() {
    let text = "les marchés ont salué la décision";
    let said = said_in_article(Lang::Fr, &format!("Titre\n\nSelon des analystes interrogés par l'AFP, {text}.\n"));
    assert_eq!(said, one(text, "des analystes"));
    let said = said_in_article(Lang::Fr, &format!("Titre\n\nSelon les chiffres publiés par l'Insee, {text}.\n"));
    assert_eq!(said, one(text, "Insee"));
    says(
        "Markets welcomed the decision, according to analysts interviewed by the agency.",
        "Markets welcomed the decision",
        "analysts",
    );
}

#[test]
fn after_an_object_relative_the_subject_follows_the_cue() {
    let article = "Titre\n\nLa grève faiblit, selon la direction. Une analyse que conteste Laurent Berger : « Le mouvement est plus fort que jamais. »\n";
    assert_eq!(french_speaker_of(article, "Le mouvement").as_deref(), Some("Laurent Berger"));
}

#[test]
fn groups_are_sources_after_according_to() {
    let said = said_in_article(
        Lang::Fr,
        "Titre\n\nÀ en croire plusieurs syndicalistes, la mobilisation pourrait encore grossir.\n",
    );
    assert_eq!(said, one("la mobilisation pourrait encore grossir", "plusieurs syndicalistes"));
    says(
        "According to several lawmakers, the bill could pass before the summer recess.",
        "the bill could pass before the summer recess",
        "several lawmakers",
    );
}

#[test]
fn a_report_that_was_not_made_is_no_statement() {
    for text in [
        "The company did not say whether the recall would widen to other models.",
        "An agency spokesman declined to say whether an investigation was open.",
    ] {
        assert_eq!(said_in(text), [], "{text}");
    }
    let fr = said_in_article(
        Lang::Fr,
        "Titre\n\nLe ministère n'a pas précisé si la grève serait reconduite la semaine prochaine.\n",
    );
    assert_eq!(fr, []);
    let ar = said_in_article(Lang::Ar, "عنوان\n\nولم يوضح الوزير ما إذا كانت الخطة ستطبق هذا العام في كل المدن.\n");
    assert_eq!(ar, []);
    // A negation inside what was said is the speaker's.
    says(
        "The company said the recall would not widen to other models.",
        "the recall would not widen to other models",
        "The company",
    );
}

#[test]
fn plural_subjects_report_in_the_present() {
    for (text, who) in [
        ("In court filings, the plaintiffs argue that the company knew of the defect since 2021.", "the plaintiffs"),
        ("Economists warn that the tariffs could push prices higher before the winter.", "Economists"),
        ("The two senators insist the bill will pass before the summer recess.", "two senators"),
    ] {
        assert_eq!(speaker_of_one(text), who, "{text}");
    }
}

#[test]
fn an_article_ending_on_a_name_in_the_possessive_is_read_to_the_end() {
    // The subject search looked one token past the article's last one.
    assert_eq!(said_in_article(Lang::En, "Title\n\nMaria Lopez's\n"), []);
    assert_eq!(said_in_article(Lang::En, "Title\n\nThe port reopened. Maria Lopez's"), []);
}

#[test]
fn a_coordinated_cue_takes_the_named_subject_after_an_opening_adjunct() {
    let said = said_in(
        "\"We are ready,\" said union leader Tom Reed. In a statement, Northfield Motors welcomed the decision but warned that rising costs could delay construction.",
    );
    let warned = said.iter().find(|(t, _)| t.starts_with("rising costs")).expect("the warning");
    assert_eq!(warned.1.as_deref(), Some("Northfield Motors"));
}

#[test]
fn a_relative_clause_after_a_title_in_apposition_belongs_to_the_name() {
    let article = "Titre\n\n« On nous demande toujours plus avec toujours moins », déplore Carole Delga, présidente de la région Occitanie, qui dénonce « un mépris pour les territoires ».\n";
    assert_eq!(french_speaker_of(article, "mépris").as_deref(), Some("Carole Delga"));
}

#[test]
fn lower_case_particles_inside_a_name_belong_to_it() {
    says("Former New York mayor Bill de Blasio said the plan was overdue.", "the plan was overdue", "Bill de Blasio");
    says(
        "The Brazilian trade envoy, Joao Carlos dos Santos, said the tariffs would stay.",
        "the tariffs would stay",
        "Joao Carlos dos Santos",
    );
    // Several particles in a row, and one glued by an apostrophe.
    let article = "Titre\n\nMarc von der Brück a estimé que la réforme était « indispensable ». Valéry Giscard d'Estaing avait affirmé que l'Europe devait être politique.\n";
    assert_eq!(french_speaker_of(article, "indispensable").as_deref(), Some("Marc von der Brück"));
    assert_eq!(french_speaker_of(article, "politique").as_deref(), Some("Valéry Giscard d'Estaing"));
    // A particle that no capitalised word closes stays out of the name, and "d'" glued to a
    // name after a common noun does not open one.
    let article = "Titre\n\nLe président d'Airbus, Guillaume Faury, a déclaré que les livraisons reprendraient. Dominique Martin de retour, a-t-il ajouté, rien ne changera.\n";
    assert_eq!(french_speaker_of(article, "livraisons").as_deref(), Some("Guillaume Faury"));
}

#[test]
fn a_plural_noun_before_a_finite_verb_opens_the_clause() {
    // "talks", "costs" are also verb forms: before "would", "rose" they are the subject.
    says("The envoy, Marta Ruiz, said talks would resume in March.", "talks would resume in March", "Marta Ruiz");
    says(
        "Northfield Motors said costs rose sharply in the third quarter.",
        "costs rose sharply in the third quarter",
        "Northfield Motors",
    );
}

#[test]
fn a_possessive_pronoun_opens_a_subject_whose_verb_comes_later() {
    // "her" is an object pronoun too; with a noun and its complement after it, the verb
    // comes past the two words a pronoun's verb is looked for in.
    says(
        "Mayor Ellen Park said her plan for the harbour would work.",
        "her plan for the harbour would work",
        "Ellen Park",
    );
    says(
        "Mayor Ellen Park answered critics by saying her plan for the harbour was a fair one.",
        "her plan for the harbour was a fair one",
        "Ellen Park",
    );
}

#[test]
fn a_full_stop_inside_a_closing_quote_ends_the_sentence() {
    // American style puts the full stop inside the quote that ends a sentence.
    let said = said_in(
        "Chief executive Tomas Lindqvist wrote that the deal would \"allow us to move forward.\" Maria Keller said the board had learned \"hard lessons.\"",
    );
    assert_eq!(
        said,
        [
            ("the deal would \"allow us to move forward.\"".to_string(), Some("Tomas Lindqvist".to_string())),
            ("the board had learned \"hard lessons.\"".to_string(), Some("Maria Keller".to_string())),
        ]
    );
    // A quote that opens its sentence keeps the attribution after it.
    says("\"We are not done.\" Rebecca Moss said it twice.", "We are not done.", "Rebecca Moss");
}

#[test]
fn a_cue_coordinated_after_a_first_clause_takes_its_subject() {
    let article = |second: &str| {
        format!("Title\n\nThe drugmaker Halvorsen Pharma agreed on Thursday to pay $2 billion to settle the lawsuits.\n\n{second}\n")
    };
    // The organisation named by "the company", whether "and", "but" or ", and" joins the cues.
    for second in [
        "The company denied wrongdoing and said it settled to avoid a long trial.",
        "The company denied wrongdoing but said it settled to avoid a long trial.",
        "The company denied any wrongdoing, and said it settled to avoid a long trial.",
    ] {
        let said = said_in_article(Lang::En, &article(second));
        let (_, who) = said.iter().find(|(t, _)| t.contains("long trial")).expect("a statement");
        assert_eq!(who.as_deref(), Some("Halvorsen Pharma"), "{second}");
    }
    // A name opening the first clause.
    says(
        "Northfield Motors rejected the offer, and said its plants would stay open.",
        "its plants would stay open",
        "Northfield Motors",
    );
}

#[test]
fn quoted_as_saying_after_an_apposition_is_the_subjects() {
    // The outlet that quoted is no speaker; the subject is, past its age or title.
    for text in [
        "Tomas Lindqvist, 58, was quoted by Bloomberg as saying the company had learned hard lessons.",
        "Tomas Lindqvist, the group's chief executive, was quoted by Bloomberg as saying the company had learned hard lessons.",
    ] {
        says(text, "the company had learned hard lessons", "Tomas Lindqvist");
    }
}

#[test]
fn who_asked_the_speaker_is_no_speaker() {
    // The outlet in an opening "Interrogée par …" adjunct is not who speaks.
    let article = "Titre\n\nInterrogée par Le Monde, la députée écologiste Sandrine Rousseau dénonce « une politique au service des rentiers ».\n";
    assert_eq!(french_speaker_of(article, "rentiers").as_deref(), Some("Sandrine Rousseau"));
    // The pronoun after it is the previous sentence's subject, named after a title in
    // apposition whose complement has an elided article ("de l'Économie").
    let article = "Titre\n\nLa CFDT estime que « les salariés paient la facture ».\n\nLe ministre de l'Économie, Bruno Le Maire, a présenté son plan. Interrogé sur BFMTV, il a assuré qu'il n'y aurait « pas de récession ».\n";
    assert_eq!(french_speaker_of(article, "récession").as_deref(), Some("Bruno Le Maire"));
}

#[test]
fn a_document_after_according_to_speaks_for_its_issuer() {
    // "بيان صادر عن X" (two link words) and "بيان لـX" (a preposition glued to the issuer).
    for source in ["بيان صادر عن مجلس الوزراء", "بيان لمجلس الوزراء"] {
        let article = format!("عنوان\n\nوبحسب {source}، فإن الحكومة ستطرح سندات جديدة الشهر المقبل.\n");
        assert_eq!(said_in_article(Lang::Ar, &article), one("الحكومة ستطرح سندات جديدة الشهر المقبل", "مجلس الوزراء"));
    }
    let said =
        said_in("According to a statement issued by the Northfield cabinet, the government will issue new bonds.");
    assert_eq!(said, one("the government will issue new bonds", "Northfield cabinet"));
}

#[test]
fn an_arabic_wire_dateline_is_no_subject() {
    // The agency in the dateline is not who reports; the subject after the first verb is,
    // without the verb's object ("أسعار الفائدة").
    let article = "عنوان\n\nالقاهرة (رويترز) - أبقى البنك المركزي المصري أسعار الفائدة دون تغيير يوم الخميس، مشيرا إلى أن التضخم لا يزال مرتفعا.\n";
    assert_eq!(said_in_article(Lang::Ar, article), one("التضخم لا يزال مرتفعا", "البنك المركزي المصري"));
}

#[test]
fn an_arabic_clause_opener_with_its_pronoun_starts_a_second_report() {
    let article = "عنوان\n\nورأى الخبير الاقتصادي هاني توفيق أن القرار كان متوقعا، لكنه حذر من أن \"الركود قد يطول\".\n\nوأكد الوزير أن الحكومة ملتزمة بالإصلاح.\n";
    let said = said_in_article(Lang::Ar, article);
    let who = |t: &str| Some(t.to_string());
    assert_eq!(
        said,
        [
            ("القرار كان متوقعا".to_string(), who("هاني توفيق")),
            ("الركود قد يطول".to_string(), who("هاني توفيق")),
            // The economist keeps his role: "الوزير" is someone else, unnamed.
            ("الحكومة ملتزمة بالإصلاح".to_string(), who("الوزير")),
        ]
    );
}

#[test]
fn a_home_state_or_employer_after_a_name_is_no_part_of_it() {
    let said = said_in("Rep. Chip Roy of Texas called the bill \"a betrayal\" on Friday.");
    assert_eq!(said[0].1.as_deref(), Some("Chip Roy"), "{said:?}");
    says("Sen. Patty Murray of Washington said the bill was fair.", "the bill was fair", "Patty Murray");
    // An organisation noun before "of" keeps what follows.
    says(
        "The National Association of Realtors said sales of existing homes fell in March.",
        "sales of existing homes fell in March",
        "National Association of Realtors",
    );
    // A title with "of" keeps it.
    says("Secretary of State Maria Lopez said the talks would resume.", "the talks would resume", "Maria Lopez");
}

#[test]
fn a_pronoun_set_off_before_the_cue_is_its_subject() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nMaria Lopez praised the vote. Republicans, she added, had \"stepped back from the brink.\"\n",
    );
    assert!(!said.is_empty() && said.iter().all(|(_, who)| who.as_deref() == Some("Maria Lopez")), "{said:?}");
}

#[test]
fn a_relative_clause_before_the_cue_hides_no_subject() {
    // However long the relative clause, and whatever clause opener or coordinator it holds,
    // the subject is the phrase before it.
    says("Dana Whitlock, who as an Army colonel ran the base hospital under two commanders and later retired as a general, said that the staff had been misled.", "the staff had been misled", "Dana Whitlock");
    says("The officials, who spoke on condition of anonymity because the investigation is ongoing, said regulators were weighing a fine.", "regulators were weighing a fine", "officials");
}

#[test]
fn a_dateline_is_no_part_of_a_postposed_report() {
    let said = said_in(
        "DETROIT (Reuters) - Northfield Motors is recalling about 1 million pickup trucks because of a brake defect, the National Highway Traffic Safety Administration said on Wednesday.",
    );
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].0.starts_with("Northfield Motors is recalling"), "{said:?}");
}

#[test]
fn a_group_named_by_a_source_noun_without_article_speaks() {
    for (text, who) in [
        (
            "The company is recalling about 1 million pickup trucks, federal regulators said on Wednesday.",
            "federal regulators",
        ),
        ("The vote was delayed until next week, Democratic lawmakers said.", "Democratic lawmakers"),
        // Capitalised only because it opens the sentence, with its complement.
        ("Advisers to the mayor say the budget will be cut again next year.", "Advisers to the mayor"),
    ] {
        assert_eq!(speaker_of_one(text), who, "{text}");
    }
}

#[test]
fn a_source_noun_with_an_elided_article_is_a_source() {
    // "l'entourage" is one token: the noun is found behind the elision.
    let said = said_in_article(Lang::Fr, "Titre\n\nSelon l'entourage du ministre, le dossier avance bien.\n");
    assert_eq!(said, one("le dossier avance bien", "l'entourage du ministre"));
    // The counter-example stays: a place or a criterion after "selon" is no source.
    assert_eq!(said_in_article(Lang::Fr, "Titre\n\nSelon les régions, les prix varient beaucoup.\n"), []);
}

#[test]
fn se_dire_with_an_attribute_reports_it() {
    // The reflexive's passé composé is "se dire" (not "dire" after the auxiliary "s'est"),
    // and its attribute, quoted or not, is what was said.
    for (sentence, said) in [
        ("Le maire, Paul Girard, s'est dit « confiant » sur l'issue du vote.", "« confiant » sur l'issue du vote"),
        ("Le maire, Paul Girard, s'est dit confiant sur l'issue du vote.", "confiant sur l'issue du vote"),
    ] {
        assert_eq!(
            said_in_article(Lang::Fr, &format!("Titre\n\n{sentence}\n")),
            one(said, "Paul Girard"),
            "{sentence}"
        );
    }
}

#[test]
fn the_addressee_of_told_keeps_its_noun() {
    // "the BBC" is whom he told, not the subject of what he said.
    says(
        "Councillor Ray Dunn told the BBC his remarks had been misquoted.",
        "his remarks had been misquoted",
        "Ray Dunn",
    );
    says(
        "Councillor Ray Dunn told the Gazette newspaper his remarks had been misread.",
        "his remarks had been misread",
        "Ray Dunn",
    );
}

#[test]
fn an_incise_followed_by_a_coordinated_report_closes_the_words_before_it() {
    // "…, he said, but he denied …": two reports, the words before the incise and the
    // denied clause, both his.
    let said = said_in("Ray Dunn spoke on Monday. The road had been shut since March, he said, but he denied the council was to blame.");
    let texts = texts_of(&said);
    assert_eq!(texts, ["The road had been shut since March", "the council was to blame"], "{said:?}");
    assert!(said.iter().all(|(_, w)| w.as_deref() == Some("Ray Dunn")), "{said:?}");
}

#[test]
fn a_bare_clause_opens_on_a_pronoun_and_its_verb_in_s() {
    // The table lists the common verbs in -s; after a pronoun any word in -s is the verb,
    // so "signals" belongs to the clause and does not make "Analysts say it" a speaker.
    says("Analysts say it signals a need to cut costs.", "it signals a need to cut costs", "Analysts");
    says("Analysts say it adds to the pressure on the bank.", "it adds to the pressure on the bank", "Analysts");
}

#[test]
fn a_bare_clause_keeps_its_subject_past_an_aside_and_an_approximate_number() {
    // A participle with its agent between commas is an aside inside the subject.
    says(
        "Many shop owners insist the scheme, managed by the port, has created hundreds of jobs.",
        "the scheme, managed by the port, has created hundreds of jobs",
        "Many shop owners",
    );
    // "nearly 40 families": the number's approximator is no preposition opening an adjunct.
    says(
        "The mayor said nearly 40 families had asked the city for help.",
        "nearly 40 families had asked the city for help",
        "mayor",
    );
    says(
        "The union said more than 300 workers had signed the letter.",
        "more than 300 workers had signed the letter",
        "The union",
    );
    // A number written out in words is a number too ("about thirty").
    says(
        "The mayor said about thirty residents had asked for a meeting.",
        "about thirty residents had asked for a meeting",
        "mayor",
    );
    // A real adjunct before the clause is still skipped.
    says("The mayor said in 2015 the plan would fail.", "the plan would fail", "mayor");
}

#[test]
fn a_state_in_parentheses_ends_no_sentence() {
    // "(D-Ore.)," / "(D-N.C.).": the full stops of the abbreviation close no sentence, so
    // the quote after the description continues the same speaker.
    for party in ["(D-Ore.),", "(D-N.C.),"] {
        let text = format!(
            "“We cannot keep raising fees on the poorest families,” said Rep. Tom Ruiz {party} head of the finance panel. “This budget is a disgrace to the whole city and everyone knows it.”"
        );
        let said = said_in(&text);
        assert_eq!(said.len(), 2, "{said:?}");
        assert!(said.iter().all(|(_, w)| w.as_deref() == Some("Tom Ruiz")), "{said:?}");
    }
    let said = said_in("“We cannot keep raising fees on the poorest families,” said Rep. Tim Ruiz (D-Ore.). “This budget is a disgrace to the whole city and everyone knows it.”");
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said.iter().all(|(_, w)| w.as_deref() == Some("Tim Ruiz")), "{said:?}");
}

#[test]
fn an_infinitive_after_a_short_adjunct_is_the_report() {
    // Not "Paul Girard, ministre des Sports" said by the station the adjunct names.
    assert_eq!(
        said_in_article(Lang::Fr, "Titre\n\nPaul Girard, ministre des Sports, a expliqué mardi sur Radio Nord ne pas vouloir se représenter.\n"),
        one("ne pas vouloir se représenter", "Paul Girard")
    );
}

#[test]
fn a_participle_after_a_noun_phrase_is_that_phrases() {
    // An absolute construction: the noun phrase before the participle speaks, not the
    // sentence's subject.
    let fr = said_in_article(
        Lang::Fr,
        "Titre\n\nLe projet du maire divise la ville, plusieurs commerçants dénonçant « une trahison pure et simple ».\n",
    );
    assert_eq!(fr, one("une trahison pure et simple", "plusieurs commerçants"));
    says(
        "The union rejected the offer on Friday, with analysts saying the deal would cut wages.",
        "the deal would cut wages",
        "analysts",
    );
    // A participle after a comma still continues the sentence's subject.
    says(
        "The union rejected the offer on Friday, saying the deal would cut wages.",
        "the deal would cut wages",
        "The union",
    );
}

#[test]
fn a_report_inside_parentheses_is_the_asides() {
    // The aside's own subject speaks, and the closing parenthesis is no part of the content.
    says(
        "Ana Ruiz was taken to hospital on Sunday (her campaign later confirmed that she has the flu).",
        "she has the flu",
        "her campaign",
    );
    // A parenthesis closed before the cue does not bound its subject.
    says("Rep. Tom Ruiz (D-Ore.) said the vote would be close.", "the vote would be close", "Tom Ruiz");
}

#[test]
fn an_adjunct_before_a_cue_is_no_content() {
    // "Lors d'un point presse, il a répondu …" says where he spoke, not what.
    let said = said_in_article(
        Lang::Fr,
        "Titre\n\nPaul Girard a présidé le conseil. Lors d'un point presse, il a répondu aux élus.\n",
    );
    assert!(said.is_empty(), "{said:?}");
}

#[test]
fn an_arabic_participle_of_speech_opens_a_report_without_a_comma() {
    // "… مشيرا إلى أن …": the first report ends before the participle, which reports too.
    let said = said_in_article(
        Lang::Ar,
        "عنوان\n\nوأضاف الوزير أن العمل في الطريق سيستمر حتى الصيف مشيرا إلى أن الكلفة لن تزيد على المقرر.\n",
    );
    let texts = texts_of(&said);
    assert_eq!(texts, ["العمل في الطريق سيستمر حتى الصيف", "الكلفة لن تزيد على المقرر"], "{said:?}");
}

#[test]
fn a_quoted_title_of_a_work_is_no_statement() {
    // "a statement titled “…”", "une campagne intitulée « … »", "حملة بعنوان "…"": the quote
    // names a work; and a comma after "that" is no part of the clause.
    says(
        "The firm stated in a statement titled “Mill Closure Rumours Are False” that the mill will stay open.",
        "the mill will stay open",
        "The firm",
    );
    says(
        "The firm stated that, “the mill will stay open for years to come.”",
        "the mill will stay open for years to come.",
        "The firm",
    );
    for sentence in [
        "Dans un communiqué intitulé « Des rues propres pour tous », la mairie a affirmé que les amendes seraient doublées.",
        "La mairie a affirmé, dans un communiqué intitulé « Des rues propres pour tous », que les amendes seraient doublées.",
    ] {
        let fr = said_in_article(Lang::Fr, &format!("Titre\n\n{sentence}\n"));
        assert_eq!(fr.len(), 1, "{fr:?}");
        assert_eq!(fr[0].0, "les amendes seraient doublées");
    }
    let ar = said_in_article(
        Lang::Ar,
        "عنوان\n\nوأضاف الوزير خلال إطلاق حملة بعنوان \"شوارع نظيفة للجميع\" أن الغرامات ستتضاعف.\n",
    );
    assert_eq!(ar, one("الغرامات ستتضاعف", "الوزير"));
}

#[test]
fn a_councilor_is_a_title() {
    says("Councilor Ana Thompson said the vote could wait a week.", "the vote could wait a week", "Ana Thompson");
    says("Councilwoman Ana Thompson said the vote could wait a week.", "the vote could wait a week", "Ana Thompson");
}

#[test]
fn a_full_stop_glued_to_a_capitalised_word_ends_the_sentence() {
    // "… en mai.Le préfet …": a missing space, not an abbreviation; the second sentence
    // has its own speaker.
    let said = said_in_article(
        Lang::Fr,
        "Titre\n\nLe maire a affirmé que la route serait rouverte en mai.Le préfet Paul Girard a assuré que les travaux dureraient un an.\n",
    );
    let who: Vec<_> = said.iter().map(|(_, w)| w.clone().unwrap_or_default()).collect();
    assert_eq!(who, ["maire", "Paul Girard"], "{said:?}");
}

#[test]
fn a_bare_clause_after_an_adjunct_or_a_hearer_opens_on_its_subject() {
    // The word after the adjunct's preposition is its object; a bare noun after the
    // hearer's name opens the clause.
    says(
        "Ana Ruiz said in a written reply the council would publish the figures.",
        "the council would publish the figures",
        "Ana Ruiz",
    );
    says(
        "A source told KXTV deputies had been sent to collect the ledgers.",
        "deputies had been sent to collect the ledgers",
        "A source",
    );
    // "said when …", "said after …" with a clause of their own report nothing.
    for text in [
        "It is what Ana Ruiz said when she quit the board after the city sold the pier.",
        "It was a good day, the mayor said after the talks ended.",
    ] {
        assert!(said_in(text).iter().all(|(t, _)| !t.contains("ended") && !t.contains("quit")), "{text}");
    }
}

#[test]
fn a_trailing_attribution_is_no_part_of_the_content() {
    // "…, the Courier reports.": the content ends before its own attribution.
    let said =
        said_in("Sources said the unions told workers there were no plans to close the plant, the Courier reports.");
    assert!(said.iter().all(|(t, _)| !t.contains("Courier")), "{said:?}");
    assert!(!said.is_empty(), "{said:?}");
}

#[test]
fn a_report_inside_a_relative_clause_starts_at_its_verb() {
    // The relative's subject speaks; the report is its verb and what follows, up to the
    // comma that closes a relative set off by commas.
    says(
        "The city paid for the new ferry, which port officials said would cost twice the first estimate.",
        "would cost twice the first estimate",
        "port officials",
    );
    says(
        "The council dropped the plan, which Mayor Ann Cole said would close two schools.",
        "would close two schools",
        "Ann Cole",
    );
    says("The driver, who police say was drunk, fled on foot.", "was drunk", "police");
    // No subject between the pronoun and the cue: the relative's own verb, no report.
    assert_eq!(said_in("The driver, who said nothing at the hearing, left the court by a side door."), []);
}

#[test]
fn a_present_verb_after_a_noun_subject_makes_a_clause() {
    says(
        "Several economists say the bank's latest outlook hides a weaker labour market.",
        "the bank's latest outlook hides a weaker labour market",
        "Several economists",
    );
    // A plural noun's verb has no ending: any plain word between it and an article.
    says("The mayor says most residents support the plan.", "most residents support the plan", "mayor");
    // After an article the word in -s is the noun ("the rates a week …" is no clause).
    assert_eq!(said_in("The mayor added the rates a week after the vote."), []);
}

#[test]
fn a_complementizer_after_a_colon_and_an_attribution_after_a_comma_are_left_out() {
    // "قال X: إن …": the complementizer the colon introduces is no part of the content; nor
    // is "as she put it" at its end.
    let said = said_in_article(
        Lang::Ar,
        "عنوان\n\nقالت الدكتورة هالة منصور، وزيرة الصحة: إن المستشفيات الجديدة ستفتح أبوابها قبل الصيف، على حد قولها.\n",
    );
    assert_eq!(said, one("المستشفيات الجديدة ستفتح أبوابها قبل الصيف", "هالة منصور"));
    // A capitalised word after the colon opens a quotation, even when it is "That".
    says(
        "The mayor said: That is not what the council voted for last week.",
        "That is not what the council voted for last week",
        "mayor",
    );
}

#[test]
fn a_name_set_off_after_a_clause_is_the_whole_subject() {
    // The clause before the comma is what the speaker talks about: the known name in it is
    // no speaker, the name set off before the cue is.
    says(
        "Trump will use the debate to make news, Kall said: \"He always has a surprise ready.\"",
        "He always has a surprise ready.",
        "Kall",
    );
    // Without a clause before it, the comma sets off an apposition ("Ann Cole, the mayor,").
    says(
        "Ann Cole, the mayor, said: \"The ferry will run again next spring.\"",
        "The ferry will run again next spring.",
        "Ann Cole",
    );
}

#[test]
fn a_name_and_its_apposition_before_a_cue_are_no_content() {
    // "Name, apposition, noted the rule …": the cue's subject and its object (a noun
    // phrase that reports), not a report put before the cue with the speaker after it.
    let said = said_in(
        "Maria Lund, the mayor's eldest sister, noted the delays on the radio on Sunday. She said tenants would not be eligible.",
    );
    let mut expected = one("the delays on the radio on Sunday", "Maria Lund");
    expected.extend(one("tenants would not be eligible", "Maria Lund"));
    assert_eq!(said, expected);
}

#[test]
fn a_colon_ending_its_paragraph_announces_the_next_paragraph() {
    // The press sets a long quotation apart: the cue's colon closes one paragraph and the
    // words said fill the next, in quote marks or not.
    let en = said_in_article(
        Lang::En,
        "Ferry plan\n\nMayor Paul Vidal spoke at the harbour on Friday.\n\nVidal said:\n\n\"The ferry will run again next spring, whatever the council decides.\"\n\nThe harbour master added:\n\nThe old pier cannot carry another winter of storms. It has to be rebuilt.\n",
    );
    assert_eq!(
        en,
        [
            (
                "The ferry will run again next spring, whatever the council decides.".to_string(),
                Some("Paul Vidal".to_string())
            ),
            (
                "The old pier cannot carry another winter of storms. It has to be rebuilt".to_string(),
                Some("The harbour master".to_string())
            ),
        ]
    );
    let fr = said_in_article(
        Lang::Fr,
        "Titre\n\nLe maire Paul Vidal était au port vendredi.\n\nIl a ajouté :\n\n« Le bac reprendra au printemps, quoi que décide le conseil. »\n",
    );
    assert_eq!(fr, one("Le bac reprendra au printemps, quoi que décide le conseil.", "Paul Vidal"));
    // A colon with words after it in its own paragraph keeps them.
    says("The mayor said: the ferry will run again next spring.", "the ferry will run again next spring", "mayor");
}

#[test]
fn a_time_adjunct_between_a_quote_and_its_incise_stays_out_of_the_content() {
    let fr = said_in_article(
        Lang::Fr,
        "Titre\n\n« Nous avons parlé longuement avec les pêcheurs du port », samedi soir, a déclaré le maire Paul Vidal.\n",
    );
    assert_eq!(fr, one("Nous avons parlé longuement avec les pêcheurs du port", "Paul Vidal"));
    says(
        "\"The ferry will run again next spring without fail,\" on Tuesday, said Mayor Paul Vidal.",
        "The ferry will run again next spring without fail",
        "Paul Vidal",
    );
}

#[test]
fn a_clause_of_time_and_a_connector_before_the_subject_are_no_speaker() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nTom Reyes, the head of the port authority, said the ferry would run again in May.\n\n\
         As the crowd cheered, the host said, \"The last ferry leaves at midnight from the north pier.\"\n\n\
         Meanwhile the host said, \"The north pier will be closed all day on Sunday.\"\n",
    );
    let speakers: Vec<_> = said.iter().map(|(_, who)| who.as_deref().unwrap_or("?")).collect();
    // "the host" is no role of Tom Reyes's: the article in "the head of …" matches nothing.
    assert_eq!(speakers, ["Tom Reyes", "the host", "the host"], "{said:?}");
}

/// "According to Chief X, who spoke on Tuesday, police responded …": the relative clause is
/// the source's; "…, she said" after a long report is the speaker of the sentence before,
/// not a place named in between.
#[test]
fn a_source_s_relative_clause_and_a_pronoun_after_a_long_report() {
    let said = said_in(
        "According to Fire Chief Erin Vance, who briefed reporters on Friday, crews reached the warehouse at 10 a.m.",
    );
    assert_eq!(said, one("crews reached the warehouse at 10 a.m", "Erin Vance"));
    let said = said_in(
        "Fire Chief Erin Vance said that the letter reached the Bayside College Security Office on Monday. The letter listed dozens of grievances against the college, its board, its trustees, its lawyers, its insurers and its former and current deans over nine years of disputes about pay, housing and pensions, and it named every member of staff involved, she said.",
    );
    assert_eq!(said.len(), 2, "{said:?}");
    assert_eq!(said[1].1.as_deref(), Some("Erin Vance"), "{said:?}");
}

/// "called the plan “reckless” and “a gift to speculators”": quoted fragments joined by a
/// lone "and" are one content; a coordinated verb after a quote ("“X” and vowed …") still
/// ends it.
#[test]
fn quoted_fragments_joined_by_and_stay_one_content() {
    let said = said_in("The senator said the plan was \u{201c}reckless\u{201d} and \u{201c}a gift to speculators\u{201d} in a speech on Monday.");
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].0.ends_with("a gift to speculators\u{201d} in a speech on Monday"), "{said:?}");
}

/// "a sèchement répondu", "has repeatedly insisted": an adverb between the auxiliary and
/// the participle leaves the cue whole, whether or not the participle is a cue alone.
#[test]
fn an_adverb_between_the_auxiliary_and_the_participle_splits_no_cue() {
    for (text, words, who) in [
        ("Titre\n\n« Rien ne change », ont sèchement répondu les syndicats.\n", "Rien ne change", "les syndicats"),
        ("Titre\n\n« On verra », a sobrement commenté la ministre.\n", "On verra", "ministre"),
    ] {
        let found = french_speaker_of(text, words);
        assert!(found.as_deref().is_some_and(|w| w.contains(who)), "{text}: {found:?}");
    }
    says("“The bridge is safe,” the mayor has repeatedly insisted.", "The bridge is safe", "mayor");
}

/// « Nous reconstruirons, a déclaré Claire Dumont, et … »: an incise inside the quote marks
/// splits the quote, however few words come before it.
#[test]
fn a_short_opening_before_an_incise_inside_quote_marks_is_speech() {
    let said = said_in_article(
        Lang::Fr,
        "Titre\n\n« Nous reconstruirons, a déclaré Claire Dumont, et nous reconstruirons mieux. »\n",
    );
    let texts = texts_of(&said);
    assert_eq!(texts, ["Nous reconstruirons", "et nous reconstruirons mieux."]);
    assert!(said.iter().all(|(_, who)| who.as_deref() == Some("Claire Dumont")), "{said:?}");
}

/// "la Fondation Abbé-Pierre": a capitalised head noun is part of the organisation's
/// name; "la société Ambulys" is Ambulys.
#[test]
fn a_capitalised_head_is_part_of_the_organisation_name() {
    let text = "Titre\n\nSelon la Fondation Marcel-Roux, le texte reste insuffisant.\n\n\
                La société Ambulys estime que le texte reste insuffisant.\n";
    let said = said_in_article(Lang::Fr, text);
    let who: Vec<Option<&str>> = said.iter().map(|(_, w)| w.as_deref()).collect();
    assert_eq!(who, [Some("Fondation Marcel-Roux"), Some("Ambulys")]);
}

/// "La société civile, par la voix de son président, dénonce « l'insécurité »": a quote
/// opened after the cue is what was said, never the speaker of the words before the cue.
#[test]
fn a_quote_after_the_cue_is_never_its_speaker() {
    let said = said_in_article(
        Lang::Fr,
        "Titre\n\nLa société civile, par la voix de son président Jean Bako, dénonce « l'insécurité grandissante ».\n",
    );
    assert!(said.iter().all(|(_, who)| who.as_deref() != Some("l'insécurité grandissante")), "{said:?}");
}

#[test]
fn a_lead_in_before_a_colon_is_no_part_of_a_postposed_quote() {
    // The writer's "Residents remain wary:" introduces the quote; the quote alone was said.
    says(
        "Residents remain wary: \"We have heard all this before,\" said Ann Lee, a teacher.",
        "We have heard all this before",
        "Ann Lee",
    );
    let said = said_in_article(
        Lang::Fr,
        "Titre\n\nLes usagers restent sceptiques : « On a déjà entendu ça », lâche Sophie Roux, rencontrée à la gare.\n",
    );
    assert_eq!(said, one("On a déjà entendu ça", "Sophie Roux"));
}

#[test]
fn a_clergy_or_police_title_abbreviation_opens_the_name() {
    // "the Rev.", "Det.": the full stop of the title ends no sentence and the name follows.
    says("\"It is a crisis,\" said the Rev. Alan Price, who leads a prison ministry.", "It is a crisis", "Alan Price");
    says("Det. Maria Stone said the suspect had fled on foot.", "the suspect had fled on foot", "Maria Stone");
}

#[test]
fn an_incise_may_hold_a_longer_adjunct_of_where_it_was_said() {
    // "wrote in a memo to the board": where it was said, between the cue and the comma.
    let said = said_in(
        "Greg Holt runs the county. The proposal, Holt wrote in a memo to the board, would cost about $90 million.",
    );
    assert_eq!(texts_of(&said), ["The proposal", "would cost about $90 million"], "{said:?}");
    assert!(said.iter().all(|(_, w)| w.as_deref() == Some("Greg Holt")), "{said:?}");
}

#[test]
fn a_name_and_its_relative_clause_before_a_cue_are_its_subject() {
    // "Tan, who took over in January, has promised …": no content before the cue, and the
    // object after it names no speaker.
    let said = said_in("Maria Tan, who took over in January, has promised investors a leaner company.");
    assert!(said.is_empty(), "{said:?}");
}

#[test]
fn a_participle_of_how_the_reporter_met_a_source_is_no_part_of_its_name() {
    let said = said_in_article(
        Lang::Fr,
        "Titre\n\n« C'est la troisième grève depuis janvier », soupire une voyageuse rencontrée dans le hall.\n",
    );
    assert_eq!(said, one("C'est la troisième grève depuis janvier", "une voyageuse"));
}
