"""Unit ellipsis in parallel constructions (quantclaims.ellipsis), on sentences written for these tests."""

import pytest

from quantclaims.extract import extract_claims


def claim(text, span):
    found = [c for c in extract_claims(text, "t") if c.span_text == span]
    assert len(found) == 1, [c.span_text for c in extract_claims(text, "t")]
    return found[0]


# ---- the bare figure borrows the unit of the figure it parallels
@pytest.mark.parametrize(
    "text, span, unit, normalized_unit, normalized_value, change",
    [
        # coordinated right after the figure with the unit; the change verb is gapped too
        ("Imports rose 4 percent in March and 3 in April.", "3", "percent", "fraction", 0.03, "up"),
        ("The angle was 2.5 degrees in 2021 and 1.8 this season.", "1.8", "degree", "degree", 1.8, None),
        ("Two runners were timed at 12 seconds and 13.", "13", "second", "day", 13 / 86400, None),
        ("It slid 6% on Monday and fell 2 on Tuesday.", "2", "percent", "fraction", 0.02, "down"),
        ("The girls, aged 8 and 11.", "11", "year", "year", 11.0, None),
        # the same function word before both figures: levels, so no direction is borrowed
        ("The gauge settled at 3,110 points, while the broader one ended at 2,875.", "2,875", "point", "point",
         2875.0, None),
        ("Inflation eased to 3.1% in May and is seen falling to 2.8 by winter.", "2.8", "percent", "fraction",
         0.028, None),
        # two changes, the second with "by": "fell by 1" is a fall of 1 percent
        ("Shares in Alpha gained 3 percent but Beta lost by 1.", "1", "percent", "fraction", 0.01, "down"),
        # money: the scale word is the figure's own
        ("The deficit was $4 billion last year and 5 billion this year.", "5 billion", "dollar", "USD", 5e9, None),
        # a level and the earlier level it rose from
        ("The policy rate rose to 5.25% from 5 in July.", "5", "percent", "fraction", 0.05, None),
        # a "to" after a range that begins with "from" (the first end of a far from-to is a range)
        ("Ranges grew from about 200-250 km to 300 for vans.", "300", "kilometer", "m", 300000.0, None),
    ],
)
def test_bare_figure_in_parallel_takes_the_unit(text, span, unit, normalized_unit, normalized_value, change):
    c = claim(text, span)
    assert c.unit == unit
    assert c.normalized_unit == normalized_unit
    assert c.normalized_value == pytest.approx(normalized_value)
    assert c.change == change
    assert text[c.start : c.end] == c.span_text  # the unit is borrowed, not put into the span


def test_a_scale_left_out_with_the_unit():
    text = "Sales reached $3.4 billion this year and 2.9 last year."
    c = claim(text, "2.9")
    assert (c.unit, c.value, c.normalized_value, c.normalized_unit) == ("dollar", 2.9e9, 2.9e9, "USD")
    # a figure of the earlier one's size needs no scale: "3" is not read as 3 billion
    assert claim("Costs hit $5 billion in May and 3 billion in June.", "3 billion").value == 3e9


def test_a_scale_left_out_after_a_range_is_the_range_s_last_scale():
    # the scale of "between $2 and 3 billion" is written on its last end
    c = claim("Profit was between $2 and 3 billion in 2022 and 4 in 2023.", "4")
    assert (c.unit, c.value) == ("dollar", 4e9)


@pytest.mark.parametrize(
    "text, span, value",
    [
        ("Grants of 2, 3 and 5 million dollars were paid.", "2", 2e6),  # passed down the list
        ("Grants of 2, 3 and 5 million dollars were paid.", "3", 3e6),
        ("Exports grew 7 and 9 billion euros in the two years.", "7", 7e9),
    ],
)
def test_scale_and_unit_written_once_on_the_last_of_a_list(text, span, value):
    c = claim(text, span)
    assert (c.value, c.value_low, c.value_high) == (value, value, value)
    assert c.unit in ("dollar", "euro") and c.normalized_value == value


