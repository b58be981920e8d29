"""People of a nationality at a festival, a jamboree or a championship are not their state
(rule ``filter.gathering_participants``).

A page whose subject is a gathering of people from many countries (a festival, a jamboree, a
championship, a trade fair, an expedition, a contest, a school exchange: the ``cue`` words of
``data/relevance/gatherings.tsv``, at least ``MIN_CUES`` of them with repeats, on a page whose
political words are no more than its gathering words or whose words are of another topic more
than of politics) tells of national groups of participants: "the Armenian ensemble walked out
of the rehearsal", "the Georgian delegation accused the jury", "the Turkish team attacked the
closing dance". The coder reads the nationality word as the state. On such a page an event
with a doer is dropped unless one of its sides is tied to a government by the words of the
sentence itself (``tied_side``): an international body, a side of a political sector named by
a word of its own (the ministry, the police, the government, the army; not a participant noun
such as delegation or team), or a state named by its name. A nationality word alone ("the
Serbian musicians", "the Finns"), a group of participants ("the Georgian delegation"), a pronoun
that stands for either, or a recipient assumed from the story rather than named in the
sentence is no tie. Events with no doer (unattributed violence), demonstrations and riots, and
violence or coercion against people the sentence names are left to the other rules
(``untied_event``). So "the ministry banned the festival", "police detained fans after the
final" and "Norway boycotted the championship" keep their events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from communique.coding.fiction import word_runs
from communique.datafiles import read_tsv
from communique.model import Actor
from communique.relevance import page_kind_note

PATH = resources.files("communique") / "data" / "relevance" / "gatherings.tsv"
MIN_CUES = 2
_WORD = re.compile(r"[a-z]+")


@dataclass(frozen=True)
class GatheringWords:
    cues: frozenset[tuple[str, ...]]
    firsts: frozenset[str]  # the first words of the cues
    participants: frozenset[str]


@lru_cache(maxsize=1)
def gathering_words() -> GatheringWords:
    cues: set[tuple[str, ...]] = set()
    participants: set[str] = set()
    for row in read_tsv(PATH):
        words = tuple(_WORD.findall(row["word"].lower()))
        if not 1 <= len(words) <= 2:
            raise ValueError(f"gatherings.tsv: {row['word']!r}: one or two words")
        if row["kind"] == "cue":
            cues.add(words)
        elif row["kind"] == "participant":
            participants.add(" ".join(words))
        else:
            raise ValueError(f"gatherings.tsv: unknown kind {row['kind']!r}")
    firsts = frozenset(c[0] for c in cues)
    return GatheringWords(frozenset(cues), firsts, frozenset(participants))


@lru_cache(maxsize=8)
def gathering_story(text: str) -> str | None:
    """A note when ``text`` is a page about a gathering (see the module's docstring)."""
    words = gathering_words()
    toks = _WORD.findall(text.lower())
    cues = sum(1 for _, run in word_runs(toks, 2, words.firsts) if run in words.cues)
    if cues < MIN_CUES:
        return None
    return page_kind_note("gathering", cues, text)


def tied_side(actor: Actor, pronoun: bool = False) -> bool:
    """Whether ``actor`` is tied to a government by its own words (see the module's
    docstring); ``pronoun``: it stands for a pronoun, so only its sector can tie it."""
    from communique.actors import lexicon as actor_lexicon
    from communique.actors.spans import is_state
    from communique.coding.nationality_heads import demonyms
    from communique.relevance import _political_table, political_sector

    if actor.country in _political_table()["body"]:
        return True
    words = _WORD.findall((actor.text or "").lower())
    if not words:
        return False
    head = words[-1]
    if head in gathering_words().participants or head in demonyms():
        return False
    if political_sector(actor.sector):
        return True
    if pronoun or actor.sector or not is_state(actor.country):
        return False
    name = actor_lexicon.country_name(actor.country)  # type: ignore[arg-type]
    return bool(name) and " ".join(words) == " ".join(_WORD.findall(name.lower()))


# the protests that are unrest whoever does them: a demonstration or rally (CAMEO 141) and a
# riot (145); a walk-out or boycott (143) at a contest is a move of the contest
UNREST_CODES = ("141", "145")


def people_unrest(plover: str, cameo: str, named: list[Actor]) -> bool:
    """Whether an event is unrest or violence against people, which the rules for such events
    decide on any page: a people event of ``data/relevance/political.tsv`` that is a
    demonstration or a riot (``UNREST_CODES``) or whose recipient ``named`` in the sentence is
    people."""
    from communique.relevance import _political_table, people

    return plover in _political_table()["people_event"] and (
        cameo.startswith(UNREST_CODES) or any(people(r) for r in named)
    )


def untied_event(
    plover: str,
    cameo: str,
    actors: list[Actor],
    recipients: list[Actor],
    pronoun_doers: bool,
    assumed: bool,
) -> str | None:
    """The sides' words when no side of an event on a gathering page is tied to a government
    (``tied_side``), else None. An event with no doer (violence at a festival whose doer is not
    named) is left to the rules for unattributed events, and so are unrest and violence against
    people (a riot by fans, fans beating rival supporters: the people events of
    ``data/relevance/political.tsv``: a demonstration or a riot, ``UNREST_CODES``, or violence
    or coercion whose recipient named in the sentence is people); a recipient ``assumed`` from the story, not named by the
    sentence, ties nothing."""
    if not actors:
        return None
    named = [] if assumed else recipients
    if people_unrest(plover, cameo, named):
        return None
    if any(tied_side(a, pronoun_doers) for a in actors) or any(tied_side(a) for a in named):
        return None
    return ", ".join(a.text for a in [*actors, *named])
