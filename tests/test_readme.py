"""The README's promises stay true: its test command is what CI runs, its column table is the schema's."""

from pathlib import Path

from quantclaims.datacard import field_tables

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    return [line.strip() for line in README.splitlines() if line.startswith("    python3 -m venv")]


def test_exactly_two_setup_commands_build_and_test():
    build, test = _commands()
    assert build.endswith("python build.py")
    assert test.endswith("python -m pytest") and '".[test]"' in test


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _commands()[1] in ci


def test_column_table_matches_schema():
    rows = [line for line in field_tables(["claims"]) if line.startswith("| `")]
    assert rows, "the schema has columns"
    missing = [row for row in rows if row not in README]
    assert not missing, "README column table is stale; regenerate it from schema/claims.toml:\n" + "\n".join(missing)
