"""Years before 1800, years of an era (BC/AD) and centuries date an event as history."""

from __future__ import annotations

import pytest

from communique.coding.dates import find_dates, resolve
from support import top


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Persian troops attacked Greek cities in 480 BC.", "0001"),
        ("In 1683 Ottoman forces besieged Vienna.", "1683"),
        ("Spanish troops invaded Portugal in the 16th century.", "1501"),
        ("Egyptian armies invaded Syria in the seventh century BC.", "0001"),
        ("Roman troops destroyed Jerusalem in AD 70.", "0070"),
    ],
)
def test_ancient_event_is_history(code, text, date):
    m = top(code(text))
    assert (m.modality, m.date) == ("historical", date)


@pytest.mark.parametrize(
    "text",
    [
        "The rebels had a force of 1500 troops.",  # a count, not a year
        "Floods reached water in 1500 homes.",
        "Shells hit a monastery in the 15th century style.",  # the century describes a noun
        "Shells hit a 15th-century church.",
    ],
)
def test_counts_and_described_nouns_are_not_dates(text):
    assert find_dates(text) == []


def test_century_spans_its_years():
    (expr,) = find_dates("The port grew rich in the 15th century, traders said.")
    got = resolve(expr, None, False)
    assert (got.date, got.span) == ("1401", (1401, 1500))
