//! What stands between a cue and its content, and whose it is: quote marks set apart by
//! spaces, a second verb's complementizer after an incise, a relative clause after the
//! cue's subject, an according-to marker before a quote, a participle clause before the
//! subject. Sentences written for the project.

use super::classes::{said_in_article, texts_of};
use quotegraph::lang::Lang;

/// (text, speaker) of each statement of a French article.
fn french(text: &str) -> Vec<(String, Option<String>)> {
    said_in_article(Lang::Fr, &format!("Titre\n\n{text}\n"))
}

fn pair(text: &str, who: &str) -> (String, Option<String>) {
    (text.to_string(), Some(who.to_string()))
}

#[test]
fn straight_quotes_set_apart_by_spaces_pair() {
    let said = french("\" Le port rouvrira avant l'été, dès la fin des travaux \", a déclaré le maire Paul Vidal.");
    assert_eq!(said, [pair("Le port rouvrira avant l'été, dès la fin des travaux", "Paul Vidal")]);
    // An elision mark may open the quote.
    let said = french("\" (…) le chantier avance bien malgré la pluie \", a déclaré le maire Paul Vidal.");
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].0.ends_with("le chantier avance bien malgré la pluie"), "{said:?}");
}

/// Some copy opens quotes with the closing mark: ”…,” is a quote when the mark stands apart
/// before a glued word and closes again later in the paragraph; a lone one is no quote.
#[test]
fn a_closing_mark_glued_to_a_word_after_a_space_opens_a_quote() {
    let said = crate::classes::said_in("”We will not back down on the harbour plan,” Mayor Ellen Park said on Monday.");
    assert_eq!(said, [pair("We will not back down on the harbour plan", "Ellen Park")]);
    let said = crate::classes::said_in("The mayor said the ”plan was fair and would be kept for years.");
    assert_eq!(crate::classes::texts_of(&said), ["the ”plan was fair and would be kept for years"]);
}

#[test]
fn a_lone_straight_quote_opening_a_paragraph_closes_the_one_before() {
    let article = "Title\n\n\"We ran out of water on the second day, said the skipper, Ana Ruiz.\n\n\" The crew \
                   reached the harbour on Sunday after four days at sea.\n";
    let said = said_in_article(Lang::En, article);
    assert!(said.iter().all(|(text, _)| !text.contains("The crew")), "{said:?}");
}

#[test]
fn an_incise_takes_no_complementizer_of_a_later_verb() {
    let said = french(
        "\" Le chantier avance bien malgré la pluie \", a-t-il dit, ajoutant que \" la digue sera prête en mai \".",
    );
    let texts: Vec<_> = said.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["Le chantier avance bien malgré la pluie", "la digue sera prête en mai"], "{said:?}");
}

#[test]
fn a_complementizer_inside_a_relative_after_the_subject_is_not_the_cues() {
    let said = french(
        "La consule Claire Dumont est arrivée lundi. « Le port restera ouvert tout l'hiver », précise \
         l'élue, qui souhaite que la digue soit réparée.",
    );
    assert_eq!(said, [pair("Le port restera ouvert tout l'hiver", "Claire Dumont")]);
}

#[test]
fn a_participle_clause_before_the_subject_holds_no_speaker() {
    let said = french(
        "Claire Dumont, consule de France à Lyon depuis mars, a visité le port lundi. Interrogée sur les dégâts \
         dans le quartier où vit sa famille, la consule a assuré que la digue serait réparée.",
    );
    assert_eq!(said, [pair("la digue serait réparée", "Claire Dumont")]);
}

#[test]
fn a_quote_after_an_according_to_marker_is_not_the_earlier_cues() {
    // "وعد" is read as a cue ("promised"); the quote belongs to "بحسب قوله" (as he put it).
    let said = said_in_article(
        Lang::Ar,
        "عنوان\n\nوقال الوزير سامي حداد إن الأسعار ستنخفض، ووعد النواب بخطة جديدة بحسب قوله \" الخطة جاهزة منذ أسابيع \".\n",
    );
    let speakers: Vec<_> = said.iter().map(|(_, who)| who.as_deref().unwrap_or("?")).collect();
    assert!(speakers.iter().all(|w| *w == "سامي حداد"), "{said:?}");
}

