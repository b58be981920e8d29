"""Sense checks (data/coding/senses.tsv): false friends of the lexicon in sport, business and
entertainment are no events, the political senses of the same words still are."""

from __future__ import annotations

import pytest

from communique.coding.senses import senses


def events(code, text):
    return [(m.event_type, m.cameo) for m in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Japan beat Australia 3-1 in the final on Sunday.",
        "The Ruritanian minister suffered a heart attack on Monday.",
        "The director shot the film in Morocco last spring.",
        "Egypt hosted the African Cup of Nations in January.",
        "The visiting striker struck the ball past the keeper.",
        "The Kenyan defence minister demonstrated his resolve in a televised address.",
        "The Ghanaian president recognised that tariff cuts would help both economies.",
        "The Kenyan president recognised the contribution of Ugandan troops.",
    ],
)
def test_a_false_friend_is_no_event(code, text):
    assert events(code, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police beat protesters with batons in Minsk on Monday.", ("ASSAULT", "182")),
        ("Soldiers fired on protesters in Yangon on Sunday.", ("ASSAULT", "193")),
        ("Police shot two protesters in Nairobi on Friday.", ("ASSAULT", "193")),
        ("Egypt hosted talks between Israel and Hamas on Sunday.", ("CONSULT", "043")),
        ("Thousands of nurses demonstrated outside parliament in Accra.", ("PROTEST", "141")),
        ("Ghana formally recognised Kosovo as an independent state.", ("SUPPORT", "054")),
    ],
)
def test_the_political_sense_of_the_same_words_stays(code, text, expected):
    assert expected in events(code, text)


def test_a_labour_strike_is_a_protest_and_a_missile_strike_an_attack(code):
    assert events(code, "Teachers in Chile went on strike over pay on Monday.") == [
        ("PROTEST", "143")
    ]
    ms = code("Russian forces launched a missile strike on Kyiv on Tuesday.")
    assert [(m.event_type, m.cameo) for m in ms] == [("ASSAULT", "195")]
    assert all(m.event_type != "PROTEST" for m in ms)


def test_the_dropping_rule_names_the_sense_and_its_cue(nlp):
    from communique.coding import code_article
    from communique.model import Article

    text = "Japan beat Australia 3-1 in the final on Sunday."
    doc = nlp(text)
    code_article(Article(text=text, id="s"), doc)
    (d,) = [d for d in doc._.communique_dropped if d.rule == "filter.sense"]
    assert d.trigger == "beat" and "'game'" in d.why and "'final'" in d.why


def test_every_sense_row_is_readable():
    table = senses()
    assert {"beat", "attack", "strike", "fire", "charge", "shoot", "launch", "host"} <= set(table)
    assert all(row.context for rows in table.values() for row in rows)


def test_riot_police_are_police_not_a_riot(code):
    ms = code("Riot police fired tear gas at protesters in Dhaka on Monday.")
    assert [m.event_type for m in ms] == ["ASSAULT"], [m.explanation for m in ms]
    riot = code("A riot broke out in the prison in Quito on Monday.")
    assert [m.event_type for m in riot] == ["PROTEST"]


