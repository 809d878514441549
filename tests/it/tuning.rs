//! The numbers of `src/tuning.rs`, pinned by behaviour: each test shows what a window, a
//! minimum or a confidence decides, with the values written out, so moving one of them fails
//! here and the change has to be made (and measured) on purpose.

use quotegraph::article::Article;
use quotegraph::extract::extract;
use quotegraph::kb::Kb;
use quotegraph::lang::Lang;
use quotegraph::model::{QuoteKind, Statement};

fn kb() -> Kb {
    Kb::load(&[]).expect("built-in knowledge base")
}

fn statements(lang: Lang, text: &str) -> Vec<Statement> {
    let a = Article::new("t.txt", "t", format!("Title\n\n{text}\n"), Some(lang), "https://example.org/");
    extract(&a, &kb())
}

/// The one statement of `text`, with its rule pattern and confidence.
fn one(lang: Lang, text: &str) -> (String, f32, Option<String>) {
    let s = statements(lang, text);
    assert_eq!(s.len(), 1, "{text}: {:?}", s.iter().map(|s| &s.text).collect::<Vec<_>>());
    let pattern = s[0].rule.rsplit(['/', '.']).next().unwrap_or(&s[0].rule).to_string();
    (pattern, s[0].confidence, s[0].speaker.as_ref().map(|a| a.name.clone()))
}

fn confidence_of(lang: Lang, text: &str, pattern: &str) -> f32 {
    let s = statements(lang, text);
    let st = s.iter().find(|s| s.rule.rsplit(['/', '.']).next() == Some(pattern)).unwrap_or_else(|| {
        panic!("no {pattern} statement in {text}: {:?}", s.iter().map(|s| &s.rule).collect::<Vec<_>>())
    });
    st.confidence
}

#[test]
fn each_pattern_has_its_confidence() {
    // A knowledge-base speaker (factor 1.0), so the figure is the pattern's own.
    let cases: &[(Lang, &str, &str, f32)] = &[
        (Lang::Fr, "Emmanuel Macron a déclaré : « Nous ne céderons rien sur les retraites. »", "cue-colon", 0.95),
        (Lang::En, "Emmanuel Macron said \"We will not give up the reform.\"", "cue-quote", 0.85),
        (Lang::En, "Emmanuel Macron said that the reform would go ahead.", "cue-that", 0.85),
        (Lang::En, "Emmanuel Macron said the reform would go ahead next year.", "cue-clause", 0.75),
        (Lang::En, "\"The reform will go ahead next year,\" Emmanuel Macron said.", "postposed", 0.85),
        (Lang::En, "According to Emmanuel Macron, the reform will go ahead next year.", "according-to", 0.8),
        (
            Lang::En,
            "\"We will not wait for anyone.\" Emmanuel Macron said that the plan was ready.",
            "same-sentence",
            0.75,
        ),
        (
            Lang::En,
            "Emmanuel Macron said that the plan was ready. \"We will not wait for anyone at all.\"",
            "continuation",
            0.7,
        ),
        (Lang::Fr, "Emmanuel Macron a défendu le calendrier : « Nous ne reculerons pas. »", "colon", 0.65),
    ];
    for &(lang, text, pattern, want) in cases {
        assert_eq!(confidence_of(lang, text, pattern), want, "{pattern}: {text}");
    }
}

#[test]
fn the_speaker_s_resolution_scales_the_confidence() {
    // cue-that (0.85) times: a pronoun with no antecedent (0.4), a pronoun (0.85), a new
    // name (0.92); an unclosed quote after a colon is 0.95 × 1.0 × 0.7.
    assert_eq!(one(Lang::En, "He said that the plan was ready.").1, 0.34);
    let pronoun = statements(Lang::En, "Emmanuel Macron spoke on Monday. He said that the plan was ready.");
    assert_eq!(pronoun.last().map(|s| s.confidence), Some(0.72));
    assert_eq!(one(Lang::En, "Ellen Park said that the plan was ready.").1, 0.78);
    let unclosed = "Emmanuel Macron said: \"We will not wait for anyone.\n\nThe meeting ended at noon on the dot.";
    assert_eq!(one(Lang::En, unclosed).1, 0.67);
}

/// "X said" + `n` filler words + "that …": the cue scan reaches 28 tokens.
fn far_complementizer(n: usize) -> String {
    let filler = vec!["again"; n].join(" ");
    format!("Ellen Park said {filler} that the bridge would be rebuilt by spring.")
}