#[test]
fn an_according_to_source_set_off_inside_its_clause_covers_the_sentence() {
    let en = said_in_article(
        Lang::En,
        "Title\n\nThe new bridge, according to city officials, will cost $3 billion over five years.\n",
    );
    assert_eq!(
        en,
        [pair("The new bridge, according to city officials, will cost $3 billion over five years", "city officials")]
    );
    let fr = french("Le nouveau pont, selon le ministère des Transports, coûtera trois milliards d'euros.");
    assert_eq!(fr.len(), 1, "{fr:?}");
    assert_eq!(fr[0].0, "Le nouveau pont, selon le ministère des Transports, coûtera trois milliards d'euros");
    // A coordinated predicate after the source is no part of what the source covers.
    let en = said_in_article(
        Lang::En,
        "Title\n\nThe farmers visited the site on Monday, according to their union, and said they would sue the firm.\n",
    );
    assert!(en.iter().all(|(t, _)| !t.contains("according to")), "{en:?}");
}

#[test]
fn a_relative_after_an_inverted_subject_ends_it() {
    let en = said_in_article(
        Lang::En,
        "Title\n\n\"The bridge is safe for now,\" said a county engineer who said she had inspected it twice.\n",
    );
    assert_eq!(en[0], pair("The bridge is safe for now", "a county engineer"), "{en:?}");
}

#[test]
fn a_cue_right_after_a_coordinator_shares_the_first_verbs_subject() {
    let en = said_in_article(
        Lang::En,
        "Title\n\nOfficials announced on Monday the sale of two old ferries to a developer and said the strike would go on.\n",
    );
    let last = en.last().expect("a statement");
    assert_eq!(last, &pair("the strike would go on", "Officials"), "{en:?}");
    // A subject the name-reading strategies miss ("The union") is the first verb's.
    let en = said_in_article(
        Lang::En,
        "Title\n\nThe union announced on Monday the sale of its offices and said the strike would go on.\n",
    );
    assert_eq!(en.last(), Some(&pair("the strike would go on", "The union")), "{en:?}");
    // The object of the first verb is never the speaker, even when no subject is found.
    let en = said_in_article(
        Lang::En,
        "Title\n\nOfficials announced on Monday the sale of two old ferries to Leeds and Derby and said the strike would go on.\n",
    );
    assert!(en.iter().all(|(_, who)| !who.as_deref().unwrap_or("").contains("Derby")), "{en:?}");
}

#[test]
fn a_stop_of_several_words_holds_its_own_object() {
    // "on monday" is one stop of the table: the clause opens right after it.
    for day in ["Monday", "Friday"] {
        let text = format!("Title\n\nThe union said on {day} the strike would go on until May.\n");
        assert_eq!(said_in_article(Lang::En, &text), [pair("the strike would go on until May", "The union")], "{day}");
    }
}

/// "», lui répond le ministre": the addressee's pronoun before the verb is no subject; the
/// minister, named with a portfolio closed by its adjective, is the one who answers; a
/// question in quotes is asked by whoever "demande".
#[test]
fn a_question_and_its_answer_across_an_addressee_pronoun() {
    let said = french(
        "« Que ferez-vous l’an prochain ? », demande la journaliste Claire Morin au ministre des Affaires étrangères Paul Girard. « Pourquoi cette question ? », lui répond le ministre.",
    );
    assert_eq!(
        said,
        [pair("Que ferez-vous l’an prochain ?", "Claire Morin"), pair("Pourquoi cette question ?", "Paul Girard")]
    );
}

/// "Tout en saluant …, X a estimé que …": a gerund clause opens the sentence, its subject
/// follows; "Pour X interrogée sur Radio Sud, « … »": who asked is no part of the name.
#[test]
fn a_gerund_clause_and_who_asked_stay_out_of_the_speaker() {
    let said = french(
        "Tout en saluant le travail des enquêteurs, le procureur a estimé que la procédure avait été trop longue.",
    );
    assert_eq!(said, [pair("la procédure avait été trop longue", "procureur")]);
    let said = french("Pour la ministre Claire Morin interrogée sur Radio Sud, « la réforme passera avant l’été ».");
    assert_eq!(said, [pair("la réforme passera avant l’été", "Claire Morin")]);
}

/// "Ajoutant que : « … »": the colon after the complementizer opens the quote, which is the
/// whole content; "a réaffirmé que" reports as "a affirmé que".
#[test]
fn a_colon_after_the_complementizer_and_a_reaffirmation() {
    let said = french(
        "Le porte-parole de la mairie, Paul Vidal, a réaffirmé que « le chantier sera livré en mai ». Ajoutant que : « personne ne sera oublié ».",
    );
    assert_eq!(
        said,
        [pair("le chantier sera livré en mai", "Paul Vidal"), pair("personne ne sera oublié", "Paul Vidal")]
    );
}

