"""Acts named inside a complaint: what a criticism or an official protest is about has happened
and is an event of its own ("condemned the killing of two guards by gunmen": the killing and the
condemnation), while a warned-of, demanded, denied or feared act is not. Every text is written for
these tests."""

from __future__ import annotations

from support import countries


def _of_type(ms, plover: str) -> list:
    return [m for m in ms if m.event_type == plover and m.modality == "asserted"]


# -- 'by X' that the parser hangs on the complaining verb names the noun act's doer -------------


def test_a_by_phrase_after_the_condemned_act_names_its_doer(code):
    ms = code(
        "The Zambian government condemned the killing of four policemen by bandits near the "
        "border on Sunday."
    )
    killed = _of_type(ms, "ASSAULT")
    assert len(killed) == 1
    assert killed[0].actor and countries(killed[0].actor) == {"ZMB"}
    assert _of_type(ms, "ACCUSE")  # the condemnation stays an event too


def test_a_by_phrase_after_a_condemned_abduction_names_the_kidnappers(code):
    ms = code("The Malian government condemned the abduction of a doctor by armed men in Mopti.")
    taken = _of_type(ms, "ASSAULT")
    assert len(taken) == 1
    assert taken[0].actor and countries(taken[0].actor) == {"MLI"}


def test_a_by_phrase_on_a_passive_verb_stays_the_verbs_agent(code):
    ms = code("The killing of the two guards was condemned by Zambia on Friday.")
    accuse = _of_type(ms, "ACCUSE")
    assert accuse and countries(accuse[0].actor) == {"ZMB"}
    assert not any(countries(m.actor) == {"ZMB"} for m in _of_type(ms, "ASSAULT"))


# -- a condemned act with no doer named: unattributed violence against the people named ---------


def test_a_condemned_assassination_is_coded_without_a_doer(code):
    ms = code("Tunisia condemned the assassination of the Malian interior minister in Bamako.")
    killed = _of_type(ms, "ASSAULT")
    assert len(killed) == 1
    assert not killed[0].actor
    assert "MLI" in countries(killed[0].recipient)
    assert _of_type(ms, "ACCUSE")


def test_a_protest_lodged_over_a_killing_codes_the_killing(code):
    ms = code(
        "Nepal lodged a protest with India over Sunday's killing of a Nepali trader at the "
        "border crossing in Birgunj."
    )
    killed = _of_type(ms, "ASSAULT")
    assert len(killed) == 1 and "NPL" in countries(killed[0].recipient)
    assert _of_type(ms, "ACCUSE")


def test_a_past_clause_on_the_condemned_thing_is_an_act_of_its_own(code):
    ms = code("Ghana condemned the rockets fired at Accra airport by the rebels.")
    fired = _of_type(ms, "ASSAULT")
    assert len(fired) == 1 and fired[0].actor
    assert _of_type(ms, "ACCUSE")


# -- acts a frame warns of, asks for, denies or fears are no events ----------------------------


def test_a_warned_of_attack_is_no_event(code):
    ms = code("Oman warned against any assault on the port of Mukalla by Saudi-led forces.")
    assert not _of_type(ms, "ASSAULT")


def test_a_demanded_end_to_killings_is_no_killing(code):
    ms = code("The bishops called for an end to the killing of farmers in Benue state.")
    assert not _of_type(ms, "ASSAULT")


def test_a_denied_killing_is_no_event(code):
    ms = code("The Malian army denied the killing of civilians in the village of Sofara.")
    assert not _of_type(ms, "ASSAULT")


def test_an_alleged_killing_inside_a_condemnation_is_no_event(code):
    ms = code("Tunisia condemned the alleged killing of a Malian trader in Bamako.")
    assert not _of_type(ms, "ASSAULT")


def test_condemned_attacks_in_general_are_no_event(code):
    ms = code("The Chadian government condemned attacks on aid workers in Darfur.")
    assert not _of_type(ms, "ASSAULT")


# -- an act told in an earlier sentence is not coded again from the condemnation ---------------


def test_a_condemned_killing_told_before_is_coded_once(code):
    ms = code(
        "Gunmen shot dead two Nigerien customs officers near Tahoua on Monday. "
        "Niger's government condemned the killing of the officers."
    )
    assert len(_of_type(ms, "ASSAULT")) == 1


def test_a_condemned_attack_told_before_without_a_doer_is_coded_once(code):
    ms = code(
        "Four Malian soldiers were killed in an ambush near Gao on Sunday. "
        "Mali's transitional government condemned the ambush."
    )
    assert len(_of_type(ms, "ASSAULT")) == 1
