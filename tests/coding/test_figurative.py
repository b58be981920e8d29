"""Figurative and descriptive uses of event words in political news make no event: a place that
"is burning", "an assault on democracy", "fired the opening shot" of a campaign, a body "charged
with monitoring" a truce, an agency "that helps" refugees or "mandated to provide" aid, a
government that "weaponised" aid. The real acts next to them stay coded. Every text is written
for these tests."""

from __future__ import annotations

import pytest

from support import countries, dropped_rules
from support import event_types as _types


def test_a_place_that_is_burning_is_burnt_by_no_one(code):
    assert (
        code("The Ghanaian capital is burning as the economy collapses, the opposition said.") == []
    )
    assert code("Cars burned in the streets of the Kenyan capital overnight.") == []
    kept = code("Rioters burned the Ghanaian embassy in the Kenyan capital on Monday.")
    assert _types(kept) == ["PROTEST"]
    kept = code("Kenyan soldiers burned three villages in northern Ghana on Monday.")
    assert _types(kept) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian journalists said the new media law was an assault on democracy.",
        "The Kenyan opposition called the decree an attack on the independence of the judiciary.",
        "Ghana's bar association said the arrests were an assault on the rule of law.",
    ],
)
def test_an_assault_on_a_value_is_no_assault(code, text):
    assert "ASSAULT" not in _types(code(text))


def test_an_assault_on_a_rivals_plan_is_criticism(code):
    (m,) = code("The Kenyan opposition launched a fresh assault on the government's tax plan.")
    assert m.event_type == "ACCUSE"
    (m,) = code("The Ghanaian president attacked the judiciary on Monday.")
    assert (m.event_type, m.cameo) == ("ACCUSE", "111")
    kept = code("Ghanaian soldiers attacked the right flank of the Kenyan army on Monday.")
    assert _types(kept) == ["ASSAULT"]


def test_the_opening_shot_of_a_campaign_is_no_shooting(code):
    assert code("The Ghanaian president fired the opening shot in the election campaign.") == []
    (m,) = code("Kenyan troops fired shots at Ghanaian fishermen on Monday.")
    assert m.event_type == "ASSAULT"
    kept = code("Gunmen fired shots at a Kenyan rally during the election campaign on Monday.")
    assert "ASSAULT" in _types(kept)


def test_blows_traded_in_a_debate_are_words(code):
    text = "The Kenyan and Ghanaian foreign ministers traded blows in a television debate."
    assert "ASSAULT" not in _types(code(text))
    kept = code("Police and protesters traded blows outside the Kenyan parliament on Monday.")
    assert "ASSAULT" in _types(kept)


def test_a_body_charged_with_a_task_is_charged_with_no_crime(code, nlp):
    text = "The commission charged with monitoring the ceasefire in Kenya met in Nairobi."
    assert "ACCUSE" not in _types(code(text))  # its meeting may stay, no charge
    assert "filter.sense" in dropped_rules(nlp, text)
    (m,) = code("Ghanaian police charged three opposition activists with inciting violence.")
    assert (m.event_type, countries(m.recipient)) == ("ACCUSE", {"GHA"})


def test_a_task_given_is_no_act_done(code, nlp):
    text = "The UN agency mandated to provide aid to Palestinians is short of funds."
    assert code(text) == []
    assert "filter.role" in dropped_rules(nlp, text)
    text = "A Kenyan team tasked with delivering aid to Ghana was set up on Monday."
    assert "AID" not in _types(code(text))
    assert _types(code("The UN agency provided aid to refugees in Ghana on Monday.")) == ["AID"]


def test_what_a_body_does_as_its_role_is_no_act(code, nlp):
    text = "The agency that helps refugees in Ghana has run out of money."
    assert code(text) == []
    assert "filter.description" in dropped_rules(nlp, text)
    # a past act in a relative clause, and a present one with its own day, stay
    kept = code(
        "Kenya, which recalled its ambassador from Ghana on Monday, said talks would go on."
    )
    assert "SANCTION" in _types(kept)
    kept = code("The Kenyan president, who visits Ghana on Friday, will sign a trade deal.")
    assert "CONSULT" in _types(kept)