/// "Vidal : le port rouvrira" as a headline, then "« … », a-t-il déclaré" in the body: the
/// headline's speaker is the article's first antecedent.
#[test]
fn the_headline_speaker_is_the_first_antecedent() {
    let said = said_in_article(
        Lang::Fr,
        "Paul Vidal : le port rouvrira\n\n« Le port rouvrira avant l'été », a-t-il déclaré lors d'une conférence de presse.\n",
    );
    assert_eq!(said.last(), Some(&pair("Le port rouvrira avant l'été", "Paul Vidal")), "{said:?}");
}

/// "« … », prévient Anne Roux" as a headline gives no statement, but the body's "La
/// ministre" and "a-t-elle martelé" are hers; a headline's pronoun names no one.
#[test]
fn a_headline_quoting_someone_by_name_gives_the_first_antecedent() {
    let said = said_in_article(
        Lang::Fr,
        "Budget : « Nous tiendrons le cap », prévient Anne Roux\n\nLa ministre a défendu mardi son budget devant les députés. « Ce budget protège les ménages », a-t-elle martelé.\n",
    );
    assert_eq!(said, [pair("Ce budget protège les ménages", "Anne Roux")]);
    let said = said_in_article(
        Lang::Fr,
        "Budget : « Nous tiendrons le cap », prévient-elle\n\nLa ministre a défendu mardi son budget devant les députés. « Ce budget protège les ménages », a-t-elle martelé.\n",
    );
    assert_eq!(said, [pair("Ce budget protège les ménages", "La ministre")]);
}

/// "Le ministre a annoncé …, selon Le Courrier. « … », a-t-il déclaré": the "il" is the
/// subject of the reported sentence, not the outlet that reported it; a speaker who spoke
/// after the subject on their own still is ("…, qui a déclaré que …").
#[test]
fn a_pronoun_after_a_reported_sentence_is_its_subjects() {
    let said = french(
        "Le ministre de la Mer a annoncé un plan pour les ports, selon Le Courrier du Port. « Les quais seront rénovés », a-t-il déclaré.",
    );
    assert_eq!(said.last(), Some(&pair("Les quais seront rénovés", "ministre de la Mer")), "{said:?}");
    let said = french(
        "Le ministre de la Mer a rencontré Paul Girard, qui a déclaré que le port fermerait. « Les quais seront rénovés », a-t-il ajouté.",
    );
    assert_eq!(said.last(), Some(&pair("Les quais seront rénovés", "Paul Girard")), "{said:?}");
}

/// "The report said … It also warned …": an unnamed document is "it", more recent than the
/// company quoted before it.
#[test]
fn it_after_a_report_is_the_report() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nBayline Logistics said on Monday that sales would slow. A new report by the port council said that freight volumes had stalled. It also warned that 300 jobs were at risk.\n",
    );
    assert_eq!(said.last(), Some(&pair("300 jobs were at risk", "A new report by the port council")), "{said:?}");
}

/// "The mayor, Ana Ruiz, announced a new plan": a title and the name set off after it are
/// the verb's subject, not a content it reports after the comma.
#[test]
fn a_title_and_its_name_before_the_verb_are_no_content() {
    let said = said_in_article(Lang::En, "Title\n\nThe mayor, Ana Ruiz, announced a new plan for the port.\n");
    assert_eq!(said, [pair("a new plan for the port", "Ana Ruiz")]);
}

/// "…, a indiqué la procureure de Brest, Anne Lenoir, citant …": the name after the title is
/// the speaker's, the participle the reporter's; "Le feu s'est déclaré vers minuit" reports
/// nothing (a fire broke out).
#[test]
fn a_name_in_apposition_after_an_incise_title_and_a_fire_that_broke_out() {
    let said = french(
        "Le feu s'est déclaré vers minuit dans un hangar du port. Le hangar était vide depuis des mois, a indiqué la procureure de Brest, Anne Lenoir, citant le rapport des pompiers.",
    );
    assert_eq!(said, [pair("Le hangar était vide depuis des mois", "Anne Lenoir")]);
}

