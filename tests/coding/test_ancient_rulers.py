"""A monarch of no named country in a story that dates things before 1800 is a ruler of the
past, not of the story's modern state (rule mention.ancient_ruler)."""

from __future__ import annotations

ANCIENT = (
    "The new exhibition at the Marlow Museum brings together 200 objects from the Hittite "
    "empire, many of them loans from museums in Ankara and Berlin. The empire collapsed around "
    '1180 BC. "These kings invaded their neighbours almost every spring," the curator said. '
    "One clay tablet holds a treaty in which a vassal king swears loyalty to the emperor. Some "
    "objects have never left Turkey before."
)

MODERN = (
    "Thousands marched in Amman on Monday. Jordan's parliament met on Tuesday. "
    "The king promised to dissolve the cabinet. Jordanian officials said talks would follow."
)


def test_ancient_kings_are_no_modern_state(code):
    assert code(ANCIENT) == []


def test_modern_king_keeps_the_story_country(code):
    ms = [m for m in code(MODERN) if m.evidence.trigger.startswith("promised")]
    assert ms and ms[0].actor[0].country == "JOR"
