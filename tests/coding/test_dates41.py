"""Each event keeps its own date (issue #12, item 4): the day and place that open each entry of
an incident log, the date words of a relative clause set off by commas, and those of the clause
after a semicolon. Pages and sentences invented for these tests."""

from __future__ import annotations

from datetime import date

INCIDENT_LOG = (
    "Monitoring note: Sahel border districts, monthly report\n\n"
    "Incidents\n\n"
    "Each entry gives the day and the place where the incident happened.\n\n"
    "- 3 March, Gao. Malian soldiers arrested nine herders from Niger near the cattle "
    "market and took them to the garrison.\n\n"
    "- 11 March, Menaka district. Armed men attacked a lorry carrying Nigerien traders and "
    "killed two of them.\n\n"
    "- 19 March, Ansongo. Several hundred residents demonstrated outside the prefecture "
    "against the closure of the border with Niger.\n\n"
    "Analysis\n\n"
    "The incidents show a rise in violence along the border."
)


def _by_trigger(got, word):
    return [m for m in got if m.evidence.trigger.startswith(word)]


def test_an_incident_logs_place_leads_are_read_as_entries():
    from communique.coding.timeline import timeline_entries

    got = timeline_entries(INCIDENT_LOG, date(2026, 4, 6))
    assert [(e.date, e.text) for e in got] == [
        ("2026-03-03", "3 March, Gao"),
        ("2026-03-11", "11 March, Menaka district"),
        ("2026-03-19", "19 March, Ansongo"),
    ]


def test_an_entrys_undated_acts_take_the_day_of_its_lead(code):
    got = code(INCIDENT_LOG, "2026-04-06")
    arrested = _by_trigger(got, "arrested")
    assert arrested and arrested[0].date == "2026-03-03", [
        (m.evidence.trigger, m.date, m.explanation) for m in got
    ]
    assert "[date.timeline_entry]" in arrested[0].explanation
    assert "3 March, Gao" in arrested[0].explanation  # the date's source is named
    protest = _by_trigger(got, "demonstrated")
    assert protest and protest[0].date == "2026-03-19"


def test_one_dated_paragraph_is_no_incident_log(code):
    """Guard: a single paragraph that opens with a day and a place is prose, not a list; an
    event of a later paragraph with no date words keeps the publication date."""
    text = (
        "3 March, Gao. The market reopened after a week.\n\n"
        "Malian soldiers detained nine herders from Niger near the river."
    )
    from communique.coding.timeline import timeline_entries

    assert timeline_entries(text, date(2026, 4, 6)) == []
    got = code(text, "2026-04-06")
    detained = _by_trigger(got, "detained")
    assert detained and detained[0].date == "2026-04-06"
    assert "[date.publication]" in detained[0].explanation


def test_a_comma_set_relative_clause_dates_its_own_act_not_the_appeal(code):
    got = code(
        "The Andean Community, which Venezuela left in 2006, called on Peru and Bolivia to "
        "show restraint.",
        "2026-05-20",
    )
    called = _by_trigger(got, "called on")
    assert called, [(m.evidence.trigger, m.date) for m in got]
    assert called[0].modality == "asserted"  # not history of 2006
    assert called[0].date == "2026-05-20"
    assert "[date.aside_relative]" in called[0].explanation


def test_the_main_clauses_own_date_words_still_date_the_appeal(code):
    """Guard: the sentence's date words outside the relative clause are the event's."""
    got = code(
        "The Andean Community, which Venezuela left in 2006, urged Peru and Bolivia on Tuesday "
        "to show restraint.",
        "2026-05-20",
    )
    urged = _by_trigger(got, "urged")
    assert urged and urged[0].date == "2026-05-19"
    assert urged[0].modality == "asserted"


def test_a_relative_clause_whose_subject_is_the_noun_keeps_its_reading(code):
    """Guard: 'which met on Monday' has no subject of its own; the rule leaves it alone."""
    text = "Peru's cabinet, which met on Monday, condemned Bolivia's seizure of the trucks."
    got = code(text, "2026-05-20")
    condemned = _by_trigger(got, "condemned")
    assert condemned and "[date.aside_relative]" not in condemned[0].explanation


SEMICOLON = (
    "Peru and Bolivia traded accusations on Wednesday over the border mines.\n\n"
    "Peruvian guards seized nine Bolivian herders at the river; five of them came home on "
    "2 May."
)


def test_date_words_after_a_semicolon_do_not_date_the_first_clause(code):
    got = code(SEMICOLON, "2026-05-15")
    seized = _by_trigger(got, "seized")
    assert seized, [(m.evidence.trigger, m.date) for m in got]
    assert seized[0].date != "2026-05-02", seized[0].explanation
    assert "[date.other_clause]" in seized[0].explanation


