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


def _coded(nlp, text: str):
    mentions = code_article(Article(text=text, id="t", published="2026-03-11"), nlp(text))
    return mentions, assign_event_ids(mentions, "2026-03-11")


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean navy accused Argentina on Sunday of violating its waters. "
        "Chilean fishermen's unions complained bitterly on Sunday.",
        "The Chilean navy criticised Argentina on Sunday over the incident. "
        "Chilean fishermen's unions also criticised the handling of the incident on Sunday.",
    ],
)
def test_untargeted_act_of_the_other_side_is_its_own_event(nlp, text):
    mentions, ids = _coded(nlp, text)
    pairs = list(zip(mentions, ids, strict=True))
    navy = [i for m, i in pairs if m.sentence == 0 and m.event_type == "ACCUSE"]
    unions = [(m, i) for m, i in pairs if m.sentence == 1 and m.event_type == "ACCUSE"]
    assert navy and unions
    for m, i in unions:
        assert not m.recipient
        assert i not in navy  # not joined to the navy's accusation of Argentina


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
