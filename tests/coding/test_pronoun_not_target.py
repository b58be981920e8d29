"""A subject "he" or "she" read as an official of the very state its own clause addresses by
name ("X's spokesman said Y's minister had visited the reef. *He* urged Y to stop") is someone
else: the person named before of another state, else a person of no known state, never one
invented (rule mention.pronoun_not_target). Opposition figures and officials speaking of their
own government, police or people keep their own state: domestic events are coded too."""

from __future__ import annotations

from support import countries as _countries


def _of_type(found, event_type):
    return [m for m in found if m.event_type == event_type]


def test_he_urging_a_state_by_name_is_the_earlier_speaker_not_its_minister(code):
    text = (
        "Malaysia's foreign ministry spokesman Azlan Hashim said on Monday that Indonesian "
        "fisheries minister Budi Santoso had sailed to the disputed reef. He urged Jakarta to "
        "withdraw its patrol boats."
    )
    found = _of_type(code(text, "2025-04-08"), "REQUEST")
    assert found
    m = found[0]
    assert _countries(m.recipient) == {"IDN"}
    assert _countries(m.actor) == {"MYS"}
    assert "mention.pronoun_not_target" in m.explanation


def test_she_accusing_a_state_by_name_is_not_of_that_state(code):
    text = (
        "Chile's deputy foreign minister Paula Rojas said Bolivian interior minister Elena "
        "Quispe had closed two crossings. She accused Bolivia of stranding hundreds of lorries."
    )
    found = _of_type(code(text, "2025-04-08"), "ACCUSE")
    assert found
    assert all("BOL" not in _countries(m.actor) for m in found)
    assert any(_countries(m.actor) == {"CHL"} for m in found)


def test_with_no_person_of_another_state_the_pronoun_stays_unplaced(code):
    text = (
        "Bolivian interior minister Elena Quispe inspected the border on Monday. "
        "She accused Bolivia of neglecting the frontier towns."
    )
    found = [m for m in code(text, "2025-04-08") if _countries(m.recipient) == {"BOL"}]
    assert found
    assert all("BOL" not in _countries(m.actor) for m in found)
    assert any("mention.pronoun_not_target" in m.explanation for m in found)


def test_an_opposition_leader_may_still_urge_their_own_state(code):
    text = (
        "Bolivian opposition leader Marco Salinas spoke to supporters from exile in Lima on "
        "Sunday. He urged Bolivia to hold a fresh election."
    )
    found = _of_type(code(text, "2025-04-08"), "REQUEST")
    assert any(_countries(m.actor) == {"BOL"} == _countries(m.recipient) for m in found)


def test_an_official_accusing_his_own_opposition_keeps_his_state(code):
    text = (
        "Bolivia's interior minister Jorge Mamani spoke to reporters in La Paz on Monday. "
        "He accused Bolivian opposition leaders of paying protesters to block the roads."
    )
    found = _of_type(code(text, "2025-04-08"), "ACCUSE")
    assert any(_countries(m.actor) == {"BOL"} == _countries(m.recipient) for m in found)


def test_a_spokesman_placed_only_by_guess_takes_the_next_state(code):
    text = (
        "Peruvian navy ships entered the disputed bay on Monday, Peru's defence ministry said. "
        "Ecuador said the patrol broke its law. Foreign ministry spokesman Diego Vera told "
        "reporters the ships had entered Ecuadorian waters. He urged Lima to pull the vessels "
        "back at once."
    )
    found = _of_type(code(text, "2025-04-08"), "REQUEST")
    assert [(_countries(m.actor), _countries(m.recipient)) for m in found] == [({"ECU"}, {"PER"})]


def test_an_opposition_leader_accusing_the_named_government_is_of_its_state(code):
    text = (
        "Ecuador's president signed the mining law on Friday. Opposition leader Lucia Andrade "
        "accused the Ecuadorian government of selling off the rivers."
    )
    found = _of_type(code(text, "2025-04-08"), "ACCUSE")
    assert any(_countries(m.actor) == {"ECU"} == _countries(m.recipient) for m in found)
    assert any("mention.opposition_own_government" in m.explanation for m in found)
