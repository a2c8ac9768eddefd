"""Accuracy of quantclaims on a NewsQuant-format file, with the CQE paper's protocol.

    python benchmarks/newsquant.py [--data FILE] [--predictions-out OUT.jsonl] [--limit N]
                                   [--show-errors] [--peers] [--json | --markdown]

Runs quantclaims on each sentence (each sentence is its own document), reads every claim in
NewsQuant's terms (nqmap.py), and prints P/R/F1 for value, value+change and value+unit
(scoring.py), error counts per category, and the same scores for the bare-regex baseline (and
quantulum3 with --peers, when installed). Predictions go one JSON line per input sentence, in input
order. Bad input exits 2 with a message naming the file and item.

Matching (scoring.py), the same for every system: per sentence and per criterion, a maximum
one-to-one matching; among maximum matchings, ties between equal values go to the pair that agrees
on change and unit, so the errors listed (read from the value criterion's pairs) are real
disagreements, not two equal values paired crosswise. A prediction may give more than one name for
its unit (quantclaims: a counted noun's lemma and its noun phrase); any of them may match.
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import itertools
import json
import sys
from pathlib import Path
from typing import Any, Callable, Sequence

import common
import nqmap
from scoring import CRITERIA, Quantity, SentenceResult, Totals, canonical_unit, score, units_match

System = Callable[[str], list[Quantity]]
ONE_NAME = "qc-1-unit-name"  # quantclaims scored with only its first unit name per quantity


def quantclaims_system(path: str = "fast") -> System:
    """quantclaims as a NewsQuant system: fast path extract_claims, or the DataFrame extract."""
    if path == "fast":
        run = common.quantclaims_fast()
    else:
        extract = common.quantclaims_frame()

        def run(text: str, doc_id: str) -> list[Any]:
            return list(extract(text, doc_id).itertuples(index=False))
    counter = itertools.count()

    def system(text: str) -> list[Quantity]:
        doc_id = f"newsquant-{next(counter):05d}"
        out = []
        for claim in run(text, doc_id):
            q = nqmap.claim_to_quantity(claim)
            if q is not None:
                out.append(q)
        return out

    return system


def _quantity_json(q: Quantity) -> dict[str, Any]:
    value = list(q.value) if isinstance(q.value, tuple) else q.value
    return {"value": value, "change": q.change, "unit": q.unit}


def predictions_jsonl(texts: Sequence[str], preds: Sequence[Sequence[Quantity]]) -> str:
    """One JSON object per sentence, input order: {"text", "quantities": [{value, change, unit}]}."""
    lines = [
        json.dumps({"text": t, "quantities": [_quantity_json(q) for q in ps]}, ensure_ascii=False)
        for t, ps in zip(texts, preds)
    ]
    return "".join(line + "\n" for line in lines)


# ---- error analysis ------------------------------------------------------------------------------
def category(q: Quantity) -> str:
    """A coarse class of quantity, for counting where errors fall."""
    if isinstance(q.value, tuple):
        return "range"
    u = canonical_unit(q.unit)
    if u == "percentage":
        return "percent"
    head = u.split(" per ")[0]
    if head in _CURRENCY_WORDS or (head.split() or [""])[-1] in {"dollar", "yen", "euro", "cent"}:
        return "money"
    if u == "age" or u.endswith(" age"):
        return "age"
    if u == "-":
        return "bare number"
    if u == "count":
        return "times/count"
    if nqmap.physical_name(u) != u or u in _PHYSICAL_WORDS:
        return "physical unit"
    return "counted noun"


_CURRENCY_WORDS = {canonical_unit(n) for n in nqmap.CURRENCY_NAMES.values()} | {"dollar", "sen", "shekel"}
_PHYSICAL_WORDS = {"kilometre", "metre", "litre", "mile per hour", "celsius", "fahrenheit", "pound"}


def error_counts(
    golds: Sequence[Sequence[Quantity]], preds: Sequence[Sequence[Quantity]], results: Sequence[SentenceResult]
) -> dict[str, collections.Counter]:
    """missed / spurious per category (value criterion), and wrong change / unit pairs."""
    c: dict[str, collections.Counter] = {k: collections.Counter() for k in
                                         ("missed", "spurious", "wrong change", "wrong unit")}
    for gold, pred, r in zip(golds, preds, results):
        vm = r.matches["value"]
        matched_p, matched_g = {p for p, _ in vm}, {g for _, g in vm}
        c["missed"].update(category(gold[g]) for g in range(len(gold)) if g not in matched_g)
        c["spurious"].update(category(pred[p]) for p in range(len(pred)) if p not in matched_p)
        for p, g in vm:
            if pred[p].change != gold[g].change:
                c["wrong change"][f"{pred[p].change} for {gold[g].change}"] += 1
            if not units_match(pred[p], gold[g]):
                c["wrong unit"][category(gold[g])] += 1
    return c


def sentence_errors(text: str, gold: Sequence[Quantity], pred: Sequence[Quantity], r: SentenceResult) -> list[str]:
    """Readable lines for one sentence's errors; empty when everything matched under all criteria."""
    vm = r.matches["value"]
    matched_p, matched_g = {p for p, _ in vm}, {g for _, g in vm}
    lines = []
    for g in range(len(gold)):
        if g not in matched_g:
            lines.append(f"  missed   {_show(gold[g])}")
    for p in range(len(pred)):
        if p not in matched_p:
            lines.append(f"  spurious {_show(pred[p])}")
    for p, g in vm:
        value = _show(pred[p]).split(" ")[0]
        if pred[p].change != gold[g].change:
            lines.append(f"  change   {value}: {pred[p].change!r} for gold {gold[g].change!r}")
        pu, gu = canonical_unit(pred[p].unit), canonical_unit(gold[g].unit)
        if not units_match(pred[p], gold[g]):
            lines.append(f"  unit     {value}: {pred[p].unit!r} for gold {gold[g].unit!r} (as {pu!r} vs {gu!r})")
    return [text] + lines if lines else []


