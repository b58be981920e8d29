"""Rule mention.lone_bearer: a nationality word on one person or one vessel ties that one
mention to its state, not the story's unplaced forces (branch place33; own sentences)."""

from __future__ import annotations

from support import code_story


def _doers(found, kind: str) -> list[str | None]:
    return [a.country for m in found if m.event_type == kind for a in m.actor]


def test_mediator_nationality_does_not_place_the_army(nlp):
    text = (
        "Ethiopia's government has told a regional observer mission to leave the country, "
        "accusing it of bias toward the rebels. The foreign ministry asked the mission's chief, "
        "a retired Ghanaian colonel, to return its cars. The army has denied shelling villages."
    )
    found, _ = code_story(nlp, text)
    assert _doers(found, "REJECT") == ["ETH"], [(m.event_type, m.explanation) for m in found]


def test_flag_of_one_frigate_does_not_place_the_forces(nlp):
    text = (
        "NAIROBI, May 3 (Wire) - A Danish frigate serving with an international task force "
        "stopped a dhow carrying rifles to Somalia, the task force said on Monday. The command "
        "of the forces that control northern Somalia condemned the seizure as theft."
    )
    found, _ = code_story(nlp, text)
    assert "DNK" not in _doers(found, "ACCUSE"), [(m.event_type, m.explanation) for m in found]


def test_flag_of_one_frigate_is_not_the_lead_doer(nlp):
    text = (
        "NAIROBI, May 3 (Wire) - A Danish navy frigate boarded a dhow carrying rifles to "
        "Somalia on Monday. The militia that runs the port condemned the raid."
    )
    found, _ = code_story(nlp, text)
    assert "DNK" not in _doers(found, "ACCUSE"), [(m.event_type, m.explanation) for m in found]
