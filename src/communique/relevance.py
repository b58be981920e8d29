"""Is it political? Two checks, both driven by data files a user can read and extend.

- The story gate, before the parse (``story_topic``): the story's words are counted against
  ``data/relevance/topics.tsv``. A story with few political words and many words of one other
  topic (sport, entertainment, food, product, science, travel) is off-topic: it is stored with a
  note and not parsed or coded, so it costs little. A story of some length with almost no
  political subject at all (``political_cues``: the political words of topics.tsv and the role
  words of ``data/actors/roles.tsv`` whose sector political.tsv calls political: minister,
  troops, police, embassy ...) is off-topic too, whatever its topic: a wine column, a regatta or
  a start-up's funding round need no topic list of their own (``no_political_subject``).
- The event check, after the coder (``political_event``): an event needs a political actor on at
  least one side, or people the story ties to a country, or must be violence, coercion or
  protest involving people, or be an unattributed event (``data/relevance/political.tsv`` says
  which sectors and bodies are political and which are people); firms dealing only with firms or
  with unknown parties are commerce, whatever their countries. A dropped candidate is recorded
  with rule ``filter.not_political``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from communique.datafiles import read_tsv
from communique.model import Actor

DIR = resources.files("communique") / "data" / "relevance"
POLITICAL = "political"
# the gate: off-topic when another topic has at least MIN_OTHER weighted words, at least RATIO
# times the political ones, and the political ones are fewer than MAX_POLITICAL
MIN_OTHER = 6.0
RATIO = 3.0
MAX_POLITICAL = 10.0
_WORD = re.compile(r"[a-z]+")
# the second test, of a political subject: a story of at least SUBJECT_MIN_WORDS words whose
# distinct political cues (words and phrases, ``political_cues``, and a one-word cue with an
# ending: protested, voted) are at most FEW_CUES and fewer than CUES_PER_1000 per thousand words
# has no political subject. Measured on branch noise8 over
# 433 bench pages (bench/stories, realpages): every political story has 3 distinct cues or more,
# and those with 3 have 15 or more per thousand words (short wire items: 29, 47 ...); 18 of the
# 28 noise pages the first test let through have at most 3 at 3.5-10.3 per thousand. Short texts
# (a headline, a one-sentence item) are never judged by it: a few words say too little.
SUBJECT_MIN_WORDS = 150
FEW_CUES = 3
CUES_PER_1000 = 12.0
# and one with at most BARE_CUES distinct cues has none whatever their density (rule
# filter.few_political_cues, branch noise16): over the 493 political pages of bench/stories and
# realpages, every one of 150 words or more has 4 distinct cues or more; a short column of
# 150-200 words that names two ("states", "helicopters") is not news of politics.
BARE_CUES = 2
# a shorter story, of SHORT_MIN_WORDS to SUBJECT_MIN_WORDS words (a brief, a notice, a short
# column), with at most SHORT_BARE_CUES distinct cues has none either (branch cost32): over the
# 507 political pages of bench/stories and realpages and the 200 stories of the benchmark
# corpus, every one of 100 words or more names 3 distinct cues or more; a wire brief of 70-90
# words may name only two ("the foreign ministry said ... the state"), so shorter texts stay
# unjudged.
SHORT_MIN_WORDS = 100
SHORT_BARE_CUES = 1
FEW_CUES_RULE = "filter.few_political_cues"
# the third test, of register (rule filter.register, branch offtopic38): a page that uses at
# least REGISTER_MIN_MARKERS distinct markers of one register of data/relevance/registers.tsv
# (a horoscope's signs, a recipe's measures, a walkthrough's save points, a classified
# advertisement's "o.n.o.", a crossword's clues) is in a register that is never political
# reporting, whatever its political words (figures of speech there).
# Measured over the 563 political pages of bench/stories and realpages: none has more than one
# distinct marker of any register; the recipe, horoscope, walkthrough and crossword pages of the
# noise sets have 4 to 14. The service page register (a booking, hire, shop or class page, its
# terms and help centre; branch offtopic39): none of the 573 political pages of session 39 uses
# one of its markers.
REGISTER_MIN_MARKERS = 4
REGISTER_RULE = "filter.register"


@dataclass(frozen=True)
class TopicWords:
    single: dict[str, list[tuple[str, float]]]
    pairs: dict[tuple[str, str], list[tuple[str, float]]]


@lru_cache(maxsize=1)
def topic_words() -> TopicWords:
    single: dict[str, list[tuple[str, float]]] = {}
    pairs: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for row in read_tsv(DIR / "topics.tsv"):
        words = row["word"].split()
        if len(words) not in (1, 2):
            raise ValueError(f"topics.tsv: {row['word']!r}: one or two words only")
        entry = (row["topic"], float(row["weight"]))
        if len(words) == 1:
            single.setdefault(words[0], []).append(entry)
        else:
            pairs.setdefault((words[0], words[1]), []).append(entry)
    return TopicWords(single, pairs)


@dataclass(frozen=True)
class StoryTopic:
    """What a story is about, from its words: weighted counts per topic."""

    scores: dict[str, float] = field(default_factory=dict)
    words: int = 0  # words in the story
    cues: tuple[str, ...] = ()  # its distinct political cues (``political_cues``), sorted
    # the register it is written in, when never political reporting (``register_of``), and
    # its distinct markers of that register
    register: tuple[str, tuple[str, ...]] | None = None

    @property
    def cues_per_1000(self) -> float:
        return 1000.0 * len(self.cues) / self.words if self.words else 0.0

    @property
    def no_political_subject(self) -> bool:
        """A story of some length that names almost nothing political (see FEW_CUES and
        SHORT_BARE_CUES)."""
        if self.words < SUBJECT_MIN_WORDS:
            return self.words >= SHORT_MIN_WORDS and len(self.cues) <= SHORT_BARE_CUES
        return len(self.cues) <= BARE_CUES or (
            len(self.cues) <= FEW_CUES and self.cues_per_1000 < CUES_PER_1000
        )

    @property
    def political(self) -> float:
        return self.scores.get(POLITICAL, 0.0)

    @property
    def other(self) -> tuple[str, float]:
        """The strongest topic that is not politics, and its score."""
        rest = [(s, t) for t, s in self.scores.items() if t != POLITICAL]
        if not rest:
            return "", 0.0
        score, topic = max(rest)
        return topic, score

    @property
    def other_outweighs_political(self) -> bool:
        """The strongest other topic has words, at least as many (weighted) as politics."""
        _, score = self.other
        return score > 0 and score >= self.political

    @property
    def other_topic(self) -> bool:
        """Many words of one other topic and few political ones (MIN_OTHER, RATIO)."""
        topic, score = self.other
        return (
            score >= MIN_OTHER
            and score >= RATIO * self.political
            and self.political < MAX_POLITICAL
        )

    @property
    def off_topic(self) -> bool:
        return self.other_topic or self.no_political_subject or self.register is not None

    def note(self) -> str:
        topic, score = self.other
        if not self.other_topic and not self.no_political_subject and self.register:
            kind, markers = self.register
            return (
                f"not coded: off-topic: written as a {kind}, never political reporting "
                f"({len(markers)} of its markers: {', '.join(markers)}, {REGISTER_RULE}); "
                "--all-topics codes it"
            )
        if not self.other_topic and self.no_political_subject:
            named = ": " + ", ".join(self.cues) if self.cues else ""
            many = "" if len(self.cues) == 1 else "s"
            bare = self.cues_per_1000 >= CUES_PER_1000 or self.words < SUBJECT_MIN_WORDS
            rule = f", {FEW_CUES_RULE}" if bare else ""
            return (
                f"not coded: off-topic: no political subject ({len(self.cues)} political "
                f"word{many} in {self.words} words{named}{rule}); --all-topics codes it"
            )
        return (
            f"not coded: off-topic: {topic} (topic words {score:g}, political words "
            f"{self.political:g}); --all-topics codes it"
        )


@lru_cache(maxsize=256)
def story_topic(text: str) -> StoryTopic:
    """Weighted topic-word counts of ``text`` (lower-cased words and word pairs). Cached per
    text: the topic gate, the plot check and the coder's private-side filters all ask for the
    story being coded. Room for a whole batch of ingest's: its gate reads every story of the
    batch before the coder reads the first again."""
    words = topic_words()
    toks = _WORD.findall(text.lower())
    scores: Counter[str] = Counter()
    for i, tok in enumerate(toks):
        for topic, weight in words.single.get(tok, ()):
            scores[topic] += weight
        if i + 1 < len(toks):
            for topic, weight in words.pairs.get((tok, toks[i + 1]), ()):
                scores[topic] += weight
    return StoryTopic(dict(scores), len(toks), cues_of(toks), register_of(toks))


@lru_cache(maxsize=1)
def _register_markers() -> tuple[
    tuple[str, ...], dict[str, tuple[tuple[str, tuple[str, ...]], ...]]
]:
    """registers.tsv: the registers in file order, and first word -> the (register, marker
    word tuple) pairs starting with it."""
    registers: dict[str, None] = {}
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for row in read_tsv(DIR / "registers.tsv"):
        marker = tuple(_WORD.findall(row["marker"].lower()))
        if marker:
            registers.setdefault(row["register"])
            out.setdefault(marker[0], []).append((row["register"], marker))
    return tuple(registers), {w: tuple(ms) for w, ms in out.items()}


def register_of(toks: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The register of data/relevance/registers.tsv of which ``toks`` (lower-case words) use at
    least REGISTER_MIN_MARKERS distinct markers, with those markers (the register with most of
    them), else None. One pass over the words for every register."""
    registers, markers = _register_markers()
    found: dict[str, set[str]] = {}
    for i, tok in enumerate(toks):
        for register, marker in markers.get(tok, ()):
            if tuple(toks[i : i + len(marker)]) == marker:
                found.setdefault(register, set()).add(" ".join(marker))
    best: tuple[str, tuple[str, ...]] | None = None
    for register in registers:
        seen = found.get(register, set())
        if len(seen) >= REGISTER_MIN_MARKERS and (best is None or len(seen) > len(best[1])):
            best = register, tuple(sorted(seen))
    return best


