"""Dates in forms of wire copy the first date bench did not cover: a participle beside a
dated saying, a dateline that names an earlier day than the page's publication date, "this
weekend", and a day of the month by its ordinal ("on the 9th"). Sentences written for these
tests."""

from __future__ import annotations

from support import of_type


def test_participle_shares_its_verbs_date_not_the_sayings_day(code):
    # the raid was last week; Friday is when the army said so
    text = (
        "Kenyan troops attacked an al Shabaab base in Somalia last week, killing 20 militants, "
        "the Kenyan army said on Friday."
    )
    got = of_type(code, text, "ASSAULT", when="2024-06-14")
    assert got and all(m.date == "2024-06" for m in got), [(m.date, m.explanation) for m in got]


def test_participle_with_no_dated_verb_still_takes_the_sayings_day(code):
    text = "Gunmen attacked a bus near Mandera, killing six passengers, police said on Thursday."
    got = of_type(code, text, "ASSAULT", when="2024-06-14")
    assert got and all(m.date == "2024-06-13" for m in got)


def test_dateline_day_dates_an_undated_event(code):
    text = (
        "NAIROBI, September 16 (Wire) - Kenya expelled two Ugandan diplomats, the foreign "
        "ministry said."
    )
    (m,) = of_type(code, text, "SANCTION", when="2024-09-18")
    assert m.date == "2024-09-16" and "[date.dateline]" in m.explanation


def test_dateline_day_is_the_reference_for_weekdays(code):
    # filed on Sunday 11 February, published on Tuesday the 13th: "on Tuesday" is the 6th and
    # "will meet on Monday" the 12th
    text = (
        "ADDIS ABABA, February 11 (Wire) - Somalia recalled its ambassador from Ethiopia on "
        "Tuesday. The foreign ministers of the two countries will meet in Djibouti on Monday."
    )
    got = code(text, "2024-02-13")
    recalled = [m for m in got if m.event_type == "SANCTION"]
    meet = [m for m in got if m.evidence.trigger.startswith("meet")]
    assert recalled and all(m.date == "2024-02-06" for m in recalled)
    assert meet and all(m.date == "2024-02-12" for m in meet), [m.date for m in meet]


def test_dateline_long_before_publication_is_not_the_storys_day(code):
    text = "LIMA, March 1 (Wire) - Peru recalled its ambassador from Bolivia."
    (m,) = of_type(code, text, "SANCTION", when="2024-06-14")
    assert m.date == "2024-06-14" and "[date.dateline]" not in m.explanation


def test_this_weekend_ahead_in_a_future_clause(code):
    text = "The leaders of Armenia and Georgia will meet in Tbilisi this weekend."
    got = [m for m in code(text, "2024-11-27") if m.evidence.trigger.startswith("meet")]
    # Saturday 30 November and Sunday 1 December: only the year is certain
    assert got and all(m.date == "2024" and m.date_precision == "year" for m in got)


def test_this_weekend_just_gone_in_a_past_clause(code):
    text = "Thousands of Serbians protested in Belgrade this weekend against the government."
    got = of_type(code, text, "PROTEST", when="2024-09-16")
    assert got and all(m.date == "2024-09" and m.date_precision == "month" for m in got)


def test_ordinal_day_of_the_month(code):
    text = "Police in Lahore arrested the opposition leader on the 9th, his lawyer said."
    (m,) = of_type(code, text, "COERCE", when="2024-03-12")
    assert m.date == "2024-03-09"


def test_ordinal_day_still_to_come_is_last_months(code):
    text = "Police in Lahore arrested the opposition leader on the 20th, his lawyer said."
    (m,) = of_type(code, text, "COERCE", when="2024-03-12")
    assert m.date == "2024-02-20"


def test_ordinal_floor_is_no_date(code):
    text = "Police in Lahore arrested twelve students on the 5th floor of the ministry."
    (m,) = of_type(code, text, "COERCE", when="2024-03-12")
    assert m.date == "2024-03-12"


def test_sentence_after_a_dated_event_noun_tells_that_act(code):
    # "Sunday's attack" is told again in other words in the next sentence
    text = (
        "Nigeria's president promised justice for the victims of Sunday's attack on a church "
        "in Owo. Gunmen stormed the church and killed 40 worshippers, police said."
    )
    got = [m for m in code(text, "2024-06-14") if m.evidence.trigger.startswith("killed")]
    assert got and all(m.date == "2024-06-09" for m in got), [m.explanation for m in got]
    assert all("[date.same_act]" in m.explanation for m in got)


def test_dated_event_noun_after_the_act_does_not_date_it(code):
    text = (
        "Israeli jets bombed targets in southern Lebanon, killing five fighters. The raids "
        "followed Tuesday's rocket attack on Haifa."
    )
    got = [m for m in code(text, "2024-06-14") if m.evidence.trigger.startswith("bombed")]
    assert got and all(m.date == "2024-06-14" for m in got), [m.date for m in got]


def test_next_sentence_about_another_target_is_another_act(code):
    # the jets' strike answers Saturday's attack; it is not that attack told again
    text = (
        "Israel vowed to respond to Saturday's missile attack on Haifa. Israeli jets bombed "
        "targets in southern Lebanon, the army said."
    )
    got = [m for m in code(text, "2024-06-14") if m.evidence.trigger.startswith("bombed")]
    assert got and all(m.date != "2024-06-08" for m in got), [m.explanation for m in got]
