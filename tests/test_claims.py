"""One test per phenomenon of docs/conventions.md, on sentences written for these tests."""

import pytest

from quantclaims.extract import extract_claims


def one(text, span=None):
    claims = extract_claims(text, "t")
    if span is not None:
        claims = [c for c in claims if c.span_text == span]
    assert len(claims) == 1, [c.span_text for c in extract_claims(text, "t")]
    c = claims[0]
    assert text[c.start : c.end] == c.span_text
    return c


def check(c, **expected):
    got = {k: getattr(c, k) for k in expected}
    for k, v in expected.items():
        if isinstance(v, float):
            assert got[k] == pytest.approx(v, rel=1e-4), (k, got)
        else:
            assert got[k] == v, (k, got)


# ---- numbers in claims
def test_thousands_separator_and_counted_noun():
    c = one("Kyiv says 12,500 reservists were called up.")
    check(c, span_text="12,500 reservists", value=12500.0, value_low=12500.0, value_high=12500.0, unit="reservist",
          normalized_unit="count", quantity_kind="count", claim_type="force_size", qualifier="exact")


def test_scale_word_with_money():
    c = one("The Pentagon approved $1.8 billion in aid.")
    check(c, span_text="$1.8 billion", value=1.8e9, unit="dollar", normalized_value=1.8e9, normalized_unit="USD",
          quantity_kind="money", claim_type="money")


def test_half_a_million():
    c = one("Half a million residents lost power.")
    check(c, value=500000.0, unit="resident", claim_type="count")


def test_number_word_and_modifiers_in_span():
    c = one("Officials counted seven burned-out armored vehicles on the road.")
    check(c, span_text="seven burned-out armored vehicles", value=7.0, unit="vehicle",
          entity="burned-out armored vehicles", claim_type="equipment_count")


def test_a_dozen_and_a_pair():
    check(one("A dozen tanks broke through."), span_text="A dozen tanks", value=12.0)
    check(one("They shot down a pair of helicopters."), value=2.0, span_text="a pair of helicopters",
          unit="helicopter", entity="helicopters", claim_type="equipment_count")


# ---- fractions and proportions
def test_fraction_glyph_duration():
    c = one("The siege has lasted 3\u00bd months.")
    check(c, span_text="3\u00bd months", value=3.5, unit="month", normalized_unit="day",
          normalized_value=3.5 * 30.4375, quantity_kind="duration", claim_type="duration")


def test_two_thirds_of_entity():
    c = one("Two-thirds of the budget went to defense.")
    check(c, span_text="Two-thirds", value=2 / 3, normalized_value=2 / 3, normalized_unit="fraction",
          quantity_kind="proportion", entity="the budget")


def test_three_out_of_four():
    c = one("Three out of four voters backed the plan.")
    check(c, value=0.75, normalized_unit="fraction", quantity_kind="proportion")


def test_percent_word_and_sign():
    c = one("Turnout reached 64 percent in the capital.")
    check(c, span_text="64 percent", value=64.0, unit="percent", normalized_value=0.64, normalized_unit="fraction")
    c = one("Turnout reached 64% in the capital.")
    check(c, span_text="64%", normalized_value=0.64)
    c = one("Turnout reached 64 per cent in the capital.")
    check(c, span_text="64 per cent", unit="percent")


def test_share_of_territory():
    c = one("The army now holds almost a fifth of the country's territory.")
    check(c, value=0.2, qualifier="nearly", claim_type="territory")


# ---- hyphenated compounds
def test_age_compound():
    c = one("A 19-year-old conscript was captured.")
    check(c, span_text="19-year-old", value=19.0, unit="year", normalized_value=19.0, normalized_unit="year",
          quantity_kind="age", claim_type="age", entity="conscript")


@pytest.mark.parametrize(("text", "span", "low", "high"), [("The jab is open to 12-year-olds.", "12-year-olds", 12.0, 12.0),
                                                          ("Turnout among 18- to 24-year-olds fell.", "18- to 24-year-olds", 18.0, 24.0)])
def test_year_olds_are_an_age_in_the_plural(text, span, low, high):
    check(one(text), span_text=span, value_low=low, value_high=high, unit="year", quantity_kind="age",
          normalized_unit="year", entity=None)


def test_weight_compound_names_the_bomb():
    c = one("Jets dropped 500-kilogram bombs on the bridge.")
    check(c, value=500.0, unit="kilogram", normalized_value=500.0, normalized_unit="kg",
          claim_type="munition_weight", entity="bombs")


@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        ("The heaviest bombs weigh as much as 1.5 tons.", "as much as 1.5 tons", "heaviest bombs"),
        ("The cruise missile, which weighs 1,300 kg, was shot down.", "1,300 kg", "cruise missile"),
        ("Shells that weigh 43 kg are in short supply.", "43 kg", "Shells"),
    ],
)
def test_what_weighs_the_weight_written_before_its_verb(text, span, entity):
    check(one(text, span), claim_type="munition_weight", entity=entity)


def test_duration_compound():
    c = one("Parliament passed a five-year plan.")
    check(c, span_text="five-year", value=5.0, unit="year", quantity_kind="duration", entity="plan")


# ---- mass and the ton convention
def test_unqualified_ton_is_metric_with_a_note():
    c = one("Guided bombs weighing three tons hit the plant.")
    check(c, value=3.0, unit="ton", normalized_value=3000.0, normalized_unit="kg", claim_type="munition_weight",
          entity="Guided bombs")
    assert "metric tonne" in c.normalization_note


def test_short_ton_and_pounds():
    check(one("The truck carried 2 short tons."), normalized_value=2 * 907.18474)
    c = one("Each warhead carries about 1,000 pounds of explosives.")
    check(c, value=1000.0, unit="pound", normalized_value=453.59237, qualifier="approximate")


# ---- ratios
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Defenders were outnumbered 7-to-1 at the bridge.", "7-to-1", 7.0),
        ("Attackers had a 4:1 edge in artillery.", "4:1", 4.0),
        ("The troops were outnumbered five to one.", "five to one", 5.0),
        ("The enemy fired one shell for every eight of ours.", "one shell for every eight", 0.125),
        ("They had four times as many tanks.", "four times as many tanks", 4.0),
        ("The attackers brought eight times more guns.", "eight times more guns", 8.0),  # what is more
        ("Infections grew at twice the rate of last year.", "twice the rate", 2.0),
        # A MODIFIED AMOUNT after "the": its modifier and noun ("the national average")
        ("Rents are three times the national average.", "three times the national average", 3.0),
        ("The stadium cost twice the original estimate.", "twice the original estimate", 2.0),
        ("Drone strikes rose tenfold since spring.", "tenfold", 10.0),
        # any comparative before "than"
        ("The new cell lasts six times longer than the old one.", "six times longer", 6.0),
        # a multiple of a base named with no article (nouns.toml [ratio_bases])
        ("The shares trade at 22 times forward earnings.", "22 times forward earnings", 22.0),
        # "N-for-M", hyphenated: a split, an offer
        ("The board approved a 4-for-1 stock split.", "4-for-1", 4.0),
        ("The shop ran a three-for-two offer.", "three-for-two", 1.5),
        # A MULTIPLE OF "THAT OF" WHAT WAS NAMED BEFORE: "three times that of the state"
        ("The county's fire losses were four times that of its neighbour.", "four times that", 4.0),
        ("Hospital stays now cost twice those of 2015.", "twice those", 2.0),
        ("Attendance fell to half that of the opening night.", "half that", 0.5),
    ],
)
def test_ratios(text, span, value):
    c = one(text, span)
    check(c, value=value, unit=None, normalized_unit="ratio", quantity_kind="ratio")


@pytest.mark.parametrize(
    ("text", "span", "value", "qualifier", "change"),
    [
        ("Wheat prices have doubled since the blockade.", "doubled", 2.0, "exact", "up"),
        ("Shelling has more than tripled this month.", "more than tripled", 3.0, "more_than", "up"),
        ("The ration was halved in March.", "halved", 0.5, "exact", "down"),
        ("Exports doubled in the first quarter.", "doubled", 2.0, "exact", "up"),  # a quarter, no inning
    ],
)
def test_a_verb_that_multiplies_is_a_ratio_and_a_move(text, span, value, qualifier, change):
    check(one(text), span_text=span, value=value, qualifier=qualifier, change=change, quantity_kind="ratio")


@pytest.mark.parametrize("text", ["Ortiz doubled to left in the fifth.", "Lee tripled in the third inning."])
def test_a_batter_who_doubled_multiplies_nothing(text):
    assert extract_claims(text, "t") == []


def test_a_multiple_names_what_it_multiplies():
    check(one("The attackers brought eight times more guns than the defenders."), entity="guns",
          claim_type="force_ratio")
    check(one("They had four times as many tanks."), entity="tanks")


@pytest.mark.parametrize(
    ("text", "span", "value", "entity"),
    [
        ("Cases rose to 310 per 100,000 residents.", "310 per 100,000 residents", 0.0031, "residents"),
        ("Mortality was 4.5 per 1,000 in 2020.", "4.5 per 1,000", 0.0045, None),
    ],
)
def test_a_figure_per_a_power_of_ten_is_a_proportion(text, span, value, entity):
    check(one(text, span), value=value, quantity_kind="proportion", entity=entity)


@pytest.mark.parametrize(
    ("text", "span", "value", "entity"),
    [
        ("The state had 7.3 deaths per 100,000 people last year.", "7.3 deaths per 100,000 people", 0.000073,
         "deaths"),  # the counted thing is the entity; the population is in the span
        ("There are 2 nurses per 1,000 residents.", "2 nurses per 1,000 residents", 0.002, "nurses"),
        ("It logged 210 new infections per 100,000.", "210 new infections per 100,000", 0.0021, "new infections"),
    ],
)
def test_a_count_per_a_power_of_ten_of_a_population_is_a_proportion(text, span, value, entity):
    c = one(text, span)
    assert c.value == value  # the quotient of the decimals written, no binary noise
    check(c, quantity_kind="proportion", entity=entity)


def test_a_price_per_a_thousand_is_no_proportion():
    assert [c.span_text for c in extract_claims("Ads cost $4 per 1,000 views.")] == ["$4", "1,000 views"]


@pytest.mark.parametrize(
    ("text", "entity", "change"),
    [
        ("The fund bought a 7% stake in the airline.", "stake", None),  # what the percentage measures
        ("Voters came out on a 71% turnout.", "turnout", None),
        ("Exports posted a 4% fall in May.", None, "down"),  # a change noun is the change, not the entity
    ],
)
def test_a_percentage_before_a_noun_after_an_article_measures_it(text, entity, change):
    [c] = extract_claims(text)
    check(c, entity=entity, change=change)


def test_n_for_m_written_apart_is_no_ratio():
    assert [c.span_text for c in extract_claims("The panel voted 3 for 1 against.")] == ["3", "1"]


def test_force_ratio_type():
    check(one("The troops were outnumbered five to one."), claim_type="force_ratio")


# ---- rates
@pytest.mark.parametrize(("text", "span", "per"), [("Staff won a $17-an-hour wage.", "$17-an-hour", "hour"),
                                                   ("She took a $300-a-day contract.", "$300-a-day", "day")])
def test_a_rate_fused_to_its_amount_as_a_modifier(text, span, per):
    check(one(text), span_text=span, per_unit=per, quantity_kind="rate")


@pytest.mark.parametrize(
    ("text", "span", "entity", "per"),
    [("The field pumps 400,000 barrels of crude a day.", "400,000 barrels of crude a day", "crude", "day"),
     ("The mill burns 3 million tonnes of CO2 a year.", "3 million tonnes of CO2 a year", "CO2", "year")],
)
def test_a_rate_after_what_a_measure_is_of(text, span, entity, per):
    # the period comes after the "of" phrase; a formula with digits is one word of the entity
    check(one(text), span_text=span, entity=entity, per_unit=per, quantity_kind="rate")


