"""The story gate on charity fundraisers and company results calls (topics ``charity`` and
``business`` words added on branch noise7 in ``data/relevance/topics.tsv``), the review frame
on a series review with a war plot (plot words of ``data/relevance/fiction.tsv``), and
political stories sharing some of their words that must still pass."""

from __future__ import annotations

from communique.coding.fiction import review_of_work
from communique.relevance import story_topic

FUNDRAISER = (
    "Volunteers at Harwell Hospice held a raffle and a cake stall in the square on Saturday. "
    "The hospice's bucket collection raised 4,200 pounds, the mayor said, and its three "
    "charity shops will hold a bake sale next month. A sponsored walk for the hospice, the "
    "fundraiser's biggest event, is planned for June; the police chief will take part."
)
RESULTS_CALL = (
    "Operator: Welcome to Brightmoor Foods' full-year results conference call. All lines are "
    "in listen-only mode. Investor relations will read the forward-looking statements. "
    "CEO: Gross margin rose to 38% and operating margin to 12%. We expect tariffs to cost "
    "little. Analyst: An activist investor has threatened a proxy fight. Will the government "
    "policy on sugar hurt? CEO: Gross margin will hold."
)
SERIES_REVIEW = (
    "The first episode of Northern Line, a Danish-German co-production, opens with tanks "
    "crossing the border in 1962. The president flees, the defence minister orders troops to "
    "the coast and the prime minister begs Washington for help. The cast are superb and the "
    "battle sequences were filmed in Jutland. A subplot about a spy in the foreign ministry "
    "drags. It is the best war drama in years; new episodes arrive weekly and the later "
    "episodes are tighter."
)
AID_APPEAL = (
    "The UN and aid agencies launched a fundraising appeal for Sudan on Monday after the "
    "government and the rebels agreed a ceasefire. The foreign minister thanked donors; the "
    "president said the army would open roads for aid convoys."
)


def test_fundraiser_and_results_call_pages_are_off_topic():
    assert story_topic(FUNDRAISER).off_topic
    assert story_topic(RESULTS_CALL).off_topic


def test_an_aid_appeal_stays_political():
    assert not story_topic(AID_APPEAL).off_topic


def test_a_series_review_with_a_war_plot_is_a_review_of_a_work():
    assert review_of_work(SERIES_REVIEW)
