"""Link the same claim across an original (left) and its re-report (right), and say how it drifted.

    >>> rows = align(claims_of_original, claims_of_rereport, original_text, rereport_text)

The result follows schema/alignments.toml: one row per linked pair, with a score and drift labels
(align_drift), and one row per claim with no counterpart, what the re-report left out (left_only)
or added (right_only).

How pairs are chosen, for any two documents (no table of known pairs):
1. every pair of compatible claims is scored (align_score: value, context, entity, claim type,
   attribution, order);
2. confident pairs of a first greedy assignment become anchors, and the order feature is
   recomputed against them (a pair crossing many anchors is out of place);
3. a global one-to-one assignment, greedy by score (ties broken by left then right position), keeps
   pairs at or above the threshold. Greedy rather than optimal (scipy's linear_sum_assignment) so
   that the result never depends on an optional package, and is deterministic by construction;
4. a claim left over that repeats a linked claim of its own document (same normalized quantity,
   similar sentence or same entity) links to that claim's counterpart too, with is_repeat true:
   a re-report saying "2.5 years of war" twice points both mentions at the original's one.
"""

from __future__ import annotations

import math
from typing import IO, Any, Callable, Iterable, Mapping, Sequence

import pandas as pd

from quantclaims.align_claims import AlignInputError, ClaimView, check_frame, claim_views, learn_factors
from quantclaims.align_drift import drift_labels, pair_relative_difference
from quantclaims.align_lexicon import lexicon
from quantclaims.align_score import Anchors, combine, compatible, features, order_similarity
from quantclaims.align_text import content_words, dice, idf_weights
from quantclaims.schema import frame as schema_frame
from quantclaims.table_rules import records
from quantclaims.sentences import split_sentences

__all__ = ["align", "run_align_command", "AlignInputError"]


def _greedy(scored: Iterable[tuple[float, ClaimView, ClaimView]], threshold: float) -> list[tuple[float, ClaimView, ClaimView]]:
    """One-to-one pairs by descending score (rounded to 1e-9 so float noise cannot reorder ties)."""
    ranked = sorted(
        (p for p in scored if p[0] >= threshold),
        key=lambda p: (-round(p[0], 9), p[1].start, p[2].start, p[1].claim_id, p[2].claim_id),
    )
    used_left: set[str] = set()
    used_right: set[str] = set()
    out = []
    for s, left, right in ranked:
        if left.claim_id in used_left or right.claim_id in used_right:
            continue
        used_left.add(left.claim_id)
        used_right.add(right.claim_id)
        out.append((s, left, right))
    return out


def _is_repeat(a: ClaimView, b: ClaimView) -> bool:
    """Do two claims of one document state the same quantity about the same thing?"""
    if a.normalized_unit != b.normalized_unit or a.kind != b.kind:
        return False
    qa, qb = a.quantity, b.quantity
    if qa.point is not None or qb.point is not None:
        if qa.point is None or qb.point is None or not math.isclose(qa.point, qb.point, rel_tol=1e-9):
            return False
    elif (qa.low, qa.high) != (qb.low, qb.high):
        return False
    if a.entity_words and a.entity_words == b.entity_words:
        return True
    if a.context_words is not None and b.context_words is not None:
        return (dice(a.context_words, b.context_words) or 0.0) >= lexicon().repeat_context
    return False


def _idf(texts: Sequence[str | None]) -> dict[str, float] | None:
    """Context-word weights from the sentences of both texts; None unless both are given."""
    if any(t is None for t in texts):
        return None
    return idf_weights([content_words(t[s:e]) for t in texts if t is not None for s, e in split_sentences(t)])


def _link_pairs(
    lefts: Sequence[ClaimView], rights: Sequence[ClaimView], idf: Mapping[str, float] | None
) -> list[tuple[float, ClaimView, ClaimView, bool]]:
    """The linked pairs: (score, left, right, is_repeat)."""
    lex = lexicon()
    feats = {
        (l.index, r.index): features(l, r, None, idf)
        for l in lefts
        for r in rights
        if compatible(l, r)
    }
    first = [(combine(f), lefts[i], rights[j]) for (i, j), f in feats.items()]
    anchors = Anchors([(l, r) for s, l, r in _greedy(first, lex.threshold) if s >= lex.anchor_score])
    # Only the order feature changes with anchors; a pair that cannot reach the threshold whatever
    # its order is not rescored.
    order_weight = lex.weights["order"] / sum(lex.weights.values())
    scored = []
    for (s, l, r) in first:
        if anchors and s + order_weight >= lex.threshold:
            f = dict(feats[(l.index, r.index)])
            f["order"] = order_similarity(l, r, anchors)
            s = combine(f)
        scored.append((s, l, r))
    chosen = _greedy(scored, lex.threshold)
    score_of = {(l.index, r.index): s for s, l, r in scored}
    links = [(s, l, r, False) for s, l, r in chosen]
    of_left = {l.index: r for _, l, r in chosen}
    of_right = {r.index: l for _, l, r in chosen}
    for s, r, l in _repeats(rights, of_right, lambda other, c: score_of.get((other.index, c.index), 0.0)):
        links.append((s, l, r, True))
    for s, l, r in _repeats(lefts, of_left, lambda other, c: score_of.get((c.index, other.index), 0.0)):
        links.append((s, l, r, True))
    return links