def test_a_quarter_is_a_period_of_a_rate():
    # three months, so the per-day rate divides by about 91.3 days
    check(one("The lender earns $3bn a quarter."), per_unit="quarter", quantity_kind="rate",
          normalized_value=3e9 / (365.25 / 4), normalized_unit="USD/day")
    assert one("A quarter of staff left.").quantity_kind == "proportion"


def test_casualty_rate_a_day():
    c = one("The army is losing 900 soldiers killed and wounded a day.")
    check(c, span_text="900 soldiers killed and wounded a day", value=900.0, unit="soldier", per_unit="day",
          normalized_value=900.0, normalized_unit="count/day", quantity_kind="rate", claim_type="casualty_rate",
          entity="soldiers killed and wounded")


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        # A LOSS OF MONEY OR MATTER PER PERIOD is no casualty rate; a loss of people is
        ("The company is losing $1 million a day.", "money"),
        ("The glacier is losing 10 billion tons of ice a year.", "measurement"),
        ("The army is losing about 1,200 men a day.", "casualty_rate"),
    ],
)
def test_a_loss_per_period_is_a_casualty_rate_only_of_people(text, claim_type):
    check(one(text), claim_type=claim_type, quantity_kind="rate")


def test_rate_adverb_and_per():
    check(one("Some 300 trucks cross daily."), per_unit="day", normalized_value=300.0)
    check(one("The plant makes 70 shells per week."), per_unit="week", normalized_value=10.0,
          normalized_unit="count/day")


def test_frequency():
    c = one("Patrols go out twice a week.")
    check(c, span_text="twice a week", value=2.0, per_unit="week", normalized_value=2 / 7,
          normalized_unit="count/day", quantity_kind="rate", claim_type="frequency")
    c = one("Convoys arrive three times a month.")
    check(c, value=3.0, per_unit="month", claim_type="frequency")


# ---- qualifiers
@pytest.mark.parametrize(
    ("text", "qualifier", "qtext", "low", "high"),
    [
        ("About 60 drones were launched.", "approximate", "About", None, None),
        ("Around 60 drones were launched.", "approximate", "Around", None, None),
        ("Roughly 60 drones were launched.", "approximate", "Roughly", None, None),
        ("Approximately 60 drones were launched.", "approximate", "Approximately", None, None),
        ("Nearly 60 drones were launched.", "nearly", "Nearly", None, 60.0),
        ("Almost 60 drones were launched.", "nearly", "Almost", None, 60.0),
        ("More than 60 drones were launched.", "more_than", "More than", 60.0, None),
        ("Over 60 drones were launched.", "more_than", "Over", 60.0, None),
        ("At least 60 drones were launched.", "at_least", "At least", 60.0, None),
        ("Up to 60 drones were launched.", "at_most", "Up to", None, 60.0),
        ("Under 60 drones were launched.", "less_than", "Under", None, 60.0),
        ("Fewer than 60 drones were launched.", "less_than", "Fewer than", None, 60.0),
    ],
)
def test_qualifiers(text, qualifier, qtext, low, high):
    c = one(text)
    check(c, value=60.0, qualifier=qualifier, qualifier_text=qtext, value_low=low, value_high=high)
    assert c.span_text.startswith(qtext)


def test_range_between_and():
    c = one("Between 40 and 50 shells fell on the town.")
    check(c, span_text="Between 40 and 50 shells", value=None, value_low=40.0, value_high=50.0, qualifier="range",
          unit="shell", normalized_value=None)


def test_range_from_to_money():
    c = one("Prices went from $300,000 to $1 million.")
    check(c, value_low=300000.0, value_high=1e6, qualifier="range", normalized_unit="USD")


@pytest.mark.parametrize("text", ["Output may climb from 8 to 11-13 million tonnes.",
                                  "Rents rose from $900 last year to $1,000-1,200 now."])
def test_a_range_reached_from_a_level_is_not_paired_with_that_level(text):
    # "from X to Y-Z": the second end is a range of its own, so X..Y is no range
    spans = {c.span_text: c for c in extract_claims(text)}
    second = next(c for s, c in spans.items() if "-" in s)
    assert second.qualifier == "range" and second.value_low < second.value_high
    assert not any(c.qualifier == "range" and "from" in (c.qualifier_text or "") for c in spans.values())


def test_shares_of_a_whole_in_falling_order_are_a_split_not_a_range():
    claims = extract_claims("The motion passed 58% to 42%.")
    assert [(c.span_text, c.value) for c in claims] == [("58%", 58.0), ("42%", 42.0)]


def test_by_a_figure_to_a_level_twice_its_size_is_a_move_and_a_level():
    claims = extract_claims("The herd shrank by nearly 2,000 to 9,000.")
    assert [(c.span_text, c.change) for c in claims] == [("nearly 2,000", "down"), ("9,000", None)]
    check(one("Fares rose by 10 to 20 percent."), qualifier="range", value_low=10.0, value_high=20.0)


@pytest.mark.parametrize(("text", "span", "unit", "claim_type"),
                         [("The 1,100-strong garrison held.", "1,100-strong garrison", "garrison", "force_size"),
                          ("A 400-strong crowd gathered.", "400-strong crowd", "crowd", "count")])
def test_a_group_n_strong_counts_its_members(text, span, unit, claim_type):
    check(one(text), span_text=span, unit=unit, claim_type=claim_type)


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [("Repairs cost 40 euros or so.", "40 euros or so", "approximate"),
     ("Kyiv lost 300 tanks or more.", "300 tanks or more", "more_than"),
     ("The trip takes 2 hours or less.", "2 hours or less", "less_than")],
)
def test_a_hedge_written_after_the_unit_or_noun(text, span, qualifier):
    check(one(text), span_text=span, qualifier=qualifier)


def test_a_noun_that_forecast_the_figure_is_not_what_it_counts():
    # "the 9,000 analysts expected": who expected the figure (a reduced relative clause)
    assert one("Output was 8,500, below the 9,000 analysts expected.", "9,000").unit is None
    assert one("Some 30 analysts expected a cut.").unit == "analyst"


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [("The flight took 3 hours 45 minutes.", "3 hours 45 minutes", 3.75, "hour"),
     ("She was jailed for 4 years and 3 months.", "4 years and 3 months", 4.25, "year"),
     ("The newborn weighed 6 pounds 4 ounces.", "6 pounds 4 ounces", 6.25, "pound")],
)
def test_a_measure_in_two_units_of_one_kind_is_one_figure(text, span, value, unit):
    check(one(text), span_text=span, value=value, unit=unit)


def test_two_measures_that_do_not_compound_stay_two():
    assert [c.value for c in extract_claims("It ran 2 hours and 90 minutes.")] == [2.0, 90.0]  # 90 minutes is no part of an hour


def test_a_range_with_the_percent_sign_on_both_ends():
    check(one("The bank kept its rate at 4.75%-5%."), value_low=4.75, value_high=5.0, qualifier="range", unit="percent")


def test_range_hyphen_with_unit():
    c = one("The crossing takes 3-4 hours.")
    check(c, span_text="3-4 hours", value_low=3.0, value_high=4.0, unit="hour", qualifier="range")


@pytest.mark.parametrize(
    "text, span, qtext, low, high",
    [
        ("The battery lasts about 6-8 hours.", "about 6-8 hours", "about", 6.0, 8.0),
        ("Delivery takes ~10 \u2013 15 days.", "~10 \u2013 15 days", "~", 10.0, 15.0),
        ("The repairs need roughly 2 to 4 weeks.", "roughly 2 to 4 weeks", "roughly", 2.0, 4.0),
        ("Some 30-40 drones were launched.", "Some 30-40 drones", "Some", 30.0, 40.0),
        ("It will cost approximately between $2 million and $3 million.",
         "approximately between $2 million and $3 million", "approximately between", 2e6, 3e6),
        ("Repairs take between about 4 and 6 weeks.", "between about 4 and 6 weeks", "between about", 4.0, 6.0),
    ],
)
def test_hedged_range_keeps_its_hedge(text, span, qtext, low, high):
    c = one(text)
    check(c, span_text=span, qualifier="range", qualifier_text=qtext, value=None, value_low=low, value_high=high)


def test_only_an_approximating_hedge_joins_a_range():
    c = one("The talks lasted over 3-4 days.")  # "over" before a duration is when, not a bound
    assert c.qualifier == "range" and c.qualifier_text is None and c.span_text == "3-4 days"


@pytest.mark.parametrize(
    "text, span, low, high",
    [
        ("Densities fell in tests of 1.8 A/cm2 to 0.05 A/cm2.", "1.8 A/cm2 to 0.05 A/cm2", 0.05, 1.8),
        ("The panels get between 150 W/m2 and 300 W/m2.", "between 150 W/m2 and 300 W/m2", 150.0, 300.0),
    ],
)
def test_range_of_a_compound_unit(text, span, low, high):
    check(one(text), span_text=span, qualifier="range", value_low=low, value_high=high)


def test_a_change_and_a_level_in_one_unit_are_no_range():
    # "dropped 8 degrees to 3 degrees": the fall and the level reached, written high to low
    assert [c.qualifier for c in extract_claims("The water dropped 8 degrees to 3 degrees.")] == ["exact", "exact"]


def test_rate_after_the_currency_named_again():
    check(one("Diesel traded at $3 US a gallon."), span_text="$3 US a gallon", per_unit="gallon",
          normalized_unit="USD/gallon", value=3.0)


def test_rate_after_a_bracketed_restatement_is_both_figures():
    text = "The port earns 4 billion rupees ($48 million) a month in transit fees."
    first, second = extract_claims(text, "t")
    check(first, span_text="4 billion rupees", per_unit="month", normalized_unit="INR/day", quantity_kind="rate")
    check(second, span_text="$48 million", per_unit="month", normalized_unit="USD/day", quantity_kind="rate")


def test_a_bracketed_restatement_of_a_price_is_a_price():
    first, second = extract_claims("Wheat fetched $310 a tonne (about \u20ac290) last week.", "t")
    check(second, span_text="about \u20ac290", per_unit="tonne", normalized_unit="EUR/tonne", qualifier="approximate")


def test_a_bracket_without_a_figure_like_it_passes_no_rate():
    first, second = extract_claims("Losses ran to 900 men a day (8% of the brigade).", "t")
    check(first, per_unit="day")
    check(second, span_text="8%", per_unit=None)


def test_far_from_to_range_keeps_the_rate_of_its_first_end():
    check(one("Copper slid from $9,800 U.S. a tonne in May to $9,100 by July."), qualifier="range",
          per_unit="tonne", normalized_unit="USD/tonne", value_low=9100.0, value_high=9800.0, change="down")


def test_score_is_not_a_range():
    assert all(c.qualifier != "range" for c in extract_claims("The home side won 3-1 on Sunday."))


# ---- vague quantities
@pytest.mark.parametrize(
    ("text", "span", "low", "high", "unit"),
    [
        ("Several drones were shot down.", "Several drones", 3.0, 9.0, "drone"),
        ("Dozens of civilians fled.", "Dozens of civilians", 24.0, 144.0, "civilian"),
        ("Tens of thousands of troops massed.", "Tens of thousands of troops", 20000.0, 99999.0, "troop"),
        ("The front moved a few kilometers.", "a few kilometers", 2.0, 5.0, "kilometer"),
    ],
)
def test_vague(text, span, low, high, unit):
    c = one(text)
    check(c, span_text=span, value=None, value_low=low, value_high=high, qualifier="vague", unit=unit,
          normalized_value=None)


