//! What opens a sentence before its subject, and names no speaker: a dateline written like
//! a name ("Rennes — …"), a participle clause ("Venu à Brest pour …, le ministre …",
//! "Elected in 2019 …, Mayor …"), and a minister's portfolio listed between commas before
//! the name ("le ministre de l'Énergie, des Mines et de l'Eau, Karim Belkadi, …"); and
//! the subject behind them as the antecedent of a later "il".
//! Sentences written for the project.

use super::classes::said_in_article;
use quotegraph::article::Article;
use quotegraph::extract::extract;
use quotegraph::kb::Kb;
use quotegraph::lang::Lang;
use quotegraph::model::AgentKind;

/// The speaker of the one statement of `sentence` in an article of language `lang`.
fn speaker(lang: Lang, sentence: &str) -> String {
    let said = said_in_article(lang, &format!("Title\n\n{sentence}\n"));
    assert_eq!(said.len(), 1, "{sentence}: {said:?}");
    said[0].1.clone().unwrap_or_else(|| panic!("no speaker: {sentence}"))
}

/// Asserts the speaker of each (language, one-statement sentence, speaker).
fn assert_speakers(cases: &[(Lang, &str, &str)]) {
    for &(lang, text, who) in cases {
        assert_eq!(speaker(lang, text), who, "{text}");
    }
}

#[test]
fn a_dateline_written_like_a_name_is_no_speaker() {
    let cases = [
        (
            Lang::Fr,
            "Rennes — Le préfet de la région a affirmé jeudi que les routes seraient dégagées.",
            "préfet de la région",
        ),
        (Lang::En, "Leeds — The council leader said on Friday that the bins would be collected.", "The council leader"),
        (
            Lang::Fr,
            "Rennes — Le préfet de la région, Marc Vallier, a affirmé que les routes seraient dégagées.",
            "Marc Vallier",
        ),
    ];
    assert_speakers(&cases);
    // A dash before a lower-case word sets off an apposition: the name before it speaks.
    assert_eq!(speaker(Lang::En, "Ana Ruiz — the treasurer — said the fund was safe."), "Ana Ruiz");
}

#[test]
fn a_participle_clause_opening_the_sentence_names_no_one() {
    let cases = [
        (Lang::Fr, "Venu à Brest, le ministre a précisé que les travaux dureraient deux ans.", "le ministre"),
        (
            Lang::En,
            "Elected in 2019 on a promise to fix the roads, Mayor Dana Whitcombe said the budget was sound.",
            "Dana Whitcombe",
        ),
    ];
    assert_speakers(&cases);
    // A given name, or a name particle after the first word, is a name's, not a participle's.
    assert_eq!(speaker(Lang::Fr, "René de Caunes a affirmé que la saison serait bonne."), "René de Caunes");
}

#[test]
fn the_subject_after_a_long_participle_clause_is_the_next_pronouns_antecedent() {
    // The clause runs past the twelve tokens of an ordinary opening adjunct; the subject
    // behind it has a lower-case portfolio ("de la mer") before the name.
    let text = "Venu à Brest pour inaugurer le nouveau port de pêche de la ville, le ministre de la mer \
                Alain Kerouac est revenu sur le projet, où il a qualifié les retards de « inacceptables ».";
    assert_eq!(speaker(Lang::Fr, text), "Alain Kerouac");
    // A newspaper named after the subject is no antecedent of "il": an organisation noun
    // heads its name, and a he/she prefers the person the sentence is about.
    let text = "Le ministre de la mer Alain Kerouac est revenu sur ses propos dans le quotidien \
                Ouest Marine, où il a qualifié les retards de « honteux ».";
    assert_eq!(speaker(Lang::Fr, text), "Alain Kerouac");
    let kb = Kb::load(&[]).expect("built-in knowledge base");
    let text = "Titre\n\nLe quotidien Ouest Marine a affirmé que les retards étaient honteux.\n";
    let a = Article::new("case.txt", "case", text.to_string(), Some(Lang::Fr), "https://example.org/");
    let who = extract(&a, &kb).remove(0).speaker.expect("a speaker");
    assert_eq!((who.name.as_str(), who.kind), ("Ouest Marine", AgentKind::Organization));
}

