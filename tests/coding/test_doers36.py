"""Members of a group the actor data does not list take the sector of the group's kind (branch
doers36, issue #11; rule actor.kind_by_head): "members of a small farmers' *union*" are labour,
"members of an armed *brigade*" rebels. Every sentence is written for these tests."""

from __future__ import annotations

import pytest


def _doers(mentions, plover: str) -> list:
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} among {[(m.event_type, m.explanation) for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "plover", "code_"),
    [
        ("Members of the Silver Lantern Front barricaded the coast road in Ecuador on Tuesday.",
         "PROTEST", "ECUOPP"),
        ("In Uganda, members of an obscure student movement burned tyres outside the campus.",
         "PROTEST", "UGAOPP"),
        ("Members of a tiny armed brigade raided a farming village in Burkina Faso on Friday.",
         "ASSAULT", "BFAREB"),
        ("Members of the taxi drivers' union blocked the airport road in Ghana on Monday.",
         "PROTEST", "GHALAB"),
        ("Members of a street gang abducted a shopkeeper in Honduras on Thursday.",
         "ASSAULT", "HNDCRM"),
    ],
)  # fmt: skip
def test_members_of_a_group_take_the_sector_of_its_kind(code, text, plover, code_):
    m = _doers(code(text), plover)
    assert [a.code for a in m.actor] == [code_]
    assert "[actor.kind_by_head]" in m.explanation


@pytest.mark.parametrize(
    ("text", "plover", "code_"),
    [
        # a group of another kind: they stay as the lexicon codes them
        ("Members of a rights group denounced the police in Zambia on Monday.", "ACCUSE",
         "ZMBCVL"),
        ("Members of the Tanzanian parliament criticised the police on Monday.", "ACCUSE",
         "TZALEG"),
    ],
)  # fmt: skip
def test_members_of_a_group_of_another_kind_keep_their_reading(code, text, plover, code_):
    m = _doers(code(text), plover)
    assert [a.code for a in m.actor] == [code_]
    assert "actor.kind_by_head" not in m.explanation


def test_members_of_a_choir_are_no_political_actor(code):
    text = "Members of a church choir marched through Quito on Sunday behind a brass band."
    assert not [m for m in code(text) if m.event_type == "PROTEST"]


def test_leaders_of_all_parties_are_of_no_one_kind(code):
    text = "The Moldovan president invited the leaders of all parties to talks on Friday."
    for m in code(text):
        assert "actor.kind_by_head" not in m.explanation