def test_who_torpedoes_the_talks_holds_none(code):
    text = "Ghanaian hardliners torpedoed the peace talks with Kenya on Monday."
    assert "CONSULT" not in _types(code(text))
    assert "CONSULT" in _types(code("Ghana held peace talks with Kenya on Monday."))


def test_a_government_that_weaponises_aid_gives_none(code):
    text = "The Kenyan government has weaponised food aid in the north, the opposition said."
    assert "AID" not in _types(code(text))
    (m,) = code("The Kenyan government delivered food aid to Ghana on Monday.")
    assert (m.event_type, countries(m.actor)) == ("AID", {"KEN"})


def test_a_retort_is_fired_in_words(code):
    (m,) = code("The Ghanaian foreign minister fired back at Kenya over the remarks.")
    assert (m.event_type, m.cameo, countries(m.recipient)) == ("ACCUSE", "111", {"KEN"})
    (m,) = code("Kenyan troops fired back at Ghanaian soldiers on Monday.")
    assert m.event_type == "ASSAULT"


def test_questions_bombard_and_debates_are_hijacked_without_force(code):
    assert code("The Ghanaian opposition bombarded the minister with questions.") == []
    assert code("Ghana's opposition hijacked the debate on the budget.") == []
    assert _types(code("Kenyan artillery bombarded Ghanaian positions on Monday.")) == ["ASSAULT"]
    kept = code("Gunmen hijacked a Kenyan campaign bus near the Ghanaian border on Monday.")
    assert _types(kept) == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "China is fighting its own trade war with the United States.",
        "Japan is waging a currency war against South Korea.",
        "Brazil and Argentina battled over tariffs on steel for a decade.",
    ],
)
def test_a_trade_or_currency_war_is_no_fighting(code, text):
    assert "ASSAULT" not in [m.event_type for m in code(text)]


def test_rebels_fighting_over_a_trade_still_fight(code):
    text = "Colombian rebels are fighting over the cocaine trade near the Venezuelan border."
    assert "ASSAULT" in [m.event_type for m in code(text)]


def test_a_starting_gun_hurts_no_one(code):
    text = "The Ghanaian sports minister fired the starting gun for the Accra marathon on Sunday."
    assert "ASSAULT" not in _types(code(text))
    kept = code("Kenyan police fired guns at protesters in Nairobi on Monday.")
    assert "ASSAULT" in _types(kept)


def test_a_lightning_strike_is_no_strike(code):
    text = (
        "Lightning strikes and falling trees are the main danger in Ghana on Sunday, a Ghanaian "
        "forecaster said."
    )
    assert "PROTEST" not in _types(code(text))
    kept = code("Ghanaian nurses went on strike in Accra on Monday over unpaid wages.")
    assert "PROTEST" in _types(kept)


def test_a_studio_banning_cheaters_bans_no_one_political(code):
    text = "The Kenyan government's game studio banned 3,000 cheaters on Monday."
    assert "COERCE" not in _types(code(text))
    kept = code("The Kenyan government banned the opposition party on Monday.")
    assert "COERCE" in _types(kept)


def test_fighting_for_a_law_or_a_cause_is_campaigning_not_force(code):
    for text in (
        "The senator said she would keep fighting for stricter asylum laws.",
        "Exiled activists have battled for years for the cause of Tibetan democracy.",
    ):
        assert not [m for m in code(text) if m.cameo and m.cameo.startswith("19")], text
    assert [
        m for m in code("Rebels fought government troops near Goma.") if m.event_type == "ASSAULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Cyclone Mira hit southern Mozambique on Friday, killing nine people.",
        "A powerful earthquake destroyed dozens of buildings in western Peru on Monday.",
        "Bushfires razed scores of homes across Chile's central valley, officials said.",
        "Eleven Guatemalans were killed by mudslides after days of rain, the government said.",
        "Six fishermen died during the storm off Senegal, the Senegalese navy said.",
    ],
)
def test_a_natural_hazard_is_no_ones_act(nlp, code, text):
    assert [m for m in code(text) if m.event_type in ("ASSAULT", "FIGHT", "PROTEST")] == []


