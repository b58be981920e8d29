"""Arms-control wording: a treaty named by its year ("the 2019 accord") that does not date the
act done to it, a scheduled meeting on a coming month and day ("meets on May 3"), revoking a
treaty ratification, a denial of a report dated by the denied act, drills answered with, and
drills named by their kind. Every sentence is invented for the tests (bench/stories/arms
showed the error classes)."""

from __future__ import annotations

import pytest

from support import countries


def _one(events, kind):
    found = [m for m in events if m.event_type == kind]
    assert found, [(m.event_type, m.explanation) for m in events]
    return found[0]


def test_year_naming_a_treaty_leaves_the_act_its_own_date(code):
    # rule date.named_text: "the 2019 accord" names the accord; "in 2021" dates the exit
    m = _one(
        code("Hungary pulled out of the 2019 accord in 2021, officials recalled.", "2025-04-10"),
        "SANCTION",
    )
    assert m.date == "2021", m.explanation
    assert m.modality == "historical"


@pytest.mark.parametrize(
    "text",
    [
        "Paraguay withdrew from the 2019 accord, the ministry said.",
        "Uruguay pulled out of the 1997 pact on Thursday.",
    ],
)
def test_year_naming_a_treaty_is_not_the_exit_date(code, text):
    m = _one(code(text, "2025-04-10"), "SANCTION")
    assert m.date.startswith("2025"), m.explanation
    assert m.modality == "asserted"


def test_an_act_done_under_a_dated_treaty_takes_the_treaty_s_year(code):
    # not date.named_text: what was done *under* the 2008 agreement was done in carrying it out
    m = _one(
        code("Georgia dismantled its border posts under the 2008 ceasefire agreement.",
             "2025-04-10"),
        "RETREAT",
    )  # fmt: skip
    assert m.date == "2008", m.explanation
    assert m.modality == "historical"


def test_scheduled_meeting_on_a_coming_day_is_ahead(code):
    # a simple present with a month and day still to come this year is a schedule
    m = _one(
        code(
            "Peru's foreign minister meets his Chilean counterpart in Lima on May 3.", "2025-04-10"
        ),
        "AGREE",
    )
    assert m.date == "2025-05-03", m.explanation
    assert m.modality == "future"


def test_scheduled_meeting_reported_is_ahead(code):
    text = "The Andean ministers meet in Quito on May 3 to review the accord, diplomats said."
    events = [m for m in code(text, "2025-04-10") if m.event_type in ("AGREE", "CONSULT")]
    assert events and all(m.date == "2025-05-03" for m in events), [m.explanation for m in events]


def test_past_meeting_on_a_day_keeps_the_past(code):
    m = _one(
        code("Peru's foreign minister met his Chilean counterpart in Lima on May 3.", "2025-04-10"),
        "CONSULT",
    )
    assert m.date == "2024-05-03", m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Kazakhstan's parliament voted on Wednesday to revoke the country's ratification of the convention.",
        "Hungary's president signed a law on Thursday revoking the country's ratification of the treaty.",
    ],
)
def test_revoking_a_ratification_is_no_signing(code, text):
    events = code(text, "2025-04-10")
    assert not [m for m in events if m.event_type == "SUPPORT"], [m.explanation for m in events]
    m = _one(events, "SANCTION")
    assert m.cameo == "160", m.explanation


def test_denied_report_of_an_earlier_test_dates_the_denial(code):
    # the parser hangs "that Iraq had tested" on the denial as an adverbial clause
    text = (
        "The foreign office denied Iranian media reports that Iraq had itself tested a "
        'new cruise missile last week, calling them "lies".'
    )
    m = _one(code(text, "2025-03-06"), "REJECT")
    assert m.date == "2025-03-06", m.explanation


def test_drills_answered_with_are_the_answerers(code):
    m = _one(code("Japan reacted with naval drills near the islands.", "2025-04-10"), "MOBILIZE")
    assert countries(m.actor) == {"JPN"}, m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Belarus's snap drills near the border alarmed Lithuania.",
        "Azerbaijan's amphibious drills on the Caspian coast worried Iran.",
    ],
)
def test_drills_named_by_their_kind_show_force(code, text):
    m = _one(code(text, "2025-04-10"), "MOBILIZE")
    assert m.modality == "asserted", m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Germany warned that it could trigger the return of European Union sanctions if Serbia "
        "did not restore cooperation by June.",
        "Japan said a refusal could bring about the reimposition of United Nations sanctions on Myanmar.",
    ],
)
def test_sanctions_whose_return_may_come_are_not_imposed(code, text):
    # vocabulary coming_nouns: the noun event takes the mood of the verb over "the return of"
    events = code(text, "2025-04-10")
    assert not [m for m in events if m.event_type == "SANCTION" and m.modality == "asserted"], [
        (m.event_type, m.modality, m.explanation) for m in events
    ]


def test_resumed_talks_welcomed_stay_asserted(code):
    events = code(
        "Canada welcomed the resumption of talks between Serbia and Kosovo.", "2025-04-10"
    )
    assert _one(events, "CONSULT").modality == "asserted"
