"""examples/explore.ipynb runs top to bottom on the released tables, offline, and draws its plot."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import nbformat
from nbclient import NotebookClient

import quantclaims

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "examples" / "explore.ipynb"


def test_notebook_runs_on_the_released_tables(tmp_path, monkeypatch):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    # The kernel is a fresh process: it finds this checkout's quantclaims through PYTHONPATH.
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH")) if p))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    client = NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}})
    client.execute()  # raises CellExecutionError, naming the cell, if any cell fails

    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    claims, mentions = quantclaims.load("claims"), quantclaims.load("mentions")
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert f"{len(claims)} claims, {len(mentions)} number mentions" in printed
    images = [o.data["image/png"] for o in outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1
    assert base64.b64decode(images[0]).startswith(b"\x89PNG")
    # the force-ratio table shows every force-ratio claim
    ratio_cell = next(c for c in nb.cells if c.cell_type == "code" and c.source.startswith("ratios ="))
    html = ratio_cell.outputs[0].data["text/html"]
    for span in claims.loc[claims["claim_type"] == "force_ratio", "span_text"]:
        assert span in html
