"""A withheld permission, acceptance or agreement is a refusal made (rule recode.refusal).

"did not allow the monitors in", "does not accept the plan": the doer turned something down, a
REJECT that happened (asserted), not an act of allowing or accepting that did not happen. Other
negated acts, pending ones, opinions, demands, questions and conditions are not refusals.
"""

from __future__ import annotations

import pytest


def _events(ms):
    return [(m.event_type, m.cameo, m.modality) for m in ms]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        # permission to let outsiders in: CAMEO 1245 (refuse to allow international involvement)
        ("Peru did not allow the Chilean monitors into the camp.", "1245"),
        ("Peru did not let the Chilean inspectors enter the site.", "1245"),
        # material cooperation withheld: 121
        ("Peru did not grant the Chilean envoy a visa.", "121"),
        # acceptance, approval and recognition withheld: 120
        ("Peru does not accept the Chilean ceasefire plan.", "120"),
        ("The Peruvian parliament did not approve the treaty with Chile.", "120"),
        ("Peru never recognised the Chilean election result.", "120"),
        ("Peru did not agree to the Chilean proposal for talks.", "120"),
    ],
)
def test_withheld_consent_is_an_asserted_refusal(code, text, cameo):
    ms = code(text)
    refusals = [m for m in ms if m.event_type == "REJECT" and m.modality == "asserted"]
    assert refusals, _events(ms)
    assert refusals[0].cameo == cameo
    assert "recode.refusal" in refusals[0].explanation
    # never the negated act itself
    assert not [
        m
        for m in ms
        if m.event_type in ("AGREE", "RETREAT", "COOPERATE", "SUPPORT")
        and m.actor
        and m.actor[0].country == "PER"
    ]


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Peru said it cannot accept the Chilean proposal.", "120"),
        ("Chile could not accept the Peruvian offer of a truce.", "120"),
        ("Peru said it can't negotiate with Chile over the border.", "125"),
    ],
)
def test_a_modal_refusal_is_an_asserted_refusal(code, text, cameo):
    # "cannot / could not accept" refuses as "will not accept" does (the modals of FUTURE_AUX in
    # communique.coding.mention; a time-clause tuple of the same name once shadowed it)
    ms = code(text)
    refusals = [m for m in ms if m.event_type == "REJECT" and m.modality == "asserted"]
    assert refusals, _events(ms)
    assert refusals[0].cameo == cameo
    assert "recode.refusal" in refusals[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "Peru did not attack Chile.",  # a denial of another act, no refusal
        "Peru has not yet approved the Chilean request.",  # still pending
        "Peru did not immediately accept the Chilean offer.",  # still pending
        "Peru should not allow Chilean boats in its waters.",  # an opinion
        "Did Peru not accept the Chilean plan?",  # a question
        "If Peru does not accept the plan, Chile will impose sanctions.",  # a condition
    ],
)
def test_other_negations_are_no_refusal(code, text):
    ms = code(text)
    doer = [m for m in ms if m.actor and m.actor[0].country == "PER"]
    assert not [m for m in doer if m.event_type == "REJECT" and m.modality == "asserted"]


def test_urging_not_to_accept_is_a_demand(code):
    ms = code("Peru urged Chile not to accept the deal.")
    assert [m.event_type for m in ms] == ["REQUEST"]


def test_no_agreement_reached_is_no_refusal(code):
    ms = code("Peru did not agree with Chile on fishing quotas.")
    assert not [m for m in ms if m.event_type == "REJECT" and m.modality == "asserted"]
