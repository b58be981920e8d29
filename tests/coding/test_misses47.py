"""The object of an accusation is the party accused, even of the accuser's own state (branch
misses47; rule recipient.accused_own_side).

- "A rights group accused *the security forces* of ...": a force of the accuser's own state that
  only a common noun names was taken for the doer's own means (as in "sent *troops*") and left
  out, so the accusation had no target and fell below the confidence threshold.
- "accused *armed herders* of ...": everyday people are the accused, as they are the harmed of
  an attack or an arrest.
- Look-alikes stay as they were: the doer's own means of a deployment ("sent troops"), an
  appeal to its own police, an accusation aimed at another state.
"""

from __future__ import annotations


def _show(found):
    return [
        (m.event_type, m.cameo, m.evidence.trigger, [p.code for p in m.actor],
         [p.code for p in m.recipient], m.sentence)
        for m in found
    ]  # fmt: skip


def _accusations(found, sentence=1):
    return [
        ({p.country for p in m.actor}, {p.code for p in m.recipient})
        for m in found
        if m.event_type == "ACCUSE" and m.sentence == sentence
    ]


def test_rights_group_accuses_its_states_forces(code):
    text = (
        "Kenya held a general election on Sunday. "
        "A rights group accused the security forces of beating detained students."
    )
    found = code(text, "2025-05-12")
    assert ({"KEN"}, {"KENCOP"}) in _accusations(found), _show(found)
    accusation = next(m for m in found if m.event_type == "ACCUSE")
    assert "[recipient.accused_own_side]" in accusation.explanation


def test_charity_accuses_soldiers(code):
    text = (
        "Strikes spread across Peru this week. "
        "A medical charity accused soldiers of looting a clinic near Cusco."
    )
    found = code(text, "2025-05-12")
    assert ({"PER"}, {"PERMIL"}) in _accusations(found), _show(found)


def test_minister_accuses_police_officers(code):
    text = (
        "Kenya held a general election on Sunday. "
        "The interior minister accused police officers of taking bribes at roadblocks."
    )
    found = code(text, "2025-05-12")
    assert any(rs == {"KENCOP"} for _, rs in _accusations(found)), _show(found)


def test_accused_everyday_people_are_the_target(code):
    text = (
        "Fighting over grazing land in central Mali left six dead this week. "
        "The regional governor accused armed herders of burning granaries in two hamlets."
    )
    found = code(text, "2025-05-12")
    targets = {r for _, rs in _accusations(found) for r in rs}
    assert "MLIAGR" in targets, _show(found)


def test_troops_sent_stay_the_doers_means(code):
    text = "Kenya held a general election on Sunday. The government sent troops to the coast."
    found = code(text, "2025-05-12")
    assert not any("KENMIL" in {p.code for p in m.recipient} for m in found), _show(found)


def test_accusing_another_state_unchanged(code):
    text = (
        "Kenya held a general election on Sunday. "
        "Kenya accused Ugandan soldiers of firing on fishermen on Lake Victoria."
    )
    found = code(text, "2025-05-12")
    assert any(
        a == {"KEN"} and any(r.startswith("UGA") for r in rs) for a, rs in _accusations(found)
    ), _show(found)


def test_accusing_its_neighbour_stays_the_other_state(code):
    text = (
        "Venezuela shut its airspace to Guyanese airlines on Monday, "
        "accusing its neighbour of letting foreign planes spy on its troops."
    )
    found = code(text, "2025-05-12")
    assert ({"VEN"}, {"GUY"}) in _accusations(found, 0), _show(found)


def test_unplaced_guards_in_a_quarrel_of_two_states_stay_the_others(code):
    text = (
        "Honduras and Nicaragua traded protests over the Gulf of Fonseca this week. "
        "Honduras said its navy patrols the gulf lawfully. "
        "Nicaragua's foreign ministry accused border guards on Sunday of beating its traders."
    )
    found = code(text, "2025-05-12")
    assert ({"NIC"}, {"HNDCOP"}) in _accusations(found, 2), _show(found)
