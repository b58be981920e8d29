"""General errors bench/stories/pages21 showed, on invented stories: a titled person coordinated
with "his/her <nationality> counterpart" is not of the counterpart's state, even when the
sentence names only a place of that state or the story is filed from a third capital
(rule mention.counterpart_pair)."""

from __future__ import annotations

from support import shown_codes as _show


def _signing(found):
    return [m for m in found if m.evidence.trigger.startswith("signed")]


def test_minister_and_her_counterpart_in_the_counterparts_capital(code):
    text = (
        "DAKAR, March 4 (Wire) — Chile and Ghana agreed on Tuesday to cut duties on cocoa and "
        "copper, at the end of a week-long tour of West Africa by a Chilean delegation.\n\n"
        "Trade Minister Lucia Ferreyra and her Ghanaian counterpart, Kofi Boateng, signed the "
        "deal in Accra after two days of talks.\n\n"
        "Chile is Ghana's largest buyer of cocoa in South America."
    )
    found = code(text, "2025-03-04")
    signing = _signing(found)
    assert signing, _show(found)
    assert all({"CHL", "GHA"} <= {p.country for p in m.actor} for m in signing), _show(found)


def test_minister_and_his_counterpart_filed_from_a_third_capital(code):
    text = (
        "NAIROBI, June 9 (Wire) — Norway and Tanzania agreed on Monday to set up a joint fund "
        "for clean cooking, officials said.\n\n"
        "Development Minister Erik Sandvold and his Tanzanian counterpart, Amina Juma, signed "
        "the agreement at a ceremony on Monday.\n\n"
        "Norway has given aid to Tanzania since the 1960s."
    )
    found = code(text, "2025-06-10")
    signing = _signing(found)
    assert signing, _show(found)
    assert all("KEN" not in {p.country for p in m.actor} for m in signing), _show(found)
    assert all({"NOR", "TZA"} <= {p.country for p in m.actor} for m in signing), _show(found)
