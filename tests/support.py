"""Helpers shared by tests: where the shared example stories are, and running the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"


def run_cli(
    *args: str,
    stdin: str | None = None,
    cwd: Path | None = None,
    timeout: float = 600,
    columns: int = 200,
) -> subprocess.CompletedProcess[str]:
    """Run `communique ARGS` in a fresh process, as a user would (in a ``columns`` wide
    terminal)."""
    env = dict(os.environ, COLUMNS=str(columns), PYTHONIOENCODING="utf-8")
    env.pop("COMMUNIQUE_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "communique", *args],
        input=stdin, capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout,
    )  # fmt: skip


def top(mentions):
    """The coder's most confident mention of a sentence (fails when nothing was coded)."""
    assert mentions, "no event coded"
    return max(mentions, key=lambda m: m.confidence)


def countries(actors):
    """The set of country codes of a mention's actors or recipients."""
    return {a.country for a in actors}


def of_type(code, text, kind, **opts):
    """The mentions of PLOVER type ``kind`` the ``code`` fixture finds in ``text`` (``opts``:
    the fixture's own, e.g. ``when``, the publication day)."""
    return [m for m in code(text, **opts) if m.event_type == kind]


def first_of_type(code, text, kind):
    """The first mention of type ``kind`` in ``text`` (fails, showing every explanation, when
    there is none)."""
    found = of_type(code, text, kind)
    assert found, [m.explanation for m in code(text)]
    return found[0]


def named_countries(actors) -> set[str]:
    """The country codes of coded actors (``Actor.country``), empty ones left out."""
    return {a.country for a in actors if a.country}


def by_type(mentions, plover: str, trigger: str | None = None):
    """The first coded event of PLOVER type ``plover`` (whose trigger contains ``trigger``, when
    given); fails the test, listing what was coded, when there is none."""
    found = [
        m
        for m in mentions
        if m.event_type == plover and (trigger is None or trigger in m.evidence.trigger)
    ]
    assert found, f"no {plover} among {[(m.event_type, m.evidence.trigger) for m in mentions]}"
    return found[0]


def event_types(mentions) -> list[str]:
    """The PLOVER types of the coded mentions, in order."""
    return [m.event_type for m in mentions]


def code_story(nlp, text: str, published: str | None = "2026-05-10"):
    """Code an invented ``text`` published on ``published`` (ISO, or None for undated): its
    mentions, and the candidates the coder dropped (``doc._.communique_dropped``) by trigger."""
    from communique.coding import code_article
    from communique.model import Article

    doc = nlp(text)
    mentions = code_article(Article(text=text, id="t", published=published), doc)
    return mentions, {d.trigger: d for d in doc._.communique_dropped}


def dropped_rules(nlp, text: str, published: str | None = None) -> set[str]:
    """The rules by which the coder dropped candidates of ``text`` (every one of them)."""
    from communique.coding import code_article
    from communique.model import Article

    doc = nlp(text)
    code_article(Article(text=text, id="t", published=published), doc)
    return {d.rule for d in doc._.communique_dropped}


def shown(found):
    """Type, trigger, actor codes and target countries of each mention (for a failure message)."""
    return [
        (
            m.event_type,
            m.evidence.trigger,
            [p.code for p in m.actor],
            [p.country for p in m.recipient],
        )
        for m in found
    ]


def in_sentence(found, words: str):
    """The mentions of the sentence that holds ``words``."""
    return [m for m in found if words in m.evidence.sentence_text]


def targets(found) -> set[str | None]:
    """The countries of every target of ``found``."""
    return {p.country for m in found for p in m.recipient}


def mention_rows(mentions) -> list[tuple]:
    """(type, CAMEO code, modality, doers' codes) of each coded mention: what a failed coding
    test prints."""
    return [(m.event_type, m.cameo, m.modality, [a.code for a in m.actor]) for m in mentions]


def asserted_of(mentions, kind: str) -> list:
    """The mentions of PLOVER type ``kind`` told as having happened (modality asserted)."""
    return [m for m in mentions if m.event_type == kind and m.modality == "asserted"]


def mentions_of(found, kind: str) -> list:
    """The mentions of PLOVER type ``kind`` among ``found``, in order."""
    return [m for m in found if m.event_type == kind]


def states_in(found) -> set[str | None]:
    """The countries of every doer and target of ``found``."""
    return {p.country for m in found for p in [*m.actor, *m.recipient]}


def party_countries(m) -> set[str]:
    """The country codes of one mention's doers and targets, empty ones left out."""
    return {a.country for a in (*m.actor, *m.recipient) if a.country}


def country_rows(found) -> list[tuple[str, list[str | None], list[str | None]]]:
    """Type, doers' countries and targets' countries of each mention, in order."""
    return [
        (m.event_type, [a.country for a in m.actor], [a.country for a in m.recipient])
        for m in found
    ]


def batch_codes(text: str) -> list[tuple]:
    """``shown_codes`` of the events the batch coder (``evaluate.code_texts``, with its story
    gate) codes in ``text``."""
    from communique.evaluate import code_texts

    return shown_codes(code_texts([text])[0])


def shown_codes(found) -> list[tuple]:
    """Type, doers' codes and targets' codes of each mention (for a failure message)."""
    return [(m.event_type, [p.code for p in m.actor], [p.code for p in m.recipient]) for m in found]


def explained(found, words: str) -> str:
    """The explanations of the mentions of the sentence that holds ``words``, joined."""
    return " | ".join(m.explanation for m in found if words in m.evidence.sentence_text)
