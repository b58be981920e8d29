"""Nouns of acts found through WordNet's derivationally related forms of the trigger verbs ("the
beating of detainees", "the easing of sanctions", "the disbursement of the loan"), coded as their
verbs, with the verbs' objects; the same nouns in their other senses ("weapons of mass
destruction", a film's shooting, a team's beating) stay no event. Every sentence is invented for
the tests."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Amnesty condemned the beating of detainees by Egyptian guards.", "ASSAULT", "182"),
        ("Japan approved the easing of sanctions on Myanmar.", "RETREAT", "085"),
        ("The IMF completed the disbursement of a loan to Sri Lanka.", "AID", "071"),
        ("Malawi announced the disbandment of the militia.", "RETREAT", "0873"),
        ("Serbia's repudiation of the Kosovo accord angered Brussels.", "REJECT", "120"),
        ("Ecuador announced the withholding of aid to Peru.", "SANCTION", "162"),
        ("Armenia's severing of ties with Belarus surprised Moscow.", "SANCTION", "161"),
        ("Guinea's junta ordered the expropriation of the Russian mine.", "COERCE", "1711"),
    ],
)  # fmt: skip
def test_a_wordnet_noun_of_an_act_is_coded_as_its_verb(code, text, kind, cameo):
    events = code(text)
    found = [m for m in events if m.event_type == kind and (m.cameo or "").startswith(cameo)]
    assert found, [(m.event_type, m.cameo, m.evidence.trigger) for m in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The inspectors listed stockpiles of arms fit for mass destruction.", "destruction"),
        ("The shooting of the Nigerian film ended in Lagos last month.", "shooting"),
        ("Brazil's team suffered a beating in the final against Uruguay.", "beating"),
    ],
)
def test_the_same_nouns_in_other_senses_are_no_event(code, text, word):
    events = code(text)
    assert not [m for m in events if word in m.evidence.trigger.lower()], [
        (m.event_type, m.cameo, m.evidence.trigger) for m in events
    ]
