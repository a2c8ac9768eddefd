"""One version everywhere: pyproject.toml, quantclaims.__version__, CITATION.cff, datapackage.json, the
data card, and a CHANGELOG.md that agrees (top heading [<version>] or [Unreleased])."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
import yaml

from _publish_data import sample_claims, sample_mentions, write_release
from quantclaims.citation import VersionError, check_changelog, citation_cff, release_date
from quantclaims.errors import QuantclaimsError
from quantclaims.publish import documents

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def tables():
    return {"claims": sample_claims(), "mentions": sample_mentions()}


def _pyproject_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def test_one_version_everywhere(tables, tmp_path):
    from quantclaims.version import __version__

    version = _pyproject_version()
    assert __version__ == version
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["version"] == version
    docs = documents(tables, write_release(tmp_path, tables))
    assert json.loads(docs["datapackage.json"])["version"] == version
    assert f"Version {version} " in docs["README.md"].decode()
    check_changelog(version, (ROOT / "CHANGELOG.md").read_text(encoding="utf-8"))


def test_citation_cff_is_the_generated_one():
    """CITATION.cff is rendered by citation_cff: `python -m quantclaims.citation > CITATION.cff`."""
    version = _pyproject_version()
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    expected = citation_cff(version, release_date(version, changelog))
    assert (ROOT / "CITATION.cff").read_text(encoding="utf-8") == expected


def test_citation_cff_fields():
    cff = yaml.safe_load(citation_cff("1.2.3", "2025-01-31"))
    assert cff["cff-version"] == "1.2.0"
    assert cff["version"] == "1.2.3"
    assert cff["date-released"] == "2025-01-31"
    assert cff["license"] == ["MIT", "CC-BY-4.0"]  # code, data
    assert cff["authors"] and cff["title"]
    assert "date-released" not in yaml.safe_load(citation_cff("1.2.3"))


@pytest.mark.parametrize(
    ("changelog", "ok"),
    [
        ("# C\n\n## [Unreleased]\n\n### Data\n- x\n", True),
        ("# C\n\n## [Unreleased]\n\n## [0.9.0] - 2025-01-01\n", True),
        ("# C\n\n## [1.0.0] - 2025-02-01\n\n## [0.9.0] - 2025-01-01\n", True),
        ("# C\n\n## [0.9.0] - 2025-01-01\n", False),  # version 1.0.0 neither released nor unreleased
        ("# C\n\n## [Unreleased]\n\n## [1.1.0] - 2025-03-01\n", False),  # a newer release exists
        ("# C\n\nno headings\n", False),
    ],
)
def test_changelog_rule(changelog, ok):
    if ok:
        check_changelog("1.0.0", changelog)
    else:
        with pytest.raises(VersionError) as info:
            check_changelog("1.0.0", changelog)
        assert isinstance(info.value, QuantclaimsError)


def test_release_date_read_from_changelog():
    log = "## [Unreleased]\n\n## [1.0.0] - 2025-02-01\n\n## [0.9.0] - 2025-01-01\n"
    assert release_date("1.0.0", log) == "2025-02-01"
    assert release_date("2.0.0", log) is None


def test_command_prints_the_file(capsys):
    from quantclaims.citation import main

    assert main() == 0
    assert capsys.readouterr().out == (ROOT / "CITATION.cff").read_text(encoding="utf-8")
