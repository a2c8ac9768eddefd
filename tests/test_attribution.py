"""Attribution of figures to their sources: each pattern on our own example sentences."""

from __future__ import annotations

import pytest

from quantclaims.attribution import Attribution, attribute
from quantclaims.errors import QuantclaimsError
from quantclaims.sentences import split_sentences


def find(text: str, figure: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(figure, start + 1)
    return start, start + len(figure)


def attributions(text: str, *figures: str) -> list[Attribution | None]:
    spans = sorted(find(text, f) for f in figures)
    order = sorted(range(len(figures)), key=lambda i: find(text, figures[i]))
    result = attribute(text, split_sentences(text), spans)
    by_figure: list[Attribution | None] = [None] * len(figures)
    for rank, i in enumerate(order):
        by_figure[i] = result[rank]
    for att in result:
        if att is not None:
            assert att.start is not None and att.end is not None
            assert text[att.start : att.end] == att.name  # the span is the name as written
    return by_figure


def who(text: str, *figures: str) -> list[str | None]:
    return [a.name if a else None for a in attributions(text, *figures)]


# --- "according to X" -------------------------------------------------------------------------


def test_according_to_after_the_figure() -> None:
    text = "Russia has massed some 20,000 troops near the border, according to Finnish officials."
    assert who(text, "20,000 troops") == ["Finnish officials"]


def test_according_to_before_the_figure_with_an_initialism_in_the_name() -> None:
    text = "According to a senior U.S. official, the army lost 300 tanks."
    assert who(text, "300 tanks") == ["a senior U.S. official"]


def test_according_to_an_institution_and_the_name_stops_at_the_comma() -> None:
    text = "The strikes destroyed 14 bridges, according to the Pentagon, including 3 rail bridges."
    assert who(text, "14 bridges", "3 rail bridges") == ["the Pentagon", "the Pentagon"]


def test_according_to_name_stops_at_a_relative_clause() -> None:
    text = "About 70 people died, according to local doctors who treated the wounded."
    assert who(text, "70 people") == ["local doctors"]


# --- "X said / says / estimates ... (that)" ---------------------------------------------------


@pytest.mark.parametrize(
    "text, figure, source",
    [
        ("Moldovan officials said that 4,000 refugees crossed on Monday.", "4,000 refugees", "Moldovan officials"),
        ("The mayor says 12 schools were damaged.", "12 schools", "The mayor"),
        ("Western analysts estimate that the fleet lost 15 ships.", "15 ships", "Western analysts"),
        ("The ministry estimated 2,500 homes had no power.", "2,500 homes", "The ministry"),
        ("The ministry believes 200 fighters remain in the town.", "200 fighters", "The ministry"),
        ("The rebels claim that they shot down 3 helicopters.", "3 helicopters", "The rebels"),
        ("The agency reported 52 deaths overnight.", "52 deaths", "The agency"),
        ("Local media report that 9 villages lost power.", "9 villages", "Local media"),
        ("Colonel Marta Lind told reporters that 600 soldiers had surrendered.", "600 soldiers", "Colonel Marta Lind"),
        ("The historian Anna Berg writes that 90 percent of the villages burned.", "90 percent", "The historian Anna Berg"),
        ("Soldiers who fought there said 40 tanks were lost.", "40 tanks", "Soldiers"),
        ("Border guards have reportedly said 80 boats were seized.", "80 boats", "Border guards"),
    ],
)
def test_subject_before_a_reporting_verb(text: str, figure: str, source: str) -> None:
    assert who(text, figure) == [source]


@pytest.mark.parametrize(
    "text, figure, source",
    [
        ("Economists had expected growth of 0.3% in June.", "0.3%", "Economists"),
        ("Analysts forecast quarterly revenue of about $8 billion.", "about $8 billion", "Analysts"),
        ("The central bank projected inflation of 2.4% next year.", "2.4%", "The central bank"),
        ("The retailer expects annual sales of between $2bn and $2.2bn.", "between $2bn and $2.2bn", "The retailer"),
    ],
)
def test_a_forecast_verb_before_a_measured_noun_and_its_figure(text: str, figure: str, source: str) -> None:
    # "expected growth of 0.3%": the figure is what the subject expects, though a noun follows the verb
    assert who(text, figure) == [source]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Organisers expected visitors from 12 countries.", "12 countries"),  # no "<noun> of <figure>"
        ("The expected growth of 3% never came.", "3%"),  # an adjective after an article
    ],
)
def test_a_forecast_verb_without_a_measured_object_is_no_tag(text: str, figure: str) -> None:
    assert who(text, figure) == [None]


