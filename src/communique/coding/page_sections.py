"""What a page says it is: a sport section's match report, a review section's film review
(rules ``filter.declared_kind``, ``filter.sport_sides``, ``filter.plot``).

A news or hobby site files a page under a section and says so twice before its story begins:
in the schema.org JSON-LD of the page (``articleSection`` or ``genre``; a ``Review`` whose
``itemReviewed`` is a creative work) and in the path of its URL ("/sport/", "/match-reports/",
"/reviews/"). The HTML source hands the JSON-LD's values to the coder as notes of the article
(``section_note``, ``reviewed_work_note``); the URL is the article's own. ``declared_kinds``
reads both against ``data/relevance/page_sections.tsv``.

A declared section decides nothing alone; it lowers what the story's own words must show:

- a page declared a review (``review``) is a review of a work when its plot words
  (``data/relevance/fiction.tsv``) weigh at least ``fiction.DECLARED_MIN_PLOT`` and at least
  its political words (an undeclared page needs ``fiction.MIN_PLOT``), or, where its JSON-LD is
  a Review of a creative work, whatever its political words (a war story's review retells a
  war): rule ``filter.plot``;
- a page declared sport (``sport``) is a sport page when its sport words (the sport topic of
  ``data/relevance/topics.tsv``) weigh at least ``DECLARED_MIN_SPORT`` and at least its political
  words; an undeclared page needs ``MIN_SPORT``. On a sport page the national sides are teams:
  an event none of whose sides is tied to a government by the words of its sentence is the
  contest's, not a state's (``untied_sport_event``, rule ``filter.sport_sides``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from urllib.parse import urlsplit

from spacy.tokens import Span

from communique.datafiles import read_tsv
from communique.model import Actor

PATH = resources.files("communique") / "data" / "relevance" / "page_sections.tsv"
SECTION_NOTE = "page section (JSON-LD):"
REVIEW_NOTE = "page reviews a work (JSON-LD Review of):"
MIN_SPORT = 6.0  # sport words an undeclared page has at the least to be a sport page
DECLARED_MIN_SPORT = 2.0  # the same on a page its metadata or URL files under sport
_WORD = re.compile(r"[a-z0-9]+")
# the words a side's state name is written with before the noun it owns ("England's")
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


@dataclass(frozen=True)
class SectionWords:
    sections: dict[str, str]  # a section name (words joined by one space) -> its kind
    works: frozenset[str]  # schema.org types of a reviewed creative work
    sides: frozenset[str]  # nouns of a sport side or its people
    bodies: frozenset[str]  # words of a sport body's name


@lru_cache(maxsize=1)
def section_words() -> SectionWords:
    sections: dict[str, str] = {}
    works: set[str] = set()
    sides: set[str] = set()
    bodies: set[str] = set()
    for row in read_tsv(PATH):
        kind, form, word = row["kind"], row["form"], row["word"]
        if kind not in ("sport", "review"):
            raise ValueError(f"page_sections.tsv: unknown kind {kind!r}")
        if form == "section":
            sections[_phrase(word)] = kind
        elif form == "work":
            works.add(word)
        elif form == "side":
            sides.add(word.lower())
        elif form == "body":
            bodies.add(word.lower())
        else:
            raise ValueError(f"page_sections.tsv: unknown form {form!r}")
    return SectionWords(sections, frozenset(works), frozenset(sides), frozenset(bodies))


def _phrase(value: str) -> str:
    """A section name or URL segment as lower-case words joined by one space."""
    return " ".join(_WORD.findall(value.lower().replace("_", " ")))


def section_note(section: str) -> str:
    """The article note by which the HTML source hands a JSON-LD section to the coder."""
    return f"{SECTION_NOTE} {' '.join(section.split())}"


def reviewed_work_note(kind: str) -> str:
    """The article note by which the HTML source hands a reviewed work's type to the coder."""
    return f"{REVIEW_NOTE} {kind}"


def reviewed_work(kinds: set[str]) -> str | None:
    """The first of ``kinds`` (schema.org types of a Review's itemReviewed) that is a creative
    work of page_sections.tsv, if any."""
    works = section_words().works
    return next((k for k in sorted(kinds) if k in works), None)


