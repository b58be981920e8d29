"""Publisher names for the agency codes found in datelines (data/agencies.tsv)."""

from __future__ import annotations

import csv
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    text = resources.files("communique").joinpath("data/agencies.tsv").read_text("utf-8")
    rows = csv.DictReader(
        (ln for ln in text.splitlines() if not ln.startswith("#")), delimiter="\t"
    )
    table: dict[str, str] = {}
    for row in rows:
        table[row["code"].strip().casefold()] = row["name"].strip()
        table.setdefault(row["name"].strip().casefold(), row["name"].strip())
    return table


def agency_name(code: str | None) -> str | None:
    """The publisher named by a dateline agency code ("RHC" -> "Radio Habana Cuba"), or None."""
    if not code:
        return None
    key = code.strip().strip("/").casefold()
    table = _agencies()
    if key in table:
        return table[key]
    # "Reuters/AFP", "AP, AFP": the first known one.
    for part in key.replace(",", "/").replace("-", "/").split("/"):
        if part.strip() in table:
            return table[part.strip()]
    return None