def test_a_subject_cut_at_its_own_figure_starts_after_the_preposition() -> None:
    # "Nearly 60% of drivers said": the scan stops at the figure; the speaker is "drivers", not "of drivers"
    assert who("Nearly 60% of drivers said they paid $5 more a day.", "$5") == ["drivers"]


def test_have_said_they_believe_goes_to_the_outer_subject() -> None:
    text = "Polish officials have said they believe 800 saboteurs are active."
    assert who(text, "800 saboteurs") == ["Polish officials"]


def test_he_said_he_believed_goes_to_the_outer_subject() -> None:
    text = "Ivo Marin said he believed 12 drones were shot down."
    assert who(text, "12 drones") == ["Ivo Marin"]


# --- appositions -------------------------------------------------------------------------------


def test_name_then_apposition_then_said() -> None:
    text = "Ivan Sirko, a 41-year-old medic with the 12th Brigade, said the unit lost 30 men."
    assert who(text, "30 men", "41-year-old") == ["Ivan Sirko", None]


def test_apposition_then_name_then_said() -> None:
    text = "The president’s choice for defense secretary, Sen. Laura Diaz (D., Ore.), said 5,000 troops would stay."
    assert who(text, "5,000 troops") == ["Sen. Laura Diaz"]


def test_apposition_with_a_relative_clause() -> None:
    text = "Mira Holm, an analyst who visited the front in May, said the army fires 10,000 shells a day."
    assert who(text, "10,000 shells") == ["Mira Holm"]


def test_title_apposition_then_has_told() -> None:
    text = "Adm. Rui Costa, the navy’s chief of staff, has told lawmakers that 6 frigates are ready."
    assert who(text, "6 frigates") == ["Adm. Rui Costa"]


# --- inverted and final tags -------------------------------------------------------------------


def test_said_x_after_a_quotation_with_apposition() -> None:
    text = "“We counted 40 drones in one night,” said Petro, a 28-year-old gunner with the 5th Battalion."
    assert who(text, "40 drones", "one night", "28-year-old") == ["Petro", "Petro", None]


def test_said_a_description_that_stops_before_a_relative_clause() -> None:
    text = "“Half of us are wounded,” said a corporal fighting near the river who asked not to be named."
    assert who(text, "Half") == ["a corporal fighting near the river"]


def test_a_name_given_inside_the_description_is_the_name() -> None:
    text = "“We fire 100 shells a day,” said a gunner known as Bison."
    assert who(text, "100 shells") == ["Bison"]
    text = "“We fire 100 shells a day,” said a gunner in the 3rd Battery who goes by the call sign Lys."
    assert who(text, "100 shells") == ["Lys"]


def test_final_tag_after_a_comma() -> None:
    text = "The convoy carried 90 tons of food, the aid group said."
    assert who(text, "90 tons") == ["the aid group"]


def test_final_tag_with_a_short_object() -> None:
    text = "The brigade lost 45 men in March, two officers told the Journal."
    assert who(text, "45 men", "two officers") == ["two officers", None]


def test_inverted_tag_after_a_comma_without_a_quotation() -> None:
    text = "After the storm, 70 homes had no roof, said Lena Koval."
    assert who(text, "70 homes") == ["Lena Koval"]


@pytest.mark.parametrize(
    ("text", "figures", "sources"),
    [
        # what follows the speaker's description is the speaker's again, not part of the tag
        ("The depot holds 900 shells, said Ivan Lysenko, down from 1,400 in May.", ("900 shells", "1,400"),
         ["Ivan Lysenko", "Ivan Lysenko"]),
        ("Output fell 8%, said Ana Ruiz, the plant's manager, adding that 60 jobs would go.", ("8%", "60 jobs"),
         ["Ana Ruiz", "Ana Ruiz"]),
        ("The toll rose to 31, said the mayor, with 9 people still missing.", ("31", "9 people"),
         ["the mayor", "the mayor"]),
        # the description itself (a determiner, an age, a relative clause) stays in the tag
        ("\u201cWe held,\u201d said Taras, 41, who commands 300 men.", ("41", "300 men"), [None, None]),
        ("\u201cWe held,\u201d said Taras, a gunner with a crew of 6.", ("6",), [None]),
    ],
)
def test_an_inverted_tag_ends_with_the_speaker_s_description(text: str, figures: tuple[str, ...], sources) -> None:
    assert who(text, *figures) == sources


def test_parenthetical_tag_covers_the_figure_before_it() -> None:
    text = "After losing 8 tanks, Marko said, the company pulled back 2 kilometers."
    assert who(text, "8 tanks", "2 kilometers") == ["Marko", "Marko"]


