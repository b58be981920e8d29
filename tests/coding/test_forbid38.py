"""Forbidden readings of session 38 (issues #11/#12, branch forbid38): an act named after "the
threat of" is threatened, not done (modality.tsv 'threat', 'menace'); the possessor of the noun a
verb pattern names as its own object is the act's author, not its target (rule
recipient.act_noun_author). Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries, of_type

# modality.tsv: threat, menace (gov, hypothetical)


@pytest.mark.candidates("a noun act in a subject phrase is a weak reading; its modality is checked")
@pytest.mark.parametrize(
    "text",
    [
        "The threat of American sanctions hangs over Venezuela's oil sector, bankers said.",
        "Under the menace of a Turkish blockade, the island's ports stayed quiet all week.",
    ],
)
def test_an_act_named_after_a_threat_is_not_done(code, text):
    got = [m for m in code(text) if m.event_type in ("SANCTION", "COERCE")]
    assert all(m.modality != "asserted" for m in got), [(m.event_type, m.modality) for m in got]


def test_an_imposed_measure_under_threat_of_more_stays_imposed(code):
    got = of_type(
        code,
        "Norway imposed sanctions on Belarus on Friday under threat of more if arrests go on.",
        "SANCTION",
    )
    assert got and got[0].modality == "asserted"
    assert countries(got[0].actor) == {"NOR"} and countries(got[0].recipient) == {"BLR"}


def test_a_measure_done_before_a_threat_of_more_stays_done(code):
    got = of_type(
        code,
        "Canada imposed sanctions on Iran last month, and the threat of further ones remains.",
        "SANCTION",
    )
    assert [m.modality for m in got if countries(m.actor) == {"CAN"}] == ["asserted"]


# recipient.act_noun_author


def test_the_possessor_of_a_repeated_charge_is_its_author_not_its_target(code):
    got = of_type(
        code,
        "Chad's government has said nothing so far. Niger's interior minister repeated the "
        "government's charge against Abuja in a radio address on Sunday.",
        "ACCUSE",
    )
    assert got
    assert all("TCD" not in countries(m.recipient) for m in got)
    assert any(countries(m.recipient) == {"NGA"} for m in got)


def test_a_rejected_accusation_is_aimed_at_its_author(code):
    # guard: the noun is no part of the trigger; its possessor is the party answered
    got = of_type(code, "Vietnam rejected Cambodia's accusation on Thursday.", "REJECT")
    assert got and countries(got[0].recipient) == {"KHM"}


@pytest.mark.parametrize(
    ("text", "kind", "target"),
    [
        ("Portugal summoned Angola's ambassador on Friday.", "ACCUSE", "AGO"),
        ("Kenya welcomed Ethiopia's offer to send engineers to Nairobi.", "AGREE", "ETH"),
    ],
)
def test_a_possessed_person_or_an_answered_offer_stays_the_target(code, text, kind, target):
    # guards: a person is no act; an offer welcomed is answered, its author the target
    got = of_type(code, text, kind)
    assert got and target in countries(got[0].recipient)


def test_a_plain_charge_against_a_named_state_keeps_that_state(code):
    got = of_type(
        code, "The minister repeated the charge against Hanoi at a rally on Sunday.", "ACCUSE"
    )
    assert got and countries(got[0].recipient) == {"VNM"}


# mention.separatists_own_state


def test_unplaced_separatists_belong_to_the_state_whose_soldiers_they_fight(code):
    got = of_type(
        code,
        "Georgia and Armenia reopened their border on Monday. Armenia accused Georgian police "
        "of harassing lorry drivers. Separatists shot dead two Georgian soldiers near the "
        "boundary line on Saturday.",
        "ASSAULT",
    )
    shot = [m for m in got if "shot" in m.evidence.trigger]
    assert shot and countries(shot[0].actor) == {"GEO"}
    assert shot[0].actor[0].sector == "REB"


def test_unplaced_rebels_are_still_not_placed_in_the_state_they_fight(code):
    # guard: a rebel group may fight across a frontier; only a separatist is by definition
    # inside the state it fights (mention.guess_not_target keeps its reading)
    got = of_type(
        code,
        "Georgia and Armenia reopened their border on Monday. Armenia accused Georgian police "
        "of harassing lorry drivers. Rebels shot dead two Georgian soldiers near the boundary "
        "line on Saturday.",
        "ASSAULT",
    )
    shot = [m for m in got if "shot" in m.evidence.trigger]
    assert shot and "GEO" not in countries(shot[0].actor)


def test_a_states_own_army_stays_the_state(code):
    got = of_type(code, "Turkish troops shelled separatist positions in northern Iraq.", "ASSAULT")
    assert got and countries(got[0].actor) == {"TUR"}


# modality.tsv 'talk' (content) and senses.tsv talk/rumour (@singular_of)


def test_talk_of_a_blockade_is_neither_a_meeting_nor_a_blockade(code):
    got = code("There was talk of a Russian blockade of Moldova among traders on Friday.")
    assert not [m for m in got if m.event_type == "CONSULT"]
    assert all(m.modality != "asserted" for m in got if m.event_type == "SANCTION")


@pytest.mark.parametrize(
    "text",
    [
        "Brazil and Argentina held talks in Montevideo on Friday.",
        "The Thai prime minister held a telephone talk with the Malaysian prime minister on Friday.",
    ],
)
def test_talks_and_a_talk_with_someone_stay_meetings(code, text):
    assert of_type(code, text, "CONSULT")
