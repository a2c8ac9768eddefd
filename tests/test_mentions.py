"""Number mentions that are not claims get the right disposition, and claims claim nothing else."""

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from quantclaims import mentions
from quantclaims.extract import extract_tables
from quantclaims.numbers import DIGITS, Number
from quantclaims.regex_start import may_begin


def dispositions(text):
    _, mentions = extract_tables(text, "t")
    return {row.text: row.disposition for row in mentions.itertuples()}


@pytest.mark.parametrize(
    ("text", "token", "disposition"),
    [
        # unit names and ordinals
        ("Soldiers of the 93rd Mechanized Brigade held the town.", "93rd", "unit_name"),
        ("The 5th Army withdrew.", "5th", "unit_name"),
        ("It was the second round of talks.", "second", "ordinal"),
        ("She finished 12th in the race.", "12th", "ordinal"),
        # designators
        ("Two F-35 jets escorted the convoy.", "35", "designator"),
        ("A Su-25 was shot down.", "25", "designator"),
        ("The Kh-22 missile struck a mall.", "22", "designator"),
        ("An S-300 battery was hit.", "300", "designator"),
        ("They used a FAB-500 bomb.", "500", "designator"),
        ("It fired 155mm shells all night.", "155", "designator"),
        # the name of a sprint from standstill is no range of speeds
        ("The hatchback's 0-60mph time is 6.1 seconds.", "60", "designator"),
        ("The hatchback's 0-60mph time is 6.1 seconds.", "0", "designator"),
        ("The coupe does 0-100 km/h in 3.4 seconds.", "100", "designator"),
        ("Its 0-to-62 sprint takes 4 seconds.", "62", "designator"),
        ("The 152-millimeter shells ran out.", "152", "designator"),
        ("Leaders of the G7 met in Rome.", "7", "designator"),
        ("The team joined the Big 10 in 2014.", "10", "designator"),
        # dates and times
        ("The attack came on Oct. 3 before dawn.", "3", "date"),
        ("It began on 24 February 2022.", "24", "date"),
        ("The plant opened in 1986.", "1986", "date"),
        ("A boom in the 1990s.", "1990", "date"),
        ("The sirens sounded at 4 a.m.", "4", "time"),
        ("The meeting starts at 15:30 local time.", "15", "time"),
        ("Margins were wider a quarter earlier.", "a quarter", "time"),  # a period, not a fourth
        # identifiers
        ("Call 555-123-4567 for details.", "555", "identifier"),
        ("Traffic backed up on Route 9 all day.", "9", "identifier"),
        ("Write to desk2@example.com today.", "2", "identifier"),
        # idioms
        ("They fell one after another.", "one", "idiom"),
        ("We are one team in this.", "one", "idiom"),
        ("They love one another.", "one", "idiom"),
        # a fare "one way", a "one-way ticket": a direction, no count
        ("Fares to Lisbon start at $59 one way.", "one", "idiom"),
        ("She bought a one-way ticket to Perth.", "one", "idiom"),
        ("He tried to play one rival off against the other.", "one", "idiom"),
        ("\u201cWe hold,\u201d said one Ukrainian medic fighting near Pokrovsk.", "one", "idiom"),
        ("No one was hurt.", "one", "idiom"),
        ("Prices doubled at one point in the spring.", "one", "idiom"),
        ("One economist said the figure was too low.", "One", "idiom"),
        ("Later one senior diplomat, asking not to be named, told reporters it failed.", "one", "idiom"),
        ("Once the war ends, they will rebuild.", "Once", "idiom"),
        ("The score was level at half-time.", "half", "idiom"),  # "half" naming a thing
        ("She won the half-marathon in May.", "half", "idiom"),
        # names with numbers, scores, postcodes, old years, rankings, age classes
        ("They reached the last-16 stage.", "16", "designator"),
        ("He plays for the under-21 side.", "21", "designator"),
        ("He bowled the over-6 spell.", "6", "designator"),
        ("The Over-35s league starts soon.", "35", "designator"),  # a team
        ("The club sits in the bottom three.", "three", "idiom"),
        ("Sales fell in the last three months.", "three", "claim"),
        ("Both the 15 Pro and the 15 Pro Max ship today.", "15", "designator"),
        ("He owned a flat at 9 E 71st St in Manhattan.", "9", "identifier"),
        ("Tech stocks pulled the Nasdaq 100 higher.", "100", "designator"),
        ("He watched it on Channel 4 last night.", "4", "designator"),
        ("A category 5 storm made landfall.", "5", "designator"),
        ("The club has won the title 20 times.", "20", "claim"),  # a count of times, no "Title 20"
        ("She has topped the league 4 times since 2019.", "4", "claim"),
        ("The X-T5 camera was launched.", "5", "designator"),
        ("Ferries leave from Pier 39 hourly.", "39", "identifier"),
        ("The hosts won 4-2 at home.", "4", "identifier"),
        ("The hosts won 4-2 at home.", "2", "identifier"),
        ("Homes in the 10023 ZIP code sold fast.", "10023", "identifier"),
        # two small whole numbers joined by a slash, no fraction: a date or a phrase
        ("The 7/7 bombings shook London.", "7", "identifier"),
        ("The helpline is open 24/7.", "24", "identifier"),
        ("The helpline is open 24/7.", "7", "identifier"),
        ("The treaty of 1648 ended the war.", "1648", "date"),
    ],
)
def test_non_claims(text, token, disposition):
    assert dispositions(text)[token] == disposition


