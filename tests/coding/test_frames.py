"""Wording frames that are no act (branch frames): a reporter's question put to the speaker
("Asked about X, a spokesman said ..."), a standing relation told as a state ("maintains close
ties with Y"), acts on earlier occasions ("have clashed before"), a stance told as a tradition
("has traditionally opposed"); and the near cases that stay acts. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from support import dropped_rules


def _kinds(events, kind: str):
    return [e for e in events if e.event_type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Asked about the new dam, a Ruritanian government spokeswoman said the work would go on.",
        "Asked whether Ghana would recall its envoy, the foreign minister said nothing was decided.",
        "Asked if Peru planned new tariffs on Chile, the Peruvian trade minister said talks went on.",
    ],
)
def test_reporters_question_is_no_request(code, nlp, text):
    # the participle is the question a reporter put to the speaker: no request of the speaker's
    assert not _kinds(code(text), "REQUEST")
    assert "filter.reporter_question" in dropped_rules(nlp, text, "2023-05-12")


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("Ghana asked Togo on Monday to hand over the two suspects.", "GHA", "TGO"),
        ("Asked by Haiti for help, Kenya sent police officers to Port-au-Prince.", None, None),
        ("Peru urged Chile to reopen the border crossing.", "PER", "CHL"),
    ],
)
def test_requests_made_stay(code, text, actor, recipient):
    found = _kinds(code(text), "REQUEST")
    assert found
    if actor:
        assert any(
            {a.country for a in e.actor} == {actor}
            and {a.country for a in e.recipient} == {recipient}
            for e in found
        )


@pytest.mark.parametrize(
    "text",
    [
        "Armenia maintains close ties with Iran.",
        "Cuba has maintained close ties with Angola for decades.",
        "Laos, a poor landlocked state, maintains close ties with Vietnam.",
    ],
)
def test_standing_relation_is_no_event(code, nlp, text):
    assert not code(text)
    assert "filter.standing_relation" in dropped_rules(nlp, text, "2023-05-12")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Ukraine restored diplomatic ties with Georgia on Thursday.", "SUPPORT"),
        ("Lithuania cut diplomatic ties with Belarus on Monday.", "SANCTION"),
    ],
)
def test_relations_changed_stay_acts(code, text, kind):
    assert _kinds(code(text), kind)


def test_clashed_before_is_no_event(code, nlp):
    text = "Sudan and Chad have clashed before over the border."
    assert not _kinds(code(text), "ASSAULT")
    assert "filter.earlier_acts" in dropped_rules(nlp, text, "2023-05-12")


def test_clash_on_a_day_stays(code):
    assert _kinds(
        code("Sudanese and Chadian troops clashed on Friday along the border."), "ASSAULT"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Serbia has traditionally opposed the recognition of Kosovo.",
        "Norway has historically supported Palestinian statehood.",
    ],
)
def test_traditional_stance_is_no_event(code, nlp, text):
    assert not code(text)
    assert "filter.habitual" in dropped_rules(nlp, text, "2023-05-12")


def test_stance_taken_on_a_day_stays(code):
    assert _kinds(code("Serbia on Monday opposed the recognition of Kosovo."), "ACCUSE")


def test_dated_earlier_act_stays(code):
    # "before, in March 2021": the earlier act is told with its date, an act of its own
    found = _kinds(code("Russia has shelled Ukrainian villages before, in March 2021."), "ASSAULT")
    assert found
