"""Whom a reaction is aimed at when what it reacts to is a deed the story told with no CAMEO
event of its own (a decision, a vote, a test: rule recipient.told_deed), or the thing a stance
noun of the trigger judges ("voiced opposition to the test"). Branch recips2; sentences written
for these tests."""

from __future__ import annotations

from support import explained as _explained


def _recipients(mentions, words):
    return [
        sorted({a.country or "?" for a in m.recipient})
        for m in mentions
        if words in m.evidence.sentence_text
    ]


def test_a_vote_is_answered_at_the_body_that_voted(code):
    text = (
        "The UN General Assembly voted on Wednesday to send a fact-finding mission to Belarus. "
        "Belarus dismissed the vote as meddling."
    )
    got = code(text, "2025-03-06")
    assert ["UNO"] in _recipients(got, "dismissed the vote"), _explained(got, "dismissed")
    assert "[recipient.told_deed]" in _explained(got, "dismissed the vote")


def test_a_decision_is_aimed_at_the_group_that_decided_not_at_the_story_state(code):
    text = (
        "The Gulf Cooperation Council decided on Sunday to freeze its trade talks. Qatar and "
        "Oman held separate talks with Britain on Monday. Britain regretted the decision."
    )
    got = code(text, "2025-03-06")
    assert ["IGO"] in _recipients(got, "regretted the decision"), _explained(got, "regretted")


def test_a_performed_test_is_the_one_a_later_noun_names(code):
    text = (
        "Russia carried out a test of a new hypersonic glider on Friday, its defence ministry "
        "said. Japan and South Korea held talks on Saturday in Seoul, and Japan thanked South "
        "Korea for its help. The United States "
        "criticised the test."
    )
    got = code(text, "2025-03-06")
    assert ["RUS"] in _recipients(got, "criticised the test"), _explained(got, "criticised")


def test_a_stance_noun_judges_the_thing_of_its_phrase(code):
    text = (
        "Iran fired a ballistic missile test over the Gulf on Tuesday. Saudi Arabia and Qatar "
        "signed a border accord, and Qatar praised Saudi Arabia. Kuwait voiced strong "
        "opposition to the test."
    )
    got = code(text, "2025-03-06")
    assert ["IRN"] in _recipients(got, "opposition to the test"), _explained(got, "opposition")


def test_an_unreal_decision_is_no_deed(code):
    text = (
        "Norway may decide next month to end its fishing accord. Iceland criticised the decision."
    )
    got = code(text, "2025-03-06")
    assert ["NOR"] not in _recipients(got, "criticised the decision") or "told_deed" not in (
        _explained(got, "criticised the decision")
    ), _explained(got, "criticised")


def test_a_rejected_criticism_answers_the_charge_against_the_rejecter(code):
    text = (
        "Albania denounced Serbia's new declaration on Kosovo as a provocation on Tuesday. "
        "Crowds marched through Tirana later in the day. Police said the march was peaceful. "
        "Kosovo's president thanked Albania for its support. Hungary said in a statement that "
        "it still backed dialogue between Belgrade and Pristina. Serbia rejected the criticism."
    )
    got = code(text, "2025-03-06")
    assert _recipients(got, "Serbia rejected the criticism") == [["ALB"]], _explained(
        got, "Serbia rejected"
    )
    assert "[recipient.charge_answered]" in _explained(got, "Serbia rejected the criticism")


def test_the_launch_names_a_rocket_test_told_just_before(code):
    text = (
        "Pakistan tested a new short-range rocket on Monday. Bangladesh and Nepal held talks "
        "on river water, and Nepal thanked Bangladesh. India condemned the launch."
    )
    got = code(text, "2025-03-06")
    assert ["PAK"] in _recipients(got, "condemned the launch"), _explained(got, "condemned")


def test_the_statement_takes_up_the_text_introduced_not_a_nearer_speaker(code):
    text = (
        "Nordic foreign ministers met in Oslo on Thursday. In a joint statement issued after "
        "the meeting, the ministers said Russia's exercises in the Baltic threatened regional "
        "security. Estonia's prime minister said Tallinn would raise the exercises at the EU "
        "summit. Russia's foreign ministry rejected the statement as hostile."
    )
    got = code(text, "2025-03-06")
    recips = _recipients(got, "rejected the statement")
    assert recips and "NOR" in recips[0] and "EST" not in recips[0], _explained(
        got, "rejected the statement"
    )
