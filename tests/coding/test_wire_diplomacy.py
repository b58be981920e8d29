"""Agency and state-media diplomacy copy (wires2 work): guests described as 'visiting',
denials answering an accusation, expulsions that accuse a capital, dates of 'a day after'
and of statements, and talks welcomed between two named parties. Every sentence is written
for these tests."""

from __future__ import annotations

import pytest

from support import countries


def _consults(mentions, cameo):
    return [m for m in mentions if m.cameo == cameo]


@pytest.mark.parametrize(
    ("text", "cameo", "actor", "recipient"),
    [
        # "talks/met with visiting X": the guest is the partner of the talks
        (
            "Chilean Premier Tomas Rojas held talks with visiting Ghanaian President Kofi "
            "Mensah in Santiago on Tuesday.",
            "040",
            "CHL",
            "GHA",
        ),
        (
            "Portugal's foreign minister met with visiting Angolan Foreign Minister Rui Dias.",
            "040",
            "PRT",
            "AGO",
        ),
        # "met / received / hosted visiting X": the host meets or hosts the guest
        (
            "Peruvian President Lucia Vargas met visiting Bolivian Foreign Minister Jorge "
            "Paz in Lima.",
            "040",
            "PER",
            "BOL",
        ),
        (
            "Norway's prime minister received visiting Estonian Prime Minister Liis Tamm.",
            "043",
            "NOR",
            "EST",
        ),
        (
            "Ireland's president hosted visiting Canadian Foreign Minister Claire Dubois.",
            "043",
            "IRL",
            "CAN",
        ),
        # ... and the guest is the one who visits
        (
            "Peruvian President Lucia Vargas met visiting Bolivian Foreign Minister Jorge "
            "Paz in Lima.",
            "042",
            "BOL",
            "PER",
        ),
    ],
)
def test_visiting_guest_is_the_partner(code, text, cameo, actor, recipient):
    hits = _consults(code(text), cameo)
    assert hits, f"no {cameo} event"
    assert any(
        countries(m.actor) == {actor} and countries(m.recipient) == {recipient} for m in hits
    ), [(countries(m.actor), countries(m.recipient)) for m in hits]


def test_a_gerund_visit_is_left_alone(code):
    # "after visiting Prague": the subject visited; no guest to re-hang
    hits = _consults(code("The Danish minister flew home after visiting Prague."), "042")
    assert any(countries(m.actor) == {"DNK"} for m in hits)


def _rejections(mentions):
    return [m for m in mentions if m.event_type == "REJECT"]


def test_denial_answers_the_accuser_not_the_clause_subject(code):
    text = (
        "Uruguay accused Paraguay of sheltering the smugglers. Paraguay denied that "
        "Brazil's border police had any part in the smuggling."
    )
    hits = [m for m in _rejections(code(text)) if m.sentence == 1]
    assert hits and all(countries(m.recipient) == {"URY"} for m in hits), [
        countries(m.recipient) for m in hits
    ]


def test_denial_without_known_accuser_has_no_recipient(code):
    text = "The Latvian government denied that Estonia's border guards had any involvement."
    hits = _rejections(code(text))
    assert hits and all(not m.recipient for m in hits), [countries(m.recipient) for m in hits]


def test_rejecting_what_someone_should_do_keeps_its_target(code):
    # a modal clause is an act asked for, not a claim: its subject stays the target
    hits = _rejections(code("Hungary rejected that Austria should decide on its asylum quota."))
    assert any(countries(m.recipient) == {"AUT"} for m in hits)


def test_expulsion_accusation_is_the_expellers(code):
    text = (
        "Estonia ordered a Russian attaché to depart by Sunday, accusing Moscow of meddling "
        "in its elections."
    )
    hits = [m for m in code(text) if m.event_type == "ACCUSE"]
    assert hits and all(
        countries(m.actor) == {"EST"} and countries(m.recipient) == {"RUS"} for m in hits
    ), [(countries(m.actor), countries(m.recipient)) for m in hits]


def _dated(mentions, sentence, plover):
    return [m.date for m in mentions if m.sentence == sentence and m.event_type == plover]


def test_a_day_after_hung_on_the_main_verb_counts_back(code):
    # published Friday 2023-05-12: the protest is Monday the 8th, the seizure the day before
    text = (
        "Indonesia lodged a protest on Monday. It came a day after Malaysia's navy seized "
        "an Indonesian fishing boat."
    )
    assert _dated(code(text), 1, "COERCE") == ["2023-05-07"]


def test_statement_released_on_a_day_dates_what_it_goes_on_telling(code):
    text = (
        "In a statement released on Wednesday, the Bolivian foreign ministry condemned the "
        "raid. Bolivia also recalled its ambassador from Lima, the statement said."
    )
    assert _dated(code(text), 1, "SANCTION") == ["2023-05-10"]


@pytest.mark.parametrize(
    "text",
    [
        "Norway hosted Colombian officials on Monday. Brazil welcomed the resumption of talks "
        "between Guyana and Venezuela.",
        "Brazil welcomed the start of negotiations between Guyana and Venezuela.",
    ],
)
def test_welcomed_talks_between_two_parties(code, text):
    hits = [m for m in code(text) if m.event_type == "SUPPORT"]
    assert hits and all(countries(m.recipient) == {"GUY", "VEN"} for m in hits), [
        countries(m.recipient) for m in hits
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Latvia on Thursday expelled a Russian diplomat, accusing Moscow of flying drones "
        "over its territory this month.",
        "Latvia on Thursday expelled a Russian diplomat, accusing Moscow of a sabotage "
        "campaign that it launched this month.",
        # a day hung on the charge may be the accusation's own: it is kept
        "Latvia accused Moscow of spying on Thursday.",
    ],
)
def test_date_of_the_charge_is_not_the_accusations(code, text):
    assert _dated(code(text), 0, "ACCUSE") == ["2023-05-11"]
