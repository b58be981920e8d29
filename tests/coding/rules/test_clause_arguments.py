"""Targets named in clauses around a trigger (coding/clause_arguments.py): the one asked in
a demand, who must meet a threat's condition, own troops are not the recipient. Sentences are written for the project."""

from __future__ import annotations

import pytest

from support import countries, top


@pytest.mark.parametrize(
    ("text", "etype", "recipient"),
    [
        # a material act's place is its target when no person or body is named
        ("Russian jets bombed the city of Aleppo on Tuesday.", "ASSAULT", {"SYR"}),
        ("Israeli aircraft bombed a warehouse in Rafah late on Thursday.", "ASSAULT", {"PSE"}),
        # a visit's destination is the host
        ("The Iranian foreign minister arrived in Baghdad on Sunday.", "CONSULT", {"IRQ"}),
        # the target inside a noun event the frame asks for
        ("Chile called for sanctions against Venezuela.", "REQUEST", {"VEN"}),
        # the one asked in a frame noun's "that" clause
        ("Brazil repeated its demand that Paraguay free the detained farmers.", "REQUEST", {"PRY"}),
        # the place of the threatened act
        (
            "The Senegalese government threatened to declare a curfew across Dakar.",
            "THREATEN",
            {"SEN"},
        ),
        # "a war against X" behind a purpose phrase
        (
            "Armenia called up reserve units for a potential war against Azerbaijan.",
            "MOBILIZE",
            {"AZE"},
        ),
        # "suspension of links with X"
        ("Thailand ordered a suspension of ferry links with Cambodia.", "SANCTION", {"KHM"}),
    ],
)
def test_recipients(code, text, etype, recipient):
    m = top(code(text))
    assert m.event_type == etype, m.explanation
    assert countries(m.recipient) == recipient, m.explanation


def test_protest_without_target_is_aimed_at_the_government(code):
    m = top(code("Thousands of Kenyan teachers went on strike on Monday."))
    assert m.event_type == "PROTEST"
    assert [(a.country, a.sector) for a in m.recipient] == [("KEN", "GOV")]
    assert "assumed" in m.explanation
    # a convention, not words in the sentence: it adds no confidence
    named = top(code("Thousands of Kenyan teachers protested against the Kenyan government."))
    assert named.confidence >= m.confidence


def test_own_troops_are_not_the_recipient(code):
    m = top(
        code("Indonesia is prepared to contribute 800 soldiers to a stabilisation mission in Gaza.")
    )
    assert m.event_type == "AGREE"
    assert "IDN" not in countries(m.recipient), m.explanation


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        (
            "Ghana will withdraw its peacekeepers from Mali unless the junta sets a poll date.",
            "136",
        ),
        ("Norway may suspend its mediation if the two sides keep stalling.", "135"),
        (
            "The Green party warned it would boycott the regional elections unless the finance minister "
            "resigns.",
            "133",  # an election boycott is a protest (143): threatening it is threatening dissent
        ),
    ],
)
def test_conditions_make_threats(code, text, cameo):
    m = top(code(text))
    assert m.event_type == "THREATEN", m.explanation
    assert m.cameo == cameo, m.explanation
    assert "on condition" in m.explanation


def test_a_promise_on_condition_stays_a_promise(code):
    m = top(
        code("Norway said it would send medical teams to Sudan if the government asks for help.")
    )
    assert m.event_type == "AGREE", m.explanation


def test_demand_in_a_participle_clause_does_not_beat_the_protest(code):
    ms = code(
        "Striking nurses marched in Bucharest against the health minister, saying he must resign."
    )
    assert top(ms).event_type == "PROTEST"
    assert any(m.event_type == "REQUEST" for m in ms)


def test_demanded_act_is_content_of_the_frame_noun(code):
    ms = code("The union reiterated its demand that the government raise wages.")
    assert top(ms).event_type == "REQUEST"


def test_issuer_of_a_resolution_condemns(code):
    ms = code("The Polish parliament passed a resolution condemning the Russian attack on Kyiv.")
    acc = [m for m in ms if m.event_type == "ACCUSE"]
    assert acc and countries(acc[0].actor) == {"POL"}, [m.explanation for m in ms]


def test_unattributed_killing_keeps_the_doer_unknown(code):
    m = top(code("A pro-Russia blogger was killed by a parcel bomb at a cafe in Kyiv."))
    assert m.event_type == "ASSAULT"
    assert m.actor == []
    assert countries(m.recipient) == {"UKR"}, m.explanation  # "pro-Russia" is no Russian


@pytest.mark.parametrize("masked", [False, True])
def test_dateline_is_never_an_actor(code, masked):
    dateline = "LIMA, March 3 (Andes Wire) --"
    body = " Peruvian President Dina Boluarte met Bolivian President Luis Arce on Friday."
    text = (" " * len(dateline) if masked else dateline) + body
    ms = code(text, "2023-03-03")
    met = [m for m in ms if m.event_type == "CONSULT"]
    assert met, [m.explanation for m in ms]
    assert countries(met[0].actor) == {"PER"} and all(a.sector for a in met[0].actor)
    assert all(a.text != "LIMA" for m in ms for a in [*m.actor, *m.recipient])
    assert met[0].date == "2023-03-03" and met[0].date_text != "March 3"


def test_two_heads_of_state_are_the_leaders_named_earlier(code):
    text = (
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha "
        "on Monday. The speaker of the Kenyan parliament also met Tanzanian legislators. "
        "Later the two heads of state signed a border agreement."
    )
    ms = [m for m in code(text) if m.evidence.trigger.startswith("signed")]
    assert ms, "no signing coded"
    assert {(a.country, a.sector) for a in ms[0].actor} == {("KEN", "GOV"), ("TZA", "GOV")}


@pytest.mark.parametrize(
    ("phrase", "year", "span"),
    [
        ("during the Covid-19 pandemic", "2020", "2020–2022"),
        ("during the Cold War", "1947", "1947–1991"),
        ("in the aftermath of the Arab Spring", "2010", "2010–2012"),
    ],
)
def test_named_periods_date_the_event(code, phrase, year, span):
    m = top(code(f"Russia sent doctors to Italy {phrase}.", "2024-02-19"))
    assert m.event_type == "AID"
    assert (m.date, m.date_precision) == (year, "year")
    assert m.date_text and m.date_text.startswith("the ")
    assert span in m.explanation


def test_a_period_not_yet_begun_is_not_a_date(code):
    m = top(code("Russia sent doctors to Italy during the Covid-19 pandemic.", "2015-06-01"))
    assert m.date == "2015-06-01"


def test_the_help_provided_is_one_event_with_its_receiver(code):
    text = "Cuba is grateful for the help provided by Russia during the Covid-19 pandemic."
    aid = [m for m in code(text, "2024-02-19") if m.event_type == "AID"]
    assert len(aid) == 1
    assert countries(aid[0].actor) == {"RUS"} and countries(aid[0].recipient) == {"CUB"}
    assert aid[0].date == "2020"


def test_the_sentence_place_beats_the_dateline_for_an_unplaced_doer(code):
    text = "CAIRO (Nile Wire) - Gunmen attacked a hotel in Tunisia on Monday, killing two guards."
    m = top(code(text, "2023-05-12"))
    assert m.event_type == "ASSAULT"
    assert countries(m.actor) == {"TUN"}, m.explanation
    # with no place in its sentence, the doer is still placed by the dateline
    m = top(code("CAIRO (Nile Wire) - Police detained dozens of protesters on Saturday."))
    assert countries(m.actor) == {"EGY"}, m.explanation
