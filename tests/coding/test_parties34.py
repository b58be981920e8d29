"""Parties of branch parties34 (issues #11/#12): a body or group owned by the relative "whose"
belongs to the states its antecedent names, not to the story's most frequent state (rule
mention.whose_owner); a denial whose object is a bare pronoun standing for the charge its
sentence just told answers the accuser, not the accused it was resolved to (rule
recipient.denied_pronoun); a definite envoy title reaches four sentences back for the envoy told
before (mention.envoy_told_before); a state organ deploying one state's named forces is that
state's (mention.deployer). Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries as _countries
from support import of_type


def test_whose_governments_are_the_antecedents_states(code):
    text = (
        "Cuba hosted a regional summit in Havana on Friday. The foreign ministers of Ecuador "
        "and Colombia, whose governments have exchanged accusations over the border since "
        "March, shook hands at the opening session."
    )
    accused = [m for m in of_type(code, text, "ACCUSE", when="2026-03-10") if m.sentence == 1]
    assert accused
    assert _countries(accused[0].actor) == {"ECU", "COL"}
    assert "CUB" not in _countries(accused[0].actor) | _countries(accused[0].recipient)


def test_whose_owner_after_a_list_of_envoys(code):
    text = (
        "Venezuela expelled the envoys of Chile, Peru and Uruguay on Sunday. Venezuela "
        "also summoned the ambassadors of Spain and Portugal, whose governments had "
        "demanded a recount, to a meeting in Caracas."
    )
    demanded = [m for m in of_type(code, text, "REQUEST", when="2026-03-10") if m.sentence == 1]
    assert demanded
    assert _countries(demanded[0].actor) == {"ESP", "PRT"}


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_whose_army_of_a_single_state(code):
    text = (
        "Ethiopia accused its neighbour of arming rebels on Monday. The president of Kenya, "
        "whose army shelled rebel camps near the border on Sunday, called for calm."
    )
    shelled = [m for m in of_type(code, text, "ASSAULT", when="2026-03-10") if m.sentence == 1]
    assert shelled
    assert _countries(shelled[0].actor) == {"KEN"}


def test_whose_singular_noun_after_two_states_is_left_alone(nlp):
    # a counter-case: one army cannot be both states', so "whose" chooses no owner for it
    from communique.actors import find_actors

    text = "The leaders of Chile and Peru, whose army chief was sacked on Monday, met in Lima."
    chief = [sp for sp in find_actors(nlp(text)) if sp.actor.text.endswith("chief")]
    assert chief
    assert all("mention.whose_owner" not in sp.rule for sp in chief)


def test_whose_owner_names_the_rule_in_the_span(nlp):
    from communique.actors import find_actors

    text = "The envoys of Chile and Peru, whose governments quarrelled in May, met in Quito."
    found = [sp for sp in find_actors(nlp(text)) if sp.actor.text == "governments"]
    assert found
    assert {a.country for a in found[0].actors} == {"CHL", "PER"}
    assert "mention.whose_owner" in found[0].rule


def test_pronoun_denial_answers_the_accuser(code):
    text = (
        "Colombia's defence minister accused the Ecuadorian consulate in Cali of paying "
        "protest organisers, and Ecuador has rejected this."
    )
    denied = [m for m in of_type(code, text, "REJECT", when="2026-03-10") if m.sentence == 0]
    assert denied
    assert _countries(denied[0].actor) == {"ECU"}
    assert _countries(denied[0].recipient) == {"COL"}
    assert "recipient.denied_pronoun" in (denied[0].explanation or "")


def test_pronoun_denial_with_it_answers_the_accuser(code):
    text = (
        "Nepal's home minister accused the Indian consulate in Birgunj of stirring up traders "
        "at the border crossing, but India denied it."
    )
    denied = [m for m in of_type(code, text, "REJECT", when="2026-03-10") if m.sentence == 0]
    assert denied
    assert _countries(denied[0].actor) == {"IND"}
    assert _countries(denied[0].recipient) == {"NPL"}


def test_rejected_proposal_pronoun_is_no_denial(code):
    # a counter-case: no accusation in the sentence, so the pronoun rule has nothing to answer
    text = "Japan proposed joint patrols in the strait on Monday, and China rejected it."
    rejected = [m for m in of_type(code, text, "REJECT", when="2026-03-10") if m.sentence == 0]
    for m in rejected:
        assert "recipient.denied_pronoun" not in (m.explanation or "")


def test_definite_envoy_three_sentences_on_is_the_envoy_told_before(code):
    text = (
        "Latvia summoned Belarus's ambassador on Tuesday over a drone that crashed near "
        "Daugavpils. Border guards found the wreckage in a field. Latvian television showed "
        "pictures of it. Foreign Minister Ilze Berzina later accused the ambassador of "
        "covering up a deliberate provocation."
    )
    accused = [m for m in of_type(code, text, "ACCUSE", when="2026-03-10") if m.sentence == 3]
    assert accused
    assert _countries(accused[0].recipient) == {"BLR"}


def test_definite_envoy_far_back_is_not_the_envoy_told_before(code):
    # a counter-case: six sentences on, the envoy told before is out of view
    text = (
        "Latvia summoned Belarus's ambassador on Tuesday over a drone that crashed near "
        "Daugavpils. Border guards found the wreckage in a field. Latvian television showed "
        "pictures of it. Farmers said they had heard an engine. Police closed a road. "
        "Experts examined the debris. The ambassador later thanked the guards."
    )
    mentions = code(text, when="2026-03-10")
    praised = [m for m in mentions if m.sentence == 6 and m.event_type == "SUPPORT"]
    for m in praised:
        assert "BLR" not in _countries(m.actor)


def test_ministry_deploying_one_states_forces_is_that_states(code):
    text = (
        "Chile accused Bolivian smugglers of crossing the border with stolen cars. Bolivia's "
        "interior minister called the claim exaggerated. The security ministry has sent 400 "
        "riot police and two Chilean army battalions to the Colchane crossing, a regional "
        "official said."
    )
    sent = [m for m in of_type(code, text, "MOBILIZE", when="2026-03-10") if m.sentence == 2]
    assert sent
    assert _countries(sent[0].actor) == {"CHL"}
    assert "mention.deployer" in (sent[0].explanation or "")


def test_government_deploying_two_states_forces_is_not_placed_by_them(nlp):
    # a counter-case: forces of two states named, so the deployer rule says nothing
    from communique.actors import find_actors

    text = (
        "Bolivia and Peru agreed on a joint plan on Monday. The government deployed "
        "Bolivian and Peruvian police to Lake Titicaca."
    )
    government = [sp for sp in find_actors(nlp(text)) if sp.actor.text == "government"]
    assert government
    assert all("mention.deployer" not in sp.rule for sp in government)
