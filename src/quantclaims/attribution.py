"""Who asserts a figure, according to the text. First cut: nothing is attributed (being replaced)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

Span = tuple[int, int]


@dataclass(frozen=True)
class Attribution:
    """The source of a claim as written ('Ukrainian officials') and its span when it is in the text."""

    name: str
    start: int | None = None
    end: int | None = None


def attribute(text: str, sentences: Sequence[Span], spans: Sequence[Span]) -> list[Attribution | None]:
    """One Attribution or None for each claim span (spans sorted by start; sentences from split_sentences)."""
    return [None for _ in spans]
