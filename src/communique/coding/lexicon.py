"""The coder's data files, loaded once: the CAMEO table, idioms, intent and modality cues
(the trigger patterns are loaded by ``communique.coding.patterns``).

All of them are TSV files under ``communique/data/coding/`` that a user can read and extend;
lines starting with ``#`` are notes, the first other line is the header.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from communique.datafiles import read_tsv

__all__ = ["DATA_DIR", "read_tsv"]  # read_tsv: the modules of the coder import it from here

DATA_DIR = Path(str(resources.files("communique") / "data" / "coding"))


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str
    mode: str | None
    context: tuple[str, ...]


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    table: dict[str, CameoCode] = {}
    for row in read_tsv(DATA_DIR / "cameo.tsv"):
        table[row["cameo"]] = CameoCode(
            code=row["cameo"],
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=row["plover"],
            mode=row["mode"] or None,
            context=tuple(c for c in row["context"].split(";") if c),
        )
    return table


@lru_cache(maxsize=1)
def idioms() -> dict[str, frozenset[str]]:
    """Trigger lemma -> dependent words that make it an idiom, not an event (idioms.tsv)."""
    out: dict[str, frozenset[str]] = {}
    for row in read_tsv(DATA_DIR / "idioms.tsv"):
        words = {w.strip().lower() for w in row["words"].split("|") if w.strip()}
        out[row["lemma"].lower()] = out.get(row["lemma"].lower(), frozenset()) | words
    return out


@lru_cache(maxsize=1)
def intent_table() -> dict[tuple[str, str], str]:
    return {(r["plover"], r["cameo"]): r["intent"] for r in read_tsv(DATA_DIR / "intent.tsv")}


def intent_code(plover: str, cameo: str) -> str | None:
    """The CAMEO intent code for a future ``plover``/``cameo`` event, or None to keep it."""
    table = intent_table()
    return table.get((plover, cameo)) or table.get((plover, "*"))


@lru_cache(maxsize=1)
def modality_cues() -> dict[str, dict[str, str]]:
    """``{where: {cue: modality}}``."""
    cues: dict[str, dict[str, str]] = {}
    for row in read_tsv(DATA_DIR / "modality.tsv"):
        cues.setdefault(row["where"], {})[row["cue"].lower()] = row["modality"]
    return cues