@pytest.mark.parametrize(
    ("text", "qualifier_text"),
    [
        ("Several drones were shot down.", "Several"),
        ("Dozens of civilians fled.", "Dozens of"),
        ("A few hundred volunteers stayed.", "A few"),  # the scale is not a vague word
        ("Most buyers are in their 40s.", None),  # a decade has no vague word
        ("Most buyers are in their late 40s.", "late"),  # but the part of it does
    ],
)
def test_vague_qualifier_text_is_the_vague_words(text, qualifier_text):
    check(one(text), qualifier="vague", qualifier_text=qualifier_text)


# ---- units of other kinds
def test_length_speed_area():
    check(one("The drone flew 40 miles."), normalized_value=40 * 1609.344, normalized_unit="m", claim_type="distance")
    check(one("The missile flies at 900 km/h."), unit="kilometer per hour", normalized_value=900.0,
          normalized_unit="km/h", quantity_kind="speed")
    check(one("Winds reached 60 mph."), normalized_value=60 * 1.609344)
    check(one("Troops seized 1,000 square kilometers of territory."), normalized_value=1000.0,
          normalized_unit="km2", claim_type="territory")


@pytest.mark.parametrize(
    ("text", "code", "value"),
    [
        ("The deal is worth \u20ac40 million.", "EUR", 4e7),
        ("Fines of \u00a3250 were issued.", "GBP", 250.0),
        ("The bonds raised 3 billion yen.", "JPY", 3e9),
        ("A ticket costs 20 dollars.", "USD", 20.0),
        ("It sold for US$12.5 million.", "USD", 1.25e7),
    ],
)
def test_money(text, code, value):
    check(one(text), normalized_unit=code, value=value, quantity_kind="money")


# ---- change
@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("Bread prices rose 12% in March.", "up"),
        ("Shares fell by $3 on Monday.", "down"),
        ("Exports were up 4 per cent.", "up"),
        ("Output recorded a 6% drop.", "down"),
        ("Inflation is 6% this year.", None),
    ],
)
def test_change(text, change):
    assert one(text).change == change


def test_bare_number():
    c = one("The vote was 52 against.")
    check(c, value=52.0, unit=None, normalized_unit="number", quantity_kind="number")


# ---- signs, notation and forms of numbers
def test_negative_numbers():
    c = one("Overnight it fell to minus 20 degrees Celsius.")
    check(c, value=-20.0, normalized_value=-20.0, normalized_unit="degC", quantity_kind="temperature")
    check(one("The team finished with -12 yards of offense."), value=-12.0, unit="yard")


def test_plus_sign_is_a_rise():
    check(one("At noon: Nikkei +1.4%."), value=1.4, change="up", unit="percent")


def test_leading_point_decimal():
    check(one("The error rate fell to .02 percent."), value=0.02, normalized_value=0.0002)


def test_chained_scale_words():
    check(one("They counted 3 hundred thousand ballots."), value=300000.0, unit="ballot")


def test_scientific_notation():
    check(one("The sample held 2.5\u00d710^6 cells."), value=2.5e6, unit="cell")


def test_slash_fractions():
    check(one("Cut it 3/16 of a mile wide."), value=3 / 16, unit="mile", quantity_kind="length")
    check(one("Two-thirds of voters agreed."), value=2 / 3, quantity_kind="proportion")
    check(one("A 1\u20444 share went to charity."), value=0.25)


@pytest.mark.parametrize(("text", "entity"), [("Only 62% of trains arrived on time.", "trains"),
                                              ("Some 60 per cent of voters turned out.", "voters"),
                                              ("About 40% of those surveyed agreed.", "those surveyed"),
                                              ("Less than half of voters backed it.", "voters")])  # a verb and its object
def test_an_intransitive_verb_after_a_share_ends_what_it_is_of(text, entity):
    assert one(text).entity == entity


# ---- money forms
@pytest.mark.parametrize(
    ("text", "code", "value", "normalized"),
    [
        ("The yacht sold for USD15m last spring.", "USD", 1.5e7, 1.5e7),
        ("The takeover was worth PS3.2bn in total.", "GBP", 3.2e9, 3.2e9),
        ("Shares closed at RM4.50 on Friday.", "MYR", 4.5, 4.5),
        ("Fares cost HK $12 each way.", "HKD", 12.0, 12.0),
        ("The house fetched $A20 million.", "AUD", 2e7, 2e7),
        ("The stock slipped to 85p by noon.", "GBP", 85.0, 0.85),
        ("Stamps now cost 40 cents more.", "USD", 40.0, 0.4),
        ("The project raised Rs. 300 crore last year.", "INR", 3e9, 3e9),  # "Rs." ends no sentence
    ],
)
def test_money_forms(text, code, value, normalized):
    c = [c for c in extract_claims(text) if c.quantity_kind == "money"][0]
    check(c, normalized_unit=code, value=value, normalized_value=normalized)


@pytest.mark.parametrize(
    ("text", "kind", "unit"),
    [
        ("The new hospital wing cost 120 million pounds.", "money", "pound sterling"),
        ("Ministers pledged 3 billion pounds (about $3.8 billion) for flood defences.", "money", "pound sterling"),
        ("The council was fined 40,000 pounds last year.", "money", "pound sterling"),
        ("The boxer lost 12 pounds before the fight.", "mass", "pound"),
        ("The charity paid for 600 pounds of rice.", "mass", "pound"),  # a mass "of" something
        ("They paid 2 million pounds for a horse, which weighs 1,200 pounds.", "mass", "pound"),  # own clause
    ],
)
def test_pounds_are_money_when_the_clause_speaks_of_money(text, kind, unit):
    c = [c for c in extract_claims(text) if c.span_text.endswith("pounds")][-1]
    check(c, quantity_kind=kind, unit=unit)


# ---- other units keep their own name
@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("It ships with a 65W charger.", "watt"),
        ("Fibre lines reach 10Gbps in the city.", "gigabit per second"),
        ("The old link managed 512 kbps.", "kilobit per second"),
        ("Readings fell by 12 mmHg.", "millimetre of mercury"),
        ("The gauge showed 998 hPa.", "hectopascal"),
        ("Wind farms made 20 TWh.", "terawatt hour"),
        ("The crowd hit 110 dB.", "decibel"),
        ("The base model has 128GB of storage.", "gigabyte"),
        ("The engine makes 300 horsepower.", "horsepower"),
        ("It is rated at 35 mpg on the highway.", "mile per gallon"),
        ("The index lost 120 points on Monday.", "point"),
        # an earthquake's size
        ("A 6.4-magnitude quake struck at dawn.", "magnitude"),
        ("The tremor measured 5.1 on the Richter scale.", "Richter scale"),
        ("A magnitude 6.8 earthquake struck at dawn.", "magnitude"),  # the unit word before the number
        # doses and exposures
        ("Adults may take 1,000 IU of vitamin D.", "international unit"),
        ("Workers absorbed 20 millisieverts.", "millisievert"),
        # A HEART RATE
        ("A resting heart rate is 60 to 100 beats per minute.", "beat per minute"),
        # OIL OUTPUT IN ONE WORD: "bpd", "b/d"
        ("The cartel agreed to cut output by 2 million bpd.", "barrel per day"),
        ("The field pumps 300,000 b/d.", "barrel per day"),
    ],
)
def test_other_units(text, unit):
    c = one(text)
    check(c, unit=unit, normalized_unit=unit, quantity_kind="other")


# ---- range edge cases
def test_range_from_with_unit_between():
    c = one("He slimmed from 110 kilograms to 92 this year.")
    check(c, value_low=92.0, value_high=110.0, qualifier="range", unit="kilogram")  # bounds in order


def test_range_between_to():
    check(one("The build takes between 3 to 5 years."), value_low=3.0, value_high=5.0, unit="year")


def test_rise_by_to_is_two_figures():
    spans = [c.span_text for c in extract_claims("Sales rose by 2% to 7% of revenue.")]
    assert spans == ["2%", "7%"]


def test_scale_written_once_in_a_range():
    check(one("Damage is put at 2 to 3 million dollars."), value_low=2e6, value_high=3e6)
    check(one("Claims ranged from $500 to $2 million."), value_low=500.0, value_high=2e6)


def test_rate_quote_is_not_a_ratio():
    assert [c.value for c in extract_claims("The rate was 110 yen to 1 dollar.")] == [110.0, 1.0]


# ---- "one" counts a thing
def test_one_with_a_singular_noun():
    check(one("The town has one hospital left."), value=1.0, unit="hospital", quantity_kind="count")


@pytest.mark.parametrize(("text", "span", "unit"), [("Four climbers were hurt, one seriously.", "one", None),
                                                    ("The bloc has one ally left.", "one ally", "ally")])
def test_one_before_an_adverb_counts_no_adverb(text, span, unit):
    # "one seriously" is one of those just counted, not one "seriously"; "-ly" nouns still count
    assert one(text, span).unit == unit


def test_one_of_a_group():
    check(one("It is one of the largest ports in Europe."), value=1.0, entity="the largest ports in Europe")


def test_appositive_age():
    c = one("Kovalenko, 52, leads the brigade now.")
    check(c, span_text="52", value=52.0, unit="year", quantity_kind="age", claim_type="age")


def test_range_after_by_with_unit_once():
    c = one("Prices dropped by 3 to 4.5 percent in May.")
    check(c, value_low=3.0, value_high=4.5, qualifier="range", unit="percent", change="down")


def test_one_before_a_preposition_is_not_a_count():
    assert extract_claims("He used the same one across all of them.") == []


def test_a_third_party_is_not_a_fraction():
    assert extract_claims("A third-party review was ordered.") == []


def test_quarters_of_a_year_counted_are_no_share():
    c = one("Margins shrank in each of the past two quarters.")
    check(c, span_text="two quarters", value=2.0, unit="quarter", quantity_kind="count")
    c = one("Three quarters of the members voted.")
    check(c, value=0.75, quantity_kind="proportion")


# ---- prices per thing, and counted nouns with modifiers
def test_price_per_denominator():
    c = one("Brent crude traded at $81.40 a barrel.")
    check(c, span_text="$81.40 a barrel", value=81.4, per_unit="barrel", normalized_unit="USD/barrel",
          normalized_value=81.4, quantity_kind="money")
    c = one("The company earned 45 cents per share.")
    check(c, per_unit="share", normalized_unit="USD/share", normalized_value=0.45)


def test_period_after_a_verb_only_as_an_adverb():
    check(one("About 400 trucks cross daily."), per_unit="day", normalized_unit="count/day")
    assert one("About 400 trucks cross a bridge.").per_unit is None


def test_night_is_a_day_period():
    # per_unit is the period as stated (docs/conventions.md); a night is normalized as one day
    check(one("The hotel charges 90 euros nightly."), per_unit="night", normalized_unit="EUR/day")
    check(one("Crews fired about 40 shells a night."), per_unit="night", normalized_unit="count/day",
          normalized_value=40.0, quantity_kind="rate")


@pytest.mark.parametrize("text", ["The developer built 2,000 housing units.", "The console sold 4.1 million units.",
                                  "Infants need 400 units of vitamin D."])
def test_units_are_counted_things_not_an_army(text):
    check(one(text), unit="unit", quantity_kind="count", claim_type="count")


def test_unknown_plural_noun_after_modifiers():
    c = one("The club has signed 3 promising young strikers.")
    check(c, span_text="3 promising young strikers", unit="striker", entity="promising young strikers",
          quantity_kind="count", claim_type="count")


