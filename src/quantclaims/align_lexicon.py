"""The data quantclaims.align works from (lexicon/align.toml), read once on first use.

Weights, threshold and tolerances live in the TOML file rather than in code so that they can be
tuned and reviewed as data; this module only checks them and gives them types.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping

from quantclaims.errors import QuantclaimsError
from quantclaims.lexicon import load

FEATURES = ("value", "context", "entity", "claim_type", "order", "attribution")
"""The pair-score features, in the order the weights table must name them."""


@dataclass(frozen=True)
class AlignLexicon:
    weights: Mapping[str, float]
    threshold: float
    anchor_score: float
    repeat_context: float
    topic_floor: float
    topic_full: float
    base_tolerance: float
    max_hedge_tolerance: float
    point_decay: float
    interval_decay: float
    contained: float
    max_rounding_digits: int
    stopwords: frozenset[str]
    synonym_class: Mapping[str, str]
    generic_sources: frozenset[str]


def _fail(problem: str) -> QuantclaimsError:
    return QuantclaimsError(f"lexicon/align.toml: {problem}")


@lru_cache(maxsize=1)
def lexicon() -> AlignLexicon:
    """The parsed lexicon; raises QuantclaimsError naming the key when the file is malformed."""
    raw = load("align")  # a missing or unparsable file raises QuantclaimsError naming it
    try:
        score, value, words = raw["score"], raw["value"], raw["words"]
        weights = {k: float(v) for k, v in score["weights"].items()}
        if set(weights) != set(FEATURES):
            raise _fail(f"[score].weights must name exactly {FEATURES}, not {sorted(weights)}")
        if any(w < 0 for w in weights.values()) or sum(weights.values()) <= 0:
            raise _fail("[score].weights must be non-negative with a positive sum")
        synonym_class: dict[str, str] = {}
        for group in words["synonyms"]:
            for word in group:
                if word in synonym_class:
                    raise _fail(f"synonym {word!r} is in two groups")
                synonym_class[word] = group[0]
        return AlignLexicon(
            weights=weights,
            threshold=float(score["threshold"]),
            anchor_score=float(score["anchor_score"]),
            repeat_context=float(score["repeat_context"]),
            topic_floor=float(score["topic_floor"]),
            topic_full=float(score["topic_full"]),
            base_tolerance=float(value["base_tolerance"]),
            max_hedge_tolerance=float(value["max_hedge_tolerance"]),
            point_decay=float(value["point_decay"]),
            interval_decay=float(value["interval_decay"]),
            contained=float(value["contained"]),
            max_rounding_digits=int(value["max_rounding_digits"]),
            stopwords=frozenset(words["stopwords"]),
            synonym_class=synonym_class,
            generic_sources=frozenset(words["generic_sources"]),
        )
    except KeyError as exc:
        raise _fail(f"missing key {exc.args[0]!r}") from None
    except (TypeError, ValueError) as exc:
        raise _fail(str(exc)) from None
