"""Wrong readings a user notices most: a meeting's or tribunal's city taken for a party, an
official of a body referred to as "the agency" placed in the country her sentence names, a
mediation told in a story's past dated to today, and a promise made years ago coded again when
a clause says whether it was kept. Every sentence is invented for the tests (the story benches'
"forbidden" entries showed the classes)."""

from __future__ import annotations

import pytest

from support import countries

WIRE = "LIMA, June 9 (Andes Wire) - Peru seized a copper mine on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait accused Iraq of pumping oil from a shared field. Gulf states will review the "
        "dispute at a meeting of oil ministers in Vienna next month, a Kuwaiti official said.",
        "ATHENS, June 9 (Aegean Wire) - Greece arrested two Turkish divers on Monday. EU members "
        "will discuss the arrests at a meeting of justice ministers in Vienna next week, a Greek "
        "official said.",
    ],
)
def test_members_of_a_meeting_are_not_of_its_venue(code, text):
    found = code(text, "2026-06-10")
    assert found, "no event coded"
    assert all("AUT" not in countries(m.actor) for m in found), [m.explanation for m in found]


@pytest.mark.parametrize(
    ("rest", "venue"),
    [
        ("The company filed its request for arbitration in Washington on Tuesday.", "USA"),
        ("The mining company lodged a complaint with the tribunal in Paris on Tuesday.", "FRA"),
    ],
)
@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_the_forum_of_a_claim_is_not_the_claimant(code, rest, venue):
    found = [m for m in code(WIRE + rest, "2026-06-10") if m.sentence == 1]
    assert found, [m.explanation for m in code(WIRE + rest, "2026-06-10")]
    assert all(venue not in countries(m.actor) for m in found), [m.explanation for m in found]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The International Atomic Energy Agency met in Vienna on Monday. The agency's "
            "director general, Maria Olsen, told the board that inspectors had been refused "
            "entry to a plant near Tabriz. Olsen is due to travel to Baghdad next week for talks "
            "with Iraq's foreign minister, her office said.",
            "UNO",
        ),
        (
            "The International Monetary Fund met in Washington on Monday. The fund's director, "
            "Maria Olsen, criticised Poland on Monday.",
            "IGO",
        ),
    ],
)
def test_an_official_of_the_body_named_before_is_the_bodys(code, text, body):
    last = [
        m
        for m in code(text, "2026-06-10")
        if m.sentence == max(m.sentence for m in code(text, "2026-06-10"))
    ]
    assert last, "no event coded"
    assert countries(last[0].actor) == {body}, last[0].explanation


def test_a_mediation_years_later_in_a_since_clause_is_history(code):
    text = (
        "Ties between the two neighbours have been strained since 2021, when Niger detained "
        "three Beninese customs officers who had crossed the border; they were freed more than "
        "a year later after Ghanaian mediation."
    )
    found = [m for m in code(text, "2026-06-10") if m.event_type == "CONSULT"]
    assert found, [m.explanation for m in code(text, "2026-06-10")]
    assert found[0].modality == "historical", found[0].explanation
    assert (found[0].date or "")[:4] == "2022", found[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "The opposition accused Kenya of breaking its pledges to the farmers.",
        "Peru said Chile must honour its commitments to Bolivia.",
        "Ghana reneged on its promise to Togo.",
        "Togo accused Ghana of failing to deliver on its vow of aid.",
    ],
)
def test_a_promise_kept_or_broken_is_no_new_promise(code, text):
    found = code(text, "2026-06-10")
    assert not [m for m in found if m.event_type == "AGREE"], [m.explanation for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Ghana promised aid to Togo on Monday.",
        "Ghana made a pledge of aid to Togo on Monday.",
        "Ghana said it would keep its promise to Togo.",
        "Ghana vowed to honour its pledges to Togo.",
        '"We keep our promises to Togo," the Ghanaian president wrote on Monday.',
    ],
)
def test_a_promise_made_is_still_a_promise(code, text):
    found = code(text, "2026-06-10")
    assert [m for m in found if m.event_type == "AGREE"], [m.explanation for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "The dispute echoes 2015, when Brazil expelled two diplomats.",
        "The standoff recalls 2017, when an audit found fraud in the count, the then leader "
        "quit and Argentina gave him asylum.",
    ],
)
def test_a_years_when_clause_is_history_however_parsed(code, text):
    found = [m for m in code(text, "2026-06-10") if m.event_type in ("SANCTION", "AID")]
    assert found, [m.explanation for m in code(text, "2026-06-10")]
    assert all(m.modality == "historical" for m in found), [m.explanation for m in found]


def test_a_year_then_a_new_sentence_is_not_history(code):
    text = "The dispute echoes 2015. Brazil expelled two diplomats on Monday."
    found = [m for m in code(text, "2026-06-10") if m.event_type == "SANCTION"]
    assert found and found[0].modality == "asserted", [m.explanation for m in found]


def test_a_trades_standing_grievance_is_no_accusation(code):
    text = (
        "Kenya runs a large deficit with Egypt, and Kenyan exporters complain that cheap "
        "Egyptian goods are hurting local industry."
    )
    found = code(text, "2026-06-10")
    assert not [m for m in found if m.event_type == "ACCUSE"], [m.explanation for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan exporters complained on Monday that Egypt was dumping goods.",
        "Kenyan exporters accused Egypt of dumping.",
    ],
)
def test_a_trades_complaint_on_a_day_is_an_accusation(code, text):
    found = code(text, "2026-06-10")
    assert [m for m in found if m.event_type == "ACCUSE"], [m.explanation for m in found]