@pytest.mark.parametrize(("text", "span", "unit"), [("He won 306 electoral votes.", "306 electoral votes", "vote"),
                                                    ("The network axed five TV shows.", "five TV shows", "show"),
                                                    ("The policy saved 300 human lives.", "300 human lives", "life")])
def test_a_plural_that_is_also_a_verb_counts_after_a_modifier(text, span, unit):
    check(one(text), span_text=span, unit=unit, quantity_kind="count")


def test_adjectives_ending_in_s_are_not_nouns():
    assert one("It ended 30 previous attempts.").unit == "attempt"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        ("The clinic has more than 40 staff.", "more than 40 staff", "staff"),
        ("The flood drowned 300 sheep.", "300 sheep", "sheep"),
        ("Anglers landed 12 salmon on Sunday.", "12 salmon", "salmon"),
    ],
)
def test_a_noun_whose_plural_is_its_singular_is_counted(text, span, unit):
    # no -s shows that these nouns count, so the lexicon names them
    check(one(text), span_text=span, unit=unit, quantity_kind="count")


@pytest.mark.parametrize(
    ("text", "unit"),
    [("Guards found 14 knives.", "knife"), ("The bakery sold 90 loaves.", "loaf"),
     ("The region faced 3 crises in a year.", "crisis"), ("The trial met 5 criteria.", "criterion"),
     ("A fox killed 6 geese.", "goose")],
)
def test_an_irregular_plural_has_its_own_lemma(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize(("text", "unit"), [("The bill passed by 9 votes.", "vote"), ("The club has 14 wins.", "win"),
                                            ("She made 87 runs before lunch.", "run")])
def test_a_plural_that_is_also_a_verb_is_counted_right_after_the_number(text, unit):
    assert one(text).unit == unit


@pytest.mark.parametrize(("text", "unit"), [("Gunners said 41 of the drones were downed.", "drone"),
                                            ("Only 2 of the new recruits stayed.", "recruit")])
def test_a_part_of_a_whole_named_by_its_noun_only_counts_that_noun(text, unit):
    c = one(text)
    assert c.unit == unit and c.span_text.isdigit()  # the span stays the figure, as for "12 of the 40 soldiers"


def test_micrograms_are_a_mass():
    check(one("Each shot holds 25 micrograms of antigen."), unit="microgram", quantity_kind="mass",
          normalized_value=25e-9, normalized_unit="kg")


def test_volume_units():
    check(one("Add 250 millilitres of milk."), normalized_value=0.25, normalized_unit="l", quantity_kind="volume")
    check(one("The fridge holds 20 cubic feet."), normalized_value=20 * 28.316846592, normalized_unit="l")


# ---- change words from the lexicon
@pytest.mark.parametrize(
    ("text", "change"),
    [
        ("The firm grew its revenue by 12% last year.", "up"),
        ("Shares ended down 1.5% on Friday.", "down"),
        ("Copper prices were plummeting 8% by noon.", "down"),
        ("The defense gave up 300 yards.", None),
        ("The company raised $40 million from investors.", None),
        ("The bank raised rates by 0.5 percentage points.", "up"),
        ("Exports fell 7% to $2.3 billion.", "down"),
        # market and results verbs
        ("Margins improved by 80 basis points.", "up"),
        ("The deficit swelled 11% last year.", "up"),
        ("Shares rocketed 28% on the bid.", "up"),
        ("The stock tanked 15% after the warning.", "down"),
        ("The index dived 4% at the open.", "down"),
        ("Sterling fell back 0.4% against the euro.", "down"),
        ("The chain trimmed its payroll by 6%.", "down"),
        ("The chain trimmed 300 jobs.", None),  # a count cut, not "by"
        ("The jet crashed 5 km from the runway.", None),  # where, not a fall
        ("After contracting 0.4% in the spring, output recovered.", "down"),
        ("The gap is widening by 3% a year.", "up"),
    ],
)
def test_change_words(text, change):
    assert extract_claims(text)[0].change == change


@pytest.mark.parametrize(("text", "change", "entity"), [("Insurers raised premiums tenfold.", "up", "premiums"),
                                                        ("Rents have risen fivefold since 2010.", "up", None),
                                                        ("The mill increased its output threefold.", "up", "output"),
                                                        ("Profits fell twofold.", "down", None),
                                                        ("The bid was oversubscribed fourfold.", None, None)])
def test_a_multiple_after_a_change_verb_is_a_rise_or_fall_of_its_object(text, change, entity):
    c = extract_claims(text, "t")[0]
    assert (c.change, c.entity) == (change, entity)


def test_level_reached_is_not_a_change():
    claims = extract_claims("Exports fell 7% to $2.3 billion.")
    assert [c.change for c in claims] == ["down", None]


@pytest.mark.parametrize(("text", "span", "qualifier"), [("As few as 12 people turned up.", "As few as 12 people", "at_least"),
                                                         ("Fares start from as little as £5.", "as little as £5", "at_least"),
                                                         ("Upward of 500 jobs are at risk.", "Upward of 500 jobs", "more_than")])
def test_the_least_on_offer_is_a_floor(text, span, qualifier):
    # "as few as" hedges the figure after it: no vague "few" of its own
    assert [(c.span_text, c.qualifier) for c in extract_claims(text, "t")] == [(span, qualifier)]


def test_symbol_qualifiers():
    check(one("Bake for ~25 minutes."), qualifier="approximate", qualifier_text="~", span_text="~25 minutes")
    check(one("Turnout was <40% in the north."), qualifier="less_than", value_high=40.0)


def test_capital_m_is_millions():
    check(one("The album sold 4.3M copies."), value=4.3e6, unit="copy")
    assert one("The wall is 5m high.").unit == "meter"


def test_currency_sign_after_the_number():
    check(one("She paid 1,200\u20ac for the laptop."), normalized_unit="EUR", value=1200.0, span_text="1,200\u20ac")


def test_a_year_earlier_is_not_a_rate():
    c = one("Revenue was $6.1 billion a year earlier.")
    assert c.per_unit is None and c.normalized_unit == "USD"
    check(one("The industry earns $9 billion a year."), per_unit="year", normalized_unit="USD/day")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The motor gives 450 Nm of torque.", "newton meter"),
        ("Chips are made at 5 nm now.", "nanometer"),
        ("The V8 makes 640bhp.", "brake horsepower"),
        ("The engine makes 300 PS in this trim.", "horsepower"),
        ("The neck is 25.5\u2033 long.", "inch"),
        ("It comes with a 5 W charger.", "watt"),
    ],
)
def test_unit_spellings_and_case(text, unit):
    assert one(text).unit == unit


def test_unit_after_a_modifier():
    c = one("The defense allowed 517 rushing yards.")
    check(c, unit="yard", normalized_unit="m", entity="rushing yards", span_text="517 rushing yards")


def test_men_plurals():
    check(one("About 60 commercial fishermen work here."), unit="fisherman", quantity_kind="count")


def test_bracketed_restatement_is_hedged_like_the_figure():
    claims = extract_claims("Clients with more than 7.5 million kroner (US$1.1 million) pay a fee.")
    assert [(c.value, c.qualifier) for c in claims] == [(7.5e6, "more_than"), (1.1e6, "more_than")]
    claims = extract_claims("It makes just under 296 hp (224 kW / 300 PS) at the top.")
    assert [c.qualifier for c in claims] == ["nearly"] * 3
    claims = extract_claims("The river fell 2 meters (6.5 feet) overnight, and 40 homes flooded.")
    assert [c.change for c in claims] == ["down", "down", None]


def test_sub_prefix_is_less_than():
    check(one("Chipmakers race toward sub-3 nanometer parts."), qualifier="less_than", value_high=3.0)


def test_decades():
    check(one("The dam took two decades to build."), value=2.0, unit="decade", normalized_value=2 * 3652.5)
    check(one("Sea levels rise 11 inches a decade."), per_unit="decade", normalized_value=11 * 0.0254 / 3652.5)


def test_a_basis_point_fused_to_its_figure():
    check(one("A 25-basis-point cut is expected."), span_text="25-basis-point", unit="basis point",
          normalized_value=0.0025, change="down")


def test_fraction_of_a_unit():
    check(one("The Fed cut rates by a quarter of a percentage point."), span_text="a quarter of a percentage point",
          value=0.25, unit="percentage point", normalized_value=0.0025, change="down")
    check(one("The talks lasted half an hour."), value=0.5, unit="hour", quantity_kind="duration")


def test_height_in_feet_and_inches():
    c = one("The 6-foot-4 forward scored 31 points.", "6-foot-4")
    check(c, value=6 + 4 / 12, unit="foot", normalized_value=1.9304, entity="forward")


def test_decades_of_numbers_are_vague():
    check(one("Most buyers are in their 40s."), span_text="40s", value=None, value_low=40.0, value_high=49.0,
          qualifier="vague")


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [("Highs will be in the mid-30s.", "mid-30s", 33.0, 36.0), ("Bids came in the low 80s.", "low 80s", 80.0, 83.0),
     ("Rates sat in the high 20s.", "high 20s", 26.0, 29.0), ("It stayed in the early 50s.", "early 50s", 50.0, 53.0)],
)
def test_a_part_of_a_decade_narrows_it(text, span, low, high):
    check(one(text), span_text=span, value_low=low, value_high=high, qualifier="vague")


@pytest.mark.parametrize("text", ["She is in her mid-40s.", "Both pilots were in their 30s."])
def test_a_decade_of_a_persons_life_is_an_age(text):
    check(one(text), quantity_kind="age", unit="year")


def test_losses_of_things_are_counts_not_falls():
    assert one("Moscow has lost roughly 3,000 armored vehicles.").change is None
    assert one("Payrolls fell by 20,000 workers in May.").change == "down"


def test_known_noun_after_a_plural_name():
    check(one("Kyiv received 31 Abrams tanks in September."), unit="tank", entity="Abrams tanks",
          claim_type="equipment_count")


@pytest.mark.parametrize(("text", "unit", "entity"), [("The bug hit 8.5 million Windows devices.", "device", "Windows devices"),
                                                     ("Some 300 Russians stayed.", "Russian", "Russians")])
def test_unknown_noun_after_a_plural_name(text, unit, entity):
    # a name before a lowercase plural modifies it; alone it is the counted thing
    check(one(text), unit=unit, entity=entity)


def test_hyphenated_scale_and_plus_suffix():
    check(one("Congress passed a $1.2-trillion package."), value=1.2e12, normalized_unit="USD")
    check(one("The plan covers 100,000-plus workers."), qualifier="more_than", value_low=1e5, unit="worker")


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "unit"),
    [
        # A HEDGE BEFORE AND A GLUED SUFFIX AFTER: the suffix is the figure's, the noun after it counts
        ("Some 30-odd vessels were seized.", "Some 30-odd vessels", "approximate", "vessel"),
        ("More than 2,000-plus runners took part.", "More than 2,000-plus runners", "more_than", "runner"),
    ],
)
def test_a_glued_suffix_after_a_hedged_figure_is_read_before_its_noun(text, span, qualifier, unit):
    check(one(text, span), qualifier=qualifier, unit=unit)


@pytest.mark.parametrize(("text", "span", "qualifier"), [("She earns £90,000 a year plus a bonus.", "£90,000 a year", "exact"),
                                                         ("The fee is 2% plus VAT.", "2%", "exact"),
                                                         ("Tickets cost $35 plus $4 in fees.", "$35", "exact"),
                                                         ("The album sold 3 million plus copies.", "3 million plus copies", "more_than"),
                                                         ("Crowds of 40,000 plus gathered.", "40,000 plus", "more_than")])
