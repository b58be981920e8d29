"""Words of PETRARCH synonym sets left out after review (tools/convert_petrarch_verbs.py rule
7): an election's results are no &SOLUTION, so finding fault in them is no intent to cooperate."""

from __future__ import annotations


def test_results_found_wanting_are_no_solution(code):
    ms = code(
        "Observers from the African Union said they had found irregularities in the results "
        "of the vote in Malawi."
    )
    assert not [m for m in ms if m.cameo.startswith("030")], [m.explanation for m in ms]


def test_a_solution_found_is_still_an_intent_to_cooperate(code):
    ms = code("Serbia and Kosovo found a solution to the licence plate dispute on Thursday.")
    assert [m.cameo[:3] for m in ms] == ["030"]
