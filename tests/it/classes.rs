//! The failure classes found on real news, each as a general rule shown on sentences
//! written for the project (never an article's): who says the statement that holds the
//! given words.

use quotegraph::article::Article;
use quotegraph::extract::extract;
use quotegraph::kb::Kb;
use quotegraph::lang::Lang;

/// The speaker's name of the statement whose text contains `words`, in `text`.
fn speaker_of(lang: Lang, text: &str, words: &str) -> Option<String> {
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let a = Article::new("case.txt", "case", format!("Title\n\n{text}\n"), Some(lang), "https://example.org/");
    let st = extract(&a, &kb);
    let s = st.iter().find(|s| s.text.contains(words)).unwrap_or_else(|| {
        panic!("no statement with '{words}' in {text}: {:?}", st.iter().map(|s| &s.text).collect::<Vec<_>>())
    });
    s.speaker.as_ref().map(|a| a.name.clone())
}

fn check(cases: &[(Lang, &str, &str, &str)]) {
    let mut failures = Vec::new();
    for &(lang, text, words, who) in cases {
        let got = speaker_of(lang, text, words);
        if got.as_deref() != Some(who) {
            failures.push(format!("{lang}: expected {who}, got {got:?}: {text}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// Every statement of an English `text` (after a title line) as (text, speaker's name).
pub(crate) fn said_in(text: &str) -> Vec<(String, Option<String>)> {
    said_in_article(Lang::En, &format!("Title\n\n{text}\n"))
}

/// The speaker's name of the one statement of an English `text`; fails unless there is
/// exactly one, with a speaker.
pub(crate) fn speaker_of_one(text: &str) -> String {
    let said = said_in(text);
    assert_eq!(said.len(), 1, "{text}: {said:?}");
    said[0].1.clone().unwrap_or_else(|| panic!("no speaker: {text}"))
}

/// Every statement of an article as it is written (its first line read as the article
/// gives it), as (text, speaker's name).
pub(crate) fn said_in_article(lang: Lang, article: &str) -> Vec<(String, Option<String>)> {
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let a = Article::new("case.txt", "case", article.to_string(), Some(lang), "https://example.org/");
    extract(&a, &kb).into_iter().map(|s| (s.text, s.speaker.map(|a| a.name))).collect()
}

/// The texts of what [`said_in_article`] found, in order.
pub(crate) fn texts_of(said: &[(String, Option<String>)]) -> Vec<&str> {
    said.iter().map(|(t, _)| t.as_str()).collect()
}

#[test]
fn participles_continue_the_speaker_of_the_sentence() {
    check(&[
        (
            Lang::En,
            "There is no deal yet, the sources said, adding that the talks would resume on Monday.",
            "talks would resume",
            "sources",
        ),
        (
            Lang::En,
            "OSLO – The city council rejected the plan on Friday, saying the costs were too high.",
            "costs were too high",
            "city council",
        ),
        (
            Lang::Fr,
            "Le syndicat a rejeté le plan vendredi, estimant que les coûts étaient trop élevés.",
            "coûts étaient trop élevés",
            "Le syndicat",
        ),
        (
            Lang::Ar,
            "وأكد الوزير سامي الحداد أنه يدعم المشروع، مشيرا إلى أن التمويل متوفر.",
            "التمويل متوفر",
            "سامي الحداد",
        ),
    ]);
}

#[test]
fn a_title_alone_refers_back_to_who_held_it() {
    check(&[
        (
            Lang::En,
            "Harbour Governor Ellen Park said that the port would reopen. Later, the Governor told reporters that ships were waiting.",
            "ships were waiting",
            "Ellen Park",
        ),
        (
            Lang::Ar,
            "وقالت رئيسة هيئة الموانئ سلمى حداد إن الميناء سيفتح. وأوضحت رئيسة الهيئة أن السفن تنتظر.",
            "السفن تنتظر",
            "سلمى حداد",
        ),
    ]);
}

#[test]
fn names_with_honorifics_particles_and_adverbs_around_them() {
    check(&[
        (
            Lang::En,
            "What Mr. Dalton said was that the plan had failed in every district.",
            "the plan had failed",
            "Dalton",
        ),
        (
            Lang::En,
            "Asked about the vote, Omar al-Sabah said the result was final.",
            "result was final",
            "Omar al-Sabah",
        ),
        (Lang::En, "Omar Haddad spoke first. He also says the budget was cut twice.", "budget was cut", "Omar Haddad"),
        (
            Lang::En,
            "The price was not disclosed but the sources said the deal was worth millions.",
            "deal was worth millions",
            "sources",
        ),
        (
            Lang::En,
            "Soberingly, the Harbour Research Group said on Tuesday that the coast would flood.",
            "coast would flood",
            "Harbour Research Group",
        ),
    ]);
}

#[test]
fn arabic_genitive_chains_quoted_names_and_asides() {
    check(&[
        // A definite title takes no genitive: the next definite noun is the verb's object.
        (Lang::Ar, "ورفض المدرب التعليق، قائلا إن الوقت غير مناسب للحديث.", "الوقت غير مناسب", "المدرب"),
        // An adjective and a name after a definite title.
        (Lang::Ar, "وقال النائب المعارض جمال ناصر إن الخطة لن تنجح.", "الخطة لن تنجح", "جمال ناصر"),
        // A name in quote marks before the complementizer.
        (Lang::Ar, "وأكد المدير الفني للنادي \"كمال عيسى\" أن الفريق جاهز للمباراة.", "الفريق جاهز", "كمال عيسى"),
        // An aside in parentheses between the speaker and the complementizer.
        (Lang::Ar, "أعلنت وزارة الصحة، اليوم (الاثنين)، أن الوباء تراجع في المدن.", "الوباء تراجع", "وزارة الصحة"),
        // The text continues a masculine speaker with feminine verbs: still that speaker.
        (Lang::Ar, "وقال أحد المحامين إن الحكم قاس. وأضافت أن الاستئناف ممكن.", "الاستئناف ممكن", "أحد المحامين"),
    ]);
}

#[test]
fn french_wire_copy_incises_conjunctions_and_sources() {
    check(&[
        // The incise's pronoun speaks; "à X" is the addressee, "alors que" no report.
        (
            Lang::Fr,
            "La ministre Anne Lebrun a parlé à la radio. « Nous tiendrons jusqu'au bout », a-t-elle dit à Paul Girard alors que la grève continuait.",
            "Nous tiendrons",
            "Anne Lebrun",
        ),
        // The agent of a passive after "selon".
        (
            Lang::Fr,
            "Le taux est inchangé depuis juin, selon une décision prise par le Conseil monétaire régional.",
            "taux est inchangé",
            "Conseil monétaire régional",
        ),
        // A relative clause after the source is read on its own.
        (
            Lang::Fr,
            "La pollution augmente dans la région, selon Air-Ouest, qui prévoit qu'elle restera élevée jusqu'à dimanche.",
            "restera élevée",
            "Air-Ouest",
        ),
        // An adjunct set off by commas after the cue.
        (
            Lang::Fr,
            "Le calendrier sera connu dans deux semaines, a annoncé, mardi 3 mars, son président, Marc Vidal.",
            "calendrier sera connu",
            "Marc Vidal",
        ),
    ]);
}

#[test]
fn a_cue_between_commas_splits_its_content() {
    check(&[
        (
            Lang::En,
            "Ellen Park spoke at noon. To avoid delays, she said, every driver should leave early.",
            "every driver should leave early",
            "Ellen Park",
        ),
        (
            Lang::En,
            "The harbour, Mayor Ellen Park often says, is the heart of the town.",
            "is the heart of the town",
            "Ellen Park",
        ),
    ]);
}

/// French typesetting keeps the attribution inside the guillemets: both halves of the quote
/// are the speaker's, whether named or an inverted pronoun.
#[test]
fn a_cue_inside_the_quote_marks_attributes_both_halves() {
    let quote = "« Nous avons tout essayé pour sauver l'usine, a expliqué Claire Martin. Mais les actionnaires ont refusé toutes nos offres. »";
    check(&[
        (Lang::Fr, quote, "tout essayé pour sauver", "Claire Martin"),
        (Lang::Fr, quote, "actionnaires ont refusé", "Claire Martin"),
        (
            Lang::Fr,
            "Le maire Paul Girardin a reçu les habitants. « La route sera rouverte, a-t-il promis, avant la fin du mois de mai. »",
            "avant la fin du mois",
            "Paul Girardin",
        ),
        (
            Lang::Fr,
            "« Notre cliente est innocente, affirme Me Lucas Bernard, et nous le prouverons devant la cour. »",
            "nous le prouverons",
            "Lucas Bernard",
        ),
    ]);
    // The incise's words are no part of either half.
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let a = Article::new("case.txt", "case", format!("Titre\n\n{quote}\n"), Some(Lang::Fr), "https://example.org/");
    let texts: Vec<String> = extract(&a, &kb).into_iter().map(|s| s.text).collect();
    assert_eq!(
        texts,
        ["Nous avons tout essayé pour sauver l'usine", "Mais les actionnaires ont refusé toutes nos offres."]
    );
}

/// "…, c'est ce qu'a déclaré X": a resumptive phrase ([resumptives]) between the content
/// and the cue points back to the clause before it, the speaker after or before the verb.
#[test]
fn a_resumptive_phrase_points_back_to_the_content() {
    check(&[
        (
            Lang::Fr,
            "Le pont sera rouvert avant la fin du mois de mai, c'est ce qu'a annoncé le maire Paul Girardin.",
            "pont sera rouvert",
            "Paul Girardin",
        ),
        (
            Lang::Fr,
            "Le pont sera rouvert avant la fin du mois de mai, c'est du moins ce qu'affirme Claire Martin.",
            "pont sera rouvert",
            "Claire Martin",
        ),
        (
            Lang::Fr,
            "Le pont sera rouvert avant la fin du mois de mai, c'est ce que la maire Claire Martin a promis.",
            "pont sera rouvert",
            "Claire Martin",
        ),
        (
            Lang::En,
            "The bridge will reopen before the end of May, or so Mayor Ellen Park said on Monday.",
            "bridge will reopen",
            "Ellen Park",
        ),
    ]);
}

/// A clause reported without "that" may hold an aside in parentheses in its subject, and a
/// second cue after a comma and a coordinator ends it.
#[test]
fn asides_in_the_subject_and_a_coordinated_second_cue() {
    check(&[
        (
            Lang::En,
            "The Harbour Workers Union rejected the offer, alleging the ruling Harbour Development Party (HDP) and its local allies were working against the members.",
            "were working against",
            "Harbour Workers Union",
        ),
        (
            Lang::En,
            "Mayor Ellen Park said the bridge would reopen in May, but insisted that the tolls would stay.",
            "tolls would stay",
            "Ellen Park",
        ),
    ]);
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let text =
        "Title\n\nMayor Ellen Park said the bridge would reopen in May, but insisted that the tolls would stay.\n";
    let a = Article::new("case.txt", "case", text.to_string(), Some(Lang::En), "https://example.org/");
    let texts: Vec<String> = extract(&a, &kb).into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["the bridge would reopen in May", "the tolls would stay"]);
}

#[test]
fn labels_give_the_floor_in_transcripts_and_signatures() {
    check(&[
        (
            Lang::En,
            "The interview went on.\n\nHOST: Let us start with the budget and the new harbour plan.",
            "Let us start with the budget",
            "HOST",
        ),
        // A title abbreviated with a full stop stays in the label.
        (
            Lang::En,
            "The interview went on.\n\nGOV. REYES: The deficit is real, and we will close it by cutting waste.",
            "The deficit is real",
            "GOV. REYES",
        ),
        (
            Lang::En,
            "\u{201c}We will never give up on this town.\u{201d} \u{2015} Maria Torres",
            "never give up",
            "Maria Torres",
        ),
        // A signature may go on with a description after a comma, after another speaker.
        (
            Lang::En,
            "Mayor Ann Ruiz said the town would rebuild. \u{201c}The harbour will be open by June\u{201d} \u{2014} Paul Kerr, head of the port authority.",
            "open by June",
            "Paul Kerr",
        ),
        (
            Lang::Fr,
            "\u{ab} Nous ne lâcherons rien sur les salaires \u{bb} \u{2014} Claire Dubois, secrétaire générale du syndicat.",
            "lâcherons rien",
            "Claire Dubois",
        ),
    ]);
    // A dateline in the body gives no floor.
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let text = "Title\n\nSpringfield: The council met on Monday to discuss the harbour.\n";
    let a = Article::new("case.txt", "case", text.into(), Some(Lang::En), "https://example.org/");
    assert!(extract(&a, &kb).is_empty(), "a dateline is no speaker");
    // Nor does a headline kicker ("Transcript: …").
    let text =
        "Transcript: the governor on the state budget and the deficit\n\nThe interview was recorded on Monday.\n";
    let a = Article::new("case.txt", "case", text.into(), Some(Lang::En), "https://example.org/");
    assert!(extract(&a, &kb).is_empty(), "a kicker is no speaker");
}

/// A progressive or participial "reporting" reports like "reported"; a possessive opening
/// the sentence ("His aides …") names nobody.
#[test]
fn media_reporting_and_possessives_at_a_sentence_start() {
    check(&[(
        Lang::En,
        "The Harbour Gazette is reporting that the mayor will resign before the end of the month.",
        "mayor will resign",
        "Harbour Gazette",
    )]);
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let text = "Title\n\nHis aides called the plan \"a disaster\" for the town and its harbour.\n";
    let a = Article::new("case.txt", "case", text.to_string(), Some(Lang::En), "https://example.org/");
    for s in extract(&a, &kb) {
        assert!(s.speaker.as_ref().is_none_or(|a| a.name != "His"), "{s:?}");
    }
}

#[test]
fn a_passive_participle_reports_nothing() {
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let text = "Title\n\nL'avenir du stade sera tranché « dans les prochains jours » par la mairie.\n";
    let a = Article::new("case.txt", "case", text.into(), Some(Lang::Fr), "https://example.org/");
    assert!(extract(&a, &kb).is_empty(), "a passive participle is no cue");
    let text = "Title\n\nThe plan was agreed by the countries present in Oslo and the talks ended on Friday.\n";
    let a = Article::new("case.txt", "case", text.into(), Some(Lang::En), "https://example.org/");
    assert!(extract(&a, &kb).is_empty(), "a participle followed by its agent is passive");
}

#[test]
fn an_organisation_noun_before_a_title_is_part_of_a_persons_title() {
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    for (text, name, kind) in [
        ("Paul Mensah, the agency chief, said the clinics would stay open.", "Paul Mensah", "person"),
        ("The company spokesman, Tom Reyes, said the plant would reopen.", "Tom Reyes", "person"),
        (
            "The company that runs the terminal, Bayline Logistics, said the port would reopen.",
            "Bayline Logistics",
            "organization",
        ),
    ] {
        let a = Article::new("case.txt", "case", format!("Title\n\n{text}\n"), Some(Lang::En), "https://example.org/");
        let st = extract(&a, &kb);
        let speaker = st.first().and_then(|s| s.speaker.clone()).unwrap_or_else(|| panic!("no speaker: {text}"));
        let got = serde_json::to_value(&speaker).unwrap();
        assert_eq!((speaker.name.as_str(), got["type"].as_str().unwrap()), (name, kind), "{text}");
    }
}

#[test]
fn abbreviations_asides_and_quoted_titles_around_the_subject() {
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let statements = |text: &str| -> Vec<(String, String)> {
        let a = Article::new("case.txt", "case", format!("Title\n\n{text}\n"), Some(Lang::En), "https://example.org/");
        extract(&a, &kb).into_iter().map(|s| (s.text, s.speaker.map(|a| a.name).unwrap_or_default())).collect()
    };
    let one = |text: &str, content: &str, who: &str| {
        assert_eq!(statements(text), vec![(content.to_string(), who.to_string())], "{text}");
    };
    // The full stop of a title's abbreviation is inside the speaker phrase after the cue.
    one("\"We want answers,\" said Sen. Ann Lowe.", "We want answers", "Ann Lowe");
    // A parenthesised party and state does not count against the subject's length.
    one(
        "\"Permits are not optional,\" council Chairman Rep. Dan Pruett (D-Ore.) said after the vote.",
        "Permits are not optional",
        "Dan Pruett",
    );
    // A quoted programme title before the subject is no statement: the content follows the cue.
    one(
        "On this week's broadcast of \"Morning Edition,\" Senator Ann Lowe said the bill was dead.",
        "the bill was dead",
        "Ann Lowe",
    );
}

#[test]
fn each_paragraph_of_a_quoted_transcript_is_its_own_turn() {
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let text = "Title\n\nPartial transcript as follows:\n\n\"HARLOW: Let us start with the budget story. The council voted last night to cut the library hours.\n\n\"MARSH: Well, look, the council made a hard choice. We will restore the hours next year.\n\n\"HARLOW: Will the branches stay open?\n\n\"MARSH: The branches will stay open on weekends.\n";
    let a = Article::new("case.txt", "case", text.to_string(), Some(Lang::En), "https://example.org/");
    let statements = extract(&a, &kb);
    assert!(statements
        .iter()
        .all(|s| s.speaker.as_ref().is_some_and(|a| a.kind == quotegraph::model::AgentKind::Person)));
    let turns: Vec<(String, String)> = statements
        .into_iter()
        .map(|s| {
            (
                s.speaker.map(|a| a.name).unwrap_or_default(),
                s.text.split_whitespace().take(3).collect::<Vec<_>>().join(" "),
            )
        })
        .collect();
    let expected = [
        ("HARLOW", "Let us start"),
        ("MARSH", "Well, look, the"),
        ("HARLOW", "Will the branches"),
        ("MARSH", "The branches will"),
    ];
    assert_eq!(turns, expected.map(|(w, t)| (w.to_string(), t.to_string())).to_vec());
}

#[test]
fn a_title_anaphor_skips_a_person_given_another_role() {
    // "Le ministre" is not "la maire Claire Fontaine": an unnamed minister speaks.
    let text = "La maire Claire Fontaine a assuré avoir reçu des menaces pendant la campagne. Le ministre a déclaré que le budget était prêt pour la rentrée.";
    check(&[
        (Lang::Fr, text, "avoir reçu des menaces", "Claire Fontaine"),
        (Lang::Fr, text, "le budget était prêt", "Le ministre"),
    ]);
    // A person given that role is its antecedent.
    let text =
        "Le ministre Paul Girard a visité le port. Le ministre a déclaré que les quais seraient refaits avant l'été.";
    check(&[(Lang::Fr, text, "les quais seraient refaits", "Paul Girard")]);
}

/// A portfolio written with a capital between a title and a name ("ministre des Finances
/// Samir Kabbani") belongs to the title: the name is the two words after it, not three.
#[test]
fn a_capitalised_portfolio_is_part_of_the_title() {
    check(&[
        (
            Lang::Fr,
            "Le ministre des Finances Samir Kabbani a déclaré que le budget serait voté en mai.",
            "budget serait voté",
            "Samir Kabbani",
        ),
        (
            Lang::Fr,
            "La ministre de la Santé Anne Morel a déclaré que les hôpitaux ouvriraient.",
            "hôpitaux ouvriraient",
            "Anne Morel",
        ),
    ]);
}

/// A quote that goes on over two paragraphs with the cue at the end of the second
/// ("“…\n\n“…,” said X") is X's in both paragraphs, not the previous speaker's.
#[test]
fn a_quote_over_two_paragraphs_is_said_by_the_cue_after_it() {
    check(&[(
        Lang::En,
        "“We need the bridge now,” said Mayor Ellen Park.\n\n“The council has waited too long for the money.\n\n“We will vote on the budget in March,” said councillor Tom Reyes.",
        "waited too long",
        "Tom Reyes",
    )]);
    // With no speaker before it, over three paragraphs, and in French spacing ("« Nous").
    check(&[
        (
            Lang::En,
            "The mayor spoke at length.\n\n“We have waited too long for this bridge.\n\n“The island is cut off for weeks every winter.\n\n“This plan changes that for good,” Mayor Ellen Park said.",
            "waited too long",
            "Ellen Park",
        ),
        (
            Lang::Fr,
            "La maire a longuement parlé.\n\n« Nous attendons ce pont depuis trop longtemps.\n\n« Ce projet change tout », a déclaré la maire, Claire Dumont.",
            "depuis trop longtemps",
            "Claire Dumont",
        ),
    ]);
}

/// An acronym in parentheses between the subject and the cue ("The Harbour Workers Union
/// (HWU) said the strike …") does not stop a clause without "that" from being reported.
#[test]
fn an_aside_before_the_cue_keeps_the_bare_clause() {
    check(&[
        (
            Lang::En,
            "The Harbour Workers Union (HWU) said the strike would go on until Friday.",
            "strike would go on",
            "Harbour Workers Union",
        ),
        (Lang::En, "Senator Ann Lowe (D-Ore.) said the bill would fail in committee.", "bill would fail", "Ann Lowe"),
    ]);
}

#[test]
fn an_adjunct_opening_the_sentence_is_followed_by_the_speaker() {
    // The earlier speaker is the one a failed search would fall back on.
    let before = "Maria Torres opened the session.";
    check(&[
        (Lang::En, &format!("{before} On Monday, Okafor said the port would reopen."), "port would reopen", "Okafor"),
        (
            Lang::En,
            &format!("{before} At Monday’s hearing, Okafor criticized the board for the delays."),
            "the board for the delays",
            "Okafor",
        ),
        (Lang::En, &format!("{before} In Lagos, Okafor said the talks had failed."), "talks had failed", "Okafor"),
        (
            Lang::Fr,
            "Maria Torres a ouvert la séance. À Lyon, Okafor a déclaré que le port rouvrirait.",
            "le port rouvrirait",
            "Okafor",
        ),
        // A place after a name still continues the place, not the speaker.
        (Lang::En, "Luke Crane, of Springfield, Va., said the plant would close.", "plant would close", "Luke Crane"),
    ]);
}

#[test]
fn a_subject_pronoun_after_the_cue_opens_a_clause_whatever_its_verb() {
    check(&[
        (Lang::En, "Nina Patel said they plan to appeal the ruling next week.", "they plan to appeal", "Nina Patel"),
        (
            Lang::En,
            "The union's lawyers say she'll continue the case in the spring.",
            "she'll continue",
            "The union's lawyers",
        ),
    ]);
}

#[test]
fn a_quote_closing_on_a_comma_before_a_second_cue_ends_the_first_statement() {
    let said = said_in("The marchers said they want “a fair hearing for everyone,” but pledged to remain calm.");
    let texts: Vec<String> = said.into_iter().map(|(text, _)| text).collect();
    assert!(texts.iter().any(|t| t.starts_with("they want") && !t.contains("pledged")), "{texts:?}");
    assert!(texts.iter().any(|t| t == "to remain calm"), "{texts:?}");
}

#[test]
fn a_capitalised_quantifier_names_nobody() {
    let said = said_in("Nearly half of the voters say they plan to watch the debate.");
    assert!(said.iter().any(|(text, _)| text.starts_with("they plan")), "the clause is found");
    assert!(said.iter().all(|(_, speaker)| speaker.as_deref() != Some("Nearly")), "'Nearly' is no one");
}

#[test]
fn a_slash_joins_the_words_of_a_speakers_description() {
    check(&[(
        Lang::En,
        "“The plan is fair,” said Anna Berg. “The reasons given do not hold. They are wrong,” said 7/7 survivor Tessa Grant.",
        "reasons given do not hold",
        "Tessa Grant",
    )]);
}

#[test]
fn a_coordinated_clause_with_its_own_cue_is_a_statement_of_its_own() {
    let st = said_in(
        "Amal Haddad said the reforms were not complete, and the opposition warned that the budget would fail. \
                Haddad said prices would rise, and that investors would wait.",
    );
    assert!(st.iter().any(|(t, _)| t == "the reforms were not complete"), "{st:?}");
    assert!(
        st.iter().any(|(t, who)| t == "the budget would fail" && who.as_deref() == Some("the opposition")),
        "{st:?}"
    );
    // A second "that" continues the same statement.
    assert!(st.iter().any(|(t, _)| t.starts_with("prices would rise, and that investors")), "{st:?}");
}

#[test]
fn a_coordinator_before_a_cue_ends_the_statement_even_without_a_comma() {
    let st = said_in(
        "Okafor said the port would reopen on Monday and warned that new strikes would follow. \
                The council said the new rules were fair and residents said they were pleased.",
    );
    let said = |text: &str, who: &str| st.iter().any(|(t, w)| t == text && w.as_deref() == Some(who));
    assert!(said("the port would reopen on Monday", "Okafor"), "{st:?}");
    assert!(said("new strikes would follow", "Okafor"), "{st:?}");
    assert!(said("the new rules were fair", "The council"), "{st:?}");
    assert!(said("they were pleased", "residents"), "the second clause's own subject: {st:?}");
}

#[test]
fn a_relative_that_and_a_clause_of_time_after_the_cue_report_nothing() {
    let kb = Kb::load(&[]).unwrap();
    let text = "Title\n\nThe minister stressed her backing of the 2014 reform that lowered taxes on small firms. \
                “We will defend the bloc,” Anna Berg said Friday as she left the hall. \
                Okafor said that would be a mistake for the port.\n";
    let a = Article::new("case.txt", "case", text.into(), Some(Lang::En), "https://example.org/");
    let texts: Vec<String> = extract(&a, &kb).into_iter().map(|s| s.text).collect();
    assert!(!texts.iter().any(|t| t.starts_with("lowered taxes")), "a relative clause: {texts:?}");
    assert!(!texts.iter().any(|t| t.contains("left the hall")), "a clause of time: {texts:?}");
    assert!(texts.iter().any(|t| t == "We will defend the bloc"), "{texts:?}");
    // Right after the cue, "that" is still a complementizer (here a demonstrative subject).
    assert!(texts.iter().any(|t| t.contains("would be a mistake")), "{texts:?}");
}

#[test]
fn a_quantified_group_is_an_unnamed_speaker() {
    let before = "Maria Torres opened the session.";
    check(&[
        (
            Lang::En,
            &format!("{before} Several cast members said the host had been rude to them."),
            "host had been rude",
            "Several cast members",
        ),
        (Lang::En, &format!("{before} Two officials said the talks had failed."), "talks had failed", "Two officials"),
    ]);
}

#[test]
fn a_clause_after_the_addressee_of_tell_is_what_was_said() {
    let st = said_in(
        "Okafor told The Harbour Times he was tired of waiting. Two officials told reporters the talks had failed.",
    );
    let said = |text: &str, who: &str| st.iter().any(|(t, w)| t == text && w.as_deref() == Some(who));
    assert!(said("he was tired of waiting", "Okafor"), "the addressee's name is not in the content: {st:?}");
    assert!(said("the talks had failed", "Two officials"), "{st:?}");
}

#[test]
fn a_headline_label_gives_the_floor_even_when_the_headline_ends_with_a_full_stop() {
    let body = "\n\nThe port of Lagos reopened on Monday after a week of talks led by Governor Ada Okafor.\n";
    let said = said_in_article(Lang::En, &format!("Okafor: Port Workers Will Return to the Docks.{body}"));
    assert_eq!(said, [("Port Workers Will Return to the Docks".to_string(), Some("Okafor".to_string()))]);
    let said = said_in_article(
        Lang::Fr,
        "Okafor : les dockers reprendront le travail lundi.\n\nLe port de Lagos a rouvert sous l'égide de la gouverneure Ada Okafor.\n",
    );
    assert_eq!(said, [("les dockers reprendront le travail lundi".to_string(), Some("Okafor".to_string()))]);
    // A dateline opens a body whose cue names the speaker.
    let said = said_in_article(
        Lang::En,
        &format!("Lagos: Growth slowed because of the floods, Governor Ada Okafor said on Tuesday.{body}"),
    );
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].1.as_deref(), Some("Ada Okafor"));
}

#[test]
fn headline_kickers_and_title_case_topics_name_no_speaker() {
    let body = "\n\nThe port of Lagos reopened on Monday after a week of talks between owners and the union.\n";
    for line in [
        "The Latest: Port workers return to the docks in Lagos.",
        "The Latest: Port workers return to the docks in Lagos",
        "Storm Over Lagos: Port Workers Return to the Docks",
        "LIVE: Port Workers Return to the Docks",
        "Shipping: Port workers return to the docks in Lagos",
    ] {
        assert_eq!(said_in_article(Lang::En, &format!("{line}{body}")), [], "{line}");
    }
    for line in [
        "EN DIRECT : les dockers reprennent le travail",
        "Transports : les dockers reprennent le travail",
        "Grève au port de Lagos : les dockers reprennent le travail",
    ] {
        let said = said_in_article(Lang::Fr, &format!("{line}\n\nLe port de Lagos a rouvert lundi.\n"));
        assert_eq!(said, [], "{line}");
    }
    // One word is a speaker when the tables or the article know it as a name or a source.
    let said = said_in_article(Lang::En, &format!("Poll: Port workers want the strike to end soon{body}"));
    assert_eq!(said.len(), 1, "{said:?}");
    let said =
        said_in_article(Lang::Fr, "Macron : « Les dockers reprendront le travail lundi »\n\nLe port a rouvert.\n");
    assert_eq!(said, [("Les dockers reprendront le travail lundi".to_string(), Some("Emmanuel Macron".to_string()))]);
}

#[test]
fn a_report_opener_needs_the_cue_to_have_a_subject() {
    let said =
        said_in("Asked whether the House would pass the bill this week, Whitfield said: \"I am confident it will.\"");
    assert_eq!(said, [("I am confident it will.".to_string(), Some("Whitfield".to_string()))]);
    let said = said_in("When asked whether the port would reopen, the mayor said the repairs would take a year.");
    assert_eq!(said, [("the repairs would take a year".to_string(), Some("mayor".to_string()))]);
    let said = said_in("Senator Ruth Hale asked whether the port would reopen before the winter.");
    assert_eq!(said, [("whether the port would reopen before the winter".to_string(), Some("Ruth Hale".to_string()))]);
    let said = said_in("The senator, who asked whether the port would reopen, left the room early.");
    assert_eq!(said, [], "a relative clause's question has no end in sight");
}

#[test]
fn a_first_line_ending_with_a_full_stop_inside_a_quote_is_body_not_headline() {
    let article = "LAGOS, Nigeria -- Vaccines will be shipped to Lagos as the number of cases grows, the \
                   head of the health agency said Friday as it got ready for a \"bleak winter.\"\n\n\
                   The first doses were flown in on Saturday.\n";
    let said = said_in_article(Lang::En, article);
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].0.contains("Vaccines will be shipped to Lagos"), "{said:?}");
    assert_eq!(said[0].1.as_deref(), Some("head of the health agency"));
}

