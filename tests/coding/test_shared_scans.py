"""Work the coder does once per story instead of once per trigger or sentence (speed; the coded
events are the same): the Q&A turns of a transcript, and where the story's last noun for
something said stands (statements told after it are named by no later noun). Invented text."""

from __future__ import annotations

from communique.coding.context_recipients import last_said_noun
from communique.coding.transcript import doc_turns, question_before, questioner_turn
from communique.parsing import load_pipeline

BRIEFING = (
    "Marta Kovel is Slovenia's foreign minister.\n\n"
    "Q: Croatian boats entered the bay on Sunday. Will you respond?\n\n"
    "Marta Kovel: We sent a protest note to Zagreb.\n\n"
    "Q: And the fishermen?\n\n"
    "Marta Kovel: They are safe."
)


def test_turns_are_read_once_and_shared():
    doc = load_pipeline().make_doc(BRIEFING)
    turns = doc_turns(doc)
    assert [t.speaker for t in turns] == ["Q", "Marta Kovel", "Q", "Marta Kovel"]
    assert doc.user_data["transcript_turns"]  # kept with the document as plain lists
    doc.user_data["transcript_turns"] = []  # a second reader takes the kept turns
    assert doc_turns(doc) == []


def test_question_and_answer_from_the_shared_turns():
    doc = load_pipeline().make_doc(BRIEFING)
    boats = next(t for t in doc if t.text == "boats")
    sent = next(t for t in doc if t.text == "sent")
    assert questioner_turn(boats) and not questioner_turn(sent)
    start, end = question_before(sent)
    assert BRIEFING[start:end].startswith("Q: Croatian boats")
    assert question_before(boats) is None


def test_last_noun_for_something_said():
    nlp = load_pipeline()
    doc = nlp.make_doc("Peru said the border was closed. Bolivia rejected the Claims on Monday.")
    assert doc[last_said_noun(doc)].text == "Claims"
    assert last_said_noun(nlp.make_doc("Peru said the border was closed.")) == -1