def test_plus_before_what_it_adds_is_an_addition(text, span, qualifier):
    assert one(text, span).qualifier == qualifier


def test_n_in_m_proportions():
    check(one("Seven in 10 Americans approve."), value=0.7, quantity_kind="proportion", entity="Americans")
    assert [c.value for c in extract_claims("It happened 3 in 10 minutes.")] == [3.0, 10.0]
    # hyphenated odds, and "a one in five": no pronoun "a one"
    check(one("Traders price a 1-in-4 chance of a hike."), value=0.25, span_text="1-in-4", quantity_kind="proportion")
    check(one("It is a one-in-ten shot."), value=0.1, span_text="one-in-ten")
    # odds of one in any whole number ("1 in 36", "1 in 250"), not only the usual denominators
    check(one("Roughly 1 in 44 newborns is affected."), value=1 / 44, quantity_kind="proportion", entity="newborns")
    assert [c.value for c in extract_claims("A bus leaves 1 in 15 minutes.")] == [1.0, 15.0]
    # ONE IN EVERY N OF A UNIT is a share of it, unless the unit is a time ("1 in 15 minutes" above)
    check(one("One in every five pounds spent online goes to Amazon."), value=0.2, entity="pounds",
          span_text="One in every five pounds")
    # ODDS OF ONE IN A SCALED WHOLE NUMBER, written with a decimal: "1 in 292.2 million"
    check(one("The jackpot odds are 1 in 292.2 million."), value=1 / 292.2e6, quantity_kind="proportion")
    # "in every", "out of every"
    check(one("One in every 200 babies is affected."), value=0.005, span_text="One in every 200 babies", entity="babies")
    check(one("Three out of every 10 homes flooded."), value=0.3, quantity_kind="proportion")


def test_mixed_number_with_slash_fraction():
    check(one("He waited 2 1/2 years for trial."), value=2.5, unit="year", span_text="2 1/2 years")


def test_times_written_x():
    check(one("Revenue grew 3x last year."), value=3.0, quantity_kind="ratio", span_text="3x")
    assert extract_claims("He drives a 4x4 daily.") == []  # a model name, not a ratio


def test_over_a_duration_is_when():
    c = one("The aid is spread over four years.")
    check(c, span_text="four years", qualifier="exact", value_low=4.0)
    check(one("The siege lasted for over four years."), qualifier="more_than", qualifier_text="over")


def test_bare_casualty_counts():
    claims = extract_claims("The strike killed 12 and wounded 40.")
    assert [(c.value, c.claim_type, c.quantity_kind) for c in claims] == [(12.0, "casualties", "count"),
                                                                        (40.0, "casualties", "count")]


@pytest.mark.parametrize(("text", "span"), [("The death toll climbed to 58 on Friday.", "58"),
                                            ("Officials put the death toll at 40 people.", "40 people"),
                                            ("The death toll has risen to at least 112.", "at least 112")])
def test_a_death_toll_counts_casualties(text, span):
    check(one(text, span), claim_type="casualties", quantity_kind="count")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ministry said the strike killed up to 300 militants.", "up to 300 militants"),
        ("The shelling wounded 23 villagers near the bridge.", "23 villagers"),
        ("Officials said 52 conscripts had been killed.", "52 conscripts"),
        ("At least 60 soldiers were reportedly wounded.", "At least 60 soldiers"),
        ("Some 900 residents have died since the siege began.", "Some 900 residents"),
    ],
)
def test_casualty_verb_makes_people_casualties(text, span):
    """A casualty verb before the number or after the people counted decides the type."""
    check(one(text), span_text=span, claim_type="casualties", quantity_kind="count")


@pytest.mark.parametrize(
    ("text", "span", "claim_type"),
    [
        ("The garrison lost 450 soldiers in the first week.", "450 soldiers", "casualties"),
        ("The push cost the regiment about 700 men.", "about 700 men", "casualties"),
        ("Storming the ridge cost the lives of 35 paratroopers.", "35 paratroopers", "casualties"),
        ("The campaign is costing Moscow up to 1,100 troops a day.", "up to 1,100 troops a day", "casualty_rate"),
        # only troops: a workforce or an arsenal lost counts no casualties
        ("The mill lost 120 workers to the new plant.", "120 workers", "count"),
        ("The division lost 35 tanks near the river.", "35 tanks", "equipment_count"),
        # more than three words between "cost" and the troops: what was lost is something else
        ("The delay cost the general the trust of his 4,000 men.", "4,000 men", "force_size"),
    ],
)
def test_losses_of_troops_are_casualties(text, span, claim_type):
    check(one(text, span), claim_type=claim_type)


def test_an_aside_between_the_people_and_the_casualty_verb():
    claims = extract_claims("At least 14 villagers, including 5 children, were killed.")
    assert [(c.span_text, c.claim_type) for c in claims] == [("At least 14 villagers", "casualties"),
                                                             ("5 children", "casualties")]
    assert one("The camp held 300 people, and 12 guards were killed.", "300 people").claim_type == "count"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A BARE COUNT AS THE SUBJECT OF A CASUALTY VERB counts people: "12 were wounded"
        ("Officials said 12 were wounded.", "12"),
        ("A dozen people were hurt and two were killed.", "two"),
        ("At least 1,100 have died since June.", "At least 1,100"),
        ("Dozens were injured in the blast.", "Dozens"),
    ],
)
def test_a_bare_count_that_was_killed_or_wounded_is_casualties(text, span):
    check(one(text, span), quantity_kind="count", claim_type="casualties", normalized_unit="count")


def test_casualty_verb_needs_people_and_the_passive():
    check(one("Rebels had killed 40 cows."), claim_type="count")
    check(one("About 200 soldiers had killed the hostages."), claim_type="force_size")  # they killed
    check(one("The brigade lost 50 soldiers a week."), claim_type="casualty_rate")
    check(one("The battery fires 3,000 shells a day despite losses."), claim_type="equipment_count")


def test_coordinated_casualty_verbs_end_the_phrase():
    """'killed N X and wounded M Y': the second verb starts a new figure, not the first one's entity."""
    claims = extract_claims("The blast killed 9 workers and injured 21 people.", "t")
    assert [(c.span_text, c.entity, c.claim_type) for c in claims] == [
        ("9 workers", "workers", "casualties"), ("21 people", "people", "casualties")]


def test_entity_of_money_and_of_a_weight():
    check(one("Berlin pledged $900 million in military aid."), entity="military aid", claim_type="money")
    check(one("Trucks brought 3\u00bd tons of flour."), entity="flour", normalized_value=3500.0,
          claim_type="measurement")
    check(one("Crews loaded 2 tons of explosives."), entity="explosives", claim_type="munition_weight")


def test_share_of_a_named_place_held_is_territory():
    check(one("Rebels now control two-thirds of Nova Hora, officials said."), claim_type="territory",
          entity="Nova Hora", quantity_kind="proportion")
    check(one("Two-thirds of Canadians voted."), claim_type="proportion")  # no verb of holding ground


def test_one_weapon_for_every_n_is_a_force_ratio():
    check(one("\u201cWe fire one round for every six they send,\u201d he said."), value=1 / 6,
          claim_type="force_ratio", entity="round", span_text="one round for every six")
    check(one("There is one doctor for every 900 residents."), claim_type="other", entity="doctor")


@pytest.mark.parametrize(
    ("text", "span", "value", "claim_type", "entity"),
    [
        ("Defenders faced five attackers for every Ukrainian soldier.",
         "five attackers for every Ukrainian soldier", 5.0, "force_ratio", "attackers for every Ukrainian soldier"),
        ("The county had 4 applicants for each opening.", "4 applicants for each opening", 4.0, "other",
         "applicants for each opening"),
        ("Scouts reported 2 to 3 tanks for every single gun.", "2 to 3 tanks for every single gun", None, "force_ratio",
         "tanks for every single gun"),
    ],
)
def test_n_things_for_every_one_named_is_a_ratio_of_n_to_one(text, span, value, claim_type, entity):
    check(one(text), span_text=span, quantity_kind="ratio", value=value, claim_type=claim_type, entity=entity)


@pytest.mark.parametrize(
    ("text", "span", "claim_type", "entity"),
    [
        ("Analysts say Chinese forces on the island now number about 9,000.", "about 9,000", "force_size",
         "Chinese forces on the island"),
        ("The garrison is estimated at 1,400.", "1,400", "force_size", "garrison"),
        ("The number of conscripts rose to 60,000.", "60,000", "force_size", "conscripts"),
        ("Deaths from the outbreak now total 212.", "212", "casualties", "Deaths from the outbreak"),
        ("Refugees have swelled to 35,000.", "35,000", "count", "Refugees"),
        ("Casualties among aid workers have reached 90.", "90", "casualties", "Casualties among aid workers"),
        # or the object of a verb that estimates its number
        ("Kyiv estimates Russian casualties at more than 700,000.", "more than 700,000", "casualties",
         "Russian casualties"),
        ("The ministry put its losses at 2,300 for the month.", "2,300", "casualties", "losses"),
        ("Observers placed the rebel fighters at about 4,000.", "about 4,000", "force_size", "rebel fighters"),
    ],
)
def test_a_subject_that_states_its_number_is_what_a_bare_figure_counts(text, span, claim_type, entity):
    check(one(text, span), claim_type=claim_type, entity=entity, quantity_kind="count")


def test_a_guess_at_a_figure_is_approximate():
    check(one("Perhaps 6,000 troops crossed the river."), qualifier="approximate", qualifier_text="Perhaps")
    check(one("Crews lose maybe three drones a night."), qualifier="approximate", qualifier_text="maybe")


def test_a_subject_that_is_no_counted_noun_leaves_the_figure_bare():
    check(one("Membership of the club rose to 300.", "300"), claim_type="other", entity=None)
    check(one("The index rose to 1,500.", "1,500"), claim_type="other", entity=None)
    check(one("Prices of homes rose to 300,000.", "300,000"), claim_type="other", entity=None)


@pytest.mark.parametrize(
    ("text", "span", "claim_type", "change"),
    [
        # ground taken or lost is no rise or fall, in any spelling of the unit
        ("The rebels have gained 310 square kilometres since June.", "310 square kilometres", "territory", None),
        ("The army lost 45 km2 in a week.", "45 km2", "territory", None),
        ("Troops advanced 4 kilometers.", "4 kilometers", "distance", None),
        # a level that moves is
        ("The occupied zone shrank 12 square kilometers.", "12 square kilometers", "territory", "down"),
    ],
)
def test_ground_taken_is_territory_not_a_rise(text, span, claim_type, change):
    check(one(text, span), claim_type=claim_type, change=change)


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "unit", "normalized_value"),
    [
        ("The siege has lasted more than a year.", "more than a year", "more_than", "year", 365.25),
        ("Crews had less than a month of training.", "less than a month", "less_than", "month", 30.4375),
        ("The convoy stretched nearly a mile.", "nearly a mile", "nearly", "mile", 1609.344),
        ("The talks lasted about an hour.", "about an hour", "approximate", "hour", 1 / 24),
    ],
)
def test_an_article_after_a_hedge_is_one_of_the_unit(text, span, qualifier, unit, normalized_value):
    check(one(text), span_text=span, value=1.0, qualifier=qualifier, unit=unit, normalized_value=normalized_value)


def test_civilian_modifier_makes_a_plain_count():
    check(one("Mines sank a dozen grain ships."), unit="ship", claim_type="count", entity="grain ships")
    check(one("Coastguards rescued 30 merchant sailors."), unit="sailor", claim_type="count")
    check(one("Mines sank a dozen patrol ships."), unit="ship", claim_type="equipment_count")