@pytest.mark.parametrize(
    "text, span, unit, per_unit, value, entity",
    [
        ("Rent rose from 900 to 1,100-1,200 dollars a month.", "900", "dollar", "month", 900.0, None),
        ("Revenue should grow from 12.5 to 20-22 billion dollars by 2030.", "12.5", "dollar", None, 12.5e9, None),
        ("Sales climbed from 3 to 5-6 million units.", "3", "unit", None, 3e6, "units"),
    ],
)
def test_a_bare_level_before_a_range_it_moved_to_takes_the_range_s_unit(text, span, unit, per_unit, value, entity):
    # "from X to Y-Z <unit>": X is the level before, in the unit (and scale) written once on the range
    c = claim(text, span)
    assert (c.unit, c.per_unit, c.value, c.entity) == (unit, per_unit, value, entity)
    assert c.change is None  # a level, not the size of the move


def test_a_pair_of_figures_parallels_the_pair_before_it():
    # "5 in 21" pairs with "12 km in 50 minutes": the 5 is kilometres, not minutes
    text = "She rowed 12 km in 50 minutes and 5 in 21."
    assert claim(text, "5").unit == "kilometer"
    assert claim(text, "21").unit != "kilometer"


# ---- and where it must not
@pytest.mark.parametrize(
    "text, span",
    [
        ("Revenue rose 4% to 2,300.", "2,300"),  # the level reached after a rise: its own quantity
        ("Revenue rose 4% from 2,300 a year before.", "2,300"),  # the base of a rise
        ("The index rose 1.5% and the other one gained 40.", "40"),  # a new subject, another order of size
        ("She was aged 40 and had 3 sons.", "3 sons"),  # a counted noun of its own
        ("Prices rose 4% and 3 of the stores shut.", "3"),  # a share of something, not a percentage
        ("He weighed 80 kilograms and ran 9 races.", "9 races"),
        ("Costs rose 2% in May and 3 firms closed.", "3 firms"),
        ("Output was 12 tonnes; the plant employs 11.", "11"),  # another clause
    ],
)
def test_no_unit_where_nothing_is_parallel(text, span):
    c = claim(text, span)
    assert c.quantity_kind in ("number", "count")
    assert c.normalized_unit in ("number", "count")
    if c.quantity_kind == "number":
        assert c.unit is None


# ---- the unit written once, on the last figure
@pytest.mark.parametrize(
    "text, span, unit, kind, change",
    [
        ("Rents climbed 4 and 6 percent in the two cities.", "4", "percent", "proportion", "up"),
        ("Rents climbed 4 and 6 percent in the two cities.", "6 percent", "percent", "proportion", "up"),
        ("Yields on 5, 7 and 10 percent coupons.", "5", "percent", "proportion", None),
        ("The twins, aged 9 and 12 years.", "12 years", "year", "age", None),
        ("Fares rose 2, 3, and 5 percent on the three lines.", "3", "percent", "proportion", "up"),
        ("Fares rose 2, 3, and 5 percent on the three lines.", "2", "percent", "proportion", "up"),
    ],
)
def test_unit_written_once_on_the_last_figure(text, span, unit, kind, change):
    c = claim(text, span)
    assert (c.unit, c.quantity_kind, c.change) == (unit, kind, change)


@pytest.mark.parametrize(
    "text, span",
    [
        ("Of those 40, 6 percent refused.", "40"),  # a comma alone, outside a list
        ("Their 3 and 40 percent.", "3"),  # another order of size
        # CLAUSES JOINED BY ", and": two figures are no list, the second starts a new clause
        ("The median stay was 12, and 40% of guests came back.", "12"),
        ("The volatility index closed at 19, and 62 percent of stocks fell.", "19"),
    ],
)
def test_no_unit_from_a_later_figure_that_is_not_parallel(text, span):
    c = claim(text, span)
    assert c.unit is None and c.quantity_kind == "number"


