"""Nouns of the trigger verbs that need an object ("imposed sanctions" -> "the imposition of
sanctions", "froze the assets" -> "an asset freeze", "recalled its ambassador" -> "the recall of
its ambassador"), coded as the verb with the same objects; the nouns with other objects ("a
hiring freeze", "a product recall", "the exchange rate") stay no event. Every sentence is
invented for the tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Canada announced the imposition of sanctions on Nicaraguan judges.", "SANCTION", "163"),
        ("Lebanon ordered the imposition of a curfew in the northern city.", "COERCE", "1723"),
        ("Australia ordered the freezing of assets of Burmese generals.", "SANCTION", "163"),
        ("Switzerland's asset freeze on Belarusian officials took effect on Monday.", "SANCTION",
         "163"),
        ("Kazakhstan announced the revocation of visas for Kyrgyz reporters.", "COERCE", "172"),
        ("Indian and Pakistani troops had an exchange of fire at the frontier.", "ASSAULT", "190"),
        ("Bahrain and Iraq announced the establishment of diplomatic relations.", "SUPPORT",
         "054"),
        ("Morocco announced the rupture of relations with Iran.", "SANCTION", "161"),
        ("Ankara ordered the cancellation of the Dutch minister's visit.", "SANCTION", "160"),
        ("Chad announced the recall of its ambassador from Doha.", "SANCTION", "161"),
    ],
)  # fmt: skip
def test_an_act_told_as_the_noun_of_a_verb_with_its_object(code, text, kind, cameo):
    events = code(text)
    found = [m for m in events if m.event_type == kind and (m.cameo or "").startswith(cameo)]
    assert found, [(m.event_type, m.cameo, m.evidence.trigger) for m in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sweden's largest bank announced a hiring freeze for the rest of the year.", "freeze"),
        ("A Danish carmaker ordered the recall of forty thousand vehicles.", "recall"),
        ("The exchange rate of the Turkish lira fell again on Friday.", "exchange"),
    ],
)
def test_the_same_nouns_with_other_objects_are_no_event(code, text, word):
    events = code(text)
    assert not [m for m in events if word in m.evidence.trigger.lower()], [
        (m.event_type, m.cameo, m.evidence.trigger) for m in events
    ]
