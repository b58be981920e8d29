"""Wordings the news pages of bench/stories/pages3 left coded wrongly, tested on other invented
sentences: timestamped transcript labels, a protest note handed over as the second verb of a
coordination."""

from __future__ import annotations

import pytest

from communique.coding.transcript import transcript_turns
from support import countries


def coded(code, text, event_type):
    return [m for m in code(text) if m.event_type == event_type]


_STAMPED = (
    "Evening bulletin: Chile and Peru quarrel over fishing.\n\n"
    "Rosa Mendez is Chile's foreign minister.\n\n"
    "{a} PRESENTER: Good evening. What did your government do today?\n\n"
    "{b} ROSA MENDEZ: We sent a protest note to Lima this morning.\n\n"
    "{c} PRESENTER: And what comes next?\n\n"
    "{d} ROSA MENDEZ: We summoned Peru's ambassador on Friday.\n"
)


@pytest.mark.parametrize(
    "stamps", [("00:03", "00:19", "01:02", "01:40"), ("[0:03]", "[0:19]", "[1:02]", "[1:40]")]
)
def test_timestamped_transcript_labels_are_turns(stamps):
    text = _STAMPED.format(a=stamps[0], b=stamps[1], c=stamps[2], d=stamps[3])
    turns = transcript_turns(text)
    assert [t.speaker for t in turns] == ["PRESENTER", "ROSA MENDEZ"] * 2
    assert text[turns[1].label_end :].startswith("We sent")


def test_timestamped_transcript_answer_is_the_speakers_act(code):
    text = _STAMPED.format(a="00:03", b="00:19", c="01:02", d="01:40")
    found = coded(code, text, "ACCUSE")
    assert len(found) == 2, [m.explanation for m in code(text)]
    for m in found:
        assert countries(m.actor) == {"CHL"}, m.explanation
        assert countries(m.recipient) == {"PER"}, m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Chile handed a protest note to the Peruvian ambassador in Santiago on Monday.",
        "Chile accused Peru of sending warships into its waters and handed a protest note to the "
        "Peruvian ambassador in Santiago.",
        "Armenia's foreign ministry on Friday accused Turkey of staging military exercises near "
        "the frontier and handed a protest note to the Turkish ambassador in Yerevan.",
    ],
)
def test_protest_note_handed_over_is_a_complaint(code, text):
    assert not coded(code, text, "PROTEST"), [m.explanation for m in code(text)]
    notes = [m for m in coded(code, text, "ACCUSE") if "hand" in m.explanation]
    assert notes, [m.explanation for m in code(text)]
    assert countries(notes[0].actor) - {None} and not countries(notes[0].actor) & {"PER", "TUR"}
    assert countries(notes[0].recipient) & {"PER", "TUR"}, notes[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "Norway's fisheries ministry asked the Russian authorities on Friday for full details of "
        "the arrest and said its embassy in Moscow was providing consular help to the crew.",
        "The Danish foreign ministry protested to the Iranian authorities and said its embassy "
        "in Tehran was giving legal assistance to the two detained aid workers.",
    ],
)
def test_its_embassy_is_the_sayers(code, text):
    found = coded(code, text, "AID")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) & {"NOR", "DNK"}, found[0].explanation
    assert not countries(found[0].actor) & {"RUS", "IRN"}, found[0].explanation


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("Lawmakers in Oslo called for a suspension of a fishing deal with Russia.", "NOR"),
        (
            "Opposition deputies in Warsaw demanded the cancellation of the gas contract with "
            "Russia.",
            "POL",
        ),
    ],
)
def test_call_to_undo_a_deal_is_addressed_at_home(code, text, home):
    found = coded(code, text, "REQUEST")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].recipient) == {home}, found[0].explanation


def test_a_government_calling_for_a_suspension_still_addresses_the_partner(code):
    found = coded(
        code, "Norway called for a suspension of the fishing deal with Russia.", "REQUEST"
    )
    assert found and countries(found[0].recipient) == {"RUS"}


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("A Chilean navy patrol boat sailed into Argentine waters near the strait.", "CHL", "ARG"),
        ("Two Russian bombers flew into Japanese airspace on Tuesday.", "RUS", "JPN"),
    ],
)
def test_state_forces_going_into_foreign_waters_show_force(code, text, actor, recipient):
    found = coded(code, text, "MOBILIZE")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {actor}, found[0].explanation
    assert countries(found[0].recipient) == {recipient}, found[0].explanation


@pytest.mark.parametrize(
    "text",
    [
        "A Spanish trawler sailed into Irish waters.",
        "Migrants moved into Greek waters on a dinghy.",
    ],
)
def test_boats_going_into_waters_are_no_show_of_force(code, text):
    assert not coded(code, text, "MOBILIZE"), [m.explanation for m in code(text)]


def test_border_guards_sent_are_a_planned_mobilisation(code):
    text = "Latvia said it would send 200 more border guards to the crossing with Belarus."
    found = coded(code, text, "MOBILIZE")
    assert found, [m.explanation for m in code(text)]
    assert countries(found[0].actor) == {"LVA"} and found[0].modality == "future"
