"""Demands reported with a modal or verb of obligation ("X said Y needs to ..."), what is not
one, the mood of the acts further down such a chain, and polite requests ("would appreciate
it if Y ..."). Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries, top


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        (
            "Peru needs to reopen the border crossings, the Chilean foreign minister said.",
            "CHL",
            "PER",
        ),
        (
            "Uganda has to hand over the rebel commanders, the Congolese government said.",
            "COD",
            "UGA",
        ),
        (
            "The Thai foreign ministry said Cambodia ought to withdraw its soldiers from the temple.",
            "THA",
            "KHM",
        ),
        ("Estonia's premier said Russia had to return the detained border guard.", "EST", "RUS"),
    ],
)
def test_reported_obligation_is_a_demand_on_its_subject(code, text, actor, recipient):
    m = top(code(text))
    assert m.event_type == "REQUEST" and m.modality == "asserted"
    assert countries(m.actor) == {actor} and countries(m.recipient) == {recipient}
    assert "[trigger.reported_obligation]" in m.explanation


def test_demand_names_the_act_asked_for(code):
    m = top(code("Malawi needs to allow relief convoys into the north, the Zambian envoy said."))
    assert m.event_type == "REQUEST"
    assert "'allow relief convoys into the north'" in m.explanation
    # the act is what is asked, not an event of its own
    assert all(x.event_type == "REQUEST" for x in code(
        "Malawi needs to allow relief convoys into the north, the Zambian envoy said."
    ))  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Everyone must respect the truce in the valley, the Norwegian mediator said.",
        "The international community must act on the drought, the Kenyan president said.",
        "Nations need to share vaccines more fairly, the Indian health minister said.",
        "It must be difficult for the displaced families, the Austrian minister said.",
        "The Bolivian minister said the smugglers must have known about the raid.",
        "The Croatian minister did not say that Serbia should pay reparations.",
        "Migrants must not be sent back to Libya, the Italian bishop said.",
        "The Peruvian minister said he must consult his party before deciding.",
        "The Swiss general said on Monday the alliance would need to stay united.",
        "Officials in Chad said they have to evacuate the border town.",
    ],
)
def test_no_demand(code, text):
    assert not [m for m in code(text) if m.event_type == "REQUEST"]


def test_passive_demand_is_aimed_at_the_named_doer(code):
    m = top(
        code(
            "Migrants must not be sent back to Libya by the Maltese navy, the Italian minister said."
        )
    )
    assert m.event_type == "REQUEST"
    assert countries(m.recipient) == {"MLT"}
    assert "[recipient.obliged_agent]" in m.explanation


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # an act under an obligation, in its clause or further down the chain, is not done
        ("Under the deal, Nepal has to stop the shelling of the border villages.", "'has to'"),
        ("Under the ruling, Israel needs to ensure that agencies provide aid to Gaza.", "above it"),
    ],
)
def test_act_under_an_obligation_chain_is_hypothetical(code, text, cue):
    m = top(code(text))
    assert m.event_type != "REQUEST"  # no speaker: no demand
    assert m.modality == "hypothetical" and cue in m.explanation


def test_narrated_had_to_stays_asserted(code):
    m = top(code("Police in Lima had to fire tear gas at the crowd on Monday."))
    assert m.modality == "asserted"


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        ('"We would appreciate it if Turkey reopened the crossing," the Syrian envoy said.', "TUR"),
        (
            "The Nepali minister said Kathmandu would appreciate India easing the fuel checks.",
            "IND",
        ),
    ],
)
def test_polite_request(code, text, recipient):
    m = top(code(text))
    assert (m.event_type, m.cameo, m.modality) == ("REQUEST", "020", "asserted")
    assert countries(m.recipient) == {recipient}


def test_plain_appreciation_stays_praise(code):
    m = top(code("Ghana appreciated Nigeria's help during the floods."))
    assert m.event_type == "SUPPORT"


def test_demand_still_to_be_said_is_future(code):
    m = top(
        code(
            "The Brazilian president said he will tell the Chinese premier that China needs to open its markets."
        )
    )
    assert (m.event_type, m.cameo, m.modality) == ("REQUEST", "020", "future")
    assert countries(m.recipient) == {"CHN"}


def test_must_is_a_demand_needs_to_an_appeal(code):
    assert top(code("Japan said China must release the fishermen.")).cameo == "100"
    assert top(code("Japan said China needs to release the fishermen.")).cameo == "020"


def test_quotation_without_its_own_verb_of_saying(code):
    text = '"Latvia must release the trawler. Our fishermen did nothing wrong," the Russian envoy said.'
    m = next(m for m in code(text) if m.event_type == "REQUEST")
    assert (m.modality, countries(m.actor), countries(m.recipient)) == (
        "asserted",
        {"RUS"},
        {"LVA"},
    )
    assert "[actor.quote_speaker]" in m.explanation


def test_modal_use_before_the_verbs_own_patterns(code):
    # 'need' with 'withdraw' is also a converted pattern of the verb; the modal use decides
    m = top(
        code('"Kosovo needs to withdraw its police from the bridge," the Serbian premier said.')
    )
    assert (m.event_type, m.cameo) == ("REQUEST", "020")
    assert countries(m.actor) == {"SRB"} and countries(m.recipient) == {"XKX"}


def test_bare_verbs_joined_to_an_appeal_are_asked_for_not_done(code):
    # a bare "release" cannot join the finite "urged": it continues "to close", asked of Egypt
    text = (
        "The rights group urged Egypt to close the camps, release the detainees and allow an "
        "inquiry by the United Nations."
    )
    ms = code(text)
    assert not [m for m in ms if m.event_type == "RETREAT"], [m.explanation for m in ms]
    inquiry = [m for m in ms if m.evidence.trigger == "inquiry"]
    assert inquiry and all(m.modality == "hypothetical" for m in inquiry)
    ms = code("Egypt released the detainees and allowed an inquiry by the United Nations.")
    assert {m.event_type for m in ms if m.modality == "asserted"} >= {"RETREAT", "ACCUSE"}
