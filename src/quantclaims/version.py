"""The one version of code and data, read from pyproject.toml (checkout) or the installed metadata."""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

_PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"


def _read_version() -> str:
    if _PYPROJECT.is_file():
        with _PYPROJECT.open("rb") as f:
            return tomllib.load(f)["project"]["version"]
    return metadata.version("quantclaims")


__version__ = _read_version()
