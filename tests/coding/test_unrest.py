"""How the coder reads protest, violence and coercion as news reports them: crowds counted but
not named, purposes and placards that make a gathering a protest, bombs that go off with no one
named, and the verbs of arrest and killing. Every text is written for these tests (unlike the
sentences of bench/data/unrest_snippets.tsv, which measures the same kinds of report)."""

from __future__ import annotations

import pytest

from support import countries


def _of_type(mentions, plover: str):
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} among {[(m.event_type, m.explanation) for m in mentions]}"
    return found[0]


def _types(mentions) -> set[str]:
    return {m.event_type for m in mentions}


# -- protest by a crowd that is counted, not named ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Tens of thousands marched through Montevideo on Sunday against the new water tariffs.",
         "URY"),
        ("Thousands took to the streets of La Paz after the fuel subsidy was scrapped.", "BOL"),
        ("Hundreds staged a sit-in in front of the provincial assembly in Mendoza.", "ARG"),
    ],
)  # fmt: skip
def test_a_crowd_counted_but_not_named_protests_unattributed_where_it_marched(code, text, iso):
    m = _of_type(code(text), "PROTEST")
    assert m.unattributed and m.actor == []
    assert "[actor.unattributed_crowd]" in m.explanation
    assert countries(m.recipient) == {iso}


def test_a_counted_crowd_is_not_doubled_beside_named_protesters_or_another_crowd(code):
    ms = code(
        "Thousands marched through Montevideo on Sunday while Uruguayan students rallied "
        "outside the parliament."
    )
    protests = [m for m in ms if m.event_type == "PROTEST"]
    assert [m.unattributed for m in protests] == [False]
    ms = code("Thousands marched through Montevideo on Sunday, and hundreds rallied outside.")
    assert [m.unattributed for m in ms if m.event_type == "PROTEST"] == [True]


def test_a_counted_crowd_protest_is_less_confident_than_named_protesters(code):
    crowd = _of_type(code("Thousands marched through Montevideo on Sunday."), "PROTEST")
    named = _of_type(code("Uruguayan teachers marched through Montevideo on Sunday."), "PROTEST")
    assert crowd.unattributed and not named.unattributed
    assert crowd.confidence < named.confidence


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of fans held a rally in Seville to cheer the cup winners.",  # fans named
        "Thousands gathered in Valparaiso to watch the New Year fireworks.",
        "Thousands of shoppers gathered at the new mall in Doha on its opening day.",
    ],
)
def test_a_crowd_that_is_not_protesting_is_no_protest(code, text):
    assert "PROTEST" not in _types(code(text)), [m.explanation for m in code(text)]


def test_a_gathering_to_demand_something_is_a_protest(code):
    m = _of_type(
        code("Hundreds gathered outside the electoral commission in Harare to demand a recount."),
        "PROTEST",
    )
    assert countries(m.recipient) == {"ZWE"}
    m = _of_type(
        code("Residents of Osh gathered outside the mayor's office, chanting against the levy."),
        "PROTEST",
    )
    assert "gathered" in m.evidence.trigger


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Climate activists glued themselves to a motorway bridge near Munich.", "144"),
        ("A crowd surrounded the police station in Kumasi after the arrest of a trader.", "144"),
        ("Copper miners in Oruro walked off the job over unpaid bonuses.", "143"),
    ],
)  # fmt: skip
def test_ways_of_protesting_news_reports(code, text, cameo):
    m = _of_type(code(text), "PROTEST")
    assert m.cameo.startswith(cameo)


# -- violence with no doer named ----------------------------------------------------------------


def test_a_bomb_that_goes_off_is_a_bombing_placed_where_it_went_off(code):
    m = _of_type(code("A bomb went off outside a courthouse in Mogadishu on Thursday."), "ASSAULT")
    assert m.unattributed and m.actor == [] and m.cameo.startswith("183")
    assert "[actor.unattributed_thing]" in m.explanation
    assert countries(m.recipient) == {"SOM"}
    m = _of_type(code("A parcel bomb exploded at a post office in Medellin."), "ASSAULT")
    assert m.unattributed and countries(m.recipient) == {"COL"}


