//! People named by their office: a title before the name and one after it, a title in
//! apposition, a title in construct without article ("متحدث وزارة الري"), a portfolio
//! with coordinated words ("لشؤون النقل والمواصلات"), and the later mention by the title
//! alone, which is the person the article gave that title, even in a sentence that
//! reported nothing; an honorific before a lone surname ("M. Vaillement"), and a definite
//! description ("la journaliste") that repeats a role, and an epithet ("l'édile", "the
//! 31-year-old") that names again the person just named. Sentences written for the project.

use super::classes::said_in_article;
use quotegraph::lang::Lang;

/// The speaker's name of each statement of an article of language `lang`, in order.
fn speakers(lang: Lang, article: &str) -> Vec<String> {
    said_in_article(lang, article).into_iter().map(|(_, who)| who.unwrap_or_default()).collect()
}

#[test]
fn a_coordinated_word_stays_in_an_arabic_portfolio() {
    let article = "عنوان\n\nقال وزير الدولة لشؤون النقل والمواصلات كريم داود إن الطرق آمنة.\n";
    assert_eq!(speakers(Lang::Ar, article), ["كريم داود"]);
}

#[test]
fn a_title_alone_is_the_person_the_article_gave_it() {
    let cases = [
        // A title after the name says more than the one-word title before it.
        "أكد السفير رامي عزت المتحدث باسم وزارة الخارجية أن الوفد وصل. \
         وأشار المتحدث باسم وزارة الخارجية إلى أن المحادثات بدأت.",
        // A title in apposition, then a continuation verb with a colon.
        "أكد المهندس رامي عزت، رئيس شركة المياه، أن الشبكة جاهزة. \
         واستكمل رئيس شركة المياه: “لن تنقطع المياه هذا الصيف”.",
        // Introduced in a sentence that reports nothing; the title comes back in construct.
        "علق المستشار رامي عزت، المتحدث باسم وزارة الري، على القرار. \
         وأضاف متحدث وزارة الري أن السدود ممتلئة.",
    ];
    for text in cases {
        let got = speakers(Lang::Ar, &format!("عنوان\n\n{text}\n"));
        assert!(!got.is_empty() && got.iter().all(|w| w == "رامي عزت"), "{text}: {got:?}");
    }
    let text = "Le docteur Paul Marin, directeur de l’hôpital, a affirmé que les urgences tenaient. \
                Le directeur de l’hôpital a ajouté que les lits manquaient.";
    assert_eq!(speakers(Lang::Fr, &format!("Titre\n\n{text}\n")), ["Paul Marin", "Paul Marin"]);
}

#[test]
fn the_object_after_a_title_is_no_name() {
    // "الاجتماع" is what the chairman opened, "مؤكدا" how he went on: neither names him.
    let text = "قرر الدكتور فادي سالم رئيس هيئة الموانئ تشكيل لجنة جديدة. \
                بدأ رئيس هيئة الموانئ الاجتماع مؤكدا أن الموسم صعب.";
    assert_eq!(speakers(Lang::Ar, &format!("عنوان\n\n{text}\n")), ["فادي سالم"]);
}

#[test]
fn an_honorific_takes_a_surname_whatever_its_ending() {
    // "-ment" ends French adverbs ("Sincèrement, …"), and surnames too.
    for text in ["M. Vaillement a souligné que rien ne changerait.", "« Rien ne changera », a souligné M. Vaillement."]
    {
        assert_eq!(speakers(Lang::Fr, &format!("Titre\n\n{text}\n")), ["Vaillement"], "{text}");
    }
}

#[test]
fn a_definite_description_is_the_person_given_that_role() {
    // A channel's number stays in the role; "la journaliste" later is the same person.
    let text = "« La route est coupée », explique la journaliste de Radio 4 Julie Marchal. \
                « Les secours arrivent », précise la journaliste.";
    assert_eq!(speakers(Lang::Fr, &format!("Titre\n\n{text}\n")), ["Julie Marchal", "Julie Marchal"]);
}

