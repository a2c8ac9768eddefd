"""A figure without its unit borrows the unit of the figure it is written against."""

import pytest

from quantclaims.extract import extract_claims


def claims(text):
    out = extract_claims(text, "t")
    for c in out:
        assert text[c.start : c.end] == c.span_text
    return {c.span_text: c for c in out}


def test_suspended_hyphens_share_the_compound_of_the_last_figure():
    got = claims("The dealer stocks two-, three- and five-door hatchbacks.")
    assert [(s, c.value, c.unit, c.entity) for s, c in got.items()] == [
        ("two", 2.0, "door", "hatchbacks"), ("three", 3.0, "door", "hatchbacks"),
        ("five-door", 5.0, "door", "hatchbacks")]


def test_suspended_hyphen_with_a_unit_borrows_its_kind_and_normalization():
    got = claims("The council offers two- and four-year leases.")
    c = got["two"]
    assert (c.unit, c.quantity_kind, c.normalized_unit, c.entity) == ("year", "duration", "day", "leases")
    assert c.normalized_value == pytest.approx(730.5, rel=1e-3)


def test_part_of_a_stated_whole_is_counted_in_the_whole_unit():
    got = claims("Only 9 of the 30 firefighters were injured.")
    assert (got["9"].unit, got["9"].quantity_kind, got["9"].entity) == ("firefighter", "count", "firefighters")
    money = claims("The club has raised 4 million of the 25 million euros it needs.")["4 million"]
    assert (money.unit, money.quantity_kind, money.normalized_unit, money.normalized_value) == (
        "euro", "money", "EUR", 4e6)


@pytest.mark.parametrize(
    "text",
    [
        "He won 3 of his 7 bouts in 2021.",  # 'his' is a determiner the rule knows: borrows
        "He won 3 of 7 bouts in 2021.",  # no determiner at all: the whole still follows 'of'
    ],
)
def test_part_of_a_whole_after_a_possessive(text):
    assert claims(text)["3"].unit == "bout"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Prices rose 5 and the 40 stalls closed.", "5"),  # no 'of': nothing borrowed
        ("He was 3 of the way to 10 miles.", "3"),  # the figure after is not the whole written against
        ("Team A won 2-1 against 14 rivals.", None),
    ],
)
def test_a_figure_not_written_against_another_borrows_nothing(text, span):
    got = claims(text)
    if span is not None:
        assert got[span].unit is None
    else:
        assert all(c.unit in (None, "rival") for c in got.values())


def test_a_share_of_a_stated_whole_is_a_share_of_its_things():
    got = claims("Nearly a third of the combined 1.2M paper and digital subscribers left.")
    assert got["Nearly a third"].entity == "paper and digital subscribers"
    assert claims("About 30 percent of the 600 nurses quit.")["About 30 percent"].entity == "nurses"


def test_part_of_a_whole_with_a_modifier_between():
    assert claims("They have lost 7 of their last 10 matches.")["7"].unit == "match"


def test_a_whole_put_first_gives_its_unit_to_the_part():
    got = claims("Of the 30 applicants, 8 were hired.")
    assert (got["8"].unit, got["8"].entity) == ("applicant", "applicants")
    assert claims("In the 30 days, 8 were dry.")["8"].unit is None  # no "Of the": no whole
    # words that say more of the whole may stand before the comma
    assert claims("Of the 1,200 voters polled in May, 860 backed it.")["860"].unit == "voter"


def test_a_share_of_a_possessed_whole():
    assert claims("A third of the town's 9,000 voters stayed home.")["A third"].entity == "voters"


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [("Russia launched 60 drones, of which 48 were downed.", "48", "drone"),
     ("The bus held 40 pupils, 9 of whom were hurt.", "9", "pupil")],
)
def test_a_part_named_after_its_whole_with_of_which(text, part, unit):
    assert claims(text)[part].unit == unit


def test_a_figure_after_a_comma_alone_borrows_nothing():
    assert claims("They sold 40 cars, 12 in May.")["12"].unit is None


@pytest.mark.parametrize(
    ("text", "count", "unit"),
    [("Jets dropped four 250-kilogram bombs.", "four", "bomb"), ("They hired 2 12-person crews.", "2", "crew")],
)
def test_a_count_before_a_measure_fused_to_its_noun_counts_the_noun(text, count, unit):
    c = claims(text)[count]
    assert c.unit == unit and c.change is None  # "dropped" moves nothing: the bombs are dropped


@pytest.mark.parametrize(
    ("text", "part", "change"),
    [
        # A PART COUNTED AFTER A LOSS VERB: "lost five of their last seven games" counts losses, no fall
        ("The Lakers have lost five of their last seven games.", "five", None),
        ("The club dropped 4 of its 6 sponsors this year.", "4", None),
        ("Membership fell by 300 of the 2,000 members it had.", "300", "down"),  # "by": a fall
    ],
)
def test_a_part_that_counts_a_noun_moves_only_with_by(text, part, change):
    c = claims(text)[part]
    assert c.unit is not None and c.change == change


@pytest.mark.parametrize(
    ("text", "part", "unit"),
    [
        # A PART AFTER "INCLUDING", OR "AND ... OF THEM": the whole's counted noun
        ("Federer won 20 Grand Slam titles, including eight at Wimbledon.", "eight", "title"),
        ("Police arrested 30 people, including five at the airport.", "five", "person"),
        ("The district has 12 schools and 8 of them are failing.", "8", "school"),
    ],
)
def test_a_part_named_after_including_or_with_of_them(text, part, unit):
    assert claims(text)[part].unit == unit


@pytest.mark.parametrize(
    ("text", "part"),
    [("The blast killed 40 people, including 12 children.", "12 children"),
     ("The quake killed 300 people, including about 40 in the capital.", "about 40")],
)
def test_a_part_of_casualties_after_including_is_casualties(text, part):
    assert claims(text)[part].claim_type == "casualties"


@pytest.mark.parametrize(
    ("text", "figure", "unit", "claim_type"),
    [
        # "THE NUMBER OF X" ROSE TO N: N counts X, and a level compared with after it too
        ("The number of deaths rose to 1,234, up from 980 a week earlier.", "1,234", "death", "casualties"),
        ("The number of deaths rose to 1,234, up from 980 a week earlier.", "980", "death", "casualties"),
        ("The number of people in work fell to 32 million.", "32 million", "person", "count"),
        ("The total number of cases has reached about 4,500.", "about 4,500", "case", "count"),
    ],
)
def test_a_count_of_the_number_of_a_noun_counts_it(text, figure, unit, claim_type):
    c = claims(text)[figure]
    assert (c.unit, c.claim_type) == (unit, claim_type)


def test_the_number_of_stops_at_a_figure_between():
    # "rose by 12% to 326,000": the level after a rise keeps nothing it was not written with
    assert claims("The number of homeless people rose by 12% to 326,000.")["326,000"].unit is None


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # A POPULATION counts people, after an article or a possessive (not "the wolf population")
        ("The town has a population of just over 12,000.", "just over 12,000", "person"),
        ("Britain's population rose to 67 million in 2022.", "67 million", "person"),
        ("The wolf population is 400.", "400", None),
    ],
)
def test_a_population_counts_people(text, figure, unit):
    assert claims(text)[figure].unit == unit
