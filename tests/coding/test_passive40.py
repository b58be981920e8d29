"""Violence and capture told in the passive (branch passive40): a past participle joined to a
passive with its subject and auxiliary left out is passive too and shares that subject and the
"by" doer (coding.syntax.elided_passive, rule recipient.shared_passive_subject); not after a
participle of feeling nor after a plain "be" (plans, wishes, demands)."""

from __future__ import annotations

from support import countries


def _of_type(ms, etype):
    return [m for m in ms if m.event_type == etype]


def test_a_joined_passive_of_violence_is_kept_unattributed(code):
    ms = code(
        "Bandits raided a cattle market near Maradi in Niger on Monday. "
        "Three porters were hauled off a lorry and clubbed to death, the governor's office said."
    )
    (killing,) = [m for m in _of_type(ms, "ASSAULT") if "clubbed" in m.evidence.trigger]
    assert killing.actor == [], killing.explanation
    assert countries(killing.recipient) == {"NER"}, killing.explanation
    assert "[recipient.shared_passive_subject]" in killing.explanation
    assert killing.unattributed


def test_a_joined_passive_shares_the_by_doer(code):
    ms = code(
        "Two radio reporters were detained by soldiers in Conakry and beaten, Guinea's union said."
    )
    (beating,) = [m for m in _of_type(ms, "ASSAULT") if m.evidence.trigger == "beaten"]
    assert countries(beating.actor) == {"GIN"}, beating.explanation
    assert countries(beating.recipient) == {"GIN"}, beating.explanation
    assert "[recipient.shared_passive_subject]" in beating.explanation


def test_an_active_perfect_is_no_passive(code):
    # "had pushed ... and beaten them": "have", not "be": the soldiers did it
    ms = code(
        "Soldiers had pushed the men into a truck and beaten them in Bamako, Mali, on Monday."
    )
    (beating,) = [m for m in _of_type(ms, "ASSAULT") if m.evidence.trigger == "beaten"]
    assert countries(beating.actor) == {"MLI"}, beating.explanation
    assert "[recipient.shared_passive_subject]" not in beating.explanation


def test_a_joined_passive_after_an_accident_by_doer_is_no_attack(code):
    ms = code("A cyclist was struck by a minibus and killed in Kumasi, Ghana, on Monday.")
    assert not _of_type(ms, "ASSAULT")


def test_a_game_lost_in_the_passive_is_no_attack(code):
    ms = code("Ghana were beaten 3-1 by Egypt in Cairo and knocked out of the cup.")
    assert not [m for m in ms if m.event_type in ("ASSAULT", "COERCE")]


def test_a_denied_or_planned_joined_passive_is_not_asserted(code):
    ms = code("Nobody was arrested and questioned after the rally in Lusaka, Zambia, police said.")
    assert not [m for m in ms if m.event_type == "COERCE" and m.modality == "asserted"]
    ms = code("Extra troops will be flown in and deployed in North Kivu, Congo, next week.")
    assert not [m for m in ms if m.modality == "asserted" and m.event_type == "MOBILIZE"]


def test_a_joined_passive_dated_years_back_stays_history(code):
    ms = code(
        "In 2009, two journalists were detained in Conakry, Guinea, and beaten.", "2026-03-02"
    )
    assert not [m for m in ms if m.event_type == "ASSAULT" and m.modality == "asserted"]


def test_an_agentless_joined_passive_takes_no_dateline_state_as_doer(code):
    ms = code(
        "ACCRA, March 2 - Twelve villagers were dragged from their homes and shot dead in "
        "northern Burkina Faso overnight, residents said."
    )
    assert not [m for m in ms if "GHA" in countries(m.actor) | countries(m.recipient)]


def test_a_verb_joined_to_a_feeling_is_the_feelers_act(code):
    ms = code(
        "The Norwegian foreign ministry said on Friday it was gravely concerned by the verdict "
        "and called on Belarus to free both reporters."
    )
    (appeal,) = [m for m in ms if m.event_type == "REQUEST"]
    assert countries(appeal.actor) == {"NOR"}, appeal.explanation
    assert countries(appeal.recipient) == {"BLR"}, appeal.explanation
