"""Armed groups, their backers and mediators: Iraqi militias and Yemeni groups under their press
names, "the Iran-backed X" (the backer is no party), a group's initials given in brackets, and
the sides a mediator offers to stand between. Every sentence is invented for the tests
(bench/stories/regions showed the error classes)."""

from __future__ import annotations

from support import countries, first_of_type, of_type


def test_kataib_hezbollah_in_its_usual_spelling_is_iraqi(code):
    m = first_of_type(
        code, "Kataib Hezbollah fighters fired mortars at a Turkish outpost.", "ASSAULT"
    )
    assert countries(m.actor) == {"IRQ"}, m.explanation
    assert countries(m.recipient) == {"TUR"}, m.explanation


def test_other_iraqi_militias_are_iraqi(code):
    m = first_of_type(code, "Asaib Ahl al-Haq accused Jordan of hosting Israeli spies.", "ACCUSE")
    assert countries(m.actor) == {"IRQ"}, m.explanation
    m = first_of_type(
        code, "The Islamic Resistance in Iraq threatened to attack Turkish bases.", "THREATEN"
    )
    assert countries(m.actor) == {"IRQ"}, m.explanation


def test_ansar_allah_is_the_houthi_movement(code):
    m = first_of_type(code, "Ansar Allah accused Eritrea of helping Israeli warships.", "ACCUSE")
    assert countries(m.actor) == {"YEM"}, m.explanation


def test_the_backer_named_before_a_group_is_not_the_group(code):
    text = "A British drone killed two fighters of an Iran-backed Kataib Hizbollah unit."
    m = first_of_type(code, text, "ASSAULT")
    assert countries(m.recipient) == {"IRQ"}, m.explanation


def test_a_spokesman_for_a_backed_group_speaks_for_the_group(code):
    text = "A spokesman for the Iran-backed Houthis rejected the Omani proposal on Sunday."
    m = first_of_type(code, text, "REJECT")
    assert countries(m.actor) == {"YEM"}, m.explanation


def test_an_unnamed_backed_militia_is_not_its_backer(code):
    text = "Russia-backed militia fighters shelled a Georgian border post overnight."
    m = first_of_type(code, text, "ASSAULT")
    assert "RUS" not in countries(m.actor), m.explanation


def test_a_groups_initials_in_brackets_name_it_later_in_the_story(code):
    text = (
        "The Syrian Democratic Forces (SDF) said on Monday that Turkish jets had bombed a dam. "
        "Later, the SDF accused Ankara of breaking the truce."
    )
    found = [m for m in of_type(code, text, "ACCUSE") if "TUR" in countries(m.recipient)]
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"SYR"}, found[0].explanation


def test_an_offer_to_mediate_goes_to_the_two_sides(code):
    m = first_of_type(
        code, "Kazakhstan offered on Monday to mediate between Chad and Sudan.", "AGREE"
    )
    assert countries(m.actor) == {"KAZ"}, m.explanation
    assert countries(m.recipient) == {"TCD", "SDN"}, m.explanation


def test_a_mediator_is_not_a_side_when_the_verb_is_read_as_a_participle(code):
    text = (
        "Gabon accused Cameroon of moving troops to the border on Monday. Cameroon denied it. "
        "The African Union's envoy, Ama Owusu, offered on Tuesday to mediate between the two "
        "governments."
    )
    m = first_of_type(code, text, "AGREE")
    assert "IGO" in countries(m.actor), m.explanation
    assert countries(m.recipient) == {"GAB", "CMR"}, m.explanation