@pytest.mark.parametrize(
    "text",
    [
        "The fire alarm went off during the council meeting in Oslo.",
        "The new device goes on sale in Berlin next week.",
        "The copper mine went bankrupt in Chile last year.",
    ],
)
def test_things_going_off_or_on_sale_are_no_bombing(code, text):
    assert "ASSAULT" not in _types(code(text))


def test_an_explosive_device_going_off_is_a_bombing(code):
    m = _of_type(
        code("An explosive device went off near a police checkpoint in Quetta."), "ASSAULT"
    )
    assert m.unattributed and countries(m.recipient) == {"PAK"}


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        # ("a grenade was hurled" is the converted pattern hurl+&weapon, a bombing: the grenade
        # is part of that trigger, so no subject is left to judge)
        ("A hand grenade tossed into a crowded cafe in Mombasa wounded eleven people.",
         "grenade"),
        ("Mortar rounds hit a school in Aleppo, killing six Syrian children.", "rounds"),
        ("The strike on the fuel depot killed four Yemeni workers, medics in Hodeidah said.",
         "strike"),
    ],
)  # fmt: skip
def test_weapons_and_strikes_are_things_not_doers(code, text, thing):
    m = _of_type(code(text), "ASSAULT")
    assert m.unattributed and m.actor == []
    assert f"'{thing}'" in m.explanation and "[actor.unattributed_thing]" in m.explanation


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("A Kenyan judge was stabbed to death outside her home in Kisumu.", "1823"),
        ("Two farmers were hacked to death in Plateau state, Nigerian police said.", "1823"),
        ("A Peruvian trade unionist was beaten to death in Arequipa.", "1823"),
        ("A mob lynched a cattle trader in a village in Assam.", "1823"),
        ("An Argentine fan was stabbed outside the stadium in Rosario.", "182"),
    ],
)  # fmt: skip
def test_verbs_of_killing_and_wounding(code, text, cameo):
    assert _of_type(code(text), "ASSAULT").cameo == cameo


# -- arrests ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A Cuban dissident was placed under house arrest in Havana.",
        "The Azerbaijani editor was put behind bars on Friday.",
        "Police in Dhaka held three Bangladeshi students for questioning.",
        "Soldiers handcuffed the Malian village chief and drove him away.",
    ],
)
def test_ways_news_reports_an_arrest(code, text):
    m = _of_type(code(text), "COERCE")
    assert m.cameo == "173"


def test_placing_and_holding_without_custody_is_no_arrest(code):
    ms = code("The Chilean ministry placed an order for new trains and held a meeting in Santiago.")
    assert "COERCE" not in _types(ms)


def test_charged_with_a_crime_is_a_legal_accusation_at_home(code):
    # PLOVER manual: ACCUSE 'allege' covers "sue, indict, or charge; bring to trial"
    m = _of_type(
        code("Prosecutors in Manila charged the former Philippine mayor with murder."), "ACCUSE"
    )
    assert m.cameo == "1121" and countries(m.recipient) == {"PHL"}
    ms = code("The Kenyan opposition charged the government with incompetence.")
    assert "COERCE" not in _types(ms) and "ACCUSE" in _types(ms)


# -- who acts: people named by what they do, and who it is done by -----------------------------


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Lorry drivers in Chile blocked the highway to Valparaiso with their trucks.", "LAB"),
        ("Relatives of missing sailors marched to the navy headquarters in Buenos Aires.", "CVL"),
        ("Street vendors in Lima blocked the avenue in protest at the new licence fees.", "BUS"),
    ],
)  # fmt: skip
def test_people_named_by_what_they_do_are_the_protesters(code, text, sector):
    m = _of_type(code(text), "PROTEST")
    assert [a.sector for a in m.actor] == [sector] and not m.unattributed


def test_attackers_no_state_is_named_for_are_armed_doers(code):
    m = _of_type(code("Unknown attackers shot dead a village chief in Borno state."), "ASSAULT")
    assert [a.sector for a in m.actor] == ["UAF"]


