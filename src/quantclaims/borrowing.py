"""A figure written without its unit that borrows it from the figure next to it.

English states a unit once for several figures in two forward-looking constructions:
- suspended hyphens: "four-, five- and six-cylinder engines", "two- and three-year terms" (each
  figure is a count of cylinders, a number of years);
- a part of a stated whole: "12 of the 40 soldiers", "280 million of the 2 billion euros he needs"
  (12 soldiers, 280 million euros), also with the whole put first ("Of the 12 candidates, 3 were
  women", "43 missiles, of which 35 were downed", "120 passengers, 30 of whom", "20 titles, including
  eight", "12 schools and 8 of them"; a part of casualties "including" is casualties: "killed 40
  people, including 12 children"); a count of "the number of X" ("the number of deaths rose to
  1,234": 1,234 deaths); a count right
  before a measure fused to its noun counts that noun ("three 500-pound bombs"); a share of a stated whole is a share of its things ("half of
  the 300 stalls": entity "stalls").
The borrowing figure keeps its own span (what is written for it); its unit, counted noun and entity
are the neighbour's. Runs over the drafts of one sentence, after quantclaims.claims has read them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from quantclaims import hedges, phrases, units

if TYPE_CHECKING:
    from quantclaims.claims import Draft

_S = r"[ \t\u00a0]"
# what lies between a suspended figure ("four-") and the next figure of the series
_SUSPENDED = re.compile(rf"[-\u2010\u2011]{_S}*(?:,{_S}*)?(?:(?:and|or|&){_S}+)?\Z")
# what lies between a part and its whole
_PART_OF = re.compile(
    rf"{_S}+of{_S}+(?:(?:the|its|their|his|her|our|these|those|some){_S}+)?(?:(?:last|first|next|past|top|remaining|other){_S}+)?\Z",
    re.IGNORECASE,
)  # "12 of the 40 soldiers", "9 of its last 12 games", "30 of 35 drones"
# a whole put first: "Of the 12 candidates, 3 ..."
_OF_FRONT = re.compile(rf"(?<![\w-])[Oo]f{_S}+(?:the|those|these|its|their|his|her|our){_S}+\Z")
# and what may say more of that whole before the comma: "Of the 1,200 patients surveyed, 860 ..."
_FRONT_GAP = re.compile(rf"(?:{_S}+[A-Za-z][\w'\u2019-]*){{0,5}},{_S}*\Z")
# a part named after its whole: "43 missiles, of which 35 ...", "120 passengers, 30 of whom ..."
_OF_WHICH = re.compile(
    rf"(?:,{_S}*(?P<of>(?:of{_S}+(?:which|whom|them|those)|including){_S}+(?:(?:only|just|some|about){_S}+)?)?"
    rf"|,?{_S}+(?:and|but){_S}+)\Z",  # "12 schools and 8 of them": "of them" after the part
    re.IGNORECASE,
)
_INCLUDING = re.compile(rf",{_S}*including{_S}+(?:(?:only|just|some|about|at{_S}+least){_S}+)?\Z", re.IGNORECASE)
_OF_WHICH_AFTER = re.compile(rf"{_S}+of{_S}+(?:which|whom|them)\b", re.IGNORECASE)
# between a share and the figure of its whole, one modifier allowed ("two-thirds of the combined 4.3M sales")
_SHARE_OF = re.compile(
    rf"{_S}+of{_S}+(?:the|its|their|his|her|our|these|those){_S}+(?:[a-z]+(?:['\u2019]s)?{_S}+)?\Z", re.IGNORECASE
)  # "half of the city's 800,000 residents"


def _named(d: Draft) -> bool:
    return (d.unit is not None and d.unit.kind != "proportion") or d.noun is not None


_HYPHEN = "-\u2010\u2011"


def _count_before_a_measure(text: str, d: Draft, nxt: Draft) -> None:
    """"three 500-pound bombs", "2.9 million 9-litre cases": a bare count right before a measure
    fused to its noun counts that noun (the measure keeps its own claim). A verb before the count
    then moves nothing without "by" ("dropped three 500-pound bombs" is no fall)."""
    if not text[d.end : nxt.start].isspace() or nxt.entity is None or not _named(nxt):
        return
    if text[nxt.start : nxt.end].rstrip()[-1:].isdigit() or not any(h in text[nxt.start : nxt.end] for h in _HYPHEN):
        return
    c = phrases.counted(text, nxt.end, len(text))
    if c is None or c.noun is None:
        return
    d.noun, d.entity, d.casualty = c.noun, c.entity, c.casualty
    _no_change_without_by(text, d)


def _no_change_without_by(text: str, d: Draft) -> None:
    """A figure that now counts a noun moves nothing unless "by" comes before it (as quantclaims.claims
    reads a count): "dropped three 500-pound bombs", "lost five of their last seven games"."""
    if d.change is not None and not hedges.BY_BEFORE.search(text, max(0, d.start - 6), d.start):
        d.change = None


# "the number of deaths rose to": the count's noun phrase, then a few words of verb before the figure
_NUMBER_OF = re.compile(rf"(?<![\w-])the{_S}+(?:total{_S}+)?number{_S}+of{_S}+", re.IGNORECASE)  # ("a number of": several)
_VERB_GAP = re.compile(rf"(?:{_S}+[A-Za-z]+){{1,5}}{_S}+\Z")


# "a population of 12,000", "the city's population is 2.1 million": people (not "the wolf population")
_POPULATION = re.compile(
    rf"(?<![\w-])(?:the|a|an|its|their|our|[A-Za-z]+['\u2019]s){_S}+(?:total{_S}+)?population(?:{_S}+[a-z]+){{1,3}}{_S}+\Z",
    re.IGNORECASE,
)


def _number_of(text: str, d: Draft, lo: int) -> None:
    """"The number of deaths rose to 1,234": a bare whole figure after the verb of "the number of X"
    counts X (a noun of its own or a rise before it takes it no further); a population counts people."""
    window = max(lo, d.start - 80)
    before = text[window : d.start].lower()  # (lowered once for both substring tests)
    if "population" in before and _POPULATION.search(text, window, d.start):
        d.noun, d.entity = units.noun("people"), "population"
        return
    if "number" not in before:
        return
    for m in _NUMBER_OF.finditer(text, window, d.start):
        c = phrases.counted(text, m.end() - 1, d.start)
        if c is not None and c.noun is not None and _VERB_GAP.match(text, c.end, d.start):
            d.noun, d.entity, d.casualty = c.noun, c.entity, c.casualty
            return


def borrow_units(text: str, drafts: Sequence[Draft]) -> None:
    """Give each bare figure the unit of the figure it is written against (see the module doc).
    Right to left, so that a series borrows down its chain ("four-, five- and six-cylinder")."""
    for k in range(len(drafts) - 2, -1, -1):
        d, nxt = drafts[k], drafts[k + 1]
        if d.share() and nxt.noun is not None and nxt.entity and _SHARE_OF.match(text, d.end, nxt.start):
            d.entity = nxt.entity  # "half of the 300 stalls": a share of stalls
            continue
        if d.value is not None and nxt.value is not None and d.bare():
            _count_before_a_measure(text, d, nxt)
        if d.value is None or not d.bare() or not _named(nxt):
            continue
        gap = text[d.end : nxt.start]
        if _SUSPENDED.match(gap) is None and _PART_OF.match(gap) is None:
            continue
        d.unit, d.noun, d.entity, d.age = nxt.unit, nxt.noun, nxt.entity, nxt.age
        if d.unit is None:
            _no_change_without_by(text, d)
    for k, d in enumerate(drafts):
        if d.value is not None and d.value.is_integer() and d.bare():  # (is_integer: an overflow to inf is none)
            _number_of(text, d, drafts[k - 1].end if k else 0)
    for whole, d in zip(drafts, drafts[1:]):  # "Of the 12 candidates, 3 were women": the whole first
        if whole.noun is None or d.value is None or not d.bare():
            continue
        if (_FRONT_GAP.match(text, whole.end, d.start) and _OF_FRONT.search(text, max(0, whole.start - 12), whole.start)) or (
            (m := _OF_WHICH.match(text, whole.end, d.start)) is not None
            and (m.group("of") or _OF_WHICH_AFTER.match(text, d.end))
        ):  # "43 missiles, of which 35 ...", "120 passengers, 30 of whom ...", "20 titles, including eight"
            d.unit, d.noun, d.entity = whole.unit, whole.noun, whole.entity
    for whole, d in zip(drafts, drafts[1:]):  # "killed 40 people, including 12 children": casualties too
        if whole.casualty and not d.casualty and d.unit is None and _INCLUDING.match(text, whole.end, d.start):
            d.casualty = True
