"""Unrest wording families of the unrest12 branch: self-immolation as a protest, people seized
as an abduction, enforced disappearances, waterboarding, passports cancelled, people hit by
bullets, interrogators and vandals as doers, and an act named in a free relative ("in what
police called an attack") that is no criticism of its own."""

from __future__ import annotations

import pytest


def _types(ms):
    return [(m.event_type, m.cameo) for m in ms]


def _top(ms):
    return max(ms, key=lambda m: m.confidence) if ms else None


@pytest.mark.parametrize(
    "text",
    [
        "A taxi driver set himself alight outside the labour ministry in Tunis on Monday.",
        "A woman teacher set herself on fire in front of the district court in Lahore.",
        "A young mother set fire to herself outside the town hall in Chisinau.",
        "A laid-off miner burned himself to death outside the provincial assembly in Quetta.",
    ],
)
def test_setting_oneself_alight_is_a_protest_not_arson(code, text):
    ms = code(text)
    top = _top(ms)
    assert top is not None and top.event_type == "PROTEST", _types(ms)
    assert not any(m.cameo == "1712" for m in ms), _types(ms)


def test_a_self_immolation_noun_is_a_protest(code):
    ms = code("A farmer staged a self-immolation outside the county office in Qinghai.")
    assert any(m.event_type == "PROTEST" for m in ms), _types(ms)


def test_a_burn_in_a_kitchen_is_no_protest(code):
    ms = code("A cook in Quetta burned himself on a stove at the army canteen.")
    assert not any(m.event_type == "PROTEST" for m in ms), _types(ms)


def test_a_house_set_alight_stays_arson(code):
    ms = code("Militiamen set the headman's house alight near Beni on Sunday.")
    assert ("ASSAULT", "1712") in _types(ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Jihadists seized nine farmers near Djibo on Thursday.",
        "Pirates seized 14 sailors from a tanker off the coast of Benin.",
    ],
)
def test_people_seized_are_abducted(code, text):
    ms = code(text)
    assert ("ASSAULT", "181") in _types(ms), _types(ms)


def test_goods_seized_stay_a_seizure(code):
    ms = code("Police in Peru seized 40 kilograms of cocaine at the port of Callao.")
    assert ("COERCE", "171") in _types(ms), _types(ms)


def test_a_forced_disappearance_is_an_abduction(code):
    ms = code("Intelligence agents forcibly disappeared a student leader in Lahore in March.")
    assert ("ASSAULT", "181") in _types(ms), _types(ms)


def test_waterboarding_is_torture(code):
    ms = code("American soldiers waterboarded three prisoners at a camp in Iraq.")
    assert ("ASSAULT", "1822") in _types(ms), _types(ms)


def test_cancelled_passports_are_a_sanction(code):
    ms = code("The interior ministry of Nicaragua cancelled the passports of 40 exiled critics.")
    assert ("COERCE", "172") in _types(ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "A student demonstrator was hit by rubber bullets near the palace in Santiago.",
        "A street vendor was struck by a stray bullet in Caracas.",
    ],
)
def test_a_person_hit_by_a_bullet_was_attacked(code, text):
    ms = code(text)
    assert any(m.event_type == "ASSAULT" for m in ms), _types(ms)


def test_a_person_hit_by_a_car_was_not_attacked(code):
    ms = code("A student demonstrator was hit by a car near the palace in Santiago.")
    assert not any(m.event_type == "ASSAULT" for m in ms), _types(ms)


def test_interrogators_are_doers_of_custody_abuse(code):
    ms = code("Interrogators beat two students with pipes at a police station in Aleppo.")
    assert any(m.event_type == "ASSAULT" and m.actor for m in ms), _types(ms)


def test_an_act_named_in_a_free_relative_is_no_criticism(code):
    ms = code(
        "A bomb went off near a mosque in Peshawar, wounding six, in what police called a "
        "terrorist attack."
    )
    top = _top(ms)
    assert top is not None and top.event_type == "ASSAULT", _types(ms)
    assert not any(m.event_type == "ACCUSE" for m in ms), _types(ms)


def test_a_named_object_keeps_its_verdict(code):
    ms = code("The Pakistani police called the bombing in Peshawar a cowardly attack.")
    assert any(m.event_type == "ACCUSE" for m in ms), _types(ms)


def test_the_hostage_takers_are_the_doers(code):
    ms = code("Militiamen took six Chinese miners hostage near Bukavu on Saturday.")
    top = _top(ms)
    assert top is not None and (top.event_type, top.cameo) == ("ASSAULT", "181"), _types(ms)
    assert [a.text for a in top.actor] == ["Militiamen"], top.actor
    assert [r.code for r in top.recipient] == ["CHNLAB"], top.recipient


def test_hostage_taking_outranks_the_boarding(code):
    ms = code("Pirates took 15 crew members hostage after boarding a freighter off Somalia.")
    top = _top(ms)
    assert top is not None and top.event_type == "ASSAULT", _types(ms)


def test_teargassed_crowds_were_repressed(code):
    ms = code("Striking nurses were teargassed near the health ministry in Harare.")
    assert ("ASSAULT", "175") in _types(ms), _types(ms)


def test_whipped_detainees_were_beaten(code):
    ms = code("Militia guards whipped detainees at a camp near Sirte, survivors said.")
    assert ("ASSAULT", "182") in _types(ms), _types(ms)


@pytest.mark.parametrize(
    "text",
    [
        "Border guards in Belarus seized the passports of six opposition students.",
        "Militiamen seized the herders' cattle near Kidal on Friday.",
    ],
)
def test_the_property_of_people_seized_is_no_abduction(code, text):
    ms = code(text)
    assert ("COERCE", "171") in _types(ms), _types(ms)
    assert not any(m.cameo == "181" for m in ms), _types(ms)


def test_a_vehicle_of_passengers_seized_is_a_seizure(code):
    ms = code("Separatist fighters seized a passenger bus on the highway near Turbat in Pakistan.")
    assert ("COERCE", "171") in _types(ms), _types(ms)
    assert not any(m.cameo == "181" for m in ms), _types(ms)


def test_praise_for_what_a_speaker_called_historic_is_kept(code):
    ms = code("The Kazakh president thanked his Uzbek host for what he called a historic visit.")
    assert any(m.event_type in ("SUPPORT", "CONSULT", "AGREE") for m in ms), _types(ms)
