"""Events told as nouns (branch nouns2), on invented sentences: a gathering that police act in
or act to end takes the date of their act and the doers its "by" names; a visit noun that is
the subject of its clause is hosted where the clause places it; a noun event that is the
subject of an "if" clause is a condition, not a fact; an inquiry a state's own prosecutors or
police open with no target named is aimed at their own country."""

from __future__ import annotations

from support import countries as _countries


def _show(found):
    return [
        (m.event_type, m.modality, [p.code for p in m.actor], [p.code for p in m.recipient], m.date)
        for m in found
    ]


def _of(found, kind):
    return [m for m in found if m.event_type == kind and m.modality == "asserted"]


def test_a_rally_where_arrests_were_made_takes_the_day_of_the_arrests(code):
    found = code(
        "Police in La Paz detained 15 people at a rally outside the congress on Wednesday."
    )
    rallies = _of(found, "PROTEST")
    assert rallies and all(m.date == "2023-05-10" for m in rallies), _show(found)


def test_people_arrested_at_a_rally_with_no_doers_named_took_part_in_it(code):
    found = code("Bolivian police detained 15 miners at a rally against the new mining law.")
    rallies = _of(found, "PROTEST")
    assert rallies and all(_countries(m.actor) == {"BOL"} for m in rallies), _show(found)


def test_a_march_force_was_used_to_end_takes_the_day_of_the_force(code):
    found = code(
        "Officers fired rubber bullets on Tuesday to break up a march by Ecuadorian miners."
    )
    marches = _of(found, "PROTEST")
    assert marches and all(m.date == "2023-05-09" for m in marches), _show(found)


def test_the_by_of_a_sit_in_names_its_doers_when_the_parser_hangs_it_on_the_verb(code):
    found = code("Malawian police arrested several people during a sit-in by nurses in Lilongwe.")
    sit_ins = _of(found, "PROTEST")
    assert sit_ins and all(_countries(m.actor) == {"MWI"} for m in sit_ins), _show(found)


def test_a_visit_that_ended_in_a_capital_is_hosted_there(code):
    found = code("The Ghanaian president's visit ended in Abuja with an energy pact.")
    visits = _of(found, "CONSULT")
    assert visits and all(_countries(m.recipient) == {"NGA"} for m in visits), _show(found)


def test_a_visit_in_a_sentence_opened_by_a_place_is_hosted_there(code):
    found = code("In Nairobi, the Ethiopian premier's visit was overshadowed by a trade row.")
    visits = _of(found, "CONSULT")
    assert visits and all(_countries(m.recipient) == {"KEN"} for m in visits), _show(found)


def test_a_boycott_that_is_the_subject_of_an_if_clause_is_no_event(code):
    found = code("If a boycott by Peruvian truckers goes ahead, markets will run short of food.")
    assert not _of(found, "PROTEST"), _show(found)


def test_an_inquiry_by_a_states_prosecutors_with_no_target_is_aimed_at_home(code):
    found = code("Ecuadorian prosecutors opened an inquiry into the award of road contracts.")
    inquiries = _of(found, "ACCUSE")
    assert inquiries and all(_countries(m.recipient) == {"ECU"} for m in inquiries), _show(found)


def test_an_inquiry_by_a_government_with_no_target_gets_no_assumed_target(code):
    found = code("The Ecuadorian government opened an inquiry into the award of road contracts.")
    assert all(not m.recipient for m in _of(found, "ACCUSE")), _show(found)


def test_the_signing_of_a_pact_between_two_states_is_their_act(code):
    found = code(
        "The signing of a fisheries pact between Senegal and Mauritania took place in Dakar."
    )
    signings = _of(found, "SUPPORT")
    assert signings and all(_countries(m.actor) == {"SEN", "MRT"} for m in signings), _show(found)


def test_a_delayed_signing_did_not_happen(code):
    found = code("The signing of a fisheries pact between Senegal and Mauritania was delayed.")
    assert not _of(found, "SUPPORT"), _show(found)


def test_a_signing_a_state_delayed_did_not_happen(code):
    found = code("Senegal delayed the signing of a fisheries pact with Mauritania.")
    assert not _of(found, "SUPPORT"), _show(found)


def test_a_visit_with_no_host_in_a_story_filed_from_another_capital_is_hosted_there(code):
    found = code(
        "NAIROBI (Wire) - The Tanzanian president's visit opened with a tour of a new rail depot."
    )
    visits = _of(found, "CONSULT")
    assert visits and all(_countries(m.recipient) == {"KEN"} for m in visits), _show(found)


def test_a_visit_filed_from_the_visitors_own_capital_gets_no_host_from_it(code):
    found = code(
        "DODOMA (Wire) - The Tanzanian president's visit opened with a tour of a new rail depot."
    )
    assert all("TZA" not in _countries(m.recipient) for m in _of(found, "CONSULT")), _show(found)


def test_an_inquiry_whose_sentence_names_another_state_is_not_assumed_domestic(code):
    found = code(
        "Chilean prosecutors began an inquiry on Monday into the abuse of Bolivian migrants at a "
        "border camp."
    )
    assert all("CHL" not in _countries(m.recipient) for m in _of(found, "ACCUSE")), _show(found)