@pytest.mark.parametrize(
    ("text", "token", "disposition"),
    [
        # A HEADLINE capitalizes every word: a known noun after capitalized modifiers makes a count
        ("Ukraine Says It Downed 30 Russian Drones Overnight", "30", "claim"),
        ("Rebels Seize 12 Army Trucks", "12", "claim"),
        ("The S&P 500 Index rose.", "500", "designator"),
        ("Channel 4 News reported it.", "4", "designator"),
    ],
)
def test_a_name_before_a_number_in_a_headline(text, token, disposition):
    assert dispositions(text)[token] == disposition


def test_a_slash_pair_with_a_currency_sign_or_a_fraction_is_still_counted():
    assert dispositions("Seats cost $7/$9 each.")["7"] == "claim"  # (the sign is no part of the token)
    assert dispositions("Stir in 3/4 of the sugar.")["3/4"] == "claim"


def test_claim_tokens_name_their_claim():
    claims, mentions = extract_tables("Some 3,000 soldiers and 12 tanks crossed.", "d")
    rows = {r.text: r for r in mentions.itertuples()}
    assert rows["3,000"].disposition == "claim"
    assert rows["3,000"].claim_id == claims.claim_id[0]
    assert rows["12"].claim_id == claims.claim_id[1]


def test_every_token_is_a_mention_once():
    text = "On Nov. 21, the 3rd Brigade fired two-thirds of its 40 F-16 rounds in 2 hours."
    _, mentions = extract_tables(text, "d")
    assert list(mentions.text) == ["21", "3rd", "two-thirds", "40", "16", "2"]
    assert mentions.mention_id.is_unique
    for r in mentions.itertuples():
        assert text[r.start : r.end] == r.text


def test_a_year_with_a_count_noun_is_a_count():
    assert dispositions("The ministry hired 1950 workers.")["1950"] == "claim"


def test_units_glued_to_digits_are_not_model_names():
    assert dispositions("The phone has 256GB of storage.")["256"] == "claim"
    assert dispositions("Prices hit RM23.50 on Monday.")["23.50"] == "claim"


def test_a_scale_letter_before_a_plural_noun_is_no_model_name():
    assert dispositions("The app passed 7M monthly downloads.")["7M"] == "claim"
    assert dispositions("3M said it would cut jobs.")["3M"] == "designator"


def test_a_unit_after_a_model_name_measures():
    assert dispositions("The MacBook Pro 14 inch model costs more.")["14"] == "claim"


