"""Modality cues and event dates resolved against the publication date."""

from __future__ import annotations

import pytest

from support import top


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Canada imposed sanctions on Venezuela.", "asserted"),
        ("Canada will impose sanctions on Venezuela.", "future"),
        ("Canada could impose sanctions on Venezuela if talks fail.", "hypothetical"),
        ("Canada did not impose sanctions on Venezuela.", "negated"),
        ("Canada has reportedly imposed sanctions on Venezuela.", "claimed"),
        ("Canada was unable to impose sanctions on Venezuela.", "negated"),
        ("Canada would be able to impose sanctions on Venezuela.", "hypothetical"),
        ("Canada's plan requires sanctions on Venezuela.", "hypothetical"),
        # the second of two joined conditions is a condition too
        ("If the tribunal orders Chile to pay and Chile refuses, talks will end.", "hypothetical"),
    ],
)
def test_modality(code, text, modality):
    assert top(code(text)).modality == modality


def test_planned_visit_is_agree_036(code):
    m = top(code("The Indian prime minister is expected to visit Japan next week."))
    assert (m.event_type, m.cameo, m.modality) == ("AGREE", "036", "future")


def test_will_be_able_to_is_a_plan(code):
    m = top(code("The Kenyan minister said he will be able to meet the Ugandan president soon."))
    assert (m.event_type, m.modality) == ("AGREE", "future")


def test_going_to_with_a_verb_is_the_future_not_a_trip(code):
    ms = code("The Kenyan minister said he is going to hold talks with Uganda.")
    assert [(m.event_type, m.modality) for m in ms] == [("AGREE", "future")]
    assert all(m.evidence.trigger != "going to" for m in ms)


def test_refusal_is_reject(code):
    m = top(code("Iran refused to release the British sailors."))
    assert m.event_type == "REJECT"


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Canada imposed sanctions on Venezuela on Friday.", "2023-05-12", "day"),  # a Friday
        ("Canada imposed sanctions on Venezuela on Thursday.", "2023-05-11", "day"),
        ("Canada imposed sanctions on Venezuela on Thursday last week.", "2023-05-04", "day"),
        ("Canada imposed sanctions on Venezuela yesterday.", "2023-05-11", "day"),
        ("Canada imposes sanctions on Venezuela today.", "2023-05-12", "day"),
        ("Canada imposed sanctions on Venezuela last October.", "2022-10", "month"),
        # the current month "next week" falls in says nothing of the day the plan was told
        # (date.coming_period): the day of publication
        ("Canada will impose sanctions on Venezuela next week.", "2023-05-12", "day"),
        ("Canada will impose sanctions on Venezuela on Tuesday.", "2023-05-16", "day"),
        ("Canada imposed sanctions on Venezuela in 2019.", "2019", "year"),
        ("Canada imposed sanctions on Venezuela from 2014 to 2023.", "2014", "year"),
        ("Canada has imposed sanctions on Venezuela since 2014.", "2014", "year"),
        ("Canada imposed sanctions on Venezuela.", "2023-05-12", "day"),
    ],
)
def test_dates(code, text, date, precision):
    m = top(code(text))
    assert (m.date, m.date_precision) == (date, precision)


@pytest.mark.parametrize(
    ("text", "when", "date", "precision"),
    [
        ("Canada expelled two Venezuelan diplomats last night.", "2023-05-12", "2023-05-11", "day"),
        # the last Saturday and Sunday (6-7 May): which of them is not said
        ("Canada expelled two Venezuelan diplomats over the weekend.", "2023-05-12", "2023-05",
         "month"),
        # 30 September and 1 October: the weekend spans two months
        ("Canada expelled two Venezuelan diplomats over the weekend.", "2023-10-04", "2023",
         "year"),
        ("Canada expelled two Venezuelan diplomats in mid-April.", "2023-05-12", "2023-04",
         "month"),
    ],
)  # fmt: skip
def test_last_night_the_weekend_and_mid_month(code, text, when, date, precision):
    m = top(code(text, when))
    assert (m.date, m.date_precision) == (date, precision)


def test_no_publication_date_no_relative_date(code):
    m = top(code("Canada imposed sanctions on Venezuela on Friday.", when=None))
    assert m.event_type == "SANCTION" and m.date is None


def test_will_not_accept_is_a_refusal(code):
    m = top(code("Poland said it will not accept the EU migrant quota."))
    # the refusal itself was made: asserted, and so listed with the other events
    assert m.event_type == "REJECT" and m.modality == "asserted"
    assert "modality.refusal" in m.explanation


def test_said_must_is_a_demand(code):
    m = top(code("Germany said Poland must respect the court ruling."))
    assert m.event_type == "REQUEST"
    assert {a.country for a in m.actor} == {"DEU"} and {a.country for a in m.recipient} == {"POL"}


