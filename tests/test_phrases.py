"""Counted nouns, noun phrases and what a figure is of."""

import pytest

from quantclaims import phrases


def after(text, number):
    return text.index(number) + len(number)


@pytest.mark.parametrize(
    ("text", "number", "entity", "lemma", "claim_type"),
    [
        ("Some 10,000 North Korean troops arrived.", "10,000", "North Korean troops", "troop", "force_size"),
        ("They lost 12 armored vehicles.", "12", "armored vehicles", "vehicle", "equipment_count"),
        ("About 300 people fled.", "300", "people", "person", "count"),
        ("The club signed 3 promising young strikers.", "3", "promising young strikers", "striker", "count"),
        ("Then 3 more Russians appeared.", "3", "Russians", "Russian", "count"),
        ("About 60 commercial fishermen work here.", "60", "commercial fishermen", "fisherman", "count"),
        ("Two companies merged.", "Two", "companies", "company", "count"),
    ],
)
def test_counted(text, number, entity, lemma, claim_type):
    c = phrases.counted(text, after(text, number), len(text))
    assert (c.entity, c.noun.lemma, c.noun.claim_type) == (entity, lemma, claim_type)
    assert text[: c.end].endswith(entity)


def test_casualty_participles_extend_the_noun():
    text = "It loses 1,200 men dead and injured a day."
    c = phrases.counted(text, after(text, "1,200"), len(text))
    assert c.casualty and c.entity == "men dead and injured"


def test_casualty_participle_with_an_object_is_the_next_verb():
    text = "Mortars killed 6 medics and wounded the driver."
    c = phrases.counted(text, after(text, "6"), len(text))
    assert not c.casualty and c.entity == "medics"
    text = "The unit lost 40 men dead and wounded a week."
    c = phrases.counted(text, after(text, "40"), len(text))
    assert c.casualty and c.entity == "men dead and wounded"


@pytest.mark.parametrize(
    ("text", "number", "entity"),
    [("The virus infected more than 1,300 people and killed at least 41 in May.", "1,300", "people"),
     ("The blast wounded 20 soldiers and killed three.", "20", "soldiers"),
     ("The flood displaced 900 villagers and killed nearly 70.", "900", "villagers"),
     ("Gunmen took 12 hostages and killed dozens of guards.", "12", "hostages")],
)
def test_casualty_participle_before_a_hedged_or_written_figure_is_the_next_verb(text, number, entity):
    # CASUALTY VERB WITH A FIGURE AS ITS OBJECT: "and killed at least 41" / "and killed three" starts
    # the next clause; the participle is not part of the first figure's entity
    c = phrases.counted(text, after(text, number), len(text))
    assert c.entity == entity


def test_compound_noun_head_is_the_last_noun():
    text = "Officials counted 310 civilian deaths and 12 truck convoys."
    c = phrases.counted(text, after(text, "310"), len(text))
    assert (c.entity, c.noun.lemma, c.noun.claim_type) == ("civilian deaths", "death", "casualties")
    text = "The brigade lost 20 artillery pieces."  # a two-word noun of the lexicon wins over the rule
    c = phrases.counted(text, after(text, "20"), len(text))
    assert (c.noun.lemma, c.noun.claim_type) == ("artillery piece", "equipment_count")
    text = "The brigade fielded 14 rocket launchers."
    c = phrases.counted(text, after(text, "14"), len(text))
    assert (c.entity, c.noun.lemma) == ("rocket launchers", "launcher")


@pytest.mark.parametrize(
    ("text", "number", "entity", "lemma"),
    [
        # A KNOWN NOUN BEFORE A VERB NOUN, after a count above one: the verb noun is the head
        ("She hit 24 home runs last season.", "24", "home runs", "run"),
        ("The side has 3 home wins this year.", "3", "home wins", "win"),
        ("Only one home wins the prize.", "one", "home", "home"),  # after "one": subject and verb
    ],
)
def test_a_noun_before_a_verb_noun_modifies_it_after_a_plural_count(text, number, entity, lemma):
    c = phrases.counted(text, after(text, number), len(text), singular=number == "one")
    assert (c.entity, c.noun.lemma) == (entity, lemma)


@pytest.mark.parametrize(
    ("text", "number", "lemma"),
    [("The company sold 40,000 EVs last year.", "40,000", "EV"), ("She drove in 87 RBIs.", "87", "RBI"),
     ("There were 12 IPOs in May.", "12", "IPO")],
)
def test_a_plural_acronym_is_the_counted_noun(text, number, lemma):
    # PLURAL ACRONYMS: too short ("EVs") or ending in -is ("RBIs") for the plural rule of words
    assert phrases.counted(text, after(text, number), len(text)).noun.lemma == lemma


