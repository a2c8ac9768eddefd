"""The benchmark scripts: the scorer against hand-computed figures, the claim -> NewsQuant mapping,
input errors, and each script run end to end on a tiny file of our own sentences.

No timing is asserted anywhere: speed is reported by benchmarks/throughput.py, never tested.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
MINI = ROOT / "tests" / "data" / "newsquant-mini.json"
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

import common  # noqa: E402
import newsquant  # noqa: E402
import nqmap  # noqa: E402
import scoring  # noqa: E402
import throughput  # noqa: E402
from quantclaims.errors import QuantclaimsError  # noqa: E402
from scoring import Quantity, canonical_unit, max_matching, score, values_match  # noqa: E402


# ---- values and matching -------------------------------------------------------------------------
def test_values_close_within_rtol_1e_5_only():
    assert values_match(100.0, 100.0005)  # relative difference 5e-6
    assert not values_match(100.0, 100.01)  # 1e-4
    assert values_match(1.8e9, 1.8e9 * (1 + 5e-6))


def test_range_matches_only_a_range_with_both_ends_close():
    assert values_match((6.0, 9.0), (6.0, 9.0))
    assert values_match((9.0, 6.0), (6.0, 9.0))  # "from 9 down to 6": order of the ends is not scored
    assert not values_match((6.0, 9.0), (6.0, 9.5))
    assert not values_match(6.0, (6.0, 9.0))
    assert not values_match((6.0, 6.0), 6.0)


def test_each_gold_quantity_is_matched_at_most_once():
    # two predictions of 5 against one gold 5: one match, one spurious prediction
    totals, _ = score([([Quantity(5.0), Quantity(5.0)], [Quantity(5.0)])])
    assert totals.matched["value"] == 1
    p, r, f = totals.prf("value")
    assert (round(p, 2), round(r, 2), round(f, 2)) == (50.0, 100.0, 66.67)


def test_matching_is_maximum_not_greedy():
    # p0 is close to both gold values, p1 only to g0: greedy p0->g0 would leave p1 unmatched.
    gold = [Quantity(100.0), Quantity(100.0009)]
    pred = [Quantity(100.0005), Quantity(99.9995)]
    assert values_match(pred[0].value, gold[0].value) and values_match(pred[0].value, gold[1].value)
    assert values_match(pred[1].value, gold[0].value) and not values_match(pred[1].value, gold[1].value)
    totals, results = score([(pred, gold)])
    assert totals.matched["value"] == 2
    assert results[0].matches["value"] == [(0, 1), (1, 0)]


def test_max_matching_on_an_explicit_graph():
    edges = {(0, 0), (0, 1), (1, 0), (2, 1), (2, 2)}
    pairs = max_matching(3, 3, lambda p, g: (p, g) in edges)
    assert len(pairs) == 3
    assert len({p for p, _ in pairs}) == len({g for _, g in pairs}) == 3
    assert all(pair in edges for pair in pairs)


def test_equal_values_pair_toward_the_agreeing_change():
    # "Oil rose 2% while gas fell 2%": both gold values are 2; the value pairing must not swap them
    gold = [Quantity(2.0, "up", "%"), Quantity(2.0, "down", "%")]
    pred = [Quantity(2.0, "down", "%"), Quantity(2.0, "up", "%")]
    r = scoring.score_sentence(pred, gold)
    assert r.matches["value"] == [(0, 1), (1, 0)]
    assert len(r.matches["value+change"]) == 2


def test_preferring_matching_is_maximum_first_then_best_scoring():
    import itertools
    import random

    rng = random.Random(7)
    for _ in range(300):
        n_p, n_g = rng.randint(0, 4), rng.randint(0, 4)
        edges = {(p, g): rng.randint(0, 2) for p in range(n_p) for g in range(n_g) if rng.random() < 0.6}
        got = max_matching(n_p, n_g, lambda p, g: (p, g) in edges, lambda p, g: edges[(p, g)])
        assert len({p for p, _ in got}) == len({g for _, g in got}) == len(got)
        assert all(pair in edges for pair in got)
        best = (0, 0)  # brute force: (size, score) of every matching
        for k in range(min(n_p, n_g) + 1):
            for ps in itertools.combinations(range(n_p), k):
                for gs in itertools.permutations(range(n_g), k):
                    if all((p, g) in edges for p, g in zip(ps, gs)):
                        best = max(best, (k, sum(edges[(p, g)] for p, g in zip(ps, gs))))
        assert (len(got), sum(edges[pair] for pair in got)) == best


def test_change_symbol_must_be_equal_for_value_change():
    gold = [Quantity(8.0, "up", "percentage"), Quantity(40.0, "<", "flat")]
    pred = [Quantity(8.0, "=", "%"), Quantity(40.0, "<", "flats")]
    totals, _ = score([(pred, gold)])
    assert totals.matched == {"value": 2, "value+change": 1, "value+unit": 2}


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("%", "percentage"), ("per cent", "percentage"), ("percent", "percentage"),
        ("$", "dollar"), ("US$", "dollar"), ("USD", "dollars"),
        ("meter", "metre"), ("kilometers", "kilometre"), ("liters", "litre"),
        ("kilometer / hour", "kilometre per hour"), ("miles an hour", "mile per hour"),
        ("people", "person"), ("feet", "foot"), ("new buses", "new bus"), ("batteries", "battery"),
        ("houses", "house"), ("viruses", "virus"),
        ("degree_Celsius", "celsius"), ("pound-mass", "pounds"), ("-", None),
        ("fishermen", "fisherman"),
        # function words dropped and superlatives lemmatized inside a phrase, as NewsQuant writes it
        ("boxes of frozen fish", "box frozen fish"), ("Ford and Fiat cars", "Ford Fiat car"),
        ("the widest bridges in the region", "wide bridge region"), ("biggest ships", "big ship"),
        ("happiest cities", "happy city"), ("finest wines", "fine wine"), ("best phones", "good phone"),
        ("pound-foot", "foot pound-force"), ("lb-ft", "foot pound-force"), ("age", "year of age"),
    ],
)
def test_unit_synonyms_are_mapped_on_both_sides(a, b):
    assert canonical_unit(a) == canonical_unit(b)


@pytest.mark.parametrize(("a", "b"), [("dollar", "euro"), ("mile", "kilometre"), ("bus", "-"),
                                      ("percentage", "point"), ("year", "year of age"),
                                      ("tallest towers", "tall"), ("oldest forest", "old forestry"),
                                      ("interest rate", "inter rate")])
def test_different_units_stay_different(a, b):
    assert canonical_unit(a) != canonical_unit(b)


def test_singular_is_idempotent_on_lemmas():
    for w in ("bus", "virus", "celsius", "analysis", "gas", "glass", "troop", "person"):
        assert scoring.singular(scoring.singular(w)) == scoring.singular(w)
    assert scoring.singular("glasses") == "glass"
    assert scoring.singular("cities") == "city"


def test_hand_computed_scores_over_three_sentences():
    # sentence 1: gold 12 bus =, 3.5e6 dollar =; predicted 12 buses =, 3.5 '-' =   -> 1 value match
    # sentence 2: gold 8 percentage up; predicted 8 % up, 2023 '-' =                -> 1 (spurious 2023)
    # sentence 3: gold range 6..9 kilometre; predicted 6 km, 9 km (not a range)     -> 0, 1 missed
    pairs = [
        ([Quantity(12.0, "=", "buses"), Quantity(3.5, "=", "-")],
         [Quantity(12.0, "=", "bus"), Quantity(3.5e6, "=", "dollar")]),
        ([Quantity(8.0, "up", "%"), Quantity(2023.0, "=", "-")], [Quantity(8.0, "up", "percentage")]),
        ([Quantity(6.0, "=", "kilometre"), Quantity(9.0, "=", "kilometre")], [Quantity((6.0, 9.0), "=", "kilometre")]),
    ]
    totals, _ = score(pairs)
    assert (totals.n_pred, totals.n_gold) == (6, 4)
    assert totals.matched == {"value": 2, "value+change": 2, "value+unit": 2}
    p, r, f = totals.prf("value")  # P 2/6, R 2/4, F1 = 2PR/(P+R) = 40
    assert (round(p, 2), round(r, 2), round(f, 2)) == (33.33, 50.0, 40.0)


def test_no_predictions_and_no_gold_score_zero_without_dividing_by_zero():
    totals, _ = score([([], [])])
    assert totals.prf("value") == (0.0, 0.0, 0.0)


# ---- our claims in NewsQuant's terms -------------------------------------------------------------
def claim(**kw):
    base = dict(value=None, value_low=None, value_high=None, unit=None, per_unit=None,
                normalized_unit="number", quantity_kind="number", qualifier="exact", change=None,
                span_text="", qualifier_text=None)
    base.update(kw)
    return SimpleNamespace(**base)


@pytest.mark.parametrize(
    ("qualifier", "symbol"),
    [("exact", "="), ("approximate", "~"), ("nearly", "~"), ("more_than", ">"), ("at_least", ">"),
     ("less_than", "<"), ("at_most", "<")],
)
def test_qualifier_to_change_symbol(qualifier, symbol):
    assert nqmap.claim_to_quantity(claim(value=5.0, qualifier=qualifier)).change == symbol


@pytest.mark.parametrize(("words", "symbol"), [("nearly", "~"), ("almost", "~"), ("just under", "<"),
                                              ("just below", "<"), ("just short of", "<")])
def test_nearly_is_approximate_unless_its_words_say_under(words, symbol):
    q = nqmap.claim_to_quantity(claim(value=5.0, qualifier="nearly", qualifier_text=words))
    assert q.change == symbol


def test_an_article_standing_for_one_is_not_a_newsquant_quantity():
    # NewsQuant tags no figure where no number is written ("more than a century")
    article = claim(value=1.0, qualifier="more_than", unit="century", quantity_kind="duration",
                    span_text="more than a century", claim_type="duration")
    assert nqmap.claim_to_quantity(article) is None
    once = claim(value=1.0, per_unit="month", quantity_kind="rate", span_text="once a month", claim_type="frequency")
    assert nqmap.claim_to_quantity(once) is not None  # a frequency is tagged
    one = claim(value=1.0, unit="year", quantity_kind="duration", span_text="one year", claim_type="duration")
    assert nqmap.claim_to_quantity(one) is not None


def test_a_multiple_said_by_a_verb_is_not_a_newsquant_quantity():
    doubled = claim(value=2.0, quantity_kind="ratio", span_text="more than doubled", change="up", claim_type="other")
    assert nqmap.claim_to_quantity(doubled) is None
    twofold = claim(value=2.0, quantity_kind="ratio", span_text="twofold", change="up", claim_type="other")
    assert nqmap.claim_to_quantity(twofold) is not None


def test_rise_or_fall_wins_over_the_qualifier():
    q = nqmap.claim_to_quantity(claim(value=3.0, qualifier="approximate", change="down",
                                      unit="percent", normalized_unit="fraction", quantity_kind="proportion"))
    assert (q.value, q.change, canonical_unit(q.unit)) == (3.0, "down", "percentage")


@pytest.mark.parametrize(("words", "symbol"), [("about", "~"), ("~", "~"), ("roughly between", "~"), ("between about", "~"),
                                              ("between", "="), ("from", "="), (None, "=")])
def test_a_range_after_an_approximating_hedge_is_approximate(words, symbol):
    q = nqmap.claim_to_quantity(claim(qualifier="range", value_low=6.0, value_high=9.0, qualifier_text=words))
    assert q.value == (6.0, 9.0) and q.change == symbol


def test_a_from_to_range_of_levels_is_no_move_in_newsquant_terms():
    q = nqmap.claim_to_quantity(claim(qualifier="range", value_low=35.0, value_high=40.0, qualifier_text="from",
                                      change="down"))
    assert q.change == "="
    q = nqmap.claim_to_quantity(claim(qualifier="range", value_low=5.0, value_high=6.0, qualifier_text="between",
                                      change="up"))
    assert q.change == "up"  # "rose between 5% and 6%": the size of the rise


def test_range_claim_becomes_a_range():
    q = nqmap.claim_to_quantity(claim(qualifier="range", value_low=6.0, value_high=9.0, unit="km",
                                      normalized_unit="m", quantity_kind="length"))
    assert q.value == (6.0, 9.0) and q.change == "="
    assert canonical_unit(q.unit) == "kilometre"


def test_a_duration_as_a_compound_modifier_is_not_tagged_but_a_measure_is():
    def q(span, kind, unit):
        return nqmap.claim_to_quantity(claim(value=3.0, value_low=3.0, value_high=3.0, span_text=span,
                                             unit=unit, quantity_kind=kind))

    assert q("three-year", "duration", "year") is None
    assert q("three years", "duration", "year").value == 3.0
    assert q("3-inch", "length", "inch").value == 3.0
    assert q("3-year-old", "age", "year").value == 3.0


def test_vague_scale_words_become_decade_ranges_and_others_are_dropped():
    def vague(span):
        return nqmap.claim_to_quantity(claim(qualifier="vague", value_low=1.0, value_high=2.0,
                                             span_text=span, unit="fan", quantity_kind="count"))

    assert vague("tens of thousands of fans").value == (1e4, 1e5)
    assert vague("Hundreds of fans").value == (100.0, 1000.0)
    assert vague("millions of fans").value == (1e6, 1e7)
    assert vague("dozens of fans").value == (12.0, 120.0)
    assert vague("several fans") is None
    assert vague("a few fans") is None


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        (dict(unit="dollar", normalized_unit="USD", quantity_kind="money"), "dollar"),
        (dict(unit="euro", normalized_unit="EUR", quantity_kind="money"), "euro"),
        (dict(unit="pound", normalized_unit="GBP", quantity_kind="money"), "pound sterling"),
        (dict(unit="cent", normalized_unit="USD", quantity_kind="money"), "cent"),
        (dict(unit="year", normalized_unit="year", quantity_kind="age"), "year of age"),
        (dict(unit="month", normalized_unit="year", quantity_kind="age"), "month of age"),
        (dict(unit=None, normalized_unit="ratio", quantity_kind="ratio"), "count"),
        (dict(unit=None, normalized_unit="number", quantity_kind="number"), "-"),
        (dict(unit="volunteer", normalized_unit="count", quantity_kind="count"), "volunteer"),
        (dict(unit="mph", normalized_unit="km/h", quantity_kind="speed"), "mile per hour"),
        (dict(unit="km/h", normalized_unit="km/h", quantity_kind="speed"), "kilometre per hour"),
        (dict(unit="sq m", normalized_unit="km2", quantity_kind="area"), "square metre"),
        (dict(unit="PS", normalized_unit="other", quantity_kind="other"), "horsepower"),
        (dict(unit="lb", normalized_unit="kg", quantity_kind="mass"), "pound"),
        (dict(unit="hour * kilowatt", normalized_unit="other", quantity_kind="other"), "kilowatt hour"),
        (dict(unit="kWh", normalized_unit="other", quantity_kind="other"), "kilowatt-hour"),
        (dict(unit="turn / minute", normalized_unit="other", quantity_kind="other"), "revolutions per minute"),
        (dict(unit="meter ** 2", normalized_unit="km2", quantity_kind="area"), "square metre"),
        (dict(unit="meal", per_unit="day", normalized_unit="count/day", quantity_kind="rate"), "meal per day"),
        (dict(unit="dollar", per_unit="month", normalized_unit="USD/day", quantity_kind="rate"), "dollar per month"),
        # a unit already in words keeps its word order (pint would sort it to "meter newton")
        (dict(unit="newton meter", normalized_unit="newton meter", quantity_kind="other"), "newton metre"),
        (dict(unit="time", normalized_unit="number", quantity_kind="number"), "count"),
        # a share in words ("two in five Danes") is named by what it is a share of
        (dict(unit=None, entity="Danes", normalized_unit="fraction", quantity_kind="proportion"), "% Danes"),
        (dict(unit=None, entity="the rural population", normalized_unit="fraction", quantity_kind="proportion"),
         "% rural population"),
        (dict(unit=None, normalized_unit="fraction", quantity_kind="proportion"), "-"),
        (dict(unit="percent", entity="the vote", normalized_unit="fraction", quantity_kind="proportion"),
         "percentage"),
        (dict(unit="dollar", per_unit="MMBtu", normalized_unit="USD/MMBtu", quantity_kind="money"),
         "dollar per mega british thermal unit"),
    ],
)
def test_units_in_newsquant_names(fields, expected):
    assert canonical_unit(nqmap.nq_unit(claim(value=1.0, **fields))) == canonical_unit(expected)


def test_counted_noun_may_match_by_head_lemma_or_by_its_phrase():
    # "Nine rival bakeries opened": the lemma is 'bakery', the phrase 'rival bakeries'
    q = nqmap.claim_to_quantity(claim(value=9.0, unit="bakery", entity="the rival bakeries",
                                      normalized_unit="count", quantity_kind="count"))
    # NewsQuant names a counted thing by its phrase first; the head lemma is the other name
    assert q.unit == "rival bakeries" and q.unit_alternatives == ("bakery",)
    for gold_unit, matched in (("rival bakery", 1), ("bakery", 1), ("bakery shop", 0)):
        totals, _ = score([([q], [Quantity(9.0, "=", gold_unit)])])
        assert totals.matched["value+unit"] == matched, gold_unit


def test_a_measured_quantity_entity_is_no_unit_but_may_qualify_it():
    # "12 km of new road": the entity is what was measured, not the unit; "km of new road" may be
    q = nqmap.claim_to_quantity(claim(value=12.0, unit="km", entity="new road", normalized_unit="km",
                                      quantity_kind="length"))
    for gold_unit, matched in (("new road", 0), ("kilometre of new road", 1), ("kilometre", 1)):
        totals, _ = score([([q], [Quantity(12.0, "=", gold_unit)])])
        assert totals.matched["value+unit"] == matched, gold_unit


def test_unit_alternatives_do_not_let_one_prediction_match_twice():
    pred = [Quantity(3.0, "=", "crane", ("tower crane",))]
    gold = [Quantity(3.0, "=", "crane"), Quantity(3.0, "=", "tower crane")]
    totals, _ = score([(pred, gold)])
    assert totals.matched["value+unit"] == 1


def test_missing_values_of_every_flavour_are_none():
    import pandas as pd

    row = SimpleNamespace(value=float("nan"), unit=pd.NA, qualifier="exact")
    assert nqmap.claim_to_quantity(row) is None


def test_regex_baseline_reads_numbers_with_separators():
    qs = nqmap.regex_quantities("Some 1,200 men, 3.5 tons and 7. Then 1.2.3 broke.")
    assert [q.value for q in qs] == [1200.0, 3.5, 7.0]
    assert all(q.change == "=" and q.unit == "-" for q in qs)


# ---- input files -------------------------------------------------------------------------------
def test_loads_values_and_ranges_in_newsquant_format():
    items = common.load_newsquant(MINI)
    assert len(items) == 7
    assert items[2].quantities[0].value == (6.0, 9.0)
    assert items[3].quantities == ()
    assert common.parse_gold_value("1.5E-29", "x") == 1.5e-29
    assert common.parse_gold_value("3.0 - 4.0", "x") == (3.0, 4.0)
    assert common.load_newsquant(MINI, limit=2)[1].text.startswith("Ticket sales")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'[{"text": "a", "quantities": [', r"not valid JSON.*line 1"),
        (b'{"text": "a"}', "expected a JSON list"),
        (b'[{"quantities": []}]', "item 0: expected an object with a string 'text'"),
        (b'[{"text": "a", "quantities": [{"value": "ten"}]}]', r"item 0 quantity 0: value 'ten'"),
        (b'[{"text": "a", "quantities": [{"value": "1", "change": "?"}]}]', r"item 0 quantity 0: change '\?'"),
        (b'[{"text": "\xff"}]', "not valid UTF-8 at byte offset 11"),
    ],
)
def test_bad_input_names_file_and_item(tmp_path, content, message):
    p = tmp_path / "bad.json"
    p.write_bytes(content)
    with pytest.raises(QuantclaimsError, match=message) as info:
        common.load_newsquant(p)
    assert "bad.json" in str(info.value)


def test_missing_file_exits_2_with_its_name(tmp_path, capsys):
    assert newsquant.main(["--data", str(tmp_path / "nope.json")]) == 2
    assert "nope.json" in capsys.readouterr().err


def test_missing_extractor_is_a_clear_error_not_a_traceback(monkeypatch, capsys):
    monkeypatch.setitem(sys.modules, "quantclaims.extract", None)  # makes the import fail
    assert newsquant.main(["--data", str(MINI), "--limit", "1"]) == 2
    assert "the extractor cannot be imported" in capsys.readouterr().err
    assert throughput.main(["--data", str(MINI), "--limit", "1", "--no-build"]) == 2
    assert "quantclaims.extract" in capsys.readouterr().err


# ---- the scripts end to end ----------------------------------------------------------------------
def standin_extract_claims(text, doc_id):
    """A tiny stand-in for quantclaims' fast path: bare numbers, and 'N percent' with 'rose'."""
    import re

    out = []
    for m in re.finditer(r"\d[\d,]*(?:\.\d+)?(?: (percent))?", text):
        v = float(m.group().split()[0].replace(",", ""))
        pct = m.group(1) is not None
        out.append(claim(value=v, value_low=v, value_high=v, span_text=m.group(),
                         unit="percent" if pct else None,
                         normalized_unit="fraction" if pct else "number",
                         quantity_kind="proportion" if pct else "number",
                         change="up" if pct and "rose" in text else None))
    return out