def page_kind_note(kind: str, cues: int, text: str) -> str | None:
    """A note when a page with ``cues`` words of one kind (town twinning, a festival or
    championship) is about that kind of thing: as many such words as political words, or a
    page mostly about something other than politics; None otherwise. Read by the coder's
    page filters (coding/twinning.py, coding/gatherings.py) after their own minimum of cues."""
    topic = story_topic(text)
    offtopic = topic.words >= SUBJECT_MIN_WORDS and (
        topic.no_political_subject or topic.other_outweighs_political
    )
    if cues >= topic.political or offtopic:
        return f"{kind} words {cues}, political words {topic.political:g}"
    return None


@lru_cache(maxsize=1)
def political_cues() -> frozenset[tuple[str, ...]]:
    """Words and phrases (as word tuples) that name a political subject: the political words of
    topics.tsv, the lower-case role words of data/actors/roles.tsv whose sector (with or
    without its '~') is one political.tsv lists as political (minister, troops, police, embassy,
    rebels, court ...), and the words political.tsv lists as "subject" (organised labour:
    strikers, pickets, unions). Hyphens read as spaces, as ``story_topic`` splits words."""
    sectors = _political_table()["political"]
    cues = {
        tuple(_WORD.findall(row["word"]))
        for row in read_tsv(DIR / "topics.tsv")
        if row["topic"] == POLITICAL
    }
    cues |= {tuple(_WORD.findall(w)) for w in _political_table().get("subject", ())}
    roles = resources.files("communique") / "data" / "actors" / "roles.tsv"
    for row in read_tsv(roles):
        text = row["text"]
        if text == text.lower() and row["sector"].lstrip("~") in sectors:
            cues.add(tuple(_WORD.findall(text)))
    # words with a common sense outside politics (a head teacher, a tennis court, a race
    # leader, competition judges, the Premier League): no cue alone, only in a longer cue
    # ("head of state", "supreme court")
    return frozenset(c for c in cues if c and c not in _not_cues())


