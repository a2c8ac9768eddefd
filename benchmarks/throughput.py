"""Speed and memory of quantclaims, beside a bare regex pass run in the same process.

    python benchmarks/throughput.py [--repeat N] [--limit N] [--json] [--build-runs N | --no-build]

Corpus: the NewsQuant sentences (when the file is there) plus every sentence of the sources
(datasets/sources/*.txt), each passed as its own document; then each source text whole (one call
per article, as a user extracts a document). The process is pinned to one core, the one that was
idle longest in the half second before. Every system gets one untimed warm-up call (lexicon /
model loading is reported apart), then the systems are timed in interleaved rounds so that
machine noise falls on all of them alike; a round of a fast system runs the corpus several times
so that it lasts at least 0.1 s. Figures are medians over the rounds. Peak memory: tracemalloc
over one untimed, warm pass of each quantclaims path, and the process's maximum resident set
(getrusage) before any peer is loaded. quantulum3 is timed too when installed (the optional
`bench` extra). Finally the whole-process wall time of `python build.py` (median of --build-runs
runs after one untimed run, not pinned, with Python's bytecode cache: as a user runs it), when
build.py exists.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from pathlib import Path
from typing import Any, Callable, Sequence

import common

Pass = Callable[[Sequence[str]], Any]


def _cpu_idle() -> dict[int, int]:
    """Idle + iowait jiffies per CPU from /proc/stat; empty where there is no /proc."""
    out = {}
    try:
        for line in Path("/proc/stat").read_text().splitlines():
            name, *fields = line.split()
            if name.startswith("cpu") and name != "cpu":
                out[int(name[3:])] = int(fields[3]) + int(fields[4])
    except (OSError, ValueError, IndexError):
        return {}
    return out


def least_busy_cpu(allowed: set[int], window_s: float = 0.5) -> int:
    """The allowed CPU that was idle longest over a short window. On a shared machine one CPU can
    be held by other work (we saw a 3x difference between the two CPUs of the same host), and
    pinning to it would time the neighbours, not quantclaims; without /proc, the lowest CPU."""
    first = _cpu_idle()
    time.sleep(window_s)
    second = _cpu_idle()
    idle = {c: second[c] - first[c] for c in allowed if c in first and c in second}
    return max(sorted(idle), key=lambda c: idle[c]) if idle else min(allowed)


def pin_one_core() -> tuple[int | None, set[int] | None]:
    """Pin this process to the least busy CPU it may use; returns (that CPU, the CPUs it had
    before), (None, None) where the OS has no affinity call."""
    if not hasattr(os, "sched_setaffinity"):
        return None, None
    before = os.sched_getaffinity(0)
    cpu = least_busy_cpu(before) if len(before) > 1 else min(before)
    os.sched_setaffinity(0, {cpu})
    return cpu, before


def machine() -> dict[str, Any]:
    """What the figures were measured on."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {"cpu": model, "logical_cpus": os.cpu_count(), "python": platform.python_version(),
            "implementation": platform.python_implementation(), "platform": platform.platform()}


def corpus(limit: int | None, data: Path | None) -> tuple[list[str], dict[str, int]]:
    """NewsQuant sentences then source sentences, cut to `limit`; with counts per origin."""
    path = data or common.default_newsquant_path()
    news = [it.text for it in common.load_newsquant(path)] if path.is_file() or data else []
    if not news:
        print(f"throughput: {path} not found; timing the source sentences only", file=sys.stderr)
    src = common.source_sentences()
    texts = (news + src)[:limit] if limit is not None else news + src
    return texts, {"newsquant": min(len(news), len(texts)), "sources": len(texts) - min(len(news), len(texts))}


def per_document(fn: Callable[[str, str], Any]) -> Pass:
    """A pass calling fn(text, doc_id) on every sentence, as a user extracting many documents would."""

    def run(texts: Sequence[str]) -> int:
        n = 0
        for i, t in enumerate(texts):
            n += len(fn(t, f"doc-{i}"))
        return n

    return run