def test_share_of_people_hurt_is_casualties():
    check(one("By dawn half the company that held the bridge had been killed."), claim_type="casualties",
          quantity_kind="proportion", entity="the company", value=0.5)
    check(one("A third of the residents were evacuated."), claim_type="proportion")  # not hurt


def test_strong_force():
    check(one("A 2,000-strong force crossed the river."), value=2000.0, unit="force", claim_type="force_size",
          span_text="2,000-strong force")


def test_far_from_to_range():
    c = one("Mileage rose from 20 miles per gallon in 2008 to 29 mpg in 2020.")
    check(c, span_text="from 20 miles per gallon in 2008 to 29 mpg", value_low=20.0, value_high=29.0,
          qualifier="range", unit="mile per gallon", change="up")  # the levels before and after the rise
    c = one("Bitcoin fell from $36,040 late on Monday to $34,935 by dawn.")
    check(c, value_low=34935.0, value_high=36040.0, normalized_unit="USD")


def test_far_from_to_needs_matching_units():
    assert [c.qualifier for c in extract_claims("It grew from 5% of sales to $40 million.")] == ["exact", "exact"]


def test_a_rise_given_as_a_range_keeps_its_direction():
    check(one("Prices are expected to increase between 5% and 6%."), qualifier="range", change="up")
    assert one("Horsepower jumped from 240 to 273.").change == "up"


@pytest.mark.parametrize(
    "text, change",
    [
        ("The shares sank from $52 to $47 in a day.", "down"),
        ("Membership grew from 120 to 180 people.", "up"),
        ("The central bank lowered its rate from 6% to 5.5%.", "down"),  # a verb with an object
        ("Output has climbed since March from 40 tonnes to 55 tonnes.", "up"),  # a verb with a time
        ("Fares went from $3 to $4.", None),  # no change verb: a movement the lexicon does not name
        ("The unit lost from 10 to 15 men a day.", None),  # ends against the verb: an uncertain count
        ("The column advanced from 3 km to 8 km.", None),  # ground covered
        ("From 20 to 30 boats sailed.", None),
        ("The stock slid from about $90 to $70.", "down"),  # a hedged first end
    ],
)
def test_from_to_range_after_a_change_verb_carries_its_direction(text, change):
    c = one(text)
    assert c.qualifier == "range" and c.qualifier_text.lower().split()[0] == "from"
    assert c.change == change


def test_distance_covered_is_not_a_rise():
    assert one("Russian forces advanced up to 2 kilometers near the town.").change is None
    assert one("The river rose by 2 meters overnight.").change == "up"


def test_entity_stops_before_the_next_figure():
    c = extract_claims("The brigade lost half its men in two weeks.")[0]
    assert c.entity == "its men"


# ---- a counted noun fused to its number ("a six-cylinder engine")
@pytest.mark.parametrize(
    ("text", "span", "value", "unit", "entity"),
    [
        ("They rent a three-bedroom flat.", "three-bedroom", 3.0, "bedroom", "flat"),
        ("A 15-member jury was sworn in.", "15-member", 15.0, "member", "jury"),
        ("It has an eight-cylinder engine.", "eight-cylinder", 8.0, "cylinder", "engine"),
        # A SHORT NOUN IN -ED is no participle: "a four-bed house" (but "a two-tiered system" counts nothing)
        ("They bought a four-bed house.", "four-bed", 4.0, "bed", "house"),
    ],
)
def test_hyphen_compound_counts_its_noun(text, span, value, unit, entity):
    check(one(text), span_text=span, value=value, unit=unit, entity=entity, quantity_kind="count")


@pytest.mark.parametrize("text", ["She is a two-time winner.", "It was a one-sided final.", "Use the two-way radio.",
                                  "It has a 4.5-star rating.", "It is a two-tiered system."])  # a decimal counts nothing
def test_hyphen_compounds_that_count_nothing(text):
    assert all(c.unit is None for c in extract_claims(text, "t"))


@pytest.mark.parametrize(("text", "entity"), [("A two-bedroom flat now costs £900 a month.", "flat"),
                                              ("The four-star hotel recently reopened.", "hotel"),
                                              ("A 12-member board still meets monthly.", "board"),
                                              # A VERB IN -S after the thing described ends it too
                                              ("The four-bed detached home sits on a hill.", "detached home"),
                                              ("A two-bedroom flat rents for €900.", "flat"),
                                              # an irregular past tense is a verb too
                                              ("The 26-year-old Norwegian broke the record.", "Norwegian")])
def test_an_adverb_before_the_verb_ends_the_modified_noun(text, entity):
    assert extract_claims(text, "t")[0].entity == entity


@pytest.mark.parametrize(("text", "entity"), [("The wall is 30-40 metres tall.", None), ("It was a 3-4 hour wait.", "wait")])
def test_a_hyphenated_range_in_a_plural_unit_modifies_no_noun(text, entity):
    assert one(text).entity == entity


def test_range_with_a_suspended_hyphen():
    c = one("It is a 20- to 25-minute drive.")
    check(c, span_text="20- to 25-minute", value_low=20.0, value_high=25.0, unit="minute", qualifier="range",
          entity="drive")


def test_fraction_of_a_us_volume_unit_is_that_much_of_the_unit():
    check(one("A gill is 1/4 of a US pint."), span_text="1/4 of a US pint", value=0.25, unit="pint",
          quantity_kind="volume", normalized_unit="l", normalized_value=0.25 * 0.473176)
    # a US ton is a short ton, not the metric ton the lexicon assumes: left unread
    assert all(c.unit != "ton" for c in extract_claims("It weighs half a US ton.", "t"))


# ---- ages said of a person
@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Drivers must be over the age of 17.", "17", 17.0),
        ("She retired at the age of 58.", "58", 58.0),
        ("He turns 70 next week.", "70", 70.0),
        ("She will be 29 by the time it opens.", "29", 29.0),
        ("I was 9 when we moved.", "9", 9.0),
        ("Life expectancy in the region is about 64.", "about 64", 64.0),
        # whatever follows a life expectancy, and who it is of in a few words
        ("Life expectancy for women in the north-east is 79 prompting concern.", "79", 79.0),
        # with its unit written, and who it is of after "at" or "among"
        ("Life expectancy at birth fell to 76.4 years in 2021.", "76.4 years", 76.4),
        ("Life expectancy among miners is 61.", "61", 61.0),
        # A GROUP'S MEDIAN OR AVERAGE AGE is an age too
        ("The median age of the trial's patients was 63.", "63", 63.0),
        ("The average age of first-time buyers is now 34.", "34", 34.0),
        ("The mean age at diagnosis was about 47.", "about 47", 47.0),
        # AN AGE NAMED BEFORE, AND MOVED TO; A LIFE EVENT AT AN AGE
        ("The minimum voting age will be lowered to 16.", "16", 16.0),
        ("The state pension age rose to 66 in 2020.", "66", 66.0),
        ("He retired at 62 after 40 years at the firm.", "62", 62.0),
        ("She died at 97 on Sunday.", "97", 97.0),
    ],
)
def test_an_age_said_of_a_person_is_in_years(text, span, value):
    check(one(text, span), value=value, unit="year", quantity_kind="age", normalized_unit="year")


@pytest.mark.parametrize(
    ("text", "span", "qualifier", "low", "high"),
    [
        ("The clinic sees children under five for free.", "under five", "less_than", None, 5.0),
        ("Flu jabs go first to adults over 65.", "over 65", "more_than", 65.0, None),
        ("Tickets for those aged over 80 are free.", "over 80", "more_than", 80.0, None),  # "over" no time span
        ("Smokers younger than 40 were studied.", "younger than 40", "less_than", None, 40.0),
        ("Children as young as 12 were recruited.", "as young as 12", "at_least", 12.0, None),
        ("Boosters go to the over-75s first.", "over-75s", "more_than", 75.0, None),  # a group written as a plural
        ("Residents aged 70 and older may apply.", "70 and older", "more_than", 70.0, None),
    ],
)
def test_a_bound_on_a_group_of_people_is_an_age(text, span, qualifier, low, high):
    check(one(text, span), unit="year", quantity_kind="age", qualifier=qualifier, value_low=low, value_high=high)


@pytest.mark.parametrize("text", ["Men over 6 feet tall were picked.", "Rates stayed under 4 for months.",
                                  "Drivers under 20 points of the lead advanced."])
def test_a_bound_that_is_no_age(text):
    assert all(c.quantity_kind != "age" for c in extract_claims(text, "t"))


@pytest.mark.parametrize(
    "text", ["He is 6 in the rankings.", "She was 2 under par.", "He is 3 points clear.", "He was one of them."]
)
def test_a_number_said_of_a_person_that_is_no_age(text):
    assert all(c.quantity_kind != "age" for c in extract_claims(text, "t"))


@pytest.mark.parametrize(
    ("text", "entity"),
    [("The rig pumped 20,000 barrels of heavy crude.", "heavy crude"), ("They paved 12 km of farm track.", "farm track"),
     ("She farms 80 acres of barley.", "barley")],
)
def test_what_a_measure_is_of(text, entity):
    assert one(text).entity == entity


@pytest.mark.parametrize(
    ("text", "per"),
    [("She scored 27.5 points per game.", "game"), ("The clinic gives 2 doses per patient.", "patient"),
     ("Tuition is $9,000 per student.", "student")],
)
def test_everyday_denominators_make_a_rate(text, per):
    assert one(text).per_unit == per


@pytest.mark.parametrize(("text", "entity"), [("Patients lost an average of 5.2kg.", None),
                                              ("A total of 40 tonnes of aid arrived.", "aid")])
def test_an_average_or_total_of_a_weight_is_not_what_weighs_it(text, entity):
    assert one(text).entity == entity


def test_a_measure_of_a_thing_stops_before_where_it_is():
    assert one("Crews cleared 30 cm of ice from the runway.").entity == "ice"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Unemployment fell 0.4% to 3.8% in March.", ["0.4%", "3.8%"]),  # a small move, then the level
        ("Shares rose $3 to $61.", ["$3", "$61"]),
        ("Fares are set to rise 4% to 5% in May.", ["4% to 5%"]),  # ends close: a range
        ("Yields rose 10 to 30 percent.", ["10 to 30 percent"]),  # the unit written once: a range
    ],
)
def test_a_move_and_the_level_it_reached_is_no_range(text, spans):
    assert [c.span_text for c in extract_claims(text, "t")] == spans


def test_a_restatement_after_or_moves_like_the_figure_it_restates():
    got = {c.span_text: c.change for c in extract_claims("Silver fell $1.10, or 4.2%, to $24.", "t")}
    assert got == {"$1.10": "down", "4.2%": "down", "$24": None}


def test_a_measure_as_a_modifier_stops_before_the_verb():
    got = {c.span_text: c.entity for c in extract_claims("The 55-inch set weighs 18kg.", "t")}
    assert got == {"55-inch": "set", "18kg": "set"}


@pytest.mark.parametrize("text", ["The goalkeeper, 34, joined in June.", "Her coach, 58, said it was over."])
def test_an_age_set_off_by_commas_after_a_described_person(text):
    c = next(c for c in extract_claims(text, "t") if c.span_text in ("34", "58"))
    check(c, unit="year", quantity_kind="age")


def test_a_measure_fused_to_its_noun_is_no_object_of_the_verb_before():
    got = {c.span_text: c.change for c in extract_claims("The jet dropped 500-pound bombs after a 2-point drop.", "t")}
    assert got == {"500-pound": None, "2-point": "down"}


def test_commodity_prices_per_bushel_and_therm():
    assert one("Corn settled at $4.41 a bushel.").per_unit == "bushel"
    assert one("Gas traded at 95p a therm.").per_unit == "therm"


