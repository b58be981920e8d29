"""The role-play frame: a page about a simulation in which people play states codes no event.

A school or university Model UN, a mock trial, parliament or summit, a youth parliament or a
classroom role play has "delegates" who "represent" states and whose vetoes, sanctions and
resolutions are moves in a game, not acts of those states (rule ``filter.role_play``). A story
is about such a simulation when a frame cue of ``data/relevance/role_play.tsv`` stands in its
headline and lead (the first ``LEAD_CHARS`` characters) or twice anywhere, and its role words
(delegates, pupils, schools, "played by", awards) weigh at least ``MIN_ROLE`` and at least
its political words (``data/relevance/topics.tsv``): a news story that names a Model UN in
passing keeps its events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from communique.coding.fiction import first_words, word_runs
from communique.datafiles import read_tsv
from communique.relevance import story_topic

PATH = resources.files("communique") / "data" / "relevance" / "role_play.tsv"
LEAD_CHARS = 600  # the headline and lead, where a page says what it is about
MIN_ROLE = 5.0  # the weight of role words a page about a simulation has at the least
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class RolePlayWords:
    frame: frozenset[tuple[str, ...]]
    role: dict[tuple[str, ...], float]


@lru_cache(maxsize=1)
def role_play_words() -> RolePlayWords:
    frame: set[tuple[str, ...]] = set()
    role: dict[tuple[str, ...], float] = {}
    for row in read_tsv(PATH):
        words = tuple(_WORD.findall(row["cue"].lower()))
        if not 1 <= len(words) <= 4:
            raise ValueError(f"role_play.tsv: {row['cue']!r}: one to four words")
        if row["kind"] == "frame":
            frame.add(words)
        elif row["kind"] == "role":
            role[words] = float(row["weight"])
        else:
            raise ValueError(f"role_play.tsv: unknown kind {row['kind']!r}")
    return RolePlayWords(frozenset(frame), role)


@lru_cache(maxsize=1)
def _firsts() -> frozenset[str]:
    words = role_play_words()
    return first_words(words.frame, words.role)


def role_play_story(text: str) -> str | None:
    """A note when ``text`` is about a simulation in which people play states, else None."""
    words = role_play_words()
    lead = len(_WORD.findall(text[:LEAD_CHARS].lower()))
    toks = _WORD.findall(text.lower())
    frames: list[tuple[int, tuple[str, ...]]] = []
    role = 0.0
    for i, run in word_runs(toks, 4, _firsts()):
        if run in words.frame:
            frames.append((i, run))
        role += words.role.get(run, 0.0)
    if not frames or role < MIN_ROLE:
        return None
    if frames[0][0] >= lead and len(frames) < 2:
        return None  # named once, after the lead: a news story's aside
    political = story_topic(text).political
    if role < political:
        return None  # a political story that also tells of a simulation
    return f"'{' '.join(frames[0][1])}', role words {role:g}, political words {political:g}"