def _repeats(
    claims: Sequence[ClaimView], partner: dict[int, ClaimView], pair_score: Callable[[ClaimView, ClaimView], float]
) -> list[tuple[float, ClaimView, ClaimView]]:
    """(score, claim, counterpart) for each unlinked claim repeating a linked claim of its document.

    `partner` maps a linked claim's index to its counterpart; `pair_score(counterpart, claim)`.
    """
    threshold = lexicon().threshold
    out = []
    for c in claims:
        if c.index in partner:
            continue
        options = [
            (pair_score(partner[t.index], c), partner[t.index])
            for t in claims
            if t.index in partner and _is_repeat(t, c)
        ]
        options = [o for o in options if o[0] >= threshold]
        if options:
            s, counterpart = max(options, key=lambda o: (round(o[0], 9), -o[1].start))
            out.append((s, c, counterpart))
    return out


def _doc_id(views: Sequence[ClaimView], given: str | None) -> str | None:
    return given if given is not None else (views[0].doc_id if views else None)


def align(
    left: pd.DataFrame,
    right: pd.DataFrame,
    left_text: str | None = None,
    right_text: str | None = None,
    *,
    left_doc_id: str | None = None,
    right_doc_id: str | None = None,
) -> pd.DataFrame:
    """The alignments table (schema/alignments.toml) of two claims tables.

    `left` holds the original's claims, `right` the re-report's (schema/claims.toml; at least the
    columns in align_claims.REQUIRED). With the texts, the words of each claim's sentence are
    compared too, and every span is checked against its text. `left_doc_id`/`right_doc_id` name
    the documents when a claims table is empty. Raises AlignInputError on unusable input.
    """
    check_frame(left, "left")
    check_frame(right, "right")
    left_rows, right_rows = records(left), records(right)
    learned = learn_factors(left_rows, right_rows)
    lefts = claim_views(left_rows, left_text, "left", learned)
    rights = claim_views(right_rows, right_text, "right", learned)
    left_id, right_id = _doc_id(lefts, left_doc_id), _doc_id(rights, right_doc_id)
    links = _link_pairs(lefts, rights, _idf([left_text, right_text]))

    linked_left = {l.index for _, l, _, _ in links}
    linked_right = {r.index for _, _, r, _ in links}
    first_partner = {r.index: l for _, l, r, rep in links if not rep}
    rows: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    for s, l, r, repeat in links:
        rows.append(((l.start, 0, r.start), _row(left_id, right_id, l, r, s, repeat)))
    for l in lefts:
        if l.index not in linked_left:
            rows.append(((l.start, 0, -1), _row(left_id, right_id, l, None, None, False)))
    for r in rights:
        if r.index not in linked_right:
            before = [t for t in rights if t.start < r.start and t.index in first_partner]
            anchor = first_partner[before[-1].index].start if before else -1
            rows.append(((anchor, 1, r.start), _row(left_id, right_id, None, r, None, False)))
    rows.sort(key=lambda kv: kv[0])
    columns: dict[str, list[Any]] = {name: [] for name in rows[0][1]} if rows else {}
    for _, row in rows:
        for name, value in row.items():
            columns[name].append(value)
    return schema_frame("alignments", columns or {"alignment_id": [], "status": [], "is_repeat": []})


def _row(
    left_id: str | None, right_id: str | None, l: ClaimView | None, r: ClaimView | None, s: float | None, repeat: bool
) -> dict[str, Any]:
    matched = l is not None and r is not None
    return {
        "alignment_id": f"{l.claim_id if l else ''}~{r.claim_id if r else ''}",
        "status": "matched" if matched else ("left_only" if l is not None else "right_only"),
        "left_doc_id": left_id,
        "left_claim_id": l.claim_id if l else None,
        "right_doc_id": right_id,
        "right_claim_id": r.claim_id if r else None,
        "score": round(s, 6) if s is not None else None,
        "drift": ";".join(drift_labels(l, r)) if matched else None,
        "is_repeat": repeat,
        "relative_difference": _round(pair_relative_difference(l, r)) if matched else None,
        "left_span_text": l.span_text if l else None,
        "right_span_text": r.span_text if r else None,
        "left_normalized_value": l.normalized_value if l else None,
        "left_normalized_unit": l.normalized_unit if l else None,
        "right_normalized_value": r.normalized_value if r else None,
        "right_normalized_unit": r.normalized_unit if r else None,
        "left_attributed_to": l.attributed_to if l else None,
        "right_attributed_to": r.attributed_to if r else None,
    }


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def run_align_command(left_id: str, left_text: str, right_id: str, right_text: str, as_json: bool, out: IO[str]) -> int:
    """`quantclaims align A B [--json]`: extract both texts' claims, align them, print the result."""
    from quantclaims.align_report import format_table, json_lines
    from quantclaims.extract import extract

    alignments = align(
        extract(left_text, doc_id=left_id),
        extract(right_text, doc_id=right_id),
        left_text,
        right_text,
        left_doc_id=left_id,
        right_doc_id=right_id,
    )
    if as_json:
        for line in json_lines(alignments):
            out.write(line + "\n")
    else:
        out.write(format_table(alignments))
    return 0
