"""Walkouts and boycotts of meetings (branch refusals46): staying away from, skipping,
shunning or snubbing a summit or talks is a boycott (CAMEO 125, PLOVER REJECT); walking out of
a meeting or conference is a protest walkout (CAMEO 143), of talks still a halt (164); a
state's walkout of a meeting between parties is not aimed at its own people
(recipient.walkout_not_home), but at the speaker walked out on or the meeting's convener
(recipient.walked_out_on). Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries


def of_plover(found, plover: str):
    return [m for m in found if m.event_type == plover]


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Ghana stayed away from the summit hosted by Nigeria.", "GHA", "NGA"),
        ("Peru skipped the conference organised by Bolivia on Tuesday.", "PER", "BOL"),
        ("Laos shunned the talks convened by Vietnam.", "LAO", "VNM"),
        ("Estonia snubbed the forum hosted by Belarus.", "EST", None),
    ],
)
def test_staying_away_from_a_meeting_is_a_boycott(code, text, actor, recipient):
    rejects = [m for m in of_plover(code(text), "REJECT") if "125" in m.explanation]
    assert rejects, text
    m = rejects[0]
    assert actor in countries(m.actor)
    if recipient:
        assert recipient in countries(m.recipient)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senegal's delegation walked out of the plenary during a speech by the Malian "
            "foreign minister.",
            "MLI",
        ),
        ("The Chilean delegation walked out during the Argentine minister's address.", "ARG"),
    ],
)
def test_a_walkout_during_a_speech_is_aimed_at_its_speaker(code, text, speaker):
    walkouts = of_plover(code(text), "PROTEST")
    assert walkouts
    assert countries(walkouts[0].recipient) == {speaker}
    assert "[recipient.walked_out_on]" in walkouts[0].explanation


def test_a_delegation_walkout_of_a_commission_is_not_aimed_at_home(code):
    text = "Senegal's delegation walked out of the joint border commission on Monday."
    walkouts = of_plover(code(text), "PROTEST")
    assert walkouts
    assert "SEN" not in countries(walkouts[0].recipient)


def test_walking_out_of_a_conference_is_a_protest_walkout(code):
    found = code("The Kenyan delegation walked out of the conference in Geneva.")
    assert of_plover(found, "PROTEST") and not of_plover(found, "SANCTION")


# guards: what must not change


def test_the_opposition_walking_out_of_parliament_stays_at_home(code):
    found = code("Opposition MPs in Zambia walked out of the session of parliament.")
    walkouts = of_plover(found, "PROTEST")
    assert walkouts and countries(walkouts[0].recipient) == {"ZMB"}


def test_walking_out_of_talks_still_halts_negotiations(code):
    found = code("Armenia walked out of the talks with Azerbaijan on Friday.")
    assert any("164" in m.explanation for m in found)


def test_a_player_skipping_a_training_session_is_no_event(code):
    assert not code("The striker skipped the training session before the cup final.")


def test_a_boycott_told_as_not_made_is_negated(code):
    found = code("Ghana did not boycott the summit hosted by Nigeria, its minister said.")
    assert all(m.modality != "asserted" for m in of_plover(found, "REJECT"))


def test_a_walkout_of_a_joint_commission_is_aimed_at_the_story_counterpart(code):
    text = (
        "Senegal accused Mali of stealing cattle. Mali denied it. Senegal's delegation walked "
        "out of the joint border commission on Monday, hours after the session opened."
    )
    walkouts = of_plover(code(text), "PROTEST")
    assert walkouts and countries(walkouts[0].recipient) == {"MLI"}


# "unless" threats (recipient.condition_subject)


def test_a_threatened_noun_act_is_aimed_at_who_must_meet_the_condition(code):
    found = code("Kenya will resume air strikes unless Somalia hands over the commander.")
    threats = of_plover(found, "THREATEN")
    assert threats and countries(threats[0].recipient) == {"SOM"}


def test_a_threat_to_recall_its_own_envoy_is_aimed_at_who_must_comply(code):
    found = code("Kenya said it would recall its ambassador unless Uganda apologised.")
    threats = of_plover(found, "THREATEN")
    assert threats and countries(threats[0].recipient) == {"UGA"}


def test_a_recall_from_a_state_stays_aimed_at_it(code):
    found = code("Kenya recalled its ambassador from Uganda on Monday.")
    assert countries(of_plover(found, "SANCTION")[0].recipient) == {"UGA"}


def test_a_refusal_to_pay_reparations_is_a_refusal(code):
    found = code(
        "Spain would never pay reparations for the colonial era, its foreign minister said."
    )
    rejects = of_plover(found, "REJECT")
    assert rejects and "ESP" in countries(rejects[0].actor)