def test_writes_x_after_a_quotation_and_after_a_dash() -> None:
    assert who("“The front has moved 20 kilometers,” writes The Kyiv Independent.", "20 kilometers") == [
        "The Kyiv Independent"
    ]
    assert who('Losses exceed 1,000 a week - writes "The Daily Ledger."', "1,000 a week") == ["The Daily Ledger"]


def test_verb_after_several_clauses_covers_them_all() -> None:
    text = (
        "In the spring offensive, which began in March and lasted 11 weeks, the division lost about "
        "2,000 men and 150 armored vehicles, the Journal has reported."
    )
    assert who(text, "11 weeks", "2,000 men", "150 armored vehicles") == ["the Journal"] * 3


def test_passive_with_agent() -> None:
    text = "A toll of 45 dead was reported by the regional governor."
    assert who(text, "45 dead") == ["the regional governor"]


# --- quotations --------------------------------------------------------------------------------


def test_quote_spanning_two_sentences_belongs_to_the_speaker() -> None:
    text = "“We held the bridge for 3 days. Then we ran out of shells after 200 rounds,” said Taras."
    assert len(split_sentences(text)) == 2
    assert who(text, "3 days", "200 rounds") == ["Taras", "Taras"]


def test_untagged_quotation_takes_the_neighbouring_speaker() -> None:
    text = "“It was five against one,” Taras said. “We lost 2 tanks.”"
    assert who(text, "2 tanks", "five") == ["Taras", "Taras"]


def test_tag_before_the_quotation() -> None:
    text = "Taras said: “We lost 6 tanks.” Later he added, “There were 12 of them.”"
    assert who(text, "6 tanks", "12 of them") == ["Taras", "Taras"]


def test_straight_quotes() -> None:
    text = '"We lost 7 men," said Ivan.'
    assert who(text, "7 men") == ["Ivan"]


def test_scare_quotes_without_speaker_do_not_attribute() -> None:
    text = "The so-called “100-day plan” failed within 3 weeks."
    assert who(text, "100-day", "3 weeks") == [None, None]


# --- pronouns ----------------------------------------------------------------------------------


def test_pronoun_resolved_in_the_next_sentence_to_the_earlier_mention() -> None:
    text = "Olena Petrenko, a nurse, said the clinic treated 300 patients. She added that 40 were children."
    att = attributions(text, "40 were")[0]
    assert att == Attribution("Olena Petrenko", 0, len("Olena Petrenko"))


def test_pronoun_resolved_from_the_previous_paragraph() -> None:
    text = "Captain Orest Hnat said the assault began at dawn.\n“We lost 4 men before noon,” he said."
    assert who(text, "4 men") == ["Captain Orest Hnat"]


def test_pronoun_skips_an_organisation_and_a_group() -> None:
    text = (
        "Petro Kuz said 30 villages were shelled. The Journal reported 12 more. Local officials said 3 "
        "were empty. He added that 7 schools burned."
    )
    assert who(text, "30 villages", "12 more", "3 were", "7 schools") == [
        "Petro Kuz",
        "The Journal",
        "Local officials",
        "Petro Kuz",
    ]


def test_pronoun_falls_back_to_a_mention_of_someone_quoted_earlier() -> None:
    text = (
        "Dana Rus said the line held.\nDana Rus then watched as 3 soldiers crossed the field.\n"
        "“Two of them made it,” she said."
    )
    att = attributions(text, "Two of them")[0]
    assert att is not None and att.name == "Dana Rus" and att.start == text.index("Dana Rus", 5)


def test_pronoun_too_far_back_stays_as_written() -> None:
    text = "Hnat said the line held.\nThe weather turned.\nThe rain fell.\n“We lost 4 men,” he said."
    att = attributions(text, "4 men")[0]
    assert att is not None and att.name == "he"


def test_a_plural_pronoun_resolves_to_a_group_in_the_paragraph() -> None:
    text = "Medics said the hospital was full. They said 80 beds were taken."
    assert who(text, "80 beds") == ["Medics"]


# --- negatives ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, figure",
    [
        ("The brigade has 2,000 soldiers.", "2,000 soldiers"),
        ("An estimated 10,000 people fled the city.", "10,000 people"),
        ("The reported 300 deaths could not be confirmed.", "300 deaths"),
        ("The general, said to be 62, commands 40,000 men.", "40,000 men"),
        ("The general, said to be 62, commands 40,000 men.", "62"),
        ("The commander is said to have lost 3,000 men.", "3,000 men"),
        ("The soldiers were told to hold 2 more days.", "2 more days"),
        ("Russian claims of 500 casualties could not be verified.", "500 casualties"),
        ("Russia added 5,000 troops to the front.", "5,000 troops"),
        ("The strike claimed 50 lives.", "50 lives"),
        ("Kyiv asked for 50 tanks.", "50 tanks"),
        ("Moscow lost 5 tanks, and Kyiv said 3 soldiers died.", "5 tanks"),
    ],
)
def test_nothing_attributed(text: str, figure: str) -> None:
    assert who(text, figure) == [None]