/// "« … », confie la maire auprès de Radio Sud, qui ajoute que …": the outlet spoken to is no
/// speaker, and the relative pronoun's antecedent is the one who spoke; "là encore selon la
/// préfecture, qui précise que …": the source after the marker.
#[test]
fn a_relative_after_a_postposed_speaker_or_a_source_is_theirs() {
    let said = french(
        "La maire du village, Claire Morel, a visité la digue. « Nous avons eu beaucoup de chance », confie la maire auprès de Radio Sud, qui ajoute que la digue sera renforcée cet hiver.",
    );
    assert_eq!(said.len(), 2, "{said:?}");
    assert!(said.iter().all(|(_, who)| who.as_deref() == Some("Claire Morel")), "{said:?}");
    let said = french("Le chantier a repris lundi, là encore selon la préfecture du Nord, qui précise que les ouvriers ont été relogés.");
    assert_eq!(said.last().and_then(|(_, who)| who.as_deref()), Some("préfecture du Nord"), "{said:?}");
}

/// "complained loudly that …": an adverb between the cue and its complementizer is neither
/// the start of a clause nor part of what was said.
#[test]
fn an_adverb_before_the_complementizer_is_no_part_of_the_content() {
    let said = said_in_article(Lang::En, "Title\n\nThe dock workers complained loudly that the quotas ruined them.\n");
    assert_eq!(said, [pair("the quotas ruined them", "The dock workers")]);
    let said = french("Les dockers ont dénoncé publiquement que les quotas les ruinaient.");
    assert_eq!(said, [pair("les quotas les ruinaient", "Les dockers")]);
}

/// "said on WXY's “Face the Valley.”", "In an interview on “Sunday Desk,” …": a short quote
/// in title case after a possessive or "on" names a programme, it is no statement; words
/// in lower case there still are.
#[test]
fn a_programme_named_in_quote_marks_is_no_statement() {
    let said = said_in_article(
        Lang::En,
        "Title\n\n“The border will stay closed,” Ryan said on WXY's “Face the Valley.” In an interview on “Sunday Desk,” Mayor Tom Reed said the curfew would end on Monday.\n",
    );
    let texts = texts_of(&said);
    assert_eq!(texts, ["The border will stay closed", "the curfew would end on Monday"]);
    let said = said_in_article(Lang::En, "Title\n\nThe mayor later commented on “a shameful waste of public money.”\n");
    assert_eq!(said.len(), 1, "{said:?}");
}

/// "“…,” the mayor said in an interview with “Morning With Ana”", "…، قال الوزير في
/// مقابلة مع شبكة “صوت المدينة الحرة”": the quoted programme after the cue is no content;
/// the quote before the cue is.
#[test]
fn a_programme_after_with_or_a_network_is_no_statement() {
    let said = said_in_article(
        Lang::En,
        "Title\n\n“We will not close the port,” the mayor said in an interview with “Morning With Ana” on Sunday. “We will not close the port,” the mayor said on the show “Talk of the Harbour” on Sunday.\n",
    );
    assert_eq!(texts_of(&said), ["We will not close the port", "We will not close the port"]);
    let said = said_in_article(
        Lang::Ar,
        "عنوان\n\n\"لن نغلق الميناء\"، قال وزير النقل سامي حداد في مقابلة مع شبكة \"صوت المدينة الحرة\".\n",
    );
    assert_eq!(said, [pair("لن نغلق الميناء", "سامي حداد")]);
}

/// "said it deeply regrets", "said it “fully supports” the plan": an adverb or an opening
/// quote mark between the pronoun and its verb still opens a clause after the cue.
#[test]
fn a_pronoun_an_adverb_and_a_verb_open_a_clause_after_said() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nIn a statement, the port council said it deeply regrets the closure. The harbour union said it \"fully supports\" the strike.\n",
    );
    assert_eq!(texts_of(&said), ["it deeply regrets the closure", "it \"fully supports\" the strike"]);
}

/// "…، داعيا إلى ترشيد الإنفاق": a participle of calling, demanding or criticising after a
/// comma ends what was said before it.
#[test]
fn a_participle_of_calling_ends_the_content_before_it() {
    let said = said_in_article(
        Lang::Ar,
        "عنوان\n\nوحذر وزير المالية سامي نور من أن العجز سيتفاقم، داعيا إلى ترشيد الإنفاق.\n\nوقالت النقابة إن الأجور لم تعد تكفي، مطالبة بزيادتها فورا.\n",
    );
    assert_eq!(texts_of(&said), ["العجز سيتفاقم", "الأجور لم تعد تكفي"]);
}

/// "Police said the suspect, a 34-year-old man, was arrested": an indefinite apposition
/// without a verb is an aside inside the clause's subject; "…, they said" is then Police.
#[test]
fn an_indefinite_apposition_inside_a_bare_clause_subject() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nPolice said the driver, a 52-year-old woman from Leeds, was taken to hospital. No one else was hurt, they said.\n",
    );
    assert_eq!(
        said,
        [
            pair("the driver, a 52-year-old woman from Leeds, was taken to hospital", "Police"),
            pair("No one else was hurt", "Police")
        ]
    );
}

