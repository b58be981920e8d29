"""Stories filed from a neighbouring capital, and date words that belong to another clause
than the event's: a reporting clause the parser hung on an object, or a clause of an earlier
happening inside a participle. Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import of_type


def _countries(m):
    return {a.country for a in m.actor}


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_hub_dateline_lead_actor_state_places_bare_titles(code):
    # filed from Nairobi, about Ethiopia: the opposition leader and the government are
    # Ethiopia's, not Kenya's (rule mention.dateline_subject)
    text = (
        "NAIROBI, May 6 (Wire) - Ethiopian soldiers detained a reporter at his home on Tuesday, "
        "his editor said.\n\nThe government accused him of working for rebels. The opposition "
        "leader, Dawit Alemu, condemned the detention."
    )
    got = [m for m in code(text, "2025-05-07") if m.event_type == "ACCUSE"]
    assert len(got) == 2 and all(_countries(m) == {"ETH"} for m in got), [
        (m.evidence.trigger, _countries(m), m.explanation) for m in got
    ]
    assert any("[mention.dateline_subject]" in m.explanation for m in got)


def test_hub_dateline_crowd_with_no_place_is_the_leads_state(code):
    text = (
        "BEIRUT, March 3 (Wire) - Syrian police beat students at a university on Monday, "
        "witnesses said.\n\nThe students were demanding the release of their teachers."
    )
    (m,) = of_type(code, text, "REQUEST", when="2025-03-04")
    assert _countries(m) == {"SYR"}, m.explanation


def test_dateline_state_in_the_lead_keeps_the_datelines_reading(code):
    text = (
        "ANKARA, May 6 (Wire) - Turkey expelled two Iraqi diplomats on Tuesday.\n\n"
        "The government gave them two days to leave."
    )
    got = code(text, "2025-05-07")
    assert all(a.country != "IRQ" for m in got for a in m.actor), [
        (m.evidence.trigger, _countries(m)) for m in got
    ]


def test_reporting_clause_hung_on_an_object_dates_the_saying(code):
    # "a UN report said on Tuesday" parsed as a relative clause of "fighters": Tuesday is
    # when it was reported; the fronted date dates every verb of the chain
    text = (
        "On March 2, Malian soldiers raided a camp near Gao, burned its tents and killed at "
        "least nine fighters, a UN report said on Tuesday."
    )
    got = of_type(code, text, "ASSAULT", when="2025-03-19")
    assert got and all(m.date == "2025-03-02" for m in got), [
        (m.evidence.trigger, m.date) for m in got
    ]


def test_coordinated_verbs_after_a_fronted_month_share_it(code):
    text = (
        "In June 2022, the government freed 40 prisoners, expelled them to Spain and "
        "stripped them of their citizenship, a rights group said on Monday."
    )
    got = [m for m in code(text, "2025-03-12") if m.event_type in ("RETREAT", "COERCE")]
    assert got and all(m.date == "2022-06" for m in got), [
        (m.evidence.trigger, m.date) for m in got
    ]


def test_after_phrase_in_a_participle_does_not_date_its_noun(code):
    # the sanctions came after the 2019 election, not in it; the saying day dates the statement
    text = (
        "The European Union said on Monday that its sanctions on Iran, imposed after the 2019 "
        "election, would remain in place until all detained protesters were freed."
    )
    got = [m for m in code(text, "2025-03-12") if m.event_type in ("SANCTION", "THREATEN")]
    assert got and all(m.date != "2019" for m in got), [(m.evidence.trigger, m.date) for m in got]


def test_host_dateline_bare_roles_are_the_parties_not_the_hosts(code):
    # filed from Doha, where Qatari mediators hold others' talks: the police who detain
    # protesters against the war are Sudan's, not Qatar's (rule mention.host_dateline)
    text = (
        "DOHA, June 3 (Wire) - Qatari mediators held talks with Sudanese army and paramilitary "
        "negotiators in Doha on Tuesday.\n\nSudan's army said the talks were useful. Police "
        "detained 20 protesters who demanded an end to the war."
    )
    (m,) = of_type(code, text, "COERCE", when="2025-06-04")
    assert _countries(m) == {"SDN"}, m.explanation
    assert "[mention.host_dateline]" in m.explanation


def test_host_dateline_talks_hosted_by_the_dateline_state(code):
    text = (
        "ABU DHABI, June 3 (Wire) - The foreign ministers of Serbia and Kosovo agreed on a "
        "prisoner release on Tuesday after two days of talks hosted by the United Arab "
        "Emirates.\n\nSerbia's president praised the deal. Police detained six nationalist "
        "protesters outside the parliament building."
    )
    (m,) = of_type(code, text, "COERCE", when="2025-06-04")
    assert "ARE" not in _countries(m), m.explanation


def test_dateline_state_as_a_doer_keeps_the_datelines_reading(code):
    # the lead's Qatari police are a doer, not a host: the government is still Qatar's
    text = (
        "DOHA, June 3 (Wire) - Qatari police detained two Kenyan workers at a construction "
        "site on Tuesday.\n\nThe government accused them of theft."
    )
    (m,) = of_type(code, text, "ACCUSE", when="2025-06-04")
    assert _countries(m) == {"QAT"}, m.explanation


def test_host_dateline_venue_does_not_place_the_parties(code):
    # the rebel groups met "in Nairobi", the venue of Kenyan mediation: Ethiopia's rebels
    text = (
        "NAIROBI, June 3 (Wire) - Ethiopia's government signed a peace deal with two rebel "
        "groups in Nairobi on Tuesday after a year of Kenyan mediation."
    )
    got = [m for m in code(text, "2025-06-04") if m.evidence.trigger.startswith("signed")]
    assert got and all({a.country for a in m.recipient} == {"ETH"} for m in got), [
        (m.event_type, [a.country for a in m.recipient], m.explanation) for m in got
    ]
