"""How the coder reads common news constructions: scene-setting phrases, participles before a
noun, places of a phrase, misparses of the small model, and the dates news leaves implicit.
Every text is written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from support import by_type as _by_type
from support import dropped_rules, top


def _codes(actors) -> list[str]:
    return [a.code for a in actors]


# -- dates -------------------------------------------------------------------------------------


def test_date_of_the_reporting_verb_is_a_past_day_even_for_a_future_event(code):
    # published Friday 2023-05-12: "said on Tuesday" is the Tuesday before, not the next one
    ms = code('"We will supply vaccines to Uganda," the Kenyan health minister said on Tuesday.')
    m = _by_type(ms, "AGREE")
    assert m.modality == "future"
    assert m.date == "2023-05-09"


def test_a_past_event_without_date_words_takes_the_day_named_just_before(code):
    text = (
        "The Chilean and Peruvian presidents met in Lima on Tuesday. "
        "They signed a fishing accord. "
        "Peru thanked Chile."
    )
    ms = code(text)
    assert {m.date for m in ms} == {"2023-05-09"}
    assert "date.story_reference" in _by_type(ms, "SUPPORT").explanation


def test_the_reference_day_carries_through_the_story_but_not_into_the_future(code):
    text = (
        "The Chilean and Peruvian presidents met in Lima on Tuesday. "
        "Officials prepared the hall. The weather was fine. Crowds gathered outside. "
        "Musicians played all day. "
        "Peru thanked Chile."
    )
    thanks = _by_type(code(text), "SUPPORT")
    assert thanks.date == "2023-05-09"  # five sentences on: still the story's Tuesday
    assert "date.story_reference" in thanks.explanation
    future = _by_type(code("Chile met Peru on Tuesday. Chile will send aid to Peru."), "AGREE")
    assert future.date == "2023-05-12"


def test_a_look_back_a_week_before_the_lead_does_not_date_the_story_after_it(code):
    # published Friday 2023-05-12; the lead's day is Thursday 2023-05-11
    text = (
        "Kenyan police arrested the opposition leader in Nairobi on Thursday. "
        "The electoral commission confirmed the president's victory on May 2. "
        "Britain called for the opposition leader's release."
    )
    appeal = _by_type(code(text), "REQUEST")
    assert appeal.date == "2023-05-11", appeal.explanation  # not the look back's May 2
    assert "date.story_reference" in appeal.explanation


def test_a_story_that_moves_on_to_today_dates_later_events_today(code):
    text = (
        "The Chilean and Peruvian presidents met in Lima on Tuesday. "
        "On Friday, Chile's foreign minister flew to Quito. "
        "Peru thanked Chile."
    )
    assert _by_type(code(text), "SUPPORT").date == "2023-05-12"


def test_a_summary_above_the_story_takes_the_day_the_story_first_names(code):
    text = (
        "Highlights\n\n"
        "- Peru thanked Chile for its help.\n\n"
        "Peru's foreign minister visited Santiago on Wednesday. "
        "He met President Boric on Thursday."
    )
    thanks = _by_type(code(text), "SUPPORT")
    assert thanks.date == "2023-05-10"
    assert "first date words" in thanks.explanation


def test_a_quoted_statement_is_dated_by_its_reporting_verb(code):
    text = (
        "Ecuador's foreign minister met his Peruvian counterpart on Wednesday. "
        '"We urge Peru to reopen the border," the minister said.'
    )
    m = _by_type(code(text), "REQUEST")
    assert m.date == "2023-05-10" and "date.story_reference" in m.explanation


def test_last_weekday_is_that_day_of_the_previous_week(code):
    # published Friday 2023-05-12: "last Thursday" is 2023-05-04, "on Thursday" 2023-05-11
    m = top(code("Last Thursday, Kenya expelled two Ugandan diplomats."))
    assert m.date == "2023-05-04"
    m = top(code("On Thursday, Kenya expelled two Ugandan diplomats."))
    assert m.date == "2023-05-11"


def test_a_named_holiday_dates_an_event(code):
    m = top(code("On Thanksgiving, the Kenyan president pardoned 40 prisoners.", "2022-11-29"))
    assert m.date == "2022-11-24"
    m = top(code("Over Easter, police arrested dozens of activists in Lagos.", "2023-04-20"))
    assert m.date == "2023-04-09"


def test_a_weekday_in_a_schedule_or_time_clause_looks_ahead(code):
    # published Friday 2023-05-12
    m = top(code("The Kenyan president flies to Addis Ababa on Sunday for talks."))
    assert m.date == "2023-05-14" and m.modality == "future"
    ms = code("The Kenyan president will meet the Ethiopian leader when he lands on Sunday.")
    assert {m.date for m in ms} == {"2023-05-14"}


def test_past_perfect_without_date_words_is_undated_background(code):
    m = top(code("The Chilean envoy had met Peruvian rebels before the ceasefire collapsed."))
    assert m.event_type == "CONSULT"
    assert m.date is None and "date.earlier" in m.explanation


def test_past_perfect_in_reported_speech_keeps_a_date(code):
    m = _by_type(code("Police said protesters had attacked a police station in Lahore."), "ASSAULT")
    assert m.date == "2023-05-12"


def test_an_after_clause_counted_in_days_is_dated_back_from_the_main_event(code):
    # published Friday 2023-05-12: "on Wednesday" is 2023-05-10
    ms = code(
        "Kenyan police detained two Ugandan activists on Wednesday, "
        "two days after they protested outside the embassy."
    )
    protest = _by_type(ms, "PROTEST")
    assert protest.date == "2023-05-08" and "date.counted_back" in protest.explanation
    assert _by_type(ms, "COERCE").date == "2023-05-10"


def test_an_after_clause_without_a_count_does_not_take_the_main_events_day(code):
    # Thursday 2023-05-11: a week before is still May, so the month is known
    ms = code(
        "Greek warships began exercises on Thursday, after Turkish jets bombed a Kurdish camp."
    )
    bombing = _by_type(ms, "ASSAULT")
    assert (bombing.date, bombing.date_precision) == ("2023-05", "month")
    assert "date.before_event" in bombing.explanation
    # Tuesday 2023-05-02: the day before could be in April: undated, with the reason
    m = _by_type(
        code(
            "Greek warships began exercises on Tuesday, after Turkish jets bombed a Kurdish camp.",
            "2023-05-05",
        ),
        "ASSAULT",
    )
    assert m.date is None and "date.before_event" in m.explanation


def test_an_after_clause_under_a_coming_event_is_dated_before_publication(code):
    # published Friday 2023-05-12: "on Saturday" is the 13th, the arrests were before
    ms = code("Kenyan teachers will march on Saturday after police arrested their leaders.")
    m = _by_type(ms, "COERCE")
    assert (m.date, m.date_precision) == ("2023-05", "month")
    assert "publication date" in m.explanation
    ms = code("Kenyan teachers will march on Saturday, a day after police arrested their leaders.")
    assert _by_type(ms, "COERCE").date == "2023-05-12"


def test_a_since_clause_is_no_event_of_the_main_clauses_day(code):
    m = _by_type(code("Since Russian troops invaded Georgia, Finland has joined NATO."), "COERCE")
    assert m.date is None and "date.before_event" in m.explanation


def test_a_participles_date_words_date_the_scene_it_describes(code):
    ms = code("Kenyan doctors march in Nairobi, demanding higher pay, on 2 May 2021.")
    march = _by_type(ms, "PROTEST")
    assert march.date == "2021-05-02" and "date.shared" in march.explanation
    ms = code("Chilean students clash with police firing tear gas in Santiago on 3 May 2021.")
    assert {m.date for m in ms} == {"2021-05-03"}


def test_an_event_told_in_a_dated_noun_event_takes_its_day(code):
    text = (
        "Afghan officials met Pakistani envoys on Monday. "
        "Pakistani forces killed five militants in a raid on Wednesday."
    )
    m = next(m for m in code(text) if m.evidence.trigger.startswith("killed"))
    assert m.date == "2023-05-10" and "date.shared" in m.explanation


def test_past_perfect_with_earlier_is_dated_to_the_month_shortly_before_the_storys_day(code):
    text = (
        "Kenyan police arrested twenty protesters in Nairobi on Wednesday. "
        "Officers had earlier threatened to disperse the crowd by force."
    )
    m = _by_type(code(text), "THREATEN")
    assert (m.date, m.date_precision) == ("2023-05", "month")
    assert "date.before_event" in m.explanation


def test_a_protest_an_arrest_happened_during_shares_its_date(code):
    ms = code(
        "Riot police detain a man during a protest in Tbilisi, Georgia, on Monday, October 28, 2024.",
        "2024-11-02",
    )
    assert {(m.event_type, m.date) for m in ms} == {
        ("COERCE", "2024-10-28"),
        ("PROTEST", "2024-10-28"),
    }


def test_violence_in_the_simple_present_with_a_weekday_is_a_caption_not_a_schedule(code):
    # published Saturday 2024-11-02: the Tuesday before, not the coming one
    m = top(code("Spanish protesters clash with police in Valencia on Tuesday.", "2024-11-02"))
    assert (m.event_type, m.modality, m.date) == ("PROTEST", "asserted", "2024-10-29")
    m = top(code("Kenyan police detain two activists in Nairobi on Monday.", "2024-11-02"))
    assert (m.event_type, m.modality, m.date) == ("COERCE", "asserted", "2024-10-28")


def test_reported_past_perfect_with_earlier_is_still_earlier(code):
    text = (
        "Kenyan police fired tear gas at protesters in Nairobi on Wednesday. "
        "Police had earlier arrested twelve activists, a rights group said."
    )
    m = _by_type(code(text), "COERCE")
    assert (m.date, m.date_precision) == ("2023-05", "month")
    assert "date.before_event" in m.explanation


def test_a_day_named_for_what_happened_before_is_not_the_storys_day(code):
    text = (
        "Turkish jets struck Kurdish positions on Tuesday after militants attacked a border"
        " post on Sunday. Iraq condemned the strikes."
    )
    m = _by_type(code(text), "ACCUSE")
    assert m.date == "2023-05-09" and "date.story_reference" in m.explanation
    text = (
        "Kenyan police arrested forty protesters on Thursday. "
        "The protesters had blocked a highway on Monday. "
        "Rights groups condemned the arrests."
    )
    assert _by_type(code(text), "ACCUSE").date == "2023-05-11"


def test_a_reported_event_keeps_its_own_day_apart_from_the_saying(code):
    m = _by_type(
        code("Kenya said on Tuesday that Somali militants attacked a border post on Sunday."),
        "ASSAULT",
    )
    assert m.date == "2023-05-07"


def test_present_perfect_after_a_named_day_is_dated_to_the_publication_month(code):
    text = (
        "Venezuelan troops clashed with Colombian rebels on Monday. "
        "The United States has imposed sanctions on Venezuela."
    )
    m = _by_type(code(text), "SANCTION")
    assert (m.date, m.date_precision) == ("2023-05", "month")
    assert "date.perfect" in m.explanation
    # a lead in the perfect with no day named before it is the day's news
    m = top(code("The United States has imposed sanctions on Venezuela, officials said."))
    assert m.date == "2023-05-12"


def test_present_perfect_early_in_a_month_is_dated_to_the_year(code):
    text = (
        "Venezuelan troops clashed with Colombian rebels on Monday. "
        "The United States has imposed sanctions on Venezuela."
    )
    m = _by_type(code(text, "2023-05-03"), "SANCTION")
    assert (m.date, m.date_precision) == ("2023", "year")


def test_a_statement_in_the_present_perfect_keeps_the_storys_day_unless_repeated(code):
    text = (
        "The Kenyan president met Ugandan officials on Wednesday. "
        "Kenya has urged Uganda to reopen the border."
    )
    m = _by_type(code(text), "REQUEST")
    assert m.date == "2023-05-10" and "date.story_reference" in m.explanation
    text = (
        "The Kenyan president met Ugandan officials on Wednesday. "
        "Kenya has repeatedly accused Uganda of arming rebels."
    )
    m = _by_type(code(text), "ACCUSE")
    assert (m.date, m.date_precision) == ("2023-05", "month")
    assert "date.perfect" in m.explanation


def test_in_recent_weeks_or_months_is_a_window_not_the_reporting_day(code):
    m = _by_type(
        code(
            "Russia has attacked Ukrainian power plants in recent months, Kyiv said on Wednesday."
        ),
        "ASSAULT",
    )
    assert (m.date, m.date_precision) == ("2023", "year")
    text = (
        "Chile's navy seized two Peruvian boats on Monday. "
        "In recent weeks, Peruvian fishermen have protested against Chilean patrols."
    )
    m = _by_type(code(text), "PROTEST")
    assert (m.date, m.date_precision) == ("2023-05", "month")


def test_days_later_count_from_the_day_the_story_named(code):
    text = "Chile's navy seized two Peruvian boats on Monday. Peru condemned the seizure two days later."
    m = _by_type(code(text), "ACCUSE")
    assert (m.date, m.modality) == ("2023-05-10", "asserted")
    assert "date.counted_from_story_day" in m.explanation


def test_hours_later_is_the_day_counted_from(code):
    text = (
        "Bolivian troops surrounded the palace in La Paz on Wednesday. "
        "Hours later, the Bolivian army chief was arrested by police."
    )
    m = _by_type(code(text), "COERCE")
    assert m.date == "2023-05-10" and "date.counted_from_story_day" in m.explanation


def test_over_the_weekend_takes_the_weekend_day_the_story_named(code):
    # published Friday 2023-05-12: the weekend before is 6-7 May
    text = (
        "Kenyan police arrested two activists in Nairobi on Sunday. "
        "Hundreds of Kenyan teachers protested in Mombasa over the weekend."
    )
    m = _by_type(code(text), "PROTEST")
    assert m.date == "2023-05-07" and "date.weekend_day" in m.explanation
    m = top(code("Hundreds of Kenyan teachers protested in Mombasa over the weekend."))
    assert (m.date, m.date_precision) == ("2023-05", "month")


def test_a_later_reaction_with_its_own_day_takes_it(code):
    text = (
        "Chile's navy seized two Peruvian boats on Monday.\n\n"
        "On Thursday, Peru recalled its ambassador from Santiago."
    )
    m = _by_type(code(text), "SANCTION")
    assert m.date == "2023-05-11"


def test_a_dated_caption_in_the_present_keeps_its_date(code):
    m = top(code("Demonstrators march in Quito on March 13, 2019.", "2019-09-20"))
    assert (m.event_type, m.date) == ("PROTEST", "2019-03-13")


# -- scene-setting phrases ---------------------------------------------------------------------


def test_a_meeting_in_a_setting_phrase_is_its_own_event_and_names_the_addressee(code):
    ms = code(
        "In a telephone call with the Kenyan president, the Ethiopian prime minister asked for help."
    )
    call = _by_type(ms, "CONSULT")
    assert (_codes(call.actor), _codes(call.recipient)) == (["ETHGOV"], ["KENGOV"])
    ask = _by_type(ms, "REQUEST")
    assert _codes(ask.recipient) == ["KENGOV"]
    assert "recipient.setting_partner" in ask.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Kenya accused Somalia of harbouring militants. "
        "The cabinet approved the plan at a closed meeting on Monday, officials said.",
        "Kenya accused Somalia of harbouring militants. Kenya's envoy told the closed-door "
        "meeting that the attacks must stop, according to a text of his remarks.",
        "Greece's prime minister spoke to reporters on the sidelines of a NATO summit.",
    ],
)
def test_a_meeting_that_is_only_the_setting_of_another_act_is_no_meeting(code, text):
    # filter.venue: where something else was said or done, with no party of its own
    assert not [
        m
        for m in code(text)
        if m.event_type in ("CONSULT", "AGREE")
        and any(w in m.evidence.trigger for w in ("meeting", "summit"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of villagers who fled fighting near Gao are sheltering in schools in Sevare, "
        "the Malian army said.",
        "Families escaping the violence around Beni reached Butembo on Monday.",
        "Families who fled fighting around Kadugli wait for food at a camp in Kosti.",
        "Hundreds of herders displaced by clashes in Jonglei arrived in Bor, officials said.",
    ],
)
def test_the_danger_people_flee_is_no_event_of_its_own(code, text):
    # filter.flight_cause: "fled fighting" says why they moved; nobody's act is named
    assert not [m for m in code(text) if m.event_type in ("ASSAULT", "COERCE")]


def test_the_attack_people_flee_keeps_its_event_when_it_names_a_side(code):
    ms = code("Civilians fled the shelling of Kharkiv by Russian forces on Monday.")
    assert _by_type(ms, "ASSAULT").cameo.startswith("19")


def test_a_meeting_with_its_own_party_in_a_setting_phrase_is_still_a_meeting(code):
    ms = code("The Kenyan president spoke at a meeting with Somalia's president in Nairobi.")
    assert _codes(_by_type(ms, "CONSULT").recipient) == ["SOMGOV"]


def test_a_visit_host_is_not_the_addressee_of_a_demand_made_there(code):
    ms = code("The Chinese premier demanded the release of the fishermen during a visit to Peru.")
    assert _codes(_by_type(ms, "REQUEST").recipient) == []


def test_words_before_the_verb_do_not_complete_its_pattern(code):
    ms = code("During talks with Chile, Peru rejected the proposal.")
    rejected = _by_type(ms, "REJECT")
    assert "proposal" in rejected.evidence.trigger and "talks" not in rejected.evidence.trigger
    assert _by_type(ms, "CONSULT").evidence.trigger == "talks"


# -- participles and places ----------------------------------------------------------------------


def test_a_present_participle_before_a_noun_makes_the_noun_the_doer(code):
    m = _by_type(code("Police detained the protesting farmers in Lahore."), "PROTEST")
    assert _codes(m.actor) == ["PAKAGR"]
    m = _by_type(code("The visiting Japanese foreign minister praised India."), "CONSULT")
    assert _codes(m.actor) == ["JPNGOV"]


def test_a_group_placed_in_a_country_belongs_to_it(code):
    text = "The Japanese minister praised the Indian government. Opposition figures in Peru were jailed."
    m = _by_type(code(text), "COERCE")
    assert _codes(m.recipient) == ["PEROPP"]


# -- misparses of the small model ------------------------------------------------------------


def test_a_sentence_parsed_without_a_verb_still_has_its_doer(code):
    # the small model reads this as a noun phrase ("Trump" the head, "imposed" its adjective)
    m = top(code("Trump imposed duties on Canadian lumber.", "2020-04-07"))
    assert (m.event_type, _codes(m.actor), _codes(m.recipient)) == ("SANCTION", ["USAGOV"], ["CAN"])
    assert "actor.misparsed_subject" in m.explanation


def test_an_office_holder_tagged_as_a_verb_is_still_a_person(nlp):
    from communique.actors import find_actors

    doc = nlp("Australia invited PM Modi to the summit.")
    assert next(t for t in doc if t.text == "Modi").pos_ == "VERB"  # the tagger's slip
    people = [sp for sp in find_actors(doc, date(2020, 4, 7)) if sp.kind == "person"]
    # the headline title "PM" is part of the person's phrase
    assert [(doc[sp.start : sp.end].text, sp.actor.code) for sp in people] == [
        ("PM Modi", "INDGOV")
    ]
    # nobody of that name held office then: a word the tagger called a verb stays one
    assert not [sp for sp in find_actors(doc, date(2010, 4, 7)) if sp.kind == "person"]


def test_a_mistagged_surname_out_of_office_is_no_person(code):
    # the same word, when nobody of that name held office on the day, stays a word
    assert not code("Trump imposed duties on Canadian lumber.", "2010-04-07")


# -- talking -----------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["reporters", "journalists", "the press", "students"])
def test_speaking_to_the_press_or_an_audience_is_no_consultation(code, who):
    assert not [
        m for m in code(f"The US president spoke to {who} on Sunday.") if m.event_type == "CONSULT"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan army ignored a written request for comment on Sunday.",
        "Asked to comment on the report, the Ugandan foreign ministry said nothing.",
        "When asked about the arrests, a Nigerian police spokeswoman smiled.",
        "A Kenyan official, who asked not to be identified, confirmed the figure.",
    ],
)
def test_a_reporters_question_is_no_request(code, text):
    assert not [m for m in code(text) if m.event_type == "REQUEST"]


def test_an_appeal_between_states_is_still_a_request(code):
    m = top(code("Kenya asked Uganda to reopen the border."))
    assert (m.event_type, _codes(m.actor), _codes(m.recipient)) == ("REQUEST", ["KEN"], ["UGA"])


def test_speaking_to_a_leader_is_a_consultation(code):
    m = top(code("The US president spoke to the Indian prime minister on Sunday."))
    assert (m.event_type, _codes(m.actor), _codes(m.recipient)) == (
        "CONSULT",
        ["USAGOV"],
        ["INDGOV"],
    )
    assert m.date == str(date(2023, 5, 7))


def test_speaking_to_people_who_are_not_leaders_is_a_statement(code):
    ms = code("The Bangladeshi prime minister, speaking to villagers at a camp, praised India.")
    assert [m.event_type for m in ms] == ["SUPPORT"]


# -- false friends -------------------------------------------------------------------------------


def test_attacking_a_rival_in_a_debate_is_criticism_not_violence(code):
    m = top(
        code("The British prime minister attacked the opposition leader in a television debate.")
    )
    assert m.event_type == "ACCUSE" and "recode.sense" in m.explanation
    assert "MED" not in {a.sector for a in m.recipient}  # the debate's medium is no target
    assert top(code("Militants attacked a police post in Kabul.")).event_type == "ASSAULT"


def test_pulling_out_a_weapon_is_no_withdrawal(code):
    assert not [m for m in code("The gunman pulled out a pistol in front of Italian police.")
                if m.event_type == "RETREAT"]  # fmt: skip
    assert top(code("Russian troops pulled out of the town.")).event_type == "RETREAT"


def test_a_strike_on_a_named_place_is_military(code):
    m = _by_type(
        code("The Albanian prime minister condemned the Russian strike on Kyiv."), "ASSAULT"
    )
    assert m.cameo == "195" and _codes(m.actor) == ["RUS"]
    labour = top(code("Teachers began a strike on Monday in Nairobi."))
    assert labour.event_type == "PROTEST"


def test_allies_including_named_members_are_those_members(code):
    text = "Kenya's neighbours, including Uganda's president and Tanzania's foreign minister, condemned the raid."
    m = _by_type(code(text), "ACCUSE")
    assert sorted(_codes(m.actor)) == ["TZAGOV", "UGAGOV"]
    assert "resolve.named_members" in m.explanation
    assert not [m for m in code("Kenya's allies condemned the raid.") if m.event_type == "ACCUSE"]


def test_signing_ones_own_decree_is_no_agreement_but_its_content_is_coded(code):
    ms = code("The US president signed a proclamation imposing tariffs on Chinese steel.")
    assert [(m.event_type, _codes(m.recipient)) for m in ms] == [("SANCTION", ["CHN"])]
    assert not code("The Kenyan president signed an executive order on Monday.")
    assert top(code("Peru and Chile signed a trade agreement.")).event_type == "SUPPORT"


def test_a_denial_answers_the_last_accusation_against_its_doer(code):
    text = "Peru accused Chile of blocking aid. Chile denied the claims."
    m = _by_type(code(text), "REJECT")
    assert _codes(m.recipient) == ["PER"] and "recipient.accuser" in m.explanation
    # not the accused: no accuser's answer, but "the claims" still names Peru's act, so the
    # denial is aimed at their maker (recipient.earlier_general_act)
    other = _by_type(
        code("Peru accused Chile of blocking aid. Bolivia denied the claims."), "REJECT"
    )
    assert _codes(other.recipient) == ["PER"] and "recipient.accuser" not in other.explanation
    assert "recipient.earlier_general_act" in other.explanation


def test_a_threat_of_regret_or_punishment_is_a_threat(code):
    m = top(code("The Iranian foreign minister warned that Israel would regret its actions."))
    assert m.event_type == "THREATEN"


def test_his_counterpart_is_the_other_side_not_his_own(code):
    m = top(code("The Russian foreign minister met his Chinese counterpart in Beijing."))
    assert (_codes(m.actor), _codes(m.recipient)) == (["RUSGOV"], ["CHNGOV"])
    withdrew = top(code("Israel withdrew its troops from the town."))
    assert "ISRMIL" not in _codes(withdrew.recipient)  # its own troops stay its own


def test_an_army_reporting_that_it_killed_fighters_is_no_figure_of_speech(code):
    m = top(code("The Nigerian army said it had killed 30 Boko Haram fighters in Borno state."))
    assert m.event_type == "ASSAULT" and _codes(m.actor) == ["NGAMIL"]


def test_joint_exercises_are_cooperation_and_the_noun_keeps_the_event(code):
    m = top(code("The United States and the Philippines began joint military exercises."))
    assert (m.event_type, sorted(_codes(m.actor))) == ("COOPERATE", ["PHL", "USA"])
    assert "joint" in m.evidence.trigger and "exercises" in m.evidence.trigger
    alone = top(code("Russia held military exercises near the border."))
    assert alone.event_type == "MOBILIZE"  # one side's exercises are a show of force


def test_what_a_march_demands_is_not_done(code):
    ms = code(
        "Thousands of people marched through the streets of Santiago to demand pension reform."
    )
    assert [m.event_type for m in ms] == ["PROTEST"]


@pytest.mark.parametrize(
    ("text", "plover", "actors", "recipients"),
    [
        (
            "Thailand and Cambodia exchanged fire along their border.",
            "ASSAULT",
            ["KHM", "THA"],
            ["THA", "KHM"],
        ),
        (
            "Washington imposed new export controls on Chinese chip makers.",
            "SANCTION",
            ["USAGOV"],
            ["CHN"],
        ),
        (
            "The Iranian president vowed to retaliate against Israel.",
            "THREATEN",
            ["IRNGOV"],
            ["ISR"],
        ),
        (
            "The Chinese coast guard used water cannon against a Philippine boat.",
            "ASSAULT",
            ["CHNMIL"],
            ["PHL"],
        ),
        ("Poland closed its border with Belarus.", "COERCE", ["POL"], ["BLR"]),
        ("Canada closed its embassy in Iran.", "SANCTION", ["CAN"], ["IRN"]),
    ],
)
def test_common_news_acts(code, text, plover, actors, recipients):
    m = top(code(text))
    assert (m.event_type, sorted(_codes(m.actor)), _codes(m.recipient)) == (
        plover,
        actors,
        recipients,
    )


def test_a_place_recipient_needs_a_country(code):
    # an unknown town names no one: no recipient rather than an empty actor
    m = top(code("The Sudanese army shelled a market in Xyzabad."))
    assert m.recipient == [] or all(a.country for a in m.recipient)


# -- repression --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police fired tear gas at protesters in Nairobi.",
        "Riot police fired rubber bullets at striking miners in Lusaka.",
        "Security forces used tear gas and batons on demonstrators in Conakry.",
    ],
)
def test_tear_gas_and_rubber_bullets_are_violent_repression(code, text):
    assert ("ASSAULT", "175") in [(m.event_type, m.cameo) for m in code(text)]


def test_firing_live_rounds_is_shooting(code):
    ms = code("Soldiers fired live rounds at the crowd in Khartoum.")
    assert ("ASSAULT", "193") in [(m.event_type, m.cameo) for m in ms]


def test_firing_an_employee_is_still_no_violence(code):
    assert not code("The Kenyan ministry fired its spokesman over a leaked memo.")


def test_police_acting_during_a_rally_do_not_hold_it(code):
    ms = code("Riot police detained dozens of people during a rally in Minsk.")
    assert ("COERCE", ["BLRCOP"]) in [(m.event_type, _codes(m.actor)) for m in ms]
    assert all(_codes(m.actor) != ["BLRCOP"] for m in ms if m.event_type == "PROTEST")


def test_shooting_down_a_drone_is_military_force_and_a_proposal_a_rejection(code):
    m = top(code("Syrian air defences shot down an Israeli drone over Damascus."))
    assert (m.event_type, _codes(m.recipient)) == ("ASSAULT", ["ISR"])
    m = top(code("The Kenyan president shot down the proposal from Uganda."))
    assert (m.event_type, _codes(m.recipient)) == ("REJECT", ["UGA"])


def test_a_restatement_without_a_target_is_not_a_second_event(code):
    ms = code("Chile's president will travel to Argentina next week for his first foreign trip.")
    assert [(m.event_type, _codes(m.recipient)) for m in ms] == [("AGREE", ["ARG"])]


def test_providing_aid_or_arms_is_aid_and_providing_details_is_not(code):
    m = top(code("Germany provided Ukraine with air defence systems."))
    assert (m.event_type, m.cameo, _codes(m.recipient)) == ("AID", "072", ["UKR"])
    assert not code("The Kenyan foreign ministry provided details of the accord with Uganda.")


# -- warnings, aid missions, maritime incidents ------------------------------------------------


def test_there_will_be_consequences_is_a_warning_by_the_speaker_to_the_condition(code):
    ms = code(
        "There will be consequences if Uganda does not reopen the border, the Kenyan president said."
    )
    m = _by_type(ms, "THREATEN")
    assert (_codes(m.actor), _codes(m.recipient), m.modality) == (["KENGOV"], ["UGA"], "asserted")
    assert "actor.speaker" in m.explanation and "modality.warning" in m.explanation
    # the condition is no reopening refused: it has not happened either way
    assert all(x.modality == "hypothetical" for x in ms if x.event_type == "RETREAT")


def test_forces_sent_to_help_are_aid_and_troops_sent_to_a_border_are_not(code):
    m = top(code("Japan sent a warship to help the search for a missing ferry off Luzon."))
    assert (m.event_type, m.cameo) == ("AID", "073")
    assert "recode.aid_purpose" in m.explanation
    m = top(code("Japan sent warships to the disputed islands on Monday."))
    assert m.event_type == "MOBILIZE"


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish coast guard ship rammed a Greek fishing boat near Lesbos.",
        "A Greek fishing boat was rammed by a Turkish patrol vessel in the Aegean.",
    ],
)
def test_ramming_a_boat_is_an_attack(code, text):
    m = top(code(text))
    assert (m.event_type, _codes(m.recipient)) == ("ASSAULT", ["GRC"])


def test_ramming_a_bill_through_is_no_attack(code):
    assert not [m for m in code("The ruling party rammed the bill through parliament.")]


def test_balking_at_a_demand_is_refusing_it(code):
    assert "REJECT" in [m.event_type for m in code("Beijing balked at Washington's demands.")]


def test_a_warning_reported_in_the_present_perfect_takes_the_storys_day(code):
    text = (
        "The Kenyan president met Ugandan officials on Wednesday. "
        '"There may be consequences," the Kenyan president has said.'
    )
    m = _by_type(code(text), "THREATEN")
    assert m.date == "2023-05-10" and "date.story_reference" in m.explanation


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("China held large military drills around Taiwan on Monday.", ["TWN"]),
        ("Russia staged naval exercises off the coast of Norway.", ["NOR"]),
    ],
)
def test_drills_are_aimed_at_the_place_they_surround(code, text, target):
    m = top(code(text))
    assert (m.event_type, _codes(m.recipient)) == ("MOBILIZE", target)


def test_a_participle_or_conjoined_verb_shares_its_verbs_day(code):
    ms = code(
        "On Monday, hundreds of Kenyan farmers protested in Eldoret, demanding higher prices."
    )
    assert {m.date for m in ms} == {"2023-05-08"}
    ms = code("The Chilean and Peruvian presidents met in Lima on Tuesday and signed an accord.")
    assert {m.date for m in ms} == {"2023-05-09"}


def test_receiving_a_thing_is_no_hosting_and_striking_back_no_labour_strike(code):
    ms = code("Ukraine received military aid from Poland.")
    assert [(m.event_type, _codes(m.actor)) for m in ms] == [("AID", ["POL"])]
    m = top(code("Kenya received the Ugandan president at State House."))
    assert (m.event_type, _codes(m.recipient)) == ("CONSULT", ["UGAGOV"])
    assert top(code("Iran struck back with missile attacks on Israeli bases.")).event_type == (
        "ASSAULT"
    )


def test_an_event_takes_the_nearest_of_two_loose_dates(code):
    # published Wednesday 2023-05-17
    m = top(
        code(
            "As the talks opened yesterday, Greek officials said a fishing boat had been"
            " damaged on Friday last week when it was rammed by a Turkish patrol vessel.",
            "2023-05-17",
        )
    )
    assert (m.event_type, m.date) == ("ASSAULT", "2023-05-12")


# -- quotations --------------------------------------------------------------------------------


def _ingested(text: str):
    """Code ``text`` the way ingest does (the fast pipeline: lemmas and entities only where a
    sentence can hold an event)."""
    from communique.model import Article
    from communique.pipeline import code_articles

    (coded,) = code_articles([Article(text=text, id="q", published="2023-05-12")])
    return coded.mentions


def test_a_quotation_split_over_sentences_is_said_by_who_closes_it():
    text = (
        "Brazil's envoy said the change was notable.\n\n"
        "\u201cWe urge Chile and Peru to settle the dispute through talks. This serves both"
        " countries,\u201d the Argentine foreign ministry spokeswoman said on Tuesday."
    )
    (m,) = [m for m in _ingested(text) if m.event_type == "REQUEST"]
    assert _codes(m.actor) == ["ARGGOV"] and "resolve.quoted_speaker" in m.explanation


def test_we_in_a_quote_is_the_speaker_of_an_eventless_sentence_before_it():
    text = (
        "The Argentine foreign minister said on Monday that the weather had been fine.\n\n"
        "\u201cWe urge Chile and Peru to settle the dispute through talks.\u201d"
    )
    (m,) = [m for m in _ingested(text) if m.event_type == "REQUEST"]
    assert _codes(m.actor) == ["ARGGOV"]


@pytest.mark.parametrize(
    "text",
    [
        "The Indian government announced a hold on exports of the vaccine to Nepal.",
        "India halted exports of rice to Bangladesh.",
        "Kenya imposed a ban on imports of Ugandan sugar.",
    ],
)
def test_halting_exports_or_imports_is_an_embargo(code, text):
    assert ("SANCTION", "163") in [(m.event_type, m.cameo) for m in code(text)]


def test_welcoming_talks_is_praise_and_welcoming_a_visitor_a_reception(code):
    assert top(code("Kenya welcomed the talks with Uganda.")).event_type == "SUPPORT"
    assert top(code("Kenya welcomed the Ugandan president at the airport.")).event_type == (
        "CONSULT"
    )


def test_a_counted_or_named_group_of_people_does_not_point_back_to_the_last_pair(code):
    text = "Kenya and Uganda signed a trade pact. Two soldiers were killed in a raid in Kampala."
    m = _by_type(code(text), "ASSAULT")
    assert _codes(m.recipient) == ["UGAMIL"]
    text = "Kenya and Uganda signed a trade pact. The two countries agreed to reopen the border."
    assert _codes(_by_type(code(text), "AGREE").actor) == ["KEN", "UGA"]


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The Rapid Support Forces shelled a market in Omdurman on Sunday.", "SDNREB"),
        ("M23 rebels seized a border town in North Kivu.", "CODREB"),
        ("Wagner mercenaries attacked villages in central Mali.", "RUSUAF"),
    ],
)
def test_armed_groups_formed_or_active_since_2014_are_known(code, text, doer):
    assert _codes(top(code(text)).actor) == [doer]


def test_a_big_city_the_tagger_calls_a_group_is_still_a_place(code):
    m = top(code("Hayat Tahrir al-Sham fighters captured Aleppo."))
    assert _codes(m.recipient) == ["SYR"]


def test_a_day_after_on_is_no_call_on_someone(code):
    ms = code("Kenya's foreign ministry called a press conference on Wednesday.")
    assert not [m for m in ms if m.event_type == "REQUEST"]
    m = top(code("Kenya's president called on Wednesday for talks with Uganda."))
    assert (m.event_type, _codes(m.recipient), m.date) == ("REQUEST", ["UGA"], "2023-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan Supreme Court struck down the government's ban on protests.",
        "The Kenyan High Court ruled against the government.",
    ],
)
def test_a_court_ruling_against_a_party_finds_it_liable(code, text):
    m = top(code(text))
    assert (m.event_type, m.cameo, _codes(m.actor), _codes(m.recipient)) == (
        "ACCUSE",
        "116",
        ["KENJUD"],
        ["KENGOV"],
    )


def test_rebels_accusing_the_army_target_the_states_army(code):
    m = top(code("The Rapid Support Forces accused the army of shelling markets."))
    assert (_codes(m.actor), _codes(m.recipient)) == (["SDNREB"], ["SDNMIL"])


def test_a_verb_the_parser_hangs_after_a_relative_clause_keeps_its_subject(code):
    ms = code(
        "Norway and Qatar, which have tried to mediate between the two sides,"
        " called for an immediate truce."
    )
    m = _by_type(ms, "REQUEST")
    assert _codes(m.actor) == ["NOR", "QAT"]


def test_a_reported_event_takes_the_storys_day_too(code):
    text = (
        "Thousands of Georgians protested in Tbilisi on Sunday. "
        "The interior ministry said police had detained 36 people."
    )
    m = _by_type(code(text, "2024-05-13"), "COERCE")
    assert (m.modality, m.date) == ("claimed", "2024-05-12")


def test_a_speaker_joined_to_his_reported_clause_still_makes_the_appeal(code):
    m = _by_type(
        code("Chile's foreign minister said the duties were unfair and called on Peru to talk."),
        "REQUEST",
    )
    assert (_codes(m.actor), _codes(m.recipient)) == (["CHLGOV"], ["PER"])


def test_hit_by_tariffs_is_no_grenade_attack(code):
    assert not [
        m for m in code("Canada, hit by U.S. tariffs, kept calm.") if m.event_type == "ASSAULT"
    ]


def test_troops_sent_are_a_deployment_and_troops_sent_to_help_are_aid(code):
    assert top(code("Kenya sent troops to the border with Somalia.")).event_type == "MOBILIZE"
    m = top(code("Rwanda sent troops to Mozambique to help fight insurgents."))
    assert (m.event_type, _codes(m.recipient)) == ("AID", ["MOZ"])


def test_a_states_strikes_are_military_and_workers_strikes_labour(code):
    ms = code("Ukraine condemned the Russian strikes on its power grid.")
    strike = next(m for m in ms if "strikes" in m.evidence.trigger)
    assert strike.event_type == "ASSAULT"
    assert "RUS" not in {a.country for a in strike.recipient}  # no domestic protest target
    ms = code("Nurses joined the French strikes against the pension reform.")
    assert next(m for m in ms if "strikes" in m.evidence.trigger).event_type == "PROTEST"


def test_a_city_followed_by_its_state_is_in_that_states_country(code):
    m = top(code("Police in Birmingham, Alabama, arrested ten protesters on Monday."))
    assert {a.country for a in m.actor} == {"USA"}
    m = top(code("Police in Hyderabad, Sindh, arrested ten protesters."))
    assert {a.country for a in m.actor} == {"PAK"}
    m = top(code("Police in Birmingham arrested ten protesters on Monday."))
    assert {a.country for a in m.actor} == {"GBR"}  # the larger city without a region


def test_what_a_clause_happens_amid_or_following_has_happened(code):
    ms = code("The president will travel to Kenya following protests in Nairobi.")
    assert next(m for m in ms if m.event_type == "PROTEST").modality == "asserted"
    ms = code("Peru would reconsider its offer amid attacks by rebels on army posts.")
    assert next(m for m in ms if m.event_type == "ASSAULT").modality == "asserted"


def test_school_and_fire_drills_are_no_military_drills(code):
    assert code("Schools across Japan held fire drills on Monday.") == []


def test_a_province_the_gazetteer_lacks_is_placed_by_its_iso_region(code):
    m = top(code("Police fired tear gas at protesters in Sindh."))
    assert {a.country for a in m.actor} == {"PAK"}


# -- misparses and headline style ----------------------------------------------------------------


def test_a_past_tense_read_as_the_adjective_of_its_object_keeps_its_subject(code):
    # the small model reads "threatened" as an adjective of "attacks", with the group its subject
    m = _by_type(code("Al-Shabaab threatened attacks on Kenyan tourist resorts."), "THREATEN")
    assert m.actor[0].country == "SOM"
    assert "KEN" in {a.country for a in m.recipient}
    assert "actor.misparsed_subject" in m.explanation


def test_headline_names_joined_by_a_comma_act_together(code):
    m = _by_type(code("Kenya, Uganda sign border deal"), "SUPPORT")
    assert sorted(_codes(m.actor)) == ["KEN", "UGA"]
    assert "actor.comma_subjects" in m.explanation
    talks = _by_type(code("Egypt, Sudan hold talks on Nile dam"), "CONSULT")
    assert sorted(_codes(talks.actor)) == ["EGY", "SDN"]
    # a noun named by its country before it is a name too
    clash = _by_type(code("Sudan army, RSF clash in Khartoum"), "ASSAULT")
    assert sorted(_codes(clash.actor)) == ["SDNMIL", "SDNREB"]


def test_headline_title_abbreviations_name_officials(code):
    m = _by_type(code("Turkish FM visits Baghdad"), "CONSULT")
    assert m.actor[0].code == "TURGOV"
    assert m.recipient[0].country == "IRQ"
    assert "recipient.npadvmod_object" in m.explanation
    dm = _by_type(code("Israeli DM threatens Hezbollah"), "THREATEN")
    assert dm.actor[0].code == "ISRMIL"
    pm = _by_type(code("The Nepali PM flew to New Delhi on Monday."), "CONSULT")
    assert pm.actor[0].code == "NPLGOV"


def test_ordering_someone_to_leave_is_an_expulsion(code):
    # the dictionary's "(TO LEAVE)" is a "to"-infinitive, read even where the parser hangs it
    # on the object as a relative clause
    # (a mission or diplomats ordered out: SANCTION, CAMEO 1661 / 161 as the ICEWS CAMEO
    # codebook has it; individuals ordered out are deported, COERCE 174)
    m = _by_type(code("Mali ordered the UN peacekeeping mission to leave."), "SANCTION")
    assert m.actor[0].country == "MLI"
    assert m.recipient[0].code == "UNO"
    envoy = _by_type(code("Niger ordered the French ambassador to leave the country."), "SANCTION")
    assert envoy.actor[0].country == "NER"
    assert envoy.recipient[0].country == "FRA"


def test_an_act_someone_is_made_to_do_in_an_effort_is_not_done(code):
    # "in an effort to make X release" is as "in an effort to force X to release": an aim
    ms = code("Chile blocked fuel deliveries in an effort to make Bolivia release the trucks.")
    m = _by_type(ms, "RETREAT")
    assert m.actor[0].country == "BOL"
    assert m.modality == "hypothetical"
    assert _by_type(ms, "SANCTION").modality == "asserted"
    # a causative that happened asserts the act
    done = _by_type(code("Pressure from Brazil made Paraguay release the farmers."), "RETREAT")
    assert done.modality == "asserted"


def test_a_participle_opening_the_sentence_with_by_is_done_by_its_agent_to_the_subject(code):
    ms = code("Backed by Turkey, the rebels attacked government positions near Aleppo.")
    m = _by_type(ms, "SUPPORT")
    assert m.actor[0].country == "TUR"
    assert m.recipient and m.recipient[0].code.endswith("REB")
    assert _by_type(ms, "ASSAULT").actor[0].code.endswith("REB")
    # the comma after the agent joins no country to the subject's role
    ms = code("Supported by Russia, Syrian troops shelled rebel towns.")
    m = _by_type(ms, "SUPPORT")
    assert (_codes(m.actor), _codes(m.recipient)) == (["RUS"], ["SYRMIL"])


def test_a_capital_naming_where_a_gathering_was_held_is_no_government(code):
    # "at Nairobi protest": the capital says where; those arrested are no government
    m = _by_type(code("Police arrest 20 at Nairobi protest"), "COERCE")
    assert [a.code for a in m.recipient] == ["KEN"]
    assert "as the place of the protest" in m.explanation


def test_trading_fire_is_as_exchanging_it(code):
    ms = code("Indian and Pakistani troops traded fire along the border on Sunday.")
    m = _by_type(ms, "ASSAULT")
    assert {a.country for a in m.actor} == {"IND", "PAK"}
    # trading with a partner stays economic cooperation
    assert _by_type(code("Vietnam trades with Cambodia."), "COOPERATE")


def test_expelled_from_a_country_with_no_agent_is_expelled_by_it(code):
    m = _by_type(code("The French ambassador was expelled from Mali on Tuesday."), "SANCTION")
    assert (_codes(m.actor), m.recipient[0].country) == (["MLI"], "FRA")
    assert "actor.expelled_from" in m.explanation
    by = _by_type(code("Two Russian diplomats were expelled by Norway."), "SANCTION")
    assert _codes(by.actor) == ["NOR"]


def test_recapturing_a_town_is_fighting(code):
    m = _by_type(code("The Sudanese army recaptured the town on Friday."), "ASSAULT")
    assert _codes(m.actor) == ["SDNMIL"]


# -- prose that states no act: questions, habits, kinds, background --------------------------------


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        (
            "It is still unclear whether Ghana will recall its ambassador from Togo.",
            "Ghana recalled its ambassador from Togo.",
        ),
        (
            "Nobody knows if the Sri Lankan navy fired on the Indian trawlers.",
            "The Sri Lankan navy fired on the Indian trawlers.",
        ),
        (
            "Whether Qatar will host the talks between the Afghan factions remains an open question.",
            "Qatar will host the talks between the Afghan factions.",
        ),
    ],
)
def test_an_open_question_states_no_act(code, nlp, question, statement):
    assert code(statement), "the act itself is coded"
    assert code(question) == []
    assert "filter.open_question" in dropped_rules(nlp, question)


@pytest.mark.parametrize(
    ("question", "statement"),
    [
        ("Will Algeria close its border with Morocco?", "Algeria closed its border with Morocco."),
        ("Did Ugandan troops cross into South Sudan?", "Ugandan troops crossed into South Sudan."),
    ],
)
def test_a_yes_no_question_asks_whether_the_act_happens(code, nlp, question, statement):
    assert code(statement)
    assert code(question) == []
    assert "filter.question" in dropped_rules(nlp, question)


def test_a_question_word_question_takes_the_act_as_given(code):
    m = top(code("Why did Algeria close its border with Morocco?"))
    assert (m.event_type, _codes(m.actor), _codes(m.recipient)) == ("COERCE", ["DZA"], ["MAR"])


@pytest.mark.parametrize(
    ("habit", "act"),
    [
        (
            "The Slovak prime minister often criticises the European Commission.",
            "The Slovak prime minister criticised the European Commission on Monday.",
        ),
        (
            "The Kenyan president regularly meets the Ugandan leader.",
            "The Kenyan president met the Ugandan leader on Friday.",
        ),
        (
            "The Nigerian senator has long campaigned against fuel subsidies.",
            "The Nigerian senator campaigned against fuel subsidies on Monday.",
        ),
        (
            "The Peruvian president pays frequent visits to Bolivia.",
            "The Peruvian president paid a visit to Bolivia on Monday.",
        ),
        # a schedule: "every N years", "each year" (vocabulary recurring_units)
        (
            "Mexico holds presidential elections every six years.",
            "Mexico held presidential elections on Sunday after months of protests.",
        ),
        (
            "Slovenia holds a referendum on the treaty each year.",
            "Slovenia held a referendum on the treaty in May.",
        ),
    ],
)
def test_a_habit_is_no_particular_act(code, nlp, habit, act):
    assert code(act)
    assert code(habit) == []
    assert "filter.habitual" in dropped_rules(nlp, habit)


def test_acts_every_night_are_still_reported(code):
    """Only years and decades make a schedule: nightly attacks are still attacks."""
    m = top(code("Russian forces shelled Kharkiv every night last week."))
    assert m.event_type == "ASSAULT"


def test_repeated_acts_of_one_event_are_no_habit(code):
    m = top(code("Police repeatedly fired tear gas at protesters in Nairobi on Tuesday."))
    assert (m.event_type, _codes(m.actor)) == ("ASSAULT", ["KENCOP"])


def test_a_practice_of_repression_is_still_reported_as_repression(code):
    m = top(code("Indonesian police routinely detain students without charge."))
    assert (m.event_type, _codes(m.actor)) == ("COERCE", ["IDNCOP"])


@pytest.mark.parametrize(
    "text",
    [
        "Armies that bomb cities commit war crimes.",
        "Any army that bombs cities commits a war crime.",
    ],
)
def test_what_a_kind_of_doer_does_is_no_act(code, nlp, text):
    assert code(text) == []
    assert "filter.generic" in dropped_rules(nlp, text)
    assert code("Militias shelled villages in Darfur on Sunday.")


def test_the_start_of_a_period_is_background(code, nlp):
    text = "Since the Saudi blockade of Qatar, food prices in Doha have risen."
    assert code(text) == []
    assert "filter.background" in dropped_rules(nlp, text)
    m = top(code("The Saudi blockade of Qatar hurt food imports."))
    assert (m.event_type, _codes(m.actor), _codes(m.recipient)) == ("SANCTION", ["SAU"], ["QAT"])
    text = "Armenia and Azerbaijan swapped 30 prisoners, the most since the start of Azerbaijan's offensive."
    assert [m.event_type for m in code(text)] == ["RETREAT"]


@pytest.mark.parametrize(
    "text",
    [
        "The history of protest in Peru is long.",
        "Scholars debate the value of talks between Ethiopia and Egypt.",
        "The legacy of the Indonesian occupation of East Timor is still felt.",
        "Water rights have long been a source of unrest in northern Chile.",
    ],
)
def test_an_event_word_named_as_a_topic_is_no_act(code, nlp, text):
    assert code(text) == []
    assert "filter.topic" in dropped_rules(nlp, text)


def test_talks_held_on_a_topic_are_still_talks(code):
    m = top(code("Ethiopia and Egypt held talks on the dam on Monday."))
    assert (m.event_type, sorted(_codes(m.actor))) == ("CONSULT", ["EGY", "ETH"])


@pytest.mark.parametrize(
    "text",
    [
        "Many Hungarians blame Brussels for the rising prices.",
        "Most Indonesians oppose sending troops to the border.",
    ],
)
def test_a_share_of_a_people_holding_a_view_is_opinion(code, nlp, text):
    assert code(text) == []
    assert "filter.opinion" in dropped_rules(nlp, text)


def test_a_state_blaming_and_a_counted_crowd_protesting_are_acts(code):
    m = top(code("Hungary blamed Brussels for the rising prices."))
    assert (m.event_type, _codes(m.actor)) == ("ACCUSE", ["HUN"])
    m = top(code("Many Kenyans protested in Nairobi against the new tax."))
    assert (m.event_type, _codes(m.actor)) == ("PROTEST", ["KENCVL"])


@pytest.mark.parametrize(
    "text",
    [
        "The Argentine president thrives on attacking his critics.",
        "The Kenyan president is notorious for attacking the judiciary.",
        "Kenya's army is known to shell villages near the border.",
    ],
)
def test_an_act_named_as_a_trait_is_no_act(code, nlp, text):
    assert code(text) == []
    assert "filter.character" in dropped_rules(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The Bolivian minister said she felt betrayed by Chile.",
        "Residents of the Estonian border town feel threatened by Russia.",
    ],
)
def test_a_feeling_is_no_act(code, nlp, text):
    assert code(text) == []
    assert "filter.feeling" in dropped_rules(nlp, text)


def test_being_threatened_is_still_an_act(code):
    m = top(code("Estonia was threatened by Russia on Monday."))
    assert (m.event_type, _codes(m.actor)) == ("THREATEN", ["RUS"])


@pytest.mark.parametrize(
    "text",
    [
        "Israel's war in Gaza has dominated the summit.",
        "Russia's invasion has dominated the summit in Brussels.",
    ],
)
def test_a_situation_that_dominates_a_meeting_takes_no_part_in_it(code, text):
    assert not [m for m in code(text) if m.event_type == "CONSULT"]


def test_a_state_that_launches_an_offensive_still_does_it(code):
    m = top(code("Kenya launched an offensive against the rebels."))
    assert (m.event_type, _codes(m.actor)) == ("ASSAULT", ["KEN"])


# -- one act told more than once: each telling takes the day one of them names ---------------


def test_an_act_told_again_with_its_day_dates_the_undated_telling(code):
    # published Friday 2023-05-12; the lead's day would be the story's first day (Thursday)
    text = (
        "Chile imposed tariffs on steel from Peru. "
        "Peru's foreign minister condemned the move on Thursday. "
        "Chile imposed the tariffs on Peruvian steel on Monday, the trade ministry said."
    )
    lead = next(m for m in code(text) if m.event_type == "SANCTION" and m.sentence == 0)
    assert lead.date == "2023-05-08"
    assert "date.same_act" in lead.explanation


def test_the_same_act_against_other_parties_keeps_the_storys_day(code):
    text = (
        "Peru condemned Chile on Thursday. "
        "Chile imposed tariffs on Bolivian wheat. "
        "Chile imposed tariffs on Peruvian steel on Monday."
    )
    wheat = next(m for m in code(text) if m.event_type == "SANCTION" and m.sentence == 1)
    assert wheat.date == "2023-05-11" and "date.same_act" not in wheat.explanation


def test_a_dated_noun_an_event_reacts_to_does_not_date_the_reaction(code):
    m = _by_type(code("Peru condemned Monday's attack on its embassy in Quito."), "ACCUSE")
    assert m.date == "2023-05-12"


def test_a_dated_event_noun_dates_another_telling_of_its_act(code):
    text = (
        "Peru recalled its ambassador to Chile after Monday's border clash. "
        "Chilean and Peruvian soldiers clashed near the border town, officials said."
    )
    clash = _by_type(code(text), "ASSAULT")
    assert clash.date == "2023-05-08" and "date.same_act" in clash.explanation


def test_a_month_takes_the_day_another_telling_of_the_act_names(code):
    text = (
        "China held large military drills around Taiwan in October. "
        "Taiwan condemned the 14 October drills as a provocation."
    )
    ms = code(text, "2024-10-20")
    assert _by_type(ms, "MOBILIZE").date == "2024-10-14"
    assert _by_type(ms, "ACCUSE").date == "2024-10-20"  # the condemnation is not of that day


def test_a_duplicate_event_word_gives_its_day_to_the_one_kept(code):
    text = (
        "A Turkish drone strike killed three fighters in northern Iraq in April. "
        "The Turkish strike on 21 April also destroyed an arms depot, Iraqi officials said."
    )
    destroyed = next(m for m in code(text) if m.evidence.trigger == "destroyed")
    assert destroyed.date == "2023-04-21" and "date.same_act" in destroyed.explanation


def test_a_month_keeps_its_month_when_only_another_act_names_a_day(code):
    text = (
        "Chile expelled two Peruvian diplomats in April. "
        "Chile and Peru held talks in Lima on 21 April."
    )
    expel = next(m for m in code(text) if m.sentence == 0)
    assert expel.date == "2023-04"


def test_the_act_someone_is_suspected_of_is_earlier_and_undated(code):
    ms = code("Ali Karimi, suspect in Baghdad market bombing, killed by Iraqi police.")
    bombing = next(m for m in ms if m.evidence.trigger == "bombing")
    assert bombing.date is None and "date.background_act" in bombing.explanation


def test_a_day_told_for_the_same_type_against_one_side_only_needs_the_same_word(code):
    text = (
        "Peru condemned Chile on Thursday. "
        "Chilean police detained two Peruvian fishermen. "
        "Chilean police arrested protesters in Santiago on Monday."
    )
    detained = next(m for m in code(text) if m.sentence == 1)
    assert detained.date == "2023-05-11" and "date.same_act" not in detained.explanation


def test_a_statement_said_again_in_other_words_keeps_its_own_day(code):
    text = (
        "Peru threatened Chile with sanctions on Monday. "
        "Chile's navy seized a Peruvian fishing boat on Wednesday. "
        "Peru warned Chile of retaliation."
    )
    warned = next(m for m in code(text) if m.sentence == 2)
    assert warned.date == "2023-05-10" and "date.same_act" not in warned.explanation


def test_a_possessive_day_before_an_event_noun_dates_the_act(code):
    text = (
        "China staged naval exercises around Taiwan in October. "
        "Taiwan’s premier said Monday’s exercises disrupted shipping lanes."
    )
    drills = _by_type(code(text, "2024-10-17"), "MOBILIZE")
    assert drills.date == "2024-10-14" and "date.same_act" in drills.explanation


@pytest.mark.parametrize("goods", ["steel", "steel imports"])
def test_a_participle_day_on_an_event_noun_dates_a_later_telling(code, goods):
    # "imports announced ...": the parser may hang the participle on the phrase's noun
    text = (
        f"The duties on {goods} announced by the Chilean president on Monday are unfair, "
        "Peru's trade minister said on Wednesday. "
        "The president signed a decree imposing 30% duties on Peruvian steel."
    )
    duties = _by_type(code(text), "SANCTION")
    assert duties.date == "2023-05-08" and "date.same_act" in duties.explanation


@pytest.mark.parametrize(
    "text",
    [
        "The asylum decree, which President Ruiz signed on Monday, bars entry to Bolivians.",
        "The budget law the Kenyan president signed last week cuts funds for universities.",
    ],
)
def test_an_order_signed_in_a_relative_clause_is_no_agreement(code, text):
    # the pattern "sign + order/decree/law: no event" reads the noun the clause hangs on
    assert not [m for m in code(text) if m.cameo == "057"]


def test_a_treaty_signed_in_a_relative_clause_stays_a_signing(code):
    ms = code("The border treaty, which Peru and Ecuador signed on Monday, ends the dispute.")
    assert [m for m in ms if m.cameo == "057"]
