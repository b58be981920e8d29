"""History told in obituaries, profiles and explainers: dated timeline items whose label holds
its own year, and "at the time" pointing back to the year the sentence before named. Sentences
and pages written for these tests."""

from __future__ import annotations

from datetime import date

PROFILE = (
    "Who is Marta Vilks?\n\n"
    "- June 2009 – She joins the foreign service after a decade in banking.\n\n"
    "- 2015 – Freedonia's parliament sanctions her bank over a loan scandal.\n\n"
    "- 3 April 2020: She signs a border treaty with Ruritania in Vienna.\n\n"
    "She was sworn in as Latvia's foreign minister on Monday."
)


def test_year_labels_make_a_timeline():
    from communique.coding.timeline import timeline_entries

    got = timeline_entries(PROFILE, date(2025, 6, 11))
    assert [(e.date, e.precision) for e in got] == [
        ("2009-06", "month"),
        ("2015", "year"),
        ("2020-04-03", "day"),
    ]
    # each entry ends at its own paragraph
    assert got[1].end <= got[2].start


def test_one_year_label_is_no_timeline():
    from communique.coding.timeline import timeline_entries

    text = "2015 – a year of floods.\n\nThe minister visited Riga on Monday."
    assert timeline_entries(text, date(2025, 6, 11)) == []


def test_a_bare_year_item_dates_its_present_tense_act(code):
    text = (
        "Key dates\n\n"
        "- March 2011 – Rebels seize the northern town of Kidal.\n\n"
        "- 2016 – Algeria hosts talks between the government and the rebels.\n\n"
        "- 2022 – The junta expels the French ambassador."
    )
    got = code(text, "2025-06-11")
    expel = [m for m in got if m.evidence.trigger.startswith("expel")]
    assert expel and expel[0].date == "2022", [(m.evidence.trigger, m.date) for m in got]
    assert expel[0].modality == "historical"
    assert "[date.timeline_entry]" in expel[0].explanation


def test_at_the_time_takes_the_year_named_before(code):
    text = (
        "In 2017 the Peruvian envoy walked out of the Geneva talks over fishing rights. "
        "Chile's government condemned him at the time for sabotage."
    )
    got = [m for m in code(text, "2025-06-11") if m.event_type == "ACCUSE"]
    assert got and got[0].date == "2017", [(m.evidence.trigger, m.date) for m in got]
    assert got[0].modality == "historical"


def test_at_the_time_after_a_recent_day_stays_current(code):
    text = (
        "The Peruvian envoy walked out of the Geneva talks on Monday. "
        "Chile's government condemned him at the time for sabotage."
    )
    got = [m for m in code(text, "2025-06-11") if m.event_type == "ACCUSE"]
    assert got and got[0].modality == "asserted", [(m.date, m.modality) for m in got]
    assert got[0].date.startswith("2025")


def test_that_year_before_at_the_time_names_no_new_time(code):
    text = (
        "In 2018 Latvia closed its consulate in Vitebsk, and it expelled two Belarusian "
        "diplomats that year. Belarus condemned the move at the time as hostile."
    )
    got = [m for m in code(text, "2025-06-11") if m.sentence == 1 and m.event_type == "ACCUSE"]
    assert got and got[0].date == "2018", [(m.evidence.trigger, m.date) for m in got]


def test_a_subjects_relative_clause_does_not_date_the_clause_events(code):
    text = (
        "Anneli Roos, who was appointed Estonia's defence minister on Monday, opened the week "
        "by receiving Finland's ambassador in Tallinn."
    )
    got = [m for m in code(text, "2025-06-11") if m.event_type == "CONSULT"]
    assert got and got[0].date != "2025-06-09", [(m.evidence.trigger, m.date) for m in got]
    assert "[date.subject_relative]" in got[0].explanation


def test_a_relative_clause_on_the_event_noun_still_dates_it(code):
    text = "Estonia's defence minister held talks, which opened on Monday, with Finnish officials."
    got = [m for m in code(text, "2025-06-11") if m.event_type == "CONSULT"]
    assert got and got[0].date == "2025-06-09", [(m.evidence.trigger, m.date) for m in got]
