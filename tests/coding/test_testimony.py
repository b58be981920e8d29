"""Testimony in a trial: a witness's concessions, denials and stances on the stand are evidence
in a case, not acts of the witness's state (filter.testimony)."""

from __future__ import annotations

from support import event_types as _types


def test_a_witness_stance_on_the_stand_is_no_event(code):
    text = (
        "Malawi's main opposition leader went on trial for treason in Lilongwe on Monday. "
        "A police officer testifying for the state conceded under cross-examination on Tuesday "
        "that he had not heard the speech. A farmer told the court he supported the charges "
        "because his barn was burned."
    )
    types = _types(code(text))
    assert "SUPPORT" not in types and "CONCEDE" not in types, types


def test_a_denial_under_oath_is_testimony(code):
    ms = code("The Ugandan witness denied under oath that he had been paid by the opposition.")
    assert "REJECT" not in _types(ms), ms


def test_a_state_that_concedes_or_supports_outside_court_still_does(code):
    assert "CONCEDE" in _types(code("Kenya conceded defeat in the vote on Monday."))
    ms = code("Ghana's president told reporters he supported the charges against the governor.")
    assert "SUPPORT" in _types(ms)


def test_a_call_for_someones_release_is_not_a_release(code):
    text = (
        "Police in Lusaka detained Zambian opposition leader Joseph Banda last week. "
        "Amnesty International on Friday called for Banda's release."
    )
    ms = code(text)
    assert "RETREAT" not in _types(ms), [(m.event_type, m.explanation) for m in ms]
    assert "REQUEST" in _types(ms)
    ms = code("Kenya's release of the Ugandan prisoners on Monday eased tensions.")
    assert any(m.event_type == "RETREAT" and m.actor[0].country == "KEN" for m in ms)


def test_a_charge_in_the_passive_is_brought_by_the_state(code):
    ms = code(
        "Zambian opposition leader Joseph Banda was charged in November with treason over a "
        "speech.",
        "2024-06-21",
    )
    m = next(m for m in ms if m.event_type == "ACCUSE")
    assert m.actor[0].country == "ZMB" and m.recipient[0].country == "ZMB", m.explanation
    assert m.date == "2023-11"
