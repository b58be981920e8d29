"""Parties and acts of branch parties31 (issues #11/#12): a pronoun standing for an official
whose state was only inferred from the story, who then addresses that state by name, is of
the story's next state, also when a bare mention of the name came between; a person of the
official's own state is no addressed state (rule mention.pronoun_not_target); an act word
written before a noun for a band of people names the band's trade, no act (filter.group_kind).
Sentences written for these tests."""

from __future__ import annotations

from support import countries as _countries
from support import of_type


def test_pronoun_after_a_bare_name_takes_the_next_state(code):
    text = (
        "Brazil raised duties on Argentine steel on Monday, a week after Argentina restricted "
        "imports of Brazilian cars. Argentina's government called the duties illegal, and "
        "officials in Buenos Aires said Argentina would respond. The trade minister, Paula "
        'Ferreyra, spoke to reporters in Brasilia on Tuesday. "We will defend our industry," '
        "Ferreyra said. She accused Argentina of breaking the rules of the customs union."
    )
    accused = [m for m in of_type(code, text, "ACCUSE", when="2026-03-10") if m.sentence == 4]
    assert accused
    assert _countries(accused[0].actor) == {"BRA"}
    assert _countries(accused[0].recipient) == {"ARG"}


def test_official_accusing_a_person_of_their_own_state_keeps_it(code):
    text = (
        "Kenya's former finance minister, Joseph Otieno, declared himself the winner of the "
        "election on Monday. Police in Nairobi arrested dozens of his supporters on Tuesday. "
        "The interior minister, Peter Mwangi, said the unrest had been planned. He accused "
        "Otieno of inciting violence."
    )
    accused = [m for m in of_type(code, text, "ACCUSE", when="2026-03-10") if m.sentence == 3]
    assert accused
    assert _countries(accused[0].actor) == {"KEN"}
    assert _countries(accused[0].recipient) == {"KEN"}


def test_official_whose_state_is_named_keeps_it(code):
    # a counter-case: the official's own state named with the title, nothing inferred
    text = (
        "Peru closed two border crossings with Chile on Monday. Chile's foreign minister, Ana "
        "Soto, called the closure unjustified. She urged Peru to reopen the crossings."
    )
    urged = [m for m in of_type(code, text, "REQUEST", when="2026-03-10") if m.sentence == 2]
    assert urged
    assert _countries(urged[0].actor) == {"CHL"}
    assert _countries(urged[0].recipient) == {"PER"}


def test_act_word_before_a_band_noun_is_no_act(code):
    text = (
        "Norway blamed the outage on Monday on a hacking cell tied to a foreign spy agency. "
        "Police in Mexico detained the leader of a kidnapping gang."
    )
    mentions = code(text, when="2026-03-10")
    triggers = {m.evidence.trigger for m in mentions}
    assert "hacking" not in triggers
    assert "kidnapping" not in triggers
    # the gang's leader detained is still an act
    assert any(m.event_type == "COERCE" and m.evidence.trigger == "detained" for m in mentions)


def test_teams_sent_and_acts_of_hackers_are_kept(code):
    text = (
        "Italy sent rescue teams to Albania after the floods. Hackers linked to Iran "
        "attacked the ministry's servers on Monday."
    )
    mentions = code(text, when="2026-03-10")
    assert any(m.event_type == "AID" and m.sentence == 0 for m in mentions)
    assert any(m.sentence == 1 and m.evidence.trigger == "attacked" for m in mentions)
