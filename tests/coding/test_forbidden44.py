"""Wrong parties behind the story benches' "forbidden" hits (issue #12, branch forbidden44): the
flag of an open registry (a flag of convenience) names no party of what is done to the ship
(mention.flag_compound), while its owner and a national flag still do (mention.owner_compound);
a bare plural of states is a class, no story counterpart (recipient.generic_plural). Every
sentence is invented for the tests."""

from __future__ import annotations

import pytest

from support import countries


def _parties(found):
    return {c for m in found for c in countries(m.actor) | countries(m.recipient)}


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("Pirates seized a Maltese-flagged grain ship near Benin's coast on Monday.", "MLT"),
        ("The Eritrean navy released the crew of a Panama-flagged tanker on Thursday.", "PAN"),
        (
            "Gunmen fired rockets at a Marshall Islands-flagged cargo ship near Lagos on Friday.",
            "MHL",
        ),
        ("Navy divers boarded a Bahamas-flagged cruise ship off Cozumel on Sunday.", "BHS"),
    ],
)
def test_a_flag_or_register_state_is_no_party(code, text, flag):
    found = code(text, "2026-03-10")
    assert found, "no event coded"
    assert flag not in _parties(found), [m.explanation for m in found]


def test_a_flagged_thing_takes_no_guessed_state(code):
    text = (
        "Eritrea and Djibouti traded accusations on Monday. The Eritrean navy released the crew "
        "of a Maltese-flagged cargo ship on Tuesday."
    )
    found = [m for m in code(text, "2026-03-10") if m.evidence.trigger.startswith("released")]
    assert found, "no release coded"
    assert not _parties(found) & {"MLT", "DJI"} - {"ERI"}, [m.explanation for m in found]
    assert any("mention.flag_compound" in m.explanation for m in found), found[0].explanation


def test_a_convenience_flagged_boat_seized_is_not_aimed_at_home(code):
    # a merchant ship under an open registry's flag: neither home nor the flag (the fishing
    # boats of an open registry's own fleet are its party: furniture45, mention.fishing_flag)
    found = [
        m
        for m in code("The Chilean navy seized a Panama-flagged cargo ship.", "2026-03-10")
        if m.event_type == "COERCE"
    ]
    assert found and all(countries(m.actor) == {"CHL"} for m in found), found
    assert not {c for m in found for c in countries(m.recipient)} & {"CHL", "PAN"}, [
        m.explanation for m in found
    ]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Pirates seized a Norwegian-owned, Liberia-flagged tanker off Guinea on Monday.", "NOR"),
        ("The Chilean navy seized a Peruvian fishing boat on Friday.", "PER"),
        ("The Chilean navy seized a Peruvian-flagged fishing boat on Friday.", "PER"),
    ],
)
def test_an_owner_or_a_nationality_still_names_the_party(code, text, party):
    # guard: "-owned" (mention.owner_compound) and a plain adjective keep their state
    found = [m for m in code(text, "2026-03-10") if m.event_type == "COERCE"]
    assert found and any(party in countries(m.recipient) for m in found), [
        m.explanation for m in found
    ]


_BLOC_STORY = (
    "The African Union warned Niger on Monday that it faced suspension over the delayed vote. "
    "Niger rejected the warning. "
)


@pytest.mark.parametrize(
    "said",
    [
        '"The AU has been eager to suspend countries over military takeovers, yet it seldom acts on '
        'fraud," said an analyst who follows the region.',
        '"The AU has never been shy to sanction governments that cling to power," an analyst said.',
    ],
)
def test_a_bare_plural_of_states_is_a_class_not_the_storys_state(code, said):
    # recipient.generic_plural: no story counterpart assumed for "suspend countries"
    found = code(_BLOC_STORY + said, "2026-03-10")
    late = [m for m in found if m.evidence.trigger.split()[0] in ("suspend", "sanction")]
    assert not any("NER" in countries(m.recipient) for m in late), [m.explanation for m in late]


def test_a_suspension_of_the_storys_state_keeps_its_target(code):
    # guard: a state named as the object is the target
    found = code(_BLOC_STORY + "On Friday the AU suspended Niger.", "2026-03-10")
    late = [m for m in found if m.evidence.trigger.startswith("suspended")]
    assert late and any("NER" in countries(m.recipient) for m in late), [
        m.explanation for m in found
    ]
