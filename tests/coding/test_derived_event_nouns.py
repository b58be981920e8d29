"""Nouns of acts the lexicon knew only as verbs: "the seizure of the tanker", "the summoning of the
ambassador", "the lifting of the curfew", "the delivery of tanks" are coded as their verbs (seize,
summon, lift, deliver), with the verbs' objects, so an act told as a noun is not lost; the same
nouns in their other senses ("severance pay", "a guilty plea", "a buildup of debt", a court's
summons) stay no event. Every sentence is invented for the tests (probes of the CAMEO categories
showed the class)."""

from __future__ import annotations

import pytest


def _types(events):
    return {m.event_type for m in events}


@pytest.mark.parametrize(
    ("text", "kind", "cameo"),
    [
        ("Iran carried out the seizure of a Liberian freighter near the strait.", "COERCE", "171"),
        ("Sweden ordered the summoning of the Hungarian envoy over the remarks.", "ACCUSE", "114"),
        ("Bolivia announced the severance of ties with Nicaragua.", "SANCTION", "161"),
        ("Jordan completed the normalisation of relations with Qatar.", "SUPPORT", "054"),
        ("Tonga made a plea to New Zealand for help with the ash clean-up.", "REQUEST", "020"),
        ("Ukrainian brigades mounted a counteroffensive against Russia near the river.", "ASSAULT",
         "190"),
        ("Gambia announced the lifting of the curfew in the capital.", "CONCEDE", "0813"),
        ("Benin ordered the reopening of the crossing with Niger.", "RETREAT", "0863"),
        ("Norway approved the delivery of howitzer shells and rifles to Ukraine.", "AID", "072"),
        ("Oman arranged a shipment of food and medicine to Yemen.", "AID", "073"),
        ("Spain led the denunciation of Venezuela's vote count.", "ACCUSE", "111"),
        ("The Serbian buildup on the Kosovo border alarmed NATO.", "MOBILIZE", "154"),
        ("Germany announced the drawdown of its soldiers from Mali.", "RETREAT", "087"),
        ("Colombia oversaw the disarmament of the guerrilla fighters.", "RETREAT", "0873"),
        ("Peru's prosecutors secured the indictment of a Bolivian ex-minister.", "ACCUSE", "1121"),
    ],
)  # fmt: skip
def test_an_act_told_as_a_noun_is_coded_as_its_verb(code, text, kind, cameo):
    events = code(text)
    found = [m for m in events if m.event_type == kind and (m.cameo or "").startswith(cameo)]
    assert found, [(m.event_type, m.cameo, m.evidence.trigger) for m in events]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The miners in Chile were promised severance pay by the company.", "severance"),
        ("The Kenyan banker entered a guilty plea in a Nairobi court.", "plea"),
        ("Analysts in Brazil warned of a buildup of household debt.", "buildup"),
        ("A court in Lima issued a summons to the former Peruvian mayor.", "summons"),
        ("Argentina's central bank reported a drawdown of its reserves.", "drawdown"),
    ],
)
def test_the_same_nouns_in_other_senses_are_no_event(code, text, word):
    events = code(text)
    assert not [m for m in events if word in m.evidence.trigger.lower()], [
        (m.event_type, m.cameo, m.evidence.trigger) for m in events
    ]
