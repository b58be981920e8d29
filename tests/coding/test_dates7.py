"""Dates of acts told in clauses and sentences of their own (branch dates7, issue #12): date words
under the verb of a noun event ("a row that began when X *put* tariffs on Y *in 2022*") date that
noun event, so its year is not lost to the saying's day, which goes to the lead act instead
(date.event_verb); a measure whose own date words say only when it takes effect is dated the day
its sentence says it was announced (date.decided_day); an undated simple-past act right after a
sentence dated only long ago, in the same paragraph, is history of that year when that sentence
opens with its date words or the act is tied to it by "also"/"then" (date.background_sentence)."""

from __future__ import annotations

PUBLISHED = "2025-03-07"  # a Friday: Monday is 3 March, Tuesday 4, Wednesday 5, Thursday 6


def _show(found):
    return [(m.event_type, m.modality, m.date, m.evidence.trigger) for m in found]


def _dated(found, prefix):
    return [m for m in found if (m.date or "").startswith(prefix)]


def test_a_clause_year_under_the_verb_of_a_noun_event_stays_with_it(code):
    text = (
        "Mexico's economy ministry said on Tuesday it would impose levies on Chinese footwear, "
        "deepening a feud that started when Beijing put duties on Mexican steel in 2022."
    )
    found = code(text, PUBLISHED)
    old = [m for m in _dated(found, "2022") if m.modality == "historical"]
    assert old and old[0].actor[0].country == "CHN", _show(found)
    assert not [m for m in _dated(found, "2025-03-04") if m.actor[0].country == "CHN"], _show(found)
    assert [m for m in _dated(found, "2025-03-04") if m.actor[0].country == "MEX"], _show(found)


def test_a_measure_taking_effect_later_is_dated_the_day_it_was_announced(code):
    text = (
        "Mexico's economy ministry said on Tuesday it would impose duties on Chinese footwear "
        "from next month."
    )
    found = code(text, PUBLISHED)
    assert [m for m in found if m.date == "2025-03-04"], _show(found)


def test_background_told_after_a_fronted_year_is_history_of_that_year(code):
    text = (
        "In 2018 the two neighbours quarrelled over a hydroelectric dam. "
        "Nairobi also expelled two Ugandan diplomats."
    )
    found = code(text, PUBLISHED)
    old = [m for m in _dated(found, "2018") if m.modality == "historical"]
    assert [m for m in old if m.actor[0].country == "KEN"], _show(found)


def test_an_act_tied_by_then_to_a_dated_sentence_is_of_its_year(code):
    text = (
        "Ecuador's navy seized a Colombian trawler on Monday.\n\n"
        "The two neighbours quarrelled over fishing rights in 2016. "
        "Bogota then closed a consulate and arrested three Ecuadorean fishermen."
    )
    found = code(text, PUBLISHED)
    assert [m for m in _dated(found, "2016") if m.event_type == "COERCE"
            and m.modality == "historical"], _show(found)  # fmt: skip


def test_an_act_with_its_own_day_after_a_year_sentence_stays_current(code):
    text = (
        "In 2018 the two neighbours quarrelled over a hydroelectric dam. "
        "On Wednesday Nairobi expelled two Ugandan diplomats."
    )
    found = code(text, PUBLISHED)
    assert [m for m in _dated(found, "2025-03-05") if m.modality != "historical"], _show(found)


def test_an_untied_act_after_a_year_told_mid_sentence_keeps_the_story_day(code):
    text = (
        "Peru's coast guard boarded a Chilean fishing boat on Monday. "
        "The navy boarded a similar vessel in 2017. "
        "Chile protested to Lima over the boarding."
    )
    found = code(text, PUBLISHED)
    assert not [m for m in _dated(found, "2017") if m.actor[0].country == "CHL"], _show(found)


def test_an_act_in_the_next_paragraph_after_a_year_sentence_is_not_history(code):
    text = (
        "In 2019 the tribunal fined Freedonia's port authority for blocking inspectors.\n\n"
        "Fishermen's unions in Ruritania also welcomed the ruling."
    )
    found = code(text, PUBLISHED)
    assert not [m for m in _dated(found, "2019") if m.event_type == "SUPPORT"], _show(found)