# ---- a gapped change verb before a figure with its own unit
@pytest.mark.parametrize(
    "text, span, change",
    [
        ("Wheat rose 3 percent in March and 4 percent in April.", "4 percent", "up"),
        ("Alpha slid 2%, Beta 4% and Gamma 0.5%.", "4%", "down"),
        ("Alpha slid 2%, Beta 4% and Gamma 0.5%.", "0.5%", "down"),
        ("Fares jumped 9% in the north and 6% in the south.", "6%", "up"),
        # MONTH-ON-MONTH AND YEAR-ON-YEAR PAIR: the first rise's point of comparison ("from July") sits
        # in the gap, and "year on year" may follow the second
        ("Food prices rose 0.6% in May from April and 4.1% from a year earlier.", "4.1%", "up"),
        ("Exports fell 2% in March from February and 9% from March last year.", "9%", "down"),
        ("Factory output grew 0.3% in the quarter and 1.4% year on year.", "1.4%", "up"),
    ],
)
def test_gapped_change_verb_gives_its_direction(text, span, change):
    assert claim(text, span).change == change


@pytest.mark.parametrize(
    "text, span",
    [
        ("Sales fell 6%, and 20% of shops closed.", "20%"),  # a share of something, no fall
        ("Sales fell 6% and analysts expect 2% next year.", "2%"),  # a clause of its own
        ("Sales fell 6% and reached $40 million.", "$40 million"),  # another unit
        ("Sales fell 6% from a year earlier and analysts expect 2% next year.", "2%"),
    ],
)
def test_no_gapped_direction_outside_a_parallel(text, span):
    assert claim(text, span).change is None


@pytest.mark.parametrize(
    ("text", "span", "unit", "entity"),
    [
        ("The app has 80 million weekly users, up from 65 million a year ago.", "65 million", "user", "weekly users"),
        ("The squad has 23 players, down from 26.", "26", "player", "players"),
        ("Output fell to 900 tonnes from 1,100 in March.", "1,100", "tonne", None),
        # a time span between the level and "up from" is when, not the earlier level
        ("The clinic saw 1,450 patients in the first three months of the year, up from 1,100.", "1,100", "patient",
         "patients"),
        ("Rents averaged $2,050 over the past 12 months, down from $2,200.", "$2,200", "dollar", None),
        ("Donations reached 2.3 million euros in six weeks, up from 1.9 million.", "1.9 million", "euro", None),
    ],
)
def test_a_level_compared_with_after_from_takes_the_counted_thing_or_unit(text, span, unit, entity):
    c = next(c for c in extract_claims(text, "t") if c.span_text == span)
    assert (c.unit, c.entity) == (unit, entity)


@pytest.mark.parametrize(
    ("text", "span", "per_unit"),
    [
        ("Rents rose to $1,850 a month, up from $1,700.", "$1,700", "month"),
        ("Wages climbed to $31 an hour from $28 in 2023.", "$28", "hour"),
        ("The field pumped 4,000 barrels a day, down from 4,600 barrels.", "4,600 barrels", "day"),
        ("Fees are $40 a month, compared with $55 before.", "$55", "month"),
        ("Parking costs 9 euros a day versus 7 for residents.", "7", "day"),
        ("It costs $12 a day, up from 150 euros.", "150 euros", None),  # another unit: not the same rate
    ],
)
def test_a_level_compared_with_takes_the_rate_of_the_figure(text, span, per_unit):
    assert claim(text, span).per_unit == per_unit


def test_a_scale_left_out_is_the_decimal_written():
    assert claim("Profit was $5.2 billion in 2022 and 4.1 in 2021.", "4.1").value == 4100000000.0


@pytest.mark.parametrize(
    ("text", "span", "unit", "claim_type"),
    [
        ("He scored 3 goals in May and 2 in June.", "2", "goal", "count"),
        ("Police held 14 people on Friday and 6 on Saturday.", "6", "person", "count"),
        # a casualty count passes on what it counts: the 30 are men lost too
        ("The company lost 12 men last week and 30 the week before.", "30", "man", "casualties"),
    ],
)
def test_a_coordinated_bare_figure_takes_the_counted_noun(text, span, unit, claim_type):
    c = claim(text, span)
    assert (c.unit, c.claim_type) == (unit, claim_type)


