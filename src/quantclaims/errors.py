"""The package's one exception hierarchy: every error a user can see derives from QuantclaimsError."""

from __future__ import annotations


class QuantclaimsError(Exception):
    """Base class of every error raised on purpose by quantclaims."""


class SourceError(QuantclaimsError):
    """A source text cannot be used: unreadable, not UTF-8, empty, too large or changed."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class ValidationError(QuantclaimsError):
    """A table broke its schema; `report` lists every failure."""

    def __init__(self, table: str, report: str) -> None:
        self.table = table
        self.report = report
        super().__init__(f"table {table!r} failed validation:\n{report}")