#[test]
fn a_relative_clause_between_commas_stays_inside_a_bare_clause_subject() {
    let said = said_in("Okafor said a replacement for Ben Ross, who left as head of the unit, would be named soon.");
    assert_eq!(
        said,
        [(
            "a replacement for Ben Ross, who left as head of the unit, would be named soon".to_string(),
            Some("Okafor".to_string())
        )]
    );
}

#[test]
fn that_before_a_verb_and_its_object_opens_a_relative_clause_not_a_report() {
    assert_eq!(said_in("Senator Ruth Hale has attacked rules that favour him and his donors."), []);
    assert_eq!(said_in("The union criticized the new rules that hurt the dock workers in Lagos."), []);
    let said = said_in("Senator Ruth Hale said on Monday that spending cuts would close the libraries.");
    assert_eq!(said, [("spending cuts would close the libraries".to_string(), Some("Ruth Hale".to_string()))]);
}

/// A participle opening the sentence reports for the main clause's subject, or not at all:
/// never without a speaker, never for someone named before.
#[test]
fn a_participle_opening_the_sentence_reports_only_for_its_main_subject() {
    let said = said_in(
        "Ellen Park spoke first.\n\nCiting the cost of the repairs, the council closed the old bridge for a year.",
    );
    assert_eq!(said, [("the cost of the repairs".to_string(), Some("the council".to_string()))]);
    assert_eq!(said_in("Promising to rebuild the bridge, the mayor cut the ribbon on Monday."), []);
}