def test_unit_after_a_modifier():
    text = "The defense allowed 517 rushing yards."
    c = phrases.counted(text, after(text, "517"), len(text))
    assert c.unit.lemma == "yard" and c.noun is None and c.entity == "rushing yards"


@pytest.mark.parametrize(
    "text",
    ["About 40 said yes.", "Of the 50, most left.", "He counted 30 previous.", "It was 5 across."],
)
def test_no_counted_noun(text):
    number = next(w for w in text.split() if w[0].isdigit()).strip(",")
    assert phrases.counted(text, after(text, number), len(text)) is None


def test_singular_only_after_one():
    text = "The town has one hospital left."
    assert phrases.counted(text, after(text, "one"), len(text), singular=True).noun.lemma == "hospital"
    assert phrases.counted(text, after(text, "one"), len(text)) is None


@pytest.mark.parametrize(
    ("text", "number", "entity"),
    [
        ("Ninety percent of the troops in his platoon are conscripts.", "Ninety percent", "the troops in his platoon"),
        ("Russia retook nearly half the territory that Ukraine seized.", "half", "the territory"),
        ("Two-thirds of the budget went to defense.", "Two-thirds", "the budget"),
        # an -ing word after a determiner or a possessive is a noun, not a participle that ends the phrase
        ("A third of the region's farming land is mined.", "A third", "the region's farming land"),
        ("Half of the soldiers fighting there are new.", "Half", "the soldiers"),
        ("Two-thirds of members approved the plan.", "Two-thirds", "members"),  # a verb with its object ends it
        # a verb of opinion or intent in the present ends it too
        ("Some 55% of residents oppose the tower.", "55%", "residents"),
        ("A third of landlords intend to sell.", "A third", "landlords"),
        ("Half of patients prefer the pill.", "Half", "patients"),
    ],
)
def test_entity_of(text, number, entity):
    assert phrases.entity_of(text, after(text, number), len(text)) == entity


def test_modified_noun_and_of_phrase():
    text = "a 30-year-old battalion commander with the brigade"
    assert phrases.modified_noun(text, after(text, "30-year-old"), len(text)) == "battalion commander"
    text = "A 30-second ad costs $7 million."
    assert phrases.modified_noun(text, after(text, "30-second"), len(text)) == "ad"
    text = "2\u00bd years of war, as each side"
    assert phrases.of_phrase(text, after(text, "years"), len(text)) == "war"


@pytest.mark.parametrize(
    ("text", "compound", "noun"),
    [
        ("The 31-year-old joined the club in May.", "31-year-old", None),  # a verb and its object
        ("A 31-year-old retired nurse was hurt.", "31-year-old", "retired nurse"),
        ("He signed a four-year contract worth $90m.", "four-year", "contract"),  # "worth" starts a phrase
    ],
)
def test_the_noun_a_compound_modifies_is_no_verb_and_stops_at_worth(text, compound, noun):
    assert phrases.modified_noun(text, after(text, compound), len(text)) == noun


def test_weighed_thing_with_its_subject_left_out_is_none():
    text = "The boxer is tall and weighs 200 pounds."
    assert phrases.weighed_thing(text, 0, text.index("200")) is None


def test_weighed_thing():
    text = "Russian glide bombs weighing one ton crash"
    assert phrases.weighed_thing(text, 0, text.index("one")) == "glide bombs"  # the noun and one modifier


@pytest.mark.parametrize(
    ("text", "share", "entity"),
    [
        ("The party took 40% of the vote in May.", "40%", "the vote"),  # "vote" is a verb elsewhere
        ("A third of the increase came from fees.", "A third", "the increase"),
        ("Half of their cuts fell on schools.", "Half", "their cuts"),
    ],
)
def test_a_verb_form_after_a_determiner_is_the_noun_a_share_is_of(text, share, entity):
    assert phrases.entity_of(text, after(text, share), len(text)) == entity


@pytest.mark.parametrize(
    ("text", "number", "entity", "lemma"),
    [
        ("Overnight the navy intercepted eight Kalibr-M cruise missiles.", "eight", "Kalibr-M cruise missiles", "missile"),
        ("The convoy carried three BM-21 rocket launchers north.", "three", "BM-21 rocket launchers", "launcher"),
        ("Crews repaired nine Leopard 2A6 tanks in a week.", "nine", "Leopard 2A6 tanks", "tank"),
        ("The plant makes 300 122mm rounds a day.", "300", "122mm rounds", "round"),
        ("Spotters counted four Orlan-10 drones.", "four", "Orlan-10 drones", "drone"),
    ],
)
def test_designator_or_calibre_between_number_and_noun(text, number, entity, lemma):
    """A model designator or calibre is a modifier: the phrase runs on through it to the head noun."""
    c = phrases.counted(text, after(text, number), len(text))
    assert (c.entity, c.noun.lemma, c.noun.claim_type) == (entity, lemma, "equipment_count")