def test_date_words_before_a_semicolon_still_set_the_scene(code):
    """Guard: fronted date words reach the clause after the semicolon."""
    got = code(
        "On Monday Peruvian police sealed the road to Bolivia; protesters burned a Bolivian "
        "flag at the crossing.",
        "2026-05-20",
    )
    burned = _by_trigger(got, "burned")
    assert burned and burned[0].date == "2026-05-18", [
        (m.evidence.trigger, m.date, m.explanation) for m in burned
    ]


def test_no_date_words_fall_back_to_publication(code):
    """Guard: nothing dates the event: the publication date."""
    got = code("Peru recalled its ambassador from Bolivia.", "2026-05-20")
    assert got and got[0].date == "2026-05-20"


def test_a_planned_act_keeps_its_coming_date(code):
    """Guard: a future date for a plan stays the plan's date, told as future."""
    got = code("Peru will host talks with Bolivia on 3 September.", "2026-05-20")
    talks = [m for m in got if m.event_type in ("CONSULT", "AGREE")]
    assert talks and talks[0].date == "2026-09-03"
    assert talks[0].modality == "future"


def test_since_names_a_starting_point_not_the_acts_date(code):
    """Guard: 'since 2019' compares with an earlier time; the act keeps its own day."""
    got = code(
        "Peru shut its border with Bolivia on Tuesday, its first such step since 2019.",
        "2026-05-20",
    )
    shut = _by_trigger(got, "shut")
    assert shut and shut[0].date == "2026-05-19" and shut[0].modality == "asserted"


def test_a_measure_in_force_from_an_old_year_is_history_of_that_time(code):
    got = code(
        "Kenya banned poultry imports from Uganda from March 2018 until June 2019 to stop bird "
        "flu.",
        "2026-05-20",
    )
    banned = _by_trigger(got, "banned")
    assert banned, [(m.evidence.trigger, m.date) for m in got]
    assert banned[0].modality == "historical" and banned[0].date == "2018-03"
    assert "[date.effective_past]" in banned[0].explanation


def test_a_measure_from_a_coming_day_keeps_the_day_it_was_told(code):
    """Guard: 'from 1 June' still to come is when the measure takes effect (date.effective)."""
    got = code(
        "Kenya said on Tuesday it would ban poultry imports from Uganda from 1 June.", "2026-05-20"
    )
    ban = _by_trigger(got, "ban")
    assert ban and ban[0].date == "2026-05-19"
    assert "[date.effective_past]" not in ban[0].explanation


def test_an_act_after_a_happening_dated_long_ago_is_history(code):
    got = code(
        "After the 2015 vote, Burundian police detained hundreds of Rwandan traders.",
        "2026-05-20",
    )
    detained = _by_trigger(got, "detained")
    assert detained, [(m.evidence.trigger, m.date) for m in got]
    assert detained[0].modality == "historical" and detained[0].date == "2015"
    assert "[date.after_named_year]" in detained[0].explanation


def test_an_act_after_an_old_happening_with_its_own_day_keeps_it(code):
    """Guard: the act's own date words come first; a present perfect is no history either."""
    got = code(
        "Burundian police detained Rwandan traders on Tuesday, years after the 2015 vote.",
        "2026-05-20",
    )
    detained = _by_trigger(got, "detained")
    assert detained and detained[0].date == "2026-05-19"
    assert detained[0].modality == "asserted"
    got = code("Burundi has refused to free the Rwandan traders after the 2015 vote.", "2026-05-20")
    assert got and all(m.modality != "historical" for m in got)


TRADE = (
    "Zambia and Malawi signed a trade deal on Tuesday.\n\n"
    "Zambia {verb} maize sales to Malawi{again}, blaming Lilongwe for re-exporting the grain."
)


def test_a_participle_of_a_past_perfect_is_no_act_of_the_storys_day(code):
    got = code(TRADE.format(verb="had halted", again=" for a year"), "2026-05-20")
    blaming = _by_trigger(got, "blaming")
    assert blaming, [(m.evidence.trigger, m.date) for m in got]
    assert blaming[0].date is None and "[date.earlier]" in blaming[0].explanation


def test_a_participle_of_a_simple_past_keeps_the_storys_day(code):
    """Guard: with a simple past the participle is of the story's day (date.participle_scene)."""
    got = code(TRADE.format(verb="halted", again=" again"), "2026-05-20")
    blaming = _by_trigger(got, "blaming")
    assert blaming and blaming[0].date == "2026-05-19"
