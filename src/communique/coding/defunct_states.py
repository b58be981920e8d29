"""Acts of states that no longer exist are history (rule ``date.defunct_state``; issue #12).

"In the memoir, East German border guards seized the boat and Bonn protested": an
act done by or to a state that has ceased to exist (``data/coding/defunct_states.tsv``: the
Soviet Union, East Germany, Yugoslavia, the Ottoman Empire ...) cannot be current news, whatever
its tense, and neither can the other acts its sentence tells with it (the reply, "Bonn
protested"). Every asserted event of such a sentence is put in historical mode, so that the
background rules (``coding.background``) judge it. A word after "former", "ex-" or "post-"
("former Soviet republics", "post-Soviet states") names today's states, no act of the old one.

Source: general knowledge of when each state ended (see the data file); news style: a past act
retold in a feature is background, not news.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from communique.coding.rules import explain
from communique.datafiles import read_tsv
from communique.model import Mention

_FILE = resources.files("communique") / "data" / "coding" / "defunct_states.tsv"
# words before a defunct state's name that make it name today's states
_NOW_PREFIX = re.compile(r"(?:former|ex|post)[\s-]+$", re.I)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    words = sorted((r["word"] for r in read_tsv(_FILE)), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def defunct_word(text: str) -> str | None:
    """The defunct state's word in ``text`` (an actor's words), unless a "former", "ex-" or
    "post-" comes right before it; else None."""
    for match in _pattern().finditer(text):
        if not _NOW_PREFIX.search(text[: match.start()]):
            return match.group(1)
    return None


def _defunct_side(m: Mention) -> str | None:
    for actor in (*m.actor, *m.recipient):
        word = defunct_word(actor.text or "")
        if word:
            return word
    return None


def mark_defunct_states(mentions: list[Mention]) -> None:
    """Put in historical mode every asserted event of a sentence in which an event's doer or
    recipient is a defunct state (rule date.defunct_state)."""
    words: dict[int, str] = {}
    for m in mentions:
        word = _defunct_side(m)
        if word and m.sentence not in words:
            words[m.sentence] = word
    for m in mentions:
        word = words.get(m.sentence)
        if word is None or m.modality != "asserted":
            continue
        m.modality = "historical"
        m.explanation = "; ".join(
            p for p in (m.explanation, explain("date.defunct_state", word=word)) if p
        )