@pytest.mark.parametrize(("text", "change"), [("The yen fell below 150 to the dollar.", None),
                                              ("Brent climbed above $95 a barrel.", None),
                                              ("Output rose over 4% in June.", "up")])
def test_a_move_across_a_level_is_no_change_of_that_size(text, change):
    assert extract_claims(text, "t")[0].change == change


@pytest.mark.parametrize(("text", "change"), [("Staff won a 6% pay rise.", "up"), ("It imposed a 4% price cut.", "down"),
                                              ("She holds a 6% stake.", None)])
def test_a_rise_or_fall_noun_with_a_modifier_of_its_own(text, change):
    assert extract_claims(text, "t")[0].change == change


@pytest.mark.parametrize(("text", "change"), [("Sales hit $2 billion, a rise of 7.6% on the year.", "up"),
                                              ("The data show an increase of about 12 per cent in admissions.", "up"),
                                              ("Prices posted a decline of 0.4 percent in May.", "down"),
                                              ("Banks saw a 9% year-on-year fall in lending.", "down"),
                                              ("She won it with a jump of 8.34 metres.", None),
                                              ("The siege ended with the fall of 3 towns.", None)])
def test_a_rise_or_fall_noun_of_the_figure(text, change):
    # "a rise of 7.6%" is the nominal "rose 7.6%"; a distance after "jump of" is its length, and a
    # counted thing after "fall of" is no fall by that many
    assert extract_claims(text, "t")[-1].change == change


@pytest.mark.parametrize(("text", "change"), [("The 30 regional lenders reported losses.", None),
                                              ("Its 8 mills posted declines in output.", None),
                                              ("The plant made a 1,500-job cut.", "down")])
def test_a_counted_noun_heads_its_own_phrase_so_a_later_fall_noun_is_not_its_change(text, change):
    assert extract_claims(text, "t")[0].change == change


def test_light_years_are_a_length():
    check(one("The quasar is 12 billion light-years away."), unit="light-year", quantity_kind="length",
          normalized_unit="m", normalized_value=12e9 * 9.4607304725808e15)


@pytest.mark.parametrize(
    ("text", "span", "unit", "high", "change"),
    [
        ("Doctors said recovery could take a day or two.", "a day or two", "day", 2.0, None),
        ("The strike may last another week or two.", "another week or two", "week", 2.0, None),
        ("He waited an hour or three at the border.", "an hour or three", "hour", 3.0, None),
        ("Yields could rise a percentage point or two.", "a percentage point or two", "percentage point", 2.0, "up"),
    ],
)
def test_a_unit_or_two_is_a_vague_range_from_one(text, span, unit, high, change):
    # "A DAY OR TWO": the article stands for one; the unit is written once, between the two figures
    check(one(text, span), value=None, value_low=1.0, value_high=high, unit=unit, qualifier="range", change=change)


def test_a_unit_or_two_with_its_own_unit_or_no_unit_is_not_one_range():
    assert one("Give the glue a day or two days.").span_text == "two days"
    assert one("Pick a number or two.").span_text == "two"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # TWO SHARES COMPARED: a poll lead or a vote, the larger share first, whether or not they add
        # up to the whole; a range is written low to high or after "from"
        ("The senator leads her rival 48% to 43% among likely voters.", ["48%", "43%"]),
        ("The measure passed 54 percent to 41 percent.", ["54 percent", "41 percent"]),
        ("Support ranges from 48% to 43%.", ["from 48% to 43%"]),
        ("Estimates run 20% to 30%.", ["20% to 30%"]),
    ],
)
def test_two_shares_high_to_low_are_compared_not_a_range(text, spans):
    assert [c.span_text for c in extract_claims(text, "t")] == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        # A SHARE IN WORDS, THEN "TO" AND A LEVEL: the fall by a quarter and the level reached, no range
        ("Average journey times fell by a quarter to 3 hours 15 minutes.", ["a quarter", "3 hours 15 minutes"]),
        ("Sales rose by a third to 2 million units.", ["a third", "2 million units"]),
        ("Between a quarter and a half of voters are undecided.", ["Between a quarter and a half"]),
    ],
)
def test_a_share_in_words_and_a_level_after_to_are_no_range(text, spans):
    assert [c.span_text for c in extract_claims(text, "t")] == spans


@pytest.mark.parametrize(
    ("text", "span", "unit", "value"),
    [
        # A RACE'S "K" is kilometres: a race word after it, or a running word before it and no noun after
        ("She ran a 10k in 31 minutes.", "10k", "kilometer", 10.0),
        ("A 5k charity run drew 2,000 people.", "5k", "kilometer", 5.0),
        ("He runs 10k three times a week.", "10k", "kilometer", 10.0),
        # otherwise thousands before a plural, as the scale letter is
        ("The app passed 50k downloads.", "50k downloads", "download", 50000.0),
        # THOUSANDS WITH NOTHING AFTER THEM: a glued k on a figure of ten or more, or a decimal
        ("Salaries start at 45k.", "45k", None, 45000.0),
        ("Rents rose to 1.5k a month.", "1.5k a month", None, 1500.0),
        # A GLUED K BEFORE GOLD is its purity in karats
        ("The watch has an 18k gold case.", "18k", "karat", 18.0),
        ("The ring is 14k white gold.", "14k", "karat", 14.0),
    ],
)
def test_a_races_k_is_kilometres(text, span, unit, value):
    check(one(text, span), unit=unit, value=value)


@pytest.mark.parametrize(("text", "kg"), [("He weighs 14 stone.", 88.904), ("The boxer came in at 16 stone 2lb.", 102.512)])
def test_a_weight_in_stone(text, kg):
    # A BODY WEIGHT IN STONE (14 pounds), alone or with pounds after it
    check(one(text), unit="stone", quantity_kind="mass", normalized_value=kg)


def test_stones_thrown_are_things():
    check(one("Protesters threw 3 stones at police."), quantity_kind="count", unit="stone")


@pytest.mark.parametrize(("text", "kg"), [("Emissions reached 37.4 gigatonnes of CO2.", 3.74e13),
                                          ("The country emits 450 Mt of CO2 a year.", None)])
def test_gigatonnes_and_megatonnes_are_masses(text, kg):
    # EMISSIONS IN GIGATONNES OR MEGATONNES: a mass (was a counted noun, or a bare number)
    c = one(text)
    assert c.quantity_kind in ("mass", "rate") and c.unit in ("gigatonne", "megatonne")
    if kg is not None:
        assert c.normalized_value == pytest.approx(kg)


@pytest.mark.parametrize(
    ("text", "span", "value", "unit"),
    [
        # A GLUED "m" BESIDE A COUNT IN MILLIONS is millions, when nothing after it could be measured
        ("Volume hit 1.2bn shares, above the 20-day average of 900m.", "900m", 9e8, None),
        ("About 2m people watched the final, and 1.5m streamed it online.", "1.5m", 1.5e6, None),
        # metres still: a dimension or a noun after it, or only money in millions beside it
        ("Some 2m people live near the 300m tower.", "300m", 300.0, "meter"),
        ("The 1.2bn-dollar bridge spans 900m.", "900m", 900.0, "meter"),
    ],
)
def test_a_glued_m_beside_a_count_in_millions(text, span, value, unit):
    check(one(text, span), value=value, unit=unit)


@pytest.mark.parametrize(
    ("text", "span", "entity"),
    [
        # A SHARE IN WORDS BEFORE "AS MUCH" / "AS MANY" is a multiple below one, as "twice as much" is one above
        ("The north got half as much rain as the south this spring.", "half as much", None),
        ("The new plant needs a third as many workers.", "a third as many workers", "workers"),
    ],
)
def test_a_share_as_much_is_a_ratio(text, span, entity):
    c = one(text, span)
    assert c.quantity_kind == "ratio" and c.value == pytest.approx(0.5 if "half" in span else 1 / 3)
    assert c.entity == entity


def test_a_share_of_a_whole_stays_a_share():
    assert one("Half of the 300 stalls closed.", "Half").quantity_kind == "proportion"


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # A POINT OF AT MOST ONE SAID OF AN INTEREST RATE is a percentage point
        ("The central bank raised rates by a quarter point on Wednesday.", "a quarter point", "percentage point"),
        ("Mortgage rates fell three-quarters of a point in March.", "three-quarters of a point", "percentage point"),
        # A MOVE IN POINTS TO A LEVEL IN PERCENT is in percentage points
        ("The graduation rate climbed 4 points to 81%.", "4 points", "percentage point"),
        # an index's points, or a point with no rate beside it, stay points
        ("The Nasdaq fell 250 points as bond yields jumped.", "250 points", "point"),
        ("The grandmaster won the tiebreak by half a point.", "half a point", "point"),
    ],
)
def test_a_quarter_point_on_rates_is_a_percentage_point(text, span, unit):
    assert one(text, span).unit == unit


@pytest.mark.parametrize(
    ("text", "unit", "litres"),
    [
        # GAS VOLUMES IN ONE WORD: bcm, bcf are billions of cubic metres and feet
        ("Europe bought 155 bcm of gas in 2019.", "billion cubic meter", 1.55e14),
        ("The field produces 2.1 bcf of gas.", "billion cubic foot", 2.1e9 * 28.316846592),
    ],
)
def test_gas_volumes_in_one_word(text, unit, litres):
    check(one(text), unit=unit, quantity_kind="volume", normalized_value=litres)


def test_million_metric_tons_in_one_word():
    # CROP REPORTS IN ONE WORD: "mmt" is a million metric tons
    check(one("Argentina's wheat crop is seen at 18.5 mmt."), unit="million metric ton", quantity_kind="mass",
          normalized_value=18.5e9)


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        # A LEVEL CROSSED: "past" after a change verb is the level passed, no rise or fall
        ("Gold climbed past $2,500 an ounce for the first time.", "past $2,500 an ounce", "more_than"),
        ("The euro weakened past $1.05 on Tuesday.", "past $1.05", "less_than"),
        # a currency quoted per another one moves against its own value: more rupees to the dollar
        ("The rupee weakened past 85 per dollar.", "past 85 per dollar", "more_than"),
    ],
)
def test_a_level_crossed_past(text, span, qualifier):
    check(one(text, span), qualifier=qualifier, qualifier_text="past", change=None)


def test_the_past_years_are_no_level():
    assert one("Rents have climbed over the past 3 years.").span_text == "3 years"


@pytest.mark.parametrize(
    ("text", "span", "change"),
    [
        # A MEASURE LET FALL "OF" SOMETHING is an amount, no fall
        ("The typhoon dropped 300mm of rain on Okinawa.", "300mm", None),
        ("The storm dumped more than two feet of snow on Buffalo.", "more than two feet", None),
        # a level that drops, and a share of a value dropped, still fall
        ("The jet dropped 8,000 feet in a minute.", "8,000 feet", "down"),
        ("The shares dropped 30% of their value.", "30%", "down"),
    ],
)
def test_a_measure_dropped_of_something_is_an_amount(text, span, change):
    assert one(text, span).change == change


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        # A SUBJECT THAT COUNTS PEOPLE WITHOUT NAMING THEM states its number: the bare figure counts it
        ("In the city's primary schools, class sizes average 31.", "class sizes"),
        ("Attendance at the museum climbed to 850,000 last year.", "Attendance at the museum"),
        ("Enrolment averaged 1,200 over the decade.", "Enrolment"),
    ],
)
def test_a_subject_that_counts_people(text, entity):
    check(one(text), quantity_kind="count", unit="person", entity=entity)


def test_a_subject_measured_otherwise_stays_bare():
    assert one("Farm sizes in the valley average 120.").quantity_kind == "number"


