"""POLECAT-format export: tab-separated, with the columns of the public POLECAT weekly releases.

The column names and their order are those of the weekly POLECAT data files (Harvard
Dataverse, "POLECAT Weekly Data"), so tools written for those files read this one. Columns
communique fills: the event (id, date, PLOVER type and mode, quad class, contexts), actor and
recipient (name, country, sectors, raw text; several actors are separated by "; "), the
place (name, country, latitude, longitude), source, publication date, language and version.
Columns it has no data for stay empty: Intensity (POLECAT's own scale, not Goldstein), the
COW codes, titles, Wikipedia ids, the place's city/district/province, GeoNames id and
feature type, and the story's people, organisations and locations lists.

Event Date is the first day of the event's period; communique's own columns come after
POLECAT's: Date Precision (day / month / year / published), Modality, CAMEO, Goldstein,
Story ID and URL.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import IO, Any

from communique import __version__
from communique.safecsv import SafeDictWriter
from communique.store.export_fields import event_date

POLECAT_COLUMNS = [
    "Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type", "Source", "Publication Date",
    "Story People", "Story Organizations", "Story Locations", "Language", "Version",
]  # fmt: skip
EXTRA_COLUMNS = ["Date Precision", "Modality", "CAMEO", "Goldstein", "Story ID", "URL"]
SEP = "; "


def _join(values: Iterable[Any]) -> str:
    return SEP.join(dict.fromkeys(str(v) for v in values if v))


def _side(actors: list[dict[str, Any]], prefix: str) -> dict[str, str]:
    return {
        f"{prefix} Name": _join(a.get("name") or a.get("text") for a in actors),
        f"{prefix} Country": _join(a.get("country") for a in actors),
        f"Primary {prefix} Sector": next((a["sector"] for a in actors if a.get("sector")), ""),
        f"{prefix} Sectors": _join(a.get("sector") for a in actors),
        f"{prefix} Name Raw": _join(a.get("text") for a in actors),
    }


def polecat_row(ev: dict[str, Any], meta: dict[str, Any]) -> dict[str, Any]:
    loc = ev.get("location") or {}
    day, precision = event_date(ev, meta.get("published"))
    published = (meta.get("published") or "")[:10]
    row = dict.fromkeys(POLECAT_COLUMNS + EXTRA_COLUMNS, "")
    row.update({
        "Event ID": ev["id"], "Event Date": day.isoformat() if day else "",
        "Event Type": ev.get("event_type") or "", "Event Mode": ev.get("mode") or "",
        "Quad Code": ev.get("quad_class") or "", "Contexts": _join(ev.get("context") or []),
        **_side(ev.get("actor") or [], "Actor"), **_side(ev.get("recipient") or [], "Recipient"),
        "Placename": loc.get("name") or "", "Country": loc.get("country") or "",
        "Latitude": loc.get("lat") if loc.get("lat") is not None else "",
        "Longitude": loc.get("lon") if loc.get("lon") is not None else "",
        "Raw Placename": loc.get("name") or "", "Source": meta.get("publisher") or "",
        "Publication Date": published, "Language": meta.get("language") or "",
        "Version": f"communique {__version__}", "Date Precision": precision or "",
        "Modality": ev.get("modality") or "", "CAMEO": ev.get("cameo") or "",
        "Goldstein": ev.get("goldstein") if ev.get("goldstein") is not None else "",
        "Story ID": ev.get("article_id") or "", "URL": meta.get("url") or "",
    })  # fmt: skip
    return row


def write_polecat(events: Iterable[dict[str, Any]], meta_of: Any, out: IO[str]) -> int:
    """Write events as POLECAT TSV; ``meta_of(article_id)`` gives the story's metadata."""
    writer = SafeDictWriter(
        out, fieldnames=POLECAT_COLUMNS + EXTRA_COLUMNS, delimiter="\t", lineterminator="\n"
    )
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(polecat_row(ev, meta_of(ev["article_id"])))
        n += 1
    return n
