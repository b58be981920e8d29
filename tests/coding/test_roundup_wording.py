"""Pages of several items (news digests, fact checks): each item's own dateline, and the claims
a page reports. Sentences and pages written for these tests."""

from __future__ import annotations

from support import countries as _countries

DIGEST = (
    "Rail link agreed\n\n"
    "BAKU – Azerbaijan and Georgia signed a rail agreement on Tuesday, officials said.\n\n"
    "Lima expels envoy\n\n"
    "LIMA – The government on Monday expelled a Bolivian diplomat, the foreign ministry said.\n\n"
    "Ministers meet\n\n"
    "HANOI – The foreign minister met his Laotian counterpart in the capital on Monday."
)


def test_each_digest_item_takes_its_own_dateline(code):
    got = code(DIGEST, "2025-03-12")
    expel = [m for m in got if m.evidence.trigger.startswith("expelled")]
    met = [m for m in got if m.evidence.trigger == "met"]
    assert expel and _countries(expel[0].actor) == {"PER"}, [
        (m.evidence.trigger, _countries(m.actor), m.explanation) for m in got
    ]
    assert met and _countries(met[0].actor) == {"VNM"}, met[0].explanation if met else got
    assert "[mention.item_dateline]" in met[0].explanation


def test_one_dateline_still_places_the_whole_story(code):
    text = (
        "LIMA – Peru expelled a Bolivian diplomat on Monday.\n\n"
        "The foreign minister said the diplomat had met opposition leaders."
    )
    got = [m for m in code(text, "2025-03-12") if m.event_type == "CONSULT"]
    assert all("[mention.item_dateline]" not in m.explanation for m in code(text, "2025-03-12"))
    assert all(_countries(m.actor) <= {"PER", "BOL", None} for m in got)


def test_item_datelines_need_two_places_in_capitals():
    from communique.articles.dateline import item_datelines

    assert [d.place for d in item_datelines(DIGEST)] == ["Baku", "Lima", "Hanoi"]
    one = "LIMA – Peru expelled a diplomat.\n\nLIMA – A second report from the same city."
    assert item_datelines(one) == []
    heads = "Chile and Peru - a history\n\nBolivia - the facts\n\nThe story goes on."
    assert item_datelines(heads) == []


def test_a_clause_that_posts_claim_is_a_claim(code):
    # a fact check's subject: what accounts online claim happened is not established
    for text in (
        "Several posts claim that Chilean troops crossed into Peru on Monday.",
        "Some accounts also claim that Norway expelled every Russian diplomat last week.",
        "Rebels claim that the army shelled a village near the border.",
    ):
        got = [m for m in code(text, "2025-04-24") if m.event_type != "ACCUSE"]
        assert got and all(m.modality == "claimed" for m in got), [
            (m.event_type, m.modality) for m in got
        ]


def test_a_verb_joined_to_a_claimed_clause_is_claimed_too(code):
    text = "Bloggers claim that Chilean soldiers crossed the border and attacked a police post."
    got = [m for m in code(text, "2025-04-24") if m.event_type == "ASSAULT"]
    assert got and all(m.modality == "claimed" for m in got), [
        (m.evidence.trigger, m.modality) for m in got
    ]


TIMELINE = (
    "Timeline of the dispute\n\n"
    "2019\n\n"
    "June 3-5: Bolivian troops clashed with Paraguayan border guards. Paraguay expelled "
    "Bolivia's ambassador.\n\n"
    "2024\n\n"
    "October: The two governments signed a fishing agreement.\n\n"
    "This week\n\n"
    "March 10: Paraguay recalled its ambassador from La Paz."
)


def test_a_timeline_entry_dates_its_paragraph_in_its_headings_year(code):
    got = code(TIMELINE, "2025-03-12")
    expel = [m for m in got if m.evidence.trigger.startswith("expelled")]
    assert expel and expel[0].date == "2019-06-03", [(m.evidence.trigger, m.date) for m in got]
    assert expel[0].modality == "historical"
    assert "[date.timeline_entry]" in expel[0].explanation
    recall = [m for m in got if m.evidence.trigger.startswith("recalled")]
    assert recall and recall[0].date == "2025-03-10" and recall[0].modality == "asserted"


def test_timeline_entries_need_two_labels():
    from datetime import date

    from communique.coding.timeline import timeline_entries

    got = timeline_entries(TIMELINE, date(2025, 3, 12))
    assert [(e.date, e.precision) for e in got] == [
        ("2019-06-03", "day"),
        ("2024-10", "month"),
        ("2025-03-10", "day"),
    ]
    one = "Background\n\nMarch 10: Paraguay recalled its ambassador.\n\nIt was a surprise."
    assert timeline_entries(one, date(2025, 3, 12)) == []
    # no year heading: the last such day up to publication
    plain = "May 2: Talks opened.\n\nNovember 20: Talks ended."
    assert [e.date for e in timeline_entries(plain, date(2025, 3, 12))] == [
        "2024-05-02",
        "2024-11-20",
    ]
