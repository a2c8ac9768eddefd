"""Command line: `python -m quantclaims extract|align|diff ...`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from quantclaims.errors import QuantclaimsError


def _read_input(name: str) -> tuple[str, str]:
    """Return (doc_id, text) for a path or '-' (stdin)."""
    from quantclaims.sources import read_text

    if name == "-":
        data = sys.stdin.buffer.read()
        return "stdin", read_text(data, origin="<stdin>")
    path = Path(name)
    return path.stem, read_text(path)


def _cmd_extract(args: argparse.Namespace) -> int:
    from quantclaims.extract import extract, records_to_json_lines

    for name in args.files:
        doc_id, text = _read_input(name)
        frame = extract(text, doc_id=doc_id)
        for line in records_to_json_lines(frame):
            sys.stdout.write(line + "\n")
    return 0


def _cmd_align(args: argparse.Namespace) -> int:
    from quantclaims.align import run_align_command

    left_id, left = _read_input(args.left)
    right_id, right = _read_input(args.right)
    if left_id == right_id:
        left_id, right_id = f"left-{left_id}", f"right-{right_id}"
    return run_align_command(left_id, left, right_id, right, as_json=args.json, out=sys.stdout)


def _cmd_diff(args: argparse.Namespace) -> int:
    from quantclaims.diff import run_diff_command

    return run_diff_command(Path(args.old), Path(args.new), out=sys.stdout, as_json=args.json)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="quantclaims", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("extract", help="print the claims of each file as JSON Lines")
    p.add_argument("files", nargs="+", metavar="FILE", help="UTF-8 text files; '-' reads stdin")
    p.set_defaults(func=_cmd_extract)

    p = sub.add_parser("align", help="link the claims of two texts and say how each drifted")
    p.add_argument("left", metavar="A", help="the original text ('-' for stdin)")
    p.add_argument("right", metavar="B", help="the re-report")
    p.add_argument("--json", action="store_true", help="JSON Lines instead of a table")
    p.set_defaults(func=_cmd_align)

    p = sub.add_parser("diff", help="claims added, removed and changed between two releases")
    p.add_argument("old", metavar="OLD", help="a release folder or claims.parquet")
    p.add_argument("new", metavar="NEW", help="a release folder or claims.parquet")
    p.add_argument("--json", action="store_true", help="JSON instead of Markdown")
    p.set_defaults(func=_cmd_diff)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except QuantclaimsError as exc:
        print(f"quantclaims: error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


__all__ = ["main", "build_parser"]
