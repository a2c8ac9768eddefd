"""Reading sources: bad bytes get an error that says what and where."""

import pytest

from quantclaims.errors import QuantclaimsError, SourceError
from quantclaims.sources import MAX_SOURCE_BYTES, decode, read_text


def test_reads_utf8_exactly(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("Some 45,000 troops\u2014and 2\u00bd years.".encode())
    assert read_text(p) == "Some 45,000 troops\u2014and 2\u00bd years."


def test_invalid_utf8_names_offset(tmp_path):
    p = tmp_path / "bad.txt"
    p.write_bytes(b"ok text \xff more")
    with pytest.raises(SourceError, match=r"bad\.txt.*not valid UTF-8.*0xff.*offset 8"):
        read_text(p)


@pytest.mark.parametrize(
    ("data", "problem"),
    [(b"", "is empty"), (b"  \n\t ", "only whitespace"), (b"PK\x03\x04\x00\x00", "binary")],
)
def test_empty_and_binary(data, problem):
    with pytest.raises(SourceError, match=problem) as info:
        decode(data, "x.txt")
    assert isinstance(info.value, QuantclaimsError)
    assert info.value.path == "x.txt"


def test_huge_file_refused(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_bytes(b"1 ton. " * (MAX_SOURCE_BYTES // 7 + 10))
    with pytest.raises(SourceError, match="limit"):
        read_text(p)


def test_missing_file(tmp_path):
    with pytest.raises(SourceError, match="cannot read"):
        read_text(tmp_path / "nope.txt")
