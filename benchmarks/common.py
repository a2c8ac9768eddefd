"""What both benchmark scripts share: where things are, reading NewsQuant-format files, the
extractor under test, the bare-regex baseline, and the one way a benchmark reports bad input.

Kept free of work at import time: paths are resolved and quantclaims is imported only when a
function asks for them, so `import common` from a test costs nothing.
"""

from __future__ import annotations

import functools
import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

REPO_ROOT = Path(__file__).resolve().parent.parent
# The development half lives outside the repository (it has no license of its own and is never shipped).
DEFAULT_NEWSQUANT = REPO_ROOT.parent / "shared" / "benchmarks" / "newsquant" / "newsquant-dev.json"
SOURCES_DIR = REPO_ROOT / "datasets" / "sources"
NEWSQUANT_ENV = "QUANTCLAIMS_NEWSQUANT"

# The baseline every extractor must beat by far; the README's figures use exactly this pattern.
BARE_NUMBER = re.compile(r"\d[\d,.]*")


def ensure_importable() -> None:
    """Make the worktree's src/ importable when the package is not installed (scripts run bare)."""
    src = str(REPO_ROOT / "src")
    if src not in sys.path:
        sys.path.insert(0, src)


@functools.cache
def benchmark_error_class() -> type[Exception]:
    """BenchmarkInputError, a QuantclaimsError subclass (built on first use: quantclaims may not be
    importable until ensure_importable has run), so callers catch the package's one base class."""
    ensure_importable()
    from quantclaims.errors import QuantclaimsError

    class BenchmarkInputError(QuantclaimsError):
        """A benchmark input file cannot be used; the message names the file and the item."""

        def __init__(self, path: object, problem: str) -> None:
            self.path = path
            self.problem = problem
            super().__init__(f"{path}: {problem}")

    return BenchmarkInputError


def data_error(path: object, problem: str) -> Exception:
    """An error that names the file and what is wrong with it (and where, when known)."""
    return benchmark_error_class()(path, problem)


def default_newsquant_path() -> Path:
    """The NewsQuant file: $QUANTCLAIMS_NEWSQUANT when set, else shared/benchmarks/newsquant/ in the
    nearest ancestor of the repository that has it (../shared for the main checkout, ../../shared
    for a worktree under wt/), else the ../shared path (so the error names where it was expected)."""
    env = os.environ.get(NEWSQUANT_ENV)
    if env:
        return Path(env)
    relative = DEFAULT_NEWSQUANT.relative_to(REPO_ROOT.parent)
    for ancestor in REPO_ROOT.parents:
        if (ancestor / relative).is_file():
            return ancestor / relative
    return DEFAULT_NEWSQUANT


@dataclass(frozen=True)
class GoldQuantity:
    """One hand-tagged quantity: value is a float, or a (first, second) pair for a range."""

    value: float | tuple[float, float]
    change: str
    unit: str  # the NewsQuant normalized unit ('-' when none)
    surface_unit: str


@dataclass(frozen=True)
class Item:
    """One NewsQuant sentence with its gold quantities."""

    text: str
    quantities: tuple[GoldQuantity, ...]


_NUM = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
_RANGE = re.compile(rf"^\s*({_NUM})\s*-\s*({_NUM})\s*$")
CHANGES = ("=", "~", "<", ">", "up", "down")


def parse_gold_value(raw: object, where: str) -> float | tuple[float, float]:
    """'12.0' -> 12.0; '750000.0-1000000.0' -> (750000.0, 1000000.0); '1.5E-29' stays a number."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    if isinstance(raw, list) and len(raw) == 2:
        return (parse_gold_value(raw[0], where), parse_gold_value(raw[1], where))  # type: ignore[return-value]
    if isinstance(raw, str):
        try:
            return float(raw)
        except ValueError:
            m = _RANGE.match(raw)
            if m:
                return (float(m.group(1)), float(m.group(2)))
    raise ValueError(f"{where}: value {raw!r} is neither a number nor a range 'lo-hi'")


def load_newsquant(path: Path | str, limit: int | None = None) -> list[Item]:
    """Read a NewsQuant-format JSON list; every defect is reported with the item index and field."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise data_error(p, f"cannot read: {e.strerror or e}") from None
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as e:
        raise data_error(p, f"not valid UTF-8 at byte offset {e.start}") from None
    except json.JSONDecodeError as e:
        raise data_error(p, f"not valid JSON: {e.msg} at line {e.lineno} column {e.colno}") from None
    if not isinstance(data, list):
        raise data_error(p, f"expected a JSON list of items, found {type(data).__name__}")
    items = []
    for i, it in enumerate(data if limit is None else data[:limit]):
        where = f"item {i}"
        if not isinstance(it, dict) or not isinstance(it.get("text"), str):
            raise data_error(p, f"{where}: expected an object with a string 'text'")
        qs = it.get("quantities", [])
        if not isinstance(qs, list):
            raise data_error(p, f"{where}: 'quantities' must be a list")
        gold = []
        for j, q in enumerate(qs):
            qwhere = f"{where} quantity {j}"
            if not isinstance(q, dict) or "value" not in q:
                raise data_error(p, f"{qwhere}: expected an object with a 'value'")
            change = q.get("change", "=")
            if change not in CHANGES:
                raise data_error(p, f"{qwhere}: change {change!r} is not one of {', '.join(CHANGES)}")
            try:
                value = parse_gold_value(q["value"], qwhere)
            except ValueError as e:
                raise data_error(p, str(e)) from None
            unit = q.get("normalized_unit", q.get("unit", "-"))
            gold.append(GoldQuantity(value, change, str(unit or "-"), str(q.get("unit") or "-")))
        items.append(Item(it["text"], tuple(gold)))
    return items


def source_texts() -> list[str]:
    """Every source text (datasets/sources/*.txt), in file-name order."""
    ensure_importable()
    from quantclaims.sources import read_text

    return [read_text(path) for path in sorted(SOURCES_DIR.glob("*.txt"))]


def source_sentences() -> list[str]:
    """The sentences of every source text, split by the package's own splitter."""
    ensure_importable()
    from quantclaims.sentences import split_sentences

    return [text[s:e] for text in source_texts() for s, e in split_sentences(text)]


def _missing_extractor(e: ImportError) -> Exception:
    return data_error("quantclaims.extract", f"the extractor cannot be imported ({e}); "
                      f"is it on this branch? (git merge main)")


Extractor = Callable[[str, str], Sequence[Any]]


def quantclaims_fast() -> Extractor:
    """The fast path `extract_claims(text, doc_id) -> list[Claim]`."""
    ensure_importable()
    try:
        from quantclaims.extract import extract_claims
    except ImportError as e:
        raise _missing_extractor(e) from None
    return extract_claims


def quantclaims_frame() -> Callable[[str, str], Any]:
    """The public `extract(text, doc_id) -> DataFrame`."""
    ensure_importable()
    try:
        from quantclaims.extract import extract
    except ImportError as e:
        raise _missing_extractor(e) from None
    return extract


def regex_pass(texts: Iterable[str]) -> int:
    """The bare regex pass used as the speed yardstick: how many numbers it finds."""
    n = 0
    finditer = BARE_NUMBER.finditer
    for t in texts:
        for _ in finditer(t):
            n += 1
    return n


def write_atomic(path: Path | str, data: str) -> None:
    """Write through a temporary file in the same directory, then rename: no half-written output."""
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", dir=p.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        os.replace(tmp, p)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