/// "said tenants still want lower rents": a plural subject and a present verb
/// (which no verb list holds) open a clause without complementizer; a possessive ("the
/// council's draft budget") and an adjective ("forms available") open none.
#[test]
fn a_plural_subject_and_a_present_verb_open_a_clause_after_said() {
    let said = said_in_article(Lang::En, "Title\n\nAna Ruiz said tenants still want lower rents.\n");
    assert_eq!(said, [pair("tenants still want lower rents", "Ana Ruiz")]);
    let said = said_in_article(Lang::En, "Title\n\nAna Ruiz said the tenants want lower rents.\n");
    assert_eq!(said, [pair("the tenants want lower rents", "Ana Ruiz")]);
    let said = said_in_article(
        Lang::En,
        "Title\n\nThe union hopes to put simpler forms online soon. She said after reading the council's draft budget of the year.\n",
    );
    assert!(said.is_empty(), "{said:?}");
    // A singular verb before a bare object, after a noun its article or possessive opens.
    let said =
        said_in_article(Lang::En, "Title\n\nMany tenants say the mayor's growing lead hides worries about rents.\n");
    assert_eq!(said, [pair("the mayor's growing lead hides worries about rents", "Many tenants")]);
    let said = said_in_article(
        Lang::En,
        "Title\n\nThe clinic has been criticised for making bold claims online and for chasing the fitness or business opportunities of its founders.\n",
    );
    assert!(said.is_empty(), "{said:?}");
}

/// "…, the mayor said, because most drivers feel that …": a complementizer inside an
/// adverbial clause set off by a comma is that clause's verb's, not the cue's; a comma
/// closing the clause gives the cue its complementizer back.
#[test]
fn a_complementizer_inside_an_adverbial_clause_after_the_cue_is_not_the_cues() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nThe new toll will push drivers onto the old road, Mayor Tom Reed said, because most of them feel that the bridge is unsafe.\n",
    );
    assert!(said.iter().all(|(text, _)| text != "the bridge is unsafe"), "{said:?}");
    assert!(said.iter().any(|(text, _)| text.starts_with("The new toll will push drivers")), "{said:?}");
    let said = said_in_article(
        Lang::En,
        "Title\n\nMayor Tom Reed said, when asked about the strike, that the ferry would sail on Monday.\n",
    );
    assert_eq!(said, [pair("the ferry would sail on Monday", "Tom Reed")]);
}

/// `"The pier is unsafe,” said …` and `“The pier is unsafe," said …`: a straight mark closed
/// by a curly one (or the reverse) is one quote when the paragraph holds no proper closer;
/// where it does, the proper pair wins.
#[test]
fn a_quote_opened_in_one_style_and_closed_in_the_other_is_one_quote() {
    let text = "The pier is unsafe for the summer crowds";
    for (open, close) in [("\"", "”"), ("“", "\"")] {
        let article = format!("Title\n\n{open}{text},{close} said Ana Ruiz, the harbour master.\n");
        let said = said_in_article(Lang::En, &article);
        assert_eq!(said, [pair(text, "Ana Ruiz")], "{open}…{close}");
    }
    let said = french("\"Le port rouvrira avant l'été, dès la fin des travaux”, a déclaré le maire Paul Vidal.");
    assert_eq!(said, [pair("Le port rouvrira avant l'été, dès la fin des travaux", "Paul Vidal")]);
}

/// "« … », s'indigne la juge Anne Roux.", "« … », s'est félicité le maire.": after a
/// closing quote, a verb that reports only in an incise takes its subject after it, and
/// the subject of a reflexive verb is no attribute of it.
#[test]
fn after_a_closing_quote_the_subject_follows_an_incise_verb() {
    let quote = "Ce dossier aurait dû être jugé bien plus tôt";
    for (verb, who) in [("s'indigne la juge Anne Roux", "Anne Roux"), ("soupire le juge Paul Mercier", "Paul Mercier")]
    {
        let said = french(&format!("« {quote} », {verb}."));
        assert_eq!(said, [pair(quote, who)], "{verb}");
    }
    let said = french("« C'est une bonne nouvelle pour la ville », s'est félicité le maire Paul Girard.");
    assert_eq!(said, [pair("C'est une bonne nouvelle pour la ville", "Paul Girard")]);
    // Not a cue elsewhere.
    assert_eq!(french("Le festival continue malgré la pluie et le vent du large."), []);
}

