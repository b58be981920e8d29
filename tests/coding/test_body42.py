"""International and regional bodies: their officials, their verdicts on votes, and whom their
acts are aimed at (branch body42; issues #11/#12).

- A target named as the sides of a dispute ("urged *all sides* to", "restraint *by all
  sides*") read from the last event leaves out an international body or NGO that was that
  event's doer by an appeal, criticism or praise: a body commenting on a dispute is no side of
  it (rule resolve.commenting_body_not_side).
- A body's act is never aimed at the body itself ("offered *the AU's* good offices"): the
  recipient is cleared and the story's counterpart may be taken (rule recipient.own_body).
- A title owned through an organ of a body that the lexicon lacks ("the UN *human rights
  office's* representative") is the body's official, and a word between two title words that
  modifies the last ("press *freedom* envoy") leaves the last noun the title (rule
  mention.body_organ).
- An observer body's verdict on a vote that its sentence does not place judges the vote of the
  state the story is about (rule recipient.observed_vote); words that approve a vote
  ("peaceful", "orderly", "calm", "well organised") said of one are praise (rule
  trigger.vote_approval), and said of anything else give no verdict.
"""

from __future__ import annotations


def _show(found):
    return [
        (m.event_type, m.cameo, m.evidence.trigger, [p.code for p in m.actor],
         [p.code for p in m.recipient])
        for m in found
    ]  # fmt: skip


def _acts(found, event_type, country):
    return [
        m
        for m in found
        if m.event_type == event_type and any(p.country == country for p in m.actor)
    ]


# -- resolve.commenting_body_not_side ------------------------------------------------------


def test_all_sides_leaves_out_the_body_that_called_for_an_inquiry(code):
    text = (
        "Riot police in Lusaka used tear gas against a crowd of opposition backers on Monday. The European "
        "Union called for an investigation. The British embassy called on all sides to stay calm."
    )
    found = code(text, "2025-06-10")
    hits = _acts(found, "REQUEST", "GBR")
    assert hits, _show(found)
    assert {p.country for p in hits[0].recipient} == {"ZMB"}, _show(found)
    assert "[resolve.commenting_body_not_side]" in hits[0].explanation


def test_restraint_by_all_sides_is_not_asked_of_the_un(code):
    text = (
        "Clashes between herders and farmers in central Nigeria killed eleven people on Friday. "
        "The UN resident coordinator in Abuja condemned the killings. The French embassy urged "
        "restraint by all sides."
    )
    found = code(text, "2025-06-10")
    hits = _acts(found, "REQUEST", "FRA")
    assert hits, _show(found)
    assert "UNO" not in {p.country for p in hits[0].recipient}, _show(found)
    assert "NGA" in {p.country for p in hits[0].recipient}, _show(found)


def test_a_body_accused_by_a_state_stays_a_side(code):
    # guard: the body was the target of the last act, not a commenter
    text = (
        "Mali's junta accused ECOWAS of punishing ordinary Malians with its sanctions. "
        "Algeria pressed both sides to resume their dialogue."
    )
    found = code(text, "2025-06-10")
    hits = _acts(found, "REQUEST", "DZA")
    assert hits, _show(found)
    assert "IGO" in {p.country for p in hits[0].recipient}, _show(found)


# -- recipient.own_body --------------------------------------------------------------------


def test_a_body_offering_its_own_help_is_not_its_own_target(code):
    text = (
        "Fighting between two clans in Jonglei state killed a dozen villagers last week. The "
        "African Union's peace commissioner urged calm and offered the AU's help for a "
        "reconciliation conference."
    )
    found = code(text, "2025-06-10")
    au = [m for m in found if m.sentence == 1 and any(p.country == "IGO" for p in m.actor)]
    assert not [m for m in au if any(p.country == "IGO" for p in m.recipient)], _show(found)


def test_a_body_criticising_another_body_keeps_it(code):
    # guard: two different bodies
    found = code("The European Union criticised NATO's plan for the new base.", "2025-06-10")
    hits = _acts(found, "ACCUSE", "EUR")
    assert hits and "IGO" in {p.country for p in hits[0].recipient}, _show(found)


# -- mention.body_organ --------------------------------------------------------------------


def test_an_official_of_a_body_organ_is_the_bodys(code):
    text = "The UN human rights office's senior representative welcomed the decision of the court in Nairobi."
    found = code(text, "2025-06-10")
    hits = [m for m in found if m.event_type == "SUPPORT"]
    assert hits and {p.country for p in hits[0].actor} == {"UNO"}, _show(found)
    assert "[mention.body_organ]" in hits[0].explanation


def test_a_title_with_a_modifier_between_two_title_words(code):
    text = "The OSCE's press freedom envoy condemned the raid on the newspaper in Bishkek."
    found = code(text, "2025-06-10")
    hits = [m for m in found if m.event_type == "ACCUSE"]
    assert hits and {p.country for p in hits[0].actor} == {"IGO"}, _show(found)


def test_a_state_ministrys_spokesman_stays_the_states(code):
    # guard: a state's organ named with words the lexicon knows
    found = code("Kenya's interior ministry spokesman condemned the raid.", "2025-06-10")
    hits = [m for m in found if m.event_type == "ACCUSE"]
    assert hits and {p.country for p in hits[0].actor} == {"KEN"}, _show(found)


# -- recipient.observed_vote, trigger.vote_approval ----------------------------------------

VOTE = "Malawi held a presidential election on Tuesday."


def test_an_observer_missions_criticism_of_the_count_judges_the_states_vote(code):
    text = f"{VOTE} Monitors of the European Union's mission said the count lacked transparency."
    found = code(text, "2025-09-18")
    hits = _acts(found, "ACCUSE", "EUR")
    assert hits and {p.country for p in hits[0].recipient} == {"MWI"}, _show(found)
    assert "[recipient.observed_vote]" in hits[0].explanation


def test_an_observer_missions_praise_of_the_vote(code):
    text = (
        f"{VOTE} The African Union election observation mission described the vote as "
        "peaceful and orderly."
    )
    found = code(text, "2025-09-18")
    hits = _acts(found, "SUPPORT", "IGO")
    assert hits and {p.country for p in hits[0].recipient} == {"MWI"}, _show(found)
    assert "[trigger.vote_approval]" in hits[0].explanation


def test_a_peaceful_march_is_no_praise(code):
    # guard: the words approve a vote only
    found = code("Police in Lilongwe said the march had been peaceful.", "2025-09-18")
    assert not [m for m in found if m.event_type == "SUPPORT"], _show(found)


def test_a_domestic_sides_verdict_on_the_count_stays_a_ruling(code):
    # guard: a domestic side's verdict on an unplaced count is no act of a named doer
    text = f"{VOTE} Opposition leaders said the count lacked transparency."
    found = code(text, "2025-09-18")
    assert not [m for m in found if m.event_type == "ACCUSE" and m.sentence == 1], _show(found)