#[test]
fn citing_a_source_is_no_statement_of_its_own() {
    let said = said_in("The Harbour Times, citing anonymous sources, reported that the port would close in May.");
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].0, "the port would close in May");
    let said = said_in_article(
        Lang::Fr,
        "Titre\n\nLe journal, citant des sources anonymes, indique que le port fermera en mai.\n",
    );
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].0, "le port fermera en mai");
}

/// A quote after a colon that no cue introduces ("Le maire a été très clair : « … »", "Sur
/// ce point, le ministre a botté en touche : « … »") is the clause subject's, not the whole
/// clause's before the colon.
#[test]
fn a_quote_after_a_colon_is_the_clause_subjects() {
    check(&[
        (
            Lang::Fr,
            "Le maire Jean Roux a été très clair : « Nous ne céderons pas aux promoteurs. »",
            "ne céderons pas",
            "Jean Roux",
        ),
        (
            Lang::Fr,
            "Sur ce point, le ministre a botté en touche : « Nous verrons le moment venu. »",
            "le moment venu",
            "le ministre",
        ),
        (
            Lang::En,
            "Asked about the plan, Mayor Ellen Park was blunt: \"We will not give in to the developers.\"",
            "will not give in",
            "Ellen Park",
        ),
    ]);
}

#[test]
fn a_negated_compound_tense_reports_nothing() {
    // "not"/"jamais" between the auxiliary and the participle is no inserted adverb.
    assert_eq!(said_in("Officials have not said how much the repairs to the dam will cost."), []);
    let fr = "Titre\n\nLa mairie n’a jamais confirmé que les travaux du stade commenceraient en mai.\n";
    assert_eq!(said_in_article(Lang::Fr, fr), []);
    // An adverb that is no negator still joins them.
    assert_eq!(speaker_of_one("Officials have repeatedly said that the dam is safe."), "Officials");
}

