"""Number tokens: where they are and what they are worth."""

import dataclasses
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims import numbers
from quantclaims.numbers import DIGITS, FRACTION, MIXED, ORDINAL, WORD, has_number, scan, words_value


def tokens(text):
    return [(text[n.start : n.end], n.value, n.form) for n in scan(text)]


@pytest.mark.parametrize(
    ("text", "token", "value", "form"),
    [
        ("The army lost 45,000 men.", "45,000", 45000.0, DIGITS),
        ("A shell weighs 43.5 kilograms.", "43.5", 43.5, DIGITS),
        ("Aid reached 1,234,567.25 dollars.", "1,234,567.25", 1234567.25, DIGITS),
        ("Kyiv asked for 1.8 billion dollars.", "1.8 billion", 1.8e9, MIXED),
        ("The fund spent $5m on drones.", "5m", 5e6, MIXED),
        ("Exports fell to $2bn.", "2bn", 2e9, MIXED),
        # WIRE-STYLE SPACED ABBREVIATIONS: "bln", "trln" as "mln"
        ("Net profit rose to 1.2 bln euros.", "1.2 bln", 1.2e9, MIXED),
        ("Revenue was 5.6 trln yen.", "5.6 trln", 5.6e12, MIXED),
        ("Ninety soldiers surrendered.", "Ninety", 90.0, WORD),
        ("Twenty-five tanks crossed.", "Twenty-five", 25.0, WORD),
        ("One hundred and twenty villages.", "One hundred and twenty", 120.0, WORD),
        ("They lost a dozen tanks.", "a dozen", 12.0, WORD),
        ("A pair of jets flew over.", "A pair", 2.0, WORD),
        ("About half a million people fled.", "half a million", 500000.0, WORD),
        ("A million refugees.", "A million", 1e6, WORD),
        ("It lasted 2\u00bd years.", "2\u00bd", 2.5, FRACTION),
        ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3, FRACTION),
        ("A quarter of the budget.", "A quarter", 0.25, FRACTION),
        ("It took two and a half years.", "two and a half", 2.5, FRACTION),
        # a whole number and a fraction take the scale written after them
        ("It cost two and a half billion dollars.", "two and a half billion", 2.5e9, MIXED),
        ("About 1 1/2 million tonnes.", "1 1/2 million", 1.5e6, MIXED),
        # a decimal comma before a scale or a percent (translated text)
        ("Exports reached 1,2 million tonnes.", "1,2 million", 1.2e6, MIXED),
        ("Inflation hit 2,5% in May.", "2,5", 2.5, DIGITS),
        ("The loan is worth 1,5 bln dollars.", "1,5 bln", 1.5e9, MIXED),  # before an abbreviated scale too
        ("Losses reached $2,75mln.", "2,75mln", 2.75e6, MIXED),
        ("Grants totaled $3.5bln.", "3.5bln", 3.5e9, MIXED),
        # thousands grouped by spaces (translated text): a no-break or thin space between any groups,
        # a plain space before "000"
        ("The front is 1\u00a0300 km long.", "1\u00a0300", 1300.0, DIGITS),
        ("Some 2\u202f500\u202f000 voters.", "2\u202f500\u202f000", 2500000.0, DIGITS),
        ("About 45 000 troops massed.", "45 000", 45000.0, DIGITS),
        # an article after a hedge and before a unit stands for one
        ("The siege lasted more than a year.", "a", 1.0, WORD),
        ("The drive took nearly an hour.", "an", 1.0, WORD),
        ("It raised Rs. 300 crore.", "300 crore", 3e9, MIXED),  # South Asian scales
        ("About five crore people voted.", "five crore", 5e7, WORD),
        # a share "of a" scale is one number
        ("A quarter of a million fled.", "A quarter of a million", 250000.0, WORD),
        ("Three-quarters of a million barrels.", "Three-quarters of a million", 750000.0, WORD),
        ("Add 3/4 of the flour.", "3/4", 0.75, FRACTION),
        ("The 47th Brigade held.", "47th", 47.0, ORDINAL),
        ("In the third year of war.", "third", 3.0, ORDINAL),
    ],
)
def test_token_value_and_form(text, token, value, form):
    found = {t: (v, f) for t, v, f in tokens(text)}
    assert token in found, tokens(text)
    v, f = found[token]
    assert v == pytest.approx(value)
    assert f == form


