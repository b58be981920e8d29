"""A clause's subject that backs, relays, blocks, sets off, asks for or weighs a noun event, or
names it only as what it answers or when it happened, is not the event's doer (coding/
noun_stance.py; rules actor.governing_verb_subject and actor.scene_subject). And a battle
between an army and an armed group is no crowd clash (recode.crowd_clash). Sentences written
for these tests."""

from __future__ import annotations

import pytest


def _by(mentions, plover: str, iso: str):
    return [m for m in mentions if m.event_type == plover and iso in [a.country for a in m.actor]]


@pytest.mark.parametrize(
    ("text", "plover", "iso"),
    [
        # backing_verbs
        ("Poland and Lithuania endorsed the proposal on Friday.", "AGREE", "POL"),
        ("Germany pledged money to Kenya to support reforms of the judiciary.", "CONCEDE", "DEU"),
        # weighing_verbs with a request
        ("Japan is weighing a request for assistance from Peru.", "REQUEST", "JPN"),
        # blocking_verbs
        (
            "Under Bolivian law, the supreme court forbids the extradition of nationals to the "
            "United States.",
            "COOPERATE",
            "BOL",
        ),
        # reaction_frame_nouns: the answer to an attack, not the attack
        (
            "Chile said it had expelled the envoy in response to a missile attack on its "
            "embassy in Lima.",
            "ASSAULT",
            "CHL",
        ),
        # standing_measure_nouns as a setting
        (
            "Brazil's army deployed troops to guard villages during the ceasefire with the rebels.",
            "RETREAT",
            "BRA",
        ),
        # denial_verbs: denying a part in the attacks is no part in them
        ("Egypt denied any part in attacks against activists.", "ASSAULT", "EGY"),
        # CAMEO 07 after "for": the one who seeks aid
        ("Mali turned to Russia for military help after the coup.", "AID", "MLI"),
    ],
)
def test_a_subject_apart_from_a_noun_event_is_not_its_doer(code, text, plover, iso):
    assert not _by(code(text), plover, iso)


def test_a_subject_seeking_a_release_does_not_release(code):
    # requesting_verbs: the ones who hold the prisoners release them
    text = (
        "Ghana's main opposition party said on Friday it would seek the release of the jailed "
        "students."
    )
    assert not [m for m in code(text) if m.evidence.trigger == "release" and m.actor]


@pytest.mark.parametrize(
    ("text", "plover", "iso"),
    [
        ("Sudan launched an offensive against the rebels in Darfur.", "ASSAULT", "SDN"),
        ("Kenya sought talks with Ethiopia over the border.", "CONSULT", "KEN"),
        (
            "Students blocked roads in Nairobi during protests against the tax law.",
            "PROTEST",
            "KEN",
        ),
    ],
)
def test_doing_verbs_and_scenes_keep_their_subject(code, text, plover, iso):
    found = [m for m in code(text) if m.event_type == plover and m.actor]
    assert found
    if iso:
        assert any(iso in [a.country for a in m.actor] for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between the army and the opposition Popular Liberation Movement near Abeche "
        "left 12 dead, Chadian officials said.",
        "Clashes between the army and armed opposition fighters near Abeche left 12 dead, "
        "Chadian officials said.",
    ],
)
def test_an_army_fighting_an_armed_group_is_no_crowd_clash(code, text):
    # recode.armed_clash: each side's attack on the other, not a riot and its repression
    mentions = code(text)
    assert not [m for m in mentions if m.cameo in ("145", "175")]
    battles = [m for m in mentions if m.cameo == "190"]
    assert len(battles) == 2
    assert all([a.country for a in m.recipient] == ["TCD"] for m in battles)


@pytest.mark.parametrize(
    "text",
    [
        "Protesters clashed with soldiers in the Kenyan capital.",
        "Members of the PLM clashed with police in Chad.",
        "Opposition supporters clashed with soldiers in Harare.",
    ],
)
def test_crowds_clashing_with_forces_are_still_two_events(code, text):
    cameos = {m.cameo for m in code(text)}
    assert {"145", "175"} <= cameos
