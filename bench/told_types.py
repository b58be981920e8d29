"""Event-type accuracy counting only the events told as done or announced, not those the coder
marks hypothetical or negated.

The same snippets and scoring as ``bench/type_accuracy.py`` (a TSV of expected PLOVER type,
snippet, optional CAMEO code), but the answer is the highest-confidence event whose modality a
story gold would accept by default (``communique.storyeval.match.modality_ok``: asserted,
claimed, future, historical), NONE when there is none. A habit ("X usually expels ...") or a
generic statement coded as a hypothetical act is then NONE, as a story gold's forbidden check
sees it; a done act kept hypothetical is a miss. Written for ``bench/data/habits_probe.tsv``.

Usage: ``PYTHONPATH=src python bench/told_types.py --snippets bench/data/habits_probe.tsv
[--json] [--misses]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from type_accuracy import _report, score
from unrest_recall import run

from communique.model import PLOVER_TYPES

DEFAULT = Path(__file__).parent / "data" / "habits_probe.tsv"
UNTOLD = ("hypothetical", "negated")


def told_score(rows: list[tuple[str, str]], coded: list[list[Any]]) -> dict[str, Any]:
    told = [[m for m in mentions if (m.modality or "asserted") not in UNTOLD] for mentions in coded]
    return score(rows, told)


def main(argv: list[str] | None = None) -> int:
    return run(
        argv,
        default=DEFAULT,
        types=(*PLOVER_TYPES, "NONE"),
        prefix="told",
        score=told_score,
        report=_report,
        doc=__doc__ or "",
    )


if __name__ == "__main__":
    raise SystemExit(main())
