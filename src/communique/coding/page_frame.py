"""The page-frame weights: what a whole story's words say it is framed as, weighed once.

Three story-level gates ask whether a page is framed as something other than news, each
weighing its frame words against the story's political words (``data/relevance/topics.tsv``):
a work's plot (``fiction.review_of_work``, rule ``filter.plot``), a game's rules or a
contest's rounds (``fiction.game_or_contest``, rule ``filter.game_or_contest``) and a
simulation in which people play states (``role_play.role_play_story``, rule
``filter.role_play``). ``page_weights`` walks the story's words once and sums every table
those gates read, and counts the town-twinning cues the page gate of ``coding.twinning`` reads
(rule ``filter.town_twinning``); each gate keeps its own thresholds and lead rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communique.relevance import story_topic

WORD = re.compile(r"[a-z]+")  # a word of the frame tables' cues and of the text they weigh


def cue_words(cue: str, table: str) -> tuple[str, ...]:
    """The lower-cased words of a cue of a frame table (fiction.tsv, role_play.tsv): one to
    four, else a ValueError that names ``table``."""
    words = tuple(WORD.findall(cue.lower()))
    if not 1 <= len(words) <= 4:
        raise ValueError(f"{table}: {cue!r}: one to four words")
    return words


@dataclass(frozen=True)
class PageWeights:
    political: float  # the story's political words (relevance.story_topic)
    plot: float  # plot words of fiction.tsv (runs of one to three words)
    play: float  # words of a game's rules or a contest's rounds (fiction.tsv kind "play")
    role: float  # role words of role_play.tsv (runs of one to four words)
    # the frame cues of role_play.tsv, each with the index of its first word, in text order
    frames: tuple[tuple[int, tuple[str, ...]], ...]
    lead: int  # the words of the headline and lead (role_play.LEAD_CHARS characters)
    twinning: int  # twinning cues of twinning.tsv (one or two words, repeats counted)


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """The first words of every cue the frame tables hold: no run that starts with another
    word can be a cue, so the walk skips it."""
    from communique.coding.fiction import fiction_words
    from communique.coding.role_play import role_play_words
    from communique.coding.twinning import twinning_words

    fiction, roles = fiction_words(), role_play_words()
    tables = (fiction.plot, fiction.play, roles.frame, roles.role, twinning_words()[0])
    return frozenset(cue[0] for table in tables for cue in table)


@lru_cache(maxsize=256)
def page_weights(text: str) -> PageWeights:
    """The frame weights of ``text`` (lower-cased words and their runs), computed once per
    story: the three frame gates of a story all ask for the same text (room for a whole batch
    of ingest's, whose gate reads every story before the coder reads the first again)."""
    # the gates' own modules hold the word tables and import this one
    from communique.coding.fiction import fiction_words, word_runs
    from communique.coding.role_play import LEAD_CHARS, role_play_words
    from communique.coding.twinning import twinning_words

    fiction, roles = fiction_words(), role_play_words()
    twinning_cues = twinning_words()[0]
    plot = play = role = 0.0
    twinning = 0
    frames: list[tuple[int, tuple[str, ...]]] = []
    for i, run in word_runs(WORD.findall(text.lower()), 4, _first_words()):
        if len(run) <= 3:  # the plot and play cues count in runs of up to three words
            plot += fiction.plot.get(run, 0.0)
            play += fiction.play.get(run, 0.0)
        if run in roles.frame:
            frames.append((i, run))
        role += roles.role.get(run, 0.0)
        if len(run) <= 2 and run in twinning_cues:
            twinning += 1
    lead = len(WORD.findall(text[:LEAD_CHARS].lower()))
    political = story_topic(text).political
    return PageWeights(political, plot, play, role, tuple(frames), lead, twinning)
