"""Wording of energy and resource statecraft news that the energy story bench showed the coder
misread (bench/stories/energy). Every text is written for these tests, none is bench text."""

from __future__ import annotations

import pytest

from support import by_type as _of

# -- a relative clause telling an old act of its own --------------------------------------------


def test_old_year_in_a_relative_clause_does_not_date_the_main_event(code):
    # published Friday 2023-05-12
    ms = code(
        "Chile warned Bolivia on Tuesday that it could cut gas supplies, "
        "a measure which Santiago used in 2004."
    )
    m = _of(ms, "THREATEN")
    assert m.date == "2023-05-09"
    assert m.modality != "historical"


def test_old_year_in_a_subject_relative_clause_leaves_the_warning_undated_by_it(code):
    ms = code(
        "Brazilian officials warned Lima that Brasilia could close the border again, "
        "a step it took against Peru in 2019."
    )
    m = _of(ms, "THREATEN")
    assert not (m.date or "").startswith("2019")
    assert m.modality != "historical"


def test_recent_day_in_a_relative_clause_is_left_to_the_main_verb(code):
    # a recent day may be the main verb's, misparsed onto the clause: it still dates the event
    ms = code("The United States sanctioned two firms that supplied drones to Russia on Tuesday.")
    m = _of(ms, "SANCTION")
    assert m.date == "2023-05-09"


# -- "they" after a sentence whose plural subject did nothing codable ----------------------------


def test_they_is_the_plural_subject_of_the_sentence_before(code):
    ms = code(
        "Chile's envoy told reporters the vote was a mistake and accused the Andean states "
        "of sabotage. In a joint statement, Peru, Bolivia and Ecuador said Chile had left them "
        "no choice. They urged Santiago to return to talks."
    )
    m = _of(ms, "REQUEST")
    assert {a.code[:3] for a in m.actor} == {"PER", "BOL", "ECU"}


def test_they_after_a_coded_event_keeps_that_events_participants(code):
    ms = code(
        "Norway and Iceland signed a fisheries accord with Denmark on Monday. "
        "They agreed to meet again in June."
    )
    later = [m for m in ms if "meet again" in m.evidence.sentence_text]
    assert later
    assert "DNK" in {a.code[:3] for m in later for a in [*m.actor, *m.recipient]}


# -- the day of what led up to the news, named in an earlier paragraph ---------------------------


def test_an_earlier_day_named_in_a_past_paragraph_does_not_date_later_reactions(code):
    # published Friday 2023-05-12; the lead is of Thursday, the build-up of Tuesday
    text = (
        "Norland's navy detained a Freedonian trawler on Thursday.\n\n"
        "The trawler entered Norland's waters on Tuesday, the navy said.\n\n"
        "Freedonia's foreign minister condemned the detention."
    )
    m = _of(code(text), "ACCUSE")
    assert m.date == "2023-05-11"


@pytest.mark.candidates("checks the day given to a reading that is below the default threshold")
def test_an_earlier_day_still_dates_its_own_paragraph(code):
    text = (
        "Norland accused Freedonia of aggression on Thursday.\n\n"
        "On Tuesday, Freedonian troops shelled a Norland border village. "
        "Freedonian soldiers also seized two Norland border posts."
    )
    ms = code(text)
    seized = [m for m in ms if "seized" in m.evidence.sentence_text]
    assert seized
    assert seized[0].date == "2023-05-09"


# -- a company or body met again by its bare name ------------------------------------------------


def test_a_name_introduced_with_a_country_keeps_it_later(code):
    ms = code(
        "Bolivia seized a lithium plant on Tuesday, stripping Australia's Redgum Minerals of "
        "its stake. The mining minister accused Redgum of owing millions in taxes."
    )
    m = _of(ms, "ACCUSE")
    assert [a.code[:3] for a in m.recipient] == ["AUS"]


def test_a_name_never_introduced_with_a_country_gets_none(code):
    ms = code("The Bolivian mining minister accused Redgum of owing millions in taxes.")
    m = _of(ms, "ACCUSE")
    assert all(not a.country for a in m.recipient)


# -- sanctions lists -----------------------------------------------------------------------------


def test_adding_names_to_a_sanctions_list_is_a_sanction(code):
    ms = code("Japan added 30 tankers and three traders to its sanctions list on Tuesday.")
    m = _of(ms, "SANCTION")
    assert [a.code[:3] for a in m.actor] == ["JPN"]


def test_taking_names_off_a_sanctions_list_eases_sanctions(code):
    ms = code("The United States removed two Venezuelan officials from its sanctions list.")
    assert [m.cameo for m in ms] == ["085"]


def test_other_lists_are_no_sanction(code):
    ms = code("Peru added three ministers to its list of speakers at the summit.")
    assert not [m for m in ms if m.event_type == "SANCTION"]
