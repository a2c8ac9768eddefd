"""Temperatures read from their sentence: the scale of a bare "degrees", and differences.

- A bare "degrees" in a sentence whose other temperatures are all on one scale is on that scale:
  "rose 5 degrees to 30C" is 5 Celsius degrees, "35C, about 8 degrees above average" too; not an
  angle ("turned the plane 30 degrees", "90 degrees to the east").
- A temperature that is a difference of two temperatures (a rise or fall, "warmed about 2.2
  degrees Fahrenheit", "8 degrees above average") is converted without the scale's offset:
  2.7 degrees Fahrenheit of warming is 1.5 degC, where the reading 2.7F is -16.3 degC. The unit
  keeps its lemma; its pint name becomes pint's delta unit and the normalization note says so.

The words are lexicon/units.toml [temperature_differences].
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from quantclaims.lexicon import alternation, load

if TYPE_CHECKING:
    from quantclaims.claims import Draft

_S = r"[ \t\u00a0]"
_NOTE = "a difference of temperatures, converted without the scale's offset"


@dataclasses.dataclass(frozen=True)
class _Rules:
    before: re.Pattern[str]
    after: re.Pattern[str]
    angle_after: re.Pattern[str]
    angle_before: re.Pattern[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    lex = load("units")["temperature_differences"]

    def words(name: str) -> str:
        return alternation(lex[name])

    return _Rules(
        re.compile(rf"(?<![\w-])(?:{words('before')}){_S}+\Z", re.IGNORECASE),
        re.compile(rf"{_S}+(?:{words('after')})\b", re.IGNORECASE),
        re.compile(rf"{_S}+(?:{words('angle_after')})\b", re.IGNORECASE),
        re.compile(rf"(?<![\w-])(?:{words('angle_before')})(?:{_S}+[A-Za-z]+){{0,3}}{_S}+\Z", re.IGNORECASE),
    )


def _difference(r: _Rules, text: str, lo: int, hi: int, d: Draft) -> bool:
    """A rise or fall (not the levels of a "from X to Y"), or a figure a difference word stands beside."""
    if d.change is not None and not (d.qualifier == "range" and (d.qualifier_text or "").lower() == "from"):
        return True
    return (r.before.search(text, max(lo, d.start - 24), d.start) is not None
            or r.after.match(text, d.end, hi) is not None)


def read_temperatures(text: str, lo: int, hi: int, drafts: list[Draft]) -> None:
    """Give a bare "degrees" the scale of its sentence's temperatures, and mark differences."""
    scales = {d.unit.lemma: d.unit for d in drafts if d.unit is not None and d.unit.kind == "temperature"}
    if not scales:
        return
    r = _rules()
    for d in drafts:
        if d.unit is None:
            continue
        if (d.unit.lemma == "degree" and len(scales) == 1 and not r.angle_after.match(text, d.end, hi)
                and not r.angle_before.search(text, max(lo, d.start - 40), d.start)):
            d.unit = next(iter(scales.values()))
        if d.unit.kind == "temperature" and d.unit.pint and _difference(r, text, lo, hi, d):
            d.unit = dataclasses.replace(d.unit, pint=f"delta_{d.unit.pint}", note=_NOTE)
