"""The substring test that quantclaims.claims._range_prefix runs before its backward pattern must
give exactly what the plain pattern gives: a gate that wrongly says "cannot match" would silently
drop a range."""

from hypothesis import given, settings
from hypothesis import strategies as st

from quantclaims import claims, hedges, units
from quantclaims.lexicon import writes_any

# words the gates look for, their neighbours, and characters re folds case across (Kelvin sign,
# long s, dotted and dotless i) or that break a word in lowered_letters but not in re
_PIECES = ["between", "from", "From", "BETWEEN", "age", "aged", "ages", "fro", "rom", "betwee",
           "about", "some", "an estimated", "roughly", "of", "K", "ſ", "İ", "ı", "é", " ", "\u00a0", "\t", "-", "5",
           "x", "\n"]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data())
def test_range_prefix_is_the_plain_backward_match(text, data):
    pos = data.draw(st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    got = claims._range_prefix(text, lo, pos)
    want = hedges.back(claims._RANGE_PREFIX, text, lo, pos, 26)
    assert (got and got.span(), got and got.group("w")) == (want and want.span(), want and want.group("w"))


def test_the_gated_patterns_still_find_what_they_gate():
    text = "prices rose from about 5 to 9, between 3 and 4, aged 40"
    assert claims._range_prefix(text, 0, text.index("5")).group("w") == "from"
    assert claims._range_prefix(text, 0, text.index("3")).group("w") == "between"
    assert claims._range_prefix(text, 0, text.index("9")) is None


_QUALIFIER_PIECES = ["about", "ABOUT", "some", "more than", "than", "up to", "to", "at least", "least", "approx.",
                     "c.", "C.", "ca.", "sub-", "SUB-", "~", "<", ">=", "\u2248", "or so", "so", "an", "in", "as",
                     "ticked", "K", "\u017f", "\u0131", "\u0130", "\u00e9", " ", "  ", "\u00a0", "\t", "\n", "-", "5",
                     "x", ".", "("]
_QUALIFIER_TEXTS = st.lists(st.sampled_from(_QUALIFIER_PIECES), max_size=10).map(" ".join)


@settings(max_examples=600, deadline=None)
@given(_QUALIFIER_TEXTS, st.data())
def test_qualifier_before_first_test_rejects_only_what_finds_nothing(text, data):
    """hedges.qualifier_before's test of the window's last word drops only figures the full reading
    (its lexicon gates and the backward pattern) gives no qualifier."""
    pos = data.draw(st.just(len(text)) | st.integers(0, len(text)))  # most often a figure right after
    lo = data.draw(st.just(0) | st.integers(0, pos))
    t = hedges.tables()
    full = hedges._qualifier_before(text, pos, lo, t, max(lo, pos - 24))
    assert hedges.qualifier_before(text, pos, lo) == full


_AROUND = ["a", "an", "The", "the", "A", "AN", " ", "  ", "\u00a0", "\t", "\n", "-", "rise", "drop", "higher", "Lower",
           "LOWER", "much", "price", "of", "K", "\u017f", "\u0131", "x", ",", "5", " rise", " drop", "-drop", " higher",
           " Lower", "\u00a0higher"]
_SIDE = st.lists(st.sampled_from(_AROUND), max_size=8)


@settings(max_examples=600, deadline=None)
@given(_SIDE.map(" ".join), _SIDE.map("".join), st.data())
def test_change_noun_after_is_the_plain_reading(before_text, after_text, data):
    """hedges._noun_after tests the article and the letter after the figure before the noun pattern:
    it must give what the pattern with the article test after it gives."""
    text = before_text + "5" + after_text
    start, end = len(before_text), len(before_text) + 1
    lo = data.draw(st.just(0) | st.integers(0, start))
    hi = data.draw(st.just(len(text)) | st.integers(end, len(text)))
    c = hedges._change_words()
    a = c.after.match(text, end, hi)
    plain = None
    if a and (hedges.ARTICLE_BEFORE.search(text, max(lo, start - 6), start) or a.group(0).strip().lower() in ("higher", "lower")):
        plain = "up" if a.group("up") else "down"
    assert hedges._noun_after(text, lo, hi, start, end, c) == plain


_VERB_PIECES = ["rose", "Rose", "fell", "FELL", "ticked up", "ticked", "up", "edged lower", "lower", "grew", "sales",
                "prices", "company's", "by", "about", "as much as", "more than", "the", "cut", "cuts", "gave",
                "K", "\u017f", "\u0131", "\u00e9", ",", "-", "\u00a0", "\t", "  ", "x"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_VERB_PIECES), max_size=12).map(" ".join), st.sampled_from(["", " ", "  ", "\u00a0"]),
       st.data())
def test_change_verb_search_is_the_plain_backward_match(words, space, data):
    """hedges._verb_before starts its backward search two words before the first verb written: it
    must find what the search of the whole window finds (when a verb is written in it)."""
    text = words + space + "5% more"
    start = len(words) + len(space)
    lo = data.draw(st.just(0) | st.integers(0, start))
    c = hedges._change_words()
    window = max(lo, start - hedges.VERB_REACH)
    want = hedges.back(c.before, text, lo, start, hedges.VERB_REACH) if writes_any(text, window, start, c.verbs) else None
    got = hedges._verb_before(text, lo, start, c)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


