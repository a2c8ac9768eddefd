#!/usr/bin/env python3
"""Build the kursk-claims dataset: `python build.py [--check] [--out DIR]` (see quantclaims.release)."""

import gc
import sys
from pathlib import Path

# One short batch run: collecting cycles as it goes (mostly among the objects pandas and pandera make
# at import) frees little and cost ~5% of the build, and a last walk of every object at exit more.
gc.disable()

# A checkout's own src/ comes first, so build.py builds with the code beside it, installed or not.
sys.path.insert(0, str(Path(__file__).resolve().parent / "src"))

from quantclaims.release import main  # noqa: E402

if __name__ == "__main__":
    status = main(sys.argv[1:])
    gc.freeze()  # nothing left to collect: spare the interpreter's final collection the walk
    raise SystemExit(status)