#[test]
fn the_cue_scan_reaches_twenty_eight_tokens() {
    assert_eq!(one(Lang::En, &far_complementizer(26)).0, "cue-that");
    assert!(statements(Lang::En, &far_complementizer(27)).iter().all(|s| !s.rule.ends_with("/cue-that")));
}

#[test]
fn minimum_clause_lengths() {
    // After a colon: three words.
    assert_eq!(one(Lang::Fr, "Le maire Paul Girard a déclaré : nous rouvrirons demain.").0, "cue-colon");
    assert!(statements(Lang::Fr, "Le maire Paul Girard a déclaré : rouvrir demain.").is_empty());
    // After a complementizer: two words.
    assert_eq!(one(Lang::Fr, "Sa porte-parole, Maria Zakharova, a ajouté que Moscou répondrait.").0, "cue-that");
    assert!(statements(Lang::Fr, "Sa porte-parole, Maria Zakharova, a ajouté que non.").is_empty());
    // A bare clause: three words, whatever opens it.
    assert_eq!(one(Lang::En, "Ellen Park said prices would fall.").0, "cue-clause");
    assert!(statements(Lang::En, "Ellen Park said prices fell.").is_empty());
    assert_eq!(one(Lang::En, "The Environment Agency said it was investigating.").0, "cue-clause");
    // Before a postposed cue: three words.
    assert_eq!(one(Lang::Fr, "Les travaux dureront, a indiqué la préfecture.").0, "postposed");
    assert!(statements(Lang::Fr, "Ils dureront, a indiqué la préfecture.").is_empty());
    assert_eq!(one(Lang::En, "The talks failed, Ellen Park said.").0, "postposed");
    // With "according to": three words.
    assert_eq!(one(Lang::En, "According to Ellen Park, it will reopen.").0, "according-to");
    assert!(statements(Lang::En, "According to Ellen Park, it reopened.").is_empty());
}

#[test]
fn unnamed_speakers_are_at_most_six_words() {
    let six = "The owners of the old harbour said that the road would reopen on Monday.";
    assert_eq!(one(Lang::En, six).2.as_deref(), Some("The owners of the old harbour"));
    let seven = "The owners of the old fishing harbour said that the road would reopen on Monday.";
    assert_eq!(one(Lang::En, seven).2, None);
}

#[test]
fn an_uncased_name_has_at_most_four_words() {
    let text = "وقال الوزير سامي بن علي بن خالد إن الحكومة ستدعم المزارعين.";
    assert_eq!(one(Lang::Ar, text).2.as_deref(), Some("سامي بن علي بن"));
}

#[test]
fn a_bare_clause_shows_its_verb_within_twelve_tokens_before_any_comma() {
    // The verb is the twelfth token after "the"; one more word and there is no clause.
    let twelve =
        "Ellen Park said the old wooden harbour bridge near the north pier of the town would be repaired soon.";
    assert_eq!(one(Lang::En, twelve).0, "cue-clause");
    let thirteen =
        "Ellen Park said the old wooden harbour bridge near the north pier of the old town would be repaired soon.";
    assert!(statements(Lang::En, thirteen).iter().all(|s| !s.rule.ends_with("/cue-clause")));
    // A comma ends the stretch: "said the minister, who was …" is no clause.
    assert!(statements(Lang::En, "\"It works,\" said the minister, who was visiting the port.")
        .iter()
        .all(|s| !s.rule.ends_with("/cue-clause")));
}

#[test]
fn an_inverted_cue_skips_an_adjunct_of_three_tokens() {
    let three = "« Nous irons jusqu'au bout », a affirmé mardi soir tard Thomas Leroux.";
    assert_eq!(one(Lang::Fr, three).2.as_deref(), Some("Thomas Leroux"));
    let four = "« Nous irons jusqu'au bout », a affirmé mardi soir très tard Thomas Leroux.";
    assert!(statements(Lang::Fr, four).iter().all(|s| s.speaker.as_ref().is_none_or(|a| a.name != "Thomas Leroux")));
}

/// The speaker of ", adding that …" after a sentence that opens with `adjunct`.
fn after_opening(adjunct: &str) -> Option<String> {
    let text = format!("{adjunct}, the union rejected the offer, adding that wages would fall.");
    statements(Lang::En, &text).pop().and_then(|s| s.speaker).map(|a| a.name)
}