def _show(q: Quantity) -> str:
    v = f"{q.value[0]:g}..{q.value[1]:g}" if isinstance(q.value, tuple) else f"{q.value:g}"
    return f"{v} {q.change} {q.unit!r}"


# ---- running -------------------------------------------------------------------------------------
def run_system(system: System, texts: Sequence[str]) -> list[list[Quantity]]:
    return [system(t) for t in texts]


def summary(totals: Totals) -> dict[str, Any]:
    out: dict[str, Any] = {"predictions": totals.n_pred, "gold": totals.n_gold}
    for c in CRITERIA:
        p, r, f = totals.prf(c)
        out[c] = {"matched": totals.matched[c], "precision": round(p, 2), "recall": round(r, 2), "f1": round(f, 2)}
    return out


def format_table(rows: dict[str, dict[str, Any]]) -> str:
    head = f"{'system':<14} {'criterion':<13} {'P':>6} {'R':>6} {'F1':>6}  matched/pred/gold"
    lines = [head, "-" * len(head)]
    for name, s in rows.items():
        for c in CRITERIA:
            m = s[c]
            lines.append(f"{name:<14} {c:<13} {m['precision']:6.1f} {m['recall']:6.1f} {m['f1']:6.1f}  "
                         f"{m['matched']}/{s['predictions']}/{s['gold']}")
    return "\n".join(lines)


