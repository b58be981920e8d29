"""Background history keeps its own date (issue #12, item 4; branch history43): a sentence's
opening date words date its other past clauses, a year before a happening noun dates the
happening, and "in December that year" is that year's December. Never the publication week.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

PUBLISHED = "2026-05-10"


def _one(got, word):
    found = [m for m in got if m.evidence.trigger.startswith(word)]
    assert found, [(m.evidence.trigger, m.date, m.modality) for m in got]
    return found[0]


def _shown(got):
    return [(m.evidence.trigger, m.date, m.modality, m.explanation) for m in got]


@pytest.mark.candidates("the date of a reading the weak-history rule leaves out by default")
def test_a_sentences_opening_year_dates_its_clause_after_a_semicolon(code):
    got = code(
        "Peruvian police detained forty Chilean traders on Tuesday. In 2016, Chilean police "
        "arrested a Peruvian smuggler and handed him to Peru; he was jailed for ten years.",
        PUBLISHED,
    )
    jailed = _one(got, "jailed")
    assert (jailed.date, jailed.modality) == ("2016", "historical"), _shown(got)
    assert "[date.sentence_lead]" in jailed.explanation
    assert "In 2016" in jailed.explanation  # where the date came from
    detained = _one(got, "detained")  # guard: the current act keeps its weekday
    assert (detained.date, detained.modality) == ("2026-05-05", "asserted")


@pytest.mark.candidates("the date of a reading the weak-history rule leaves out by default")
def test_a_later_act_after_an_opening_year_is_history_with_no_date(code):
    """'he was *later* jailed': after 2016, when is not said; never the story's day."""
    got = code(
        "Peruvian police detained forty Chilean traders on Tuesday. In 2016, Chilean police "
        "arrested a Peruvian smuggler and handed him to Peru; he was later jailed for ten "
        "years.",
        PUBLISHED,
    )
    jailed = _one(got, "jailed")
    assert (jailed.date, jailed.modality) == (None, "historical"), _shown(got)
    assert "[date.sentence_lead]" in jailed.explanation


def test_an_act_tied_by_at_once_to_an_old_past_perfect_is_of_its_time(code):
    got = code(
        "Peru recalled its envoy on Tuesday. Chile had closed Peru's consulate in Arica in "
        "March 2024; Peru expelled two Chilean diplomats at once.",
        PUBLISHED,
    )
    expelled = _one(got, "expelled")
    assert (expelled.date, expelled.modality) == ("2024-03", "historical"), _shown(got)
    assert "[date.sentence_lead]" in expelled.explanation


def test_an_untied_reaction_after_a_past_perfect_keeps_the_storys_day(code):
    """Guard: a simple past after an old past perfect, with no word tying it to that time,
    may be the news (the past perfect is told as earlier than it)."""
    got = code(
        "Peru recalled its envoy on Tuesday. Chile had closed Peru's consulate in Arica in "
        "March 2024; Peru expelled two Chilean diplomats.",
        PUBLISHED,
    )
    expelled = _one(got, "expelled")
    assert expelled.modality == "asserted" and expelled.date.startswith("2026"), _shown(got)


def test_a_year_before_an_event_noun_dates_it(code):
    got = code(
        "Peru recalled its envoy on Tuesday. Chile's 2019 expulsion of Peru's ambassador "
        "still angers Lima.",
        PUBLISHED,
    )
    expulsion = _one(got, "expulsion")
    assert (expulsion.date, expulsion.modality) == ("2019", "historical"), _shown(got)
    assert "[date.year_noun]" in expulsion.explanation


def test_what_a_dated_strike_did_is_of_its_year(code):
    got = code(
        "Farmers in Peru blocked a bridge to Bolivia on Monday. The 2013 farmers' strike in "
        "Peru blockaded the highways to Bolivia for weeks.",
        PUBLISHED,
    )
    blockaded = _one(got, "blockaded")
    assert (blockaded.date, blockaded.modality) == ("2013", "historical"), _shown(got)
    assert "[date.year_noun]" in blockaded.explanation
    blocked = _one(got, "blocked")  # guard: the news of the story's week
    assert blocked.modality == "asserted" and blocked.date.startswith("2026"), _shown(got)


