"""Wording families of unrest news that bench/data/unrest_snippets6.tsv measures: protest forms
(a dharna, heckling, crowds filling or thronging streets, placards and banners held or waved,
lying across a road, paint splashed, stoppages and industrial action), violence told by vivid
verbs (mowed down, clubbed, knifed, maimed, set upon, guns hammering a town), custody idioms
(frogmarched, hauled in for questioning, taken away or swept up by police, kept behind bars,
booked under an act, held at a station or for offences, dragged into vans), build-ups (moved
brigades, posted at checkpoints, airlifted paramilitaries), and a crowd's refusal, halt or closure
told as done in a strike or a dispute (rule recode.crowd_dispute_act); with look-alikes that stay
as they were. Every text is written for these tests."""

from __future__ import annotations

import pytest

from support import by_type, event_types


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Striking nurses staged a dharna outside the health secretariat in Lucknow.", "141"),
        ("Farmers heckled the agriculture minister at a meeting in Ludhiana, India.", "140"),
        ("Thousands of demonstrators thronged the main avenue of Yaounde on Saturday.", "141"),
        ("Demonstrators filled the main square of Ulaanbaatar on Friday evening.", "141"),
        ("Opposition activists paraded through Mombasa with banners.", "141"),
        ("Retired teachers waved placards outside the pensions office in Bucharest.", "141"),
        ("Hospital cleaners held banners outside the regional assembly in Seville.", "141"),
        ("Climate protesters lay down across the road outside the oil company in Oslo.", "144"),
        ("Students splashed paint on the gates of the interior ministry in Santiago.", "145"),
        ("Dock workers in Antwerp began a 24-hour stoppage on Tuesday.", "143"),
        ("Cabin crew at the Irish airline took industrial action over rosters.", "143"),
    ],
)
def test_protest_forms(code, text, cameo):
    assert by_type(code(text), "PROTEST").cameo == cameo


@pytest.mark.parametrize(
    "text",
    [
        "Fans filled the stadium in Madrid for the cup final.",
        "Tourists thronged the streets of Venice on Sunday.",
        "Fans waved flags as the team bus paraded through Buenos Aires.",
        "The referee added five minutes of stoppage time in the match in Milan.",
        "A comedian was heckled by a drunk man at a club in Leeds.",
    ],
)
def test_guard_crowds_of_fans_and_tourists_are_no_protest(code, text):
    assert "PROTEST" not in event_types(code(text))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Gunmen mowed down 11 worshippers outside a church in Kogi state, Nigeria.", "180"),
        ("Prison guards clubbed inmates with batons in the jail in Juba.", "182"),
        ("An assailant knifed a councillor in a market in Bradford.", "182"),
        ("A buried mine maimed two children collecting firewood near Kandahar.", "182"),
        ("Two journalists were set upon by men with sticks in Lusaka.", "182"),
        ("Russian artillery hammered the outskirts of Zaporizhzhia overnight.", "194"),
    ],
)
def test_violence_told_by_vivid_verbs(code, text, cameo):
    assert by_type(code(text), "ASSAULT").cameo == cameo


@pytest.mark.parametrize(
    "text",
    [
        "The neighbours clubbed together to buy a boat in Leeds.",
        "Shares in the bank were hammered after the results in London.",
        "The gardener mowed the lawn outside the embassy in Oslo.",
    ],
)
def test_guard_pooling_money_and_falling_shares_are_no_violence(code, text):
    assert "ASSAULT" not in event_types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Officers frogmarched the editor out of his office in Harare.",
        "Police hauled in six student leaders for questioning in Peshawar.",
        "Plainclothes police took away the organisers from the square in Baku.",
        "The judge ordered the blogger kept behind bars until his trial in Astana.",
        "Five men were booked under the Unlawful Activities Act in Srinagar, police said.",
        "The lawyer was held at a police station in Harare for two nights.",
        "Riot officers dragged the students into vans outside the university in Istanbul.",
        "Riot police swept up more than 300 people at the banned march in Minsk.",
        "Twenty demonstrators were held for public order offences in Belfast.",
    ],
)
def test_custody_idioms_are_detentions(code, text):
    assert by_type(code(text), "COERCE").cameo == "173"


@pytest.mark.parametrize(
    "text",
    [
        "The firm hauled in record profits in Frankfurt last year.",
        "Shopkeepers swept up broken glass after the storm in Galway.",
        "The new law takes away the right of appeal, lawyers in Nairobi said.",
    ],
)
def test_guard_profits_glass_and_rights_are_no_detention(code, text):
    assert "COERCE" not in event_types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Azerbaijan moved several brigades to its border with Armenia, the ministry said.",
        "Soldiers were posted at checkpoints on every road into Kidal ahead of the vote.",
        "Pakistan airlifted two paramilitary companies to Gilgit after the riots.",
        "Tanks took up positions outside the presidential palace in Bangui.",
        "Some 2,000 soldiers were brought in from the north to guard Maputo before the results.",
    ],
)
def test_forces_moved_posted_or_airlifted_are_a_build_up(code, text):
    assert by_type(code(text), "MOBILIZE").cameo == "154"


@pytest.mark.parametrize(
    "text",
    [
        "The minister posted a video of the ceremony in Abuja.",
        "The party took a position against the reform in Berlin.",
        "The government brought in a new law on rents in Dublin.",
    ],
)
def test_guard_a_video_a_stance_or_a_law_is_no_build_up(code, text):
    assert "MOBILIZE" not in event_types(code(text))


@pytest.mark.parametrize(
    "text",
    [
        "Bakers in Sfax, Tunisia, closed their shops in a strike over flour prices.",
        "Lorry drivers in Chile halted deliveries in industrial action over tolls.",
    ],
)
def test_a_crowds_closure_or_halt_in_a_strike_is_the_strike(code, text):
    mentions = code(text)
    top = max(mentions, key=lambda m: m.confidence)
    assert (top.event_type, top.cameo) == ("PROTEST", "143")


def test_guard_a_states_closure_in_protest_keeps_its_code(code):
    mentions = code("Ruritania closed its embassy in Freedonia in protest at the expulsions.")
    assert "PROTEST" not in event_types(mentions)