def test_a_bare_figure_with_its_own_verb_takes_no_counted_noun():
    # "and 12 were intercepted": a new clause, whose subject the counted noun need not be
    assert claim("Jets fired 40 missiles and 12 were intercepted.", "12").unit is None


@pytest.mark.parametrize(
    ("text", "span", "entity", "per_unit"),
    [
        ("The gunners fire 6,000 shells a day, compared with about 1,500 for the other side.", "about 1,500",
         "shells", "day"),
        ("The incumbent won 52 seats, compared to 47 in the last vote.", "47", "seats", None),
        ("The old fleet had 40 tankers versus 25 now.", "25", "tankers", None),
        ("One side fielded 9,000 troops against 3,000.", "3,000", "troops", None),
    ],
)
def test_a_point_of_comparison_takes_the_counted_thing_of_the_figure_compared(text, span, entity, per_unit):
    c = claim(text, span)
    assert (c.entity, c.per_unit) == (entity, per_unit)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The rebels control 800 square kilometres, down from a peak of 2,100.", "2,100", "square kilometer"),
        ("Inflation slowed to 3.2%, down from a high of 9.1 last summer.", "9.1", "percent"),
        ("Mortgage rates rose to 6.8%, up from a record low of 2.7 in 2021.", "2.7", "percent"),
    ],
)
def test_the_earlier_level_named_before_a_bare_figure(text, span, unit):
    assert claim(text, span).unit == unit


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("About 8,000 troops are deployed there, the ministry said, up from 5,000 in May.", "5,000", "troop"),
        ("Profit rose to $3.1 billion, according to the filing, up from 2.6 billion.", "2.6 billion", "dollar"),
        ("Turnout was 61%, officials estimated, compared with 58 last time.", "58", "percent"),
    ],
)
def test_a_speech_tag_between_the_figure_and_its_comparison(text, span, unit):
    assert claim(text, span).unit == unit



# ---- A RUNNING TOTAL ("bringing the total to N") counts what the figure it adds to counts
@pytest.mark.parametrize(
    ("text", "span", "unit", "entity"),
    [
        ("Health officials logged 412 new infections, bringing the total to 9,870.", "9,870", "infection", "infections"),
        ("The league added 2 teams, taking the overall tally to 18.", "18", "team", "teams"),
        ("Donors pledged $1.1 billion on Monday, lifting the total to 3.4 billion.", "3.4 billion", "dollar", None),
        # a scale left out is read in: $3.4 billion
        ("Donors pledged $1.1 billion on Monday, lifting the total to 3.4.", "3.4", "dollar", None),
    ],
)
def test_a_running_total_counts_what_the_figure_before_counts(text, span, unit, entity):
    c = claim(text, span)
    assert (c.unit, c.entity) == (unit, entity)


def test_a_running_total_smaller_than_the_figure_before_takes_nothing():
    assert claim("The depot issued 600 rifles, bringing the count to 95.", "95").unit is None


def test_a_rate_written_on_the_last_of_listed_counts_is_each_ones():
    text = "The striker averages 0.8 goals, 2.1 shots and 1.4 fouls per match."
    assert [claim(text, s).per_unit for s in ("0.8 goals", "2.1 shots", "1.4 fouls per match")] == ["match"] * 3


def test_a_rate_of_a_second_clause_is_not_the_first_clause_s():
    assert claim("The mill employs 90 people and grinds 40 tonnes a day.", "90 people").per_unit is None


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # A BARE FIGURE INSIDE A LIST, JOINED BY A COMMA ALONE, TAKES THE LIST'S UNIT
        ("The suspects, aged 17, 24 and 40, were charged.", "24", "year"),
        ("The suspects, aged 17, 24 and 40, were charged.", "40", "year"),
        ("Yields were 6 tonnes, 4, 3 and 2 across the plots.", "4", "tonne"),
    ],
)
def test_a_bare_figure_inside_a_list_takes_the_list_s_unit(text, span, unit):
    assert claim(text, span).unit == unit


def test_a_comma_after_a_lone_pair_is_no_list():
    assert claim("The median stay was 12 days, 40 guests said.", "40 guests").unit == "guest"
