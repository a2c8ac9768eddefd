"""The wheel carries code, schema and data: installed into a fresh venv, `quantclaims.load("claims")`
works from a folder outside the repository and returns the released rows.

No network: the wheel is built with the hatchling already installed (no build isolation), the fresh venv
has no pip, reaches its dependencies through a .pth file naming this interpreter's site-packages, and
gets quantclaims by unzipping the wheel into its own site-packages (what an installer does for a pure
wheel). Runs by default, like every test (deselect locally with `-k "not wheel"`).
"""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
RELEASE = ROOT / "datasets" / "kursk-claims"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "--no-index",
         "-q", "-w", str(dist)],
        check=True, capture_output=True, cwd=dist,
    )
    (built,) = dist.glob("quantclaims-*.whl")
    return built


@pytest.fixture(scope="module")
def venv_python(wheel, tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, capture_output=True)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )
    deps = sorted({sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]})
    (site / "_quantclaims_test_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)
    return python


def _run(python: Path, code: str, cwd: Path) -> dict:
    done = subprocess.run(
        [str(python), "-c", code], cwd=cwd, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"}
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_wheel_ships_schema_and_release(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for toml in sorted(p.name for p in (ROOT / "schema").glob("*.toml")):
        assert f"quantclaims/_schema/{toml}" in names
    released = sorted(p.name for p in RELEASE.iterdir() if not p.name.startswith("."))
    assert {"claims.parquet", "mentions.parquet", "datapackage.json", "README.md"} <= set(released)
    shipped = sorted(n.rsplit("/", 1)[1] for n in names if n.startswith("quantclaims/_data/kursk-claims/"))
    assert shipped == released


def test_installed_wheel_works_outside_the_repository(venv_python, tmp_path):
    code = (
        "import json, quantclaims\n"
        "from quantclaims.schema import schema_dir, table_spec\n"
        "print(json.dumps({'file': quantclaims.__file__, 'version': quantclaims.__version__,"
        " 'schema': str(schema_dir()), 'claims_columns': table_spec('claims').names}))\n"
    )
    result = _run(venv_python, code, cwd=tmp_path)
    venv = str(venv_python.parents[1])
    assert result["file"].startswith(venv), "imported quantclaims from outside the venv"
    assert result["schema"].startswith(venv) and result["schema"].endswith("_schema")
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert result["version"] == tomllib.load(f)["project"]["version"]
    from quantclaims.schema import table_spec

    assert result["claims_columns"] == table_spec("claims").names


def test_installed_wheel_loads_the_released_claims(venv_python, tmp_path):
    code = (
        "import json, quantclaims\n"
        "from quantclaims.release import release_dir\n"
        "df = quantclaims.load('claims')\n"
        "print(json.dumps({'from': str(release_dir()), 'rows': len(df), 'ids': list(df['claim_id']),"
        " 'mentions': len(quantclaims.load('mentions'))}))\n"
    )
    result = _run(venv_python, code, cwd=tmp_path)
    assert result["from"].startswith(str(venv_python.parents[1])), "loaded the checkout's tables, not the wheel's"
    released = pd.read_parquet(RELEASE / "claims.parquet")
    assert result["rows"] == len(released) > 0
    assert result["ids"] == list(released["claim_id"])
    assert result["mentions"] == len(pd.read_parquet(RELEASE / "mentions.parquet"))
