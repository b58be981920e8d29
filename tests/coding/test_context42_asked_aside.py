"""A verb of asking set beside its noun by a comma ("The ministry, asked about X, said ...") or
with the press after its "by" ("an official asked by a newspaper about X said ...") is a
passive participle: the one named is the one a reporter asked, no requester, and the story's
counterpart is no one it asked (branch context42, rule filter.reporter_question). Sentences and
stories written for these tests; the near cases keep their requests."""

from __future__ import annotations

import pytest

from support import dropped_rules

LEAD = "Togo accused Ghana on Friday of letting trawlers fish in Togolese waters. "


def _requests(events):
    return [e for e in events if e.event_type == "REQUEST"]


@pytest.mark.parametrize(
    "second",
    [
        # a comma between a subject and its own verb is no English: a reduced relative clause
        "Ghana's fisheries ministry, asked about the accusation, replied that every licence "
        "had been checked.",
        # the press named as the asker after "by"
        "Ghana's navy chief, asked by a newspaper about the patrols, said his boats had been "
        "at sea all week.",
    ],
)
def test_question_put_to_speaker_is_no_request(code, nlp, second):
    text = LEAD + second
    assert not _requests(code(text))  # base: REQUEST GHA->TGO (the counterpart assumed)
    assert "filter.reporter_question" in dropped_rules(nlp, text, "2023-05-12")


def test_appositive_question_in_a_longer_story(code):
    text = (
        "Chile accused Peru on Monday of building a fence on Chilean land near Arica. "
        "Peru's interior ministry, asked about the fence, said the works were on its own side "
        "of the line."
    )
    assert not _requests(code(text))  # base: REQUEST PER->CHL


@pytest.mark.parametrize(
    ("second", "actor", "recipient"),
    [
        # active: the ministry asked, and a verb of its own follows with "and"
        (
            "Ghana's fisheries ministry asked about the evidence and said every licence had been "
            "checked.",
            "GHA",
            "TGO",
        ),  # fmt: skip
        # a party named after "by" is the one who asks
        ("Ghana, asked by Togo to recall the trawlers, refused.", "TGO", "GHA"),
        # an object of its own: an active request, whatever the comma
        ("Togo's foreign minister asked Ghana to recall the trawlers.", "TGO", "GHA"),
    ],
)
def test_requests_made_stay(code, second, actor, recipient):
    found = _requests(code(LEAD + second))
    assert any(
        {a.country for a in e.actor} == {actor} and {a.country for a in e.recipient} == {recipient}
        for e in found
    ), [(e.evidence.trigger, [a.country for a in e.actor]) for e in found]
