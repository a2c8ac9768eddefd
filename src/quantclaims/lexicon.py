"""The lexicons under quantclaims/lexicon/*.toml, read once on first use.

Word lists are data, not code: number words, unit words, qualifier words, vague words, counted
nouns and the patterns of non-claim mentions each live in one TOML file, read here and nowhere else.
"""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib import resources
from typing import Any, Iterable

from quantclaims.errors import QuantclaimsError


@lru_cache(maxsize=None)
def load(name: str) -> dict[str, Any]:
    """The parsed lexicon `name` (file lexicon/<name>.toml)."""
    ref = resources.files("quantclaims") / "lexicon" / f"{name}.toml"
    try:
        with ref.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise QuantclaimsError(f"lexicon {name!r} is missing: {ref} does not exist") from None
    except tomllib.TOMLDecodeError as exc:
        raise QuantclaimsError(f"lexicon {name!r} ({ref}) is not valid TOML: {exc}") from None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal phrases, longest first so the longest match wins.

    Spaces in a phrase match any run of spaces (not line breaks, which never join a phrase).
    """
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t\u00a0]+") for w in unique)