@lru_cache(maxsize=1)
def _not_cues() -> frozenset[tuple[str, ...]]:
    """The words political.tsv lists as "not_cue", as word tuples."""
    return frozenset(tuple(_WORD.findall(w)) for w in _political_table().get("not_cue", ()))


_ENDINGS = ("s", "es", "ed", "d", "ing")


def cues_of(toks: list[str]) -> tuple[str, ...]:
    """The distinct political cues among ``toks`` (phrases of up to four words), and the words
    that are a one-word cue with an ending (protested, voted, protests)."""
    cues = political_cues()
    found: set[str] = set()
    # word positions inside a non-political compound ("not_cue" phrases of two words or more:
    # artificial intelligence, a birthday party, a privacy policy) count for no cue
    blocked = _compound_positions(toks)
    covered: set[int] = set(blocked)  # and those inside a longer cue already found
    firsts = _cue_firsts()
    starts = [i for i, tok in enumerate(toks) if tok in firsts]  # where a cue can begin
    for n in (4, 3, 2, 1):
        for i in starts:
            if i + n > len(toks):
                break
            if tuple(toks[i : i + n]) in cues and not covered.issuperset(range(i, i + n)):
                if blocked.intersection(range(i, i + n)):
                    continue
                found.add(" ".join(toks[i : i + n]))
                covered.update(range(i, i + n))
    free = {tok for i, tok in enumerate(toks) if i not in blocked}  # each word once
    found |= {
        tok
        for tok in free - found
        if (tok,) not in _not_cues()  # "governors" is no "governor" with an ending
        and any(tok.endswith(e) and (tok[: -len(e)],) in cues for e in _ENDINGS)
    }
    return tuple(sorted(found))


