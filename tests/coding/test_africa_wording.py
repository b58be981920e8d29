"""African politics wording: the Sahel States alliance and the AU missions in Somalia as bodies,
JNIM under its usual transliteration, Russia's Africa Corps, aid "paused".
Every sentence is invented for the tests (bench/stories/africa showed the error classes)."""

from __future__ import annotations

from support import countries, of_type


def test_the_alliance_of_sahel_states_is_an_intergovernmental_body(code):
    text = "The Alliance of Sahel States condemned the attack on a Nigerien army post on Friday."
    found = of_type(code, text, "ACCUSE")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"IGO"}, found[0].explanation


def test_the_confederation_of_sahel_states_is_the_same_body(code):
    text = "The Confederation of Sahel States accused Benin of harbouring rebels."
    found = of_type(code, text, "ACCUSE")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"IGO"}, found[0].explanation
    assert countries(found[0].recipient) == {"BEN"}, found[0].explanation


def test_the_au_mission_in_somalia_is_the_african_union(code):
    text = "Troops of ATMIS accused Eritrea of arming the militants on Monday."
    found = of_type(code, text, "ACCUSE")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"IGO"}, found[0].explanation


def test_jnim_under_its_press_spelling_is_an_armed_group_not_a_person(code):
    text = "Jama'at Nusrat al-Islam wal-Muslimin fighters attacked a Burkinabe army convoy."
    found = of_type(code, text, "ASSAULT")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"MLI"}, found[0].explanation
    assert countries(found[0].recipient) == {"BFA"}, found[0].explanation


def test_russias_africa_corps_is_russian(code):
    text = "The Africa Corps carried out air strikes on rebel positions in Chad."
    found = of_type(code, text, "ASSAULT")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"RUS"}, found[0].explanation


def test_paused_aid_is_cut_aid_not_aid_given(code):
    text = "Canada said it had paused about $15 million in development assistance to Haiti."
    assert of_type(code, text, "SANCTION"), [m.explanation for m in code(text)]
    assert not of_type(code, text, "AID"), [m.explanation for m in code(text)]