def test_a_protest_verb_the_parser_hangs_on_a_noun_is_the_main_verb(code):
    # the small model reads "protested" as a participle of "migrants" in a sentence with no verb
    m = _of_type(code("Hundreds of migrants protested at the border fence near Ceuta."), "PROTEST")
    assert [a.sector for a in m.actor] == ["REF"]
    assert "[actor.misparsed_subject]" in m.explanation


# -- the same act done by a crowd or by the state -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Soldiers occupied the state broadcaster's building in Bamako.", "COERCE", "192"),
        ("Police blocked the road to the airport in Kampala.", "COERCE", "191"),
        ("Angry students occupied the rector's office at the university in Bogota.", "PROTEST",
         "144"),
        ("Striking dockers occupied the container terminal in Genoa.", "PROTEST", "144"),
        ("Protesters blocked the main road into Quito.", "PROTEST", "144"),
    ],
)  # fmt: skip
def test_blocking_or_occupying_is_coercion_by_the_state_and_protest_by_a_crowd(
    code, text, plover, cameo
):
    m = _of_type(code(text), plover)
    assert m.cameo == cameo


def test_a_police_raid_is_a_search_and_seizure_and_a_military_raid_an_attack(code):
    m = _of_type(code("Police raided the offices of an opposition weekly in Caracas."), "COERCE")
    assert m.cameo == "1711" and "[recode.police_raid]" in m.explanation
    assert _of_type(code("Israeli troops raided the town of Jenin."), "ASSAULT").cameo == "190"


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Riot police charged the crowd with batons outside the parliament in Yerevan.",
         "ASSAULT", "175"),
        ("Kidnappers seized two Italian engineers from their car near Port Harcourt.",
         "ASSAULT", "181"),
        ("Customs officers in Guayaquil seized 300 kilos of cocaine from a container.",
         "COERCE", "171"),
    ],
)  # fmt: skip
def test_charging_a_crowd_and_seizing_people(code, text, plover, cameo):
    assert _of_type(code(text), plover).cameo == cameo


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Rioters set fire to cars and a bank in the suburbs of Marseille.", "PROTEST", "145"),
        ("Settlers set fire to olive groves near Nablus.", "ASSAULT", "1712"),  # not a riot
        ("Residents burned tyres on the main road into Kisumu.", "PROTEST", "145"),
        ("Protesters pelted the governor's convoy with stones in Kano.", "PROTEST", "145"),
        ("Inmates at the prison in Bogota refused food for a week.", "PROTEST", "142"),
        ("The Togolese opposition boycotted the presidential election.", "PROTEST", "143"),
        ("Street vendors in Lima blocked the avenue in protest at the new licence fees.",
         "PROTEST", "144"),
        ("Belarusian police blocked the march in Minsk.", "COERCE", "1721"),
        ("Congolese troops sealed off the town of Beni.", "COERCE", "191"),
    ],
)  # fmt: skip
def test_riots_hunger_strikes_boycotts_and_cordons(code, text, plover, cameo):
    assert _of_type(code(text), plover).cameo == cameo


def test_people_a_siege_befalls_are_not_a_crowd_blockading(code):
    ms = code("Hundreds of Syrian civilians have died in the siege of Homs, the UN said.")
    assert "PROTEST" not in _types(ms), [m.explanation for m in ms]


# -- force against crowds, and the people it is used on -----------------------------------------


@pytest.mark.parametrize(
    ("text", "cameo", "sector"),
    [
        ("Kenyan police opened fire to disperse opposition supporters in Kisumu.", "193", "OPP"),
        ("Guinean police used tear gas to scatter protesters in Conakry.", "175", "OPP"),
        ("Riot police fired rubber bullets at striking miners in Potosi.", "175", "LAB"),
    ],
)  # fmt: skip
def test_force_used_to_disperse_a_crowd_is_aimed_at_the_crowd(code, text, cameo, sector):
    m = _of_type(code(text), "ASSAULT")
    assert m.cameo == cameo
    assert sector in {a.sector for a in m.recipient}, m.explanation


def test_gunmen_opening_fire_is_shooting(code):
    m = _of_type(code("Gunmen opened fire on a minibus near Kandahar."), "ASSAULT")
    assert m.cameo == "193" and [a.sector for a in m.actor] == ["REB"]


