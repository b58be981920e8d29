"""Event dates and plans the held-out pages showed wrong, on invented stories (branch dates6): a
visit told with "is due in X next week for talks" is a plan (modality.tsv, where = presence);
"less than 24 hours later" and "48 hours later" count whole days from the day named before
(date.counted_from_story_day); "later that month" is the month named before (date.same_month) and
"the following year" the year after the one named before (date.years_counted); an undated
statement lead in the present perfect is dated as of the latest day the story names
(date.perfect_lead); a statement whose day of saying is told two sentences on, past a sentence
that goes on with the same sayer or in "Speaking to ... on Wednesday, she said", takes that day
(date.next_attribution)."""

from __future__ import annotations

from support import mentions_of as _of

PUBLISHED = "2025-03-07"  # a Friday: Monday is 3 March, Tuesday 4, Wednesday 5, Thursday 6


def _show(found):
    return [(m.event_type, m.modality, m.date, m.evidence.trigger) for m in found]


def test_a_visit_that_is_due_next_week_is_a_plan_not_talks_held(code):
    text = "The Commonwealth's secretary general is due in Windhoek next week for talks."
    found = code(text, PUBLISHED)
    assert not [m for m in _of(found, "CONSULT") if m.modality == "asserted"], _show(found)
    assert [m for m in found if m.modality == "future"], _show(found)


def test_a_visit_that_was_made_stays_talks_held(code):
    text = "The Commonwealth's secretary general was in Windhoek on Tuesday for talks."
    found = code(text, PUBLISHED)
    assert [m for m in _of(found, "CONSULT") if m.modality == "asserted"], _show(found)


def test_less_than_a_day_later_is_the_next_day(code):
    text = (
        "The electoral board's decision on Monday was followed less than 24 hours later by a "
        "police raid on the offices of the main opposition party."
    )
    found = code(text, PUBLISHED)
    coerced = _of(found, "COERCE")
    assert coerced, _show(found)
    assert all(m.date == "2025-03-04" for m in coerced), _show(found)


def test_forty_eight_hours_later_is_two_days_on(code):
    text = "Parliament voted on Monday, and 48 hours later Niger expelled the Belgian ambassador."
    found = code(text, PUBLISHED)
    expelled = _of(found, "SANCTION")
    assert expelled, _show(found)
    assert all(m.date == "2025-03-05" for m in expelled), _show(found)


def test_hours_later_stays_on_the_same_day(code):
    text = (
        "Police detained the party's leader on Tuesday morning, and hours later his supporters "
        "marched on the police headquarters."
    )
    found = code(text, PUBLISHED)
    marches = _of(found, "PROTEST")
    assert marches, _show(found)
    assert all(m.date == "2025-03-04" for m in marches), _show(found)


def test_later_that_month_is_the_month_named_before(code):
    text = (
        "Kenyan troops crossed into Somalia on Wednesday.\n\n"
        "Relations soured in August 2023, when Kenya closed the border crossing at Mandera. "
        "Somali forces shelled Kenyan border posts later that month."
    )
    found = code(text, PUBLISHED)
    shelling = [m for m in found if m.evidence.trigger.startswith("shelled")]
    assert shelling, _show(found)
    assert all(m.date == "2023-08" and m.modality == "historical" for m in shelling), _show(found)


def test_the_following_year_is_the_year_after_the_one_named(code):
    text = (
        "Egypt accused Sudan on Tuesday of arming a militia.\n\n"
        "The two states agreed on a river commission in 2016. The following year, Cairo "
        "accused Khartoum of blocking the commission's work."
    )
    found = code(text, PUBLISHED)
    old = [m for m in _of(found, "ACCUSE") if m.modality == "historical"]
    assert old, _show(found)
    assert all(m.date == "2017" for m in old), _show(found)