@pytest.mark.parametrize(
    ("text", "token", "value"),
    [("Passenger numbers climbed to 4.1 million.", "4.1 million", 4100000.0),
     ("The deal is worth $0.7bn.", "0.7bn", 700000000.0), ("The city has 1.1m residents.", "1.1m", 1100000.0)],
)
def test_scaled_decimal_is_the_decimal_written(text, token, value):
    # exact equality: 4.1 * 1e6 in binary is 4099999.9999999995, which a reader never wrote
    assert (token, value) in [(t, v) for t, v, _ in tokens(text)]


def test_metres_are_not_millions_without_currency():
    # "5m" alone is five metres: the digits are the token, the unit is read later
    assert tokens("The crater was 5m deep.") == [("5", 5.0, DIGITS)]


@pytest.mark.parametrize(
    ("text", "token", "value"),
    [("Exports reached 2.4m tonnes.", "2.4m", 2.4e6), ("The city has 1.9m residents.", "1.9m", 1.9e6),
     ("The stream drew 250k viewers.", "250k", 2.5e5), ("It has 3b users.", "3b", 3e9),
     ("She won the 400m hurdles.", "400", 400.0), ("The mast is 30m high.", "30", 30.0)],
)
def test_a_glued_m_k_or_b_scales_a_figure_that_counts_something(text, token, value):
    # no length counts tonnes or residents, so "2.4m tonnes" is millions; an unknown plural after
    # "m" ("400m hurdles", a race) keeps the metres, while "k" and "b" are never lengths
    found = {t: v for t, v, _ in tokens(text)}
    assert found[token] == pytest.approx(value), found


@pytest.mark.parametrize(
    ("text", "token", "value"),
    [("The airport handled 4.3m passengers in July.", "4.3m", 4.3e6),
     ("The final drew 7.2m viewers.", "7.2m", 7.2e6), ("The resort expects 2m tourists.", "2m", 2e6),
     ("The app was installed on 12m devices.", "12m", 1.2e7), ("About 3.1m households pay the levy.", "3.1m", 3.1e6),
     ("Forecasters warned of 5m waves.", "5", 5.0), ("The 110m hurdles final is tonight.", "110", 110.0),
     # a people ending counts after a decimal only: "the 400m runners" ran a race
     ("The 400m runners were disqualified.", "400", 400.0), ("The 3m divers won gold.", "3", 3.0),
     ("The line carried 1.6m commuters.", "1.6m", 1.6e6)],
)
def test_a_glued_m_before_people_or_things_no_length_measures_is_millions(text, token, value):
    # MILLIONS BEFORE AN UNLISTED PLURAL: a people plural ("passengers", "viewers", "tourists") or a
    # thing counted in millions ("devices", "households") is no length; "waves" and "hurdles" may be
    found = {t: v for t, v, _ in tokens(text)}
    assert found[token] == pytest.approx(value), found


@pytest.mark.parametrize(
    ("text", "token", "value"),
    [("The app has 300k new users.", "300k", 3e5), ("Root passed 10k Test runs.", "10k", 1e4),
     ("The channel passed 50k YouTube subscribers.", "50k", 5e4),
     ("He runs 10k three times a week.", "10", 10.0), ("The 100m freestyle heats start.", "100", 100.0),
     ("The 4k TV costs $500.", "4", 4.0)],  # one digit before the k: a resolution may follow
)
def test_a_glued_k_scales_a_plural_after_its_modifiers(text, token, value):
    # THOUSANDS BEFORE A MODIFIED PLURAL: "300k new users"; a number word or a verb ends the search,
    # and "m" (a length too) needs its plural right after it
    found = {t: v for t, v, _ in tokens(text)}
    assert found[token] == pytest.approx(value), found