def format_markdown(rows: dict[str, dict[str, Any]]) -> str:
    """The scores as a Markdown table (P / R / F1 per criterion), for BENCHMARKS.md."""
    head = "| system | " + " | ".join(f"{c} P / R / F1" for c in CRITERIA) + " | predictions / gold |"
    lines = [head, "|" + " --- |" * (len(CRITERIA) + 2)]
    for name, s in rows.items():
        cells = [f"{s[c]['precision']:.1f} / {s[c]['recall']:.1f} / **{s[c]['f1']:.1f}**" for c in CRITERIA]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {s['predictions']} / {s['gold']} |")
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=None,
                    help="NewsQuant-format JSON (default: $QUANTCLAIMS_NEWSQUANT or "
                         "../shared/benchmarks/newsquant/newsquant-dev.json beside the repository)")
    ap.add_argument("--predictions-out", type=Path, help="write quantclaims' predictions here (JSONL)")
    ap.add_argument("--limit", type=int, help="only the first N sentences")
    ap.add_argument("--show-errors", action="store_true", help="print each sentence with an error")
    ap.add_argument("--peers", action="store_true", help="also score quantulum3 when it is installed")
    ap.add_argument("--path", choices=("fast", "frame"), default="fast",
                    help="extract_claims (fast, default) or extract (DataFrame)")
    ap.add_argument("--json", action="store_true", help="print the scores as one JSON object")
    ap.add_argument("--markdown", action="store_true", help="print the scores as a Markdown table")
    args = ap.parse_args(argv)
    if args.limit is not None and args.limit < 0:
        ap.error("--limit must be >= 0")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    common.ensure_importable()
    from quantclaims.errors import QuantclaimsError

    try:
        items = common.load_newsquant(args.data or common.default_newsquant_path(), args.limit)
        systems: dict[str, System] = {"quantclaims": quantclaims_system(args.path),
                                      "regex": nqmap.regex_quantities}
    except QuantclaimsError as e:
        print(f"newsquant: error: {e}", file=sys.stderr)
        return 2
    texts = [it.text for it in items]
    golds = [[Quantity(q.value, q.change, q.unit) for q in it.quantities] for it in items]

    if args.peers:
        try:
            import quantulum3  # noqa: F401
        except ImportError:
            print("newsquant: quantulum3 is not installed (pip install 'quantclaims[bench]'); skipped",
                  file=sys.stderr)
        else:
            systems["quantulum3"] = nqmap.quantulum_quantities

    report: dict[str, Any] = {"data": str(args.data or common.default_newsquant_path()),
                              "sentences": len(items), "systems": {}}
    qc_preds: list[list[Quantity]] = []
    qc_results: list[SentenceResult] = []
    for name, system in systems.items():
        preds = run_system(system, texts)
        totals, results = score(list(zip(preds, golds)))
        report["systems"][name] = summary(totals)
        if name == "quantclaims":
            qc_preds, qc_results = preds, results
            # the same predictions with one unit name each (no alternatives), as peers are scored
            single = [[dataclasses.replace(q, unit_alternatives=()) for q in p] for p in preds]
            report["systems"][ONE_NAME] = summary(score(list(zip(single, golds)))[0])
    errors = error_counts(golds, qc_preds, qc_results)
    report["quantclaims_errors"] = {k: dict(sorted(v.items())) for k, v in errors.items()}

    if args.predictions_out:
        common.write_atomic(args.predictions_out, predictions_jsonl(texts, qc_preds))

    if args.json:
        print(json.dumps(report, indent=2, sort_keys=True))
        return 0
    if args.markdown:
        print(format_markdown(report["systems"]))
        return 0
    print(f"{report['data']}: {len(items)} sentences, {sum(len(g) for g in golds)} gold quantities")
    print(format_table(report["systems"]))
    print("\nquantclaims errors (value criterion: missed gold / spurious predictions, by category):")
    for kind, counter in errors.items():
        shown = ", ".join(f"{k} {n}" for k, n in counter.most_common()) or "none"
        print(f"  {kind:<13} {sum(counter.values()):>4}: {shown}")
    if args.show_errors:
        print("\nsentences with errors:")
        for text, gold, pred, r in zip(texts, golds, qc_preds, qc_results):
            lines = sentence_errors(text, gold, pred, r)
            if lines:
                print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