def types(code, text):
    return [m.event_type for m in code(text)]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # "demonstrate" with an object or a clause is showing (senses.tsv @dobj, @clause)
        ("The Kenyan general demonstrated his loyalty to the president.", "PROTEST"),
        ("The Brazilian firm demonstrated a new engine at a fair in Argentina.", "PROTEST"),
        ("Turkish forces demonstrated their readiness to strike Syrian positions.", "PROTEST"),
        ("The Indian minister demonstrated how the border raid had unfolded.", "PROTEST"),
        # "took the rare step of ...": the gerund's act, no concession
        ("The Ghanaian council took the rare step of suspending a member.", "CONCEDE"),
        # competing for votes, a seat or a nomination is no fighting
        ("Parties in Nepal are battling for votes ahead of the election.", "ASSAULT"),
        ("The Mexican senator is fighting to win a seat in the new parliament.", "ASSAULT"),
        ("Two Argentine candidates battled for the nomination.", "ASSAULT"),
        # rescue searches and technical inquiries are no investigation of wrongdoing
        ("Turkish rescuers are searching the rubble for survivors.", "ACCUSE"),
        ("Indian officials will look into a chemical leak at the plant.", "ACCUSE"),
        ("The Japanese ministry is investigating the cause of the fire.", "ACCUSE"),
        ("The Nigerian army launched an investigation into the crash of a helicopter.", "ACCUSE"),
        # a copula judging something a help names no aid
        ("The cooler weather was a help to Spanish firefighters.", "AID"),
        ("The new Chilean law is a great help for miners.", "AID"),
        # a threat that is the subject of a verb of change or state is a state of affairs
        ("The threat from Iran has grown, the Israeli minister said.", "THREATEN"),
        ("The Russian threat to Finland remains, the Finnish minister said.", "THREATEN"),
    ],
)
def test_a_word_in_a_sense_that_is_no_political_act_is_no_event(code, text, absent):
    assert absent not in types(code, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Students demonstrated against the Thai government on Sunday.", ("PROTEST", "THA")),
        ("Thousands demonstrated outside the French embassy in Algiers.", ("PROTEST", "FRA")),
        ("Thousands of Serbian farmers demonstrated their anger outside parliament.",
         ("PROTEST", "SRB")),
        ("Ukrainian troops battled to retake the town from Russian forces.", ("ASSAULT", None)),
        ("Sudanese soldiers fought rebels near the Chadian border.", ("ASSAULT", None)),
        ("Australian police investigated the minister for fraud.", ("ACCUSE", None)),
        ("Kenyan prosecutors are investigating the killing of a journalist.", ("ACCUSE", None)),
        ("Israeli soldiers searched the village for militants.", ("ACCUSE", None)),
        ("The UN will look into allegations of torture by Syrian forces.", ("ACCUSE", None)),
        ("Japan sent help to the Philippines after the typhoon.", ("AID", "PHL")),
        ("Iran's threat to close the strait was repeated on Monday.", ("THREATEN", None)),
        ("Serbia took steps to ease tensions with Kosovo.", ("CONCEDE", None)),
    ],
)  # fmt: skip
def test_the_political_reading_of_those_words_stays(code, text, expected):
    kind, target = expected
    ms = [m for m in code(text) if m.event_type == kind]
    assert ms, [m.explanation for m in code(text)]
    if target is not None:
        assert any(target in {a.country for a in m.recipient} for m in ms)


def test_the_step_taken_is_the_act_its_gerund_names(code):
    (m,) = code("Norway took the unusual step of summoning the Russian ambassador.")
    assert (m.event_type, m.cameo) == ("ACCUSE", "114")
    assert [a.country for a in m.actor] == ["NOR"] and [a.country for a in m.recipient] == ["RUS"]
    assert "[actor.step_subject]" in m.explanation


def test_the_dropped_sense_names_its_structural_cue(nlp):
    from communique.coding import code_article
    from communique.model import Article

    text = "The Brazilian firm demonstrated a new engine at a fair in Argentina."
    doc = nlp(text)
    code_article(Article(text=text, id="s"), doc)
    (d,) = [d for d in doc._.communique_dropped if d.rule == "filter.sense"]
    assert "'show'" in d.why and "'@dobj'" in d.why