/// "said the decision “was not taken lightly”": a subject before a quote that opens on its
/// verb makes one mixed clause, not a direct quote with the subject left out.
#[test]
fn a_quote_opening_on_the_verb_after_a_subject_is_a_mixed_clause() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nIn an email, a spokeswoman said the decision “was not taken lightly” by the board.\n",
    );
    assert_eq!(said, [pair("the decision “was not taken lightly” by the board", "a spokeswoman")]);
}

/// "a indiqué étudier « toutes les options »": an infinitive known by its ending, right
/// after the cue, is a report of what the speaker will do (mixed here); "hier", "quatre"
/// have the ending and are none.
#[test]
fn a_french_infinitive_after_the_cue_is_known_by_its_ending() {
    let said = french("Le cabinet du ministre a indiqué étudier « toutes les options » avant l'été.");
    assert_eq!(said, [pair("étudier « toutes les options » avant l'été", "Le cabinet du ministre")]);
    let said = french("Le président a assuré agir pour le bien commun.");
    assert_eq!(said, [pair("agir pour le bien commun", "Le président")]);
    assert_eq!(french("Le syndicat a annoncé quatre jours de grève."), []);
}

/// Around an incise in the middle of a sentence, the wire dateline before the content and
/// the reporter's circumstance after it ("…, as inflation stays high") are no part of
/// what was said.
#[test]
fn an_incise_reports_neither_the_dateline_nor_the_reporters_circumstance() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nLISBON (Reuters) - The harbour authority will raise port fees next month, two officials said on Monday, \
         as fuel costs keep climbing.\n",
    );
    let texts = texts_of(&said);
    assert_eq!(texts, ["The harbour authority will raise port fees next month"], "{said:?}");
}

/// "told Fox News when asked whether …": after the hearer, a subordinator opens the
/// reporter's circumstance, not a report; the quote before the cue is what was said.
#[test]
fn a_subordinate_clause_after_the_hearer_is_no_report() {
    let said = said_in_article(
        Lang::En,
        "Title\n\n\"We will see,\" Mayor Ellen Park told Radio Harbor when asked whether she would run.\n",
    );
    let texts = texts_of(&said);
    assert_eq!(texts, ["We will see"], "{said:?}");
}

/// A report inside a report: "A survey found that 61 percent of tenants said …" — the inner
/// cue's subject starts after the outer complementizer.
#[test]
fn the_subject_of_a_report_inside_a_report_starts_after_the_complementizer() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nA Harbor Institute survey released in May found that 61 percent of tenants said the rents were too high.\n",
    );
    let inner = said.iter().find(|(t, _)| t.starts_with("the rents")).expect("the inner report");
    assert_eq!(inner.1.as_deref(), Some("61 percent of tenants"), "{said:?}");
}

/// "warned Congress that …": the hearer before the complementizer is no part of the clause.
#[test]
fn the_hearer_before_a_complementizer_is_no_part_of_the_report() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nMayor Ellen Park warned Parliament that the harbour would close by June.\n",
    );
    let texts = texts_of(&said);
    assert_eq!(texts, ["the harbour would close by June"], "{said:?}");
}

/// "l'ancien ministre, condamné en 2019" / "…, mis en examen …": a past participle after a
/// comma (regular or listed) opens an aside about the speaker, no part of the phrase.
#[test]
fn a_participle_aside_after_the_speaker_is_no_part_of_it() {
    for aside in ["condamné en 2019 pour fraude", "mis en examen pour fraude"] {
        let said = french(&format!("« Je n'ai rien à me reprocher », a déclaré l'ancien maire, {aside}."));
        assert_eq!(said, [pair("Je n'ai rien à me reprocher", "l'ancien maire")], "{aside}");
    }
}

/// An attribution that splits the speaker's words: each half is a statement of theirs,
/// however short the first ("My plan", "The new tariff"); a quote that short elsewhere is
/// no statement. A naming participle between commas ("The levy, called the harbour toll,
/// …") names its object and reports nothing.
#[test]
fn both_halves_around_a_splitting_attribution_are_statements() {
    let said = crate::classes::said_in(
        "Mayor Ellen Park spoke on Monday. \"My plan,\" she said, \"is to rebuild the bridge by spring.\"\n\n\
         The new tariff, the ministry said, would take effect in June.\n\n\
         The levy, called the harbour toll, funds the new pier.\n\n\
         Residents call the pier \"a gift\" to the town.",
    );
    let park = Some("Ellen Park".to_string());
    let ministry = Some("the ministry".to_string());
    assert_eq!(
        said,
        [
            ("My plan".to_string(), park.clone()),
            ("is to rebuild the bridge by spring.".to_string(), park),
            ("The new tariff".to_string(), ministry.clone()),
            ("would take effect in June".to_string(), ministry),
        ]
    );
}