#[test]
fn a_portfolio_listed_between_commas_belongs_to_the_title() {
    let text =
        "Le ministre de l'Énergie, des Mines et de l'Eau, Karim Belkadi, a affirmé que les coupures cesseraient.";
    assert_eq!(speaker(Lang::Fr, text), "Karim Belkadi");
    // A place after a name still continues the place.
    assert_eq!(speaker(Lang::En, "Luke Crane, of Springfield, Va., said the plant would close."), "Luke Crane");
}

#[test]
fn a_name_inside_an_opening_adjunct_is_no_antecedent_of_the_clauses_pronoun() {
    // "il" is the mayor, not the radio the interview was given to.
    let text = "Le maire Paul Ferrand a inauguré le pont. Dans un entretien accordé à Radio Nord, \
                il a annoncé que le péage serait supprimé.";
    assert_eq!(speaker(Lang::Fr, text), "Paul Ferrand");
}

/// "LAGOS: The bank held rates …" opening the body is a dateline; a transcript opens on a
/// label in capitals too, but other labels follow it ("HOST: …", "GUEST: …").
#[test]
fn a_capitals_label_opening_the_body_alone_is_a_dateline() {
    let said = said_in_article(
        Lang::En,
        "Bank holds rates\n\nLAGOS: The central bank held its main rate at 18 percent on Tuesday.\n\n\"Inflation is still too high,\" Governor Ada Okafor said.\n",
    );
    assert_eq!(said, [("Inflation is still too high".to_string(), Some("Ada Okafor".to_string()))]);
    let said = said_in_article(
        Lang::En,
        "Interview\n\nMARSH: Will the bank cut rates this year?\n\nOKAFOR: Not before inflation falls below ten percent.\n",
    );
    let speakers: Vec<_> = said.iter().map(|(_, who)| who.clone().unwrap_or_default()).collect();
    assert_eq!(speakers, ["MARSH", "OKAFOR"], "{said:?}");
}

/// "said -- on Monday -- that …": an aside between dashes, as between commas, leaves the
/// complementizer to the cue.
#[test]
fn an_aside_between_dashes_keeps_the_cue_s_complementizer() {
    for sentence in [
        "The mayor said -- on Monday -- that the bridge would reopen in May.",
        "The mayor said - after a long meeting - that the bridge would reopen in May.",
        "Officials told us -- late on Friday -- that the bridge would reopen in May.",
    ] {
        let said = said_in_article(Lang::En, &format!("Title\n\n{sentence}\n"));
        assert_eq!(said.len(), 1, "{sentence}: {said:?}");
        assert_eq!(said[0].0, "the bridge would reopen in May", "{sentence}");
    }
}

/// "DENTON, Tex. — Roads were closed …, police said": the state's abbreviation is part of
/// the dateline, and neither ends a sentence nor opens the content; nor does "a.m." before
/// a word in lower case.
#[test]
fn a_dateline_state_and_a_time_abbreviation_end_no_sentence() {
    let said = said_in_article(
        Lang::En,
        "Title\n\nDENTON, Tex. — Roads were closed around 7:15 a.m. for the night shift at the plant, police said.\n",
    );
    assert_eq!(
        said,
        [(
            "Roads were closed around 7:15 a.m. for the night shift at the plant".to_string(),
            Some("police".to_string())
        )]
    );
}

/// "LAGOS, March 3 (Reuters) - …" and "(Reuters) - …" opening a paragraph are datelines: the
/// date and the agency are no part of the content.
#[test]
fn a_wire_dateline_with_a_date_or_the_agency_alone() {
    for text in [
        "Title\n\nLAGOS, March 3 (Reuters) - The port will reopen next week, the harbour authority said on Friday.\n",
        "Title\n\n(Reuters) - The port will reopen next week, the harbour authority said on Friday.\n",
    ] {
        let said = said_in_article(Lang::En, text);
        assert_eq!(said.len(), 1, "{said:?}");
        assert_eq!(said[0].0, "The port will reopen next week", "{text}");
    }
}
