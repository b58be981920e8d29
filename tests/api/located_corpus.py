"""The explorer corpus (explorer_corpus.py) with places: most events get coordinates, some
do not, and one story sits beside the antimeridian with a title a spreadsheet would run.

Places (invented assignments, real coordinates rounded to 0.01 degree):

* the Cuba-Russia stories of 2018 in Moscow, of 2024 in Havana; the hostile story in Havana;
* USA-CHN: the last (spike) week in Beijing, the earlier weeks without a place;
* IND-PAK: every week in Islamabad;
* a story titled "=SUM(1,2) ..." about Fiji and Tonga, in Suva (178.44 E).
"""

from __future__ import annotations

from pathlib import Path

from explorer_corpus import corpus, story

from communique.model import Location
from communique.store import CodedArticle, Store

MOSCOW = Location("Moscow", "RUS", 55.76, 37.62)
HAVANA = Location("Havana", "CUB", 23.13, -82.38)
BEIJING = Location("Beijing", "CHN", 39.91, 116.40)
ISLAMABAD = Location("Islamabad", "PAK", 33.69, 73.06)
SUVA = Location("Suva", "FJI", -18.14, 178.44)
FORMULA_TITLE = "=SUM(1,2) Fiji and Tonga agree on fisheries"


def place_of(art: CodedArticle) -> Location | None:
    aid = art.article.id
    if aid == "cub2018":
        return MOSCOW
    if aid.startswith("cub2024") or aid == "xss":
        return HAVANA
    if aid == "USA-CHN-4":
        return BEIJING
    if aid.startswith("IND-PAK"):
        return ISLAMABAD
    return None


def located_corpus() -> list[CodedArticle]:
    arts = corpus()
    for art in arts:
        loc = place_of(art)
        for m in art.mentions:
            m.location = loc
    fiji = story("fiji", "2024-03-05", [
        ("Fiji accused Tonga of overfishing in shared waters.", "accused", "ACCUSE", "FJI",
         "TON", "asserted", "2024-03-05"),
        ("Tonga accused Fiji of delay.", "accused", "ACCUSE", "TON", "FJI", "asserted",
         "2024-03-05"),
    ], title=FORMULA_TITLE, url="https://example.org/fiji")  # fmt: skip
    for m in fiji.mentions:
        m.location = SUVA
    return [*arts, fiji]


def build_located_db(path: Path) -> Path:
    """A real database of the located corpus, event ids as given (no linking)."""
    with Store(path) as s:
        s.write_batch(located_corpus(), link=False)
    return path
