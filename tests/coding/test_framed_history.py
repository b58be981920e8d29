"""History told under an old dated clause (rule date.framed_history), month-and-year words
("in April last year"), standing states (rule filter.standing_state) and guesses about the
coming about of an event ("could trigger the return of sanctions": filter.speculation).
Invented sentences."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-10-15"


def _find(ms, etype, word):
    return next(m for m in ms if m.event_type == etype and word in m.evidence.trigger)


@pytest.mark.parametrize(
    ("text", "etype", "word", "year"),
    [
        # a conjoined clause answering the dated one
        (
            "In 2019 Chile closed the Peruvian consulate in Arica, and Peru answered by "
            "closing Chile's consulate in Tacna.",
            "SANCTION",
            "closing",
            "2019",
        ),
        # an infinitive in an "after" clause under the dated clause
        (
            "In July 2017, Chilean forces seized a Peruvian trawler two weeks after Peruvian "
            "marines helped detain a Chilean tanker.",
            "COERCE",
            "detain",
            "2017",
        ),
        # an event noun below the dated verb
        (
            "In March 2021 Chilean troops shelled villages inside Peru before a ceasefire "
            "brokered with Brazilian help.",
            "AID",
            "help",
            "2021",
        ),
        (
            "Bolivia is in similar talks with Brazil, officials said, and Paraguay signed a "
            "trade partnership with Brazil in May 2022.",
            "COOPERATE",
            "partnership",
            "2022",
        ),
        # "after which" under a happening's year
        (
            "The affair recalls the 2015 bombing of a Peruvian embassy, after which Chile and "
            "its allies expelled 40 Peruvian diplomats.",
            "SANCTION",
            "expelled",
            "2015",
        ),
        (
            "The affair echoes the 2018 poisoning of a defector in Arica with a nerve agent, "
            "after which Chile and its allies expelled 150 Peruvian diplomats.",
            "SANCTION",
            "expelled",
            "2018",
        ),
        # a happening's year on the subject of a past verb
        (
            "The 1978 riots in Lima ended when soldiers opened fire on the crowd.",
            "ASSAULT",
            "opened fire",
            "1978",
        ),
    ],
)
def test_an_act_told_under_an_old_dated_clause_is_history(code, text, etype, word, year):
    m = _find(code(text, PUBLISHED), etype, word)
    assert (m.date, m.modality) == (year, "historical")
    assert "date.framed_history" in m.explanation


@pytest.mark.parametrize(
    ("text", "etype", "word"),
    [
        # a recent dated clause: the answer is news
        (
            "Chile expelled two Peruvian diplomats on Monday, and Peru answered by closing "
            "Chile's consulate in Tacna.",
            "SANCTION",
            "closing",
        ),
        # an old relative clause on the subject dates nothing of the main clause
        (
            "Chile, which expelled Peru's envoy in 2019, recalled its ambassador on Monday.",
            "SANCTION",
            "recalled",
        ),
    ],
)
def test_an_act_outside_an_old_dated_clause_stays_news(code, text, etype, word):
    m = _find(code(text, PUBLISHED), etype, word)
    assert m.modality == "asserted"
    assert "date.framed_history" not in m.explanation


def test_an_act_counted_back_from_an_old_day_is_history(code):
    text = (
        "In July 2017, Chilean forces seized a Peruvian trawler two weeks after Peruvian "
        "marines helped a Chilean crew."
    )
    m = _find(code(text, PUBLISHED), "AID", "helped")
    assert (m.date, m.modality) == ("2017-07", "historical")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chile expelled Peru's ambassador in April last year.", "2024-04"),
        ("Chile expelled Peru's ambassador on 3 April last year.", "2024-04-03"),
        ("Chile expelled Peru's ambassador in January this year.", "2025-01"),
    ],
)
def test_a_month_with_last_year_is_of_that_year(code, text, date):
    m = _find(code(text, "2025-04-10"), "SANCTION", "expelled")
    assert m.date == date


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela still holds more than 800 political prisoners, according to a rights group.",
        "The EU already has sanctions on Chilean intelligence officers over the attack.",
    ],
)
def test_a_standing_state_is_no_event(code, text):
    assert code(text, PUBLISHED) == []


def test_an_act_with_still_or_already_is_kept(code):
    ms = code("Chile has already imposed sanctions on Peru.", PUBLISHED)
    assert [m.event_type for m in ms] == ["SANCTION"]
    ms = code("Chile still refuses to negotiate with Peru.", PUBLISHED)
    assert [m.event_type for m in ms] == ["REJECT"]


def test_a_guessed_return_of_sanctions_is_no_event(code):
    text = (
        "Analysts say a new resolution could lead France to trigger the return of UN "
        "sanctions on Iran."
    )
    assert code(text, PUBLISHED) == []


def test_a_claim_about_an_old_act_is_history(code):
    text = (
        "The Peruvian spokesman said on Sunday that the prime minister had also raised the "
        "Chilean ban on Peruvian fruit, imposed last year over a pest outbreak."
    )
    m = _find(code(text, "2024-10-14"), "COERCE", "ban")
    assert (m.date, m.modality) == ("2023", "historical")
