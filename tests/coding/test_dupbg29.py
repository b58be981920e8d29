"""A doer's verbal act aimed at no one, beside its own act upon a named party in the same
sentence, is no event of its own (rule filter.untargeted_aside)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kept", "aside"),
    [
        (
            "The Nigerian ambassador welcomed the Security Council vote but said his government "
            "wanted the peacekeeping mission shortened.",
            "SUPPORT",
            "REQUEST",
        ),
        (
            "Germany's chancellor accused Russia of sabotage and warned of a firm answer.",
            "ACCUSE",
            "THREATEN",
        ),
        (
            "Poland's foreign minister accused Belarus of staging the border incident and said "
            "Warsaw would never bow to blackmail.",
            "ACCUSE",
            "REJECT",
        ),
    ],
)
def test_an_untargeted_aside_is_dropped(code, text: str, kept: str, aside: str) -> None:
    mentions = code(text)
    types = {m.event_type for m in mentions}
    assert kept in types
    assert not any(m.event_type == aside and not m.recipient for m in mentions)


def test_the_drop_is_shown(nlp) -> None:
    from communique.coding import code_article
    from communique.model import Article

    text = "Germany's chancellor accused Russia of sabotage and warned of a firm answer."
    doc = nlp(text)
    code_article(Article(text=text, id="t", published="2026-03-10"), doc)
    assert any(d.rule == "filter.untargeted_aside" for d in doc._.communique_dropped)


def test_an_untargeted_act_with_no_targeted_act_of_its_doer_is_kept(code) -> None:
    # the targeted act in the sentence is another doer's: the warning is no aside of it
    mentions = code(
        "Russia's foreign ministry accused Germany of lying, and Germany's chancellor warned "
        "of a firm answer."
    )
    assert any(
        m.event_type == "THREATEN" and any(a.country == "DEU" for a in m.actor) for m in mentions
    )


def test_an_act_that_stands_without_a_target_is_kept(code) -> None:
    mentions = code(
        "Pakistani troops shelled Indian posts in Kashmir on Sunday and withdrew before dawn."
    )
    assert any(m.event_type == "ASSAULT" for m in mentions)
    assert any(m.event_type == "RETREAT" for m in mentions)