#[test]
fn a_title_and_an_honorific_name_set_off_after_it_are_a_subject_not_a_content() {
    // Not "the problem" reporting "The clinic's head nurse, Dr. Ana Ruiz".
    assert_eq!(said_in("The clinic's head nurse, Dr. Ana Ruiz, acknowledges the problem."), []);
    assert_eq!(said_in("The clinic's head nurse, Ana Ruiz, acknowledges the problem."), []);
    // And that name is the subject a later pronoun stands for.
    let said = said_in(
        "Jane Bell, a porter, says the wards are full. The clinic's chief medical officer, Dr. Ana Ruiz, \
         acknowledges the problem. She says the clinic has hired ten nurses.",
    );
    assert_eq!(said.last().and_then(|(_, who)| who.as_deref()), Some("Ana Ruiz"), "{said:?}");
}

/// A party to a trial named by its role ("l'accusé", "the defendant") is the subject a
/// later "il"/"he" refers to, also when a lost paragraph break glues the sentence to the
/// quote before it ('… croire."Avant le verdict'): the glued capital opens a sentence.
#[test]
fn a_trial_party_named_by_role_is_the_next_pronouns_antecedent() {
    check(&[
        (
            Lang::Fr,
            "Me Julien Faure, son avocat, a plaidé l'acquittement. \"Le dossier est vide, a poursuivi Me Faure. Il faut le croire.\"Avant le verdict, l'accusé s'est excusé auprès de la famille. « Je regrette chaque jour », a-t-il murmuré.",
            "Je regrette",
            "l'accusé",
        ),
        (
            Lang::En,
            "His lawyer, Julian Ford, asked for an acquittal. \"There is no evidence,\" Ford said. \"None at all.\"The defendant then apologised to the family. \"I regret everything I did,\" he said.",
            "I regret",
            "defendant",
        ),
    ]);
}