@pytest.mark.parametrize(
    "text",
    [
        "Three men were taken into custody after the stabbing in Adelaide.",
        "Two teenagers have been detained in Lahore, Pakistani police said.",
        "A man was stabbed to death in Glasgow on Saturday.",
    ],
)
def test_men_and_suspects_are_the_people_it_was_done_to(code, text):
    ms = [m for m in code(text) if m.event_type in ("ASSAULT", "COERCE")]
    assert ms and [a.sector for a in ms[0].recipient] == ["CVL"]
    # an arrest with no doer named is the police's (actor.arresting_police); a stabbing no one's
    arrest = ms[0].event_type == "COERCE"
    assert [a.sector for a in ms[0].actor] == (["COP"] if arrest else [])
    assert ms[0].unattributed is not arrest


def test_a_counted_crowd_protesting_against_something_demonstrates(code):
    # "protested against" alone is a complaint (ACCUSE); a crowd doing it demonstrates
    m = _of_type(code("Thousands protested in Tel Aviv against the new budget."), "PROTEST")
    assert m.unattributed and m.cameo == "141"
    assert _of_type(code("The Chinese embassy protested against the remarks."), "ACCUSE")


@pytest.mark.parametrize(
    ("text", "plover", "cameo"),
    [
        ("Protesters set up roadblocks across Port-au-Prince.", "PROTEST", "144"),
        ("Congolese soldiers set up roadblocks around Goma.", "COERCE", "191"),
    ],
)
def test_roadblocks_by_a_crowd_or_by_soldiers(code, text, plover, cameo):
    assert _of_type(code(text), plover).cameo == cameo


# -- everyday people: protesters, strikers and victims, never general actors --------------------


@pytest.mark.parametrize(
    ("text", "sector", "iso"),
    [
        ("Chilean fishermen protested outside the port of Arica on Monday.", "AGR", "CHL"),
        ("Hundreds of dockworkers marched through Mombasa on Friday.", "LAB", "KEN"),
        ("Physicians in Seoul marched to the presidential office on Sunday.", "HLH", "KOR"),
        ("Truckers blocked the highways around Santiago, Chile, on Tuesday.", "LAB", "CHL"),
    ],
)
def test_everyday_people_protest_as_people_of_the_place_named(code, text, sector, iso):
    m = _of_type(code(text), "PROTEST")
    assert [(a.country, a.sector) for a in m.actor] == [(iso, sector)], m.explanation
    assert "[resolve.everyday_people]" in m.explanation


@pytest.mark.parametrize(
    ("text", "plover", "iso"),
    [
        ("Police in Bolivia arrested twenty truckers near the border.", "COERCE", "BOL"),
        ("Soldiers fired on striking dockworkers in Mombasa, wounding four.", "ASSAULT", "KEN"),
        ("A fisherman was detained by Peruvian coast guards off Tumbes.", "COERCE", "PER"),
    ],
)
def test_everyday_people_are_those_arrested_or_attacked(code, text, plover, iso):
    m = _of_type(code(text), plover)
    assert [a.country for a in m.recipient] == [iso], m.explanation
    assert "[resolve.everyday_people]" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen in Valparaiso praised the new harbour master.",
        "The chef attacked the dish with a blowtorch at a restaurant in Lyon.",
        "Dockworkers in Mombasa welcomed the new port director.",
        "Thousands of fans marched to the stadium in Madrid before the final.",
    ],
)
def test_everyday_people_are_no_doers_of_other_acts(code, text):
    ms = code(text)
    assert all("everyday_people" not in m.explanation for m in ms), [m.explanation for m in ms]
    assert all("crowd_named" not in m.explanation for m in ms), [m.explanation for m in ms]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of rickshaw pullers marched through Dhaka on Sunday against the new fares.",
        "Hundreds of rickshaw pullers went on strike in Dhaka on Sunday.",
    ],
)
def test_a_counted_crowd_of_people_no_list_names_protests_as_civilians(code, text):
    m = _of_type(code(text), "PROTEST")
    assert [(a.country, a.sector) for a in m.actor] == [("BGD", "CVL")], m.explanation
    assert "[resolve.crowd_named]" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Hikers marched up the hill above Cardiff, Wales, on Sunday.",
        "Tourists rallied to the beach in Phuket, Thailand, after the storm.",
        "Thousands of runners took to the streets of Tokyo for the marathon.",
        "Hundreds of volunteers marched through Manila to clean up the beach.",
        "Shepherds in Wales marched their flocks over the hills to the summer pastures.",
        "Pilots in the air race over Budapest, Hungary, struck a pylon on the second lap.",
    ],
)
def test_walkers_tourists_and_runners_on_the_move_are_no_protest(code, text):
    assert "PROTEST" not in _types(code(text)), [m.explanation for m in code(text)]