def test_reporter_sentence_after_an_attributed_one_is_not_attributed() -> None:
    text = "Officials said 20 died. The town has 5,000 residents."
    assert who(text, "20 died", "5,000 residents") == ["Officials", None]


def test_multiple_sources_in_one_sentence() -> None:
    text = "Officials said 12 civilians died and 40 were wounded, while the army said 3 soldiers died."
    assert who(text, "12 civilians", "40 were", "3 soldiers") == ["Officials", "Officials", "the army"]


def test_figures_of_several_sentences_each_get_their_own_source() -> None:
    text = (
        "Moscow has 6,000 troops there, according to Latvian officials. The Kremlin says 400 drones were "
        "downed. About 90 percent of roads are closed."
    )
    assert who(text, "6,000 troops", "400 drones", "90 percent") == ["Latvian officials", "The Kremlin", None]


def test_no_spans_no_work() -> None:
    assert attribute("Officials said 20 died.", split_sentences("Officials said 20 died."), []) == []


def test_span_outside_the_text_is_a_clear_error() -> None:
    text = "Officials said 20 died."
    with pytest.raises(QuantclaimsError, match="span"):
        attribute(text, split_sentences(text), [(15, 99)])


def test_quotation_continued_in_the_next_paragraph_keeps_its_speaker() -> None:
    text = (
        "“We were outnumbered 10 to 1,” said Ivan Holub. “The Russians kept coming.\n"
        "“By the end, only 4 of us were left.”\nThe village has 300 houses."
    )
    assert who(text, "4 of us", "300 houses") == ["Ivan Holub", None]


def test_a_paragraph_of_untagged_quotation_continues_the_previous_speech() -> None:
    text = "“We held,” said Ivan Holub.\n“Only 4 of us were left.”"
    assert who(text, "4 of us") == ["Ivan Holub"]


def test_an_untagged_quotation_two_paragraphs_later_is_not_attributed() -> None:
    text = "“We held,” said Ivan Holub.\nThe town fell in May.\n“Only 4 of us were left.”"
    assert who(text, "4 of us") == [None]


def test_a_tag_in_the_same_paragraph_beats_the_previous_paragraph() -> None:
    text = "“We held,” said Ivan Holub.\n“Only 4 of us were left.” Then: “We ran,” said Petro Sas."
    assert who(text, "4 of us") == ["Petro Sas"]


@pytest.mark.parametrize(
    "text, figure, source",
    [
        ("The company, which employs 5,000 people, said it would cut 1,200 jobs.", "1,200 jobs", "The company"),
        ("Ms. Park, 45, said her unit lost 3 tanks.", "3 tanks", "Ms. Park"),
        ("“We have 300 drones,” the commander, Oleh Sych, said.", "300 drones", "Oleh Sych"),
        ("A spokesman for the ministry, Ivan Ko, said 40 were wounded.", "40 were", "Ivan Ko"),
        ("Russia's defense ministry claimed it had shot down 37 drones.", "37 drones", "Russia's defense ministry"),
        ("The report estimates that 70 percent of the city was destroyed.", "70 percent", "The report"),
        ("Russia lost 1,000 men, Zelensky said on Telegram.", "1,000 men", "Zelensky"),
        ("Officials in Kyiv said Friday that 11 people died.", "11 people", "Officials in Kyiv"),
        ("Russia has lost 600,000 troops, British intelligence estimates.", "600,000 troops", "British intelligence"),
        ("“It’s 20 kilometers,” said Lt. Col. Ana Ruiz.", "20 kilometers", "Lt. Col. Ana Ruiz"),
        ("The commander said: “We have 8 guns left.”", "8 guns", "The commander"),
        ("The attack killed 14 people, Ukrainian officials said, and injured 40 more.", "40 more", "Ukrainian officials"),
    ],
)
def test_more_shapes_of_news_attribution(text: str, figure: str, source: str) -> None:
    assert who(text, figure) == [source]


def test_figure_in_an_apposition_or_relative_clause_of_the_speaker_is_the_reporters() -> None:
    assert who("Ms. Park, 45, said her unit lost 3 tanks.", "45") == [None]
    assert who("Maria, who fled with her 2 children, said the shelling lasted 3 hours.", "2 children", "3 hours") == [
        None,
        "Maria",
    ]


