"""Reading the package's TSV data files: one reader for every module (no spaCy import, so
any module can use it)."""

from __future__ import annotations

import csv
from importlib.resources.abc import Traversable
from pathlib import Path


def read_tsv(path: Path | Traversable) -> list[dict[str, str]]:
    """Rows of a TSV data file, skipping ``#`` notes and blank lines; cells stripped."""
    lines = [
        ln for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and ln[0] != "#"
    ]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]
