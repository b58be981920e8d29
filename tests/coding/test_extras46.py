"""Extra events that are wrong by the PLOVER/CAMEO definitions (branch extras46).

- CAMEO 074 "provide military protection or peacekeeping" is protection one party gives
  another: a state's police guarding its own towns is no interaction between parties (rule
  filter.own_protection, recorded as a dropped candidate).
- "told a rally", "addressed the crowd": a street gathering a speaker tells or addresses is the
  speech's audience, not a demonstration of the speaker's (rule filter.venue, vocabulary
  audience_gatherings).
- "sat in long sessions", "a court sitting in Geneva": sitting in a body's sessions, or a court
  holding its sittings, is no sit-in (triggers.tsv no-event rows of "sit").

Guards: peacekeepers of one state protecting another's villages stay an act; a crowd's own
rally stays a PROTEST; a rally at which arrests happen stays a rally; nurses who sit in at a
ministry stage a sit-in.
"""

from __future__ import annotations

from communique.model import Article
from communique.pipeline import code_articles
from support import countries as _countries

WHEN = "2026-11-20"


def _protests(code, text):
    return [m for m in code(text, when=WHEN) if m.event_type == "PROTEST"]


def test_police_protecting_their_own_towns_is_no_protection_act(code):
    text = (
        "The Slovenian police protected shops and homes from looters in Ljubljana on "
        "Tuesday, the interior ministry said."
    )
    assert not [m for m in code(text, when=WHEN) if m.cameo == "074"]


def test_own_protection_is_recorded_as_dropped():
    text = (
        "The Slovenian police protected shops and homes from looters in Ljubljana on "
        "Tuesday, the interior ministry said."
    )
    (coded,) = code_articles([Article(text=text, id="t", published=WHEN)], topic_gate=False)
    assert "filter.own_protection" in {d.rule for d in coded.dropped}


def test_peacekeepers_protecting_another_state_stay_an_act(code):
    # guard: protection given to another party
    text = "Slovenian peacekeepers protected Estonian border villages on Monday, the UN said."
    acts = [m for m in code(text, when=WHEN) if m.event_type in ("AID", "AGREE")]
    assert acts, [m.explanation for m in code(text, when=WHEN)]
    assert any("EST" in _countries(m.recipient) for m in acts)


def test_a_minister_telling_a_rally_holds_no_rally(code):
    text = (
        "The Slovenian interior minister told a rally in Maribor on Sunday that the "
        "government would review the fishing treaty with Croatia."
    )
    assert not _protests(code, text)


def test_a_minister_addressing_a_demonstration_holds_none(code):
    text = (
        "The Icelandic fisheries minister addressed a demonstration in Akureyri on Sunday and "
        "said the quota would not change."
    )
    assert not _protests(code, text)


def test_teachers_holding_a_rally_stay_a_protest(code):
    # guard: the crowd's own rally
    text = (
        "Thousands of Slovenian teachers held a rally in Maribor on Sunday against the pay freeze."
    )
    assert _protests(code, text)


def test_arrests_at_a_rally_leave_the_rally(code):
    # guard: a rally "at" which something happened is still one
    text = (
        "Estonian police detained twelve students at a rally against the tuition fees in "
        "Tallinn on Saturday."
    )
    assert _protests(code, text) or [m for m in code(text, when=WHEN) if m.event_type == "COERCE"]


def test_sitting_in_meetings_is_no_sit_in(code):
    text = (
        "The Icelandic fisheries minister sat in long sessions with Portuguese officials all week."
    )
    assert not [m for m in _protests(code, text) if m.cameo == "141"]


def test_a_court_sitting_in_a_city_is_no_sit_in(code):
    text = (
        "The arbitration court sitting in Geneva ruled on Monday that Iceland had breached "
        "its fishing treaty with Portugal."
    )
    assert not _protests(code, text)


def test_nurses_sitting_in_at_a_ministry_stage_a_sit_in(code):
    # guard: a sit-in proper
    text = (
        "Hundreds of Estonian nurses sat in at the health ministry in Tallinn on Monday to "
        "demand higher pay."
    )
    assert _protests(code, text)