def test_a_hazard_is_named_as_the_reason_for_the_drop(nlp):
    assert "filter.natural_force" in dropped_rules(
        nlp, "Four Cuban farmers were killed in the hurricane on Tuesday, officials said."
    )


def test_a_flood_of_people_and_real_violence_beside_a_storm_stay_events(code):
    kept = code("Gunmen killed four aid workers in northern Mali during the storm on Sunday.")
    assert _types(kept) == ["ASSAULT"]
    kept = code("Militants shelled a camp sheltering flood victims in Somalia on Monday.")
    assert "ASSAULT" in _types(kept) or "FIGHT" in _types(kept)


def test_taking_up_a_post_and_laws_that_apply_are_no_events(code):
    text = "The envoy said her requests had gone unanswered since she took up the post in 2021."
    assert "MOBILIZE" not in _types(code(text))
    assert _types(code("Troops took up posts along the border with Lebanon on Monday.")) == [
        "MOBILIZE"
    ]
    text = (
        '"Malaysia\'s laws apply equally to everyone, citizens and foreigners," the ministry said.'
    )
    assert "REQUEST" not in _types(code(text))
    text = "Thailand's new visa rules apply to all foreign workers, the labour ministry said."
    assert "REQUEST" not in _types(code(text))
    assert "REQUEST" in _types(code("Syrian refugees applied for asylum in Germany."))


def test_sellers_bombarding_tourists_with_offers_threaten_no_one(code):
    text = "Street sellers in Cairo will bombard tourists with offers of papyrus."
    assert _types(code(text)) == []
    assert _types(code("The army will bombard the rebel positions with artillery.")) != []


@pytest.mark.parametrize(
    "text",
    [
        "Japanese knotweed has invaded gardens along the river in Wales.",
        "Chinese mitten crabs have invaded rivers across Germany.",
    ],
)
def test_an_invasive_species_invades_no_country(code, text):
    assert "COERCE" not in _types(code(text))


def test_troops_invading_a_province_still_invade(code):
    assert "COERCE" in _types(code("Russian troops invaded the Ukrainian province of Kharkiv."))
    assert "COERCE" in _types(code("Russian forces invaded the nuclear plant at Zaporizhzhia."))


@pytest.mark.parametrize(
    "text",
    [
        "The Polish team laid siege to the north face of Everest for a month.",
        "Russian climbers laid siege to the west ridge of K2 for six weeks.",
    ],
)
def test_climbers_laying_siege_to_a_mountain_besiege_no_one(code, text):
    assert "COERCE" not in _types(code(text))


def test_troops_laying_siege_to_a_city_still_besiege_it(code):
    assert "COERCE" in _types(code("Chinese troops laid siege to the city of Lhasa."))


@pytest.mark.parametrize(
    "text",
    [
        '"We are proud to welcome Korean passengers to Helsinki," Finnair\'s chief executive '
        "Anna Virtanen said.",
        "The Austrian hotel group said it would welcome guests from China at its new resort in "
        "Tyrol.",
        "Spain's tourism minister welcomed the first British tourists of the season at Malaga "
        "airport.",
    ],
)
def test_welcoming_passengers_guests_or_tourists_hosts_no_visit(code, text):
    assert _types(code(text)) == []


def test_welcoming_a_delegation_still_hosts_a_visit(code):
    assert _types(code("Turkey welcomed the Greek delegation to Ankara.")) == ["CONSULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian poodle stormed through the agility demonstration at the show in Sao Paulo.",
        "A Chilean pilot gave an aerobatic demonstration over the bay in Valparaiso.",
    ],
)
def test_an_agility_or_aerobatic_demonstration_is_no_protest(code, text):
    assert "PROTEST" not in _types(code(text))


def test_students_demonstrating_outside_parliament_still_protest(code):
    text = "Students held a demonstration outside the parliament in Santiago."
    assert _types(code(text)) == ["PROTEST"]