/// A definite article and one common noun right after a person is named is that person
/// again ("a dit le parlementaire", "L'édile a expliqué"), with the gender its article
/// shows. English names a person again so only by age: "the announcer" is someone else.
#[test]
fn an_epithet_names_again_the_person_just_named() {
    let cases = [
        (Lang::Fr, "Le député Marc Olivier a déposé un amendement. « Ce texte est injuste », a dit le parlementaire.", "Marc Olivier"),
        (
            Lang::Fr,
            "Le maire de Brest, Luc Tanguy, a présenté son budget. L'édile a expliqué que les impôts resteraient stables.",
            "Luc Tanguy",
        ),
        (Lang::En, "Mark Ellison won his third title on Sunday. \"I am exhausted,\" said the 31-year-old.", "Mark Ellison"),
        // The article's gender is not the person's: someone else.
        (Lang::Fr, "Le député Marc Olivier a déposé un amendement. « Ce texte est injuste », a dit la parlementaire.", "la parlementaire"),
        (Lang::En, "Mark Ellison won his third title on Sunday. \"What a final,\" said the announcer.", "the announcer"),
    ];
    for (lang, text, who) in cases {
        assert_eq!(speakers(lang, &format!("Title\n\n{text}\n")), [who], "{text}");
    }
    // A person named three sentences and 300 code points back is not the one meant.
    let far = format!(
        "Le député Marc Olivier a déposé un amendement. {} « Ce texte est injuste », a dit le parlementaire.",
        "La séance a été longue et les échanges ont été vifs entre les groupes. ".repeat(5)
    );
    assert_eq!(speakers(Lang::Fr, &format!("Titre\n\n{far}\n")), ["le parlementaire"]);
}

