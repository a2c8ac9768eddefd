"""Running a snippet in a fresh interpreter under a chosen PYTHONHASHSEED, for the determinism tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def python_under_seed(code: str, seed: str, *args: str) -> bytes:
    """stdout of `python -c code args...` run with PYTHONHASHSEED=seed, src/ and tests/ importable."""
    path = os.pathsep.join([str(ROOT / "src"), str(ROOT / "tests")])
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": path}
    return subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True,
                          check=True).stdout