#[test]
fn an_opening_adjunct_before_the_subject_has_at_most_eleven_tokens() {
    assert_eq!(after_opening("In a long statement on Monday morning in the old capital").as_deref(), Some("the union"));
    let twelve = "In a long statement on Monday morning in the old walled capital";
    assert_ne!(after_opening(twelve).as_deref(), Some("the union"));
}

#[test]
fn the_phrase_opening_a_sentence_is_its_subject_up_to_ten_words() {
    let ten = "The young British hosts of the annual U.N. conference urged action, saying that time was short.";
    assert_eq!(one(Lang::En, ten).2.as_deref(), Some("The young British hosts"));
    let eleven =
        "The seven young British hosts of the annual U.N. conference urged action, saying that time was short.";
    assert_ne!(one(Lang::En, eleven).2.as_deref(), Some("The seven young British hosts"));
}

#[test]
fn a_name_in_apposition_to_an_according_to_title_has_at_most_four_words() {
    let four = "Selon la porte-parole, Anne Marie Dupont Moreau, la route sera réparée avant Noël.";
    assert_eq!(one(Lang::Fr, four).2.as_deref(), Some("Anne Marie Dupont Moreau"));
    let five = "Selon la porte-parole, Anne Marie Claire Dupont Moreau, la route sera réparée avant Noël.";
    assert_ne!(one(Lang::Fr, five).2.as_deref(), Some("Anne Marie Claire Dupont Moreau"));
}

#[test]
fn an_organisation_keeps_three_complement_words_and_two_adjectives() {
    let three = "وقالت شركة النور للطاقة الشمسية إن الأسعار ستنخفض.";
    assert_eq!(one(Lang::Ar, three).2.as_deref(), Some("شركة النور للطاقة الشمسية"));
    let four = "وقالت شركة النور للطاقة الشمسية الحديثة إن الأسعار ستنخفض.";
    assert_eq!(one(Lang::Ar, four).2.as_deref(), Some("شركة النور للطاقة الشمسية"));
    let two = "Le groupe industriel européen Fortel a annoncé que l'usine fermerait.";
    assert_eq!(one(Lang::Fr, two).2.as_deref(), Some("Fortel"));
    let three = "Le groupe industriel européen privé Fortel a annoncé que l'usine fermerait.";
    assert_ne!(one(Lang::Fr, three).2.as_deref(), Some("Fortel"));
}

/// Who "He" is when Macron spoke `sentences` filler sentences (49 characters each) before a
/// mention of Scholz.
fn he_after(sentences: usize) -> Option<String> {
    let filler = "The weather was grey and the streets were empty. ".repeat(sentences);
    let text = format!(
        "Emmanuel Macron said that the plan was ready. {filler}Paris welcomed Olaf Scholz on Monday. He said that the talks went well."
    );
    statements(Lang::En, &text).pop().and_then(|s| s.speaker).map(|a| a.name)
}

#[test]
fn a_pronoun_reaches_the_speaker_four_hundred_characters_back() {
    // Within reach the last speaker wins over a later mention; beyond it, the latest person.
    assert_eq!(he_after(5).as_deref(), Some("Emmanuel Macron"));
    assert_eq!(he_after(8).as_deref(), Some("Olaf Scholz"));
}

/// Who "a-t-elle ajouté" is when Anne Lebrun spoke `sentences` filler sentences (57
/// characters each) before the prefecture did.
fn elle_after(sentences: usize) -> Option<String> {
    let filler = "Le temps était gris et les rues étaient vides ce jour-là. ".repeat(sentences);
    let text = format!(
        "« Nous tiendrons », a déclaré la ministre Anne Lebrun. {filler}La préfecture a indiqué que les routes resteraient fermées. « Rien ne changera », a-t-elle ajouté."
    );
    statements(Lang::Fr, &text).pop().and_then(|s| s.speaker).map(|a| a.name)
}

#[test]
fn an_inverted_pronoun_reaches_the_person_quoted_six_hundred_characters_back() {
    // An organisation spoke in between: "elle" is still the minister, within reach.
    assert_eq!(elle_after(7).as_deref(), Some("Anne Lebrun"));
    assert_ne!(elle_after(11).as_deref(), Some("Anne Lebrun"));
}

