"""Page shapes whose structure a reader uses and plain prose lacks (issue #12): a briefing
transcript whose speaker labels are written in capitals, and a dated list whose later entries
name only a day and a month. Pages invented for these tests."""

from __future__ import annotations

from datetime import date

from support import countries as _countries

BRIEFING = (
    "A senior police officer in Malawi spoke to reporters in Lilongwe on Friday after a riot at "
    "Maula prison.\n\n"
    "SUPERINTENDENT OF POLICE: Good morning. Our officers arrested fourteen inmates on "
    "Thursday night. We have also closed the roads around the prison.\n\n"
    "Q (Radio One): Were any guards hurt?\n\n"
    "SUPERINTENDENT OF POLICE: Two guards were beaten by inmates. We will charge the men "
    "who did it.\n\n"
    "Q (Daily Times): Will the army help?\n\n"
    "DIRECTOR OF PRISONS: We asked the army to guard the outer fence. That is all for today."
)


def test_a_capitalised_speaker_label_names_no_town(code):
    """ "OF" in a label written in capitals is the preposition, not the Turkish town Of: the
    speakers are the page's own state's officials."""
    got = code(BRIEFING, "2026-03-14")
    assert got
    assert all("TUR" not in _countries(m.actor) | _countries(m.recipient) for m in got), [
        (m.evidence.trigger, _countries(m.actor), _countries(m.recipient)) for m in got
    ]
    arrested = [m for m in got if m.evidence.trigger.startswith("arrested")]
    assert arrested and _countries(arrested[0].actor) == {"MWI"}


def test_function_words_are_no_town_names_but_towns_still_are():
    from communique.places.gazetteer import word_town

    assert word_town("Of") and word_town("OF")
    assert not word_town("Trabzon")
    assert not word_town("Of Police")  # a whole name is looked up as it is


def test_a_city_at_the_start_of_a_body_still_places_it(code):
    got = code("The Istanbul Bar Association condemned the arrest of two lawyers.", "2026-03-14")
    assert got and _countries(got[0].actor) == {"TUR"}


TIMELINE = (
    "Malawi and Zambia have been at odds over the river islands for decades. Here is how the "
    "latest quarrel unfolded.\n\n"
    "- 1998\u20132001 \u2014 Zambian and Malawian soldiers clash several times over the "
    "islands.\n\n"
    "- 14 December 2025 \u2014 Malawi closes the Mwami border post to lorries. Zambia "
    "condemns the closure.\n\n"
    "- 3 January \u2014 Zambia recalls its ambassador from Lilongwe. Malawi expels two Zambian "
    "diplomats.\n\n"
    "- 9 February (planned) \u2014 A session of the joint border commission opens in "
    "Lusaka."
)


def test_timeline_labels_without_a_year_follow_the_list():
    from communique.coding.timeline import timeline_entries

    got = timeline_entries(TIMELINE, date(2026, 1, 25))
    assert [(e.date, e.precision) for e in got] == [
        ("1998", "year"),
        ("2025-12-14", "day"),
        ("2026-01-03", "day"),  # the list has turned the year
        ("2026-02-09", "day"),  # a planned entry ahead of publication
    ]


def test_a_later_sentence_of_an_entry_takes_the_entry_date(code):
    got = code(TIMELINE, "2026-01-25")
    expel = [m for m in got if m.evidence.trigger.startswith("expels")]
    assert expel and expel[0].date == "2026-01-03", [
        (m.evidence.trigger, m.date, m.explanation) for m in expel
    ]
    assert "[date.timeline_entry]" in expel[0].explanation
    condemn = [m for m in got if m.evidence.trigger.startswith("condemns")]
    assert condemn and condemn[0].date == "2025-12-14"


def test_a_span_of_years_is_history_of_its_first_year(code):
    got = code(TIMELINE, "2026-01-25")
    clash = [m for m in got if "1998" in m.evidence.sentence_text]
    assert all(m.modality == "historical" for m in clash)
    assert all((m.date or "1998").startswith("1998") for m in clash)


def test_day_month_labels_need_two_entries_and_a_dash_or_colon():
    from communique.coding.timeline import timeline_entries

    one = "Background\n\n- 3 January \u2014 Zambia recalled its ambassador.\n\nIt was a surprise."
    assert timeline_entries(one, date(2026, 1, 25)) == []
    prose = "3 January was cold. Zambia recalled its ambassador.\n\n9 February is a holiday."
    assert timeline_entries(prose, date(2026, 1, 25)) == []


INTERVIEW = (
    "Malawi's foreign minister, Grace Banda, took questions from reporters in Lilongwe on "
    "Monday about the quarrel over the river islands.\n\n"
    "Q: Zambia says your soldiers crossed onto the islands last week. Is that true?\n\n"
    "Grace Banda: That claim is a lie. Zambia must pull its own soldiers back from the "
    "islands.\n\n"
    "Q: Some say Malawi must apologise first. Will you?\n\n"
    "Grace Banda: We will meet the Zambian minister in Lusaka next week."
)


def test_an_answer_turn_is_its_speakers_own_speech(code):
    """A demand with "must" in an answer is the labelled speaker's demand, as it would be in
    a quotation: the answer is not dropped with the question before it."""
    got = code(INTERVIEW, "2026-03-16")
    demand = [m for m in got if m.evidence.trigger == "must" and m.event_type == "REQUEST"]
    assert demand, [(m.event_type, m.evidence.trigger, _countries(m.actor)) for m in got]
    assert _countries(demand[0].actor) == {"MWI"}
    assert _countries(demand[0].recipient) == {"ZMB"}
    assert all(m.event_type != "RETREAT" for m in got)  # a demand, not the withdrawal


def test_a_question_turn_still_codes_nothing(code):
    got = code(INTERVIEW, "2026-03-16")
    asked = [m for m in got if "apologise" in m.evidence.sentence_text]
    assert asked == []


def test_must_in_plain_narration_is_no_speakers_demand(code):
    text = (
        "Malawi's foreign minister met reporters in Lilongwe on Monday.\n\n"
        "Under the 1998 accord, each side must keep its soldiers off the islands."
    )
    got = code(text, "2026-03-16")
    assert all(m.evidence.trigger != "must" for m in got)
