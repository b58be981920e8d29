"""Wordings found on the CAMEO five-class probes (bench/data/penta_probe*.tsv), tested with
sentences of our own: a bid or application blocked (a veto, 129), cooperation or contacts
halted (reduced relations, 160), sharing another's view (a statement, no event), gathering or
convening to discuss (a meeting, 040), vaccines or tents delivered (073), boats or aircraft
given (072), ships escorted (074), suspects questioned by investigators (090), insisting that
something is so (a statement, not a demand: senses.tsv "@fact_clause"), a vehicle carrying aid
(sent by the state named on it: rule actor.carrier_modifier), two states' military exercise (a
joint one, 062: rule recode.joint_exercise), talks that a party "will not attend" or "would not
return to" (a refusal, 125: rule recode.refusal), a cabinet or board meeting (a body's own
sitting, no consultation: senses.tsv), and a convoy,
post or patrol that came under attack with no attacker named (rule
actor.unattributed_under_attack). Lexicon rows in triggers.tsv, the rule in
coding/unattributed.py, the word set under_attack_targets in vocabulary.tsv."""

from __future__ import annotations

import pytest


def _top(ms):
    return max(ms, key=lambda m: m.confidence) if ms else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Greece blocked North Macedonia's application to open accession talks.", "129"),
        ("France blocked the Moldovan candidacy for the council seat on Thursday.", "129"),
        (
            "The Malian junta is halting all contacts with the regional bloc, a spokesman said.",
            "160",
        ),
        ("Guatemala froze cooperation with the UN anti-corruption commission.", "160"),
        (
            "Environment ministers from the Nordic states gathered in Reykjavik to discuss "
            "fishing quotas.",
            "040",
        ),
        ("Arab League envoys convened in Cairo to discuss the Sudan crisis.", "040"),
        ("The World Health Organization delivered tents to families in southern Somalia.", "073"),
        ("South Korea gave Peru two coast guard vessels last month.", "072"),
        ("Italian frigates escorted grain tankers through the Red Sea.", "074"),
        ("Peruvian prosecutors questioned the former interior minister on Monday.", "090"),
    ],
)
def test_probe_wording_takes_its_code(code, text, want):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).cameo == want, [m.explanation for m in ms]


def test_sharing_a_view_is_no_event(code):
    ms = code(
        "The Thai prime minister said he agreed with the Malaysian leader's view on the haze."
    )
    assert not ms, [m.explanation for m in ms]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A Nigerian army convoy came under attack near the town of Damboa on Friday.", "NGA"),
        ("Two Iraqi police checkpoints came under mortar fire outside Kirkuk overnight.", "IRQ"),
    ],
)
def test_what_came_under_attack_is_the_target(code, text, target):
    ms = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert ms and not ms[0].actor and ms[0].unattributed, [m.explanation for m in ms]
    assert any(a.country == target for a in ms[0].recipient), [m.explanation for m in ms]
    assert "actor.unattributed_under_attack" in ms[0].explanation


def test_a_minister_under_attack_is_not_shot_at(code):
    ms = code("The Zambian finance minister came under attack over the mining licences.")
    assert not [m for m in ms if m.event_type == "ASSAULT"], [m.explanation for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian energy minister insisted that the gas contract had followed the law.",
        "Officials in Accra insisted the new mining code met regional standards.",
    ],
)
def test_insisting_that_something_is_so_is_no_demand(code, text):
    ms = code(text)
    assert not [m for m in ms if m.event_type == "REQUEST"], [m.explanation for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean minister insisted that the prisoners be released before the talks.",
        "Ankara insisted Stockholm should extradite the suspects.",
    ],
)
def test_insisting_on_what_must_be_done_stays_a_demand(code, text):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).cameo == "100", [m.explanation for m in ms]


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("A Turkish ship carrying medical aid docked in the Egyptian port of El Arish.", "TUR"),
        ("An Indian aircraft carrying 30 tonnes of relief aid landed in Colombo.", "IND"),
    ],
)
def test_the_state_named_on_a_vehicle_carrying_aid_sends_it(code, text, sender):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).event_type == "AID", [m.explanation for m in ms]
    assert [a.country for a in _top(ms).actor] == [sender], [m.explanation for m in ms]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Egypt and Saudi Arabia held naval drills in the Red Sea on Tuesday.", "062"),
        ("The Indian army held military drills with its Mongolian counterparts.", "062"),
        ("Russia staged military exercises with Belarus near the Polish border.", "062"),
        # one state's drills stay a show of force, even near a border "with" another state
        ("North Korea held live-fire drills near the border with South Korea.", "150"),
        ("China began large-scale military drills near Taiwan.", "150"),
    ],
)
def test_two_states_exercise_is_a_joint_one(code, text, want):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).cameo == want, [m.explanation for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        "Iran will not attend the talks in Vienna, its foreign ministry said.",
        "The Sudanese army said it would not return to the negotiations in Jeddah.",
    ],
)
def test_refusing_talks_named_by_a_noun_is_a_rejection(code, text):
    ms = code(text)
    assert _top(ms) is not None and _top(ms).cameo == "125", [m.explanation for m in ms]


def test_a_prediction_about_talks_is_no_refusal(code):
    ms = code("The Malian envoy said the new appointment will not advance the peace talks.")
    assert not [m for m in ms if m.event_type == "REJECT"], [m.explanation for m in ms]


def test_a_cabinet_meeting_is_no_consultation(code):
    text = (
        "After a cabinet meeting in Lusaka, the Zambian information minister said the fuel "
        "subsidy would stay."
    )
    ms = code(text)
    assert not [m for m in ms if m.event_type == "CONSULT"], [m.explanation for m in ms]
