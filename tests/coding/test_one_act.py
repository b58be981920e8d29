"""One act, one event: words of a sentence that describe the act already coded, or a
modifier of another noun, are no second event (precision). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _codes(mentions) -> list[tuple[str, str]]:
    return [(m.event_type, m.cameo) for m in mentions]


def test_opening_fire_on_a_border_post_opens_no_border(code):
    # a modifier of a preposition's object found in the words next to the verb is no object
    text = "Witnesses said Kenyan soldiers opened fire on a Ugandan border post near Busia."
    assert not [m for m in code(text) if m.cameo == "0863"]


def test_opening_a_border_crossing_still_eases_a_blockade(code):
    found = code("Kenya opened its border crossings with Uganda on Monday.")
    assert ("RETREAT", "0863") in _codes(found)


@pytest.mark.parametrize(
    "text",
    [
        "In 2019, Russia held weeks of live-fire drills near the Finnish border.",
        "Chile held live-fire drills near the southern islands last week.",
        "Chile's navy said it would hold live-fire drills of its own near the islands next week.",
    ],
)
def test_live_fire_drills_are_no_holding_of_fire(code, text):
    # "hold fire" (CAMEO 0871) is not found in the hyphenated modifier "live-fire"
    found = code(text)
    assert [m.event_type for m in found] == ["MOBILIZE"]


def test_holding_fire_is_still_a_ceasefire(code):
    found = code("The Chilean army held its fire for a week.")
    assert ("RETREAT", "0871") in _codes(found)


def test_a_deadline_to_leave_is_the_expulsion_it_belongs_to(code):
    # rule recode.deadline_to_leave: one expulsion, not an expulsion and an ultimatum
    text = (
        "Gabon has expelled two Cameroonian diplomats and given them 72 hours to leave the "
        "country, the foreign ministry said."
    )
    assert _codes(code(text)) == [("SANCTION", "166")]


def test_a_deadline_to_leave_alone_is_an_expulsion(code):
    found = code("Niger gave the Malian consul 48 hours to leave the country.")
    assert _codes(found) == [("SANCTION", "166")]


def test_a_deadline_for_another_act_stays_an_ultimatum(code):
    found = code("The rebels gave the government 48 hours to release the prisoners.")
    assert ("THREATEN", "139") in _codes(found)


def test_forces_sent_to_encircle_are_a_deployment_not_aid(code):
    # rule recode.force_aim
    text = "Chile sent warships and fighter jets to encircle the Peruvian port of Callao."
    found = code(text)
    assert not [m for m in found if m.event_type == "AID"]
    assert ("MOBILIZE", "154") in _codes(found)


def test_drills_with_ships_sent_to_encircle_are_one_show_of_force(code):
    text = (
        "Chile's navy launched exercises off Peru on Monday, sending warships and jets to "
        "encircle the port of Callao."
    )
    assert [m.event_type for m in code(text)] == ["MOBILIZE"]


def test_jets_sent_to_a_country_are_still_military_aid(code):
    found = code("The United States sent fighter jets to Ukraine.")
    assert ("AID", "072") in _codes(found)


def test_what_an_aim_hopes_to_reach_is_no_agreement(code):
    # filter.aim: the verb under an aim's own verb ("to help *find*") is that aim too
    text = "Ghana said it had hosted the talks only to help find a peaceful solution to the war."
    assert [m.event_type for m in code(text)] == ["CONSULT"]


def test_a_vow_to_help_find_a_solution_is_still_a_promise(code):
    found = code("Kenya vowed to help find a solution to the crisis.")
    assert [m.event_type for m in found] == ["AGREE"]


def test_ending_years_of_talks_with_a_deal_breaks_off_no_talks(code):
    # triggers.tsv: 'ending a decade of talks' closes talks (a span of them), not CAMEO 164
    text = "The two ministers signed a water agreement in Lima on Monday, ending a decade of talks."
    found = code(text)
    assert not [m for m in found if m.event_type == "SANCTION"]
    assert ("SUPPORT", "057") in _codes(found)


def test_ending_the_talks_still_breaks_them_off(code):
    found = code("Peru ended its negotiations with Chile after the attack.")
    assert ("SANCTION", "164") in _codes(found)
