"""A small stand-in extractor for the build tests: every run of digits is an exact count claim.

It follows the extractor's interface (`extract_tables(text, doc_id) -> (claims, mentions)`) and
produces tables that pass validation, so the pipeline can be tested without the real extractor.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from quantclaims.schema import frame
from quantclaims.sentences import split_sentences

DIGITS = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def fake_extract_tables(text: str, doc_id: str):
    sentences = split_sentences(text)
    claims: dict[str, list] = {k: [] for k in (
        "claim_id", "doc_id", "start", "end", "span_text", "sentence_index", "sentence_start",
        "sentence_end", "value", "value_low", "value_high", "normalized_value", "normalized_unit",
        "quantity_kind", "claim_type", "qualifier")}
    mentions: dict[str, list] = {k: [] for k in (
        "mention_id", "doc_id", "start", "end", "text", "sentence_index", "form", "value",
        "disposition", "claim_id")}
    for m in DIGITS.finditer(text):
        s, e = m.span()
        idx = next(i for i, (ss, se) in enumerate(sentences) if ss <= s < se)
        value = float(m.group().replace(",", ""))
        cid = f"{doc_id}:{s}-{e}"
        for k, v in (("claim_id", cid), ("doc_id", doc_id), ("start", s), ("end", e),
                     ("span_text", m.group()), ("sentence_index", idx),
                     ("sentence_start", sentences[idx][0]), ("sentence_end", sentences[idx][1]),
                     ("value", value), ("value_low", value), ("value_high", value),
                     ("normalized_value", value), ("normalized_unit", "count"),
                     ("quantity_kind", "count"), ("claim_type", "count"), ("qualifier", "exact")):
            claims[k].append(v)
        for k, v in (("mention_id", cid), ("doc_id", doc_id), ("start", s), ("end", e),
                     ("text", m.group()), ("sentence_index", idx), ("form", "digits"),
                     ("value", value), ("disposition", "claim"), ("claim_id", cid)):
            mentions[k].append(v)
    # Reverse order on purpose: the build must sort, not trust the extractor's order.
    c = frame("claims", claims).iloc[::-1].reset_index(drop=True)
    m = frame("mentions", mentions).iloc[::-1].reset_index(drop=True)
    return c, m


REPO = Path(__file__).resolve().parents[1]


def copy_layout(dst):
    """A temporary copy of the repository layout a build reads: datasets/sources (texts + manifest)."""
    shutil.copytree(REPO / "datasets" / "sources", dst / "datasets" / "sources")
    return dst