@pytest.mark.parametrize(
    "text, figure, source",
    [
        ("The airline on Tuesday announced that 300 flights were cancelled.", "300 flights", "The airline"),
        ("The army last week said 60 recruits had deserted.", "60 recruits", "The army"),
        ("Acme (ACM) said 40 stores would close.", "40 stores", "Acme"),
        ("The firm which has 900 staff in Spain has estimated that 12 offices will shut.", "12 offices", "The firm"),
        ("Medics who worked 20 hours said 15 patients died.", "15 patients", "Medics"),
    ],
)
def test_name_without_time_phrase_parenthetical_or_relative_clause(text: str, figure: str, source: str) -> None:
    assert who(text, figure) == [source]


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Locals like to say the valley is 40 miles long.", "40 miles"),
        ("Profit was 5 billion, up 1 billion from the previous estimate, and sales rose.", "1 billion"),
        ("The plant employs 700 people in Washington state.", "700 people"),
        ("Shares closed on a positive note, with banks up 3 percent.", "3 percent"),
        ("The fund holds 2 billion of claims, ranging from 200 to 4 million.", "200 to 4 million"),
    ],
)
def test_reporting_words_used_otherwise_attribute_nothing(text: str, figure: str) -> None:
    assert who(text, figure) == [None]


@pytest.mark.parametrize(
    "text, figure, source",
    [
        ("U.S. and British officials said 300 advisers were sent.", "300 advisers", "U.S. and British officials"),
        ("Ivan and Petro said 6 tanks broke through.", "6 tanks", "Ivan and Petro"),
        ("The navy lost a ship, and officials said 40 sailors were missing.", "40 sailors", "officials"),
        ("Russia attacked Kyiv and officials said 9 people died.", "9 people", "officials"),
    ],
)
def test_coordinated_subjects(text: str, figure: str, source: str) -> None:
    assert who(text, figure) == [source]


def test_it_said_resolves_to_the_organisation_quoted_before() -> None:
    text = "The ministry said the strikes hit 12 towns. It said 30 people were hurt."
    assert who(text, "30 people") == ["The ministry"]


def test_inverted_description_then_proper_name_takes_the_name() -> None:
    text = "“We lost 3 trains,” said the head of the railway, Olha Marchuk."
    assert who(text, "3 trains") == ["Olha Marchuk"]
    text = "“We lost 3 trains,” said Olha Marchuk, the head of the railway."
    assert who(text, "3 trains") == ["Olha Marchuk"]
    text = "“We lost 3 trains,” said the head of the railway, who declined to be named."
    assert who(text, "3 trains") == ["the head of the railway"]


@pytest.mark.parametrize(
    "text, figure, source",
    [
        (
            "Russian forces fired 43 missiles overnight, the air force said Sunday, in one of the largest attacks.",
            "43 missiles",
            "the air force",
        ),
        (
            "The Institute for the Study of War, a Washington think tank, estimated that Russia gained 600 square "
            "kilometers.",
            "600 square kilometers",
            "The Institute for the Study of War",
        ),
        (
            "A Ukrainian official, speaking on condition of anonymity, said 70 percent of the strikes hit the grid.",
            "70 percent",
            "A Ukrainian official",
        ),
        ("Some 300 residents were evacuated, the governor, Vadym Pryt, wrote on Telegram.", "300 residents", "Vadym Pryt"),
        ("The battalion, which lost 40 men in August, is at half strength, its commander said.", "40 men", "its commander"),
    ],
)
def test_tags_with_trailing_time_words_long_names_and_participial_appositions(
    text: str, figure: str, source: str
) -> None:
    assert who(text, figure) == [source]


def test_a_leading_adverbial_is_never_the_subject() -> None:
    text = "After losing 8 tanks, the company pulled back, said Lena Koval."
    assert who(text, "8 tanks") == ["Lena Koval"]


def test_think_as_a_noun_is_not_a_tag() -> None:
    assert who("The think tank counted 90 strikes.", "90 strikes") == [None]
    assert who("Ivo Marin thinks 12 drones were downed.", "12 drones") == ["Ivo Marin"]


def test_it_resolves_to_an_organisation_named_by_a_common_noun() -> None:
    text = "The mayor’s office said 2,300 people still live in the town. It added that 40 percent of homes were hit."
    assert who(text, "40 percent") == ["The mayor’s office"]


def test_pronoun_chain_over_several_paragraphs_follows_the_latest_person() -> None:
    text = (
        "Oksana Dovha, a teacher, said 14 pupils had left.\n“Only 9 remain,” she said.\n"
        "Her husband, Petro, who serves in the army, said his company lost 11 men.\n"
        "He said the Russians fire 5 shells for every 1 of theirs."
    )
    assert who(text, "9 remain", "11 men", "5 shells") == ["Oksana Dovha", "Petro", "Petro"]


