"""Service pages are never political reporting (rule filter.register, register "service page"
of data/relevance/registers.tsv; branch offtopic39): a hire firm's terms, a shop's product page
or a hotel's booking page that names countries, border posts and officials is off-topic before
the parse; a political story that names one or two of those words (a booking, a help centre)
keeps its topic. Invented texts."""

from __future__ import annotations

from communique.relevance import REGISTER_MIN_MARKERS, story_topic

BIKE_HIRE_TERMS = (
    "Help centre. Our bikes are registered in Austria and may be ridden into Hungary, Slovakia "
    "and Czechia if you say so when you book. The cross-border charge is 20 euros per rental "
    "and covers the insurance excess. One-way rentals ending in Budapest are allowed for a "
    "fee. If the police or customs officers in another country impound a bike, you pay the "
    "costs of getting it back. For anything else, chat with us from 8am to 8pm or read the "
    "terms and conditions in full."
)
HOTEL_PAGE = (
    "Rooms from 90 euros per night, breakfast included, with free wifi and an en suite "
    "shower. Free cancellation until two days before arrival. The Embassy Suite looks over "
    "the old frontier post between Slovenia and Italy, where border guards once searched "
    "every car. Book now: spaces are limited in August, and the booking fee is waived for "
    "members of our loyalty club."
)
STRIKE_STORY = (
    "Baggage handlers at Belgian airports stopped work for a day against the government's plan "
    "to raise the pension age, and the airlines scrapped hundreds of flights. The labour "
    "minister called the stoppage reckless and said talks with the unions would reopen next "
    "week. Passengers were told to check their booking with the airline's customer service "
    "before setting out. Brussels Airlines accused the government of ignoring the unions for "
    "months, and the European Commission said it was watching the dispute."
)


def test_a_hire_firms_terms_are_a_service_page_and_off_topic():
    topic = story_topic(BIKE_HIRE_TERMS)
    assert topic.off_topic
    assert topic.register is not None and topic.register[0] == "service page"
    assert len(topic.register[1]) >= REGISTER_MIN_MARKERS
    assert "filter.register" in topic.note()


def test_a_hotel_booking_page_is_a_service_page_and_off_topic():
    topic = story_topic(HOTEL_PAGE)
    assert topic.off_topic
    assert topic.register is not None and topic.register[0] == "service page"


def test_a_strike_story_with_a_booking_and_customer_service_keeps_its_topic():
    topic = story_topic(STRIKE_STORY)
    assert not topic.off_topic
    assert topic.register is None


def test_a_service_page_is_stored_uncoded_with_its_note(tmp_path):
    import json

    from support import run_cli

    story = {"id": "s1", "published": "2026-04-03", "text": BIKE_HIRE_TERMS}
    res = run_cli("code", "--dropped", str(tmp_path / "d.jsonl"), stdin=json.dumps(story) + "\n")
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == ""
    assert "s1: not coded: off-topic: written as a service page" in res.stderr