def declared_kinds(notes: list[str] | None, url: str | None) -> dict[str, str]:
    """The kinds (``sport``, ``review``) the page's metadata or URL path declares it, each with
    the words that say so (rule filter.declared_kind); ``reviewed`` too where its JSON-LD is a
    Review of a creative work (the strongest declaration: ``fiction.review_of_work``)."""
    sections = section_words().sections
    out: dict[str, str] = {}
    for note in notes or []:
        if note.startswith(REVIEW_NOTE):
            why = f"JSON-LD Review of a {note[len(REVIEW_NOTE) :].strip()}"
            out["review"] = out["reviewed"] = why
        elif note.startswith(SECTION_NOTE):
            name = note[len(SECTION_NOTE) :].strip()
            kind = sections.get(_phrase(name))
            if kind is not None:
                out.setdefault(kind, f"JSON-LD section '{name}'")
    if url:
        try:
            path = urlsplit(url).path
        except ValueError:  # a malformed URL names no section
            path = ""
        for segment in path.split("/")[:-1] if not path.endswith("/") else path.split("/"):
            kind = sections.get(_phrase(segment.replace("-", " ")))
            if kind is not None:
                out.setdefault(kind, f"URL path '/{segment}/'")
    return out


@lru_cache(maxsize=64)
def sport_page(text: str, declared: str | None = None) -> str | None:
    """A note when ``text`` is a sport page: its sport words weigh at least its political words
    and ``MIN_SPORT`` (``DECLARED_MIN_SPORT`` when ``declared`` says which metadata files it
    under sport), else None."""
    from communique.relevance import story_topic

    topic = story_topic(text)
    sport, political = topic.scores.get("sport", 0.0), topic.political
    least = DECLARED_MIN_SPORT if declared else MIN_SPORT
    if sport >= least and sport >= political:
        by = f"; {declared}" if declared else ""
        return f"sport words {sport:g}, political words {political:g}{by}"
    return None


def _team_names(sent: Span) -> set[str]:
    """The names that own or modify a noun of a sport side in ``sent`` ("*England's* captain",
    "the *Wales* side"), lower-cased: a state named so is its team."""
    sides = section_words().sides
    out: set[str] = set()
    for tok in sent:
        if tok.dep_ in _OWNER_DEPS and tok.head.lower_ in sides and tok.i < tok.head.i:
            words = [t for t in tok.subtree if t.dep_ != "case" and t.i <= tok.i]
            out.add(" ".join(_WORD.findall(" ".join(t.lower_ for t in words))))
    return out


def _sport_body(actor: Actor) -> bool:
    """A body whose name holds a word of a contest ("the *match* committee")."""
    words = _WORD.findall((actor.text or "").lower())
    return len(words) > 1 and not section_words().bodies.isdisjoint(words[:-1])


def _in_sentence(actor: Actor, sent_text: str) -> bool:
    """Whether the words of ``actor`` are written in the sentence (not resolved from another)."""
    words = _WORD.findall((actor.text or "").lower())
    return bool(words) and " ".join(words) in " ".join(_WORD.findall(sent_text.lower()))


def untied_sport_event(
    plover: str,
    cameo: str,
    actors: list[Actor],
    recipients: list[Actor],
    pronoun_doers: bool,
    assumed: bool,
    sent: Span,
    sent_text: str,
) -> str | None:
    """The sides' words when no side of an event on a sport page is tied to a government by
    the words of its sentence, else None (rule filter.sport_sides).

    A side ties as on a gathering's page (``gatherings.tied_side``: an international body, a
    word of a political sector, a state named by its name), except that here a state whose name
    owns or modifies a noun of a sport side ("England's captain", ``_team_names``) is its team,
    a body named by a word of the contest ("the match committee") is the contest's, and a side
    whose words are not written in the sentence (resolved from an earlier one, or assumed from
    the story) ties nothing. Unlike a gathering's page, an event with no doer is dropped too
    when no side it names ties ("a Welsh angler was penalised"); unrest (a demonstration or a
    riot) and violence or coercion against people named are left to the other rules."""
    from communique.coding.gatherings import people_unrest, tied_side

    named = [] if assumed else [r for r in recipients if _in_sentence(r, sent_text)]
    if not actors and not named:  # no side at all: left to the rules for unattributed acts
        return None
    if people_unrest(plover, cameo, named):
        return None
    teams = _team_names(sent)

    def ties(actor: Actor, pronoun: bool = False) -> bool:
        if _sport_body(actor) or not tied_side(actor, pronoun):
            return False
        words = " ".join(_WORD.findall((actor.text or "").lower()))
        return words not in teams and (pronoun or _in_sentence(actor, sent_text))

    if any(ties(a, pronoun_doers) for a in actors) or any(ties(r) for r in named):
        return None
    return ", ".join(a.text or "?" for a in [*actors, *recipients])