def test_by_someones_count() -> None:
    assert who("By the army’s count, 500 fighters remain.", "500 fighters") == ["the army"]
    assert who("Some 40 villages were retaken, in the general staff's estimate.", "40 villages") == [
        "the general staff"
    ]
    assert who("He was paid by the hour's end 5 dollars.", "5 dollars") == [None]


def test_tag_with_a_short_phrase_before_the_quotation() -> None:
    text = "Taras said of the night attack, “We were ready. We counted 30 drones.”"
    assert len(split_sentences(text)) == 2
    assert who(text, "30 drones") == ["Taras"]


def test_according_to_a_pronoun_is_resolved() -> None:
    text = "Dana Rus, a nurse, said the ward was full. Some 40 beds were taken, according to her."
    assert who(text, "40 beds") == ["Dana Rus"]


@pytest.mark.parametrize(
    "text, figure, source",
    [
        ("The World Bank has put the total cost of rebuilding at $486 billion.", "$486 billion", "The World Bank"),
        ("Local officials placed the toll at 52 dead.", "52 dead", "Local officials"),
        ("Russia’s losses, estimated at 1,000 a day by Western officials, keep rising.", "1,000 a day", "Western officials"),
        ("The damage was estimated at $2 billion by the ministry.", "$2 billion", "the ministry"),
    ],
)
def test_figures_put_at_or_estimated_at_by_a_source(text: str, figure: str, source: str) -> None:
    assert who(text, figure) == [source]


def test_put_without_at_is_not_a_tag() -> None:
    assert who("The soldiers put 3 rifles down.", "3 rifles") == [None]
    assert who("Dozens were reported killed by 2 drones.", "2 drones") == [None]


def test_a_known_name_is_only_found_as_a_whole_word() -> None:
    text = "Dana Rus said the line held.\nRussia sent 3 brigades.\n“Two of them broke through,” she said."
    att = attributions(text, "Two of them")[0]
    assert att is not None and att.name == "she"


@pytest.mark.parametrize(
    "text, figure, source",
    [
        ("Ukraine, which says it has 880,000 troops, needs more.", "880,000 troops", "Ukraine"),
        (
            "Nearly 90 percent of the grid is damaged, the minister told the Financial Times in an interview last week.",
            "90 percent",
            "the minister",
        ),
        ("Officials, however, said 500 died.", "500 died", "Officials"),
        ("The ministry, for its part, says 50 tanks were lost.", "50 tanks", "The ministry"),
        ("Russia lost 500 tanks, Kyiv says", "500 tanks", "Kyiv"),
    ],
)
def test_non_restrictive_relatives_long_final_tags_and_interjections(text: str, figure: str, source: str) -> None:
    assert who(text, figure) == [source]


def test_a_pronoun_subject_is_the_whole_subject_even_without_a_comma() -> None:
    text = "The plan would save $500 million he told shareholders."
    att = attributions(text, "$500 million")[0]
    assert att is not None and att.name == "he"


# --- continuation of a named speaker's indirect account (conventions, Attribution) --------------


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # "X said that ..." then a sentence with no source: the account runs on
        ("The colonel said that his unit reached the river in May. Then about three weeks ago, the "
         "shelling started.", "three weeks", "The colonel"),
        # the comma tag "X said, <clause>"
        ("In the second winter, Ostapenko said, supplies ran short. Eighty percent of the trucks in "
         "his company broke down.", "Eighty percent", "Ostapenko"),
        # a resolved pronoun speaker is a named one
        ("Marta Kovalenko said the shelter opened. She said that the first families came in March. Within "
         "two days, the beds were full.", "two days", "Marta Kovalenko"),
        # a chain: the second sourceless sentence still continues the account; "told X that"
        ("Mayor Dana Holt told reporters that the dam had held. About four hours later, the water "
         "rose. After losing 2 pumps, the crews pulled back.", "2 pumps", "Mayor Dana Holt"),
        # the subject is the speaker again
        ("Petrenko said that the brigade waited. Petrenko\u2019s company then lost 6 vehicles.",
         "6 vehicles", "Petrenko"),
    ],
)
def test_sentence_continuing_an_indirect_account_takes_its_speaker(text: str, figure: str, speaker: str) -> None:
    assert who(text, figure) == [speaker]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # reporter narration after a direct quotation
        ("\u201cWe held the line,\u201d said Ivanenko, a sergeant. The village has 300 houses.", "300 houses"),
        ("Ivanenko said: \u201cWe held the line.\u201d Then about 40 shells fell.", "40 shells"),
        # a new paragraph
        ("The colonel said that his unit reached the river.\nAbout 20 villages lie along it.", "20 villages"),
        # the subject is a different named person or organisation
        ("The colonel said that his unit reached the river. Then Zelensky visited 3 brigades. "
         "Zelensky spoke briefly.", "3 brigades"),
        ("The colonel said that his unit reached the river. Two days later, the Defense Ministry "
         "sent 12 trucks.", "12 trucks"),
        # an intervening sentence with another source breaks the chain
        ("The colonel said that his unit reached the river. The army put losses at 50. Then "
         "about 9 tanks arrived.", "9 tanks"),
        ("The colonel said that his unit reached the river. \u201cIt was cold,\u201d a medic said. "
         "About 7 men froze.", "7 men"),
        # a description of a source, not an account
        ("According to the mayor, the bridge fell. About 30 cars were stuck.", "30 cars"),
        # a clause-final tag reports one fact, not an account
        ("The bridge fell on Monday, the mayor said. About 30 cars were stuck.", "30 cars"),
        # a group or organisation reports facts, not an account
        ("Engineers said that the levee held. Volunteers filled 4,000 sandbags.", "4,000 sandbags"),
        ("The ministry said that the levee held. About 4,000 sandbags were filled.", "4,000 sandbags"),
        # an estimate is a figure, not a told account
        ("The colonel estimated that the levee would hold. About 4,000 sandbags were filled.", "4,000 sandbags"),
        # an unresolved pronoun is no named speaker
        ("They said that the road was shut. Some 15 buses turned back.", "15 buses"),
    ],
)
def test_sentence_after_an_account_that_does_not_continue_it_stays_the_reporters(text: str, figure: str) -> None:
    assert who(text, figure) == [None]


