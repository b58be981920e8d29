"""Branch p27fix (issue #12): a theatre review's plot and a podcast episode's summary, both
told in the present tense, code no event (rule filter.plot, with the stage and podcast words of
data/relevance/fiction.tsv). Every text is written for these tests."""

from __future__ import annotations

from communique.coding.fiction import review_of_work
from support import dropped_rules

STAGE_REVIEW = (
    "Winter Harbour review: a Korean war drama that keeps its nerve\n\n"
    "Theatre review. Sixty years on, Mira Holt's new play retells the 1950 crossing of the "
    "38th parallel through a Chinese nurse and an American radio operator. The first act "
    "follows the nurse as Beijing sends her regiment across the Yalu river; the second act "
    "tracks the radio operator as Washington rushes marines to Inchon.\n\n"
    "Daniel Roe is fierce as a sergeant who storms a ridge and then cannot sleep. In the "
    "final scene, nobody on stage cheers when the guns fall silent. This production moves to "
    "Seoul in the autumn. Tickets from 25 pounds; the playwright talks to readers on page 12."
)
HISTORY_PODCAST = (
    "Episode 58: The fall of Constantinople\n\n"
    "Listen on Spotify or wherever you get your podcasts. In this episode, Mehmed II "
    "besieges Constantinople with an army of eighty thousand, and Venice sends two galleys "
    "to help the Byzantine emperor. The Ottoman guns pound the land walls for weeks, and "
    "the defenders hold the chain across the Golden Horn until the fleet is dragged over "
    "the hill.\n\n"
    "Our guest, a historian from a university in Istanbul, explains why the Genoese "
    "commander left the walls. Timestamps: 00:00 the siege begins; 31:10 the fleet on land. "
    "Support the show: listeners can join for three pounds a month."
)


def test_a_stage_review_codes_nothing_from_its_plot(code, nlp):
    assert review_of_work(STAGE_REVIEW) is not None
    assert code(STAGE_REVIEW, "2026-03-04") == []
    assert "filter.plot" in dropped_rules(nlp, STAGE_REVIEW, "2026-03-04")


def test_a_history_podcast_episode_codes_nothing_from_its_summary(code, nlp):
    assert review_of_work(HISTORY_PODCAST) is not None
    assert code(HISTORY_PODCAST, "2026-03-04") == []
    assert "filter.plot" in dropped_rules(nlp, HISTORY_PODCAST, "2026-03-04")


def test_news_about_a_theatre_ban_is_no_review():
    news = (
        "Hungary's culture ministry banned a play about the 1956 uprising on Tuesday, and "
        "Russia's embassy protested over its staging in Budapest. The ministry said the "
        "theatre had broken the law; the opposition condemned the ban."
    )
    assert review_of_work(news) is None


def _doer_states(found, word):
    return [[a.country for a in m.actor] for m in found if word in m.evidence.trigger]


def test_a_dateline_state_named_only_as_a_place_leaves_the_title_the_leads(code):
    # rule mention.dateline_place_only: "in the Belarusian capital" is where the bloc's chief
    # spoke, so the story stays Kyrgyzstan's and its bare "president" is Kyrgyz, not Belarusian
    text = (
        "MINSK – Kyrgyzstan on Tuesday formally notified the Eurasian Economic Union of its "
        "withdrawal from the bloc. The union's secretary-general, speaking to reporters in the "
        "Belarusian capital, said he regretted the decision. The president will travel to "
        "Tokyo next month for talks with Japanese leaders, his office said."
    )
    got = _doer_states(code(text, "2026-03-04"), "travel")
    assert got and all(states == ["KGZ"] for states in got), got


def test_a_dateline_state_named_at_an_airbase_is_a_place_too(code):
    text = (
        "WARSAW – Lithuania on Monday closed two border crossings for a month. "
        "Officials met at a Polish airbase to review the border plan. The foreign minister "
        "will fly to Ottawa next week for talks with Canadian officials."
    )
    got = _doer_states(code(text, "2026-03-04"), "fly")
    assert got and all(states == ["LTU"] for states in got), got
