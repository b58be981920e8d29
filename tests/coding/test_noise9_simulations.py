"""Contests, puzzles and displays in which people play states, parties or armies (branch noise9,
``data/relevance/fiction.tsv``): a Model United Nations or a mock parliament, a debating
final, a battle re-enactment, a crossword's clues. Their sanctions, vetoes, attacks and sieges
are the game's, like a work's plot (rule filter.plot); every text is written for these tests."""

from __future__ import annotations

from communique.coding.fiction import review_of_work

MOCK_COUNCIL = (
    "Pupils from Larchfield High School won the prize for best delegation at the county Model "
    "United Nations weekend, held in the town hall.\n\n"
    "The mock Security Council spent the morning on an invented crisis in which a made-up "
    "republic seized an island from its neighbour. The pupil representing Germany proposed "
    "sanctions on the republic, Britain's delegate condemned the seizure, and the girl playing "
    "China vetoed the first draft before agreeing to a compromise after lunch.\n\n"
    "In the afternoon the Model UN General Assembly debated a ban on drift nets. Two delegates "
    "walked out in protest at the chair's ruling, to laughter. The best speaker prize went to a "
    "boy from Ashgrove Grammar who spoke for Brazil. Teachers said the role play taught pupils "
    "to negotiate."
)
REENACTMENT = (
    "Two hundred re-enactors will camp below Caldermoor Castle this weekend for a living "
    "history display of the 1644 siege.\n\n"
    "Dressed as musketeers and pikemen, the Royalist garrison will defend the walls while the "
    "Parliament army storms the gatehouse at three o'clock. Cannon will fire blanks across the "
    "moat and the defenders will surrender at four, as they did in 1644. The re-enactment ends "
    "with a parade through the village. Tickets cost ten pounds."
)


def test_a_model_un_page_codes_nothing_from_the_game(code):
    assert review_of_work(MOCK_COUNCIL)
    assert code(MOCK_COUNCIL, when="2026-03-01") == []


def test_a_battle_re_enactment_codes_nothing_from_the_battle(code):
    assert review_of_work(REENACTMENT)
    assert code(REENACTMENT, when="2026-03-01") == []


def test_a_real_security_council_veto_is_no_game(code):
    text = (
        "Russia vetoed a Security Council resolution on Tuesday that would have imposed "
        "sanctions on the junta, and Britain's ambassador condemned the veto."
    )
    assert not review_of_work(text)
    assert code(text, when="2026-03-01")


PUZZLE_COLUMN = (
    "This week's prize crossword had a military flavour, and many solvers wrote in to "
    "complain about 14 across.\n\n"
    "The clue was 'General retreats from capital after siege (7)'. The setter says the general "
    "is an anagram and the siege is a hidden word. A retired colonel in Ireland accused the "
    "setter of cheating. The clue for 9 down, 'Minister signs treaty with rebels', was "
    "easier: most solvers had it in minutes.\n\n"
    "Next week's setter promises a gentler grid with a gardening theme."
)


def test_a_crossword_column_codes_nothing_from_its_clues(code):
    assert review_of_work(PUZZLE_COLUMN)
    assert code(PUZZLE_COLUMN, when="2026-03-01") == []