# --- no reporting word in the text -------------------------------------------------------------


def test_quotation_without_any_reporting_word_is_the_reporters_text() -> None:
    text = "“We lost 40 tanks in a week,” the banner over the road read. Crews fixed 12 of them."
    assert who(text, "40 tanks", "12") == [None, None]


def test_span_outside_the_text_is_an_error_even_without_reporting_words() -> None:
    with pytest.raises(QuantclaimsError):
        attribute("Crews fixed 12 trucks.", [(0, 22)], [(10, 40)])


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Estimates by the Red Cross put the toll at 310.", "310", "the Red Cross"),
        ("Figures from the port authority put the backlog at 90 ships.", "90 ships", "the port authority"),
        ("Western officials put the number of enemy dead and wounded at 9,000.", "9,000", "Western officials"),
    ],
)
def test_a_count_named_with_its_maker_is_the_maker(text: str, figure: str, source: str) -> None:
    assert_named_source(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("Exports slid 4%, data from the customs office showed.", "4%", "the customs office"),
        ("Jobless claims rose to 240,000, a Labor Department report showed.", "240,000", "a Labor Department report"),
        ("Traders had expected a 2% drop, a poll of brokers showed.", "2%", "a poll of brokers"),
        # a time, then a comma and an aside: the clause still ends after the time
        ("Prices rose 3.1% in May, official data showed on Friday, the most in a year.", "3.1%", "official data"),
        # the maker of a count named with an article and a modifier ("a new tally by ...")
        ("At least 17 people died, according to a new tally by the Red Cross.", "At least 17 people", "the Red Cross"),
        ("About 8% of shops shut, a survey by the retail board found.", "About 8%", "the retail board"),
    ],
)
def test_data_that_show_a_figure_are_its_source(text: str, figure: str, source: str) -> None:
    # "show" reports like a strict verb: a tag only before punctuation, "that" or a pronoun
    assert_named_source(text, figure, source)


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [("U.S. estimates put the toll at 500.", "500", "U.S. estimates"),
     ("Growth slowed to 1.2%, a central bank report said.", "1.2%", "a central bank report")],
)
def test_a_verb_form_right_before_the_reporting_verb_heads_the_subject(text: str, figure: str, source: str) -> None:
    # "report", "estimates" are reporting verbs too, but two verbs do not follow each other
    assert_named_source(text, figure, source)


def test_show_as_an_ordinary_verb_is_no_tag() -> None:
    (att,) = attributions("The plan shows 40 new homes.", "40 new homes")
    assert att is None


def assert_named_source(text: str, figure: str, source: str) -> None:
    """The figure is attributed to `source`, whose offsets point at those words in the text."""
    (att,) = attributions(text, figure)
    assert att is not None and att.name == source and text[att.start : att.end] == source


def test_it_said_after_a_named_force_is_the_force() -> None:
    text = "Ninety shells hit the port, the coast guard said. Gunners fired 40 more, it said."
    (att,) = attributions(text, "40 more")
    assert att is not None and att.name == "the coast guard"


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        ("The harbour office denied the rumours and said 14 ships had docked.", "14 ships", "The harbour office"),
        ("Kharkiv's governor visited the site and said that 6 people died.", "6 people", "Kharkiv's governor"),
    ],
)
def test_and_said_after_another_verb_is_the_opening_subject(text: str, figure: str, source: str) -> None:
    assert_named_source(text, figure, source)