def quantulum_pass() -> Pass | None:
    """quantulum3's parser over every sentence, or None when it is not installed."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
    except ImportError:
        return None

    def run(texts: Sequence[str]) -> int:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return sum(len(parser.parse(t)) for t in texts)

    return run


def loops_for(run: Pass, texts: Sequence[str], min_round_s: float = 0.1) -> int:
    """How many passes one round makes so that it lasts >= min_round_s: a bare regex pass over a
    few hundred sentences takes about a millisecond, too short to time alone against OS noise."""
    t0 = time.perf_counter()
    run(texts)
    one = time.perf_counter() - t0
    return max(1, math.ceil(min_round_s / one)) if one > 0 else 1000


def time_rounds(passes: dict[str, Pass], texts: Sequence[str], repeat: int,
                loops: dict[str, int]) -> dict[str, list[float]]:
    """Seconds per full pass (a round's time over its loops), `repeat` interleaved rounds."""
    times: dict[str, list[float]] = {name: [] for name in passes}
    for _ in range(repeat):
        for name, run in passes.items():
            n = loops[name]
            t0 = time.perf_counter()
            for _ in range(n):
                run(texts)
            times[name].append((time.perf_counter() - t0) / n)
    return times


def warm_up(run: Pass, texts: Sequence[str]) -> float:
    """Seconds of the first call (loading lexicons, models), kept out of the timed rounds."""
    t0 = time.perf_counter()
    run(texts[:1])
    return time.perf_counter() - t0


def peak_traced_mb(run: Pass, texts: Sequence[str]) -> float:
    """Peak Python allocation during one pass, in MB (tracemalloc; untimed, it slows code down)."""
    tracemalloc.start()
    try:
        run(texts)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def max_rss_mb() -> float:
    """Maximum resident set of this process so far (Linux reports KiB, macOS bytes)."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 1e6 if sys.platform == "darwin" else rss * 1024 / 1e6


def time_build(runs: int, cpus: set[int] | None = None) -> dict[str, Any]:
    """Whole-process wall time of `python build.py` in the repository, median of `runs`.

    Run as a user runs it: on `cpus` (the CPUs this process had before it pinned itself), not on
    the one core the extraction timings use, and with Python's bytecode cache as Python keeps it
    by default (PYTHONDONTWRITEBYTECODE, which some sandboxes set, is dropped for the child: without
    it every run recompiles the package, about 0.2 s). One untimed first run writes the cache; its
    wall time is reported apart."""
    script = common.REPO_ROOT / "build.py"
    if not script.is_file():
        return {"skipped": "build.py does not exist yet"}
    unpin = (lambda: os.sched_setaffinity(0, cpus)) if cpus else None
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    walls = []
    for _ in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.run([sys.executable, str(script)], cwd=common.REPO_ROOT, preexec_fn=unpin,
                              env=env, capture_output=True, text=True, check=False)
        walls.append(time.perf_counter() - t0)
        if proc.returncode != 0:
            return {"failed": f"exit {proc.returncode}", "stderr": proc.stderr[-2000:]}
    first, timed = walls[0], walls[1:]
    return {"runs": runs, "first_run_s": round(first, 3), "wall_s": [round(w, 3) for w in timed],
            "median_s": round(statistics.median(timed), 3)}


def rates(times: dict[str, list[float]], n_sentences: int, nbytes: int, first: dict[str, float],
          loops: dict[str, int]) -> dict[str, dict[str, Any]]:
    """Medians turned into sentences/s, MB/s and the multiple of the regex pass's time."""
    regex_median = statistics.median(times["regex"])
    out = {}
    for name, ts in times.items():
        med = statistics.median(ts)
        out[name] = {
            "median_s": round(med, 6),
            "sentences_per_s": round(n_sentences / med, 1) if med else None,
            "mb_per_s": round(nbytes / med / 1e6, 3) if med else None,
            "times_regex": round(med / regex_median, 1) if regex_median else None,
            "first_call_s": round(first[name], 3),
            "passes_per_round": loops[name],
        }
    return out


def quantclaims_passes() -> dict[str, Pass]:
    return {"regex": common.regex_pass,
            "extract_claims": per_document(common.quantclaims_fast()),
            "extract": per_document(common.quantclaims_frame())}


def measure(texts: Sequence[str], repeat: int, peers: bool = True) -> dict[str, Any]:
    """Every figure but the build time, as a JSON-ready dict: each sentence as its own document,
    then each source text whole (how a user extracts an article: one call, one DataFrame)."""
    nbytes = sum(len(t.encode("utf-8")) for t in texts)
    passes = quantclaims_passes()
    first = {name: warm_up(run, texts) for name, run in passes.items()}
    loops = {name: loops_for(run, texts) for name, run in passes.items()}  # also a full warm pass
    # steady state: lazily built caches were filled by the warm pass above (max RSS includes them)
    memory = {f"{name}_traced_peak_mb": round(peak_traced_mb(passes[name], texts), 2)
              for name in ("extract_claims", "extract")}
    memory["max_rss_mb_before_peers"] = round(max_rss_mb(), 1)
    q = quantulum_pass() if peers else None
    if q is not None:
        passes["quantulum3"] = q
        first["quantulum3"] = warm_up(q, texts)
        loops["quantulum3"] = loops_for(q, texts)
    times = time_rounds(passes, texts, repeat, loops)
    result = {"sentences": len(texts), "bytes": nbytes, "repeat": repeat,
              "systems": rates(times, len(texts), nbytes, first, loops), "memory": memory}

    docs = common.source_texts()
    doc_passes = quantclaims_passes()
    doc_loops = {name: loops_for(run, docs) for name, run in doc_passes.items()}
    doc_times = time_rounds(doc_passes, docs, repeat, doc_loops)
    n_doc_sentences = len(common.source_sentences())
    doc_bytes = sum(len(t.encode("utf-8")) for t in docs)
    result["whole_sources"] = {"documents": len(docs), "sentences": n_doc_sentences, "bytes": doc_bytes,
                               "systems": rates(doc_times, n_doc_sentences, doc_bytes,
                                                dict.fromkeys(doc_passes, 0.0), doc_loops)}
    return result


def _rate_lines(systems: dict[str, dict[str, Any]], first_call: bool) -> list[str]:
    lines = [f"{'system':<16} {'sentences/s':>12} {'MB/s':>8} {'x regex':>8}"
             + (f" {'first call s':>13}" if first_call else "")]
    for name, s in systems.items():
        lines.append(f"{name:<16} {s['sentences_per_s']:>12,.0f} {s['mb_per_s']:>8.3f} {s['times_regex']:>8.1f}"
                     + (f" {s['first_call_s']:>13.3f}" if first_call else ""))
    return lines


def format_report(r: dict[str, Any]) -> str:
    m = r["machine"]
    w = r["whole_sources"]
    lines = [f"{m['cpu']}, {m['logical_cpus']} logical CPUs, pinned to CPU {r['pinned_cpu']}; "
             f"{m['implementation']} {m['python']}; medians of {r['repeat']} rounds",
             f"each sentence as a document: {r['sentences']} sentences ({r['origin']['newsquant']} NewsQuant, "
             f"{r['origin']['sources']} sources), {r['bytes'] / 1e6:.3f} MB"]
    lines += _rate_lines(r["systems"], first_call=True)
    lines.append(f"whole source texts: {w['documents']} documents, {w['sentences']} sentences, "
                 f"{w['bytes'] / 1e6:.3f} MB")
    lines += _rate_lines(w["systems"], first_call=False)
    lines.append("memory: " + ", ".join(f"{k} {v}" for k, v in r["memory"].items()))
    b = r["build"]
    if "median_s" in b:
        lines.append(f"python build.py: median {b['median_s']} s over {b['runs']} runs {b['wall_s']}"
                     f" (first run, writing the bytecode cache: {b['first_run_s']} s)")
    else:
        lines.append(f"python build.py: {b.get('skipped') or b.get('failed')}")
        if b.get("stderr"):
            lines.append(b["stderr"])
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=7, help="timed rounds (default 7); medians are reported")
    ap.add_argument("--limit", type=int, help="only the first N sentences of the corpus")
    ap.add_argument("--data", type=Path, help="NewsQuant-format file (default as in newsquant.py)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--no-peers", action="store_true", help="do not time quantulum3 even if installed")
    ap.add_argument("--build-runs", type=int, default=3, help="runs of python build.py (default 3)")
    ap.add_argument("--no-build", action="store_true", help="do not time build.py")
    args = ap.parse_args(argv)
    if args.repeat < 1:
        ap.error("--repeat must be >= 1")
    if args.limit is not None and args.limit < 1:
        ap.error("--limit must be >= 1")
    if args.build_runs < 1:
        ap.error("--build-runs must be >= 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    common.ensure_importable()
    from quantclaims.errors import QuantclaimsError

    cpu, all_cpus = pin_one_core()
    report: dict[str, Any] = {"machine": machine(), "pinned_cpu": cpu}
    try:
        texts, report["origin"] = corpus(args.limit, args.data)
        report.update(measure(texts, args.repeat, peers=not args.no_peers))
    except QuantclaimsError as e:
        print(f"throughput: error: {e}", file=sys.stderr)
        return 2
    finally:
        if all_cpus:  # a caller in the same process (a test) gets its CPUs back
            os.sched_setaffinity(0, all_cpus)
    report["build"] = {"skipped": "--no-build"} if args.no_build else time_build(args.build_runs, all_cpus)
    print(json.dumps(report, indent=2, sort_keys=True) if args.json else format_report(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