def test_tourists_are_those_attacked_but_never_protesters(code):
    m = _of_type(code("Gunmen kidnapped six tourists in northern Mali."), "ASSAULT")
    assert [a.country for a in m.recipient] == ["MLI"], m.explanation


@pytest.mark.parametrize(
    ("text", "cameo", "code_"),
    [
        ("Dockworkers in Chile went on strike on Monday.", "143", "CHLLAB"),
        ("Teachers in Kenya launched a strike over unpaid allowances.", "143", "KENEDU"),
        ("Junior doctors in Nepal launched a hunger strike on Monday.", "142", "NPLHLH"),
        ("Pilots at the national airline of Kenya went on strike on Saturday.", "143", "KENLAB"),
        ("Hospital staff in Madrid walked out over pay on Thursday.", "143", "ESPLAB"),
    ],
)
def test_strikes_by_everyday_people_are_protests(code, text, cameo, code_):
    m = _of_type(code(text), "PROTEST")
    assert m.cameo == cameo and [a.code for a in m.actor] == [code_], m.explanation


def test_an_air_force_launching_a_strike_still_attacks(code):
    m = _of_type(code("The Israeli air force launched a strike on a depot in Syria."), "ASSAULT")
    assert m.cameo == "195"


def test_health_workers_in_the_street_are_people_of_the_place_they_march_in(code):
    ms = code(
        "Brazil's president met Argentina's president in Brasilia on Monday. Brazil and "
        "Argentina signed a trade deal. Nurses marched in Santiago, Chile, the same day."
    )
    m = _of_type(ms, "PROTEST")
    assert [a.code for a in m.actor] == ["CHLHLH"], m.explanation
    assert "the sentence places it in" in m.explanation


def test_people_gathered_by_a_collective_noun_or_named_again_keep_their_country(code):
    ms = code(
        "Tanzanian police detained a group of Malawian fishermen on the lake on Monday. "
        "Tanzanian officials said the fishermen had been arrested for fishing without licences."
    )
    arrests = [m for m in ms if m.event_type == "COERCE"]
    assert [[a.code for a in m.recipient] for m in arrests] == [["MWIAGR"], ["MWIAGR"]], [
        m.explanation for m in arrests
    ]
    assert "the same people named earlier" in arrests[1].explanation


@pytest.mark.parametrize(
    ("text", "code_"),
    [
        ("Fishermen in Senegal blockaded the port of Dakar on Monday.", "SENAGR"),
        ("Truckers occupied the toll plaza outside Lima, Peru, on Friday.", "PERLAB"),
    ],
)
def test_everyday_people_blockading_or_occupying_protest(code, text, code_):
    m = _of_type(code(text), "PROTEST")
    assert m.cameo == "144" and [a.code for a in m.actor] == [code_], m.explanation
    assert "[recode.crowd_obstruction]" in m.explanation


def test_blocking_an_avenue_or_a_junction_is_a_crowds_obstruction(code):
    m = _of_type(
        code("Bus drivers blocked the main junction of Quito, Ecuador, on Monday."), "PROTEST"
    )
    assert m.cameo == "144" and [a.code for a in m.actor] == ["ECULAB"], m.explanation


def test_everyday_people_protesting_against_something_demonstrate(code):
    m = _of_type(code("Truckers in Peru protested against the new toll charges."), "PROTEST")
    assert m.cameo == "141" and [a.code for a in m.actor] == ["PERLAB"], m.explanation
    assert "[recode.crowd_protest]" in m.explanation