def test_munitions_deployed_are_used_not_a_deployment_of_forces(code):
    ms = code("The deployment of cluster munitions by Russian forces killed six Ukrainians.")
    assert "MOBILIZE" not in [m.event_type for m in ms]
    troops = code("Russia announced the deployment of troops to the Belarusian border.")
    assert ("MOBILIZE", "154") in [(m.event_type, m.cameo) for m in troops]


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese ministry declined to confirm the report from Vietnam.",
        "The Greek envoy refused to be drawn on the dispute with Turkey.",
        "The Polish spokesman declined to answer questions about Belarus.",
        "The Thai army refused to give details of the clashes with Cambodia.",
        '"We must all work harder for peace," the Colombian minister said.',
        '"We should stay united," the Chilean president said.',
    ],
)
def test_declining_comment_and_exhortations_of_ones_own_side_are_no_event(code, text):
    assert types(code, text) == [], [m.explanation for m in code(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The junta refused to release the Burmese activist.", "REJECT"),
        ("Iran refused to reveal the names of the detained French citizens.", "REJECT"),
        ("Belarus refused to hand over the records to Lithuania.", "REJECT"),
        ('"We call on Venezuela to free the prisoners," the Colombian minister said.', "REQUEST"),
        ('"Israel must stop the bombing," the Turkish president said.', "REQUEST"),
    ],
)
def test_refusing_to_hand_over_and_demands_on_others_stay(code, text, expected):
    assert expected in types(code, text)


def test_taking_part_in_exercises_is_military_cooperation_not_taking_territory(code):
    ms = code("Indonesian troops took part in exercises with Australian forces.")
    assert [(m.event_type, m.cameo) for m in ms] == [("COOPERATE", "062")]
    assert [a.country for a in ms[0].recipient] == ["AUS"]
    assault = code("Russian troops took part in the assault on the Ukrainian town.")
    assert [m.event_type for m in assault] == ["ASSAULT"]
    assert "[filter.light_verb]" not in assault[0].explanation  # the noun's own event
    assert types(code, "Russian soldiers took part in the parade in Minsk.") == []
    seized = code("Chinese troops took the Indian post after a clash.")
    assert ("COERCE", "192") in [(m.event_type, m.cameo) for m in seized]


def test_a_town_hosting_tourists_receives_no_visit(code):
    assert types(code, "The Croatian town hosts thousands of tourists every summer.") == []
    assert types(code, "The Lebanese village hosted hundreds of Syrian refugees.") == []
    (m,) = code("Jordan hosted the Iraqi prime minister on Monday.")
    assert (m.event_type, m.cameo) == ("CONSULT", "043")


@pytest.mark.parametrize(
    "text",
    [
        "The Brazilian president battled to contain the fallout from the scandal.",
        "The Kenyan government is fighting to save the deal with the IMF.",
        "The jailed Russian activist is fighting for his life in hospital.",
        "Authorities in Bangladesh launched a probe into the factory fire.",
        "Greek authorities are investigating the shipwreck.",
    ],
)
def test_striving_and_inquiries_into_accidents_are_no_event(code, text):
    assert types(code, text) == [], [m.explanation for m in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hamas fought to hold Gaza City against Israeli forces.",
        "Rebels fought for control of the Malian town of Kidal.",
    ],
)
def test_armed_sides_fighting_for_a_place_still_fight(code, text):
    assert "ASSAULT" in types(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "The South African rand rallied against the dollar on Monday.",
        "Indian stocks rallied after the vote.",
        "The Kenyan opposition leader protested his innocence in court.",
        "The Polish team captured the title in Warsaw.",
        "The new Danish film captured the mood of the country.",
    ],
)
def test_markets_rallying_and_titles_captured_are_no_event(code, text):
    assert types(code, text) == [], [m.explanation for m in code(text)]