#[test]
fn arabic_subjects_and_dropped_subjects_keep_to_their_place() {
    let cases: [(&str, &[&str]); 4] = [
        // A subject opening the sentence (subject first) is the dropped subject's antecedent,
        // not the minister who spoke before.
        (
            "قالت الوزيرة سلمى حداد إن الميزانية كافية. شركة النور للطاقة أعلنت عن خطة جديدة، وقالت إنها ستوظف مئة عامل.",
            &["سلمى حداد", "شركة النور للطاقة"],
        ),
        // A title between dashes after the name; the participle goes on with the name.
        (
            "أكد سامي فؤاد – وكيل وزارة الزراعة – توفر البذور، منوها إلى أن الوزارة لن تتهاون مع المخالفين.",
            &["سامي فؤاد"],
        ),
        // The subject after a first verb ends at what was said: "أن المشهد" names no one.
        ("وأضاف وزير الري أن المشهد معقد. وأكد وزير الري أن الفرق جاهزة.", &["وزير الري", "وزير الري"]),
        // A name later in the sentence than the first verb's subject is no antecedent of a
        // dropped subject: the minister goes on speaking.
        (
            "أكد الوزير كريم داود أن الطريق مفتوح. وحول زيارة الرئيس بشار الأسد قال إن الموعد لم يحدد.",
            &["كريم داود", "كريم داود"],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(speakers(Lang::Ar, &format!("عنوان\n\n{text}\n")), want, "{text}");
    }
}

#[test]
fn a_title_set_off_before_a_name_in_passing_gives_it_its_role() {
    // The sentence that introduces her reports nothing; "la députée" later is her.
    let fr = "Les relations entre la députée Verte, Léa Morin, et le syndicat sont tendues. \
              La députée a annoncé qu’elle porterait plainte.";
    assert_eq!(speakers(Lang::Fr, &format!("Titre\n\n{fr}\n")), ["Léa Morin"]);
    let en = "Ties between the senator from Ohio, Mary Tolland, and the union are strained. \
              The senator said she would sue.";
    assert_eq!(speakers(Lang::En, &format!("Title\n\n{en}\n")), ["Mary Tolland"]);
}

#[test]
fn titles_in_a_row_are_one_role() {
    // The second title ("porte-parole du gouvernement") is the person's role too: a later
    // "le porte-parole" is him.
    let article = "Titre\n\nLe ministre de la Santé, porte-parole du gouvernement, M. Paul Girard, a présenté mardi le nouveau plan hospitalier. Le porte-parole a indiqué que trois hôpitaux seraient construits.\n";
    assert_eq!(speakers(Lang::Fr, article), ["Paul Girard"]);
}

/// "La ministre a présenté son plan. « … », a-t-elle déclaré.": a title alone as the subject
/// of a sentence that reports nothing is the "elle" of the next quote, unnamed.
#[test]
fn a_title_alone_as_a_subject_is_the_next_pronoun() {
    let fr = "Titre\n\nLa ministre a présenté son plan lundi.\n\n« Nous ne reculerons pas sur les salaires », a-t-elle déclaré.\n";
    assert_eq!(speakers(Lang::Fr, fr), ["La ministre"]);
    let en = "Title\n\nThe minister presented her plan on Monday.\n\n“We will not back down on wages,” she said.\n";
    assert_eq!(speakers(Lang::En, en), ["The minister"]);
}

/// "le président de la République" after "Emmanuel Macron": the person the article named
/// whose known title holds the words (the country's aside); "le président de la
/// commission" holds a word his title lacks.
#[test]
fn a_generic_title_is_the_known_holder_the_article_named() {
    let said = speakers(
        Lang::Fr,
        "Titre\n\nEmmanuel Macron a estimé mercredi que l'Europe devait se réveiller.\n\n\
         Le président de la République a ajouté que les budgets augmenteraient.\n\n\
         Le président de la commission a répondu que rien n'était décidé.\n",
    );
    assert_eq!(said[..2], ["Emmanuel Macron", "Emmanuel Macron"]);
    assert_ne!(said[2], "Emmanuel Macron");
    // The country's words are compared as role words, its article off ("الجمهورية").
    let said = speakers(
        Lang::Ar,
        "عنوان\n\nوقال إيمانويل ماكرون إن أوروبا يجب أن تستيقظ.\n\nوأضاف رئيس الجمهورية أن الميزانيات ستزيد.\n",
    );
    assert_eq!(said, ["إيمانويل ماكرون", "إيمانويل ماكرون"]);
}

/// "le chef de l'État" after "Emmanuel Macron", "the head of state" after "Joe Biden": a
/// title that names the office by another phrase (`title_synonyms`) is the holder too.
#[test]
fn a_title_named_by_another_phrase_is_the_known_holder() {
    let said = speakers(
        Lang::Fr,
        "Titre\n\nEmmanuel Macron s'est rendu jeudi dans une usine du Jura.\n\n\
         « L'industrie reviendra », a assuré le chef de l'État devant les ouvriers.\n",
    );
    assert_eq!(said, ["Emmanuel Macron"]);
    let said = speakers(
        Lang::En,
        "Title\n\nJoe Biden visited a steel plant in Ohio on Thursday.\n\n\
         “Industry is coming back,” the head of state told the workers.\n",
    );
    assert_eq!(said, ["Joe Biden"]);
}

/// "le chef du gouvernement" after "le Premier ministre Jean Castel": a synonym of the role
/// the article gave someone the tables do not know is that person, in every language.
#[test]
fn a_synonym_of_a_role_the_article_gave_is_its_holder() {
    for (lang, article, who) in [
        (
            Lang::Fr,
            "Titre\n\nLe Premier ministre Jean Castel a promis un plan pour les hôpitaux.\n\n\
             « Personne ne sera laissé de côté », a martelé le chef du gouvernement.\n",
            "Jean Castel",
        ),
        (
            Lang::En,
            "Title\n\nPrime Minister Tom Castel promised a plan for the hospitals.\n\n\
             “Nobody will be left behind,” the head of government told parliament.\n",
            "Tom Castel",
        ),
        (
            Lang::Ar,
            "عنوان\n\nقال رئيس الوزراء سمير داود إن الحكومة ستخفض الضرائب.\n\nوأضاف رئيس الحكومة أن الموازنة جاهزة منذ أسابيع.\n",
            "سمير داود",
        ),
    ] {
        assert_eq!(speakers(lang, article).last().map(String::as_str), Some(who), "{article}");
    }
}

/// "le gouverneur de la Banque de Savoie": a portfolio whose name holds a particle is the
/// role's whole, with no person "de France" in it; "ministre de l'Intérieur Léa Roy" still
/// names Léa Roy.
#[test]
fn a_particle_in_a_portfolio_opens_no_name() {
    let said = speakers(
        Lang::Fr,
        "Titre\n\nLe gouverneur de la Banque de Savoie a rappelé que la dette atteignait un record.\n\n\
         La ministre de l'Intérieur Léa Roy a assuré que les effectifs seraient renforcés.\n",
    );
    assert_eq!(said, ["gouverneur de la Banque de Savoie", "Léa Roy"]);
}

#[test]
fn a_capitalised_title_and_its_portfolio_are_no_name() {
    // "Secrétaire générale" and "Chargée de …" are titles, however written; the name after
    // them is the subject a later "Elle" refers to, however long the portfolio.
    for portfolio in [
        "Chargée des Relations avec les syndicats",
        "Chargée de la Réforme des hôpitaux dans les Régions et des Relations avec les Grandes écoles",
    ] {
        let article = format!(
            "Titre\n\nLa ministre Secrétaire générale de la présidence, {portfolio}, Dr. Amina Saleh Kodi, ouvre ce lundi les assises régionales de la santé.\n\nElle déclare : \"Cette réforme n'est pas une sanction contre les soignants.\"\n"
        );
        assert_eq!(speakers(Lang::Fr, &article), ["Amina Saleh Kodi"], "{portfolio}");
    }
}

#[test]
fn arabic_titles_with_a_complement_an_abbreviation_or_an_object_before_them() {
    // "وزير الصحة في الإقليم الشمالي، X،": the title's complement ends at its comma; the name
    // in apposition after it speaks (not the title alone).
    let complement = "عنوان\n\nأعلن وزير الصحة في الإقليم الشمالي ، سامي عبد الكريم الحسن ، أن المستشفى الجديد سيفتح قريبا.\nوقال الحسن إن المستشفى سيخدم آلاف السكان.\n";
    assert_eq!(speakers(Lang::Ar, complement), ["سامي عبد الكريم الحسن", "سامي عبد الكريم الحسن"]);
    // An adjunct after the title is no complement: the title speaks.
    let adjunct = "عنوان\n\nوقال وزير الخارجية في تصريح صحفي، إن المحادثات ستستأنف الأسبوع المقبل.\n";
    assert_eq!(speakers(Lang::Ar, adjunct), ["وزير الخارجية"]);
    // "د." (doctor) ends no sentence; the object before a titled subject ("افتتح المعرض
    // الدكتورة X") is no part of it, so the surname later is hers.
    let abbreviated = "عنوان\n\nافتتح المعرض الدكتورة سلمى حداد ، مديرة المتحف الوطني.\n\"نأمل أن يزور المعرض آلاف الطلاب هذا العام.\" قالت د. حداد للصحفيين.\n";
    assert_eq!(speakers(Lang::Ar, abbreviated), ["سلمى حداد"]);
}

#[test]
fn a_role_anaphor_is_the_person_given_that_role_not_the_last_speaker() {
    // The title after an inverted speaker is their apposition, not a second content; "la
    // porte-parole" later is the person given that role, though the councillors spoke last.
    let article = "Titre\n\nLa mairie ne publiera pas l'audit, car il contient des données personnelles, a précisé lundi Claire Dumont, porte-parole de la préfecture.\nLes élus de l'opposition ont regretté que la préfecture ait refusé.\n« Nous ne publierons rien, parce que ces données sont protégées par la loi », a assuré la porte-parole.\n";
    let said = said_in_article(Lang::Fr, article);
    assert_eq!(said.len(), 3, "{said:?}");
    assert_eq!(said[0].0, "La mairie ne publiera pas l'audit, car il contient des données personnelles");
    assert_eq!(speakers(Lang::Fr, article), ["Claire Dumont", "Les élus de l'opposition", "Claire Dumont"]);
    // A modifier makes another office: "the president" is not the vice president.
    let article = "Title\n\nVice President Tom Archer said the bill would pass. The president said that the bill would be signed on Friday.\n";
    assert_ne!(speakers(Lang::En, article)[1], "Tom Archer");
}

/// "le Premier ministre" after "le ministre de l'Économie, Paul Vidal": two offices that
/// share a head word are two people; "le ministre" alone is still the minister named.
#[test]
fn two_offices_sharing_a_head_are_two_people() {
    let article = "Titre\n\nLe ministre de l'Économie, Paul Vidal, a estimé que la croissance resterait faible. \
                   Le Premier ministre a assuré que les salaires seraient revalorisés. \
                   Le ministre a ajouté que le déficit baisserait.\n";
    let who = speakers(Lang::Fr, article);
    assert_eq!(who.len(), 3, "{who:?}");
    assert_eq!(who[0], "Paul Vidal");
    assert_ne!(who[1], "Paul Vidal", "{who:?}");
    let article = "Title\n\nThe Secretary of State, Ann Cole, said the talks would resume. \
                   The Secretary of Defense said the troops would stay. The secretary of state added that a deal was near.\n";
    let who = speakers(Lang::En, article);
    assert_eq!(who.len(), 3, "{who:?}");
    assert_ne!(who[1], "Ann Cole", "{who:?}");
    assert_eq!(who[2], "Ann Cole", "{who:?}");
}

#[test]
fn a_title_after_a_modifier_names_the_source_of_according_to() {
    // "city comptroller", "state auditor": the office heads the phrase after the marker.
    for (lang, text, who) in [
        (
            Lang::En,
            "According to a report by the city comptroller, the deficit could double by 2030.",
            "city comptroller",
        ),
        (Lang::En, "According to the state auditor, two bridges need urgent repairs.", "the state auditor"),
        (Lang::Fr, "Selon le médiateur, les plaintes ont doublé cette année.", "médiateur"),
    ] {
        assert_eq!(speakers(lang, &format!("Title\n\n{text}\n")), [who], "{text}");
    }
}
