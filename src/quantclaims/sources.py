"""Reading source texts: the one place bytes from outside become text.

A source must be non-empty UTF-8 text (no NUL bytes) of at most MAX_SOURCE_BYTES. Offsets in every
table are Python string indices into exactly the decoded text: nothing is normalized or stripped.
"""

from __future__ import annotations

from pathlib import Path

from quantclaims.errors import SourceError

MAX_SOURCE_BYTES = 10_000_000
"""Largest accepted source, in bytes: ample for an article or a report, and a guard against feeding
a corpus dump or a binary file by mistake."""


def read_text(source: Path | str | bytes, origin: str | None = None) -> str:
    """Decode a source (a path, or raw bytes with `origin` naming them) into text, or raise SourceError."""
    if isinstance(source, bytes):
        data, where = source, origin or "<bytes>"
    else:
        path = Path(source)
        where = origin or str(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise SourceError(where, f"cannot read: {exc.strerror or exc}") from exc
        if size > MAX_SOURCE_BYTES:
            raise SourceError(where, f"is {size:,} bytes; the limit is {MAX_SOURCE_BYTES:,}")
        data = path.read_bytes()
    return decode(data, where)


def decode(data: bytes, where: str) -> str:
    """Check and decode raw bytes of a source named `where`."""
    if not data:
        raise SourceError(where, "is empty")
    if len(data) > MAX_SOURCE_BYTES:
        raise SourceError(where, f"is {len(data):,} bytes; the limit is {MAX_SOURCE_BYTES:,}")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise SourceError(where, f"looks binary: NUL byte at byte offset {nul}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(
            where, f"is not valid UTF-8: byte 0x{data[exc.start]:02x} at byte offset {exc.start} ({exc.reason})"
        ) from None
    if not text.strip():
        raise SourceError(where, "holds only whitespace")
    return text
