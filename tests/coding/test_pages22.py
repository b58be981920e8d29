"""General errors bench/stories/pages22 showed, on invented stories: a plot told in the past is
not the act plotted. "Officers plotted to kill the president", "the minister said the men had
planned to storm the palace and kill the head of state": the killing and the storming did not
happen (modality.tsv gov cues plot, conspire; a claim about a plan keeps the plan's modality;
"planned to attack" is no verbal attack on a plan, senses.tsv)."""

from __future__ import annotations

DONE = ("asserted", "claimed")


def _show(found):
    return [
        (m.event_type, m.evidence.trigger, m.modality, [p.code for p in m.actor]) for m in found
    ]


def _force(found):
    return [m for m in found if m.event_type in ("ASSAULT", "COERCE")]


def test_a_plot_to_kill_is_no_killing(code):
    text = (
        "Army officers in Lesotho plotted to kill the prime minister during a parade, "
        "the interior ministry said on Monday."
    )
    found = code(text, "2025-05-06")
    assert not [m for m in _force(found) if m.modality in DONE], _show(found)


def test_a_conspiracy_to_bomb_an_embassy_is_no_bombing(code):
    text = "Three Gabonese soldiers conspired to bomb the French embassy in Libreville."
    found = code(text, "2025-05-06")
    assert not [m for m in _force(found) if m.modality in DONE], _show(found)


def test_a_reported_past_plan_to_storm_and_kill_is_not_done(code):
    text = (
        "Malawi's defence minister told parliament that six soldiers had planned to storm the "
        "state house in Lilongwe and kill the president. Police detained four of them."
    )
    found = code(text, "2025-09-10")
    plotted = [m for m in found if m.evidence.trigger.split(" ")[0] in ("storm", "kill")]
    assert not [m for m in plotted if m.modality in DONE], _show(found)
    # the planned attack is not read as a verbal attack on a plan
    assert not [m for m in found if m.event_type == "ACCUSE" and "storm" in m.evidence.trigger]


def test_a_planned_attack_is_no_criticism_of_a_plan(code):
    text = "Rebels in Chad had planned to attack the airport in Abeche, the army said."
    found = code(text, "2025-09-10")
    assert not [m for m in found if m.event_type == "ACCUSE"], _show(found)


def test_attacking_a_plan_is_still_criticism(code):
    text = "Kenya's opposition leader attacked the government's plan to tax mobile money."
    found = code(text, "2025-09-10")
    assert [m for m in found if m.event_type == "ACCUSE"], _show(found)
    assert not [m for m in found if m.event_type == "ASSAULT"], _show(found)


def test_a_done_attack_reported_by_the_army_stays_done(code):
    text = (
        "Chad's army said its troops had attacked a rebel convoy near Abeche and killed "
        "twelve fighters."
    )
    found = code(text, "2025-09-10")
    assert [m for m in _force(found) if m.modality in DONE], _show(found)