def test_crowds_rallying_and_rebels_capturing_a_town_stay(code):
    assert types(code, "Thousands rallied against the Georgian government in Tbilisi.") == [
        "PROTEST"
    ]
    assert types(code, "Syrian rebels captured the town of Saraqib.") == ["ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "The French minister warned of a hard winter.",
        "The Kenyan minister warned of food shortages across the region.",
        "Spain withdrew from the Eurovision contest.",
        "The Peruvian senator withdrew from the race on Monday.",
        "The Pakistani team toured India last year.",
    ],
)
def test_forecasts_contests_and_tours_are_no_event(code, text):
    assert types(code, text) == [], [m.explanation for m in code(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran warned of consequences if Israel strikes.", "THREATEN"),
        ("Russia withdrew its troops from the Ukrainian town.", "RETREAT"),
        ("The Japanese emperor toured Brazil in June.", "CONSULT"),
    ],
)
def test_threats_troop_withdrawals_and_state_tours_stay(code, text, expected):
    assert expected in types(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam is fighting an outbreak of bird flu.",
        "Kenya is battling a drought in the north.",
        "The Filipino president waged a war on drugs.",
        "The Indian state launched a crackdown on plastic bags.",
        "Chinese police cracked down on tax evasion by celebrities.",
    ],
)
def test_campaigns_against_an_illness_a_want_or_a_practice_are_no_violence(code, text):
    assert types(code, text) == [], [m.explanation for m in code(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia waged war on Ukraine in 2022.", ("ASSAULT", "UKR")),
        ("The Filipino president waged war on rebels in Mindanao.", ("ASSAULT", None)),
        ("Iranian police launched a crackdown on protesters in Tehran.", ("ASSAULT", None)),
        ("Belarus cracked down on opposition activists.", ("ASSAULT", None)),
    ],
)
def test_wars_and_crackdowns_on_people_stay(code, text, expected):
    kind, target = expected
    ms = [m for m in code(text) if m.event_type == kind]
    assert ms and (target is None or target in {a.country for a in ms[0].recipient})


def test_receiving_a_degree_or_votes_is_no_visit_but_receiving_a_minister_is(code):
    text = "The Ghanaian president received an honorary degree from a British university."
    assert types(code, text) == []
    assert types(code, "The Peruvian candidate received 40 percent of the vote.") == []
    (m,) = code("The Qatari emir received the Iranian foreign minister in Doha.")
    assert (m.event_type, m.cameo) == ("CONSULT", "043")
    assert [a.country for a in m.recipient] == ["IRN"]


@pytest.mark.parametrize(
    "text",
    [
        "The Indian minister met with protests in Kolkata.",
        "The Hungarian plan met with criticism in Brussels.",
        "The Scottish government banned smoking in cars.",
        "The Kenyan athlete was banned for doping.",
        "The Dutch king opened a new bridge in Rotterdam.",
    ],
)
def test_a_response_met_a_rule_on_goods_and_an_inauguration_are_no_event(code, text):
    assert "CONSULT" not in types(code, text)
    assert "COERCE" not in types(code, text) and "RETREAT" not in types(code, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Indian minister met with Chinese officials in Delhi.", "CONSULT"),
        ("The Thai junta banned the opposition party.", "COERCE"),
        ("Russia banned the Dutch newspaper.", "COERCE"),
        ("Israel opened the Allenby bridge to Jordanian trucks.", "RETREAT"),
    ],
)
def test_meetings_political_bans_and_opened_crossings_stay(code, text, expected):
    assert expected in types(code, text)


def test_every_sense_row_naming_a_lexicon_row_names_one_that_exists():
    from communique.coding.patterns import trigger_rules
    from communique.coding.senses import _row_key

    keys = {_row_key(r) for rules in trigger_rules().values() for r in rules if r.items}
    named = {lemma for lemma in senses() if "+" in lemma}
    assert named and named <= keys, named - keys


@pytest.mark.parametrize(
    "text",
    [
        "Iran poses a threat to the region, the Saudi minister said.",
        "Russia is a threat to Europe, the Polish president said.",
        "China remains the main threat to Taiwan.",
        "The Somali government faces a threat from al-Shabaab.",
    ],
)
def test_judging_someone_a_threat_is_no_threat_made(code, text):
    assert "THREATEN" not in types(code, text), [m.explanation for m in code(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Iran's threats against Israel continued.",
        "Russia issued a threat against Moldova.",
        "North Korea renewed its threat to strike Guam.",
    ],
)
def test_a_threat_made_stays_a_threat(code, text):
    assert "THREATEN" in types(code, text)


def test_a_demonstration_of_a_product_or_a_quality_is_no_protest(code):
    text = "The Indian army held a demonstration of its new drones near the Pakistani border."
    assert "PROTEST" not in types(code, text)
    text = "The vote was a demonstration of unity among EU members, the Irish minister said."
    assert "PROTEST" not in types(code, text)
    text = "Thousands joined a demonstration against the Serbian government in Belgrade."
    assert types(code, text) == ["PROTEST"]
    text = "Students held a demonstration in support of Palestinians in Amman."
    assert types(code, text) == ["PROTEST"]


