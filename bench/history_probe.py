"""Historical mode on invented one-sentence snippets (``bench/data/history_probe.tsv``).

Each line: text, publication date, whether the event is history (yes/no), the PLOVER type of the
event asked about (ANY: the top event), and for history the year (or decade prefix) its date
must start with ("-": not checked). Each snippet is coded as one article published that day; the
event asked about is the highest-confidence coded event of that type (the top event for ANY).
Reports mode accuracy (history lines: the event is "historical"; current lines: it is not; a
line whose type is not coded counts as a miss), the same per side, and for history lines with a
year how many events carry it; a current line may give a date prefix too (a day or month), counted
apart. A literal ``\\n`` in the text is a line break (paragraphs: ``\\n\\n``).
With ``--by-date`` the event asked about is the highest-confidence one of the type whose date
starts with the line's date prefix, when there is one (a story telling a current act and a past one
of the same type asks about each).
Usage: ``PYTHONPATH=src python bench/history_probe.py [FILE] [--misses] [--by-date]``.
"""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT = Path(__file__).parent / "data" / "history_probe.tsv"


def main(argv: list[str] | None = None) -> int:
    from communique.coding import code_article
    from communique.model import Article
    from communique.nlp import get_nlp

    args = sys.argv[1:] if argv is None else argv
    files = [a for a in args if not a.startswith("-")]
    path = Path(files[0]) if files else DEFAULT
    nlp = get_nlp()
    hits = {"yes": [0, 0], "no": [0, 0]}
    dated = [0, 0]
    current_dated = [0, 0]
    found = 0
    for n, line in enumerate(path.read_text().splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        text, published, history, plover, year = line.split("\t")
        text = text.replace("\\n", "\n")
        got = code_article(Article(text=text, published=published, id=f"h{n}"), nlp(text))
        pool = [m for m in got if plover in ("ANY", m.event_type)]
        if "--by-date" in args and year != "-":
            # the event asked about is the one of that type carrying the date, when one does: a
            # story may tell a current act and a past one of the same type
            pool = [m for m in pool if (m.date or "").startswith(year)] or pool
        top = max(pool, key=lambda m: m.confidence) if pool else None
        found += top is not None
        ok = top is not None and (top.modality == "historical") == (history == "yes")
        hits[history][0] += ok
        hits[history][1] += 1
        date_ok = True
        if year != "-":
            date_ok = top is not None and (top.date or "").startswith(year)
            tally = dated if history == "yes" else current_dated
            tally[0] += date_ok
            tally[1] += 1
        if "--misses" in args and not (ok and date_ok):
            print("MISS", history, plover, year, "|", text, "| coded:",
                  [(m.event_type, m.modality, m.date) for m in got])  # fmt: skip
    right = hits["yes"][0] + hits["no"][0]
    total = hits["yes"][1] + hits["no"][1]
    print(f"mode accuracy {right}/{total} = {right / total:.3f}; history {hits['yes'][0]}/"
          f"{hits['yes'][1]}, current {hits['no'][0]}/{hits['no'][1]}; history dates "
          f"{dated[0]}/{dated[1]}; type found {found}/{total}"
          + (f"; current dates {current_dated[0]}/{current_dated[1]}" if current_dated[1] else ""))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
