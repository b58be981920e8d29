"""Acts aimed at someone told with no one they are aimed at (coding/untargeted.py, rule
filter.untargeted_act): remarks, no events; the same acts with a target, and material acts,
appeals and pledges with none, are kept. Invented stories."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from communique.nlp import get_nlp

    return get_nlp()


def _code(nlp, text: str, published: str = "2026-05-10"):
    from communique.coding import code_article
    from communique.model import Article

    doc = nlp(text)
    mentions = code_article(Article(text=text, id="ut", published=published), doc)
    dropped = {d.trigger: d for d in doc._.communique_dropped}
    return mentions, dropped


LEAD = "Zambia closed its border with Malawi on Monday after clashes between traders."


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        # praise of no one the story names (SUPPORT)
        ("Zambia's home affairs minister, Chanda Mulenga, praised the guards for their calm.",
         "praised"),
        # a refusal of one's own act with no one whose demand it refuses (REJECT, refusal)
        ('"We will never recognise the new boundary," Zambia\'s foreign minister said.',
         "recognise"),
        # a denial with no claimant (REJECT, a statement)
        ("A Zambian government spokesman denied that the closure was aimed at traders.", "denied"),
    ],
)  # fmt: skip
def test_an_act_aimed_at_no_one_is_dropped_with_its_rule(nlp, sentence, word):
    mentions, dropped = _code(nlp, f"{LEAD} {sentence}")
    assert not [m for m in mentions if m.sentence == 1], [
        (m.evidence.trigger, m.event_type, [a.code for a in m.recipient]) for m in mentions
    ]
    found = [d for t, d in dropped.items() if word in t]
    assert found and found[0].rule == "filter.untargeted_act", list(dropped)


@pytest.mark.parametrize(
    ("sentence", "etype"),
    [
        # the same acts aimed at a named party are events
        ("Zambia's home affairs minister, Chanda Mulenga, praised Malawi for its calm.",
         "SUPPORT"),
        ("Malawi's foreign minister denied Zambia's charge that Malawian traders started "
         "the clashes.", "REJECT"),
        # a refusal of someone's demands answers them
        ('"Our government will not accept those demands," Malawi\'s foreign minister said.',
         "REJECT"),
        # material acts and appeals with no recipient stay events
        ("Zambian police arrested twelve traders in Chipata on Tuesday.", "COERCE"),
        ("Malawi's president called for calm on Tuesday.", "REQUEST"),
    ],
)  # fmt: skip
def test_targeted_acts_and_material_acts_are_kept(nlp, sentence, etype):
    mentions, _ = _code(nlp, f"{LEAD} {sentence}")
    assert any(m.sentence == 1 and m.event_type == etype for m in mentions), [
        (m.evidence.trigger, m.event_type) for m in mentions
    ]


def test_the_opening_sentence_keeps_its_act(nlp):
    # the lead is what the story is about: its target may come later, or stay unnamed
    mentions, _ = _code(nlp, "Zambia's home affairs minister praised the guards for their calm.")
    assert any(m.event_type == "SUPPORT" for m in mentions), [
        (m.evidence.trigger, m.event_type) for m in mentions
    ]
