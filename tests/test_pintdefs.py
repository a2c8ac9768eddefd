"""The cut pint definitions (lexicon/pint_definitions.txt): current, complete, and converting every
lexicon unit to exactly the float pint's full registry gives."""

import pytest

from quantclaims import pintdefs, table_rules, units
from quantclaims.errors import QuantclaimsError
from quantclaims.lexicon import load

ROOT = """\
@defaults
    system = mks
@end
kilo- = 1e3 = k-
milli- = 1e-3 = m-
meter = [length] = m = metre
second = [time] = s
@import more.txt
@group Old
    furlong = 220 * yard = fur
    yard = 0.9144 * meter = yd
@end
parsec = 3.0857e16 * meter = pc
@context sp
    [length] -> [frequency]: speed_of_light / value
@end
@system mks
    meter
@end
"""
MORE = "speed_of_light = 299792458 m/s = c  # a constant\nfoot = yard / 3 = ft = feet\n"
READ = {"root.txt": ROOT, "more.txt": MORE}


def test_cut_keeps_what_a_unit_is_defined_from_in_pint_order():
    lines = pintdefs.cut(READ, "root.txt", ["furlongs"]).splitlines()  # plural read as pint does
    assert lines == ["kilo- = 1e3 = k-", "milli- = 1e-3 = m-", "meter = [length] = m = metre",
                     "furlong = 220 * yard = fur", "yard = 0.9144 * meter = yd"]


def test_cut_follows_imports_symbols_and_prefixed_names():
    lines = pintdefs.cut(READ, "root.txt", ["kilofoot", "c"]).splitlines()
    assert "speed_of_light = 299792458 m/s = c" in lines  # from the @imported file, comment dropped
    assert {"second = [time] = s", "foot = yard / 3 = ft = feet", "yard = 0.9144 * meter = yd"} <= set(lines)
    assert not any(line.startswith(("furlong", "parsec", "@", "[")) for line in lines)  # no blocks


def test_cut_leaves_out_words_pint_does_not_know():
    assert pintdefs.cut(READ, "root.txt", ["troops"]).splitlines() == ["kilo- = 1e3 = k-", "milli- = 1e-3 = m-"]


def test_cut_refuses_a_definition_whose_base_is_missing():
    with pytest.raises(QuantclaimsError, match="'chain'"):
        pintdefs.cut({"r.txt": "meter = [length] = m\nrod = chain / 4\n"}, "r.txt", ["rod"])


def test_the_definitions_file_is_current():
    assert pintdefs.path().read_text(encoding="utf-8") == pintdefs.render(), (
        "lexicon/pint_definitions.txt is stale: run `python -m quantclaims.pintdefs`"
    )


def _lexicon_conversions():
    lex = load("units")
    targets = {kind: lex["pint_targets"].get(name, name) for kind, name in lex["targets"].items()}
    pairs = {(u["pint"], targets[u["kind"]]) for u in lex["unit"] if u.get("pint") and u["kind"] in targets}
    pairs |= {(lex["period_pint"].get(p, p), "day") for p in lex["periods"].values()}
    return sorted(pairs)


@pytest.mark.parametrize(("pint_unit", "target"), _lexicon_conversions())
def test_every_lexicon_unit_converts_as_with_the_full_registry(pint_unit, target):
    full = units.full_registry()
    if target == "degree_Celsius":
        got = units.convert(7.5, pint_unit, "degC")
        assert got == full.Quantity(7.5, pint_unit).to(target).magnitude
    else:
        small = units.registry()
        got = (1.0 * small.parse_expression(pint_unit)).to(target).magnitude
        assert got == (1.0 * full.parse_expression(pint_unit)).to(target).magnitude  # exactly


def _lemmas():
    lex = load("units")
    return sorted({u["lemma"] for u in lex["unit"]} | set(lex["periods"]) | set(lex["periods"].values()))


@pytest.mark.parametrize("lemma", _lemmas())
def test_table_rules_reads_every_lexicon_lemma_as_the_full_registry_does(lemma):
    small = table_rules._pint_unit(units.registry(), lemma)
    full = table_rules._pint_unit(units.full_registry(), lemma)
    assert (small is None) == (full is None)
    if small is not None:
        assert str(small) == str(full)
        assert units.registry().get_root_units(small)[0] == units.full_registry().get_root_units(full)[0]


def test_extracting_lexicon_units_never_builds_the_full_registry():
    from quantclaims.extract import extract_claims

    units.full_registry.cache_clear()
    units.factor.cache_clear()
    claims = extract_claims("The 2,000-pound bomb fell 3 miles away; the river rose 4 feet in 2 weeks, to 40F.")
    assert {c.unit for c in claims} >= {"pound", "mile", "foot"}
    assert units.full_registry.cache_info().currsize == 0


def test_a_slash_compound_outside_the_lexicons_is_read_with_the_full_registry():
    from quantclaims.extract import extract_claims

    for cached in (units.full_registry, units._compound, units.factor):
        cached.cache_clear()
    [claim] = extract_claims("The probe hit the surface at 30 ft/s.")
    assert claim.normalized_value == pytest.approx(30 * 0.3048 * 3.6)  # km/h
    assert units.full_registry.cache_info().currsize == 1


def test_a_table_unit_no_lexicon_names_is_checked_with_the_full_registry():
    assert table_rules.expected_normalized(3, "angstrom", None, "m") == pytest.approx(3e-10)
    with pytest.raises(ValueError, match="pint does not know unit 'wibble'"):
        table_rules.expected_normalized(2, "wibble", None, "m")
