"""Branch noise17 (issue #12): non-political pages whose national names are no states. A
school contest's national teams and delegations (filter.game_or_contest, with the contest words
olympiad, medals, team leader), a town-twinning page's mayors and councils
(filter.town_twinning), history centuries old in any story (filter.distant_past), medieval
peoples as doers (filter.legendary_history) and a military noun used for a crowd
(filter.figurative_group). Every text is written for these tests; political stories keep their
events."""

from __future__ import annotations

from communique.coding.fiction import game_or_contest
from support import asserted_of, dropped_rules, mention_rows


def twinning_story(text: str):
    from communique.coding.twinning import twinning_story as judged  # noise17's module

    return judged(text)


MATHS_OLYMPIAD = (
    "Romania tops the table at the mathematics olympiad in Bath\n\n"
    "Romania's six pupils took five gold medals and a silver medal at the International "
    "Mathematical Olympiad, which closed in Bath on Sunday, ahead of Japan and Canada.\n\n"
    "Over two mornings more than 600 contestants from 110 countries sat two papers of three "
    "problems each. On the last evening the Canadian delegation appealed against the score given "
    "to one of its pupils for a geometry proof, saying a page of her answer had been lost. The "
    "coordinators refused to change the mark after a second reading. Canada's team leader, a "
    "university lecturer, said her pupils had taken the news calmly.\n\n"
    "The Polish team, whose pupils trained together in Krakow for a fortnight, won three silver "
    "medals. Next year's olympiad will be held in Chile, whose delegation received the flag at "
    "the closing ceremony. Teams from Armenia and Azerbaijan sat the papers in the same hall, "
    "as they do every year."
)

TWIN_TOWNS = (
    "Sixty choir members and councillors from the Polish twin town of Wolsztyn arrived in "
    "Ashby on Friday to mark forty years of twinning. On Saturday both mayors signed a renewed "
    "twinning agreement at the town hall, promising a summer exchange for schools and a joint "
    "cycling day. Ashby's mayor thanked the guests and invited the Wolsztyn council to the "
    "autumn food festival. The twinning association says host families are still needed for the "
    "return visit in June; residents who can offer a bed should call the town hall. The choirs "
    "sang together at the parish church on Sunday evening, and the guests left on Monday "
    "morning with a framed photograph of the market square and a box of local apples."
)


def test_a_school_contests_national_delegations_code_nothing(code, nlp):
    assert game_or_contest(MATHS_OLYMPIAD) is not None
    found = code(MATHS_OLYMPIAD, "2026-07-20")
    assert found == [], mention_rows(found)
    assert "filter.game_or_contest" in dropped_rules(nlp, MATHS_OLYMPIAD, "2026-07-20")


def test_a_state_delegation_at_talks_is_no_contest(code):
    # guard: a state's delegation at talks in a political story keeps its event
    text = (
        "The Iranian delegation walked out of the nuclear talks in Vienna on Tuesday, accusing "
        "the United States of bad faith, the foreign ministry said. Diplomats said the talks "
        "would resume next week."
    )
    assert game_or_contest(text) is None
    assert code(text, "2026-03-04"), "the walkout is a political event"


def test_sports_diplomacy_stays_coded(code):
    # guard: a state's act about a contest, told in a political story, is kept
    text = (
        "Pyongyang announced on Monday that it would boycott the Asian Games to protest against "
        "naval exercises held by Seoul and Washington, North Korea's foreign ministry said."
    )
    assert game_or_contest(text) is None
    assert code(text, "2026-03-04")


def test_a_twin_town_visit_codes_nothing(code, nlp):
    assert twinning_story(TWIN_TOWNS) is not None
    found = code(TWIN_TOWNS, "2026-05-11")
    assert found == [], mention_rows(found)
    assert "filter.town_twinning" in dropped_rules(nlp, TWIN_TOWNS, "2026-05-11")


def test_a_mayors_act_in_a_political_story_is_kept(code):
    # guard: a mayor in a political story (no twinning page) keeps the event
    text = (
        "The mayor of Kharkiv asked the Ukrainian government on Wednesday for more generators "
        "after Russian missile strikes cut power to half the city, officials said."
    )
    assert twinning_story(text) is None
    found = code(text, "2026-01-14")
    assert any(m.event_type in ("REQUEST", "ASSAULT") for m in found), mention_rows(found)


def test_history_two_centuries_old_is_no_event(code, nlp):
    text = (
        "The word 'flotilla' came into English from Spanish, a reader writes. Spain invaded "
        "Portugal in 1580, and English sailors borrowed many Spanish words in the wars that "
        "followed."
    )
    found = [m for m in code(text, "2026-06-27") if m.event_type == "COERCE"]
    assert found == [], mention_rows(found)
    assert "filter.distant_past" in dropped_rules(nlp, text, "2026-06-27")


def test_recent_history_is_not_distant_past(nlp):
    # guard: an invasion of this century is no distant past (other rules may judge it)
    text = (
        "Russia invaded Ukraine in 2022, and the war has since cost tens of thousands of lives, "
        "the United Nations said on Monday in a report to the Security Council."
    )
    assert "filter.distant_past" not in dropped_rules(nlp, text, "2026-06-27")


def test_medieval_peoples_are_legendary_doers(code, nlp):
    text = (
        "Our guide points to the harbour wall. The Normans seized the island from its emirs, "
        "she says, and built the cathedral that still stands above the port."
    )
    found = [m for m in code(text, "2026-06-27") if m.event_type in ("COERCE", "ASSAULT")]
    assert found == [], mention_rows(found)
    assert "filter.legendary_history" in dropped_rules(nlp, text, "2026-06-27")


def test_a_small_army_is_no_force_or_protest(code, nlp):
    texts = [
        "Every spring a tiny army marches through Lyon to clear litter from the river banks.",
        "Each summer a whole army marches across the square in Bergen while tourists applaud.",
    ]
    for text in texts:
        found = code(text, "2026-08-08")
        assert asserted_of(found, "PROTEST") == [], (text, mention_rows(found))
        assert "filter.figurative_group" in dropped_rules(nlp, text, "2026-08-08"), text


def test_an_army_of_protesters_still_protests(code):
    # guard: "an army of protesters" names the protesters, who march in protest
    text = "An army of protesters marched on parliament in Budapest on Friday against the new law."
    assert asserted_of(code(text, "2026-08-08"), "PROTEST")


def test_real_armies_stay_forces(code):
    # guard: a rebel army, or an army counted in men, is a force
    for text in (
        "A rebel army attacked the town of Goma on Sunday, the Congolese government said.",
        "An army of 5,000 men besieged the city of Aleppo on Tuesday, residents said.",
    ):
        found = code(text, "2026-08-08")
        assert any(m.event_type in ("ASSAULT", "COERCE") for m in found), (
            text,
            mention_rows(found),
        )
