"""The fiction frame: a work's plot and legendary history code no event.

Two checks, both driven by ``data/relevance/fiction.tsv``:

- ``review_of_work``: a page that tells the plot of a game, film, series, novel, play,
  documentary or exhibition (its plot words, "the film opens with", "in the game", "players
  must", "within fifty pages", weigh at least ``MIN_PLOT`` and at least its political words,
  ``data/relevance/topics.tsv``). Its events are the plot's, dropped with rule ``filter.plot``,
  except news about the work itself: an event whose own argument names a work ("the ministry
  banned the game", "a protest note over the documentary") or a sentence dated by a weekday,
  "yesterday" or "last week" (a review's plot has no news days).
- ``game_or_contest``: a page about a game's rules or updates or a contest's rounds whose
  roles borrow political words (a strategy game's patch notes, a debating or quiz final: the
  "play" words of fiction.tsv with its plot words weigh at least ``MIN_PLOT`` and its political
  words): its events are moves of the game, dropped with rule ``filter.game_or_contest`` even
  on the contest's own day, except an act whose own argument names a work.
- ``legendary_doer``: an event whose doer is a plural of legendary or dynastic history
  ("rival princes fought for the valley", "the Mongols sacked the city") is history told in a
  travel or heritage text, not a current event (rule ``filter.legendary_history``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Span, Token

from communique.coding.page_frame import WORD, cue_words, page_weights
from communique.datafiles import read_tsv

PATH = resources.files("communique") / "data" / "relevance" / "fiction.tsv"
MIN_PLOT = 6.0  # plot words a review of a work has at the least
# the same on a page its metadata or URL declares a review (coding/page_sections.py)
DECLARED_MIN_PLOT = 2.0
MIN_PLAY = 4.0  # words of a game's rules or a contest's rounds a page about one has at the least
# words that date a sentence as news of the page's week, never a plot's
NEWS_DAYS = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "yesterday",
        "today",
        "tonight",
    ]
)
# words after a scene cue that make it no work ("in the series *of* raids", "the play-*offs*")
NOT_A_WORK = frozenset({"of", "off", "offs"})
# prepositions that name what an act is about or aimed at ("a protest note *over* the film")
TOPIC_PREPS = frozenset({"over", "about", "against", "on", "into", "of", "for"})
# argument links of a trigger that name what the act is about or done to
_ARGUMENT_DEPS = frozenset({"dobj", "nsubjpass", "pobj", "prep", "attr", "compound", "poss"})


@dataclass(frozen=True)
class FictionWords:
    work: frozenset[str]
    plot: dict[tuple[str, ...], float]
    legend: frozenset[str]
    scene: frozenset[tuple[str, ...]]
    play: dict[tuple[str, ...], float]


@lru_cache(maxsize=1)
def fiction_words() -> FictionWords:
    work: set[str] = set()
    plot: dict[tuple[str, ...], float] = {}
    legend: set[str] = set()
    scene: set[tuple[str, ...]] = set()
    play: dict[tuple[str, ...], float] = {}
    for row in read_tsv(PATH):
        words = cue_words(row["cue"], "fiction.tsv")
        if row["kind"] == "work":
            work.add(words[0])
        elif row["kind"] == "plot":
            plot[words] = float(row["weight"])
        elif row["kind"] == "legend":
            legend.add(words[0])
        elif row["kind"] == "scene":
            scene.add(words)
        elif row["kind"] == "play":
            play[words] = float(row["weight"])
        else:
            raise ValueError(f"fiction.tsv: unknown kind {row['kind']!r}")
    return FictionWords(frozenset(work), plot, frozenset(legend), frozenset(scene), play)


def word_runs(toks: list[str], longest: int, firsts: frozenset[str] | None = None):
    """Each position of ``toks`` with its runs of one to ``longest`` words: (i, run); given
    ``firsts``, only the positions whose word is one of them (the first words of the cues
    looked up: no run from another position can be a cue)."""
    for i in range(len(toks)):
        if firsts is not None and toks[i] not in firsts:
            continue
        for n in range(1, longest + 1):
            if i + n <= len(toks):
                yield i, tuple(toks[i : i + n])


def review_of_work(text: str, declared: str | None = None, reviewed: bool = False) -> str | None:
    """A note when ``text`` tells the plot of a work (see the module's docstring), else None.
    ``declared``: the words by which the page's metadata or URL files it as a review (rule
    filter.declared_kind); such a page needs only ``DECLARED_MIN_PLOT`` plot words, and where
    its JSON-LD is a Review of a creative work (``reviewed``) they need not weigh as much as its
    political words (a review of a war story retells a war)."""
    weights = page_weights(text)
    score, political = weights.plot, weights.political
    least = DECLARED_MIN_PLOT if declared else MIN_PLOT
    if score >= least and (score >= political or (reviewed and declared)):
        by = f"; {declared}, filter.declared_kind" if declared else ""
        return f"plot words {score:g}, political words {political:g}{by}"
    return None


def game_or_contest(text: str) -> str | None:
    """A note when ``text`` is about a game's rules or updates or a contest's rounds whose roles
    borrow political words (a strategy game's patch notes, a debating or quiz final): its plot
    and play words (fiction.tsv) weigh at least ``MIN_PLOT`` and at least its political words,
    and ``MIN_PLAY`` of them are play words. Else None (``review_of_work`` covers plots alone)."""
    weights = page_weights(text)
    play = weights.play
    if play < MIN_PLAY:
        return None
    score, political = play + weights.plot, weights.political
    if score >= MIN_PLOT and score >= political:
        return f"game or contest words {score:g} ({play:g} of its rules or rounds), political words {political:g}"
    return None


def work_argument(trigger: Token) -> bool:
    """The trigger's own argument names a work ("banned *the game*")."""
    work = fiction_words().work
    for child in trigger.children:
        if child.dep_ not in _ARGUMENT_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ not in TOPIC_PREPS:
            continue
        heads = [child, *(c for c in child.children if c.dep_ == "pobj")]
        if any(h.lemma_.lower() in work or h.lower_ in work for h in heads):
            return True
    return False


@lru_cache(maxsize=1)
def _scene_starts() -> frozenset[str]:
    """The first words of the scene cues."""
    return frozenset(cue[0] for cue in fiction_words().scene)


def scene_cue(sent: Span) -> str | None:
    """The words that place ``sent`` inside a work's plot ("*In the film*, troops invade the
    island"), if any; "in the series of raids" or "in the play-offs" is no work."""
    scene = fiction_words().scene
    starts = _scene_starts()
    toks = [(t, w) for t in sent for w in WORD.findall(t.lower_)]
    words = [w for _, w in toks]
    doc = sent.doc
    for i in range(len(words)):
        if words[i] not in starts:  # no scene cue begins with this word
            continue
        for n in (4, 3, 2):
            cue = tuple(words[i : i + n])
            if len(cue) == n and cue in scene:
                after = words[i + n] if i + n < len(words) else ""
                if after in NOT_A_WORK:  # "in the series of raids", "in the play-offs"
                    continue
                return doc[toks[i][0].i : toks[i + n - 1][0].i + 1].text
    return None


def about_work(trigger: Token, sent: Span) -> bool:
    """News about a work, not its plot: the trigger's own argument names a work ("banned
    *the game*", "protested over *the documentary*"), or the sentence names a news day."""
    return work_argument(trigger) or any(t.lower_ in NEWS_DAYS for t in sent)


def legendary_doer(doers: list[Token]) -> str | None:
    """The first doer (a word of its conjunction, its owner: "the sultans' armies", or its
    adjective: "Mongol horsemen") that is a word of legendary history, if any."""
    legend = fiction_words().legend
    for tok in doers:
        for t in (tok, *tok.conjuncts):
            # "the sultans' armies": the owner of the doer counts as the doer
            # and its empire's adjective: "*Mongol* horsemen"
            for w in (t, *(c for c in t.children if c.dep_ in ("poss", "amod", "compound"))):
                if w.lower_ in legend:
                    return w.text
    return None
