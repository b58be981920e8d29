"""Refusals of entry and access to international investigators, monitors, envoys and
delegations: CAMEO 1245 (refuse to allow international involvement), a REJECT, not a
humanitarian cut (1623) nor an administrative sanction (172). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from support import countries, top


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Syria denied the chemical weapons inspectors access to the airbase.", "SYR"),
        ("Turkmen border guards barred the OSCE observers from entering the country.", "TKM"),
        ("Nicaragua refused the human rights investigators entry on Tuesday.", "NIC"),
        ("Burundi will not allow the UN investigators into the country, its minister said.", "BDI"),
        ("Iran would not permit the nuclear inspectors to visit the site.", "IRN"),
    ],
)
def test_refused_entry_or_access_is_a_rejection(code, text, actor):
    m = top(code(text))
    assert m.event_type == "REJECT" and "1245" in m.explanation
    assert actor in countries(m.actor)


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Sudan denied aid agencies access to the camps in Darfur.", "SANCTION"),
        ("Uzbekistan allowed the OSCE observers into the country on Monday.", "RETREAT"),
    ],
)
def test_humanitarian_denial_and_admission_stay(code, text, plover):
    assert top(code(text)).event_type == plover


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Nepal asked India to reopen the trade route on Sunday. The request was turned "
            "down two days later.",
            "IND",
            "NPL",
        ),
        (
            "Qatar offered Bahrain a loan to cover the deficit. The offer was rejected on Friday.",
            "BHR",
            "QAT",
        ),
    ],
)
def test_a_passive_rejection_is_by_whom_the_request_was_made_to(code, text, actor, recipient):
    rejections = [m for m in code(text) if m.event_type == "REJECT"]
    assert rejections and "[actor.proposal_addressee]" in rejections[0].explanation
    m = rejections[0]
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}


def test_a_passive_rejection_of_no_addressed_request_has_no_doer(code):
    text = "Chad proposed new elections in May. The proposal was rejected on Monday."
    assert not [m for m in code(text) if m.event_type == "REJECT"]
