"""Bodies that act through nouns and passives (branch nominal46).

- A text that is the subject of a verb trigger (a report, a statement, a resolution ...) acts
  for the author a "by" phrase on it or the agent of a participle on it names (rule
  actor.text_author); a "by" of manner ("adopted by consensus") names no author.
- A decision with no owner of its own, told as taken by a past verb of taking it ("X took the
  decision to suspend Y", "the decision to suspend Y was taken by X"), is that doer's act
  (rule actor.decision_taker); a planned, negated or expected decision stays an aim. A move
  or a vote with an owner is a decision noun too (vocabulary decision_nouns).
"""

from __future__ import annotations

import pytest


def _show(found):
    return [
        (m.event_type, m.cameo, m.evidence.trigger, [p.code for p in m.actor],
         [p.code for p in m.recipient], m.modality)
        for m in found
    ]  # fmt: skip


def _typed(found, event_type):
    return [m for m in found if m.event_type == event_type]


# -- actor.text_author --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actors", "target"),
    [
        (
            "A report by the United Nations accused the Laotian army of burning villages.",
            {"UNO"},
            "LAO",
        ),
        (
            "The joint statement issued by Uruguay and Chile on Tuesday accused Turkmenistan of lying.",
            {"URY", "CHL"},
            "TKM",
        ),
        (
            "A resolution adopted by the UN General Assembly on Thursday condemned Kazakhstan.",
            {"UNO"},
            "KAZ",
        ),
    ],
)
def test_a_text_acts_for_its_author(code, text, actors, target):
    found = code(text, "2025-03-14")
    hits = _typed(found, "ACCUSE")
    assert hits, _show(found)
    assert {p.country for p in hits[0].actor} == actors, _show(found)
    assert target in {p.country for p in hits[0].recipient}, _show(found)
    assert "[actor.text_author]" in hits[0].explanation


def test_a_by_of_manner_names_no_author(code):
    found = code(
        "A resolution adopted by consensus on Thursday condemned Kazakhstan.", "2025-03-14"
    )
    assert not any("[actor.text_author]" in m.explanation for m in found), _show(found)


def test_a_possessed_text_keeps_its_subject_reading(code):
    found = code("Estonia's letter to the council accused Latvia of spying.", "2025-03-14")
    hits = _typed(found, "ACCUSE")
    assert hits and {p.country for p in hits[0].actor} == {"EST"}, _show(found)
    assert "[actor.text_author]" not in hits[0].explanation


# -- actor.decision_taker -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        (
            "The decision to suspend Turkmenistan was taken by ASEAN leaders on Sunday.",
            "IGO",
            "TKM",
        ),
        (
            "Icelandic ministers took the decision to expel two Estonian diplomats on Monday.",
            "ISL",
            "EST",
        ),
    ],
)
def test_a_decision_taken_is_its_takers_act(code, text, actor, target):
    found = code(text, "2025-03-14")
    hits = _typed(found, "SANCTION")
    assert hits, _show(found)
    assert {p.country for p in hits[0].actor} == {actor}, _show(found)
    assert target in {p.country for p in hits[0].recipient}, _show(found)
    assert hits[0].modality == "asserted"
    assert "[actor.decision_taker]" in hits[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "ASEAN leaders will take a decision to suspend Turkmenistan next week.",
        "ASEAN leaders did not take a decision to suspend Turkmenistan.",
        "A decision to suspend Turkmenistan is expected next week.",
        "A move to expel two Kazakh diplomats is expected.",
    ],
)
def test_a_decision_not_told_as_taken_stays_an_aim(code, text):
    found = code(text, "2025-03-14")
    assert not [m for m in _typed(found, "SANCTION") if m.modality == "asserted"], _show(found)


def test_an_owned_move_is_the_act_decided(code):
    found = code("Uruguay's move to expel two Kazakh diplomats drew criticism.", "2025-03-14")
    hits = _typed(found, "SANCTION")
    assert hits and {p.country for p in hits[0].actor} == {"URY"}, _show(found)
    assert "KAZ" in {p.country for p in hits[0].recipient}, _show(found)
    assert "[actor.decision_owner]" in hits[0].explanation


# -- date.until_past_year: a month or day after "until" ----------------------------------


def test_an_extension_until_a_later_month_is_done_now(code):
    found = code(
        "The Security Council adopted a resolution extending the mission in Cyprus until "
        "August 2027.",
        "2025-03-14",
    )
    hits = [m for m in found if m.evidence.trigger.startswith("adopted")]
    assert hits, _show(found)
    assert hits[0].modality == "asserted", _show(found)
    assert not (hits[0].date or "").startswith("2027"), hits[0].date


def test_a_past_end_after_until_is_left_as_it_was(code):
    found = code("Thailand closed its border with Laos until March 2019.", "2025-03-14")
    hits = [m for m in found if m.event_type == "COERCE"]
    assert hits and hits[0].date == "2025-03-14", _show(found)


# -- recipient.eased_measure_target ------------------------------------------------------


def test_lifting_a_suspension_imposed_on_a_state_is_aimed_at_it(code):
    found = code(
        "The Commonwealth lifted the suspension imposed on Samoa after the coup.", "2025-03-14"
    )
    hits = [m for m in found if m.event_type in ("CONCEDE", "RETREAT")]
    assert hits, _show(found)
    assert {p.country for p in hits[0].recipient} == {"WSM"}, _show(found)
    assert "[recipient.eased_measure_target]" in hits[0].explanation


def test_condemning_a_measure_imposed_on_a_state_is_not_eased(code):
    found = code("Cuba condemned the sanctions imposed on Venezuela.", "2025-03-14")
    assert not any("[recipient.eased_measure_target]" in m.explanation for m in found)
