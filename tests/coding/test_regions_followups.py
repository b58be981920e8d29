"""Follow-ups of the regions bench: a crowd dispersed as "her supporters", regret of a ruling,
a state called "the kingdom" or "the emirate", an observer mission's finding of fraud, a bare
year that dates its clause, and a claim of responsibility that names an attack's doer. Every
sentence is invented for the tests (bench/stories/regions showed the error classes)."""

from __future__ import annotations

from support import countries, first_of_type, of_type


def test_a_candidates_dispersed_supporters_are_the_target(code):
    text = (
        "The opposition candidate Marta Vidal refused to concede in Quito on Sunday. "
        "Police fired tear gas on Monday to disperse her supporters outside the tribunal."
    )
    m = first_of_type(code, text, "ASSAULT")
    assert countries(m.recipient) == {"ECU"}, m.explanation


def test_a_counted_crowd_of_supporters_marching_is_the_target(code):
    text = (
        "The opposition candidate Marta Vidal refused to concede in Quito on Sunday. "
        "Riot police used tear gas to disperse hundreds of her supporters marching on the "
        "tribunal."
    )
    m = first_of_type(code, text, "ASSAULT")
    assert countries(m.recipient) == {"ECU"}, m.explanation


def test_regretting_a_ruling_criticises_the_court_that_made_it(code):
    text = (
        "A Paraguayan appeals court on Tuesday refused to hand the fugitive banker to Brazil. "
        "Brazil's foreign ministry said it regretted the ruling."
    )
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.actor) == {"BRA"}, m.explanation
    assert countries(m.recipient) == {"PRY"}, m.explanation


def test_regretting_a_verdict_by_a_named_court(code):
    text = "Uruguay said on Friday it regretted the verdict by an Argentine tribunal."
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.recipient) == {"ARG"}, m.explanation


def test_the_kingdoms_minister_is_the_kingdom_named_earlier(code):
    text = (
        "Morocco recalled its envoy from Algeria on Monday. "
        "The kingdom's interior minister accused Algeria of arming separatists."
    )
    found = [m for m in of_type(code, text, "ACCUSE") if "interior" in m.explanation]
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"MAR"}, found[0].explanation
    assert "most recent state of that form" in found[0].explanation


def test_the_emirate_is_the_emirate_named_earlier_not_the_last_state(code):
    text = (
        "Kuwait hosted envoys from Iraq on Sunday. "
        "Iraq later accused the emirate of stealing oil from a border field."
    )
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.recipient) == {"KWT"}, m.explanation


def test_the_republic_of_is_a_name_not_a_description(code):
    text = "Kuwait met Iraq on Sunday. The Republic of Korea criticised Iraq on Monday."
    found = [m for m in of_type(code, text, "ACCUSE")]
    assert found and countries(found[0].actor) == {"KOR"}, [m.explanation for m in found]


def test_an_observer_finding_of_irregularities_accuses_the_state(code):
    text = (
        "The Commonwealth observer mission said on Friday that Guyana's parliamentary "
        "election had been marred by irregularities in three regions."
    )
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.recipient) == {"GUY"}, m.explanation


def test_a_vote_tainted_by_fraud_is_a_charge(code):
    text = "Election monitors said the Togolese referendum was tainted by fraud."
    m = first_of_type(code, text, "ACCUSE")
    assert countries(m.recipient) == {"TGO"}, m.explanation


def test_a_vote_marred_by_rain_is_no_charge(code):
    text = "Observers said the Togolese referendum was marred by heavy rain and long queues."
    assert not of_type(code, text, "ACCUSE"), [m.explanation for m in code(text)]


def test_a_bare_year_dates_its_when_clause(code):
    text = "The standoff recalls 2014, when Ghana expelled Togo's ambassador."
    m = first_of_type(code, text, "SANCTION")
    assert m.modality == "historical" and m.date == "2014", m.explanation


def test_a_bare_year_dates_the_list_its_when_clause_opens(code):
    text = (
        "The dispute recalls 2011, when a court annulled the count, the premier resigned "
        "and Benin granted him asylum."
    )
    found = [m for m in code(text) if m.event_type == "AID"]
    assert found and found[0].modality == "historical", [m.explanation for m in code(text)]


def test_a_happening_year_dates_its_which_clause(code):
    text = "Ties have been cool since the 2012 crisis, in which Ghana expelled Togo's envoy."
    m = first_of_type(code, text, "SANCTION")
    assert m.modality == "historical", m.explanation


def test_truces_brokered_in_the_past_are_no_news(code):
    text = (
        "Catholic bishops, who in the past brokered truces between the army and the guerrillas, "
        "urged calm in Bogota on Monday."
    )
    assert not of_type(code, text, "RETREAT"), [m.explanation for m in code(text)]


def test_a_claim_in_the_next_sentence_names_the_attacks_doer(code):
    text = (
        "A roadside bomb killed four soldiers near Kidal on Tuesday. "
        "Ansar Dine claimed responsibility for the attack in an online message."
    )
    found = [m for m in of_type(code, text, "ASSAULT") if m.sentence == 0]
    assert found and countries(found[0].actor) == {"MLI"}, [m.explanation for m in code(text)]
    assert "actor.claimed_attack" in found[0].explanation


def test_the_claimed_attack_is_no_second_event(code):
    text = (
        "A roadside bomb killed four soldiers near Kidal on Tuesday. "
        "Ansar Dine claimed the bombing in a statement."
    )
    assert all(m.sentence == 0 for m in code(text)), [m.explanation for m in code(text)]


def test_no_claim_names_no_doer(code):
    text = (
        "A roadside bomb killed four soldiers near Kidal on Tuesday. "
        "No group has claimed responsibility for the attack."
    )
    m = first_of_type(code, text, "ASSAULT")
    assert not m.actor, m.explanation


def test_acts_done_in_the_past_are_no_news(code):
    text = (
        "Priests in Cuzco, who in the past brokered local truces between rival gangs, "
        "urged calm on Monday."
    )
    found = [m for m in code(text) if m.event_type in ("RETREAT", "CONSULT")]
    assert not found, [m.explanation for m in found]