def test_everyday_people_complaining_that_something_is_unfair_are_no_event(code):
    ms = code("Fishermen in Ghana protested that the new quotas were unfair.")
    assert all("everyday_people" not in m.explanation for m in ms), [m.explanation for m in ms]


# -- force the police use on a crowd that the sentence names only as a protest -----------------


@pytest.mark.parametrize(
    ("text", "iso", "crowd"),
    [
        ("Riot police fired tear gas as hundreds of nurses marched on the health ministry in "
         "Asuncion.", "PRY", "nurses"),
        ("Officers used water cannon during an opposition rally in Skopje on Sunday.", "MKD",
         "opposition"),
        ("Riot officers firing pepper spray at a sit-in outside the parliament in Nairobi.", "KEN",
         "sit-in"),
        ("Police fired tear gas as thousands marched through Quito on Saturday.", "ECU",
         "thousands"),
    ],
)  # fmt: skip
def test_force_used_with_no_target_named_is_aimed_at_the_protest_crowd(code, text, iso, crowd):
    m = _of_type(code(text), "ASSAULT")
    assert m.cameo == "175"
    assert "[recipient.protest_crowd]" in m.explanation
    assert [r.text for r in m.recipient] == [crowd]
    assert countries(m.recipient) == {iso}
    assert all(r.sector not in ("GOV", "COP", "MIL") for r in m.recipient)


def test_force_after_a_protest_told_the_sentence_before_is_aimed_at_its_crowd(code):
    ms = code(
        "Thousands of teachers marched in Montevideo against the pension reform. "
        "Police used tear gas to break up the march."
    )
    m = _of_type(ms, "ASSAULT")
    assert "[recipient.protest_crowd]" in m.explanation
    assert [r.text for r in m.recipient] == ["teachers"] and countries(m.recipient) == {"URY"}


def test_force_with_no_protest_near_keeps_its_place_and_a_named_target_stays(code):
    m = _of_type(code("Police fired tear gas in the Freedonian capital on Monday."), "ASSAULT")
    assert "[recipient.protest_crowd]" not in m.explanation
    m = _of_type(
        code("Police fired tear gas at the Chilean embassy as hundreds marched in Lima."), "ASSAULT"
    )
    assert "[recipient.protest_crowd]" not in m.explanation
    assert countries(m.recipient) == {"CHL"}


def test_tear_gas_at_demonstrators_in_a_headline_is_aimed_at_them(code):
    # the small model reads "Police fire tear gas" as one noun phrase: "at" names the target
    m = _of_type(code("Police fire tear gas at demonstrators in Lima on Friday."), "ASSAULT")
    assert m.cameo == "175"
    assert [r.text for r in m.recipient] == ["demonstrators"]
    assert "[recipient.noun_prep]" in m.explanation


# -- clashes between a crowd and the police: the crowd's riot and the forces' repression --------


def _sides(m) -> tuple[set, set]:
    return {a.sector for a in m.actor}, {a.sector for a in m.recipient}


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Protesters clashed with police outside the electoral commission in Kampala.", "UGA"),
        ("Police clash with supporters of a detained opposition mayor in Dakar.", "SEN"),
        ("Police and demonstrators clashed in central Yerevan on Monday.", "ARM"),
        ("Striking dock workers clashed with riot police at the port of Valparaiso.", "CHL"),
    ],
)
def test_a_clash_of_a_crowd_with_police_is_its_riot_and_their_repression(code, text, iso):
    ms = code(text)
    riot = next(m for m in ms if m.cameo == "145")
    repression = _of_type(ms, "ASSAULT")
    assert repression.cameo == "175"
    assert "[recode.crowd_clash]" in riot.explanation
    assert "[recode.crowd_clash]" in repression.explanation
    crowd, police = _sides(riot)
    assert police <= {"COP", "MIL"} and not crowd & {"COP", "MIL"}
    assert _sides(repression) == (police, crowd)
    assert countries(riot.actor) == countries(riot.recipient) == {iso}
    assert max(ms, key=lambda m: m.confidence) is riot


