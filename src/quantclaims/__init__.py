"""quantclaims: every numeric assertion in news text, as a validated table.

    >>> import quantclaims
    >>> df = quantclaims.extract("Moscow has deployed some 45,000 troops.", doc_id="demo")

Heavy modules (pandas, pint, pandera) are imported on first use, not at import time.
"""

from __future__ import annotations

from typing import Any

from quantclaims.errors import QuantclaimsError

__all__ = ["QuantclaimsError", "extract", "load", "align", "__version__"]

_LAZY = {
    "extract": ("quantclaims.extract", "extract"),
    "load": ("quantclaims.release", "load"),
    "align": ("quantclaims.align", "align"),
    "__version__": ("quantclaims.version", "__version__"),
}


def __getattr__(name: str) -> Any:
    try:
        module_name, attr = _LAZY[name]
    except KeyError:
        raise AttributeError(f"module 'quantclaims' has no attribute {name!r}") from None
    import importlib

    return getattr(importlib.import_module(module_name), attr)
