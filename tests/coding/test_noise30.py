"""History retold in a non-political page (issue #12, noise on non-political pages): acts of a
defunct state are history (date.defunct_state); a story not about politics keeps no history
(filter.background_offtopic). Sentences written for these tests."""

from __future__ import annotations

from communique.coding.defunct_states import defunct_word

REVIEW = (
    "Recital review: the violinist who walked out in 1968\n\n"
    "Reviewed by a music critic, 4 May 2023\n\n"
    "The concert hall was full on Thursday for the eightieth birthday recital of a violinist "
    "whose career began with an escape. In 1968 she left her orchestra's hotel in Vienna and "
    "asked the Austrian police for shelter.\n\n"
    "East German officials accused Austria of abducting her and demanded her return; Vienna "
    "refused.\n\n"
    "The programme that followed was generous: two sonatas, a partita and three encores. Her "
    "tone in the slow movements was still warm, and the audience stood for the last bow. The "
    "pianist was sensitive throughout, and the encores drew cheers from the balcony.\n\n"
    "She chose the programme herself, opening with a short Bach sarabande that she first played "
    "as a student, then a Brahms sonata full of autumn colour and a Bartok dance that set the "
    "front rows tapping their feet. Between pieces she talked about her teachers, her first "
    "instrument and the long train journeys of her early tours, and she laughed about a string "
    "that snapped during a famous concert. The hall will stream the recital next month, and a "
    "new recording of the sonatas is due in the autumn."
)


def _types(mentions):
    return sorted(m.event_type for m in mentions)


def test_defunct_state_history_dropped_in_review(code):
    mentions = code(REVIEW)
    assert not [m for m in mentions if m.event_type in ("ACCUSE", "REQUEST", "REJECT")], [
        (m.event_type, m.sentence) for m in mentions
    ]


def test_defunct_state_act_is_historical_in_political_story(code):
    text = (
        "Italy's foreign minister visited Slovenia on Tuesday to open a border crossing. "
        "Yugoslav officials protested to Italy over the same frontier for years, and the "
        "ministry recalled those quarrels in a statement."
    )
    protests = [m for m in code(text) if "[date.defunct_state]" in m.explanation]
    assert protests and all(m.modality == "historical" for m in protests)


def test_former_names_today_states():
    assert defunct_word("former Soviet republics") is None
    assert defunct_word("post-Soviet states") is None
    assert defunct_word("Soviet officials") == "Soviet"
    assert defunct_word("the Ottoman governor") == "Ottoman"
