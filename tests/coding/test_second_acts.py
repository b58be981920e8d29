"""A sentence that tells two acts codes both: the second act of a joined clause, a participle, a
relative clause or a batch of measures keeps its own doer. Sentences written for these tests."""

from __future__ import annotations


def _codes(actors) -> set[str]:
    return {a.country for a in actors if a.country}


def _of(mentions, plover: str):
    return [m for m in mentions if m.event_type == plover]


def test_the_two_after_a_meeting_are_its_parties(code):
    text = (
        "Kenya's president received Tanzania's prime minister in Mombasa on Monday, and the two "
        "agreed to reopen the Namanga rail link."
    )
    agreed = _of(code(text), "AGREE")
    assert agreed and _codes(agreed[0].actor) == {"KEN", "TZA"}


def test_the_two_signing_after_a_meeting(code):
    text = "The presidents of Uruguay and Paraguay met in Asuncion and the two signed a river pact."
    signed = [m for m in code(text) if m.cameo.startswith("057")]
    assert signed and _codes(signed[0].actor) == {"URY", "PRY"}


def test_a_bare_the_two_undergoing_an_arrest_is_no_pair_of_states(code):
    text = "Peru expelled two Bolivian diplomats. The two were arrested at the airport."
    for m in code(text):
        if m.cameo.startswith("173"):
            assert "PER" not in _codes(m.recipient) or "BOL" not in _codes(m.recipient)


def test_a_relative_clause_speaker_is_the_pronoun_in_its_warning(code):
    text = (
        "Spain and Portugal held naval drills on Monday, prompting a protest from Morocco, which "
        "warned it would take countermeasures."
    )
    threats = _of(code(text), "THREATEN")
    assert threats and _codes(threats[0].actor) == {"MAR"}


def test_a_package_of_sanctions_is_imposed_by_the_verbs_subject(code):
    text = "The European Union adopted a new package of sanctions against Syria on Monday."
    found = _of(code(text), "SANCTION")
    assert found and _codes(found[0].actor) == {"EUR"} and _codes(found[0].recipient) == {"SYR"}


def test_an_announced_package_of_sanctions_is_no_aid_promise(code):
    found = code("Australia announced a fresh package of sanctions against Iran on Tuesday.")
    assert [m.event_type for m in found] == ["SANCTION"]
    assert _codes(found[0].actor) == {"AUS"} and _codes(found[0].recipient) == {"IRN"}


def test_a_demand_made_with_a_protest_is_a_second_act(code):
    text = "Ghana lodged a formal protest with Togo, demanding the return of the impounded lorries."
    found = code(text)
    asks = _of(found, "REQUEST")
    assert _of(found, "ACCUSE")
    assert asks and _codes(asks[0].actor) == {"GHA"} and _codes(asks[0].recipient) == {"TGO"}


def test_a_demand_made_with_a_condemnation_is_a_second_act(code):
    text = "Senegal condemned the seizure of its fishing boats, demanding their immediate release."
    found = code(text)
    assert _of(found, "ACCUSE")
    asks = _of(found, "REQUEST")
    assert asks and _codes(asks[0].actor) == {"SEN"}


def test_a_protest_note_demanding_is_a_demand(code):
    text = (
        "Benin summoned Niger's ambassador and handed him a protest note demanding that Niamey "
        "reopen the border."
    )
    asks = _of(code(text), "REQUEST")
    assert asks and _codes(asks[0].actor) == {"BEN"}


def test_what_a_complaint_accuses_stays_its_content(code):
    # the accused act is no second act of the accuser
    text = "Greece accused Turkey of violating its airspace, saying jets had crossed twice."
    assert not [m for m in code(text) if m.event_type == "REQUEST"]


def test_air_defences_are_the_military_of_their_owner(code):
    found = code("Libya said its air defences had shot down a Chadian drone near the border.")
    hits = _of(found, "ASSAULT")
    assert hits and _codes(hits[0].actor) == {"LBY"}


def test_a_protest_notes_demand_shares_the_summons_day(code):
    text = (
        "On Monday, Benin summoned Niger's ambassador and handed him a protest note demanding "
        "that Niamey reopen the border."
    )
    asks = _of(code(text, when="2024-03-08"), "REQUEST")
    assert asks and asks[0].date == "2024-03-04"


def test_a_package_of_sanctions_in_preparation_is_not_imposed(code):
    found = code("The European Union is preparing a new package of sanctions against Syria.")
    assert not [m for m in _of(found, "SANCTION") if m.modality == "asserted" and m.actor]
