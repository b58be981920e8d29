"""Threats told by the act threatened (branch threat42).

- A threat read from the act it announces (an act on condition, a punishment announced for a
  class) is dated to the statement, never to the day named for the act (date.threatened_act).
- A punishment announced for a class of offenders: "will be charged" (the first step of a
  prosecution), an administrative sanction ("will be dismissed", CAMEO 132), "the killers will
  be hunted down", "dealt with firmly" inside quotation marks, and "anyone caught X" split by
  the parser; arrests and dismissals of a class are aimed at the speaker's own state
  (trigger.offenders_punished, recipient.domestic_target).
- A matter announced to be taken before a court or an international body is a non-force threat
  against the other side (trigger.forum_recourse, CAMEO 131).
- "would bring its members onto the streets" on condition is a threat of protest (CAMEO 133).
- "would respond to any attack" is a threat to strike back (trigger.answered_attack).

Guards keep near misses as they were: a body's own procedure, a court's referral, a reply to a
letter, a named person's dismissal, a protest done, a sanction told as done."""

from __future__ import annotations

import pytest

from support import countries
from support import mentions_of as _typed


def _one(ms, plover):
    found = _typed(ms, plover)
    assert found, [(m.event_type, m.explanation) for m in ms]
    return found[0]


def test_a_conditional_blockade_is_dated_to_the_statement(code):
    ms = code(
        "The Zambian student union said it would blockade the ministry in Lusaka on Saturday "
        "if its demands were not met."
    )
    m = _one(ms, "THREATEN")
    assert m.date == "2023-05-12", m.explanation
    assert "[date.threatened_act]" in m.explanation


def test_the_saying_s_own_day_still_dates_the_threat(code):
    ms = code(
        "Bangladesh's home affairs chief told reporters on Wednesday that anyone who shares "
        "false rumours online would be arrested."
    )
    m = _one(ms, "THREATEN")
    assert m.date == "2023-05-10", m.explanation
    assert countries(m.recipient) == {"BGD"}, m.explanation


@pytest.mark.parametrize(
    ("text", "actor", "recipient", "code_"),
    [
        pytest.param(
            "Ghana's anti-graft commissioner said any official who took bribes will be charged.",
            "GHA", "GHA", "137",
            id="charged",
        ),
        pytest.param(
            "Eswatini's education minister said teachers who do not return to class by Monday "
            "will be dismissed.",
            "SWZ", "SWZ", "132",
            id="dismissed",
        ),
        pytest.param(
            'Nepal\'s home minister said that anyone posting "fake reports" about the riots '
            "would be arrested.",
            "NPL", "NPL", "137",
            id="posting_read_as_a_clausal_subject",
        ),
        pytest.param(
            "Peru's interior minister said anyone caught looting would be arrested.",
            "PER", "PER", "137",
            id="caught_looting_split_by_the_parser",
        ),
        pytest.param(
            'The Egyptian governor said that "anyone who obstructs the canal works will be dealt '
            'with firmly".',
            "EGY", "EGY", "137",
            id="dealt_with_firmly_quoted",
        ),
    ],
)  # fmt: skip
def test_punishment_announced_for_a_class_is_a_threat(code, text, actor, recipient, code_):
    ms = code(text)
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {actor}, m.explanation
    assert countries(m.recipient) == {recipient}, m.explanation
    assert m.cameo == code_, m.explanation
    assert m.modality == "asserted", m.explanation
    assert "[trigger.offenders_punished]" in m.explanation


def test_the_killers_hunted_down_is_the_speaker_s_threat(code):
    ms = code("Nepal's home minister said the killers would be hunted down and brought to court.")
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"NPL"}, m.explanation
    assert "[trigger.offenders_punished]" in m.explanation
    assert m.modality == "asserted", m.explanation


def test_a_matter_taken_before_an_international_body_is_a_threat(code):
    ms = code(
        "Angolan police expelled thousands of Congolese miners from the diamond province last "
        "week, Congo's government said on Monday.\n\n"
        "The government called the expulsions inhumane.\n\n"
        "If the expulsions go on, the cabinet will bring the dispute before the African "
        "Commission and the Security Council."
    )
    threats = [m for m in _typed(ms, "THREATEN") if m.sentence == 2]
    assert threats, [(m.event_type, m.explanation) for m in ms]
    m = threats[0]
    assert countries(m.actor) == {"COD"}, m.explanation
    assert countries(m.recipient) == {"AGO"}, m.explanation
    assert m.cameo == "131", m.explanation
    assert "[trigger.forum_recourse]" in m.explanation


@pytest.mark.candidates("a threat with no target in a one-sentence story")
def test_a_state_s_recourse_to_the_security_council_is_a_threat(code):
    ms = code(
        "Kenya's deputy foreign minister said Nairobi would refer the issue to the Security "
        "Council."
    )
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"KEN"}, m.explanation
    assert "[trigger.forum_recourse]" in m.explanation
    assert m.modality == "asserted", m.explanation


def test_bringing_the_people_onto_the_streets_on_condition_is_a_protest_threat(code):
    ms = code(
        "The Maldivian opposition said it would bring its supporters into the streets unless "
        "the island lease is scrapped."
    )
    m = _one(ms, "THREATEN")
    assert m.cameo == "133", m.explanation
    assert countries(m.actor) == {"MDV"}, m.explanation
    assert "supporters" not in " ".join(a.text for a in m.recipient), m.explanation


@pytest.mark.candidates("a threat whose target the one-sentence story does not name")
def test_a_response_to_any_attack_is_a_threat(code):
    ms = code("The Iranian defence minister said Tehran would respond to any attack with force.")
    m = _one(ms, "THREATEN")
    assert countries(m.actor) == {"IRN"}, m.explanation
    assert m.cameo == "138", m.explanation
    assert "[trigger.answered_attack]" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The Chilean senate committee will refer the bill to the full chamber next week.",
            id="a_body_s_procedure",
        ),
        pytest.param(
            "The minister said the ministry would refer the complaint to the ethics committee.",
            id="ethics_committee",
        ),
        pytest.param(
            "The appeals court said it would refer the case to the Supreme Court.",
            id="a_court_s_referral",
        ),
        pytest.param(
            "The ministry said it would respond to the letter next week.", id="reply_to_a_letter"
        ),
        pytest.param(
            "The Peruvian president said the health minister will be dismissed on Friday.",
            id="a_named_person_s_dismissal",
        ),
        pytest.param(
            "The union brought thousands of workers onto the streets of Lima on Monday.",
            id="protest_done",
        ),
        pytest.param("Police said the looters were arrested and charged.", id="charges_done"),
        pytest.param(
            "The prosecutor said opposition leader Ana Quispe will be charged with fraud.",
            id="a_named_person_charged",
        ),
        pytest.param(
            "The festival brought crowds into the streets of the old town.", id="festival"
        ),
    ],
)
def test_near_misses_are_no_threat(code, text):
    ms = code(text)
    assert not _typed(ms, "THREATEN"), [m.explanation for m in ms]


def test_a_threat_told_with_threaten_keeps_its_own_day(code):
    ms = code("Hungary threatened on Wednesday to expel Slovak diplomats.")
    m = _one(ms, "THREATEN")
    assert m.date == "2023-05-10", m.explanation