def test_plural_designator_is_the_counted_noun():
    text = "Pilots flew two Su-25s over the river."
    c = phrases.counted(text, after(text, "two"), len(text))
    assert (c.entity, c.noun.lemma, c.noun.claim_type) == ("Su-25s", "Su-25", "equipment_count")


def test_designator_without_a_noun_after_it_counts_nothing():
    text = "The unit has four T-80 and more."
    assert phrases.counted(text, after(text, "four"), len(text)) is None


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Berlin pledged $900 million in military aid.", "military aid"),
        ("The bank lent $2 billion in new loans to Kyiv.", "new loans"),
        ("Sales reached $5 million in Poland.", None),  # a place is where, not what
        ("Exports earned $5 million in recent years.", None),  # a time is when
        ("It raised $3 million in 2021.", None),
        # A FISCAL YEAR after "in" is when, not what the money is
        ("The deficit reached $1.7 billion in fiscal 2023.", None),
        ("Profit hit $3.2 billion in fiscal year 2024.", None),
    ],
)
def test_in_phrase_names_what_money_is(text, entity):
    assert phrases.in_phrase(text, after(text, "million" if "million" in text else "billion"), len(text)) == entity


def test_what_a_weight_is_of():
    text = "Trucks brought 3 tons of flour and salt."
    assert phrases.of_phrase(text, after(text, "tons"), len(text)) == "flour"


def test_a_determiner_not_after_a_preposition_ends_the_entity():
    text = "It is one of the plans both parties had signed."
    assert phrases.entity_of(text, after(text, "one"), len(text)) == "the plans"
    text = "Half of the guns in their depots were lost."
    assert phrases.entity_of(text, after(text, "Half"), len(text)) == "the guns in their depots"


@pytest.mark.parametrize(
    ("text", "number", "entity", "lemma"),
    [
        # coordinated modifiers before the head
        ("The label sold 2.5M vinyl and digital albums.", "2.5M", "vinyl and digital albums", "album"),
        ("Guards seized 40 Polish and Czech permits.", "40", "Polish and Czech permits", "permit"),
        # a model designator in the modifiers ("737 Max")
        ("The carrier leased 6 new 320 Neo jets.", "6", "new 320 Neo jets", "jet"),
        # "new" says what kind; "more" says how many more
        ("Four new stations opened.", "Four", "new stations", "station"),
        ("Four more stations opened.", "Four", "stations", "station"),
        # 'of' and a bare noun phrase says what the things are of
        ("The mill bought 90 sacks of white flour.", "90", "sacks of white flour", "sack"),
        ("Three members of the board resigned.", "Three", "members", "member"),
    ],
)
def test_counted_phrase_reaches_the_head_and_its_kind(text, number, entity, lemma):
    c = phrases.counted(text, after(text, number), len(text))
    assert (c.entity, c.noun.lemma) == (entity, lemma)


@pytest.mark.parametrize(("text", "number"), [("Team A scored 3 and team B 7 goals.", "3"),
                                              ("The vote was 12 and 40 abstained.", "12")])
def test_a_conjunction_before_another_figure_ends_the_phrase(text, number):
    assert phrases.counted(text, after(text, number), len(text)) is None


def test_a_phrase_cut_by_the_word_limit_ends_before_its_last_preposition():
    text = "the fastest trains on this busy line by far"
    assert phrases.noun_phrase(text, 0, len(text)) == ("the fastest trains", len("the fastest trains"))
    short = "the fastest trains on this line"  # within the limit: whole
    assert phrases.noun_phrase(short, 0, len(short))[0] == short


@pytest.mark.parametrize(
    ("text", "share", "entity"),
    [
        # A POLL'S VERB ends the group a share is of: "62% of Republicans approve of ..."
        ("Some 62% of Republicans approve of his performance.", "62%", "Republicans"),
        ("About 45% of voters favour the plan.", "45%", "voters"),
        ("Nearly half of adults disapprove of the deal.", "half", "adults"),
    ],
)
def test_a_poll_verb_ends_the_group_a_share_is_of(text, share, entity):
    assert phrases.entity_of(text, after(text, share), len(text)) == entity


def test_a_time_after_the_phrase_a_share_is_of_ends_it():
    # "SINCE", "UNTIL", "DURING" start when, not what: "half their value since January"
    text = "The shares have lost half their value since January."
    assert phrases.entity_of(text, after(text, "half"), len(text)) == "their value"
