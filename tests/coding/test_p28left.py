"""A story filed from one capital about other states: the dateline's state is not that of
unnamed attackers whose act the lead places in another state, nor that of a titled person
the story gives no state (issue #12, branch p28left; rules mention.attackers_filed_elsewhere,
mention.title_filed_elsewhere). Every sentence here is invented for the test."""

from __future__ import annotations

import pytest


def _parties(found, kind):
    return [
        ([p.country for p in m.actor], [p.country for p in m.recipient])
        for m in found
        if m.event_type == kind
    ]


ABDUCTION = (
    "DAKAR, March 3 (Wire) - {lead} from a gold mine in a remote Malian village on Sunday, "
    "their employer said.\n\n"
    "The kidnappers, who came on motorbikes, shot dead a guard at the gate.\n\n"
    "China's embassy said it held the abductors responsible for the men's safety."
)


@pytest.mark.parametrize(
    "lead",
    [
        # a lead opened by a group of no state: the dateline's state was the guess
        "An armed gang abducted three Chinese mining engineers and a Canadian geologist",
        # a lead opened by the victims: the lead's first doer's state was the guess
        "Three Chinese mining engineers and a Canadian geologist were abducted",
    ],
)
def test_attackers_in_a_story_filed_from_a_neighbour_are_not_the_datelines(code, lead):
    found = code(ABDUCTION.format(lead=lead), "2024-03-03")
    everyone = [p.country for m in found for p in m.actor + m.recipient]
    assert "SEN" not in everyone, [(m.event_type, m.actor, m.recipient) for m in found]
    shots = _parties(found, "ASSAULT")
    assert any(actor == ["MLI"] for actor, _ in shots), shots
    assert not any("CHN" in actor for actor, _ in shots), shots
    blamed = _parties(found, "ACCUSE")
    assert blamed and all(recipient == ["MLI"] for _, recipient in blamed), blamed


def test_attackers_in_a_story_about_the_datelines_own_state_keep_it(code):
    """Guard: a story filed from the place the attack happened is about that state."""
    text = (
        "DAKAR, March 3 (Wire) - Gunmen attacked a police station on the outskirts of the "
        "capital on Sunday, killing two officers, police said.\n\n"
        "The attackers fled on foot."
    )
    shots = _parties(code(text, "2024-03-03"), "ASSAULT")
    assert any(actor == ["SEN"] for actor, _ in shots), shots


MINISTER = (
    "AMMAN, Jan 5 (Wire) - A militia seized two Iraqi truck drivers and a Lebanese trader on a "
    "road outside the Syrian town of Hama on Sunday, relatives said.\n\n"
    "{second}\n\n"
    "Foreign Minister Karim Haddad telephoned his Syrian counterpart late on Monday, his "
    "office said."
)


def test_title_of_no_state_takes_the_state_the_sentence_before_is_about(code):
    found = code(
        MINISTER.format(second="Iraq's foreign ministry demanded their release."), "2024-01-06"
    )
    calls = _parties(found, "CONSULT")
    assert calls, [(m.event_type, m.actor, m.recipient) for m in found]
    assert all("JOR" not in actor for actor, _ in calls), calls
    assert any(actor == ["IRQ"] for actor, _ in calls), calls


def test_title_in_a_story_that_names_the_datelines_state_keeps_it(code):
    """Guard: the dateline's state named in the story: its minister may well be the one."""
    second = "Jordan's foreign ministry demanded their release."
    calls = _parties(code(MINISTER.format(second=second), "2024-01-06"), "CONSULT")
    assert any(actor == ["JOR"] for actor, _ in calls), calls


# a court named by the seat the story gave it before (rule mention.court_seat_told)
@pytest.mark.parametrize(
    "text",
    [
        "The Permanent Court of Arbitration's panel, which sits in Stockholm, ruled on Monday in "
        "the gas pricing dispute between Poland and Russia.\n\nPoland thanked the Stockholm "
        "tribunal for its work, while Russia accused the Stockholm tribunal of bias.",
        "An international tribunal in Hamburg ruled on Monday in the fishing dispute between "
        "Chile and Peru.\n\nPeru said it would ask the Hamburg tribunal to review the ruling, and "
        "Chile praised the Hamburg court.",
    ],
)  # fmt: skip
def test_court_named_by_the_seat_the_story_gave_it_is_no_state(code, text):
    found = code(text, "2024-03-04")
    sides = [p.country for m in found for p in m.actor + m.recipient]
    assert len(found) >= 2, found
    assert "SWE" not in sides and "DEU" not in sides, sides
    assert "IGO" in sides, sides


def test_a_national_court_in_a_city_keeps_its_state(code):
    """Guard: a court in a city, no word making it international: the city's state's."""
    text = (
        "A court in Hamburg sentenced a Syrian man to life in prison on Monday.\n\n"
        "Syria's government condemned the Hamburg court."
    )
    sides = [p.country for m in code(text, "2024-03-04") for p in m.recipient]
    assert "DEU" in sides, sides


# "treason for X", "espionage for X": whom the crime served, not the target (rule
# recipient.charge_content, vocabulary served_crime_nouns)
@pytest.mark.parametrize(
    ("text", "served"),
    [
        ("Prosecutors in Minsk charged the blogger with treason for Poland.", "POL"),
        ("A military court in Kyiv jailed the officer for treason for Russia.", "RUS"),
    ],
)
def test_state_a_named_crime_served_is_no_target(code, text, served):
    found = [(m.event_type, [p.country for p in m.recipient]) for m in code(text)]
    assert found, "the charge or jailing is coded"
    assert not any(served in recipients for _, recipients in found), found


def test_a_crime_noun_keeps_its_other_targets(code):
    """Guard: 'espionage against X' still aims at X."""
    found = code("Moscow condemned British espionage against Russia.")
    assert found


# an act in a present-tense 'until' clause is an end still to come (rule modality.until_present)
def test_present_tense_until_clause_is_a_condition(code):
    text = "The rebels said the British sailors stay on board until London releases their fighters."
    found = [m for m in code(text) if m.event_type == "RETREAT"]
    assert found and all(m.modality != "asserted" for m in found), found


def test_past_tense_until_clause_stays_asserted(code):
    """Guard: told in the past, the release happened."""
    found = [
        m
        for m in code("Armenia kept the border closed until Azerbaijan released the prisoners.")
        if m.event_type == "RETREAT"
    ]
    assert found and found[0].modality == "asserted", found


def test_opposition_in_a_hub_story_is_of_the_state_its_sentence_is_about(code):
    """'criticism from opposition parties' in a sentence about one state's minister, in a story
    filed from a hub: that state's opposition, not the lead's first doer's (rule
    mention.third_capital_recent_subject)."""
    text = (
        "DUBAI, May 2 (Wire) - Iran freed a Dutch aid worker on Monday in exchange for an "
        "Iranian diplomat held by the Netherlands since 2021.\n\n"
        "The Dutch foreign minister defended the exchange against criticism from opposition "
        "lawmakers, who said the cabinet had rewarded hostage diplomacy."
    )
    found = code(text, "2024-05-02")
    defended = _parties(found, "SUPPORT")
    assert defended, [(m.event_type, m.actor, m.recipient) for m in found]
    assert all("IRN" not in recipient for _, recipient in defended), defended
    assert any(recipient == ["NLD"] for _, recipient in defended), defended