def test_a_routine_patrol_and_insisting_on_ones_own_course_are_no_events(code):
    assert (
        code("Two Peruvian police officers stopped the truck during a routine patrol near Tacna.")
        == []
    )
    assert code("Kenya's foreign ministry insisted on continuing the border closure.") == []
    ms = code("Kenya insisted that Uganda withdraw its troops.")
    assert [m.event_type for m in ms] == ["REQUEST"]


def test_a_salute_is_no_shooting_and_drones_launched_at_a_state_are_an_attack(code):
    assert code("A Peruvian frigate fired a 21-gun salute as it entered the harbour.") == []
    assert (
        code("Chilean gunners fired artillery rounds to honour the president at the parade.") == []
    )
    ms = code("Azerbaijan launched dozens of drones at Armenian positions overnight.")
    assert [(m.event_type, m.cameo) for m in ms] == [("ASSAULT", "195")]
    assert code("The Spanish firm launched a drone delivery service in Seville.") == []


def test_an_apology_owed_is_none_made_and_one_offered_is(code):
    assert "CONCEDE" not in types(code, "Chile's president said Bolivia owes him an apology.")
    ms = code("Japan's premier offered an apology to South Korea over the remarks.")
    assert [(m.event_type, m.cameo) for m in ms] == [("CONCEDE", "055")]
    assert ms[0].recipient[0].country == "KOR"


def test_a_condemned_attack_is_the_one_the_story_just_told(code):
    ms = code(
        "Azerbaijan launched dozens of drones at Armenia overnight. "
        "The French president condemned the attack on Monday."
    )
    judged = [m for m in ms if m.event_type == "ACCUSE"]
    assert judged and judged[0].recipient[0].country == "AZE"


def test_leading_a_peacekeeping_mission_is_no_intent_to_negotiate(code):
    text = "Italy, which leads the European training mission in Somalia, sent two more officers."
    assert "AGREE" not in types(code, text)


@pytest.mark.parametrize(
    "text",
    [
        "Diplomats expect Egypt to host the next round of talks.",
        "The Nigerian president expects a tough fight from the opposition.",
    ],
)
def test_expecting_something_of_others_is_a_prediction_not_an_intent(code, text):
    # the talks themselves may be a plan (future), but the expecting is no one's promise
    assert not [m for m in code(text) if m.evidence.trigger.startswith("expect")]


def test_a_warning_to_someone_threatens_and_a_forecast_is_none(code):
    ms = code("Morocco warns Algeria over border incursions.")
    assert [(m.event_type, m.cameo) for m in ms] == [("THREATEN", "130")]
    assert ms[0].recipient[0].country == "DZA"
    assert code("The Kenyan central bank warned that inflation would rise.") == []


def test_a_forecast_governs_nothing_so_what_it_says_may_be_coded(code):
    text = "The Kenyan interior minister warned that police would arrest anyone who marched."
    assert [m.cameo for m in code(text) if m.evidence.trigger == "arrest"]


def test_an_arrest_warrant_issued_is_legal_action_one_sought_is_not_yet(code):
    ms = code(
        "The International Criminal Court issued an arrest warrant for Libya's former premier."
    )
    assert [(m.event_type, m.cameo) for m in ms] == [("COERCE", "173")]
    assert "COERCE" not in types(code, "Prosecutors sought an arrest warrant for Peru's president.")


def test_hanging_people_is_an_execution_and_carrying_out_a_plan_is_none(code):
    ms = code("Iran hanged two protesters on Monday, rights groups said.")
    assert [(m.event_type, m.cameo) for m in ms] == [("ASSAULT", "1823")]
    assert code("Protesters hung banners on the gates of the Iranian embassy.") == []
    assert code("Kenya's treasury stressed the execution of the budget plan.") == []