@pytest.mark.parametrize(
    ("text", "modality", "date"),
    [
        ("Iraq invaded Kuwait in August 1990.", "historical", "1990-08"),
        ("During the Cold War the Soviet Union blockaded Berlin.", "historical", "1947"),
        ("China condemned Japan on Monday.", "asserted", "2024-05-06"),
        ("Russia attacked Ukraine last month.", "asserted", "2024-04"),
        ("China condemned Japan in 2024.", "asserted", "2024"),  # the year is not over
    ],
)
def test_history_is_coded_historical_with_its_own_date(code, text, modality, date):
    m = top(code(text, "2024-05-12"))
    assert (m.modality, m.date) == (modality, date), m.explanation
    if modality == "historical":
        assert "[modality.historical]" in m.explanation


def test_a_dated_event_just_before_the_threshold_is_still_news(code):
    recent = top(code("Iran expelled two French diplomats on 1 March 2024.", "2024-05-12"))
    older = top(code("Iran expelled two French diplomats on 1 March 2023.", "2024-05-12"))
    assert recent.modality == "asserted" and older.modality == "historical"
    assert older.date == "2023-03-01"


def test_weekdays_resolve_by_tense(code):
    # published on Wednesday 15 May 2024
    planned = top(code("Peru is hosting talks with Chile on Friday.", "2024-05-15"))
    held = top(code("Peru hosted talks with Chile on Friday.", "2024-05-15"))
    assert planned.date == "2024-05-17" and planned.modality == "future"
    assert held.date == "2024-05-10" and held.modality == "asserted"
    # a headline's simple present reports what happened
    lead = top(code("Chile condemns Peru's decision, the minister said on Monday.", "2024-05-15"))
    assert lead.date == "2024-05-13" and lead.modality == "asserted"


def test_someones_demand_named_under_a_condition_was_still_made(code):
    # the rejection is conditional; Brazil's demands exist
    ms = code("The deal may collapse if Argentina rejects Brazil's demands for lower duties.")
    demand = next(m for m in ms if m.event_type == "REQUEST")
    assert demand.modality == "asserted"
    reject = next(m for m in ms if m.event_type == "REJECT")
    assert reject.modality == "hypothetical"


def test_a_trip_named_by_a_possessive_keeps_its_verbs_future(code):
    ms = code("Chile's president will travel to Argentina next week for his first foreign trip.")
    assert {m.modality for m in ms} == {"future"}


def test_what_someone_is_pressed_or_forced_to_do_in_an_attempt_is_not_done(code):
    ms = code("Chile blocked fuel deliveries in an effort to force Bolivia to release the trucks.")
    released = [m for m in ms if m.event_type == "RETREAT"]
    assert released and all(m.modality == "hypothetical" for m in released)
    ms = code("Weeks of protests forced the Peruvian interior minister to resign.")
    assert next(m for m in ms if "resign" in m.evidence.trigger).modality == "asserted"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The danger of a Chinese attack on Taiwan is growing, the minister said.", "ASSAULT"),
        ("The risk of a Russian invasion remains high.", "COERCE"),
        ("Fears of an Israeli strike on Lebanon grew on Monday.", "ASSAULT"),
    ],
)
def test_an_act_feared_or_at_risk_is_hypothetical(code, text, kind):
    ms = [m for m in code(text) if m.event_type == kind]
    assert ms and all(m.modality == "hypothetical" for m in ms)
    assert all("modality.cue" in m.explanation for m in ms)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian officials recalled the 1992 Shining Path bombings in Lima.",
        "Prosecutors say the 2019 riots in Santiago were organised online.",
    ],
)
def test_a_year_before_a_plural_or_unrest_noun_dates_it_as_history(code, text):
    ms = code(text, "2024-11-10")
    assert ms and all(m.modality == "historical" for m in ms), [(m.event_type, m.date) for m in ms]


@pytest.mark.parametrize(
    ("text", "kind", "modality"),
    [
        # a subject that counts no one: nothing was done
        ("No Kenyan minister met the Somali envoy.", "CONSULT", "negated"),
        ("Nobody from the Peruvian government attended the talks.", "CONSULT", "negated"),
        ("Neither government has accepted the Brazilian offer of talks.", "AGREE", "negated"),
        ("Neither Kenya nor Uganda attended the talks in Arusha.", "CONSULT", "negated"),
        # a fact-check: a clause that a negated noun holds did not happen
        (
            "There is no evidence that Ethiopian troops crossed into Eritrea.",
            "ASSAULT",
            "negated",
        ),
        # testimony in court: a claim, not an act the story asserts
        (
            "A former guard testified that soldiers had shelled the Bosnian village.",
            "ASSAULT",
            "claimed",
        ),
        ("The tribunal heard that the militia attacked the camp near Goma.", "ASSAULT", "claimed"),
        (
            "Survivors described how Sudanese soldiers burned houses in the village.",
            "ASSAULT",
            "claimed",
        ),
        # a party's case in court: what prosecutors or a lawsuit say happened is a claim (a
        # claim about an act dated well before publication is history: rule modality.historical)
        (
            "Prosecutors say the soldiers shelled the Congolese village in March.",
            "ASSAULT",
            "claimed",
        ),
    ],
)
def test_what_prose_does_not_assert(code, text, kind, modality):
    ms = [m for m in code(text) if m.event_type == kind]
    assert ms and {m.modality for m in ms} == {modality}