/// A verb whose object holds what was said ("criticized the “rushed” harbour plan")
/// reports that object, up to a coordinated verb ("and walked out"), while "grew up and
/// worked" inside a relative aside stays in the object.
#[test]
fn a_coordinated_verb_ends_a_reported_object() {
    let said = crate::classes::said_in(
        "Senator Ruth Hale criticized the \"rushed\" harbour plan and walked out of the meeting.\n\n\
         The mayor accused Tom Reyes, who grew up and worked in Dunmore, of \"abandoning\" the town.",
    );
    assert_eq!(
        crate::classes::texts_of(&said),
        ["the \"rushed\" harbour plan", "Tom Reyes, who grew up and worked in Dunmore, of \"abandoning\" the town"]
    );
    assert_eq!(said[0].1.as_deref(), Some("Ruth Hale"));
}

/// After an adjunct or an addressee, a clause may open with no complementizer ("said in a
/// statement it had …", "told Reuters it had …"); a quote inside it is part of the clause,
/// not the whole statement.
#[test]
fn a_quote_inside_a_clause_after_an_adjunct_stays_in_the_clause() {
    let said = crate::classes::said_in(
        "The operator said in a statement it had offered \"a fair and generous package\" to the workers.\n\n\
         The operator told Reuters it had offered \"a fair and generous package\" to the workers.\n\n\
         The operator said in a statement \"we offered a fair package to all workers\".",
    );
    let clause = "it had offered \"a fair and generous package\" to the workers";
    assert_eq!(crate::classes::texts_of(&said), [clause, clause, "we offered a fair package to all workers"]);
}

/// "said in an emailed statement that …": a verb form between an article and a document
/// noun describes the document; it is no second verb that ends the cue's scan.
#[test]
fn a_verb_form_describing_the_document_is_no_second_cue() {
    let said = crate::classes::said_in(
        "The operator said in an emailed statement that it remained committed to a fair deal.\n\n\
         The ferry line said in a texted statement that crossings would resume on Friday.",
    );
    assert_eq!(
        crate::classes::texts_of(&said),
        ["it remained committed to a fair deal", "crossings would resume on Friday"]
    );
}

/// "Analysts at Morrow & Finch said …": an unnamed group's employer is its affiliation in
/// the output, so the graph links the group to the firm; a person after "for" is none.
#[test]
fn an_unnamed_groups_employer_is_its_affiliation() {
    let kb = quotegraph::kb::Kb::load(&[]).expect("built-in knowledge base");
    let text = "Title\n\nShipping analysts at Morrow & Finch said that prices would rise.\n\n\
                A spokeswoman for Ellen Park said that the mayor was travelling.\n";
    let a = quotegraph::article::Article::new(
        "case.txt",
        "case",
        text.into(),
        Some(quotegraph::lang::Lang::En),
        "https://example.org/",
    );
    let st = quotegraph::extract::extract(&a, &kb);
    let employers: Vec<Option<String>> = st.iter().map(|s| s.affiliation.as_ref().map(|a| a.name.clone())).collect();
    assert_eq!(employers, [Some("Morrow & Finch".to_string()), None]);
}

/// An Arabic participle that continues the sentence ("، نافية أن …", "، متهمة …") ends the
/// clause before it and reports on its own for the same speaker.
#[test]
fn an_arabic_participle_of_denial_ends_the_clause_before_it() {
    let said = crate::classes::said_in_article(
        quotegraph::lang::Lang::Ar,
        "عنوان\n\nوأكدت شركة النور في بيان أنها دفعت الرواتب كاملة، نافية أن تكون قد سرحت أي عامل.\n",
    );
    assert_eq!(crate::classes::texts_of(&said), ["دفعت الرواتب كاملة", "تكون قد سرحت أي عامل"]);
    assert!(said.iter().all(|(_, who)| who.as_deref() == Some("شركة النور")), "{said:?}");
}

/// A source set off inside a clause ("…, a decision that, according to analysts, will …")
/// covers that clause, not a clause with a verb of its own before an earlier comma.
#[test]
fn an_inserted_source_covers_only_its_own_clause() {
    let said = crate::classes::said_in(
        "The bank raised its main rate on Tuesday, a decision that, according to analysts at Brantley Capital, will slow growth.\n\n\
         The new bridge, according to the county engineer, will open in May.",
    );
    assert_eq!(
        crate::classes::texts_of(&said),
        [
            "a decision that, according to analysts at Brantley Capital, will slow growth",
            "The new bridge, according to the county engineer, will open in May"
        ]
    );
}