def test_multiplicatives_are_marked():
    text = "once a week, twice, a tenfold rise, a 3-fold jump"
    found = {text[n.start : n.end]: n for n in scan(text)}
    assert found["once"].times and found["once"].value == 1
    assert found["twice"].times and found["twice"].value == 2
    assert found["tenfold"].times and found["tenfold"].value == 10
    assert found["3-fold"].times and found["3-fold"].value == 3


@pytest.mark.parametrize(
    ("text", "phrase", "bounds"),
    [
        ("Several shells hit the depot.", "Several", (3, 9)),
        ("Dozens of drones were downed.", "Dozens of", (24, 144)),
        ("Tens of thousands of people marched.", "Tens of thousands of", (20000, 99999)),
        ("It moved a few meters.", "a few", (2, 5)),
    ],
)
def test_vague_words_carry_bounds(text, phrase, bounds):
    (n,) = [n for n in scan(text) if text[n.start : n.end] == phrase]
    assert n.value is None
    assert n.vague == bounds


def test_unit_word_second_after_a_number_is_not_an_ordinal():
    assert [t for t, _, _ in tokens("It lasted one second.")] == ["one"]


def test_an_article_is_a_number_only_after_a_hedge_and_before_a_unit():
    assert tokens("They walked for a mile and a half.") == [("a half", 0.5, FRACTION)]  # no hedge before "a mile"
    assert tokens("He is more than a friend.") == []  # no unit after
    assert tokens("Rents rose more than a dozen times.")[0][:2] == ("a dozen", 12.0)  # the number words first
    assert has_number("It took less than a week.", 0) is False  # (has_number is asked of short stretches too)
    assert numbers.has_hedged_article("It took less than a week.")


def test_numbers_apart_by_a_plain_space_stay_two_tokens():
    # only "000" after a plain space is a group: "May 5 300 protesters" is two numbers
    assert tokens("On May 5 300 protesters marched.") == [("5", 5.0, DIGITS), ("300", 300.0, DIGITS)]
    assert tokens("In 2024 000 is no number.")[0] == ("2024", 2024.0, DIGITS)


def test_two_numbers_in_a_row_stay_two_tokens():
    assert [(t, v) for t, v, _ in tokens("one and two")] == [("one", 1.0), ("two", 2.0)]


def test_words_value_uses_text2num_for_compounds():
    assert words_value("three hundred forty-two") == 342
    assert words_value("a hundred") == 100
    assert words_value("tomato") is None


def test_prefilter():
    assert has_number("Seven tanks")
    assert has_number("at 3 p.m.")
    assert not has_number("No figures at all here.")


def test_glued_words_are_not_fractions():
    assert tokens("ONEHALF") == []
    assert [t for t, _, _ in tokens("one half, one-half, five-fold")] == ["one half", "one-half", "five-fold"]


@pytest.mark.parametrize(
    ("text", "phrase", "bounds"),
    [
        ("A few hundred volunteers stayed behind.", "A few hundred", (200.0, 500.0)),
        ("Several thousand residents fled west.", "Several thousand", (3000.0, 9000.0)),
        ("They asked for a couple million euros.", "a couple million", (2e6, 3e6)),
        ("A couple of hundred protesters gathered.", "A couple of hundred", (200.0, 300.0)),  # with "of"
        ("Several dozen protesters gathered.", "Several dozen", (36.0, 108.0)),
    ],
)
def test_scale_word_after_a_vague_word_multiplies_its_bounds(text, phrase, bounds):
    (n,) = scan(text)
    assert text[n.start : n.end] == phrase and n.value is None and n.vague == bounds


def test_plural_vague_words_take_no_scale_after_them():
    text = "Hundreds of thousands left."
    (n,) = scan(text)
    assert text[n.start : n.end] == "Hundreds of thousands" and n.vague == (200_000.0, 999_999.0)


@pytest.mark.parametrize(
    ("text", "token", "value"),
    [("Homes sold for 389,500, up 3%.", "389,500", 389500.0), ("It cost 2,000,000, she said.", "2,000,000", 2e6),
     ("Bad grouping 1,000,00 reads as 1.", "1", 1.0)],
)
def test_a_grouped_number_before_a_comma_keeps_its_groups(text, token, value):
    assert tokens(text)[0][:2] == (token, value)


