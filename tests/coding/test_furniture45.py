"""Places and page furniture that name no party (issue #12, branch furniture45): the place in
a transcript speaker's label (mention.label_place), the venue of a group's own meeting
(mention.own_meeting_venue), a diary box's scheduled items (furniture kind ``diary``), and
the fishing boats of an open registry's own fleet, which are its party (mention.fishing_flag,
narrowing mention.flag_compound). Every sentence is invented for the tests."""

from __future__ import annotations

import pytest

from communique.articles.furniture import diary_entry, strip_furniture
from support import countries


def _parties(found):
    return {c for m in found for c in countries(m.actor) | countries(m.recipient)}


# -- the place in a transcript speaker's label ---------------------------------------------

_BROADCAST = (
    "Nine people were killed on Tuesday when Ghanaian police raided a market in Kumasi.\n\n"
    "ANCHOR (Montevideo): We go first to Ghana, where a police raid in the city of Kumasi has "
    "caused outrage. Our correspondent Tomas Vidal is there.\n\n"
    "TOMAS VIDAL (Kumasi): Good evening. Police say the dead were armed robbers. Families say "
    "they were traders.\n\n"
    "ANCHOR: Tomas, thank you.\n\n"
    "Reactions\n\n"
    "The regional office for West Africa of the UN human rights office urged Ghana to open an "
    'independent inquiry. Amnesty International Ghana called the raid "a massacre".\n\n'
    "The interior minister said the police had acted lawfully. He turned down demands to halt "
    "the operation.\n"
)


def test_a_speaker_label_s_place_names_no_party(code):
    found = code(_BROADCAST, "2026-03-11")
    assert found, "no event coded"
    assert "URY" not in _parties(found), [m.explanation for m in found]


def test_a_state_in_the_turn_s_words_still_counts(code):
    # guard: the same city told in the words of the turn is a place of the story
    text = _BROADCAST.replace(
        "Good evening.", "Good evening. Uruguay's embassy in Accra condemned the raid."
    )
    found = code(text, "2026-03-11")
    assert any("URY" in countries(m.actor) for m in found), [m.explanation for m in found]


# -- the venue of a group's own meeting ----------------------------------------------------


def test_the_venue_of_a_group_s_own_meeting_does_not_place_it(code):
    text = (
        "Chile and Argentina are at odds over salmon quotas in the southern fjords. Chile "
        "accused Argentina on Monday of overfishing.\n\n"
        "The signatory parties plan to hold an extraordinary meeting in Asuncion on 14 March, "
        "which Chilean officials are expected to attend."
    )
    found = [m for m in code(text, "2026-03-02") if "meeting" in m.evidence.trigger]
    assert found, "no meeting coded"
    assert "PRY" not in _parties(found), [m.explanation for m in found]
    assert any("mention.own_meeting_venue" in m.explanation for m in found), found[0].explanation


def test_a_crowd_in_a_place_is_still_placed_there(code):
    # guard: a group whose own phrase is placed keeps the place
    found = code("Protesters in Asuncion burned tyres outside parliament on Tuesday.", "2026-03-04")
    assert any("PRY" in countries(m.actor) for m in found), [m.explanation for m in found]


# -- a diary box ----------------------------------------------------------------------------

_DIARY_PAGE = """The central bank kept its rate on hold on Monday.

Coming up

- Wed 4 Mar: Laos and Myanmar ministers meet in Vientiane.

- Thu 5 Mar: Parliament votes on the budget.

That is all for this edition; the next issue arrives on Friday."""


def test_a_diary_box_is_furniture():
    text, removed = strip_furniture(_DIARY_PAGE)
    assert "Laos" not in text and "Parliament votes" not in text
    assert "central bank" in text and "next issue arrives" in text
    assert {r.kind for r in removed} == {"diary"}


def test_a_diary_item_is_not_coded(code):
    from communique.articles.furniture import strip_furniture as strip

    text, _ = strip(_DIARY_PAGE)
    found = code(text, "2026-03-03")
    assert not {"LAO", "MMR"} & _parties(found), [m.explanation for m in found]


@pytest.mark.parametrize(
    "line",
    [
        "- Wed 4 Mar: Laos and Myanmar hold talks.",
        "Thursday, March 5: the council votes.",
        "5 March - the council votes.",
        "Friday: rate decision.",
    ],
)
def test_diary_entries(line):
    assert diary_entry(line)


def test_a_timeline_or_plain_paragraph_stays():
    # guard: a timeline of what happened is story text; prose under a heading is no entry
    page = "Ministers met on Monday.\n\nTimeline\n\n- 2 Mar: Laos and Myanmar held border talks."
    assert "held border talks" in strip_furniture(page)[0]
    assert not diary_entry("The talks will resume on Friday, officials said.")


# -- the fishing boats of an open registry's own fleet -------------------------------------


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("The Fijian navy seized three Vanuatu-registered fishing boats on Monday.", "VUT"),
        ("The Indian coast guard detained a Sri Lankan-flagged trawler on Friday.", "LKA"),
    ],
)
def test_an_open_registry_s_fishing_boats_are_its_party(code, text, flag):
    found = [m for m in code(text, "2026-03-10") if m.event_type == "COERCE"]
    assert found and any(flag in countries(m.recipient) for m in found), [
        m.explanation for m in found
    ]
    assert any("mention.fishing_flag" in m.explanation for m in found), found[0].explanation


def test_an_open_registry_s_merchant_ship_is_still_no_party(code):
    # guard: mention.flag_compound for merchant ships is unchanged
    found = code(
        "Pirates seized a Vanuatu-flagged bulk carrier off Guinea on Monday.", "2026-03-10"
    )
    assert found and "VUT" not in _parties(found), [m.explanation for m in found]
