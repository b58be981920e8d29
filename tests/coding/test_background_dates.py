"""Background history told with other wordings (issue #12 item 4): "years ago" with no year
(rule date.long_ago), a past act counted back in years from a later one ("40 years after",
"marks 30 years since"), the year a treaty is named by dating the act that made it ("signed the
1994 treaty"), and a participle's date on a noun under another verb ("breaking a truce agreed in
July") that does not make the day's act history, and a coming year's happening an act came
before ("ahead of the 2027 election") that does not make the act a plan. Invented sentences."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-11-10"


def _find(ms, etype, word):
    return next(m for m in ms if m.event_type == etype and word in m.evidence.trigger)


@pytest.mark.parametrize(
    ("text", "word", "year"),
    [
        (
            "Mourners gathered in Tacna on Sunday, 40 years after Chilean troops shelled the town.",
            "shelled",
            "1986",
        ),
        (
            "Veterans laid wreaths in Arica on Monday, five decades after Peruvian marines "
            "shelled the harbour.",
            "shelled",
            "1976",
        ),
        (
            "Hundreds rallied in Tacna on Friday to mark 30 years since Chilean forces shelled "
            "the town.",
            "shelled",
            "1996",
        ),
    ],
)
def test_an_act_counted_back_in_years_is_history(code, text, word, year):
    m = _find(code(text, PUBLISHED), "ASSAULT", word)
    assert (m.modality, m.date) == ("historical", year)


def test_an_act_a_day_after_another_stays_news(code):
    text = "Police fired tear gas at marchers in Lima on Sunday, a day after students occupied a ministry."
    m = _find(code(text, PUBLISHED), "ASSAULT", "fired")
    assert m.modality == "asserted"


def test_signing_a_treaty_named_by_an_old_year_is_history(code):
    m = _find(code("Chile and Peru signed the 1994 border treaty.", PUBLISHED), "SUPPORT", "signed")
    assert (m.modality, m.date) == ("historical", "1994")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chile and Peru signed the 2026 fisheries accord on Monday.", "2026-11-09"),
        ("Chile withdrew from the 1994 border treaty with Peru on Monday.", "2026-11-09"),
    ],
)
def test_a_treaty_year_does_not_date_todays_act(code, text, date):
    m = code(text, PUBLISHED)[0]
    assert (m.modality, m.date) == ("asserted", date)


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian troops attacked a rebel camp near the border, breaking a truce agreed in May.",
        "Peruvian troops attacked a rebel camp near the border, violating a ceasefire signed in 2019.",
    ],
)
def test_a_participles_date_under_another_verb_leaves_the_act_news(code, text):
    m = _find(code(text, PUBLISHED), "ASSAULT", "attacked")
    assert m.modality == "asserted"


@pytest.mark.parametrize(
    "text",
    [
        "Decades ago, Chilean troops shelled Peruvian border posts.",
        "Chilean troops shelled Peruvian border posts many years ago.",
        "Long ago, Chilean troops shelled the Peruvian harbour of Callao.",
    ],
)
def test_an_act_years_ago_is_history_with_no_date(code, text):
    m = _find(code(text, PUBLISHED), "ASSAULT", "shelled")
    assert (m.modality, m.date) == ("historical", None)
    assert "date.long_ago" in m.explanation


def test_an_act_of_the_day_in_a_dispute_begun_years_ago_stays_news(code):
    text = "Chile expelled a Peruvian diplomat on Monday, in a dispute that began years ago."
    m = _find(code(text, PUBLISHED), "SANCTION", "expelled")
    assert (m.modality, m.date) == ("asserted", "2026-11-09")


def test_an_act_before_a_coming_years_happening_is_done_not_planned(code):
    text = "Peruvian police arrested dozens of opposition activists ahead of the 2027 election."
    m = _find(code(text, PUBLISHED), "COERCE", "arrested")
    assert m.modality == "asserted"
    assert "date.before_happening" in m.explanation


def test_an_act_before_an_old_years_happening_is_history(code):
    text = "Peruvian police arrested dozens of opposition activists before the 2016 election."
    m = _find(code(text, PUBLISHED), "COERCE", "arrested")
    assert (m.modality, m.date) == ("historical", "2016")