def test_a_range_of_speeds_from_zero_stays_a_range():
    # (the name of a sprint from standstill, "the 0-60mph time", is a designator: tests/test_mentions.py)
    check(one("Gusts of 0-60 mph were forecast for the coast."), qualifier="range", value_high=60.0)


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # GOLF: a score against par, and a round's score in strokes
        ("Lee shot a 6-under-par 66 at Augusta.", "6-under-par", "under par"),
        ("Lee shot a 6-under-par 66 at Augusta.", "66", "stroke"),
        ("The champion carded a bogey-free 64 on Sunday.", "64", "stroke"),
        ("After three rounds she is 4 over par.", "4 over par", "over par"),
    ],
)
def test_golf_scores(text, span, unit):
    assert one(text, span).unit == unit


def test_a_shot_count_is_no_golf_score():
    assert one("Rangers shot 70 deer in the cull.").unit == "deer"



@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        # A SPEED IN MACH, the unit written before its number (a whole number after it is no name)
        ("The glider reached Mach 20 on re-entry.", "Mach 20", "exact"),
        ("The missile can fly at more than Mach 5.", "more than Mach 5", "more_than"),
        ("The Concorde cruised at Mach 2.04.", "Mach 2.04", "exact"),
    ],
)
def test_a_speed_in_mach(text, span, qualifier):
    check(one(text, span), unit="Mach", qualifier=qualifier)


@pytest.mark.parametrize("text", ["The new ship can carry 23,500 TEU.", "The port handled 9.6 million TEUs in 2023."])
def test_container_capacity_in_teu(text):
    # SHIPPING CAPACITY IN TWENTY-FOOT EQUIVALENT UNITS (the singular was a bare number)
    assert one(text).unit == "TEU"


def test_a_bushel_is_a_volume():
    # GRAIN IN BUSHELS: the US bushel, a volume of 35.24 l (was a counted noun)
    check(one("Farmers expect a crop of 15 billion bushels."), unit="bushel", quantity_kind="volume",
          normalized_value=15e9 * 35.23907016688)


@pytest.mark.parametrize(
    ("text", "span", "claim_type"),
    [
        # ROUNDS WITH NO WEAPON NEAR THEM are stages of a contest or a process, no ammunition
        ("She holds a two-shot lead after three rounds at Pebble Beach.", "three rounds", "count"),
        ("The talks collapsed after four rounds of negotiation.", "four rounds", "count"),
        ("Soldiers fired 200 rounds at the drone.", "200 rounds", "equipment_count"),
        ("The battery expends 5,000 rounds a day.", "5,000 rounds a day", "equipment_count"),
    ],
)
def test_rounds_are_ammunition_only_near_a_weapon(text, span, claim_type):
    assert one(text, span).claim_type == claim_type


def test_astronomical_units_are_a_length():
    # A DISTANCE IN ASTRONOMICAL UNITS (was a count of "units"); "AU" before a noun is the African Union
    check(one("The probe is now 160 astronomical units from the Sun."), unit="astronomical unit",
          quantity_kind="length", normalized_value=160 * 149597870700.0)
    assert one("The mission has 19,000 AU troops.").unit == "troop"


@pytest.mark.parametrize(
    "text", ["Nurses will get a 6% pay rise over three years.", "Grain stocks fell over two months of drought."]
)
def test_a_time_span_over_which_something_moves_is_no_change(text):
    # A TIME SPAN AFTER "OVER" following a rise or fall is when it moves ("over" is no more_than there either)
    c = [c for c in extract_claims(text, "t") if c.quantity_kind == "duration"]
    assert len(c) == 1 and c[0].change is None and c[0].qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # AN EXCHANGE RATE WRITTEN AS A BARE FIGURE PER A CURRENCY is an amount of the currency that is its subject
        ("The Japanese yen slid to 157 per dollar.", "yen"),
        ("The South African rand traded at 18.4 per dollar.", "rand"),
        ("The index rose to 140 per dollar of sales.", None),
    ],
)
def test_an_exchange_rate_per_a_currency(text, unit):
    c = one(text)
    assert c.unit == unit and c.per_unit == "dollar"


def test_years_to_life_is_a_minimum():
    # A SENTENCE OF "N YEARS TO LIFE": at least N years, the words in the span
    check(one("The gunman was sentenced to 25 years to life in prison."), span_text="25 years to life",
          qualifier="at_least", qualifier_text="to life", value_low=25.0, value_high=None)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # ENERGY AND EMISSIONS UNITS WITH A GLUED QUALIFIER: electric megawatts, megatonnes of CO2
        ("The new reactor will deliver 1,100 MWe.", "megawatt"),
        ("The sector emitted 412 MtCO2e last year.", "megatonne"),
    ],
)
def test_glued_energy_and_emission_units(text, unit):
    assert one(text).unit == unit


def test_a_time_elapsed_on_a_clock_is_a_duration_in_seconds():
    c = one("The veteran won the hill race in 3:02:15, ten minutes clear.", "3:02:15")
    check(c, value=10935.0, unit="second", quantity_kind="duration", normalized_value=10935.0 / 86400, normalized_unit="day")
    assert [x.span_text for x in extract_claims("The polls closed at 21:00:00 sharp.", "t")] == []


def test_a_verb_that_multiplies_is_no_end_of_a_range():
    claims = extract_claims("The herd doubled to 4,000 head over the decade.", "t")
    assert [(c.span_text, c.quantity_kind, c.change) for c in claims][0] == ("doubled", "ratio", "up")
    assert claims[1].span_text.startswith("4,000") and claims[1].qualifier == "exact"


@pytest.mark.parametrize(
    ("text", "span", "per"),
    [
        # A PERIOD BEFORE "ON" AND A NOUN IS A RATE: what the money is spent on, "on average"
        ("Commuters spend about $90 a week on fares.", "about $90 a week", "week"),
        ("The mill ships 800 tonnes a month on average.", "800 tonnes a month", "month"),
    ],
)
def test_a_period_before_on_and_a_noun_is_a_rate(text, span, per):
    check(one(text, span), per_unit=per)


def test_a_period_on_before_a_comma_or_from_is_a_time():
    assert one("Rents rose 12% a year on, the survey found.").per_unit is None
    assert one("Some 70 shops stayed shut a year on from the flood.").per_unit is None


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # NOUNS COUNTED WITHOUT A PLURAL -S: "2,200 crew", "400 police"
        ("The liner sailed with 3,100 guests and 1,150 crew.", "1,150 crew", "crew"),
        ("About 250 police sealed off the square.", "About 250 police", "police"),
    ],
)
def test_nouns_counted_without_a_plural_s(text, span, unit):
    check(one(text, span), unit=unit, quantity_kind="count")


def test_an_adjective_after_one_is_not_what_it_counts():
    assert [c.span_text for c in extract_claims("The bill came up one short of the votes it needed.", "t")] == []
    assert [c.unit for c in extract_claims("They were one shy of a majority.", "t")] == []


def test_a_multiple_of_a_base_with_two_modifiers_is_a_ratio():
    check(one("Bidders valued the chain at 9 times its annual profit."), span_text="9 times its annual profit",
          value=9.0, quantity_kind="ratio")


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        # A SCALE LETTER ON THE FAR END OF A RANGE WHOSE NEAR END HAS THE CURRENCY SIGN: million, not metres
        ("The painting should fetch \u00a32-3m at auction.", "\u00a32-3m", 2e6, 3e6),
        ("Analysts see a $1.5\u20132bn charge.", "$1.5\u20132bn", 1.5e9, 2e9),
    ],
)
def test_a_scale_letter_ends_a_money_range(text, span, low, high):
    check(one(text, span), unit="pound sterling" if "\u00a3" in span else "dollar", value_low=low, value_high=high)


def test_a_metre_range_keeps_its_metres():
    check(one("The hedge grew 2-3m tall."), unit="meter", value_low=2.0, value_high=3.0)


@pytest.mark.parametrize(
    ("text", "span", "claim_type"),
    [
        # LOSSES OR CASUALTIES AS THE SUBJECT MAKE A COUNT OF PEOPLE A CASUALTY COUNT
        ("Enemy losses amount to 700 soldiers a day, the general staff said.", "700 soldiers a day", "casualty_rate"),
        ("Casualties included 16 medics.", "16 medics", "casualties"),
    ],
)
def test_losses_as_the_subject_count_casualties(text, span, claim_type):
    check(one(text, span), claim_type=claim_type)


def test_a_bare_figure_after_losses_is_no_count_of_people():
    check(one("Quarterly losses narrowed to 1.4 from 2.1.", "1.4"), claim_type="other")


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # A RATIO NAMED BEFORE "N to M": "the ratio of forces is 1 to 3"
        ("The ratio of attackers to defenders was 1 to 4 near the river.", "1 to 4", 0.25),
        ("Pundits gave odds of 7 to 2 against him.", "7 to 2", 3.5),
    ],
)
def test_n_to_m_after_a_named_ratio_is_a_ratio(text, span, value):
    check(one(text, span), value=value, quantity_kind="ratio")


def test_a_ratio_moving_from_one_figure_to_another_is_a_range():
    check(one("The ratio climbed from 2 to 5 in a decade."), qualifier="range", value_low=2.0, value_high=5.0)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # A BARE FIGURE RIGHT AFTER A NAMED RATIO IS THE RATIO
        ("The lender's loan-to-deposit ratio was 0.87 in June.", "0.87"),
        ("Its current ratio of 1.6 satisfied the bank.", "1.6"),
    ],
)
def test_a_bare_figure_after_a_named_ratio_is_a_ratio(text, span):
    check(one(text, span), quantity_kind="ratio", normalized_unit="ratio")


def test_a_percentage_after_a_named_ratio_stays_a_percentage():
    check(one("The debt ratio rose to 64%."), quantity_kind="proportion", unit="percent")


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # MORE KINDS OF MATERIEL COUNT AS EQUIPMENT
        ("The air force scrambled 6 bombers at dawn.", "6 bombers"),
        ("Three frigates left port.", "Three frigates"),
        ("The battery fired 14 interceptors.", "14 interceptors"),
    ],
)
def test_more_materiel_counts_as_equipment(text, span):
    check(one(text, span), claim_type="equipment_count")


@pytest.mark.parametrize(
    ("text", "span", "change"),
    [
        # AN ARTICLE AND A SIZE ADJECTIVE BETWEEN A CHANGE VERB AND ITS FIGURE
        ("Rents are up a whopping 31% since 2020.", "31%", "up"),
        ("Ticket sales fell a modest 4% in March.", "4%", "down"),
        ("Output jumped a record 9.5% last quarter.", "9.5%", "up"),
    ],
)
def test_a_size_adjective_after_a_change_verb_keeps_the_change(text, span, change):
    check(one(text, span), change=change)


def test_points_moved_by_right_after_a_percentage_are_percentage_points():
    check(one("Support for the plan is 46%, down 5 points since June.", "5 points"), unit="percentage point", change="down")
    check(one("The index sits at 7,100, up 40 points.", "40 points"), unit="point", change="up")


@pytest.mark.parametrize(
    ("text", "span", "kind"),
    [
        # AN ORDINAL THAT COUNTS YEARS: a birthday is an age, an anniversary years since
        ("The mayor threw a party for her 60th birthday.", "60th birthday", "age"),
        ("The treaty reached its 30th anniversary in May.", "30th anniversary", "duration"),
    ],
)
def test_an_ordinal_that_counts_years_is_a_claim(text, span, kind):
    check(one(text, span), unit="year", quantity_kind=kind)


def test_other_ordinals_stay_no_claims():
    assert extract_claims("The 12th fleet sailed for the fourth time.", "t") == []
