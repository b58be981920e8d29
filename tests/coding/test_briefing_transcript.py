"""Press-briefing transcripts (bench/stories/pages9 showed their labels unread and the
journalists' questions coded as events): labels with an office and a name ("Spokesperson,
Jane Roe:") or the asker in brackets ("Question (John Doe, Example Daily):") open turns; what
a question tells or asks about is no event; "we" in an answer labelled with an office is that
office's country. Invented briefings."""

from __future__ import annotations

from communique.coding.transcript import transcript_turns
from support import countries

BRIEFING = (
    "Weekly press briefing of the Ministry of Foreign Affairs of Norway, 4 June 2026.\n\n"
    "Spokesperson, Ingrid Halvorsen: Good afternoon. Norway and Iceland signed a fisheries "
    "protocol in Oslo this morning.\n\n"
    "Question (Lars Petterson, Fjord Daily): Sweden has accused Norway of blocking its "
    "trawlers. And has Denmark expelled a Norwegian diplomat?\n\n"
    "Spokesperson, Ingrid Halvorsen: We reject these claims. We have lodged a formal protest "
    "with Sweden over the detention of two Norwegian fishermen.\n\n"
    "Q: Will Norway recall its ambassador from Stockholm?\n\n"
    "Spokesperson, Ingrid Halvorsen: I have nothing to announce."
)


def test_office_and_asker_labels_open_turns():
    turns = transcript_turns(BRIEFING)
    assert [t.speaker for t in turns] == [
        "Spokesperson, Ingrid Halvorsen",
        "Question",
        "Spokesperson, Ingrid Halvorsen",
        "Q",
        "Spokesperson, Ingrid Halvorsen",
    ]
    assert [t.asks for t in turns] == [False, True, False, True, False]


def test_a_journalist_s_question_codes_nothing(code):
    found = code(BRIEFING, "2026-06-04")
    asked = [
        m
        for m in found
        if "Question (" in m.evidence.sentence_text or "Q:" in m.evidence.sentence_text
    ]
    assert asked == []
    # Sweden's accusation, told in a question (the detention the answer protests over is
    # Sweden's act, actor.complained_of: not the question's)
    assert not any("SWE" in countries(m.actor) and m.event_type == "ACCUSE" for m in found)
    assert not any("DNK" in countries(m.actor) for m in found)


def test_we_in_an_answer_is_the_spokesperson_s_country(code):
    found = code(BRIEFING, "2026-06-04")
    protests = [
        m
        for m in found
        if "formal protest" in m.evidence.sentence_text and m.event_type in ("ACCUSE", "PROTEST")
    ]  # (the detention protested over is Sweden's act, actor.complained_of)
    assert protests and all(set(countries(m.actor)) == {"NOR"} for m in protests)


def test_an_answer_s_untargeted_rejection_is_aimed_at_the_party_asked_about(code):
    found = code(BRIEFING, "2026-06-04")
    rejects = [
        m for m in found if m.event_type == "REJECT" and "reject these" in m.evidence.sentence_text
    ]
    assert rejects and all(set(countries(m.recipient)) == {"SWE"} for m in rejects)
