"""A rejection in a relative clause on a noun that restates the proposal, demand or stance its
sentence told ("Y said X should ..., *a step X has ruled out*") answers whoever put it
forward (recipient.restated_proposer), not the foreign state the story names most
(recipient.story_counterpart). Sentences written for these tests."""

from __future__ import annotations

from tests.support import by_type

DOMESTIC = (
    "Chile's navy seized two Peruvian fishing boats on Monday. Peru summoned the Chilean "
    "ambassador in Lima and protested to Chile. Peru's opposition leader said the government "
    "ought to expel Chile's ambassador, a step Peru's prime minister has ruled out."
)
THIRD_PARTY = (
    "Egypt accused Ethiopia on Sunday of filling the dam without a deal. Egypt said Ethiopia "
    "had broken its word. Sudan proposed a joint technical committee, an idea Addis Ababa "
    "rejected."
)


def _countries(actors):
    return sorted(a.country for a in actors if a.country)


def test_a_step_ruled_out_answers_the_domestic_party_that_urged_it(code):
    got = by_type(code(DOMESTIC), "REJECT")
    assert _countries(got.recipient) == ["PER"], got.explanation
    assert "[recipient.restated_proposer]" in got.explanation


def test_an_idea_rejected_answers_the_state_that_proposed_it(code):
    got = by_type(code(THIRD_PARTY), "REJECT")
    assert _countries(got.actor) == ["ETH"], got.explanation
    assert _countries(got.recipient) == ["SDN"], got.explanation


def test_a_rejection_of_a_plan_with_no_restating_comma_keeps_the_story_counterpart(code):
    # "rejected the plan" names what it rejects in its own clause: no restatement to follow
    got = by_type(
        code(
            "Egypt accused Ethiopia on Sunday of filling the dam without a deal. Egypt said "
            "Ethiopia had broken its word. Ethiopia rejected the plan on Monday."
        ),
        "REJECT",
    )
    assert "[recipient.restated_proposer]" not in got.explanation