_GAP_PIECES = ["km", "km2", "m", "m2", "\u00b2", "per", "cent", "per cent", "percent", "%", "miles", "to", "/", "h",
               "W/m2", "kg", "-", " ", "\u00a0", "\t", "K", "\u017f", "x", "$", "5", "2", "year", "old"]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_GAP_PIECES), max_size=6).map("".join), st.sampled_from([" ", "\u00a0", "\t"]),
       st.sampled_from(["7", "2", "10 km", "3%", "2 m2", "9/10", "5x"]))
def test_unit_between_two_figures_reads_as_far_as_the_next(gap, space, second):
    """claims._unit_between reads the unit after a figure up to the sentence's end where a space and a
    digit start the next figure: the same as reading it up to the next figure."""
    text = "5" + gap + space + second + " of it"
    end, nxt_start = 1, 1 + len(gap) + len(space)
    assert claims._unit_between(text, end, nxt_start, len(text)) == units.unit_after(text, end, nxt_start)


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.data())
def test_aged_is_the_plain_backward_match(text, data):
    pos = data.draw(st.just(len(text)) | st.integers(0, len(text)))
    lo = data.draw(st.integers(0, pos))
    assert claims._aged(text, lo, pos) == (hedges.back(claims._AGED, text, lo, pos, 8) is not None)


# what may stand next to a figure: rates, hedges after and before it, unit words before it, and
# characters re folds case across or that are no ASCII space
_NEXT_PIECES = ["a", "an", "A", "day", "a day", "per", "Per", "share", "each", "every", "/", "/yr", "daily", "Daily",
                "to", "the", "dollar", "to the", "or", "so", "or so", "or more", "plus", "Plus", "odd", "and", "more",
                "and more", "about", "some", "nearly", "at least", "~", "c.", "sub-", ">", "\u2248", "magnitude",
                "Mach", "MAGNITUDE", "K", "\u212a", "\u017f", "\u0131", "\u0130", "\u00e9", " ", "  ", "\u00a0", "\t",
                "\n", "-", "\u2010", "\u2011", "(", ",", ".", "5", "x", "s", "people", "\u20ac", "$", "\u00a3"]
_NEXT_TEXTS = st.lists(st.sampled_from(_NEXT_PIECES), max_size=8).map("".join)


@settings(max_examples=800, deadline=None)
@given(_NEXT_TEXTS, _NEXT_TEXTS, st.data())
def test_rate_gate_drops_only_what_per_after_does_not_read(before, after, data):
    """claims._rate attaches what units.per_after (past its own first test) finds, and nothing else."""
    text = before + "5" + after
    pos = len(before) + 1
    hi = data.draw(st.just(len(text)) | st.integers(pos, len(text)))
    d = claims.Draft(0, pos, 5.0)
    got = claims._rate(text, pos, hi, d)
    found = units.per_after(text, pos, hi)
    assert (got, d.per_unit, d.per_period) == ((found[2], found[0], found[1]) if found else (pos, None, False))


@settings(max_examples=800, deadline=None)
@given(_NEXT_TEXTS, _NEXT_TEXTS, st.data())
def test_hedge_and_unit_word_gates_drop_only_what_finds_nothing(before, after, data):
    """claims' character tests before hedges.qualifier_after, units.sign_after and units.unit_before
    say "no" only where the plain call finds nothing."""
    text = before + "5" + after
    start, end = len(before), len(before) + 1
    lo = data.draw(st.just(0) | st.integers(0, start))
    hi = data.draw(st.just(len(text)) | st.integers(end, len(text)))
    if not claims._sign_may_follow(text, end):
        assert units.sign_after(text, end, hi) is None
    if not claims._hedge_may_follow(text, end):
        assert hedges.qualifier_after(text, end, hi) is None
        assert hedges.qualifier_after(text, end, hi, noun_next=False) is None
    if not claims._unit_word_may_end(text, start):
        assert units.unit_before(text, start, lo) is None


def test_the_character_gates_let_the_lexicon_through():
    """Each gate says "maybe" where its call finds something."""
    text = "a magnitude 6.8 quake, about 40 or so a day"
    assert claims._unit_word_may_end(text, text.index("6.8"))
    assert claims._hedge_may_follow(text, text.index("40") + 2)
    assert claims._sign_may_follow("1,200 \u20ac", 5) and claims._sign_may_follow("1,200\u20ac", 5)
    assert claims._rate(text, text.index("so") + 2, len(text), claims.Draft(0, 1, 1.0)) == len(text)


@settings(max_examples=800, deadline=None)
@given(_NEXT_TEXTS, st.sampled_from(["$", "US$", "\u20ac", "\u00a3", "EUR", "USD", "killed", "Killed", "KILLED",
                                     "wounded", "dead", "slain", "", "x"]), _NEXT_TEXTS, st.data())
def test_sign_and_casualty_gates_drop_only_what_finds_nothing(before, word, after, data):
    """claims' character test before the casualty verbs before a figure says "no" only where the
    plain call finds nothing."""
    text = before + word + data.draw(st.sampled_from(["", " ", "  ", "\u00a0"])) + "5" + after
    start = text.rindex("5", 0, len(text) - len(after))
    lo = data.draw(st.just(0) | st.integers(0, start))
    if not claims._may_end(text, start, claims._cues().casualty_last):
        assert hedges.back(claims._casualty_verbs()[0], text, lo, start, 12) is None
