"""An explainer's history (bench/stories/pages9): a timeline reaching back before 1900 and a
FAQ heading asking when a past act happened are no events of the news day. Invented text."""

from __future__ import annotations

EXPLAINER = (
    "Peru summoned Chile's ambassador on Monday after a naval incident near Arica.\n\n"
    "When did Chile recognise Bolivia as a state?\n\n"
    "When was the truce between Bolivia and Chile signed?\n\n"
    "Bolivia lost its coast in the war, and the two states signed a truce in 1884.\n\n"
    "Timeline\n\n"
    "- 1879 \u2013 Chile declares war on Peru and Bolivia\n\n"
    "- 1884 \u2013 Bolivia and Chile sign a truce\n\n"
    "- 1904 \u2013 Bolivia and Chile sign a peace treaty"
)


def test_a_when_question_codes_no_event_of_the_day(code):
    found = code(EXPLAINER, "2026-05-06")
    asked = [m for m in found if m.evidence.sentence_text.startswith("When")]
    assert asked == []


def test_timeline_entries_of_the_nineteenth_century_are_history(code):
    found = code(EXPLAINER, "2026-05-06")
    entries = [m for m in found if "1884 \u2013" in m.evidence.sentence_text]
    assert entries and all(m.modality == "historical" for m in entries)
    assert all((m.date or "").startswith("1884") for m in entries)
