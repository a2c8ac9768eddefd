"""The alignments table for people: a fixed-width table, or JSON Lines for programs."""

from __future__ import annotations

import json
from typing import Any, Iterator

import pandas as pd

from quantclaims.schema import plain

SPAN_WIDTH = 34
"""Characters of a span shown in the table; longer spans end in an ellipsis."""


def json_lines(alignments: pd.DataFrame) -> Iterator[str]:
    """One JSON object per row, columns in schema order, nulls as null, UTF-8 kept as is."""
    names = list(alignments.columns)
    for row in alignments.itertuples(index=False, name=None):
        yield json.dumps({k: plain(v) for k, v in zip(names, row)}, ensure_ascii=False)


def _clip(text: Any, width: int) -> str:
    text = "" if plain(text) is None else str(text).replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def format_table(alignments: pd.DataFrame) -> str:
    """A readable fixed-width table: status, left span, right span, score, drift."""
    header = f"{'status':<10} {'left (original)':<{SPAN_WIDTH}} {'right (re-report)':<{SPAN_WIDTH}} {'score':>5}  drift"
    lines = [header, "-" * len(header)]
    for row in alignments.to_dict("records"):
        score = plain(row["score"])
        status = row["status"] + ("*" if row["is_repeat"] else "")
        lines.append(
            f"{status:<10} {_clip(row['left_span_text'], SPAN_WIDTH):<{SPAN_WIDTH}} "
            f"{_clip(row['right_span_text'], SPAN_WIDTH):<{SPAN_WIDTH}} "
            f"{'' if score is None else f'{score:.2f}':>5}  {plain(row['drift']) or ''}"
        )
    counts = alignments["status"].value_counts()
    lines.append(
        f"{int(counts.get('matched', 0))} matched, {int(counts.get('left_only', 0))} only in the original, "
        f"{int(counts.get('right_only', 0))} only in the re-report" + ("; * repeated mention" if alignments["is_repeat"].any() else "")
    )
    return "\n".join(lines) + "\n"