/// A paragraph that is only a quote, right after a paragraph whose subject is a named
/// person who says nothing there, is that person's ("introduced, then let talk"); not
/// when the paragraph before is about something else.
#[test]
fn a_quote_paragraph_after_a_person_is_introduced_is_theirs() {
    let en = "Title\n\nThe storm destroyed dozens of homes on Sunday.\n\nMaria Lopez, 52, has lived in the village for thirty years.\n\n\"Nothing like this ever happened here. The water came in through the windows.\"\n";
    let said = said_in_article(Lang::En, en);
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].1.as_deref(), Some("Maria Lopez"));
    let fr = "Titre\n\nLa tempête a détruit des maisons dimanche.\n\nMarie Dupont vit dans le village depuis trente ans.\n\n« Je n'ai jamais vu ça. L'eau est entrée par les fenêtres. »\n";
    let said = said_in_article(Lang::Fr, fr);
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].1.as_deref(), Some("Marie Dupont"));
    let unnamed = "Title\n\nMaria Lopez has lived in the village for thirty years.\n\nThe storm destroyed dozens of homes on Sunday.\n\n\"Nothing like this ever happened here. The water came in through the windows.\"\n";
    assert!(said_in_article(Lang::En, unnamed).is_empty());
}

/// A capitalised name ending on an outlet's word ("Vallée Info", "Harbour News") is a
/// medium, and a written "il"/"elle" that speaks after it is not that medium but the person
/// the outlet reported on.
#[test]
fn an_outlet_that_reports_is_not_the_next_pronoun() {
    check(&[(
        Lang::Fr,
        "Le ministre Paul Girard a visité le marché couvert mardi matin. Il a appelé les commerçants à la prudence, rapporte Vallée Info\n\n« Restez vigilants pendant les soldes », a-t-il déclaré.",
        "Restez vigilants",
        "Paul Girard",
    )]);
}

/// A clause's own verb before a cue ends that clause: the cue's subject starts after it,
/// past a complementizer, or after the antecedent of a contact relative. A verb after a
/// comma is a list's item, and adverbs alone after it are no subject.
#[test]
fn the_subject_after_a_verb_that_takes_a_clause() {
    check(&[
        (Lang::En, "Residents know the engineers said the pier was safe.", "the pier was safe", "the engineers"),
        (
            Lang::En,
            "Few people know the exact sum experts say the repairs will cost.",
            "the repairs will cost",
            "experts",
        ),
        (
            Lang::En,
            "The mayor, who has repeatedly said the pier was safe, said nothing on Monday.",
            "the pier was safe",
            "mayor",
        ),
        (
            Lang::En,
            "The minister of ports, works and water, told the council the bridge would open.",
            "the bridge would open",
            "minister of ports",
        ),
    ]);
}