#[test]
fn a_relative_clause_with_whose_ends_the_source_after_a_marker() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nFerry fares will double by spring, according to a review by the economist Ann Lowe, whose \
         figures were confirmed by the Harbor Foundation.\n",
    );
    assert_eq!(said, [pair("Ferry fares will double by spring", "Ann Lowe")]);
    // An apposition after the source is no rest of the clause, whatever its "-ed" word.
    let said = said_in_article(
        Lang::En,
        "Title\n\nFerry fares will double by spring, according to a review by Ann Lowe, a retired port \
         economist, whose figures were confirmed by the Harbor Foundation.\n",
    );
    assert_eq!(said, [pair("Ferry fares will double by spring", "Ann Lowe")]);
}

/// "Keep the money, Ana; the board agrees": a semicolon ends a clause, so the
/// subject of a cue after it is never a name before it, and a quote holding one still
/// pairs with its postposed cue.
#[test]
fn no_postposed_subject_reaches_back_across_a_semicolon() {
    let said = said_in_article(Lang::En, "Title\n\nKeep all of the money, Ruiz; the rest of the board agrees.\n");
    assert!(said.is_empty(), "{said:?}");
    let said = said_in_article(Lang::En, "Title\n\n\"We won; they lost,\" Ana Ruiz said.\n");
    assert_eq!(said, [pair("We won; they lost", "Ana Ruiz")]);
}

/// "Les habitants, eux, dénoncent …": a stressed pronoun (or "de son côté") set off right
/// before the cue resumes the subject, so the words before the cue are no postposed
/// content and the cue's object is no speaker.
#[test]
fn a_stressed_pronoun_before_the_cue_resumes_its_subject() {
    let said = french("Les riverains, eux, dénoncent un manque de concertation.");
    assert!(
        said.iter().all(|(text, who)| !text.contains("eux") && who.as_deref() != Some("un manque de concertation")),
        "{said:?}"
    );
    // So does a phrase that passes the floor ("de son côté", "pour sa part").
    let said = french("La région, de son côté, promet une aide de deux millions d'euros.");
    assert!(said.iter().all(|(text, _)| !text.contains("côté")), "{said:?}");
}

/// "…, a annoncé mardi la direction de la régie, la société publique des transports.": an
/// organisation's noun with no verb after the inverted speaker is its apposition, not a
/// second half of what was said.
#[test]
fn an_organisation_in_apposition_after_an_inverted_speaker_is_no_content() {
    let said = french("Le tramway restera fermé jusqu'à jeudi, a annoncé mardi la direction de la Régie, la société publique des transports.");
    assert_eq!(said.len(), 1, "{said:?}");
    assert_eq!(said[0].0, "Le tramway restera fermé jusqu'à jeudi");
}

/// "As the harbour master noted, spending on dredging has fallen": after a clause of
/// comparison, the main clause may open on a bare noun; a clause of time opened the same
/// way ends its verb's object at its comma, so the main clause is nobody's statement.
#[test]
fn a_clause_of_comparison_reports_a_main_clause_with_a_bare_subject() {
    let said =
        said_in_article(Lang::En, "Title\n\nAs the harbour master noted, spending on dredging has fallen for years.\n");
    assert_eq!(said, [pair("spending on dredging has fallen for years", "the harbour master")]);
    let said = said_in_article(
        Lang::En,
        "Title\n\nAs the council announced the closure of the bridge, traffic backed up for miles.\n",
    );
    assert!(said.iter().all(|(text, _)| !text.contains("traffic")), "{said:?}");
}

/// "said low pay, not the long hours, was driving them away": a contrast or a connective set
/// off by commas inside the subject of a bare clause is an aside; the verb after it opens
/// the clause.
#[test]
fn a_contrast_aside_inside_a_bare_clause_subject_is_skipped() {
    let said =
        said_in_article(Lang::En, "Title\n\nAna Ruiz said low pay, not the long hours, was driving nurses away.\n");
    assert_eq!(said, [pair("low pay, not the long hours, was driving nurses away", "Ana Ruiz")]);
    let said =
        said_in_article(Lang::En, "Title\n\nAna Ruiz said the county, however, would not pay for the repairs.\n");
    assert_eq!(said, [pair("the county, however, would not pay for the repairs", "Ana Ruiz")]);
}
