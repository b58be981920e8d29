"""Economic and coercive measures told without a sanction verb (branch measures45): a stopped
flow of water or gas, customs that stop clearing another's lorries, suspended landing or
fishing rights and licences, frozen quotas, visas no longer issued, a diplomat declared
persona non grata, state agencies and utilities acting for their state, and a subject the
parser hid behind a fronted day. Guards: a measure only threatened or considered stays a
threat or nothing. Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from support import countries


def _of_type(code, text: str, kind: str):
    found = code(text, "2026-03-10")
    return [m for m in found if m.event_type == kind], found


def _why(found) -> list[str]:
    return [f"{m.event_type} {m.cameo} {m.explanation}" for m in found]


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("Namibia stopped the flow of water to Botswana on Monday over unpaid fees.", "NAM", "BWA"),
        (
            "Namibia on Monday halted the flow of water from its dams into Botswana's reservoirs.",
            "NAM",
            "BWA",
        ),
        ("Norway froze the fishing quotas of Russian trawlers.", "NOR", "RUS"),
        ("Gabon suspended the landing rights of Cameroonian airlines on Tuesday.", "GAB", "CMR"),
        (
            "Fishing licences for Taiwanese vessels were suspended by Papua New Guinea on Friday.",
            "PNG",
            "TWN",
        ),
        (
            "Kenyan customs stopped clearing Ugandan trucks at the Busia crossing on Thursday.",
            "KEN",
            "UGA",
        ),
        ("Vietnam stopped issuing visas to Cambodian traders on Monday.", "VNM", "KHM"),
    ],
)
def test_measure_without_a_sanction_verb(code, text, actor, target):
    found, every = _of_type(code, text, "SANCTION")
    assert found, _why(every)
    assert any(actor in countries(m.actor) and target in countries(m.recipient) for m in found), (
        _why(found)
    )
    assert not any(m.event_type in ("CONCEDE", "RETREAT") for m in every), _why(every)


def test_stopped_clearing_names_the_goods_origin(code):
    text = "Ecuador's customs service stopped clearing fruit lorries from Peru at the border."
    found, every = _of_type(code, text, "SANCTION")
    assert any("PER" in countries(m.recipient) for m in found), _why(every)
    assert any("recipient.stopped_goods_party" in m.explanation for m in found), _why(found)


def test_diplomats_declared_unwelcome_are_the_target(code):
    text = "Peru declared two Bolivian diplomats persona non grata on Sunday."
    found, every = _of_type(code, text, "SANCTION")
    assert any("BOL" in countries(m.recipient) for m in found), _why(every)
    assert any("recipient.declared_unwelcome" in m.explanation for m in found), _why(found)


def test_subject_after_a_fronted_day(code):
    text = (
        "On Friday Peru declared a first secretary at the Bolivian embassy in Lima persona non "
        "grata and ordered him out of Peru by the weekend."
    )
    found, every = _of_type(code, text, "SANCTION")
    assert any("PER" in countries(m.actor) for m in found), _why(every)
    assert any("actor.day_fronted_subject" in m.explanation for m in found), _why(found)


def test_named_state_agency_acts_for_its_state(code):
    text = "Roskomnadzor banned Moldovan wine imports in the spring."
    found, every = _of_type(code, text, "SANCTION")
    assert any("RUS" in countries(m.actor) and "MDA" in countries(m.recipient) for m in found), (
        _why(every)
    )


def test_state_utility_acts_for_its_state(code):
    text = "Ukrenergo said it had cut power supplies to Moldova over unpaid bills."
    found, every = _of_type(code, text, "SANCTION")
    assert any("UKR" in countries(m.actor) for m in found), _why(every)


# ---------------- guards: what must not change ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Chile said it would stop the flow of gas to Argentina if the debt is not paid.",
        "Uruguay threatened to halt the flow of electricity to Brazil.",
    ],
)
def test_threatened_cut_stays_a_threat(code, text):
    found = code(text, "2026-03-10")
    assert any(m.event_type == "THREATEN" for m in found), _why(found)
    assert not any(m.event_type == "SANCTION" and m.modality == "asserted" for m in found), _why(
        found
    )


def test_considered_suspension_is_no_measure(code):
    found = code("Kazakhstan is considering a suspension of wheat shipments to Kyrgyzstan.")
    assert not any(m.event_type == "SANCTION" and m.modality == "asserted" for m in found), _why(
        found
    )


def test_flow_of_people_is_no_supply_cut(code):
    found = code("Police in the port city stopped the flow of tourists into the old town.")
    assert not any(m.cameo == "162" for m in found), _why(found)


def test_own_goods_origin_is_no_target(code):
    text = "Gazprom stopped pumping gas from Russia to Moldova on Saturday."
    found, every = _of_type(code, text, "SANCTION")
    assert any("MDA" in countries(m.recipient) for m in found), _why(every)
    assert not any("RUS" in countries(m.recipient) for m in found), _why(found)
