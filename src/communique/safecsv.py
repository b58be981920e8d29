"""CSV and TSV cells that a spreadsheet shows as text, never runs as a formula.

Story text reaches exports (evidence sentences, actor words, titles, URLs). A cell that
starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read by Excel,
LibreOffice and Google Sheets as a formula (``=HYPERLINK(...)``, ``=cmd|...``), so such a
cell gets a leading ``'`` (OWASP's advice for CSV injection). Plain numbers stay numbers:
``-3.5`` (a Goldstein score) or ``-70.25`` (a longitude) are written as they are. Every
CSV/TSV writer in communique goes through :class:`SafeDictWriter`.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """``value`` with a leading ``'`` if a spreadsheet would read it as a formula."""
    if not isinstance(value, str) or not value.startswith(FORMULA_START):
        return value
    if _NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: safe_cell(v) for k, v in row.items()}


class SafeDictWriter(csv.DictWriter):
    """``csv.DictWriter`` whose rows are neutralised with :func:`safe_cell`."""

    def writerow(self, rowdict: Mapping[str, Any]) -> Any:
        return super().writerow(safe_row(rowdict))

    def writerows(self, rowdicts: Iterable[Mapping[str, Any]]) -> None:
        for row in rowdicts:
            self.writerow(row)