def _candidates_word_by_word(text: str, lo: int, hi: int) -> list[int]:
    """The definition: every match of the candidate regex, words kept only when a token can start them."""
    t = numbers.tables()
    return [
        c.start() for c in t.candidates.finditer(text, lo, hi)
        if not (c.group()[0].isalpha() and c.group().lower() not in t.starts)
    ]


_CANDIDATE_PIECES = list("aAnNoOfF .,5\u00bd-\u212a\u00e9\u2019\u0663x") + ["one", "ONE", "Of", "an", "tens", "first", "2.5", " "]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CANDIDATE_PIECES), max_size=12), st.integers(0, 3), st.integers(0, 3))
def test_candidates_found_in_bytes_are_the_word_by_word_ones(pieces: list[str], cut_lo: int, cut_hi: int) -> None:
    """numbers._candidates finds the words in a lowered bytes copy: the same offsets as reading the
    candidate regex word by word, for any case, non-ASCII letters ("\u212a", "\u00e9"), Unicode digits
    ("\u0663") and a region cut inside a word."""
    text = "".join(pieces)
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    assert [start for start, _ in numbers._candidates(text, lo, hi)] == _candidates_word_by_word(text, lo, hi)


def test_candidates_are_numbers_and_number_words_only() -> None:
    text = "Of the ONE-third, a few 2.5 .5 \u00bd tenfold often"
    starts = [start for start, _ in numbers._candidates(text, 0, len(text))]
    assert [text[i : i + 2] for i in starts] == ["ON", "th", "a ", "fe", "2.", ".5", ".5", "\u00bd ", "te"]
    assert text.index("tenfold") in starts and text.index("often") not in starts and text.index("the") not in starts


_LATER_WORDS = ["of", "Of", "couple", "handful", "dozens", "a", "few", "tens", "thousands", "hundreds", "one", "3", "-",
                " ", " ", ",", "two-thirds", "million"]


def test_a_digit_candidate_ends_where_its_run_of_digits_does() -> None:
    text = "In 2020, 45,000 (.5) \u00bd the"
    spans = [(s, e) for s, e in numbers._candidates(text, 0, len(text)) if e]
    assert [text[s:e] for s, e in spans] == ["2020", "45", "000", ".5", "\u00bd"]


# what may follow a run of digits: every character some figure alternative reads there, and others
_AFTER_FIGURE = list("0123456789 \t\u00a0\u202f\u2009.,*/-\u2010xX\u00d7sStThHnNdDrRfF%$)a\u00bd\u017f\u0663") + [
    "fold", "-fold", "th", "st", "s", "000", ",000", ",5", ",5%", ",25 million", ",5bn", ".5", " 1/2", " 000", "1/2", "x10^3", "^", "million", "bn", "k", "m", "percent",
    ":", ":09", ":09:56", ":43.11", ":5"]


@settings(max_examples=1500, deadline=None)
@given(st.text("0123456789", min_size=1, max_size=5), st.lists(st.sampled_from(_AFTER_FIGURE), max_size=5), st.integers(0, 4))
def test_a_plain_figure_reads_as_the_whole_token_regex_reads_it(digits: str, after: list[str], cut: int) -> None:
    """Where numbers._plain_figure holds, the figure regex (_figure_tokens) matches as the token regex
    of _token_at does: same span, same group."""
    text = "a " + digits + "".join(after)
    hi = max(len(text) - cut, 2 + len(digits))
    r = 2 + len(digits)
    if numbers._plain_figure(text, r, hi):
        whole = numbers._token_at(text[2]).match(text, 2, hi)  # type: ignore[union-attr]
        fast = numbers._figure_tokens()[text[2]].match(text, 2, hi)
        assert (whole and (whole.span(), whole.lastgroup)) == (fast and (fast.span(), fast.lastgroup))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_FIGURE + ["B", "M", "K", "hundred", "Crore", "lakh", "tn", "-million"]), max_size=4),
       st.integers(0, 3))