def test_soldiers_clashing_with_rebels_or_across_a_border_stay_a_fight(code):
    m = _of_type(code("Rebels clashed with soldiers in northern Mali on Tuesday."), "ASSAULT")
    assert m.cameo == "190" and "[recode.crowd_clash]" not in m.explanation
    ms = code("Palestinian youths clashed with Israeli troops near Nablus.")
    assert all("[recode.crowd_clash]" not in m.explanation for m in ms)


def test_a_clash_beside_force_the_sentence_names_is_no_second_repression(code):
    ms = code("Police fired tear gas on Friday during clashes with students in Dhaka.")
    assaults = [m for m in ms if m.event_type == "ASSAULT"]
    assert len(assaults) == 1 and assaults[0].evidence.trigger.startswith("fired")
    assert "[recipient.protest_crowd]" in assaults[0].explanation
    assert countries(assaults[0].recipient) == {"BGD"}


def test_supporters_of_someone_are_people_of_his_country_not_him(code):
    ms = code("Supporters of the former president clashed with riot police in Cochabamba.")
    riot = _of_type(ms, "PROTEST")
    assert [a.text for a in riot.actor] == ["Supporters"]
    assert {a.sector for a in riot.actor} == {"CVL"} and countries(riot.actor) == {"BOL"}
    assert "[resolve.supporters]" in riot.explanation
    assert {a.sector for a in riot.recipient} == {"COP"}
    m = _of_type(code("Followers of the Kenyan opposition leader marched in Kisumu."), "PROTEST")
    assert {a.sector for a in m.actor} == {"OPP"} and countries(m.actor) == {"KEN"}


def test_villagers_clashing_with_soldiers_fight_the_state_not_their_own_means(code):
    ms = code("Villagers clashed with soldiers near a gold mine in northern Ghana.")
    riot = _of_type(ms, "PROTEST")
    assert {a.sector for a in riot.recipient} == {"MIL"}


# -- indigenous peoples named with a country's word are not that country ------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Indigenous Indian groups marched in Manaus to demand the return of their land.", "BRA"),
        ("Hundreds of indigenous Indians blocked a highway near Cusco on Tuesday.", "PER"),
        ("American Indian tribes protested the new dam in Oklahoma City.", "USA"),
        ("Native American activists rallied outside the courthouse in Denver.", "USA"),
        ("First Nations chiefs blockaded a logging road in northern Canada.", "CAN"),
        ("Aboriginal elders marched through Canberra to demand a treaty.", "AUS"),
    ],
)
def test_indigenous_peoples_are_civilians_of_where_they_are_not_india(code, text, iso):
    m = _of_type(code(text), "PROTEST")
    assert countries(m.actor) == {iso}, m.explanation
    assert "IND" not in countries(m.actor) | countries(m.recipient)


def test_an_indigenous_people_placed_only_by_a_region_takes_its_country(code):
    m = _of_type(code("Native American protesters marched in North Dakota on Friday."), "PROTEST")
    assert countries(m.actor) == {"USA"}
    assert "[resolve.indigenous_placed]" in m.explanation


def test_india_named_by_its_adjective_is_still_india(code):
    m = _of_type(code("Indian police fired tear gas at farmers marching on Delhi."), "ASSAULT")
    assert countries(m.actor) == {"IND"}


# -- police at work that is no event, and the weapons of crowd control -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers patrol a street in Ouagadougou on Thursday.",
        "Police officers patrol the grounds of the stadium ahead of the final.",
        "Police searched for the gunmen after a bank robbery in Rosario.",
        "Riot police stand guard outside the electoral commission in Lusaka.",
        "A woman faces a line of riot officers on a bridge in Yerevan.",
    ],
)
def test_police_patrolling_searching_or_standing_guard_is_no_event(code, text):
    ms = code(text)
    assert not {"MOBILIZE", "ACCUSE", "ASSAULT", "COERCE"} & _types(ms), [m.explanation for m in ms]


def test_a_patrol_of_disputed_waters_stays_a_show_of_force_and_a_house_search_a_raid(code):
    m = _of_type(
        code("Ruritanian warships patrolled the disputed waters off Freedonia."), "MOBILIZE"
    )
    assert m.cameo == "150"
    assert code("Police searched the homes of suspected militants in Peshawar.")