@pytest.fixture
def standin(monkeypatch):
    monkeypatch.setattr(common, "quantclaims_fast", lambda: standin_extract_claims)
    monkeypatch.setattr(common, "quantclaims_frame", lambda: standin_extract)


def standin_extract(text, doc_id):
    """The stand-in's DataFrame form, as quantclaims.extract returns one."""
    import pandas as pd

    return pd.DataFrame([vars(c) for c in standin_extract_claims(text, doc_id)])


def test_newsquant_script_scores_and_writes_one_line_per_sentence(standin, tmp_path, capsys):
    out = tmp_path / "pred.jsonl"
    assert newsquant.main(["--data", str(MINI), "--limit", "5", "--predictions-out", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    texts = [it.text for it in common.load_newsquant(MINI, limit=5)]
    assert [x["text"] for x in lines] == texts  # input order, sentences without quantities included
    assert lines[3]["quantities"] == []
    assert lines[1]["quantities"][0] == {"value": 8.0, "change": "up", "unit": "percent"}
    # stand-in on the first five sentences: predictions 3.5, 12 | 8%up, 4200 | 6, 9 | - | 250, 71 = 8;
    # gold 2 + 2 + 1 + 0 + 2 = 7; value matches 12, 8, 4200, 250, 71 = 5; with change: 12, 8, 71 = 3;
    # with unit: 8 percent, 4200 '-' = 2.
    qc = report["systems"]["quantclaims"]
    one = report["systems"][newsquant.ONE_NAME]  # the same predictions, one unit name each
    assert one["value"] == qc["value"] and one["value+unit"]["matched"] <= qc["value+unit"]["matched"]
    assert (qc["predictions"], qc["gold"]) == (8, 7)
    assert [qc[c]["matched"] for c in scoring.CRITERIA] == [5, 3, 2]
    assert qc["value"]["f1"] == round(2 * 5 / (8 + 7) * 100, 2)
    assert report["systems"]["regex"]["value"]["matched"] == 5
    assert report["quantclaims_errors"]["missed"] == {"money": 1, "range": 1}
    assert report["quantclaims_errors"]["spurious"] == {"bare number": 3}


@pytest.mark.parametrize(
    ("q", "expected"),
    [(Quantity((1.0, 2.0), "=", "%"), "range"), (Quantity(1.0, "=", "per cent"), "percent"),
     (Quantity(1.0, "=", "US$"), "money"), (Quantity(1.0, "=", "hong kong dollar"), "money"),
     (Quantity(1.0, "=", "pound sterling"), "money"), (Quantity(1.0, "=", "pounds"), "physical unit"),
     (Quantity(1.0, "=", "year of age"), "age"), (Quantity(1.0, "=", "-"), "bare number"),
     (Quantity(1.0, "=", "kilometers"), "physical unit"), (Quantity(1.0, "=", "volunteers"), "counted noun"),
     (Quantity(1.0, "=", "per day"), "counted noun")],
)
def test_error_categories(q, expected):
    assert newsquant.category(q) == expected


def test_newsquant_show_errors_prints_the_sentences_with_errors(standin, capsys):
    assert newsquant.main(["--data", str(MINI), "--limit", "3", "--show-errors"]) == 0
    out = capsys.readouterr().out
    assert "The trail is between 6 and 9 kilometers long." in out
    assert "missed   6..9 = 'kilometre'" in out
    assert "change   4200: '=' for gold '~'" in out
    assert "unit     12: '-' for gold 'bus' (as '-' vs 'bus')" in out
    assert "spurious 3.5 = '-'" in out
    assert "value+unit" in out


def test_newsquant_markdown_table(standin, capsys):
    assert newsquant.main(["--data", str(MINI), "--limit", "5", "--markdown"]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].startswith("| system | value P / R / F1 |")
    # stand-in: 5 of 8 predictions, 5 of 7 gold -> P 62.5, R 71.4, F1 66.7
    assert rows[2] == ("| quantclaims | 62.5 / 71.4 / **66.7** | 37.5 / 42.9 / **40.0** | "
                       "25.0 / 28.6 / **26.7** | 8 / 7 |")


def test_throughput_script_reports_every_system(standin, capsys):
    cpus = os.sched_getaffinity(0)
    assert throughput.main(["--limit", "5", "--repeat", "1", "--json", "--no-build", "--no-peers",
                            "--data", str(MINI)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["sentences"] == 5 and report["origin"] == {"newsquant": 5, "sources": 0}
    assert set(report["systems"]) == {"regex", "extract_claims", "extract"}
    for s in report["systems"].values():
        assert s["sentences_per_s"] > 0 and s["mb_per_s"] > 0
    whole = report["whole_sources"]
    assert whole["documents"] == 2 and whole["sentences"] > 10
    assert set(whole["systems"]) == {"regex", "extract_claims", "extract"}
    assert report["memory"]["max_rss_mb_before_peers"] > 0
    assert report["build"] == {"skipped": "--no-build"}
    assert report["machine"]["python"] == ".".join(map(str, sys.version_info[:3]))
    assert report["pinned_cpu"] in cpus
    assert os.sched_getaffinity(0) == cpus  # pinned while measuring, given back afterwards


def test_least_busy_cpu_is_one_of_the_allowed(monkeypatch):
    samples = iter([{0: 100, 1: 100, 2: 100}, {0: 110, 1: 160, 2: 190}])
    monkeypatch.setattr(throughput, "_cpu_idle", lambda: next(samples))
    assert throughput.least_busy_cpu({0, 1}, window_s=0) == 1  # CPU 2 idles most but is not ours
    monkeypatch.setattr(throughput, "_cpu_idle", dict)  # no /proc: the lowest allowed CPU
    assert throughput.least_busy_cpu({3, 5}, window_s=0) == 3


def test_cpu_idle_counts_every_cpu_we_may_use():
    idle = throughput._cpu_idle()
    assert os.sched_getaffinity(0) <= set(idle)
    assert all(v >= 0 for v in idle.values())


def test_build_is_timed_unpinned_with_bytecode_after_a_first_run_and_a_failure_is_reported(tmp_path, monkeypatch):
    # a build.py of our own: records the CPUs it may run on and whether bytecode writing is off,
    # and fails from its third run on
    (tmp_path / "build.py").write_text(
        "import os, pathlib\n"
        "log = pathlib.Path('runs.txt')\n"
        "before = log.read_text().splitlines() if log.exists() else []\n"
        "line = str(sorted(os.sched_getaffinity(0))) + ' ' + str(os.environ.get('PYTHONDONTWRITEBYTECODE'))\n"
        "log.write_text(chr(10).join([*before, line]) + chr(10))\n"
        "raise SystemExit(3 if len(before) >= 2 else 0)\n")
    monkeypatch.setattr(common, "REPO_ROOT", tmp_path)
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    cpu, allowed = throughput.pin_one_core()
    try:
        assert os.sched_getaffinity(0) == {cpu}
        ok = throughput.time_build(1, allowed)  # an untimed first run, then one timed
        failed = throughput.time_build(2, allowed)
    finally:
        os.sched_setaffinity(0, allowed)
    assert ok["runs"] == 1 and len(ok["wall_s"]) == 1 and ok["median_s"] >= 0 and ok["first_run_s"] >= 0
    assert failed["failed"] == "exit 3"  # stops at the first failing run
    assert (tmp_path / "runs.txt").read_text().splitlines() == [f"{sorted(allowed)} None"] * 3


def test_build_is_skipped_when_there_is_no_build_script(tmp_path, monkeypatch):
    monkeypatch.setattr(common, "REPO_ROOT", tmp_path)
    assert throughput.time_build(3) == {"skipped": "build.py does not exist yet"}


def test_corpus_appends_the_source_sentences():
    texts, origin = throughput.corpus(None, MINI)
    assert origin["newsquant"] == 7 and origin["sources"] > 10
    assert texts[:7] == [it.text for it in common.load_newsquant(MINI)]


def test_scripts_run_as_plain_commands_with_the_real_extractor(tmp_path):
    out = tmp_path / "p.jsonl"
    r = subprocess.run([sys.executable, str(BENCH / "newsquant.py"), "--data", str(MINI), "--limit", "5",
                        "--predictions-out", str(out)], capture_output=True, text=True, cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "quantclaims" in r.stdout and "regex" in r.stdout
    lines = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["text"] for x in lines] == [it.text for it in common.load_newsquant(MINI, limit=5)]
    r = subprocess.run([sys.executable, str(BENCH / "throughput.py"), "--limit", "5", "--repeat", "1",
                        "--no-build", "--no-peers", "--data", str(MINI)], capture_output=True, text=True,
                       cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "extract_claims" in r.stdout and "whole source texts" in r.stdout


def test_fast_path_and_dataframe_read_the_same_in_newsquant_terms():
    # The DataFrame's missing values (NaN, pd.NA) must map exactly like the dataclass's None.
    texts = [it.text for it in common.load_newsquant(MINI)]
    fast = newsquant.quantclaims_system("fast")
    frame = newsquant.quantclaims_system("frame")
    assert [fast(t) for t in texts] == [frame(t) for t in texts]
    assert any(fast(t) for t in texts)
