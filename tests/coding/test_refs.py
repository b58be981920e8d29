"""Antecedents and compounds that tie a thing or a description to a state, on invented stories:
"the country" is not a state named only in a person's description (mention.background_state);
"X-made" names no party (mention.maker_compound); "X-owned" / "X-flagged" give the thing the
owner's state (mention.owner_compound); a state's own Security Council
(mention.state_security_council); "the Assembly" after the General Assembly."""

from __future__ import annotations

from communique.actors import find_actors
from support import shown_codes as _show


def _span(nlp, text: str, words: str):
    doc = nlp(text)
    at = text.index(words)
    hits = [
        sp
        for sp in find_actors(doc)
        if doc[sp.start].idx < at + len(words) and doc[sp.end - 1].idx + len(doc[sp.end - 1]) > at
    ]
    return hits[-1] if hits else None


def _state(nlp, text: str, words: str) -> str | None:
    sp = _span(nlp, text, words)
    return sp.actor.country if sp is not None else None


def test_the_country_is_not_the_state_of_a_former_office_in_an_apposition(nlp):
    text = (
        "Zambia's election commission declared the result on Sunday. The chief observer, a "
        "former foreign minister of Tanzania, praised the count. Troops were deployed across "
        "the country."
    )
    assert _state(nlp, text, "the country") == "ZMB"


def test_the_country_is_not_a_place_of_schooling(nlp):
    text = (
        "Botswana's new health minister, who was educated in Canada, was sworn in on Friday. "
        "The country's parliament approved her budget."
    )
    sp = _span(nlp, text, "The country")
    assert sp is not None and sp.actor.country == "BWA", sp and sp.rule
    assert "mention.background_state" in sp.rule


def test_the_country_is_not_a_birthplace_compound(nlp):
    text = (
        "Police in Liberia detained an Indian-born trader on Monday. The country's finance "
        "ministry said he owed millions in taxes."
    )
    assert _state(nlp, text, "The country") == "LBR"


def test_the_described_state_stays_when_it_is_the_only_one(nlp):
    text = (
        "A former president of Malawi was charged with fraud on Wednesday. The country's "
        "anti-corruption bureau said more charges would follow."
    )
    assert _state(nlp, text, "The country") == "MWI"


def test_a_maker_compound_names_no_party(nlp, code):
    text = "Estonia's army said it had destroyed four Belarusian-made drones near the border."
    assert _state(nlp, text, "Belarusian") is None
    found = code(text)
    assert all("BLR" not in {p.country for p in m.actor + m.recipient} for m in found), _show(found)


def test_an_owned_ship_seized_is_aimed_at_its_owners_state(code):
    text = "Pirates from Somalia seized a Danish-owned cargo ship in the Indian Ocean on Friday."
    found = code(text)
    seizure = [m for m in found if m.evidence.trigger.startswith("seized")]
    assert seizure, _show(found)
    assert any("DNK" in {p.country for p in m.recipient} for m in seizure), _show(found)


def test_a_flagged_ship_attacked_is_aimed_at_its_flag_state(code):
    text = "Houthi fighters fired a missile at a Dutch-flagged container ship on Tuesday."
    found = code(text)
    attack = [m for m in found if m.event_type == "ASSAULT"]
    assert attack, _show(found)
    assert any("NLD" in {p.country for p in m.recipient} for m in attack), _show(found)


def test_a_states_own_security_council_convened_by_its_president(nlp):
    text = "Belarus's president chaired a meeting of the Security Council on Monday."
    sp = _span(nlp, text, "the Security Council")
    assert sp is not None and sp.actor.country == "BLR", sp and sp.rule
    assert "mention.state_security_council" in sp.rule


def test_a_bare_security_council_in_a_un_story_stays_the_uns(nlp):
    text = (
        "NEW YORK, May 4 - The Security Council on Thursday condemned an attack on aid workers "
        "in Darfur."
    )
    assert _state(nlp, text, "The Security Council") == "UNO"


def test_the_assembly_after_the_general_assembly(nlp):
    text = (
        "The General Assembly adopted a resolution on ocean plastics on Monday. The Assembly "
        "also urged rich states to fund clean-up work."
    )
    assert _state(nlp, text, "The Assembly") == "UNO"


def test_the_two_countries_leave_out_a_state_of_a_description(nlp):
    text = (
        "Chad and Sudan reopened their shared border on Monday. The talks were chaired by a "
        "former prime minister of Mali, a veteran mediator. The two countries will hold more "
        "talks next month."
    )
    sp = _span(nlp, text, "The two countries")
    assert sp is not None
    assert {a.country for a in sp.actors} == {"TCD", "SDN"}, sp.rule
