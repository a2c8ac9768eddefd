"""Qualifier and change words around a figure, read backwards from where it starts."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims import hedges
from quantclaims.lexicon import writes_any


def before(text):
    pos = re.search(r"\d", text).start()
    return hedges.qualifier_before(text, pos, 0)


@pytest.mark.parametrize(
    ("text", "qualifier", "words"),
    [
        ("some 45,000 troops", "approximate", "some"),
        ("At least 12 tanks", "at_least", "At least"),
        ("no more than 30 days", "at_most", "no more than"),
        ("just under 20 percent", "nearly", "just under"),
        ("for ~25 minutes", "approximate", "~"),
        ("turnout <40%", "less_than", "<"),
        ("He averaged 21 points a game", "approximate", "averaged"),
        ("It trades at barely 6 times earnings", "approximate", "barely"),
        # a learner's "over than" and the typo "then" for "than" bound the figure all the same
        ("It serves over than 40% of the region", "more_than", "over than"),
        ("more then 5,000 people", "more_than", "more then"),
        ("less then 3 km away", "less_than", "less then"),
        ("a load of approx. 40 kg", "approximate", "approx."),  # an abbreviation with its full stop
    ],
)
def test_qualifier_before(text, qualifier, words):
    q, written, start = before(text)
    assert (q, written) == (qualifier, words)
    assert text[start:].startswith(words)


@pytest.mark.parametrize(
    "text", ["Unemployment ticked up to 4.1% in June.", "The bills add up to $5 million.",
             "Demand went up to 40 barrels a day."],
)
def test_up_to_after_a_particle_verb_is_a_destination_not_a_ceiling(text):
    assert before(text) is None


def test_up_to_alone_is_still_at_most():
    assert before("The plant will hire up to 400 workers.")[:2] == ("at_most", "up to")
    assert before("They sent up to 400 troops.")[:2] == ("at_most", "up to")


def test_qualifier_must_end_at_the_figure():
    assert before("some of the 45,000 troops") is None
    assert before("handsome 5 offers") is None


def test_qualifier_after():
    text = "They fired 40 or so shells."
    q, written, end = hedges.qualifier_after(text, text.index("40") + 2, len(text))
    assert (q, written, text[:end]) == ("approximate", "or so", "They fired 40 or so")


@pytest.mark.parametrize(
    ("text", "figure", "direction"),
    [
        ("Prices rose 5% in May.", "5%", "up"),
        ("Exports were down 3 per cent.", "3 per cent", "down"),
        ("The firm grew sales by 12%.", "12%", "up"),
        # an object of up to seven words between the verb and "by"
        ("The trial drug cut the risk of a stroke by 31%.", "31%", "down"),
        # A LONG OBJECT BEFORE "BY": the risk of what, in a study's words
        ("The pill reduced the risk of hospitalisation or death by 89%.", "89%", "down"),
        ("The scheme increased the number of homes with solar panels by 40%.", "40%", "up"),
        ("The navy increased the number of patrols by 40.", "40", "up"),
        ("House prices rose by an average of 8% last year.", "8%", "up"),
        ("It posted a 6% drop.", "6%", "down"),
        ("The defense gave up 300 yards.", "300 yards", None),
        ("Gunners shot down 14 drones.", "14 drones", None),  # a phrasal verb, no fall
        ("The company raised $40 million.", "$40 million", None),
        ("Exports fell 7% to $2.3 billion.", "$2.3 billion", None),  # the level reached is no change
        ("The index closed 1.2% lower at 7,410 points.", "7,410 points", None),
        ("Brent crude settled up 45 cents at $82.10.", "45 cents", "up"),  # the close of a trading day
        ("Corn futures settled down 1.5% on Friday.", "1.5%", "down"),
        ("Profit climbed roughly 12% to about $3 million.", "12%", "up"),  # a hedge between verb and figure
        ("Sales were up nearly 6% from a year earlier.", "6%", "up"),
        # "OFF" AFTER A COPULA OR A CLOSE is a fall (wire style); a phrasal "paid off" is none
        ("The Nasdaq was off 1.2% in late trading.", "1.2%", "down"),
        ("Sales were off 12 percent from a year earlier.", "12 percent", "down"),
        ("He paid off $5,000 of debt.", "$5,000", None),
        # A RATE OF GROWTH: "grew at an annualized rate of 4.9%", "shrank at a 2.1% annual pace"
        ("The economy grew at an annualized rate of 4.9% in the quarter.", "4.9%", "up"),
        ("Output shrank at a 2.1% annual pace.", "2.1%", "down"),
        ("Shares traded at a 5% discount.", "5%", None),
        # A MARGIN OF DEFEAT: "lost by" with nothing between is no fall; with an object it is
        ("The incumbent lost by 3 points.", "3 points", None),
        ("The side lost by two runs.", "two runs", None),
        ("The stock lost value by 20% last year.", "20%", "down"),
        # currency verbs
        ("The rupee weakened 0.4% against the dollar.", "0.4%", "down"),
        ("The yen strengthened 0.3% overnight.", "0.3%", "up"),
        # a gapped verb: "A fell 3%, B by 2% and C by 1.5%"
        ("Shares of Acme fell 3%, Bolt by 2% and Crane by 1.5% at the open.", "2%", "down"),
        ("Shares of Acme fell 3%, Bolt by 2% and Crane by 1.5% at the open.", "1.5%", "down"),
        ("Copper rose 2%, the Nickel Index by 1% on Monday.", "1%", "up"),
        ("Profit rose 5%, helped by 3 new stores.", "3 new stores", None),  # "by" after a verb, no name
        ("Acme raised $5 million, Bolt by 3 million.", "3 million", None),  # "raised $5m" is no change
        ("Wages rose 4% last year. Rents, Mr Lee said by 5 pm, were flat.", "5 pm", None),
        # a verb, its object and the figure, no "by"
        ("The cloud unit grew revenue 29% in the quarter.", "29%", "up"),
        ("The firm increased its stake 3%.", "3%", "up"),
        ("The mill cut its workforce 10% last year.", "10%", "down"),  # a "by" verb: what moves is written
        ("The company raised $40 million from investors.", "$40 million", None),
        ("The app has 200 million users, up from 150 million.", "150 million", None),  # a level compared with
        ("The shares that rose were worth $5bn.", "$5bn", None),
        # a participle between the verb's object and the figure links the figure to the object
        ("Planes drop glide bombs weighing up to 3 tons.", "up to 3 tons", None),
        ("The fund cut holdings totaling $2 billion.", "$2 billion", None),
        ("The firm cut spending 5% last year.", "5%", "down"),  # an -ing noun is still an object
        # THE FIGURE'S OWN ARTICLE before a change noun: "a half-point cut" is a cut
        ("Markets expect a half-point cut in September.", "a half-point", "down"),
        ("The central bank made a quarter-point hike.", "a quarter-point", "up"),
    ],
)
def test_change(text, figure, direction):
    start = text.index(figure)
    assert hedges.change(text, 0, len(text), start, start + len(figure)) == direction


def test_back_only_tries_word_starts():
    pattern = re.compile(r"about +\Z")
    text = "roughly about 5"
    assert hedges.back(pattern, text, 0, text.index("5"), 20).group(0) == "about "


def _back_by_loop(pattern, text, lo, pos, reach):
    """back as a loop over word starts: the definition the one-search version must keep."""
    for m in re.finditer(r"(?<![A-Za-z0-9'\u2019])[^\s]", text[: pos]):
        if m.start() < max(lo, pos - reach):
            continue
        found = pattern.match(text, m.start(), pos)
        if found:
            return found
    return None


@pytest.mark.parametrize(
    "pattern",
    [re.compile(r"(?:a|an|the)[ ]+\Z", re.IGNORECASE), re.compile(r"(?P<w>from|between)\s+\Z"),
     re.compile(r"\w+,\s+\Z"), re.compile(r"(?i)some\s+\Z")],
)
@pytest.mark.parametrize(
    "text", ["Of the 5", "Kthe 5", "from  the 5", "between 5", "Smith's, 5", "x-an 5", "d'an 5", "SOME 5", "awesome 5"]
)
def test_back_matches_at_the_first_word_start_only(pattern, text):
    """Never inside a word ("Kthe", "awesome", "d'an"), the leftmost word start first, the same
    groups; a pattern with a global flag inside ("(?i)") still works."""
    pos = text.index("5")
    got, want = hedges.back(pattern, text, 0, pos, 12), _back_by_loop(pattern, text, 0, pos, 12)
    assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_back_respects_the_window():
    pattern = re.compile(r"from[ a-z]+\Z")
    text = "from a long way off 5"
    pos = text.index("5")
    assert hedges.back(pattern, text, 0, pos, 25).start() == 0
    assert hedges.back(pattern, text, 0, pos, 10) is None
    assert hedges.back(pattern, text, 1, pos, 25) is None


@pytest.mark.parametrize(
    "words, kind",
    [("about", "approximate"), ("Roughly", "approximate"), ("~", "approximate"), ("at  least", "at_least"),
     ("up to", "at_most"), ("between", None), ("tanks", None)],
)
def test_kind_of_hedging_words(words, kind):
    assert hedges.kind(words) == kind


@pytest.mark.parametrize(
    "text, first, last, direction",
    [
        ("Coal output fell from", 9.0, 7.0, "down"),
        ("The firm raised its prices from", 2.0, 3.0, "up"),
        ("Sales dropped over the year from", 9.0, 7.0, "down"),
        ("Sales dropped from", 7.0, 9.0, None),  # ends against the verb
        ("They lost from", 7.0, 7.0, None),
        ("Sales moved from", 9.0, 7.0, None),  # no change verb
        ("It gave up from", 9.0, 7.0, None),  # a phrasal verb
    ],
)
def test_moved_from_to(text, first, last, direction):
    assert hedges.moved(text + " 1", 0, len(text) - 4, first, last) == direction


_VERB_PIECES = ["rose", "Rose", "fell", "ticked up", "ticked", "up", "edged lower", "grew", "sales", "company's",
                "by", "about", "to", "TO", "at", "was", "it's", "was off", "over", "more than", "the", "weighing", "as much as", "at an annual rate of", "at a", "inflation-adjusted", "rate", "cut",
                "ro\u017fe", "tic\u212aed up", "K", "\u017f", "\u0131", "\u00e9", "\u2019", "?", ",", ".", "-", "'", "5", "3.2%", "$", "(", "\n",
                "\u00a0", "\t", "  ", "x"]


def _verb_before_plain(text, lo, start):
    """hedges._verb_before by its definition: the backward search of the whole window, when a verb
    is written in it; as (span, groups)."""
    c = hedges._change_words()
    written = writes_any(text, max(lo, start - hedges.VERB_REACH), start, c.verbs)
    m = hedges.back(c.before, text, lo, start, hedges.VERB_REACH) if written else None
    return m and (m.span(), m.groupdict())


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_VERB_PIECES), max_size=14).map(" ".join), st.sampled_from(["", " ", "\u00a0", "-"]),
       st.data())
def test_change_verb_search_after_the_last_barrier_is_the_plain_backward_match(words, space, data):
    """hedges._verb_before searches only after the last character c.before cannot read (a digit,
    punctuation) and from two words before the first verb there: it finds what the plain search finds."""
    text = words + space + "5% more"
    start = len(words) + len(space)
    lo = data.draw(st.just(0) | st.integers(0, start))
    got = hedges._verb_before(text, lo, start, hedges._change_words())
    assert (got and (got.span(), got.groupdict())) == _verb_before_plain(text, lo, start)


_MANY_WORDED = ["close", "Closer", "to", "up", "UP", "of", "north", "shy", "just", "at", "least", "the", "most", "region",
                "in", "excess", "or", "so", "not", "quite", "more", "than", "then", "as", "much", "an", "approximate",
                "give", "take", "less", "approx.", "~", "5", "x", "K", "\u017f", "\u00e9"]
_SEPARATORS = ["", " ", " ", "  ", "\t", "\u00a0", "-", ",", "(", "\n"]
_WORD_AND_SEPARATOR = st.tuples(st.sampled_from(_MANY_WORDED), st.sampled_from(_SEPARATORS))


@settings(max_examples=1500, deadline=None)
@given(st.lists(_WORD_AND_SEPARATOR, max_size=5), st.sampled_from(_MANY_WORDED), st.sampled_from(_SEPARATORS),
       st.sampled_from(_MANY_WORDED), st.sampled_from(["", " ", "  ", "\t"]), st.data())
def test_qualifier_before_first_test_reads_the_word_before_the_last(pieces, second_last, between, last, space, data):
    """qualifier_before's first test (the last word, and for a qualifier of several words the word
    before it) rejects only what the full reading gives no qualifier."""
    text = "".join(w + sep for w, sep in pieces) + second_last + between + last + space
    pos = len(text)
    lo = data.draw(st.just(0) | st.integers(0, pos))
    full = hedges._qualifier_before(text, pos, lo, hedges.tables(), max(lo, pos - 24))
    assert hedges.qualifier_before(text, pos, lo) == full


@pytest.mark.parametrize("gap", ["  ", "\u00a0", "\t"])
def test_a_suffix_hedge_with_other_spaces_inside_reads_as_with_one(gap):
    # "10 or  more" raised a KeyError: the lookup was keyed with single spaces
    text = f"He saw 10 or{gap}more boats."
    assert hedges.qualifier_after(text, text.index("10") + 2, len(text))[0] == hedges.qualifier_after("He saw 10 or more boats.", 9, 24)[0] == "more_than"