@lru_cache(maxsize=1)
def _cue_firsts() -> frozenset[str]:
    """The first words of the political cues."""
    return frozenset(cue[0] for cue in political_cues())


@lru_cache(maxsize=1)
def _compounds() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The "not_cue" phrases of two words or more, by their first word."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _not_cues():
        if len(phrase) > 1:
            out.setdefault(phrase[0], []).append(phrase)
    return {w: tuple(ps) for w, ps in out.items()}


def _compound_positions(toks: list[str]) -> set[int]:
    """The positions of ``toks`` inside a non-political compound (``_compounds``)."""
    compounds = _compounds()
    blocked: set[int] = set()
    for i, tok in enumerate(toks):
        for phrase in compounds.get(tok, ()):
            if tuple(toks[i : i + len(phrase)]) == phrase:
                blocked.update(range(i, i + len(phrase)))
    return blocked


# -- the event check --------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _political_table() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in read_tsv(DIR / "political.tsv"):
        kinds.setdefault(row["kind"], set()).add(row["value"])
    return {k: frozenset(v) for k, v in kinds.items()}


def political_sector(sector: str | None) -> bool:
    """Whether ``sector`` (with or without its '~') is one political.tsv lists as political
    (government, military, police ...)."""
    return (sector or "").lstrip("~") in _political_table()["political"]


def political_actor(actor: Actor) -> bool:
    """A state (named as such), a political body, or an actor of a political sector."""
    from communique.actors import lexicon as actor_lexicon
    from communique.actors.spans import is_state

    table = _political_table()
    if actor.sector in table["political"] or actor.country in table["body"]:
        return True
    return (
        actor.sector is None
        and is_state(actor.country)
        and actor.name == actor_lexicon.country_name(actor.country)  # type: ignore[arg-type]
    )


def people(actor: Actor) -> bool:
    """Civilians, workers, students, journalists ...: people, not an institution."""
    return actor.sector in _political_table()["people"]


def commerce(sides: list[Actor]) -> bool:
    """A firm dealing with a firm, or with a party no one knows (no country, no sector): two or
    more sides, each commercial or unknown. A firm alone (its target not yet known) is not."""
    return len(sides) > 1 and all(commercial(a) or not (a.country or a.sector) for a in sides)


def commercial(actor: Actor) -> bool:
    """Firms and business people (political.tsv kind ``commercial``)."""
    return actor.sector in _political_table().get("commercial", frozenset())


def political_event(
    event_type: str, actors: list[Actor], recipients: list[Actor], unattributed: bool
) -> bool:
    """Whether an event is in scope (see the module's docstring)."""
    sides = [*actors, *recipients]
    if unattributed or any(political_actor(a) for a in sides):
        return True
    if any(people(a) and a.country for a in sides) and not commerce(sides):
        return True  # the story ties them to a country
    return event_type in _political_table()["people_event"] and any(people(a) for a in sides)
