"""Recall classes of session 28 (issue #11). Invented text.

- "the sides" as a bare definite doer points back to the two parties the story set together
  last, as "the neighbours" and "the leaders" do (vocabulary bare_pair_plurals, rule
  resolve.pair_reference);
- a conversation over a hotline or a video link is a call (CAMEO 041), as "spoke by phone".
"""

from __future__ import annotations


def _events(code, text):
    return [(m.sentence, m.event_type, sorted({a.country for a in m.actor})) for m in code(text)]


def test_the_sides_agreeing_are_the_pair_that_met(code):
    text = "Kenya and Uganda met in Nairobi on Monday. The sides agreed to open a new border post."
    assert (1, "AGREE", ["KEN", "UGA"]) in _events(code, text)


def test_the_sides_in_a_reported_clause(code):
    text = (
        "Envoys of Ghana and Togo held talks in Accra on Tuesday. A Togolese official later "
        "told reporters the sides had agreed to share data on coastal patrols."
    )
    agreed = [e for e in _events(code, text) if e[0] == 1 and e[1] == "AGREE"]
    assert agreed and agreed[0][2] == ["GHA", "TGO"]


def test_the_sides_signing_after_talks(code):
    text = (
        "Negotiators from Colombia and Venezuela held talks in Havana. "
        "The sides signed a memorandum on border security."
    )
    assert (1, "SUPPORT", ["COL", "VEN"]) in _events(code, text)


def test_spoke_over_the_hotline_is_a_call(code):
    text = "The army commanders of Greece and Turkey spoke over the hotline on Tuesday."
    mentions = code(text)
    assert [(m.event_type, m.cameo) for m in mentions] == [("CONSULT", "041")]
    assert {a.country for a in mentions[0].actor} == {"GRC", "TUR"}


def test_spoke_by_video_link_is_a_call(code):
    mentions = code("The foreign ministers of Peru and Chile spoke by video link on Monday.")
    assert [(m.event_type, m.cameo) for m in mentions] == [("CONSULT", "041")]
    # a video spoken of is no call
    assert code("The minister spoke of a video showing a flooded village.") == []


def test_spoke_via_videoconference_is_a_call(code):
    mentions = code("Ministers of Norway and Iceland spoke via videoconference on Friday.")
    assert [(m.event_type, m.cameo) for m in mentions] == [("CONSULT", "041")]


def test_commanders_of_the_two_armies_are_each_states(code):
    text = (
        "Border clashes between Ghana and Togo killed three soldiers last week. "
        "The commanders of the two armies met on Wednesday in Accra."
    )
    met = [e for e in _events(code, text) if e[0] == 1]
    assert met == [(1, "CONSULT", ["GHA", "TGO"])]


def test_chiefs_of_both_customs_services_are_each_states(code):
    text = (
        "Guards of Peru and Ecuador exchanged fire on the frontier on Sunday. "
        "The chiefs of both customs services held talks on Tuesday to calm tensions."
    )
    met = [e for e in _events(code, text) if e[0] == 1]
    assert met == [(1, "CONSULT", ["ECU", "PER"])]
