"""Conditional threats worded from the target's side or with a venue: a warning of what the
other side's people or goods would face if it acts (or fails to) is a threat to it, not a
forecast; a complaint to be filed with a body on condition is aimed at who must comply, not at
the body; walking away from talks halts negotiations. A forecast on a condition of weather or
markets stays no event."""

from __future__ import annotations

from support import countries


def _typed(ms, kind):
    return [m for m in ms if m.event_type == kind]


def test_a_warning_of_what_the_other_side_would_face_on_condition_is_a_threat(code):
    ms = code(
        "Bolivia warned that Paraguayan trucks would face new tolls if Asuncion did not "
        "reopen the river port."
    )
    threats = _typed(ms, "THREATEN")
    assert threats, [m.explanation for m in ms]
    assert countries(threats[0].actor) == {"BOL"}, threats[0].explanation
    assert countries(threats[0].recipient) == {"PRY"}, threats[0].explanation
    assert threats[0].modality == "asserted"


def test_a_warning_of_a_penalty_unless_a_state_complies_is_a_threat(code):
    ms = code(
        "Indonesia warned that Malaysian vessels would be detained unless Kuala Lumpur "
        "recalled its fishing fleet."
    )
    threats = _typed(ms, "THREATEN")
    assert threats and countries(threats[0].actor) == {"IDN"}, [m.explanation for m in ms]
    assert countries(threats[0].recipient) == {"MYS"}, threats[0].explanation


def test_a_warning_on_a_condition_of_the_weather_stays_a_forecast(code):
    ms = code("The minister warned that grain prices would climb if the dry spell continued.")
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]


def test_a_complaint_to_a_body_on_condition_threatens_who_must_comply(code):
    ms = code(
        "Argentina said it could lodge a complaint with the WTO if Brazil does not scrap "
        "the new levy."
    )
    threats = _typed(ms, "THREATEN")
    assert threats and countries(threats[0].actor) == {"ARG"}, [m.explanation for m in ms]
    assert countries(threats[0].recipient) == {"BRA"}, threats[0].explanation
    assert "[recipient.condition_over_venue]" in threats[0].explanation


def test_walking_away_from_talks_on_condition_threatens_to_halt_negotiations(code):
    ms = code(
        "Portugal said it would walk away from the negotiations if Morocco kept the "
        "new fishing limits."
    )
    threats = _typed(ms, "THREATEN")
    assert threats and threats[0].cameo == "134", [m.explanation for m in ms]
    assert countries(threats[0].actor) == {"PRT"}, threats[0].explanation
    assert countries(threats[0].recipient) == {"MAR"}, threats[0].explanation


def test_a_misfortune_foreseen_on_a_state_s_condition_is_no_threat(code):
    ms = code(
        "The regional development bank warned that Zambia would face a recession if Lusaka "
        "did not trim its spending."
    )
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]
