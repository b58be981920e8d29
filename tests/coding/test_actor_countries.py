"""Actors placed in the wrong state (actors/finder.py): a bare body after another state's body of
the same name in a sentence that opens on a capital, and a story-country guess that is the
target of the actor's own clause. Sentences are written for the project."""

from __future__ import annotations

import pytest

from support import countries


def test_a_sentence_opening_on_a_capital_switches_the_ministry(code):
    ms = code(
        "Shelling resumed along the frontier on Monday. Bangladesh's foreign ministry summoned "
        "India's envoy in Dhaka on Tuesday. In New Delhi, the foreign ministry said Bangladesh "
        "must stop supporting smugglers, and accused Dhaka of sheltering them.",
        "2024-03-15",
    )
    accused = [m for m in ms if m.event_type == "ACCUSE" and m.sentence == 2]
    assert accused and countries(accused[0].actor) == {"IND"}


def test_the_same_capital_keeps_the_ministry_named_before(code):
    ms = code(
        "Chile's foreign ministry summoned Peru's envoy on Tuesday. In Santiago, the foreign "
        "ministry accused Lima of sheltering smugglers.",
        "2024-03-15",
    )
    accused = [m for m in ms if m.event_type == "ACCUSE" and m.sentence == 1]
    assert accused and countries(accused[0].actor) == {"CHL"}


def test_a_guessed_country_is_not_the_target_of_its_own_clause(code):
    ms = code(
        "Egypt said on Monday that the new dam threatened its farms, and Egypt's irrigation "
        "minister said Cairo would take the matter to the United Nations. Ethiopia denied it. "
        "Government spokesman Tomas Arriaga accused Cairo of trying to politicise a technical "
        "issue.",
        "2024-03-15",
    )
    accused = [m for m in ms if m.event_type == "ACCUSE"]
    assert accused and countries(accused[0].actor) == {"ETH"}
    assert countries(accused[0].recipient) == {"EGY"}


def test_a_dateline_country_is_not_the_target_of_its_own_clause(code):
    # filed from the capital of the state being urged: the spokesperson is the other side's
    ms = code(
        "OSLO, March 3 (Nordic Wire) - A Russian research ship sailed into waters claimed by "
        "Norway on Monday, and Norway protested to Russia. Russia said the voyage was "
        "lawful. Spokesperson Tomas Verlund said the ship was on a scientific mission and urged "
        "Norway to avoid steps that could raise tensions.",
        "2024-03-03",
    )
    urged = [m for m in ms if m.event_type == "REQUEST"]
    assert urged and countries(urged[0].recipient) == {"NOR"}
    assert countries(urged[0].actor) == {"RUS"}


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_a_lead_place_that_is_the_target_leaves_no_dateline_guess(code):
    # the lead places the story in Malawi, which the chairman urges: neither Malawi's nor,
    # for want of it, the dateline's (Ethiopia's) chairman
    ms = code(
        "ADDIS ABABA, Oct 3 (Wire) - Soldiers seized power in Lilongwe on Monday. The chairman "
        "condemned the takeover and urged Lilongwe to restore civilian rule.",
        "2024-10-03",
    )
    urged = [m for m in ms if m.event_type == "REQUEST"]
    assert urged and countries(urged[0].recipient) == {"MWI"}
    assert not countries(urged[0].actor) & {"MWI", "ETH"}


def test_a_person_in_exile_is_not_of_the_host_state(code):
    ms = code(
        "VILNIUS, May 2 (Baltic Wire) - Belarus freed 40 political prisoners on Thursday, and "
        "several of them were driven across the border into Lithuania, relatives said. The "
        "Belarusian president signed the pardons. Opposition leader Marta Soto, who lives in "
        "exile in Lithuania, welcomed the releases but called on Western governments to keep "
        "sanctions in place.",
        "2024-05-02",
    )
    called = [m for m in ms if m.event_type == "REQUEST"]
    assert called and countries(called[0].actor) == {"BLR"}


def test_a_model_designation_keeps_the_nationality_of_the_force(code):
    ms = code(
        "BANGKOK - Thailand closed its border crossings with Cambodia on Saturday after two "
        "days of shelling. Thailand's army said Cambodian troops fired rockets at a Thai outpost "
        "early on Saturday. Thai F-16 jets then struck Cambodian military positions near the "
        "border, the army said.",
        "2024-03-15",
    )
    struck = [m for m in ms if m.event_type == "ASSAULT" and m.sentence == 2]
    assert struck and countries(struck[0].actor) == {"THA"}


