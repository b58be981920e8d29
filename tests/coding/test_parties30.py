"""Parties of acts on envoys and embassies (branch parties30): an envoy with no country named is
not of the state whose government deals with them (rule mention.envoy_not_host), and a guessed
doer is not of the state whose embassy staff it acts on (rule mention.guess_not_target)."""

from __future__ import annotations

from support import countries as _countries
from support import of_type


def test_summoned_titled_envoy_is_not_the_summoners(code):
    text = (
        "Nepal's foreign ministry on Monday protested the shooting of two Nepali traders by "
        "Indian border guards. Foreign Secretary Ram Thapa summoned Ambassador Vikram Rao to the "
        "ministry in Kathmandu. Nepal said the killings violated a 2019 agreement. India said its "
        "guards had fired in self-defence. Nepal asked for an inquiry."
    )
    summons = [m for m in of_type(code, text, "ACCUSE", when="2025-05-12") if m.sentence == 1]
    assert summons
    assert _countries(summons[0].actor) == {"NPL"}
    assert _countries(summons[0].recipient) == {"IND"}


def test_high_commissioner_handed_a_note_is_of_the_other_state(code):
    text = (
        "Sri Lanka's navy said Indian trawlers had crossed the maritime boundary again. "
        "Foreign Secretary Nimal Perera handed a protest note to High Commissioner Anil Mehta "
        "in Colombo on Tuesday. Sri Lanka said the trawlers had damaged its fishermen's nets. "
        "India said it would look into the complaint. Sri Lanka wants a joint patrol."
    )
    notes = [m for m in of_type(code, text, "ACCUSE", when="2025-05-12") if m.sentence == 1]
    assert notes
    assert _countries(notes[0].actor) == {"LKA"}
    assert _countries(notes[0].recipient) == {"IND"}


def test_envoy_received_in_the_hosts_capital_is_not_the_hosts(code):
    text = (
        "Ghana's foreign minister, Kwame Boateng, said Togo had agreed to reopen the border. "
        "On Tuesday Boateng received Ambassador Koffi Agbeko in Accra and discussed trade. "
        "Togo said the border would reopen on Friday."
    )
    received = [
        m
        for m in of_type(code, text, "CONSULT", when="2025-05-12")
        if m.evidence.trigger == "received"
    ]
    assert received
    assert _countries(received[0].actor) == {"GHA"}
    assert _countries(received[0].recipient) == {"TGO"}


def test_envoy_of_the_doers_own_state_named_so_keeps_it(code):
    # a counter-case: the envoy's own state named, nothing guessed
    text = (
        "Ghana's foreign minister, Kwame Boateng, said Togo had agreed to reopen the border. "
        "On Tuesday Boateng received Ghana's ambassador to Togo, Ama Mensah, in Accra."
    )
    received = [
        m
        for m in of_type(code, text, "CONSULT", when="2025-05-12")
        if m.evidence.trigger == "received"
    ]
    assert received
    assert "GHA" in _countries(received[0].recipient)


def test_expelling_ministry_is_not_of_the_embassy_it_gives_a_deadline(code):
    text = (
        "Chile and Peru traded accusations over fishing rights on Monday. The foreign ministry "
        "gave four staff at the Peruvian embassy 72 hours to leave. Peru said it would respond. "
        "Peru said the staff had done nothing wrong. Peru recalled its consul."
    )
    expulsions = [m for m in of_type(code, text, "SANCTION", when="2025-05-12") if m.sentence == 1]
    assert expulsions
    assert _countries(expulsions[0].actor) == {"CHL"}
    assert _countries(expulsions[0].recipient) == {"PER"}


def test_entry_bans_on_unplaced_officials_are_foreign(code):
    text = (
        "The United States on Tuesday imposed sanctions on four Honduran police commanders over "
        "the killing of protesters. The Treasury said the commanders had ordered the use of live "
        "rounds. The State Department also placed entry bans on 75 more officials. "
        "Honduras called the sanctions interference."
    )
    bans = [m for m in code(text, when="2025-05-12") if m.sentence == 2]
    assert bans
    assert _countries(bans[0].actor) == {"USA"}
    assert _countries(bans[0].recipient) == {"HND"}


def test_sanctions_against_unplaced_officials_are_foreign(code):
    text = (
        "Canada accused Venezuela's electoral council of rigging the vote count. The foreign "
        "ministry in Ottawa imposed sanctions against nine officials on Monday. Canada said the "
        "officials had silenced opposition monitors. Venezuela said Canada was meddling."
    )
    sanctions = [m for m in of_type(code, text, "SANCTION", when="2025-05-12") if m.sentence == 1]
    assert sanctions
    assert "CAN" not in _countries(sanctions[0].recipient)


def test_unplaced_minister_condemning_a_states_act_is_not_of_that_state(code):
    text = (
        "Serbia's army moved troops toward the border with Kosovo on Monday. The foreign "
        "minister condemned Serbia's deployment and said it threatened the region. Serbia said "
        "the troops were on exercise. Serbia denied any plan to cross."
    )
    condemned = [
        m
        for m in of_type(code, text, "ACCUSE", when="2025-05-12")
        if m.evidence.trigger == "condemned"
    ]
    assert condemned
    assert "SRB" not in _countries(condemned[0].actor)


def test_unplaced_leader_thanking_for_a_states_mediation_is_not_of_it(code):
    text = (
        "Qatar mediated the release of two Canadian aid workers held in Afghanistan. The Prime "
        "Minister thanked the emir for Qatar's help in the talks. Canada said the two would fly "
        "home on Friday. Qatar said talks had lasted months. Qatar hosted the talks."
    )
    thanks = [
        m
        for m in of_type(code, text, "SUPPORT", when="2025-05-12")
        if m.evidence.trigger == "thanked"
    ]
    assert thanks
    assert _countries(thanks[0].actor) == {"CAN"}


def test_note_handed_to_an_envoy_asks_in_the_senders_name(code):
    text = (
        "The Thai foreign ministry handed a note to the Cambodian ambassador asking Phnom Penh "
        "to remove the mines. Cambodia said it would study the note."
    )
    asks = [m for m in of_type(code, text, "REQUEST", when="2025-05-12") if m.sentence == 0]
    assert asks
    assert _countries(asks[0].actor) == {"THA"}
    assert _countries(asks[0].recipient) == {"KHM"}


def test_letter_delivered_to_an_envoy_demands_in_the_senders_name(code):
    text = (
        "Kenya's foreign ministry delivered a letter to the Ugandan envoy demanding that Kampala "
        "withdraw its troops from the island. Uganda said it would study the letter."
    )
    demands = [m for m in of_type(code, text, "REQUEST", when="2025-05-12") if m.sentence == 0]
    assert demands
    assert _countries(demands[0].actor) == {"KEN"}