/// Who "The company" is when Bayline spoke `sentences` filler sentences (49 characters
/// each) before Fortel Industries was mentioned.
fn company_after(sentences: usize) -> Option<String> {
    let filler = "The weather was grey and the streets were empty. ".repeat(sentences);
    let text = format!(
        "The company Bayline said that sales had doubled. {filler}The market also watched the company Fortel Industries. The company said that it would hire staff."
    );
    statements(Lang::En, &text).pop().and_then(|s| s.speaker).map(|a| a.name)
}

#[test]
fn an_anaphor_prefers_the_speaker_unless_a_mention_is_four_hundred_characters_newer() {
    assert_eq!(company_after(4).as_deref(), Some("Bayline"));
    assert_eq!(company_after(10).as_deref(), Some("Fortel Industries"));
}

/// Who "Park" is after `n` mentions of other entities.
fn park_after(n: usize) -> Option<String> {
    let filler = "Paris and France agreed. ".repeat(n / 2);
    let text = format!("Ellen Park said that the bridge was safe. {filler}Park said that it would reopen in May.");
    statements(Lang::En, &text).pop().and_then(|s| s.speaker).map(|a| a.name)
}

#[test]
fn antecedents_are_looked_for_among_the_last_four_hundred_items() {
    assert_eq!(park_after(380).as_deref(), Some("Ellen Park"));
    assert_eq!(park_after(420).as_deref(), Some("Park"));
}

#[test]
fn no_statement_is_longer_than_its_language_limit() {
    // The limits of each table ([limits]): 400 words of quote, 250 of clause, 150 for a quote
    // never closed.
    let words =
        |n: usize| (0..n).map(|i| ["harbour", "budget", "pier", "council"][i % 4]).collect::<Vec<_>>().join(" ");
    // A clause of 240 words is kept, one of 260 is not.
    for (n, kept) in [(240, true), (260, false)] {
        let s = statements(Lang::En, &format!("Mayor Ines Calder said that the {}.", words(n)));
        assert_eq!(s.len(), usize::from(kept), "{n}-word clause");
    }
    // A closed quote of 390 words is kept, one of 420 is not.
    for (n, kept) in [(390, true), (420, false)] {
        let s = statements(Lang::Fr, &format!("Ines Calder a déclaré : « {}. »", words(n)));
        assert_eq!(s.iter().filter(|s| s.kind == QuoteKind::Direct).count(), usize::from(kept), "{n}-word quote");
    }
    // A mark never closed: 140 words are still an (unclosed) quote, 170 words a stray mark.
    for (n, quoted) in [(140, true), (170, false)] {
        let s = statements(Lang::Fr, &format!("Ines Calder a déclaré : « {}\n\nAutre nouvelle.", words(n)));
        assert_eq!(s.iter().any(|s| s.kind == QuoteKind::Direct), quoted, "{n} words after «");
    }
    // 500 marks never closed in one long paragraph: nothing runs away.
    let para: Vec<String> = (0..500).map(|i| format!("« {} {i}", words(40))).collect();
    let s = statements(Lang::Fr, &format!("Ines Calder a déclaré {}", para.join(" ")));
    assert!(s.iter().all(|s| s.text.split_whitespace().count() <= 400), "{:?}", s.iter().map(|s| s.text.len()).max());
}

/// `cluster::DATE_WINDOW_DAYS`: the same words 20 days apart are one statement reported
/// twice; 45 days apart, a speaker repeating themselves.
#[test]
fn reports_cluster_only_within_the_date_window() {
    let q = "Water minister Samir Kabbani said that repairs to the northern dam would begin on 14 September and would cost 120 million dollars.";
    let clusters = |dates: [&str; 2]| {
        let dir = super::tempdir();
        let feed = dir.path().join("feed.jsonl");
        let lines: Vec<String> = dates
            .iter()
            .enumerate()
            .map(|(i, d)| {
                serde_json::json!({"id": format!("a{i}"), "date": d, "lang": "en", "text": format!("Dam, report {i}\n\n{q}\n")})
                    .to_string()
            })
            .collect();
        std::fs::write(&feed, lines.join("\n") + "\n").unwrap();
        let out = dir.path().join("out");
        super::build(&out, &[feed.to_str().unwrap()]);
        let text = std::fs::read_to_string(out.join("statements.jsonl")).unwrap();
        text.lines()
            .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["cluster"].to_string())
            .collect::<std::collections::BTreeSet<_>>()
            .len()
    };
    assert_eq!(clusters(["2024-08-01", "2024-08-21"]), 1, "20 days apart: one statement");
    assert_eq!(clusters(["2024-08-01", "2024-09-15"]), 2, "45 days apart: two");
}

