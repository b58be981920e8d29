"""Linking vetoes for untargeted acts (rule link.untargeted_other_side).

An act told with no target is tied to another act of its type only by its doer; when that doer
stands on the other side of the state (a union or party against the navy or a ministry), the two
are two events, and the untargeted one keeps its own (empty) target and its own date.
"""

from __future__ import annotations

import pytest

from communique.coding import code_article
from communique.linking import Report, assign_event_ids, compare, load_rules
from communique.model import Actor, Article, Evidence, Mention


def _code(nlp, text: str):
    doc = nlp(text)
    mentions = code_article(Article(text=text, id="t", published="2026-03-11"), doc)
    return mentions, doc._.communique_dropped


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean navy accused Argentina on Sunday of violating its waters. "
        "Chilean fishermen's unions complained bitterly on Sunday.",
        "The Chilean navy criticised Argentina on Sunday over the incident. "
        "Chilean fishermen's unions also criticised the handling of the incident on Sunday.",
    ],
)
def test_untargeted_statement_of_the_other_side_is_no_event(nlp, text):
    mentions, dropped = _code(nlp, text)
    assert [m.sentence for m in mentions if m.event_type == "ACCUSE"] == [0]
    assert any(d.rule == "filter.untargeted_other_side" and d.sentence == 1 for d in dropped)
    # the navy's accusation keeps its own target, not joined with anything
    ids = assign_event_ids(mentions, "2026-03-11")
    assert len(set(ids)) == len(mentions)


def test_untargeted_statement_kept_without_an_act_of_the_other_side(nlp):
    # the other side accuses no one with a target: the union's untargeted complaint is kept
    text = (
        "Chilean fishermen's unions complained bitterly on Sunday about the catch quotas. "
        "The Chilean navy seized two foreign trawlers on Sunday."
    )
    mentions, dropped = _code(nlp, text)
    assert not any(d.rule == "filter.untargeted_other_side" for d in dropped)
    assert any(m.event_type == "ACCUSE" and not m.recipient for m in mentions)
    # the state's own bodies on one side: kept too
    same_side = (
        "The Chilean navy accused Argentina on Sunday of violating its waters. "
        "Chile's defence ministry complained bitterly on Sunday."
    )
    _, dropped = _code(nlp, same_side)
    assert not any(d.rule == "filter.untargeted_other_side" for d in dropped)


def _mention(sentence: int, actor: Actor, recipient: list[Actor]) -> Mention:
    text = f"Sentence {sentence}."
    return Mention(
        article_id="a", sentence=sentence, event_type="ACCUSE", mode="disapprove", cameo="111",
        actor=[actor], recipient=recipient,
        evidence=Evidence(text, 0, len(text), "accused", 0, 7), explanation="test",
        modality="asserted", date="2026-03-08", date_precision="day", date_text="on Sunday",
        confidence=0.8,
    )  # fmt: skip


def _actor(country: str, sector: str | None) -> Actor:
    return Actor(text=country, name=country, country=country, sector=sector,
                 code=country + (sector or ""))  # fmt: skip


def test_veto_only_across_the_state_line():
    rules = load_rules()
    targeted = Report(_mention(0, _actor("CHL", "MIL"), [_actor("ARG", None)]))
    union = Report(_mention(1, _actor("CHL", "LAB"), []))
    ministry = Report(_mention(1, _actor("CHL", "GOV"), []))
    plain = Report(_mention(1, _actor("CHL", None), []))
    assert "link.untargeted_other_side" in (compare(union, targeted, rules).veto or "")
    assert "link.untargeted_other_side" in (compare(targeted, union, rules).veto or "")
    # the state's own bodies (navy and ministry) may tell one act; a doer with no sector may too
    assert compare(ministry, targeted, rules).veto is None
    assert compare(plain, targeted, rules).veto is None
    # both targeted: compared as before (same recipients, one country)
    union_targeted = Report(_mention(1, _actor("CHL", "LAB"), [_actor("ARG", None)]))
    assert compare(union_targeted, targeted, rules).veto is None
