//! What stands between a cue and its content, and whose it is: quote marks set apart by
//! spaces, a second verb's complementizer after an incise, a relative clause after the
//! cue's subject, an according-to marker before a quote, a participle clause before the
//! subject. Sentences written for the project.

use super::classes::said_in_article;
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
    let said = french("\" Nous sommes prêts à rouvrir le port avant l'été \", a déclaré le maire Paul Vidal.");
    assert_eq!(said, [pair("Nous sommes prêts à rouvrir le port avant l'été", "Paul Vidal")]);
    // An elision mark may open the quote.
    let said = french("\" (…) le chantier avance bien malgré la pluie \", a déclaré le maire Paul Vidal.");
    assert_eq!(said.len(), 1, "{said:?}");
    assert!(said[0].0.ends_with("le chantier avance bien malgré la pluie"), "{said:?}");
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
        "\" Le chantier avance bien malgré la pluie \", a-t-il dit, rassurant que \" la digue sera prête en mai \".",
    );
    let texts: Vec<_> = said.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["Le chantier avance bien malgré la pluie", "la digue sera prête en mai"], "{said:?}");
}

#[test]
fn a_complementizer_inside_a_relative_after_the_subject_is_not_the_cues() {
    let said = french(
        "La consule Claire Dumont est arrivée lundi. « Nous restons disponibles pour aider le port », indique \
         la diplomate, qui aimerait que la tempête épargne la côte.",
    );
    assert_eq!(said, [pair("Nous restons disponibles pour aider le port", "Claire Dumont")]);
}

#[test]
fn a_participle_clause_before_the_subject_holds_no_speaker() {
    let said = french(
        "La nouvelle consule de France, Claire Dumont, arrive à Tunis cette semaine. Interrogée sur une aide \
         de son pays au cas où la tempête frappe Sfax, la consule a assuré que la France restait disponible.",
    );
    assert_eq!(said, [pair("la France restait disponible", "Claire Dumont")]);
}

#[test]
fn a_quote_after_an_according_to_marker_is_not_the_earlier_cues() {
    // "وعد" is read as a cue ("promised"); the quote belongs to "بحسب قوله" (as he put it).
    let said = said_in_article(
        Lang::Ar,
        "عنوان\n\nوقال الوزير سامي حداد إن الأزمة ستنتهي قريبا لأن وعد الحكومة صادق بحسب قوله \" الفرج قريب جدا بإذن الله \".\n",
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
        "Title\n\nThe families watched the videos on Monday, according to their lawyers, and said they had more questions.\n",
    );
    assert!(en.iter().all(|(t, _)| !t.contains("according to")), "{en:?}");
}

#[test]
fn a_relative_after_an_inverted_subject_ends_it() {
    let en = said_in_article(
        Lang::En,
        "Title\n\n\"The bridge is safe for now,\" said one local official who said he did not want to be named.\n",
    );
    assert_eq!(en[0], pair("The bridge is safe for now", "one local official"), "{en:?}");
}

#[test]
fn a_cue_right_after_a_coordinator_shares_the_first_verbs_subject() {
    let en = said_in_article(
        Lang::En,
        "Title\n\nOfficials announced on Friday the arrest of a man after a clash with police and said the curfew would continue.\n",
    );
    let last = en.last().expect("a statement");
    assert_eq!(last, &pair("the curfew would continue", "Officials"), "{en:?}");
    // The object of the first verb is never the speaker, even when no subject is found.
    let en = said_in_article(
        Lang::En,
        "Title\n\nOfficials announced on Friday the arrest of a man after a clash between farmers and police and said the curfew would continue.\n",
    );
    assert!(en.iter().all(|(_, who)| !who.as_deref().unwrap_or("").contains("police")), "{en:?}");
}