def test_a_perfect_statement_lead_is_not_dated_by_the_act_named_next(code):
    text = (
        "Uruguay and Paraguay have urged Brazil to reopen a river port to their barges.\n\n"
        "Brazilian authorities closed the port on Monday, citing a dispute over fees.\n\n"
        "Uruguay's foreign ministry made its appeal on Tuesday, and Paraguay's president "
        "joined it on Wednesday."
    )
    found = code(text, PUBLISHED)
    lead = [m for m in _of(found, "REQUEST") if m.evidence.trigger.startswith("urged")]
    assert lead, _show(found)
    assert all(m.date == "2025-03-05" for m in lead), _show(found)
    assert "date.perfect_lead" in lead[0].explanation


def test_a_dated_lead_keeps_its_own_day(code):
    text = (
        "Uruguay urged Brazil on Monday to reopen a river port to its barges.\n\n"
        "Paraguay's president backed the call on Wednesday."
    )
    found = code(text, PUBLISHED)
    lead = [m for m in _of(found, "REQUEST") if m.evidence.trigger.startswith("urged")]
    assert lead, _show(found)
    assert all(m.date == "2025-03-03" for m in lead), _show(found)


def test_a_statement_takes_the_day_its_sayer_names_two_sentences_on(code):
    text = (
        "Ghana's opposition boycotted the budget vote on Monday.\n\n"
        "Ghana's finance minister Kwame Asante dismissed the boycott as a stunt. He rejected "
        'claims that the budget was unlawful. "The vote stands," Asante said at a briefing '
        "on Wednesday."
    )
    found = code(text, PUBLISHED)
    dismissal = [m for m in _of(found, "REJECT") if m.evidence.trigger.startswith("dismissed")]
    assert dismissal, _show(found)
    assert all(m.date == "2025-03-05" for m in dismissal), _show(found)


def test_speaking_to_reporters_dates_the_saying(code):
    text = (
        "Ghana's opposition boycotted the budget vote on Monday.\n\n"
        "A Ghanaian government spokeswoman dismissed the boycott as a stunt. Speaking to "
        "journalists on Wednesday, she said the vote was valid."
    )
    found = code(text, PUBLISHED)
    dismissal = [m for m in _of(found, "REJECT") if m.evidence.trigger.startswith("dismissed")]
    assert dismissal, _show(found)
    assert all(m.date == "2025-03-05" for m in dismissal), _show(found)


def test_a_later_act_of_another_doer_does_not_date_the_statement(code):
    text = (
        "Ghana's opposition boycotted the budget vote on Monday.\n\n"
        "A Ghanaian government spokeswoman dismissed the boycott as a stunt. Police cleared "
        "the protesters from the parliament grounds on Wednesday."
    )
    found = code(text, PUBLISHED)
    dismissal = [m for m in _of(found, "REJECT") if m.evidence.trigger.startswith("dismissed")]
    assert dismissal, _show(found)
    assert all(m.date == "2025-03-03" for m in dismissal), _show(found)


def test_days_after_a_dated_happening_count_from_its_day(code):
    text = "Three days after the referendum on Saturday, Togo's ruling party accused the opposition of fraud."
    found = code(text, PUBLISHED)
    accusations = _of(found, "ACCUSE")
    assert accusations, _show(found)
    assert all(m.date == "2025-03-04" for m in accusations), _show(found)
    assert "date.counted_from_happening" in accusations[0].explanation


def test_hours_after_a_dated_happening_stay_on_its_day(code):
    text = "Hours after the referendum on Saturday, police in Lome detained two opposition leaders."
    found = code(text, PUBLISHED)
    detentions = _of(found, "COERCE")
    assert detentions, _show(found)
    assert all(m.date == "2025-03-01" for m in detentions), _show(found)


def test_a_mediator_due_back_for_a_round_of_talks_is_a_plan(code):
    for text in (
        "Nigeria's foreign minister is due in Lome next week for talks.",
        "The regional mediator is due back in Bangui next week for a new round of talks.",
    ):
        found = code(text, PUBLISHED)
        assert not [m for m in _of(found, "CONSULT") if m.modality == "asserted"], _show(found)
        assert [m for m in found if m.modality == "future"], (text, _show(found))
