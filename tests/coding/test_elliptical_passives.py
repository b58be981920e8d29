"""Elliptical passives: headlines, captions and live-blog fragments drop a passive's auxiliary
("Five reporters arrested in dawn raid"), and spaCy's small model reads the past form as an
active verb with the people who suffered the act as its subject, or as a participle on a
sentence that is one noun phrase. ``communique.elliptical_passives`` reads it as the passive it
is (rule parse.elliptical_passive): the noun phrase is the target, a "by" phrase the doer, and
with none the act is kept unattributed or takes the doer the story's own report names. Every
sentence is invented."""

from __future__ import annotations

import pytest

from communique.evaluate import code_texts


def _names(actors) -> str:
    return " ".join(a.text for a in actors).lower()


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Seven Ruritanian reporters detained at a border post", "COERCE", "reporters"),
        ("Fourteen farmers killed in overnight attack on northern village", "ASSAULT", "farmers"),
        ("Four Korean technicians kidnapped in southern Nigeria", "ASSAULT", "technicians"),
        ("Dozens of refugees deported to Freedonia last month", "COERCE", "refugees"),
        ("Two customs officers shot dead near the northern crossing", "ASSAULT", "officers"),
        ("Opposition mayor arrested outside city hall on Thursday", "COERCE", "mayor"),
        ("Norwegian embassy stormed in Tripoli", "PROTEST", "embassy"),
    ],
)
def test_headline_passive_codes_the_patients_as_target_not_doer(text, event_type, target):
    (mentions,) = code_texts([text])
    hits = [m for m in mentions if m.event_type == event_type]
    assert hits, mentions
    m = hits[0]
    assert target in _names(m.recipient)
    assert target not in _names(m.actor)
    assert not m.actor
    assert m.unattributed or event_type == "PROTEST"
    assert "[parse.elliptical_passive]" in m.explanation


def test_by_phrase_names_the_doer():
    (mentions,) = code_texts(["Eight students detained by riot police after campus protest"])
    (m,) = [m for m in mentions if m.event_type == "COERCE"]
    assert "police" in _names(m.actor)
    assert "students" in _names(m.recipient)


def test_headline_takes_the_doer_the_story_names():
    text = (
        "Union leader detained in Ruritanian capital\n\n"
        "Ruritanian police detained the union leader at his office on Monday, his lawyer said."
    )
    (mentions,) = code_texts([text])
    head = [m for m in mentions if m.sentence == 0 and m.event_type == "COERCE"]
    assert head, mentions
    assert "leader" in _names(head[0].recipient)
    assert "leader" not in _names(head[0].actor)
    assert "police" in _names(head[0].actor)


@pytest.mark.parametrize(
    ("text", "event_type", "doer"),
    [
        ("Militia fighters attacked the ministry building on Sunday.", "ASSAULT", "fighters"),
        ("Rebels attacked at dawn, killing two guards.", "ASSAULT", "rebels"),
        ("The border guards detained four smugglers on Friday.", "COERCE", "guards"),
        ("Police arrested and charged the two organisers.", "COERCE", "police"),
        ("Troops shot at the crowd near the bridge.", "ASSAULT", "troops"),
    ],
)
def test_active_past_keeps_its_doer(text, event_type, doer):
    (mentions,) = code_texts([text])
    hits = [m for m in mentions if m.event_type == event_type]
    assert hits, mentions
    assert doer in _names(hits[0].actor)
    assert "[parse.elliptical_passive]" not in hits[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "The new tablet shot to the top of the download charts in Brazil.",
        "Fuel prices shot up in March after the refinery closed.",
    ],
)
def test_motion_sense_is_no_shooting(text):
    (mentions,) = code_texts([text])
    assert not [m for m in mentions if m.event_type == "ASSAULT"]
