"""The data card (datasets/kursk-claims/README.md), generated from schema/, the tables and the build context.

Hand-written prose says what cannot be computed (motivation, uses and misuses); every number, field,
file, bound and version in the card is read from the data, the schema, the vague-word lexicon or
docs/conventions.md at build time, so the card cannot disagree with what it describes. The YAML front
matter is what dataset hubs (Hugging Face) read: licence, language, size and one config per table.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections import Counter
from importlib import metadata
from pathlib import Path
from typing import Any, Mapping, Sequence

import pandas as pd

from quantclaims.schema import TableSpec, is_null, table_spec

_ROOT = Path(__file__).resolve().parents[2]
CONVENTIONS = _ROOT / "docs" / "conventions.md"
VAGUE_LEXICON = Path(__file__).resolve().parent / "lexicon" / "vague.toml"

SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"))
TAGS = ("claims", "numbers", "quantities", "information-extraction", "news", "war", "russia", "ukraine")


def _q(text: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _cell(value: Any) -> str:
    """A Markdown table cell: pipes escaped, one line."""
    return str(value).replace("|", "\\|").replace("\n", " ")


def _table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "| " + " | ".join("---" for _ in header) + " |"]
    out += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return out


def size_category(rows: int) -> str:
    """The Hugging Face size category of a table of `rows` rows."""
    for limit, name in SIZE_CATEGORIES:
        if rows < limit:
            return name
    return "n>1M"


def front_matter(tables: Mapping[str, pd.DataFrame], package: Mapping[str, Any]) -> list[str]:
    """YAML front matter as Hugging Face reads it: one config per table, claims the default."""
    languages = sorted({s.get("language", "en") for s in package.get("sources", [])} or {"en"})
    lines = ["---", f"pretty_name: {_q('Kursk claims')}", "license: cc-by-4.0", "language:"]
    lines += [f"- {lang}" for lang in languages]
    lines += ["tags:"] + [f"- {t}" for t in TAGS]
    lines += ["size_categories:", f"- {size_category(max((len(t) for t in tables.values()), default=0))}"]
    lines += ["task_categories:", "- token-classification"]
    lines += ["annotations_creators:", "- machine-generated", "language_creators:", "- found"]
    lines += ["source_datasets:", "- original", "configs:"]
    for res in package["resources"]:
        lines += [
            f"- config_name: {res['name']}",
            "  data_files:",
            "  - split: train",
            f"    path: {_q(res['path'])}",
        ]
        if res["name"] == "claims":
            lines.append("  default: true")
    return lines + ["---"]


def _tally(column: pd.Series) -> Counter[str]:
    """How often each non-null value occurs, as text (plain Python: cheaper than value_counts here)."""
    return Counter(str(v) for v in column.tolist() if not is_null(v))


def _counts(frame: pd.DataFrame, by: str, allowed: Sequence[str] | None, doc_ids: Sequence[str]) -> list[list[Any]]:
    """Rows of `by` value, count per doc_id, total; values in schema order, then alphabetical."""
    pairs = Counter(
        (str(v), d) for v, d in zip(frame[by].tolist(), frame["doc_id"].tolist()) if not is_null(v)
    )  # one pass over plain values: a boolean filter per value and document costs ~5 ms each
    totals: Counter[str] = Counter()
    for (v, _), n in pairs.items():
        totals[v] += n
    order = list(allowed or [])
    values = sorted(totals, key=lambda v: (order.index(v) if v in order else len(order), v))
    return [[f"`{v}`", *[pairs[(v, d)] for d in doc_ids], totals[v]] for v in values]


def composition(tables: Mapping[str, pd.DataFrame], package: Mapping[str, Any]) -> list[str]:
    """Sources and counts by claim_type, qualifier and source, computed from the tables."""
    out = ["## Composition", ""]
    sources = package.get("sources", [])
    out.append("Sources (the texts every offset refers to; see datasets/sources/manifest.json):")
    out.append("")
    for s in sources:
        who = s.get("publisher") or "publisher unknown"
        authors = f", by {', '.join(s['authors'])}" if s.get("authors") else ""
        date = f", {s['publication_date']}" if s.get("publication_date") else ""
        if s.get("publication_date_range"):
            date += f" (between {' and '.join(str(s['publication_date_range']).split('/', 1))})"
        rel = f"; {s['relation']}" if s.get("relation") else ""
        note = f" {s['publisher_note']}" if s.get("publisher_note") else ""
        out.append(f"- `{s['doc_id']}`: {s['title']} ({who}{authors}{date}{rel}).{note} sha256 `{s['sha256']}`.")
    out.append("")
    doc_ids = [s["doc_id"] for s in sources]
    claims = tables.get("claims")
    if claims is not None:
        extra = sorted(set(claims["doc_id"].dropna().astype(str)) - set(doc_ids))
        doc_ids = doc_ids + extra
        header = ["", *[f"`{d}`" for d in doc_ids], "total"]
        spec = table_spec("claims")
        out.append(f"{len(claims)} claims. By claim type and source:")
        out.append("")
        out += _table(header, _counts(claims, "claim_type", spec.column("claim_type").allowed, doc_ids))
        out += ["", "By qualifier and source:", ""]
        out += _table(header, _counts(claims, "qualifier", spec.column("qualifier").allowed, doc_ids))
        attributed = claims["attributed_to"].notna()
        out += [
            "",
            f"Claims naming who asserts them (`attributed_to`): {int(attributed.sum())}; "
            f"asserted by the reporter: {int((~attributed).sum())}.",
            "",
        ]
        who = _tally(claims["attributed_to"])
        if who:
            top = sorted(who.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
            out += ["Most often named as the source of a claim (claims):", ""]
            out += _table(["attributed_to", "claims"], [[w, int(n)] for w, n in top]) + [""]
    mentions = tables.get("mentions")
    if mentions is not None:
        header = ["", *[f"`{d}`" for d in doc_ids], "total"]
        allowed = table_spec("mentions").column("disposition").allowed
        out.append(f"{len(mentions)} number mentions. By disposition and source:")
        out.append("")
        out += _table(header, _counts(mentions, "disposition", allowed, doc_ids))
        out.append("")
    alignments = tables.get("alignments")
    if alignments is not None:
        out += alignment_counts(alignments)
    return out


def alignment_counts(alignments: pd.DataFrame) -> list[str]:
    """Rows by status and by drift label (labels are ';'-joined: one pair may carry several)."""
    status = _tally(alignments["status"])
    order = list(table_spec("alignments").column("status").allowed or [])
    rows = [[f"`{s}`", int(status[s])] for s in sorted(status, key=lambda s: (order.index(s) if s in order else len(order), s))]
    labels = Counter(label for drift in _tally(alignments["drift"]).elements() for label in drift.split(";"))
    out = [f"{len(alignments)} alignment rows (original -> re-report). By status:", ""]
    out += _table(["status", "rows"], rows) + ["", "Drift labels of matched pairs (a pair may carry several):", ""]
    out += _table(["drift", "pairs"], [[f"`{k}`", int(v)] for k, v in sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))])
    return out + [""]


def vague_bounds() -> list[tuple[str, float, float]]:
    """(phrase, low, high) for vague words: from the lexicon file, else from docs/conventions.md."""
    if VAGUE_LEXICON.is_file():
        with VAGUE_LEXICON.open("rb") as f:
            phrases = tomllib.load(f).get("phrases")
        out = []
        for phrase, b in (phrases or {}).items():
            low, high = (b.get("low"), b.get("high")) if isinstance(b, Mapping) else (b[0], b[1])
            out.append((phrase, low, high))
        if not out:
            from quantclaims.publish import PublishError

            raise PublishError(f"data card: {VAGUE_LEXICON} has no [phrases] table of 'phrase' = [low, high]")
        return out
    if CONVENTIONS.is_file():
        text = CONVENTIONS.read_text(encoding="utf-8")
        return [
            (m.group(1), float(m.group(2).replace(",", "")), float(m.group(3).replace(",", "")))
            for m in re.finditer(r'"([^"]+)" ([\d,]+)\.\.([\d,]+)', text)
        ]
    return []


def conventions_bullet(prefix: str) -> str | None:
    """The docs/conventions.md bullet starting with `prefix` (e.g. 'mass ->'), joined into one line."""
    if not CONVENTIONS.is_file():
        return None
    lines = CONVENTIONS.read_text(encoding="utf-8").splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"^(\s*)- " + re.escape(prefix), line)
        if m:
            indent = len(m.group(1))
            parts = [line.strip()[2:]]
            for nxt in lines[i + 1 :]:
                stripped = nxt.lstrip()
                if not stripped or len(nxt) - len(stripped) <= indent:
                    break
                parts.append(stripped)
            return " ".join(parts)
    return None


def _version_of(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "unknown"


def _num(x: float) -> str:
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,}"


def how_made(tables: Mapping[str, pd.DataFrame], version: str) -> list[str]:
    out = [
        "## How the data was made",
        "",
        f"- Extractor: quantclaims {version} (`python build.py` in the repository), run on the stored texts "
        "unchanged; offsets are Python string indices into them, and `text[start:end] == span_text` is "
        "checked for every row. Rules: docs/conventions.md. Every table is validated against schema/*.toml "
        "(pandera) before it is written.",
        f"- Unit conversions: pint {_version_of('pint')} (mass to kg, length to m, durations to days with "
        "pint's year of 365.25 days, ...). Number words: text2num.",
    ]
    ton = conventions_bullet("mass ->")
    if ton:
        out.append(f"- The assumed ton (docs/conventions.md): {ton}")
    claims = tables.get("claims")
    if claims is not None and "normalization_note" in claims:
        notes = _tally(claims["normalization_note"])
        if notes:
            out += ["- Normalization notes in the data (rows):"]
            out += [f"  - {n} ({int(c)})" for n, c in sorted(notes.items())]
    bounds = vague_bounds()
    if bounds:
        out += ["", "Bounds given to vague words (inclusive; `value` stays null):", ""]
        out += _table(["phrase", "value_low", "value_high"], [[f"\"{p}\"", _num(lo), _num(hi)] for p, lo, hi in bounds])
    return out + [""]


def field_tables(names: Sequence[str]) -> list[str]:
    out = ["## Fields", "", "Generated from schema/*.toml (schema version in datapackage.json).", ""]
    for name in names:
        spec: TableSpec = table_spec(name)
        out += [f"### {name} ({spec.title})", "", spec.description, ""]
        if spec.primary_key:
            out += [f"Primary key: {', '.join(f'`{k}`' for k in spec.primary_key)}.", ""]
        for fk in spec.foreign_keys:
            ref = fk["reference"]
            out += [
                f"Foreign key: {', '.join(fk['fields'])} -> {ref['resource']}.{', '.join(ref['fields'])}.",
                "",
            ]
        rows = []
        for c in spec.columns:
            notes = []
            if c.unit:
                notes.append(f"unit: {c.unit}")
            if c.unique:
                notes.append("unique")
            if c.allowed:
                notes.append("one of " + ", ".join(f"`{a}`" for a in c.allowed))
            rows.append([f"`{c.name}`", c.dtype, "yes" if c.nullable else "no", "; ".join(notes), c.description])
        out += _table(["column", "type", "nullable", "constraints", "description"], rows) + [""]
    return out


def data_card(tables: Mapping[str, pd.DataFrame], context: Mapping[str, Any], package: Mapping[str, Any]) -> str:
    """The whole README.md of a release."""
    from quantclaims.citation import citation_cff
    from quantclaims.publish import LICENSE_STATEMENT

    version = package["version"]
    names = [r["name"] for r in package["resources"]]
    sizes = context.get("table_bytes") or {}
    with_sizes = all(r["path"] in sizes for r in package["resources"])
    files = [
        [f"`{r['path']}`", r["name"], len(tables[r["name"]]), *([_num(sizes[r["path"]])] if with_sizes else []),
         f"`{r['hash'].split(':', 1)[1]}`"]
        for r in package["resources"]
    ]
    file_header = ["file", "table", "rows", *(["bytes"] if with_sizes else []), "sha256"]
    out = front_matter(tables, package) + [
        "",
        f"# {package['title']}",
        "",
        f"Version {version} (schema {package.get('schema_version', 'unknown')}). Generated by the build: do not "
        "edit by hand.",
        "",
        "Every numeric assertion in two news texts on the battle for Russia's Kursk region (November 2024): "
        "force sizes, force ratios, bomb weights, casualties and casualty rates, ages, durations, proportions, "
        "counts, each with its exact character span, value, bounds, unit, normalized value, qualifier and "
        "who asserts it; and every number-like token with what became of it.",
        "",
    ]
    out += _table(file_header, files) + [
        "",
        "Load it: `quantclaims.load(\"claims\")` (installed package), `pandas.read_parquet(\"claims.parquet\")`, "
        "or `datasets.load_dataset(\"parquet\", data_files=\"claims.parquet\")`. datapackage.json describes "
        "the same files for Frictionless tools (`frictionless validate datapackage.json`).",
        "",
        "## Motivation",
        "",
        "Numbers travel: a figure given by an official becomes a headline, is rounded, converted, re-attributed "
        "or made vague as other outlets retell the story. This dataset records, for one article and a translated "
        "re-report of it, each figure exactly as written and where, so that journalists, fact-checkers and "
        "analysts can compare who claimed what, and so that extractors of numeric claims can be evaluated "
        "against hand-checkable rows.",
        "",
    ]
    out += composition(tables, package)
    out += how_made(tables, version)
    out += [
        "## Uses and misuses",
        "",
        "- These are claims made by parties to a war (officials and soldiers of the warring sides and of "
        "their allies) as reported by the press, not verified facts. `attributed_to` says who makes each claim; a null means "
        "the reporter states it, which does not make it verified either.",
        "- Good uses: tracing how figures change between an original and its retelling; studying hedging "
        "(`qualifier`); training and testing extractors of numeric claims; checking a quoted number against "
        "its source span.",
        "- Misuses: reading the figures as casualty statistics or force estimates of record; summing or "
        "averaging claims across sources (they overlap, and many repeat one another); treating the absence "
        "of a claim as evidence of anything. Approximate claims have null bounds on purpose: no tolerance "
        "is invented.",
        "- Two short texts are not a sample of war reporting: counts describe these texts only.",
        "",
        "## Distribution and licenses",
        "",
        LICENSE_STATEMENT,
        "",
        "The files are distributed in the repository (datasets/kursk-claims/) and inside the quantclaims "
        "wheel (`quantclaims.load`). Data: CC-BY-4.0 (https://creativecommons.org/licenses/by/4.0/). Code: MIT.",
        "",
        "## Maintenance",
        "",
        "Maintained with the quantclaims code; code and data share one version. Every change to the data is "
        "listed in CHANGELOG.md under \"Data\" (`python -m quantclaims diff OLD NEW` writes that list). Claim "
        "ids ('<doc_id>:<start>-<end>') are stable while the text and span are. Report errors as issues in "
        "the repository, naming the claim_id.",
        "",
        "## How to cite",
        "",
        "Cite the version you used. CITATION.cff (repository root, generated by quantclaims.citation):",
        "",
        "```yaml",
        citation_cff(version).rstrip("\n"),
        "```",
        "",
    ]
    out += field_tables(names)
    return "\n".join(out).rstrip("\n") + "\n"
