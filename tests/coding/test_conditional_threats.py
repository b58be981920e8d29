"""Conditional threats worded from the target's side or with a venue: a warning of what the
other side's people or goods would face if it acts (or fails to) is a threat to it, not a
forecast; a complaint to be filed with a body on condition is aimed at who must comply, not at
the body; walking away from talks halts negotiations. A forecast on a condition of weather or
markets stays no event."""

from __future__ import annotations

import pytest

from support import countries
from support import mentions_of as _typed


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "cameo", "rule"),
    [
        pytest.param(
            "Bolivia warned that Paraguayan trucks would face new tolls if Asuncion did not "
            "reopen the river port.",
            "BOL", "PRY", None, None,
            id="what_the_other_side_would_face",
        ),
        pytest.param(
            "Indonesia warned that Malaysian vessels would be detained unless Kuala Lumpur "
            "recalled its fishing fleet.",
            "IDN", "MYS", None, None,
            id="a_penalty_unless_a_state_complies",
        ),
        pytest.param(  # aimed at who must comply, not at the body
            "Argentina said it could lodge a complaint with the WTO if Brazil does not scrap "
            "the new levy.",
            "ARG", "BRA", None, "recipient.condition_over_venue",
            id="a_complaint_to_a_body",
        ),
        pytest.param(  # threatens to halt negotiations
            "Portugal said it would walk away from the negotiations if Morocco kept the "
            "new fishing limits.",
            "PRT", "MAR", "134", None,
            id="walking_away_from_talks",
        ),
    ],
)  # fmt: skip
def test_a_warning_on_the_other_side_s_condition_is_a_threat(
    code, text, actor, recipient, cameo, rule
):
    ms = code(text)
    threats = _typed(ms, "THREATEN")
    assert threats, [m.explanation for m in ms]
    t = threats[0]
    assert countries(t.actor) == {actor}, t.explanation
    assert countries(t.recipient) == {recipient}, t.explanation
    assert t.modality == "asserted", t.explanation
    if cameo is not None:
        assert t.cameo == cameo, t.explanation
    if rule is not None:
        assert f"[{rule}]" in t.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The minister warned that grain prices would climb if the dry spell continued.",
            id="a_condition_of_the_weather",
        ),
        pytest.param(
            "The regional development bank warned that Zambia would face a recession if Lusaka "
            "did not trim its spending.",
            id="a_misfortune_on_a_state_s_condition",
        ),
    ],
)
def test_a_forecast_on_a_condition_is_no_threat(code, text):
    ms = code(text)
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        pytest.param(
            "Serbia said it would take all necessary measures if Kosovo deployed police in the "
            "north.",
            "SRB",
            id="necessary_measures",
        ),
        pytest.param(
            "Venezuela will respond if provoked, the Venezuelan defence minister said.",
            "VEN",
            id="respond_if_provoked",
        ),
        pytest.param(
            "Greece warned it would react firmly if Turkey sent the survey ship back.",
            "GRC",
            id="react_if_a_state_acts",
        ),
    ],
)
def test_an_answer_announced_on_a_condition_is_a_threat(code, text, actor):
    threats = _typed(code(text), "THREATEN")
    assert threats and countries(threats[0].actor) == {actor}
    assert threats[0].modality == "asserted", threats[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "The central bank would take measures if inflation rose, the governor said.",
        "Chile responded to the Bolivian note on Monday.",
        "The ministry will respond to questions if the hearing goes ahead.",
    ],
)
def test_an_answer_without_a_party_s_condition_is_no_threat(code, text):
    assert not _typed(code(text), "THREATEN")
