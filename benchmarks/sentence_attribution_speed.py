"""Speed of sentence splitting and attribution alone, in sentences per second on one core.

    python benchmarks/sentence_attribution_speed.py [--repeat N] [--pysbd]

Corpora: each source text as one document, the two sources repeated 40 times as one long document
(to show that cost stays linear), and the NewsQuant development sentences as one document of one
paragraph each (when the file is there). Claim spans are stood in for by every digit run, so the
figure measures attribution's own work, not the extractor's. Best of --repeat runs, each at least
0.2 s, after one untimed warm-up (lexicon loading). --pysbd also times pysbd on the sources.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from quantclaims.attribution import attribute  # noqa: E402
from quantclaims.sentences import paragraphs, split_sentences  # noqa: E402

DIGITS = re.compile(r"\d[\d,.]*")


def best_rate(fn: Callable[[], object], units: int, repeat: int) -> float:
    """Units per second of fn, best of `repeat` timed rounds of at least 0.2 s each."""
    fn()
    best = float("inf")
    for _ in range(repeat):
        n, t0 = 0, time.perf_counter()
        while True:
            fn()
            n += 1
            elapsed = time.perf_counter() - t0
            if elapsed >= 0.2:
                break
        best = min(best, elapsed / n)
    return units / best


def corpora() -> dict[str, str]:
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((ROOT / "datasets" / "sources").glob("*.txt"))}
    out = dict(texts)
    out["sources x40"] = "\n".join(list(texts.values()) * 40)
    news = Path(os.environ.get("QUANTCLAIMS_NEWSQUANT", "/work/shared/benchmarks/newsquant/newsquant-dev.json"))
    if news.is_file():
        import json

        items = json.loads(news.read_text(encoding="utf-8"))
        out["newsquant-dev"] = "\n".join(it["text"].replace("\n", " ") for it in items)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pysbd", action="store_true")
    args = ap.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(f"{'corpus':24} {'sentences':>9} {'spans':>6} {'split/s':>10} {'attribute/s':>12}")
    for name, text in corpora().items():
        sents = split_sentences(text)
        spans = [m.span() for m in DIGITS.finditer(text)]
        split = best_rate(lambda: split_sentences(text), len(sents), args.repeat)
        attr = best_rate(lambda: attribute(text, sents, spans), len(sents), args.repeat)
        print(f"{name:24} {len(sents):9d} {len(spans):6d} {split:10,.0f} {attr:12,.0f}")
        if args.pysbd and name != "sources x40" and name != "newsquant-dev":
            import pysbd

            seg = pysbd.Segmenter(language="en", clean=False, char_span=True)
            rate = best_rate(lambda: [seg.segment(text[s:e]) for s, e in paragraphs(text)], len(sents), 1)
            print(f"{'  pysbd':24} {'':9} {'':6} {rate:10,.0f}")


if __name__ == "__main__":
    main()