def test_a_date_inside_a_range_stays_a_date():
    d = dispositions("Mileage rose from 20 mpg in 2008 to 29 mpg.")
    assert (d["20"], d["2008"], d["29"]) == ("claim", "date", "claim")


def test_one_that_counts_is_still_a_claim():
    """Only the article-like 'one' is an idiom: a counting 'one' before a reporting verb is a claim."""
    from quantclaims.extract import extract_claims

    claims = extract_claims("Only one officer said he would stay; at least one witness told police.", "t")
    assert [c.span_text for c in claims] == ["one officer", "at least one witness"]


def test_some_one_before_a_scale_is_a_number_not_someone():
    # "some one million people" hedges a number; "no one", "each one" stay idioms
    assert dispositions("Some one million people fled.")["one million"] == "claim"
    assert dispositions("No one was hurt.")["one"] == "idiom"


def _word_starts_walking_back(text: str, pos: int, floor: int, n: int) -> list[int]:
    """The definition: walk back from pos to floor, keeping each non-space character after a space
    (or at the start of the text), until n are found."""
    out: list[int] = []
    p = pos
    while p >= floor and len(out) < n:
        if not text[p].isspace() and (p == 0 or text[p - 1].isspace()):
            out.append(p)
        p -= 1
    return out


_WORD_PIECES = list("ab5 \u00a0\t\u2003.,-(") + ["one", "No", "  "]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), min_size=1, max_size=14), st.data())
def test_word_starts_from_split_are_the_walked_ones(pieces: list[str], data: st.DataObject) -> None:
    """mentions._word_starts (str.split and rfind) finds what a walk character by character finds,
    for any spaces (Unicode ones too), repeated words and a window starting inside a word."""
    text = "".join(pieces)
    pos = data.draw(st.integers(0, len(text) - 1))
    floor = data.draw(st.integers(0, pos))
    n = data.draw(st.integers(1, 3))
    assert mentions._word_starts(text, pos, floor, n) == _word_starts_walking_back(text, pos, floor, n)


def test_anchors_are_word_starts_and_runs_of_the_token_word():
    text = "He dialed (555) 123-4567 twice."
    tok = Number(text.index("555"), text.index("555") + 3, 555.0, DIGITS)
    words = mentions._word_starts(text, tok.start, 0, 2)
    assert words == [text.index("(555)"), text.index("dialed")]
    assert sorted(mentions._anchors(text, tok, words)) == [3, 10, 11]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(list("aZ&' -.\u00a0(\u2019\u00e9\u00c9") + ["the", "S&P", "FTSE", "Channel"]), max_size=10))
def test_the_name_gate_never_hides_a_name(pieces: list[str]) -> None:
    """mentions._may_end_in_name is False only where _NAME_BEFORE finds no name before a number."""
    text = "x " + "".join(pieces) + " 5"
    s = len(text) - 1
    a = max(1, s - 24)
    if mentions._NAME_BEFORE.search(text, a, s):
        assert mentions._may_end_in_name(text, a, s - 1)


@pytest.mark.parametrize(
    ("text", "token"),
    [
        # AN INDEX NAME BEFORE A VERB IN -S: "is", "was", "rises" are no counted plural
        ("The S&P 500 is up 14% this year.", "500"),
        ("Paris's CAC 40 was flat.", "40"),
        ("The FTSE 100 rises as miners rally.", "100"),
        # an acronym opening the sentence is a name too ("Channel" opening it need not be)
        ("FTSE 100 -0.4%, DAX +0.2%.", "100"),
        ("S&P 500 slipped 1.2% on Monday.", "500"),
    ],
)
def test_a_name_with_a_number_before_a_verb_names_a_thing(text, token):
    assert dispositions(text)[token] == mentions.DESIGNATOR


def test_a_capital_word_opening_a_sentence_in_capitals_is_no_name():
    # every word is in capitals: "BETWEEN" and "THE" are words, the years stay dates
    assert dispositions("BETWEEN 1600 AND 1900 THE RIVER FROZE EVERY WINTER.")["1600"] == mentions.DATE


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["a", "Z", "7", "_", ".", "@", "/", "-", ":", "\u00e9", "com", "org", "uk", "http", "s://",
                                  "www."]), max_size=8).map("".join))
