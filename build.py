#!/usr/bin/env python3
"""Build the kursk-claims dataset: `python build.py [--check] [--out DIR]` (see quantclaims.release)."""

import sys
from pathlib import Path

# A checkout's own src/ comes first, so build.py builds with the code beside it, installed or not.
sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from quantclaims.release import main  # noqa: E402

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
