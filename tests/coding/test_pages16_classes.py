"""General errors bench/stories/pages16 showed, on invented sentences: a backing verb's "by"
with no object is looking on, not backing anyone; a share word's "of" ("all of its border
posts") passes the counted noun to the trigger and to the target; burning a holy book is a
protest, not destruction of property; whoever launched what was shot down is its target."""

from __future__ import annotations

from support import countries as _countries


def _show(found):
    return [
        (m.event_type, m.cameo, [p.code for p in m.actor], [p.code for p in m.recipient])
        for m in found
    ]


def test_standing_by_while_it_happened_backs_no_one(code):
    found = code(
        '"The Egyptian police stood by while the crowd broke in," the Jordanian minister said.'
    )
    assert not [m for m in found if m.event_type == "SUPPORT"], _show(found)


def test_standing_by_an_ally_still_backs_it(code):
    found = code("Egypt stood by Jordan throughout the crisis.")
    assert [m for m in found if m.event_type == "SUPPORT" and "JOR" in _countries(m.recipient)], (
        _show(found)
    )


def test_closing_all_of_its_border_posts_with_a_neighbour(code):
    found = code("Kenya closed all of its border posts with Tanzania on Monday.")
    assert [
        m for m in found if _countries(m.actor) == {"KEN"} and "TZA" in _countries(m.recipient)
    ], _show(found)


def test_closing_two_of_its_crossings_aims_at_the_neighbour(code):
    found = code("Kenya closed two of its border crossings with Tanzania on Monday.")
    closures = [m for m in found if _countries(m.actor) == {"KEN"}]
    assert closures and all("TZA" in _countries(m.recipient) for m in closures), _show(found)


def test_burning_a_copy_of_a_holy_book_is_a_protest(code):
    found = code("A man burned copies of the Bible outside a church in Oslo on Monday.")
    assert found and all(m.event_type == "PROTEST" for m in found), _show(found)


def test_drones_shot_down_target_whoever_launched_them(code):
    found = code(
        "Ghana's army said it had shot down 12 of the 20 drones launched by Togo overnight."
    )
    downed = [m for m in found if m.cameo == "190"]
    assert downed and all("TGO" in _countries(m.recipient) for m in downed), _show(found)