def test_and_said_after_an_adverbial_opener_has_no_subject() -> None:
    (att,) = attributions("After the shelling stopped and said 5 died.", "5")
    assert att is None


@pytest.mark.parametrize(
    "text",
    [
        "The bridge cost $90m, twice the original estimate.",
        "Output hit 4.1 million barrels, above the preliminary forecast.",
    ],
)
def test_a_reporting_word_after_an_adjective_is_a_noun_not_a_tag(text: str) -> None:
    figure = "$90m" if "$90m" in text else "4.1 million barrels"
    assert who(text, figure) == [None]


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # "ADMITTED" BEFORE ITS OBJECT'S FIGURE is an intake, no speech; before a clause it still reports
        ("The hospital admitted 40 patients overnight.", "40", None),
        ("The university admits 3,000 students a year.", "3,000", None),
        ("The company admitted it lost $5 million.", "$5 million", "The company"),
        ("The minister admitted that 300 jobs would go.", "300", "The minister"),
    ],
)
def test_admitted_people_are_no_speech(text, figure, source):
    assert who(text, figure) == [source]


# ---- A PRONOUN WITH NO SPEAKER BEFORE IT STANDS FOR THE NEAREST TITLED NAME
@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        ("Lt. Col. Olena Hrytsenko leads the drone unit near Vovchansk. She said it had flown 90 sorties.",
         "90 sorties", "Lt. Col. Olena Hrytsenko"),
        ("Dr. Amir Haddad's clinic treated dozens overnight.\n\nHe said 14 of them were children.",
         "14", "Dr. Amir Haddad"),
        # the nearest titled name that can be the pronoun: not a woman's title for "he"
        ("Mr. Tom Berg hired Mrs. Ana Lutz last year. He said the firm had 45 staff.", "45 staff", "Mr. Tom Berg"),
    ],
)
def test_a_pronoun_with_no_speaker_before_it_is_the_nearest_titled_name(text: str, figure: str, name: str) -> None:
    (att,) = attributions(text, figure)
    assert att is not None and att.name == name


def test_a_pronoun_after_a_named_thing_with_no_title_stays_itself() -> None:
    (att,) = attributions("General Dynamics cut 400 jobs. He said the plant would stay open for 2 years.", "2 years")
    assert att is not None and att.name == "He"


@pytest.mark.parametrize(
    ("text", "figure", "name"),
    [
        # A SUBJECT WHO CLAIMS TO HAVE DONE SOMETHING CLAIMS ITS FIGURE
        ("The rebels claim to have downed 4 helicopters.", "4 helicopters", "The rebels"),
        ("Minsk claimed to have detained 31 saboteurs.", "31 saboteurs", "Minsk"),
    ],
)
def test_a_subject_that_claims_to_have_done_something_asserts_the_figure(text: str, figure: str, name: str) -> None:
    (att,) = attributions(text, figure)
    assert att is not None and att.name == name


def test_a_passive_said_to_have_names_no_source() -> None:
    assert attributions("The brigade is said to have lost 90 vehicles.", "90 vehicles") == [None]


def test_it_said_in_the_next_paragraph_is_the_organisation_before() -> None:
    text = ("The navy said on Monday that 14 sailors were missing after the storm.\n\n"
            "Rescuers had found 9 of them by nightfall, it said.")
    assert [a.name if a else None for a in attributions(text, "14 sailors", "9")] == ["The navy", "The navy"]


def test_a_company_is_an_organisation_for_it() -> None:
    text = "Zenith Holdings said on Friday that sales rose 4%.\n\nIt expects profit of $2 billion, it said."
    assert [a.name if a else None for a in attributions(text, "4%", "$2 billion")] == ["Zenith Holdings"] * 2


@pytest.mark.parametrize(
    ("text", "figures", "sources"),
    [
        # AN OWNER'S FORECAST OR ESTIMATE OF A FIGURE IS THAT FIGURE'S SOURCE, AND ONLY ITS
        ("Zeta Ltd said sales were $4.4 billion, above economists' forecasts of $4.1 billion, and margins rose 2%.",
         ("$4.4 billion", "$4.1 billion", "2%"), ("Zeta Ltd", "economists", "Zeta Ltd")),
        ("Output beat the IMF's projection of 1.5%.", ("1.5%",), ("the IMF",)),
    ],
)
def test_an_owner_s_forecast_of_a_figure_is_its_source(text: str, figures: tuple[str, ...], sources) -> None:
    assert [a.name if a else None for a in attributions(text, *figures)] == list(sources)
