"""Reported speech that is an act of its own (branch claims; issues #11/#12).

- A counter-accusation: a state saying another state's forces did an act of material conflict to
  it ("said the neighbour's troops had fired first") accuses that state (CAMEO 112, rule
  trigger.reported_accusation); the act itself keeps its modality. Not the speaker's own act.
- A refusal told as a negated future act: "would not arrest the general", "will not hand over
  the colonel", "has no intention of extraditing him" is a refusal of judicial cooperation
  (CAMEO 1213, PLOVER REJECT; intent.tsv, actor.intention_subject), not "will not arrest
  anyone who protests" (a pledge) nor "had not arrested anyone" (a denial).
- An observers' verdict on a vote with no accusing verb: "said the poll in X lacked
  transparency / was neither free nor fair / was riddled with irregularities" criticises X
  (CAMEO 111, recipient.vote_holder); "went smoothly", "was free of irregularities" do not.
"""

from __future__ import annotations

import pytest

DONE = ("asserted", "claimed")


def _show(found):
    return [
        (
            m.event_type,
            m.evidence.trigger,
            m.modality,
            [p.country for p in m.actor],
            [p.country for p in m.recipient],
        )
        for m in found
    ]


def _events(found, kind):
    return [
        (
            tuple(sorted(p.country or "" for p in m.actor)),
            tuple(sorted(p.country or "" for p in m.recipient)),
        )
        for m in found
        if m.event_type == kind and m.modality in DONE
    ]


def test_a_side_saying_the_other_fired_first_accuses_it(code):
    text = (
        "Border troops of Burundi and Rwanda exchanged fire near the lake on Tuesday. "
        "Burundi's army spokesman said Rwandan soldiers had fired the first shots."
    )
    found = code(text, "2025-03-12")
    assert (("BDI",), ("RWA",)) in _events(found, "ACCUSE"), _show(found)


def test_a_state_reporting_a_foreign_air_strike_on_its_soil_accuses_the_striker(code):
    text = "Niger's defence ministry said Malian helicopters bombed a village near the frontier."
    found = code(text, "2025-03-12")
    assert (("NER",), ("MLI",)) in _events(found, "ACCUSE"), _show(found)


def test_a_state_reporting_its_own_strike_accuses_no_one(code):
    text = "Chad's army said its aircraft had bombed rebel bases across the border in Libya."
    found = code(text, "2025-03-12")
    assert not [a for a, _ in _events(found, "ACCUSE") if "TCD" in a], _show(found)


@pytest.mark.candidates("checks the type given to a reading that is below the default threshold")
def test_a_refusal_to_arrest_a_wanted_general_is_a_rejection(code):
    text = (
        "The court issued a warrant for the former army chief of Sudan. Kenya's interior "
        "minister said the government would not arrest the general during his visit."
    )
    found = code(text, "2025-03-12")
    assert [a for a, _ in _events(found, "REJECT") if "KEN" in a], _show(found)


def test_a_pledge_not_to_arrest_protesters_is_no_rejection(code):
    text = "Peru's interior minister said police would not arrest anyone who marches peacefully."
    found = code(text, "2025-03-12")
    assert not _events(found, "REJECT"), _show(found)


def test_no_intention_of_extraditing_is_a_rejection(code):
    text = "Belgium has no intention of extraditing the businessman, its justice minister said."
    found = code(text, "2025-03-12")
    assert [a for a, _ in _events(found, "REJECT") if "BEL" in a], _show(found)


def test_refusing_to_hand_over_a_colonel_is_a_rejection(code):
    text = "Namibia said it would not hand over the former colonel to Zambia."
    found = code(text, "2025-03-12")
    assert [a for a, _ in _events(found, "REJECT") if "NAM" in a], _show(found)


def test_observers_saying_a_poll_lacked_credibility_criticise_its_state(code):
    text = "Swedish observers said the referendum in Gabon lacked credibility."
    found = code(text, "2025-03-12")
    assert (("SWE",), ("GAB",)) in _events(found, "ACCUSE"), _show(found)


def test_observers_saying_a_vote_was_neither_free_nor_fair_criticise_its_state(code):
    text = "Danish monitors said the ballot in Togo was neither free nor fair."
    found = code(text, "2025-03-12")
    assert (("DNK",), ("TGO",)) in _events(found, "ACCUSE"), _show(found)
    assert not _events(found, "SUPPORT"), _show(found)


def test_a_count_riddled_with_irregularities_is_criticised(code):
    text = "Finnish observers said the tally in Guinea was riddled with irregularities."
    found = code(text, "2025-03-12")
    assert (("FIN",), ("GIN",)) in _events(found, "ACCUSE"), _show(found)


def test_a_vote_free_of_irregularities_is_no_criticism(code):
    text = "Swedish observers said the poll in Liberia had been free of irregularities."
    found = code(text, "2025-03-12")
    assert not _events(found, "ACCUSE"), _show(found)
