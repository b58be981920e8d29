"""General wrong readings behind the story benches' "forbidden" hits (issue #12): subjects
denied by "not ... nor", and past acts the sentence itself tells as long done ("once", "but
never"). Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from support import countries


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Not Ghana nor its neighbours have sent troops into Mali, the spokesman insisted.", "GHA"),
        (
            "Not Peru nor any of its allies are blockading the Bolivian border, a minister said.",
            "PER",
        ),
    ],
)
def test_not_nor_subjects_are_denied_the_act(code, text, doer):
    found = [m for m in code(text, "2026-03-10") if doer in countries(m.actor)]
    assert found, [m.explanation for m in code(text, "2026-03-10")]
    assert all(m.modality == "negated" for m in found), [m.explanation for m in found]


def test_not_only_subjects_still_act(code):
    text = "Not only Ghana but also Togo sent troops into Mali on Monday."
    found = [m for m in code(text, "2026-03-10") if "GHA" in countries(m.actor)]
    assert found and all(m.modality == "asserted" for m in found), [m.explanation for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Chile signed the fisheries convention but never ratified it.",
        "Finland once expelled a Russian military attache, and ties have been cool since.",
        "The border treaty, signed by Chile and Peru after the crisis, was never ratified.",
    ],
)
def test_acts_told_as_long_done_are_not_dated_today(code, text):
    found = code(text, "2026-03-10")
    assert found, "no event coded"
    assert all(m.date is None for m in found), [(m.date, m.explanation) for m in found]


def test_once_again_is_today(code):
    text = "Finland once again expelled a Russian military attache on Monday."
    found = code(text, "2026-03-10")
    assert found and all(m.date == "2026-03-09" for m in found), [m.explanation for m in found]


def test_an_answer_to_a_request_goes_to_the_asker(code):
    text = (
        "Samoa will end its fisheries agreement with Japan, its fisheries minister told "
        "parliament on Tuesday. Japan said it regretted the decision and urged Samoa to "
        "reconsider. At the hearing, the chair of Samoa's budget committee asked the minister "
        "to table the agreement within ten days, and the minister agreed."
    )
    found = [m for m in code(text, "2026-03-10") if m.event_type == "AGREE" and m.sentence == 2]
    assert found, [m.explanation for m in code(text, "2026-03-10")]
    assert all("JPN" not in countries(m.recipient) for m in found), [m.explanation for m in found]


def test_a_third_party_offer_after_a_request_is_no_answer(code):
    text = (
        "Kenya accused Uganda of arming rebels on Monday. The United States urged Uganda to "
        "stop the shipments, and Tanzania offered to host talks between the two governments."
    )
    found = [m for m in code(text, "2026-03-10") if "TZA" in countries(m.actor)]
    assert all("USA" not in countries(m.recipient) for m in found), [m.explanation for m in found]