def test_a_sign_of_evidence_keeps_the_act_asserted(code):
    m = top(code("There is evidence that Ethiopian troops crossed into Eritrea on Monday."))
    assert (m.event_type, m.modality) == ("ASSAULT", "asserted")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A strike by Nigerian oil workers would cripple exports.", "PROTEST"),
        ("Talks between Serbia and Kosovo could ease the tension, the analyst wrote.", "CONSULT"),
        ("The Ethiopian offensive, if it happens, would be the third this year.", "ASSAULT"),
    ],
)
def test_a_noun_event_that_might_be_is_hypothetical(code, text, kind):
    ms = [m for m in code(text) if m.event_type == kind]
    assert ms and {m.modality for m in ms} == {"hypothetical"}


def test_a_noun_event_that_is_the_subject_of_a_past_verb_stays_asserted(code):
    m = top(code("A strike by Nigerian oil workers crippled exports on Monday."))
    assert (m.event_type, m.modality) == ("PROTEST", "asserted")


@pytest.mark.parametrize(
    "text",
    [
        "The Sudanese army burned houses in the village, witnesses said.",
        "Sudanese soldiers attacked the village on Monday, and survivors described the attack.",
    ],
)
def test_news_sourced_to_witnesses_stays_asserted(code, text):
    ms = [m for m in code(text) if m.event_type == "ASSAULT"]
    assert ms and {m.modality for m in ms} == {"asserted"}


def test_what_must_be_done_is_not_done(code):
    ms = code("The accord must now be ratified by the parliaments of Peru and Chile.")
    assert [m.modality for m in ms if m.event_type == "SUPPORT"] == ["hypothetical"]


@pytest.mark.parametrize(
    ("text", "etype", "year"),
    [
        (
            "Chile was struck by a huge earthquake in 2010. "
            "Argentina sent rescue teams to Chile after that disaster.",
            "AID",
            "2010",
        ),
        (
            "Kenya held a disputed election in December 2007. "
            "Uganda criticised Kenya after that election.",
            "ACCUSE",
            "2007",
        ),
        (
            "Russia annexed Crimea in 2014. "
            "After that annexation, the European Union imposed sanctions on Russia.",
            "SANCTION",
            "2014",
        ),
    ],
)
def test_an_act_placed_after_that_earlier_happening_is_dated_to_its_year(code, text, etype, year):
    m = next(m for m in code(text, "2025-02-17") if m.event_type == etype)
    assert (m.date, m.modality) == (year, "historical")
    assert "date.anaphoric_history" in m.explanation


def test_after_that_recent_happening_keeps_the_story_day(code):
    text = "Turkey was hit by an earthquake on Saturday. Greece sent rescuers to Turkey after that disaster."
    m = next(m for m in code(text, "2025-02-17") if m.event_type == "AID")
    assert m.date == "2025-02-15"
    text = "A flood hit Pakistan in 2022. Japan pledged aid to Pakistan after the earthquake."
    m = next(m for m in code(text, "2025-02-17") if m.event_type == "AGREE")
    assert m.date == "2025-02-17"


@pytest.mark.parametrize(
    ("text", "etype", "day"),
    [
        (
            "Kenya's trade ministry said on Monday it would levy a 10 percent tariff on imports "
            "of Ugandan sugar.",
            "THREATEN",
            "2025-03-03",
        ),
        ("Chile said on Tuesday it would send troops to the border with Bolivia.", "MOBILIZE",
         "2025-03-04"),
    ],
)  # fmt: skip
def test_a_weekday_right_after_said_dates_the_saying_not_the_plan(code, text, etype, day):
    m = next(m for m in code(text, "2025-03-05") if m.event_type == etype)
    assert m.date == day