def test_the_scale_gate_only_skips_where_no_scale_pattern_matches(after: list[str], cut: int) -> None:
    """numbers._scale answers "no scale" without its patterns only where neither can match."""
    text = "5" + "".join(after)
    hi = max(len(text) - cut, 1)
    t = numbers.tables()
    no_scale = numbers._no_scale_at()
    if 1 >= hi or text[1] in no_scale or (text[1] == " " and (2 >= hi or text[2] in no_scale)):
        assert t.scale_after.match(text, 1, hi) is None and t.suffix_after.match(text, 1, hi) is None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LATER_WORDS), max_size=10).map("".join))
def test_later_words_of_vague_phrases_start_no_token(text: str) -> None:
    """Only the first word of a vague phrase is a candidate: scanning with every word of every
    phrase a candidate too (as before) finds the same tokens."""
    t = numbers.tables()
    later = frozenset(w.encode() for p in t.vague for w in p.split()[1:] if w.isalpha() and w.islower())
    fast = scan(text)
    digits, words = numbers._candidate_tables()
    plain = numbers._candidate_tables
    numbers._candidate_tables = lambda: (digits, words | later)  # type: ignore[assignment]
    try:
        assert scan(text) == fast
    finally:
        numbers._candidate_tables = plain


def test_a_hyphen_right_after_a_percent_sign_joins_a_range_not_a_negative():
    # "5.25%-5.5%": the second figure is positive (a negative after a space still is: "5% -3%")
    assert [v for _, v, _ in tokens("rates of 5.25%-5.5%")] == [5.25, 5.5]
    assert [v for _, v, _ in tokens("a swing from 5% -3%")] == [5.0, -3.0]


def test_plus_or_minus_is_a_margin_not_a_negative():
    assert tokens("a margin of plus or minus 3 points")[0][:2] == ("3", 3.0)
    assert tokens("it fell to minus 3 degrees")[0][:2] == ("minus 3", -3.0)


def test_a_countdown_t_minus_is_no_negative():
    # A COUNTDOWN: "T-minus 10 minutes" is ten minutes before launch, not minus ten
    assert tokens("The launch clock held at T-minus 10 minutes.")[0][:2] == ("10", 10.0)


@pytest.mark.parametrize(
    ("text", "token", "value", "form"),
    [
        ("for a third straight month", "third", 3.0, ORDINAL),  # an ordinal before the noun it numbers
        ("she won a fifth term", "fifth", 5.0, ORDINAL),
        ("prices were cut by a third last year", "a third", 1 / 3, FRACTION),  # a share
        ("a third of the budget", "a third", 1 / 3, FRACTION),
        ("a quarter century ago", "a quarter", 0.25, FRACTION),
        ("unchanged for a third month", "third", 3.0, ORDINAL),  # a period numbered
        ("protests for a fourth day", "fourth", 4.0, ORDINAL),
        ("costs fell by a third year-on-year", "a third", 1 / 3, FRACTION),  # a period compared: a share
        ("sales fell a fifth month over month", "a fifth", 0.2, FRACTION),
        # A SHARE BEFORE A COMPARISON: "a fifth below", "a third cheaper"
        ("output is a fifth below its peak", "a fifth", 0.2, FRACTION),
        ("shares are a third cheaper", "a third", 1 / 3, FRACTION),
    ],
)
def test_a_third_before_a_noun_is_an_ordinal(text, token, value, form):
    tok, v, f = tokens(text)[0]
    assert (tok, f) == (token, form) and v == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "token", "value", "form"),
    [
        ("profit fell in the past two quarters", "two", 2.0, WORD),  # quarters of a year, counted
        ("growth slowed over the first three quarters of 2024", "three", 3.0, WORD),
        ("sales rose for three quarters", "three", 3.0, WORD),
        ("three quarters of voters backed it", "three quarters", 0.75, FRACTION),  # a share
        ("nearly three quarters said no", "three quarters", 0.75, FRACTION),
        ("he scored in three quarters of the games", "three quarters", 0.75, FRACTION),
        ("the past three-quarters", "three-quarters", 0.75, FRACTION),  # hyphenated: always a share
    ],
)
def test_quarters_after_a_time_word_are_counted_not_a_share(text, token, value, form):
    tok, v, f = [t for t in tokens(text) if t[0] != "first"][0]
    assert (tok, f) == (token, form) and v == pytest.approx(value)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("-\u2212+ \u00a0sS\u017feEx,.") + ["minus", "MINUS", "negative", "plus or "]), max_size=6))
