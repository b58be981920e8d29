"""The learned recipient choice (rule recipient.learned_choice, coding/learned_choice.py): where
recipient.story_counterpart has two counterparts to choose from, the shipped model weighs them
on generic features (mentions, pairing with the doer, the last event, the act's paragraph, the
act's type and clause); with one clear counterpart the rule's pick stands. Invented stories."""

from __future__ import annotations

from support import in_sentence, shown, targets

# two neighbours a fisheries quarrel pairs with the doer, named as often as each other: the one
# whose charge and summons the act's own paragraph tells is the one a demand answers
TWO_SIDES = (
    "OSLO, May 4 (Wire) - Norway and Denmark signed a fisheries accord on Monday. Denmark's "
    "minister praised Norway's negotiators.\n\n"
    "Danish officials said Denmark would ratify the accord soon, and Norway thanked Denmark. "
    "Iceland did not join the accord.\n\n"
    "On Tuesday, Iceland accused Norway of overfishing in the North Atlantic. Icelandic "
    "officials said Iceland would complain to the Norwegian government, and Iceland summoned "
    "Norway's ambassador.\n\n"
    "Norway's foreign minister later demanded an apology."
)


def test_the_counterpart_the_story_just_paired_with_the_doer_is_taken(code):
    found = code(TWO_SIDES, "2026-05-04")
    demand = [m for m in in_sentence(found, "demanded an apology") if m.event_type == "REQUEST"]
    assert demand, shown(found)
    assert targets(demand) == {"ISL"}, shown(demand)
    assert "recipient.learned_choice" in demand[0].explanation, demand[0].explanation
    assert "recipient.story_counterpart" in demand[0].explanation, demand[0].explanation


def test_one_clear_counterpart_keeps_the_rule_pick(code):
    text = (
        "QUITO, May 4 (Wire) - Ecuador expelled two Colombian diplomats on Monday, accusing them "
        "of spying.\n\n"
        "Colombia denied the charge. Colombian officials said the move was a mistake.\n\n"
        "Ecuador's interior minister vowed to continue the investigation."
    )
    found = code(text, "2026-05-04")
    vow = in_sentence(found, "vowed to continue")
    assert vow, shown(found)
    assert targets(vow) == {"COL"}, shown(vow)
    assert "recipient.learned_choice" not in vow[0].explanation, vow[0].explanation


def test_the_shipped_weights_name_their_training_and_every_feature():
    from communique.coding.learned_choice import FEATURES, WEIGHTS_FILE, model, read_model

    mod = model()
    assert mod is not None
    assert set(mod.weights) == set(FEATURES)
    head = [ln for ln in WEIGHTS_FILE.read_text(encoding="utf-8").splitlines() if ln[:1] == "#"]
    sets = next(ln for ln in head if ln.startswith("# training sets"))
    # fitted on the choosing half and the topical sets: never on a held-out or confirming set
    for held in ("pages23 ", "pages45 ", "pages47", "pages48", "offtopic29"):
        assert held not in sets + " ", sets
    assert any(ln.startswith("# commit: ") for ln in head)
    assert read_model(WEIGHTS_FILE) == mod