def test_a_reported_state_does_not_accuse_its_own_capital(code):
    ms = code(
        "Chile's ombudsman, Marta Soto, said Peru still held dozens of fishermen and accused "
        "Lima of mistreating them.",
        "2024-03-15",
    )
    accused = [m for m in ms if m.event_type == "ACCUSE"]
    assert accused and countries(accused[0].actor) == {"CHL"}
    assert countries(accused[0].recipient) == {"PER"}
    # a reported act done to another state stays the reported subject's: Peru detained and
    # tortured them; Chile's one act is its charge against Peru (trigger.reported_accusation,
    # branch claims), never a charge of itself
    ms = code("Chile's ombudsman said Peru had detained the men and tortured them.", "2024-03-15")
    assert not [m for m in ms if m.event_type != "ACCUSE" and "CHL" in countries(m.actor)]
    charges = [m for m in ms if m.event_type == "ACCUSE" and countries(m.actor) == {"CHL"}]
    assert all(countries(m.recipient) == {"PER"} for m in charges)


def test_a_government_may_accuse_its_own_people(code):
    ms = code(
        "Chile's opposition marched in Santiago on Monday. Chile's president called the march "
        "illegal. Government spokesman Tomas Arriaga accused Chilean protesters of violence.",
        "2024-03-15",
    )
    accused = [m for m in ms if m.event_type == "ACCUSE"]
    assert accused and countries(accused[0].actor) == {"CHL"}


def test_a_guessed_minister_does_not_meet_its_own_government(code):
    ms = code(
        "Kenya and Finland signed a forestry deal on Tuesday. Kenya will plant 10 million "
        "trees, and Kenya thanked its partners. The minister met Kenya's foreign minister, "
        "Amina Otieno, on Tuesday.",
        "2024-03-15",
    )
    met = [m for m in ms if m.event_type == "CONSULT"]
    assert met and countries(met[0].actor) == {"FIN"}


def test_an_unknown_acronym_is_not_of_the_state_it_accuses(code):
    # the group's initials are in no dictionary; the sentence names only Baku, which it accuses
    ms = code(
        "Azerbaijan said on Monday it had destroyed weapons depots near the border with Armenia. "
        "Azerbaijan's defence ministry said four posts were hit. The KRPD accused Baku of "
        "shelling farms.",
        "2024-03-15",
    )
    accused = [m for m in ms if m.event_type == "ACCUSE"]
    assert accused and countries(accused[0].recipient) == {"AZE"}
    assert "AZE" not in countries(accused[0].actor)
    assert "mention.guess_not_target" in accused[0].explanation


def test_guessed_rebels_are_not_of_the_state_whose_troops_they_attack(code):
    ms = code(
        "Burundi said on Monday its army was on alert. Burundi's president visited the border "
        "province. Fighters of the Kumbe Liberation Front attacked Burundian soldiers on Sunday.",
        "2024-03-15",
    )
    hit = [m for m in ms if m.event_type == "ASSAULT"]
    assert hit and countries(hit[0].recipient) == {"BDI"}
    assert "BDI" not in countries(hit[0].actor)


def test_a_guessed_militia_firing_at_a_state_s_troops_is_not_that_state_s(code):
    # "at Gabonese troops" is parsed as where the firing went; troops are no place
    ms = code(
        "Gabon said on Monday the region was calm. Gabon's president praised the army. The "
        "militia fired mortars at Gabonese troops.",
        "2024-03-15",
    )
    hit = [m for m in ms if m.event_type == "ASSAULT" and "mortars" in m.evidence.sentence_text]
    assert hit and countries(hit[0].recipient) == {"GAB"}
    assert "GAB" not in countries(hit[0].actor)


def test_guessed_security_forces_may_still_act_on_their_own_people(code):
    ms = code(
        "Kenya said on Monday the protests were illegal. Kenya's president called for calm. "
        "Security forces fired tear gas at Kenyan protesters in the capital.",
        "2024-03-15",
    )
    hit = [m for m in ms if "tear gas" in m.evidence.sentence_text and m.actor]
    assert hit and countries(hit[0].actor) == {"KEN"}


def test_a_guessed_ministry_does_not_impose_sanctions_on_its_own_state(code):
    # "sanctions *on Moscow*": the preposition hangs on the object, not on the verb
    ms = code(
        "Russia seized two cargo ships in the Baltic on Monday, and Russia said the crews "
        "would be questioned. Russia rejected protests. The foreign ministry imposed new "
        "sanctions on Moscow on Tuesday.",
        "2024-03-15",
    )
    hit = [m for m in ms if m.event_type == "SANCTION"]
    assert hit and countries(hit[0].recipient) == {"RUS"}
    assert "RUS" not in countries(hit[0].actor)


def test_a_host_dateline_guess_is_not_the_state_the_clause_accuses(code):
    # filed from the host of others' talks: the guess is the story's other state, not the
    # one the militia accuses, nor the host's
    ms = code(
        "DOHA, May 3 (Gulf Wire) - Qatari mediators met delegations from Chad and Sudan on "
        "Monday to discuss the border. Chad and Sudan agreed to meet again. The militia "
        "accused Chad of bias.",
        "2024-05-03",
    )
    accused = [m for m in ms if m.event_type == "ACCUSE"]
    assert accused and countries(accused[0].recipient) == {"TCD"}
    assert not countries(accused[0].actor) & {"TCD", "QAT"}