def test_a_month_that_year_is_in_the_year_named_before(code):
    got = code(
        "Chile and Peru held talks on Monday. Chile and Peru signed a fishing accord in 2021, "
        "and Chile's foreign minister visited Lima in December that year.",
        PUBLISHED,
    )
    visited = _one(got, "visited")
    assert visited.date == "2021-12" and visited.modality == "historical", _shown(got)
    assert "[date.month_that_year]" in visited.explanation


def test_a_month_with_no_year_words_keeps_the_last_such_month(code):
    """Guard: 'in December' with no 'that year' is the last December before publication."""
    got = code(
        "Chile and Peru held talks on Monday. Chile's foreign minister visited Lima in December.",
        PUBLISHED,
    )
    visited = _one(got, "visited")
    assert visited.date == "2025-12", _shown(got)
    assert "[date.month_that_year]" not in visited.explanation


def test_this_year_and_last_week_stay_current(code):
    """Guard: date words of the story's own year or week are no history."""
    got = code(
        "Peru recalled its envoy on Tuesday. In 2019 Chile closed its border with Peru. "
        "Last week Peru accused Chile of stalling the talks, and earlier this year Chile "
        "expelled two Peruvian diplomats.",
        PUBLISHED,
    )
    accused = _one(got, "accused")
    assert accused.modality == "asserted" and accused.date.startswith("2026"), _shown(got)
    expelled = _one(got, "expelled")
    assert expelled.modality == "asserted" and expelled.date.startswith("2026"), _shown(got)


def test_a_current_act_after_a_history_paragraph_keeps_its_weekday(code):
    got = code(
        "Chile's president visited Peru on Monday.\n\n"
        "In 2018, Chile imposed sanctions on Peru after a border clash. Peru recalled its "
        "ambassador and closed the border crossing.\n\n"
        "On Monday, Peru accused Chile of stalling the talks.",
        PUBLISHED,
    )
    accused = _one(got, "accused")
    assert (accused.date, accused.modality) == ("2026-05-04", "asserted"), _shown(got)
    recalled = _one(got, "recalled")  # the paragraph's lead dates its past acts
    assert (recalled.date, recalled.modality) == ("2018", "historical")


def test_a_plan_for_next_year_after_an_old_lead_is_no_history(code):
    """Guard: a modal clause in a sentence opened by an old year tells what is to come."""
    got = code(
        "Peru recalled its envoy on Tuesday. In 2019 Chile and Peru signed a border accord; "
        "they will hold talks on fishing rights next year.",
        PUBLISHED,
    )
    talks = [m for m in got if "talks" in m.evidence.trigger]
    assert talks and all(m.modality != "historical" for m in talks), _shown(got)


def test_a_current_withdrawal_from_an_old_accord_keeps_its_day(code):
    """Guard: the year names the text, not the act."""
    got = code("Chile withdrew on Tuesday from the 2015 border accord with Peru.", PUBLISHED)
    withdrew = _one(got, "withdrew")
    assert (withdrew.date, withdrew.modality) == ("2026-05-05", "asserted"), _shown(got)


def test_a_year_of_publication_before_a_noun_is_no_history(code):
    got = code(
        "Peru recalled its envoy on Tuesday. Chile's 2026 sanctions on Peru remain in force.",
        PUBLISHED,
    )
    sanctions = _one(got, "sanctions")
    assert sanctions.modality != "historical", _shown(got)
    assert "[date.year_noun]" not in sanctions.explanation


def test_an_opening_when_clause_sets_the_time_of_the_sentence(code):
    got = code(
        "Peru recalled its envoy on Tuesday. When Chile expelled Peru's consul in 2019, Peru "
        "said it regretted the move, and Bolivia offered to mediate.",
        PUBLISHED,
    )
    offered = _one(got, "offered")
    assert (offered.date, offered.modality) == ("2019", "historical"), _shown(got)
    assert "[date.sentence_lead]" in offered.explanation


def test_what_followed_a_dated_election_is_of_its_year(code):
    got = code(
        "Peru recalled its envoy on Tuesday. The 2019 election in Peru was followed by riots "
        "in which police killed a protester.",
        PUBLISHED,
    )
    killed = _one(got, "killed")
    assert (killed.date, killed.modality) == ("2019", "historical"), _shown(got)
    assert "[date.year_noun]" in killed.explanation
