"""Ordinary verbs of moving, going, standing, winning and helping, and a state body's own
meeting, that name no act of the kind their bare row codes (branch motion34; rules
trigger.goods_movement, trigger.court_recourse, trigger.physical_stance,
trigger.election_result, trigger.inanimate_help, trigger.standing_law,
filter.own_body_meeting)."""

from __future__ import annotations

import pytest

from communique.coding import code_article
from communique.model import Article


def coded(nlp, text: str):
    return code_article(Article(text=text, id="t", published="2026-05-12"), nlp(text))


def types(nlp, text: str) -> list[tuple[str, str]]:
    return [(m.event_type, m.cameo) for m in coded(nlp, text)]


@pytest.mark.parametrize(
    "text",
    [
        "The World Food Programme moved 300 tonnes of flour into South Sudan's Upper Nile state.",
        "UNICEF moved medicines and tents into the flooded districts of Pakistan on Monday.",
    ],
)
def test_relief_goods_moved_are_aid_not_forces(nlp, text):
    found = types(nlp, text)
    assert ("AID", "073") in found
    assert not [t for t in found if t[0] == "MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan moved more of its grain exports into China by rail this year.",
        "The Kenyan exporters moved their cargo into Uganda by rail last week.",
    ],
)
def test_goods_moved_are_no_mobilisation(nlp, text):
    assert not [t for t in types(nlp, text) if t[0] == "MOBILIZE"]


def test_troops_moved_stay_a_mobilisation(nlp):
    found = types(nlp, "Ethiopia moved troops into the disputed border town on Tuesday.")
    assert [t for t in found if t[0] == "MOBILIZE"]


@pytest.mark.parametrize(
    "text",
    [
        "Guyana went to the ICJ because of its long border quarrel with Venezuela.",
        "Peru went to the court in The Hague in 2008 to settle the sea boundary.",
    ],
)
def test_going_to_a_court_is_no_visit(nlp, text):
    assert not [t for t in types(nlp, text) if t[0] == "CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Opposition supporters stand behind a police cordon outside the parliament in Nairobi.",
        "Striking dockers stood behind a wire fence at the port of Mombasa on Monday.",
    ],
)
def test_standing_behind_a_barricade_is_no_support(nlp, text):
    assert not [t for t in types(nlp, text) if t[0] == "SUPPORT"]


def test_standing_by_ones_words_is_no_support(nlp):
    text = "The Turkish newspaper said it stood by its reporting on the Syrian camps."
    assert not [t for t in types(nlp, text) if t[0] == "SUPPORT"]


def test_standing_with_a_state_stays_support(nlp):
    found = types(nlp, "Poland said it stood with Lithuania in the dispute with Belarus.")
    assert ("SUPPORT", "052") in found


@pytest.mark.parametrize(
    "text",
    [
        "The governing coalition in Nepal said it had won a clear majority in parliament.",
        "Portugal's Socialists won 120 seats in parliament in Sunday's election.",
    ],
)
def test_seats_won_are_no_cooperation(nlp, text):
    assert not [t for t in types(nlp, text) if t[0] == "COOPERATE"]


def test_a_statement_that_helped_is_no_aid(nlp):
    text = "Analysts said the minister's fiery remarks had helped the nationalist opposition in Latvia."
    assert not [t for t in types(nlp, text) if t[0] == "AID"]


def test_a_state_that_helped_stays_aid(nlp):
    text = "Japan helped Vietnam build a new coast guard training centre."
    assert [t for t in types(nlp, text) if t[0] in ("AID", "AGREE")]


def test_a_constitution_that_bars_is_no_restriction(nlp):
    text = "Colombia's constitution forbids the handing over of nationals to foreign courts."
    assert not [t for t in types(nlp, text) if t[0] == "COERCE"]


def test_a_state_that_bars_stays_a_restriction(nlp):
    text = "Hungary barred two Ukrainian officials from entering the country on Monday."
    assert ("COERCE", "172") in types(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tanzania's security council held an urgent meeting at State House late on Sunday.",
        "Kenya's cabinet met in a special session at State House on Tuesday.",
        "Pakistan's federal cabinet met in an emergency session on Saturday.",
        "Sri Lanka's national security council met in an urgent session in Colombo on Sunday.",
    ],
)
def test_a_state_bodys_own_meeting_is_no_consultation(nlp, text):
    found = coded(nlp, text)
    assert not [m for m in found if m.event_type in ("CONSULT", "AGREE")]


def test_a_meeting_with_another_state_stays(nlp):
    text = "Kenya's foreign minister held a meeting with her Ugandan counterpart in Kampala."
    assert [t for t in types(nlp, text) if t[0] == "CONSULT"]


def test_a_state_bodys_meeting_with_a_visitor_stays(nlp):
    text = "Ghana's cabinet met the visiting Chinese foreign minister in Accra on Sunday."
    assert [t for t in types(nlp, text) if t[0] == "CONSULT"]


def test_a_joint_committee_meeting_stays(nlp):
    text = (
        "The deal was reached at a meeting of the India-Nepal joint border committee held in "
        "Kathmandu on Friday."
    )
    assert [t for t in types(nlp, text) if t[0] == "CONSULT"]
