"""Q&A interviews (bench/stories/pages2 showed them coded with no doer): a turn's first person
is its labelled speaker, and a name said to hold a state's office ("X has been Y's foreign
minister") is that state's person. Invented interviews and sentences."""

from __future__ import annotations

from communique.coding.transcript import transcript_turns
from support import countries

INTERVIEW = (
    "Tomas Vilkard has been Estonia's defence minister since January. We met him in Tallinn "
    "on Tuesday.\n\n"
    "Baltic Review: Russian aircraft entered your airspace last week. What did you do?\n\n"
    "Tomas Vilkard: We condemned the violation on Friday.\n\n"
    "BR: And next?\n\n"
    "TV: I call on the Russian government to respect our borders."
)


def test_turns_expand_initials_to_the_full_label():
    turns = transcript_turns(INTERVIEW)
    assert [t.speaker for t in turns] == [
        "Baltic Review",
        "Tomas Vilkard",
        "Baltic Review",
        "Tomas Vilkard",
    ]
    last = turns[-1]
    assert INTERVIEW[last.label_end :].startswith("I call on")


def test_initials_from_the_introduction():
    text = (
        "Mara Oltenu has led Moldova's foreign ministry since May.\n\n"
        "Q: Will you meet them?\n\nMO: We will.\n\nQ: When?\n\nMO: Soon."
    )
    assert {t.speaker for t in transcript_turns(text)} == {"Q", "Mara Oltenu"}


def test_a_news_story_with_one_label_is_no_transcript():
    text = (
        "Update: The ministry said on Monday that talks would resume.\n\n"
        "Norway condemned the attack.\n\nAnalysis: The talks are fragile."
    )
    assert transcript_turns(text) == []


def test_an_answer_in_the_first_person_is_the_speaker_s(code):
    found = [m for m in code(INTERVIEW, "2024-03-20") if m.event_type in ("ACCUSE", "REQUEST")]
    doers = {(m.event_type, frozenset(countries(m.actor))) for m in found}
    assert ("ACCUSE", frozenset({"EST"})) in doers
    assert ("REQUEST", frozenset({"EST"})) in doers


def test_the_interviewer_speaks_for_no_state(code):
    text = INTERVIEW + "\n\nBR: We condemned the overflight in an editorial."
    found = [m for m in code(text, "2024-03-20") if "editorial" in m.evidence.sentence_text]
    assert all("EST" not in countries(m.actor) for m in found)


def test_a_name_said_to_hold_an_office_is_that_state_s(code):
    text = (
        "Ilse Varnhaug has been Norway's foreign minister since 2023.\n\n"
        "Varnhaug condemned the Russian missile test on Monday."
    )
    found = [m for m in code(text, "2024-03-20") if m.event_type == "ACCUSE"]
    assert found and countries(found[0].actor) == {"NOR"}


def test_a_protest_conveyed_by_the_speaker_is_a_formal_complaint(code):
    # "conveyed our strong protest" in an answer was read as a street protest at home
    text = (
        INTERVIEW
        + "\n\nBR: And Moscow?\n\nTV: We have conveyed our strong protest through diplomatic channels."
    )
    found = [m for m in code(text, "2024-03-20") if "channels" in m.evidence.sentence_text]
    assert [m.event_type for m in found] == ["ACCUSE"]
    assert countries(found[0].actor) == {"EST"}
    assert "EST" not in countries(found[0].recipient)
