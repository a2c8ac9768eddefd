"""How likely two claims, one in each document, are the same claim: a score in 0..1.

Features, each 0..1 (weights in lexicon/align.toml [score]):
- value: agreement of the figures in normalized units (align_quantity.value_similarity);
- context: Dice overlap of the content words of the two sentences, outside the spans, each word
  weighted by its inverse sentence frequency in the two texts (align_text.idf_weights);
- entity: Dice overlap of what is counted (entity and unit words, synonyms folded);
- claim_type: 1 when equal;
- attribution: 1 same source or both unattributed, 0.5 one side unattributed, 0 different sources;
- order: how well the pair keeps the documents' order. Against anchors (confident matches of
  other claims): the share of anchors it does not cross. Without anchors: closeness of the two
  claims' relative positions. Re-reports keep the original's order in the main, but drop and move
  paragraphs, hence a weak weight.
The weighted mean is then scaled by a topic gate: a pair whose sentences and entities share
nothing keeps only topic_floor of its score (lexicon/align.toml), since an agreeing small number
alone is no evidence. Only claims of compatible kinds (the same quantity_kind, or count against a bare number) are
compared at all: a duration never links to a count, whatever the words say.
"""

from __future__ import annotations

from typing import Mapping, Sequence

from quantclaims.align_claims import ClaimView
from quantclaims.align_lexicon import lexicon
from quantclaims.align_quantity import value_similarity
from quantclaims.align_text import dice, same_source, weighted_dice

_INTERCHANGEABLE_KINDS = frozenset({"count", "number"})


def compatible(left: ClaimView, right: ClaimView) -> bool:
    """May these two claims be the same claim at all?"""
    if left.kind == right.kind:
        return True
    return {left.kind, right.kind} <= _INTERCHANGEABLE_KINDS


def attribution_similarity(left: ClaimView, right: ClaimView) -> float:
    a, b = left.attributed_to, right.attributed_to
    if a is None and b is None:
        return 1.0
    if a is None or b is None:
        return 0.5
    return 1.0 if same_source(a, b) else 0.0


class Anchors:
    """Confident pairs that fix the two documents' correspondence, for the order feature.

    A candidate pair crosses an anchor when it lies before the anchor in one document and after it
    in the other. Counting is done on bit masks (one bit an anchor) cached per claim, so scoring
    every pair against every anchor stays cheap on long documents.
    """

    def __init__(self, pairs: Sequence[tuple[ClaimView, ClaimView]]) -> None:
        self._pairs = tuple(pairs)
        self._left_bit = {a.claim_id: 1 << i for i, (a, _) in enumerate(self._pairs)}
        self._right_bit = {b.claim_id: 1 << i for i, (_, b) in enumerate(self._pairs)}
        self._masks: dict[tuple[str, int], int] = {}

    def __bool__(self) -> bool:
        return bool(self._pairs)

    def _before(self, side: str, start: int) -> int:
        """Mask of the anchors whose claim on `side` starts before `start`."""
        key = (side, start)
        if key not in self._masks:
            pick = 0 if side == "left" else 1
            self._masks[key] = sum(1 << i for i, p in enumerate(self._pairs) if p[pick].start < start)
        return self._masks[key]

    def similarity(self, left: ClaimView, right: ClaimView) -> float | None:
        """Share of the other anchors the pair does not cross; None when there are none."""
        own = self._left_bit.get(left.claim_id, 0) | self._right_bit.get(right.claim_id, 0)
        n = len(self._pairs) - own.bit_count()
        if n <= 0:
            return None
        crossing = ((self._before("left", left.start) ^ self._before("right", right.start)) & ~own).bit_count()
        return 1.0 - crossing / n


def order_similarity(left: ClaimView, right: ClaimView, anchors: Anchors | None = None) -> float:
    """Agreement with the anchors; without any, closeness of the two claims' relative positions."""
    by_anchors = anchors.similarity(left, right) if anchors else None
    if by_anchors is not None:
        return by_anchors
    return max(0.0, 1.0 - 2.0 * abs(left.rank - right.rank))


def features(
    left: ClaimView,
    right: ClaimView,
    anchors: Anchors | None = None,
    idf: Mapping[str, float] | None = None,
) -> dict[str, float | None]:
    """Each feature's value for the pair; None where it cannot be computed. `idf` weighs context words."""
    context = None
    if left.context_words is not None and right.context_words is not None:
        context = weighted_dice(left.context_words, right.context_words, idf)
    entity = dice(left.entity_words, right.entity_words) if left.entity_words and right.entity_words else None
    value = value_similarity(left.quantity, right.quantity) if left.normalized_unit == right.normalized_unit else 0.0
    return {
        "value": value,
        "context": context,
        "entity": entity,
        "claim_type": 1.0 if left.claim_type == right.claim_type else 0.0,
        "attribution": attribution_similarity(left, right),
        "order": order_similarity(left, right, anchors),
    }


def combine(feats: Mapping[str, float | None]) -> float:
    """Weighted mean of the available features, times the topic gate."""
    lex = lexicon()
    total = weight = 0.0
    for name, value in feats.items():
        if value is not None:
            total += lex.weights[name] * value
            weight += lex.weights[name]
    mean = total / weight if weight else 0.0
    topic = [v for v in (feats.get("context"), feats.get("entity")) if v is not None]
    if not topic:
        return mean
    gate = lex.topic_floor + (1 - lex.topic_floor) * min(1.0, max(topic) / lex.topic_full)
    return mean * gate


def score(
    left: ClaimView,
    right: ClaimView,
    anchors: Anchors | None = None,
    idf: Mapping[str, float] | None = None,
) -> float:
    """The pair's score; 0 for incompatible kinds."""
    return combine(features(left, right, anchors, idf)) if compatible(left, right) else 0.0
