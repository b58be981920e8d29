"""General errors bench/stories/pages10 showed, on invented sentences: "the Baltic governments"
as a target (rule mention.region_plural), tariffs "ordered" or "placed" (triggers.tsv), boats
or crowds "blasted / doused with water cannon" (triggers.tsv), and "They condemned X" after an
act of A and B against X (rule resolve.pronoun_not_object)."""

from __future__ import annotations

from support import countries as _countries


def test_the_baltic_governments_are_the_baltic_states_the_story_named(code):
    text = (
        "Estonia, Latvia and Lithuania on Tuesday barred nine Armenian officials from entry. "
        "Armenia's foreign ministry accused the Baltic governments of meddling in its affairs."
    )
    found = [m for m in code(text, "2025-03-05") if m.event_type == "ACCUSE"]
    assert found
    assert all(_countries(m.recipient) == {"EST", "LVA", "LTU"} for m in found)


def test_the_nordic_countries_with_only_two_named_are_those_two(code):
    text = (
        "Norway and Sweden expelled two Iranian diplomats on Monday. "
        "Tehran condemned the Nordic countries."
    )
    found = [m for m in code(text, "2025-03-05") if m.event_type == "ACCUSE"]
    assert found and all(_countries(m.recipient) == {"NOR", "SWE"} for m in found)


def test_the_baltic_states_named_by_none_are_all_three(code):
    found = [
        m
        for m in code("Armenia accused the Baltic states of meddling.", "2025-03-05")
        if m.event_type == "ACCUSE"
    ]
    assert found and all(_countries(m.recipient) == {"EST", "LVA", "LTU"} for m in found)


def test_tariffs_ordered_on_a_country_s_imports_are_a_sanction(code):
    text = "The White House ordered 25 per cent tariffs on all Peruvian imports on Sunday."
    found = [m for m in code(text, "2025-03-05") if m.event_type == "SANCTION"]
    assert found
    assert _countries(found[0].actor) == {"USA"} and _countries(found[0].recipient) == {"PER"}


def test_a_tariff_answered_by_ordering_it_is_a_sanction(code):
    text = "Chile's president answered by ordering a 25 per cent tariff on American goods."
    found = [m for m in code(text, "2025-03-05") if m.event_type == "SANCTION"]
    assert found and _countries(found[0].recipient) == {"USA"}


def test_duties_placed_on_goods_are_a_sanction(code):
    text = "Argentina placed duties of 30 percent on Chinese tyres on Friday."
    found = [m for m in code(text, "2025-03-05") if m.event_type == "SANCTION"]
    assert found and _countries(found[0].recipient) == {"CHN"}


def test_household_electricity_tariffs_ordered_are_no_sanction(code):
    text = "The regulator ordered higher electricity tariffs for households in Chile."
    assert not [m for m in code(text, "2025-03-05") if m.event_type == "SANCTION"]


def test_a_boat_blasted_with_water_cannon_is_attacked(code):
    text = (
        "Two Chinese coast guard ships blasted a Vietnamese fishing boat with water cannon "
        "on Wednesday morning, Hanoi said."
    )
    found = [m for m in code(text, "2025-03-06") if m.event_type == "ASSAULT"]
    assert found
    assert _countries(found[0].actor) == {"CHN"} and _countries(found[0].recipient) == {"VNM"}
    assert found[0].date == "2025-03-05"


def test_protesters_doused_with_water_cannon_are_repressed(code):
    text = "Belarusian riot police doused the protesters with water cannon in Minsk on Tuesday."
    assert [m for m in code(text, "2025-03-06") if m.event_type == "ASSAULT"]


def test_a_minister_blasted_for_a_decision_is_still_criticised(code):
    text = "Peru's foreign minister blasted Chile for the decision."
    events = code(text, "2025-03-06")
    assert [m for m in events if m.event_type == "ACCUSE"]
    assert not [m for m in events if m.event_type == "ASSAULT"]


def test_they_who_condemn_the_target_of_their_recall_leave_it_out(code):
    text = (
        "Chad, Sudan and Libya recalled their envoys from Egypt on Sunday. "
        "They condemned Egypt and accused it of arming rebels."
    )
    found = [m for m in code(text, "2025-04-07") if m.event_type == "ACCUSE"]
    assert found
    assert _countries(found[0].actor) == {"TCD", "SDN", "LBY"}
    assert _countries(found[0].recipient) == {"EGY"}


def test_they_after_a_meeting_still_act_together(code):
    text = "Peru and Chile met on Monday. They praised Bolivia."
    found = [m for m in code(text, "2025-04-07") if m.event_type == "SUPPORT"]
    assert found and _countries(found[0].actor) == {"PER", "CHL"}


def test_it_in_a_second_that_clause_is_the_sayer_not_the_first_clause_s_subject(code):
    text = (
        "Malaysia's navy said in a statement that the Chinese trawler had entered the zone "
        "unlawfully and that it had taken firm control measures to drive it away. "
        "It accused Beijing of stirring trouble."
    )
    found = [m for m in code(text, "2024-12-05") if m.event_type == "ACCUSE"]
    assert found
    assert _countries(found[0].actor) == {"MYS"} and _countries(found[0].recipient) == {"CHN"}


def test_it_after_one_that_clause_is_still_the_sayer(code):
    text = "Peru said that it would expel two Chilean diplomats."
    found = code(text, "2024-12-05")
    assert found and all(_countries(m.actor) == {"PER"} for m in found)