def test_a_weekday_inside_the_reported_clause_still_looks_ahead(code):
    m = next(
        m
        for m in code("Egypt said it would host talks with Sudan on Monday.", "2025-03-05")
        if m.event_type == "AGREE"
    )
    assert m.date == "2025-03-10"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # the time of a relative clause with no event of its own is not its noun's verb's
        (
            "Greece, where 30,000 migrants landed by boat last year, welcomed the pact with "
            "Turkey.",
            "2023-05-12",
        ),
        ("The agency, which was founded in 2019, accused Kenya of spying.", "2023-05-12"),
        # the clause's own date words still date it
        (
            "Greece, where 30,000 migrants landed last year, welcomed the pact with Turkey on "
            "Wednesday.",
            "2023-05-10",
        ),
        # date words after the verb, hung on its object's relative clause, are still its own
        (
            "Russia cut gas flows through the pipeline that crosses Ukraine on Wednesday.",
            "2023-05-10",
        ),
    ],
)
def test_relative_clause_time_does_not_date_the_main_verb(code, text, day):
    m = top(code(text, when="2023-05-12"))
    assert m.date == day and m.modality == "asserted"


def test_a_meeting_scheduled_after_its_noun_is_future(code):
    text = (
        "The EU said it would raise the case with Cairo at a human rights dialogue "
        "scheduled for June."
    )
    # the dialogue is the setting of the raising (filter.grounds leaves it out): never a
    # meeting held now
    ms = [m for m in code(text) if m.evidence.trigger == "dialogue"]
    assert all(m.modality == "future" for m in ms), [m.explanation for m in ms]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Moroccan and Algerian ministers met for the first time since 2021 on Tuesday.", "CONSULT"),
        ("Azerbaijani forces shelled Armenian villages for the first time since the 2020 war.",
         "ASSAULT"),
        ("Bolivian miners blocked highways in the largest protests since 2003.", "PROTEST"),
    ],
)  # fmt: skip
def test_a_starting_point_with_since_is_no_date_of_the_event(code, text, kind):
    # "for the first time since 2021": news of today compared with the past, not history
    ms = [m for m in code(text, "2026-11-12") if m.event_type == kind]
    assert ms and all(m.modality == "asserted" for m in ms), [(m.modality, m.date) for m in ms]
    assert all(not (m.date or "").startswith(("2021", "2020", "2003")) for m in ms)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("In the 1970s, Libyan agents bombed an airfield in Chad.", "1970"),
        ("During the early 1980s, Argentine soldiers detained thousands of students.", "1980"),
        ("Under Soviet rule, Lithuanian priests were jailed for teaching religion.", "1922"),
        ("During apartheid, South African commandos raided camps in Botswana.", "1948"),
        ("Scottish voters rejected independence in a 2014 referendum.", "2014"),
    ],
)
def test_a_decade_a_regime_or_a_dated_vote_makes_history(code, text, year):
    ms = code(text, "2026-11-12")
    assert ms and all(m.modality == "historical" for m in ms), [(m.modality, m.date) for m in ms]
    assert all((m.date or "").startswith(year) for m in ms), [m.date for m in ms]


def test_years_later_count_from_the_year_named_before(code):
    ms = code("Kenya cut ties with Somalia in 2009 and restored diplomatic relations three years later.",
              "2026-11-12")  # fmt: skip
    later = [m for m in ms if "date.years_counted" in m.explanation]
    assert later and later[0].date == "2012" and later[0].modality == "historical"
    alone = top(code("Chile expelled two Peruvian diplomats three years later.", "2026-11-12"))
    assert alone.date is None and alone.modality == "asserted"


def test_the_year_of_a_happening_named_through_another_noun_is_not_the_events(code):
    text = (
        "Turkish police detained 30 people at a rally that marked the anniversary "
        "of the 2023 earthquake."
    )
    ms = [m for m in code(text, "2026-11-12") if m.event_type == "COERCE"]
    assert ms and all(m.modality == "asserted" and m.date != "2023" for m in ms), [
        (m.modality, m.date) for m in ms
    ]
    ms = code("Tanzania joined the boycott of the 1976 Montreal Olympics.", "2026-11-12")
    assert ms and all(m.modality == "historical" and m.date == "1976" for m in ms), [
        (m.event_type, m.modality, m.date) for m in ms
    ]


def test_a_when_clause_of_a_starting_year_is_history(code):
    text = "The two neighbours have had no trade deal since 2009, when Quito expelled the Colombian envoy."
    ms = [m for m in code(text, "2026-11-12") if m.evidence.trigger.startswith("expelled")]
    assert ms and ms[0].modality == "historical" and ms[0].date == "2009", [
        (m.modality, m.date) for m in ms
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen in Davao expect the navy to seize more boats this season.",
        "Nobody in Tunis expects the police to arrest the union leaders.",
    ],
)
def test_an_act_someone_expects_of_others_is_a_prediction_not_a_fact(code, text):
    # "expect X to seize": another's act foreseen (vocabulary belief_verbs), not done
    m = top(code(text))
    assert m.event_type == "COERCE"
    assert m.modality == "hypothetical", m.explanation