/// `cluster::SAME_LANGUAGE` and `cluster::ACROSS_LANGUAGES`: one speaker's two statements
/// on one topic share words and concepts without being one statement. Cutting the army's
/// budget and taxing oil companies is not cutting fees and taxing banks (same language:
/// word similarity 0.32), nor protecting the army's budget (French: shared concepts army,
/// budget, government, similarity 0.37).
#[test]
fn statements_on_one_topic_stay_apart() {
    let said = "Finance minister Samir Kabbani said that the government would cut the budget of the army and raise taxes on oil companies.";
    let pairs = [
        ("Taxes\n\nFinance minister Samir Kabbani said that the government would cut fees and raise taxes on banks.\n", "en"),
        ("Budget\n\nLe ministre des Finances Samir Kabbani a déclaré que le gouvernement protégerait le budget de l'armée et des hôpitaux.\n", "fr"),
    ];
    for (other, lang) in pairs {
        let dir = super::tempdir();
        std::fs::write(dir.path().join("a-en.txt"), format!("Budget\n\n{said}\n")).unwrap();
        std::fs::write(dir.path().join(format!("b-{lang}.txt")), other).unwrap();
        let out = dir.path().join("out");
        super::build(&out, &[dir.path().to_str().unwrap()]);
        let text = std::fs::read_to_string(out.join("statements.jsonl")).unwrap();
        let st: Vec<serde_json::Value> = text.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
        assert_eq!(st.len(), 2, "{lang}: {text}");
        assert_eq!(st[0]["speaker"]["id"], st[1]["speaker"]["id"], "{lang}: one speaker");
        assert_ne!(st[0]["cluster"], st[1]["cluster"], "{lang}: two statements");
    }
}

/// The speaker of a quote closing on a comma, attributed to Ada Okafor with `apposition`
/// between her name and the cue.
fn attributed_past(apposition: &str) -> Option<String> {
    let text = format!("“The levy is an invasion of the state budget,” Ada Okafor, {apposition}, said on Monday.");
    statements(Lang::En, &text).pop().and_then(|s| s.speaker).map(|a| a.name)
}

#[test]
fn a_quote_closing_on_a_comma_is_found_twenty_eight_tokens_before_the_cue() {
    let base =
        "the finance commissioner of Kano, one of the cities appealing the ministry over the levy and the fees and the";
    // The closing mark is the 28th token back from the comma before the cue, then the 29th.
    assert_eq!(attributed_past(&format!("{base} big big fees")).as_deref(), Some("Ada Okafor"));
    assert_ne!(attributed_past(&format!("{base} big big big fees")).as_deref(), Some("Ada Okafor"));
}

#[test]
fn a_participle_cites_a_source_named_in_its_first_three_words() {
    let third = "The union rejected the offer on Monday, citing two anonymous sources at the port.";
    assert!(statements(Lang::En, third).is_empty(), "{third}");
    let fourth = "The union rejected the offer on Monday, citing the views of anonymous sources at the port.";
    assert_eq!(one(Lang::En, fourth).0, "object");
}

#[test]
fn an_opening_participle_clause_before_the_subject_has_at_most_twenty_three_tokens() {
    let clause = "Speaking in a long statement on Monday morning in the old capital before the heads of the three big unions of the";
    assert_eq!(after_opening(&format!("{clause} region")).as_deref(), Some("the union"));
    assert_ne!(after_opening(&format!("{clause} whole region")).as_deref(), Some("the union"));
}

/// The speaker of "… <group> say the bridge was worth the cost." after a comma.
fn group_before(group: &str) -> Option<String> {
    one(Lang::En, &format!("Though the mayor had doubts, {group} say the bridge was worth the cost.")).2
}

#[test]
fn a_bare_group_has_three_words_and_a_complement_of_four() {
    // GROUP_WORDS = 3: "newly elected officials"; GROUP_COMPLEMENT_WORDS = 4: three
    // group words and a complement of four make seven words, one more is past the window.
    assert_eq!(group_before("newly elected officials").as_deref(), Some("newly elected officials"));
    assert_eq!(
        group_before("newly elected officials from both main parties").as_deref(),
        Some("newly elected officials from both main parties")
    );
    assert_ne!(
        group_before("newly elected officials from both of the main parties").as_deref(),
        Some("newly elected officials from both of the main parties")
    );
}