def test_address_gate_is_the_plain_search(chunk):
    """_may_be_address is False only where no address pattern matches (the gate before the search)."""
    assert mentions._may_be_address(chunk) or mentions.tables().address.search(chunk) is None


def test_address_gate_passes_each_kind():
    for chunk in ("me@example", "http://x", "www.x", "example.com", "3.5"):
        assert mentions._may_be_address(chunk)
    assert not mentions._may_be_address("45,000")


_DIGIT_PIECES = list(" ,.-:/$#'()aAdDeEfFmMnNoOpPsStTxXkKzZ\u00a0\u2019\u00d7") + [
    "No. ", "Route ", "Nov. ", "March ", "of ", "one ", "at ", "the ", "F-", "pm", "a.m.", "am ", "th ", "st ", "mm ",
    "millimeter ", "shells", "o'clock", "GMT", "hrs", "Pro", "Max", "zip", "Ave ", "St ", "Street", "N ", "x",
    "\u5e74", "\u00e9", "\u212a",
]
_DIGIT_RUNS = ["5", "21", "155", "737", "2024", "1990s", "12:30", "555", "10001", "3", "0", "1234567890123"]
_DIGIT_TEXT = st.lists(st.sampled_from(_DIGIT_PIECES) | st.sampled_from(_DIGIT_RUNS), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@example("Call 555-123-4567 or 555.123.4567 at 5 pm on 21 Nov. 2024, 12 Ave B, 12 N 5th St, 10001 zip, 2024-01-02", 1.0)
@example("155mm shells, 1990s, 1990-91, 3x4, 20 Pro Max, 0-60 mph time, 5 o'clock, 1200 GMT, 12/25/2024, 4 of March", 1.0)
@given(_DIGIT_TEXT, st.floats(0, 1))
def test_the_digit_keyed_patterns_match_exactly_as_the_whole_ones(text: str, window: float) -> None:
    """At an ASCII digit, mentions keeps only the alternatives whose match may begin as the text reads
    there (_digit_key, regex_start.may_begin): the match (span and disposition) in the window must be the one the
    whole alternation finds, and no alternative that matches on its own may have been judged unable to."""
    end = round(window * len(text))  # (the match window may end before the text)
    for groups in mentions.GROUP_SETS:
        whole = mentions.whole_pattern(groups)
        for p in range(end):
            if not "0" <= text[p] <= "9":
                continue
            key = mentions._digit_key(text, p, end)
            pruned = mentions._pattern_at_digit(groups, text[p], key)
            expected = whole.match(text, p, end)
            got = pruned.match(text, p, end) if pruned is not None else None
            assert (got and (got.span(), got.lastgroup)) == (expected and (expected.span(), expected.lastgroup))
            for d in groups:
                for piece in mentions._pieces(mentions._sources()[d]):
                    if re.compile(piece).match(text, p, end):
                        assert may_begin(piece, key), (piece, key)


def test_a_digit_key_reads_the_run_and_two_characters():
    assert mentions._digit_key("He had 3 cats.", 7, 14) == "0 c"
    assert mentions._digit_key("Some 45,000 fled", 5, 16) == "00,0"
    assert mentions._digit_key("in the 1990s.", 7, 13) == "0000s."
    assert mentions._digit_key("at 5 PM", 3, 7) == "0 A"
    assert mentions._digit_key("at 5 pm", 3, 5) == "0 "  # the window ends: the key too


def test_an_ordinal_that_counts_years_is_a_claim_mention():
    assert dispositions("The club marked its 125th anniversary.") == {"125th": mentions.CLAIM}


def test_a_clock_reading_is_a_claim_when_elapsed_and_a_time_when_of_day():
    assert dispositions("The fell runner finished in 4:12:09 overall.") == {"4:12:09": mentions.CLAIM}
    assert dispositions("The doors open at 19:30:00 tonight.") == {"19": mentions.TIME, "30": mentions.TIME, "00": mentions.TIME}