def test_the_sign_gate_never_hides_a_sign(pieces):
    """numbers._may_have_sign is False only where _SIGN_BEFORE cannot end."""
    text = "".join(pieces)
    s = len(text)
    if numbers._SIGN_BEFORE.search(text, max(0, s - 9), s):
        assert numbers._may_have_sign(text, s)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 99), st.integers(0, 99), st.one_of(st.none(), st.floats(allow_nan=False)),
       st.sampled_from([numbers.DIGITS, numbers.WORD, numbers.FRACTION]), st.booleans(),
       st.one_of(st.none(), st.tuples(st.floats(0, 9), st.floats(0, 9))), st.sampled_from([None, "+", "-"]))
def test_frozen_builder_makes_what_the_class_makes(start, end, value, form, ordinal, vague, sign):
    plain = numbers.Number(start, end, value, form, ordinal=ordinal, vague=vague, sign=sign)
    built = numbers._number(start, end, value, form, ordinal=ordinal, vague=vague, sign=sign)
    assert type(built) is numbers.Number
    assert built == plain and hash(built) == hash(plain) and repr(built) == repr(plain)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.start = 1  # type: ignore[misc]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="a .,/:09\u00bd\u215e\u0663\u00e9\u2014\x7f", max_size=12), st.integers(0, 3), st.integers(0, 3))
def test_the_digit_test_finds_what_a_plain_class_finds(text: str, cut_lo: int, cut_hi: int) -> None:
    """tables().digit (written for a fast first-character test) finds what [\\d<glyphs>] finds."""
    plain = re.compile(rf"[\d{''.join(numbers.tables().glyphs)}]")
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    fast, slow = numbers.tables().digit.search(text, lo, hi), plain.search(text, lo, hi)
    assert (fast and fast.span()) == (slow and slow.span())


_HEDGE_PIECES = ["than", "THAN", "up", "to", "up to", "close", "close\u00a0to", "most", "a", "A", "an", "An", "and", "ant",
                 " ", "  ", "\u00a0", "\t", "-", ".", "x", "\u00e9", "\u017f", "mo\u017ft", "mo\u017ft a", "le", "ast", "about", "year", "than a"]


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_HEDGE_PIECES), max_size=8).map("".join))
def test_the_hedged_article_gate_answers_as_the_pattern(text: str) -> None:
    """numbers.has_hedged_article answers as its pattern searched everywhere."""
    assert numbers.has_hedged_article(text) == (numbers.tables().hedged_article.search(text) is not None)

# ---- CLOCK READINGS OF A TIME ELAPSED: "in 2:09:56" is hours, minutes and seconds, one token in seconds
@pytest.mark.parametrize(
    ("text", "token", "seconds"),
    [
        ("The relay team finished in 1:58:07 after a fall.", "1:58:07", 7087.0),
        ("Her time of 2:31:40 was a club record.", "2:31:40", 9100.0),
        ("He clocked 0:59:59 on the hill course.", "0:59:59", 3599.0),
        # fractions of a second make any clock reading a time elapsed
        ("The swimmer touched the wall at 1:52.80 for silver.", "1:52.80", 112.8),
    ],
)
def test_a_clock_reading_of_a_time_elapsed_is_one_token_in_seconds(text, token, seconds):
    (tok,) = [n for n in scan(text) if text[n.start : n.end] == token]
    assert tok.elapsed and tok.value == pytest.approx(seconds)


def test_a_clock_reading_of_a_time_of_day_keeps_its_numbers():
    text = "The ferry sailed at 06:15:00 on Monday."
    assert tokens(text) == [("06", 6.0, DIGITS), ("15", 15.0, DIGITS), ("00", 0.0, DIGITS)]
    assert not any(n.elapsed for n in scan(text))