@pytest.mark.parametrize(
    "text",
    [
        "Riot police fire rubber bullets at a sit-in outside the central bank in Tunis.",
        "Police lobbed stun grenades as crowds gathered in Abuja to denounce fuel prices.",
    ],
)
def test_rubber_bullets_and_stun_grenades_are_repression_not_a_riot(code, text):
    ms = code(text)
    m = _of_type(ms, "ASSAULT")
    assert m.cameo == "175" and {a.sector for a in m.actor} == {"COP"}
    assert not any(p.cameo == "145" for p in ms), [p.explanation for p in ms]


# -- an arrest with no doer named is the police's -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Dozens of students were arrested during the march in Minsk.", "BLR"),
        ("Officers used water cannon at a rally in Ankara. Several protesters were detained.",
         "TUR"),
        ("Two Freedonian reporters were detained in Moscow on Friday.", "RUS"),
    ],
)  # fmt: skip
def test_people_arrested_with_no_doer_named_are_arrested_by_the_police_there(code, text, iso):
    m = _of_type(code(text), "COERCE")
    assert m.cameo == "173" and not m.unattributed
    assert [(a.text, a.country, a.sector) for a in m.actor] == [("police", iso, "COP")]
    assert "[actor.arresting_police]" in m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Police in Harare detained 40 opposition activists on Saturday. Amnesty International "
        "condemned the arrests on Sunday and urged the authorities to free those detained for "
        "peacefully exercising their rights.",
        "Police in Harare arrested 12 foreigners on Friday on suspicion of spying. Zambia, whose "
        "citizen was among those arrested, asked for consular access to him.",
    ],
)
def test_those_arrested_names_the_people_not_a_new_arrest(code, text):
    arrests = [m for m in code(text) if m.event_type == "COERCE"]
    assert len(arrests) == 1 and arrests[0].evidence.trigger_start < 30


def test_an_arrest_by_someone_named_keeps_its_doer(code):
    m = _of_type(code("Three activists were detained by rebels in eastern Congo."), "COERCE")
    assert "[actor.arresting_police]" not in m.explanation


def test_protesters_blocking_a_site_obstruct_whatever_the_lexicon_codes_it(code):
    m = _of_type(
        code("Native American protesters blocked a pipeline construction site in South Dakota."),
        "PROTEST",
    )
    assert m.cameo == "144" and "[recode.crowd_obstruction]" in m.explanation
    assert countries(m.actor) == {"USA"}


def test_police_charging_at_demonstrators_is_violent_repression(code):
    m = _of_type(code("Police in Tbilisi charged at demonstrators on Sunday."), "ASSAULT")
    assert m.cameo == "175" and countries(m.recipient) == {"GEO"}
    assert {a.sector for a in m.recipient} == {"OPP"}


# -- captions tell what happened in the present tense -------------------------------------------


@pytest.mark.parametrize(
    ("text", "plover", "day"),
    [
        ("Riot police disperse protesters with water cannon in Seoul on Wednesday.", "ASSAULT",
         "2023-05-10"),
        ("Protesters clash with police in Jakarta on Tuesday.", "PROTEST", "2023-05-09"),
        ("Police detain dozens of protesters in Minsk on Thursday.", "COERCE", "2023-05-11"),
    ],
)  # fmt: skip
def test_a_caption_in_the_present_with_a_weekday_tells_the_last_one(code, text, plover, day):
    # published on Friday 12 May 2023 (the fixture's date)
    m = _of_type(code(text), plover)
    assert m.modality == "asserted" and m.date == day


def test_a_visit_in_the_present_with_a_weekday_is_still_a_schedule(code):
    m = code("The Chilean president visits Lima on Monday.")[0]
    assert m.modality == "future"


def test_soldiers_shelling_a_town_while_a_crowd_marches_elsewhere_keep_their_target(code):
    ms = code("Soldiers shelled the town of Kidal as thousands marched in Bamako.")
    m = next(m for m in ms if m.event_type == "ASSAULT")
    assert "[recipient.protest_crowd]" not in m.explanation
