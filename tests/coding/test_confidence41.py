"""Every event's explanation names the features that weighed in its confidence (rule
confidence.weighed), and each reading names how its parties stand in its story
(coding.calibration.standing: the story's lesser or minor parties, a pair told in the lead, an
aside), for a table to weigh (session 41 measured one and did not ship it: bench/stories/README.md
"confidence41"). Stories and sentences invented for these tests."""

from __future__ import annotations

from communique.coding.calibration import STORY_MIN_READINGS, Parties, story_features

# a story about a border dispute between Chile and Peru, told from both sides
MAIN = [
    "Chile accuses Peru of blocking border trade",
    "Chile on Monday accused Peru of closing three border crossings to Chilean lorries.",
    "Peru's foreign ministry rejected the charge and said the crossings were shut for repairs.",
    "Chile's trade minister demanded that Lima reopen the crossings within a week.",
    "Peruvian officials said they would meet Chilean envoys in Arica on Thursday.",
    "The dispute has cost Chilean exporters millions of dollars, industry groups said.",
    "Chile has threatened to take the matter to a regional trade court.",
    "Lima warned of retaliation.",
    "Peru's president said his government wanted a friendly solution with Chile.",
    "Chilean hauliers blocked a motorway near the border in protest on Tuesday.",
    "Peru's transport minister visited the closed crossings on Wednesday.",
    "Santiago recalled its ambassador from Lima for consultations.",
    "Chilean lawmakers called for calm.",
]


def test_every_event_explains_its_confidence(code) -> None:
    found = code("\n\n".join(MAIN), "2024-03-12")
    assert len(found) >= 6
    for m in found:
        assert "[confidence.weighed]" in m.explanation, m.explanation
        assert f"confidence {m.confidence:.2f}" in m.explanation, m.explanation
    lead = next(m for m in found if m.sentence == 0)
    # the lead's accusation: why it is sure (its target named in its clause, its place)
    assert "for recipient:clause" in lead.explanation or "position:lead" in lead.explanation


C, P, N, K = "CHL", "PER", "NOR", "KEN"


def _p(sentence: int, kind: str, actors: set[str], recipients: set[str]) -> Parties:
    return Parties(
        sentence, kind, frozenset(actors), frozenset(recipients), bool(actors), bool(recipients)
    )


STORY = [
    _p(0, "ACCUSE", {C}, {P}),
    _p(1, "REJECT", {P}, {C}),
    _p(2, "REQUEST", {C}, {P}),
    _p(3, "CONSULT", {P, C}, set()),
    _p(4, "THREATEN", {C}, {P}),
    _p(5, "SANCTION", {C}, {P}),
    _p(9, "COERCE", {K}, {N}),  # the aside
    _p(10, "REQUEST", {C}, {P}),
]


def test_standing_names_the_aside_and_the_main_pair_told_in_the_lead() -> None:
    aside = story_features(6, STORY)
    assert {"story:aside", "story:minor_parties", "actor:minor_country"} <= aside
    main = story_features(4, STORY)
    assert "dyad:in_lead" in main
    assert not main & {"story:aside", "story:minor_parties", "story:lesser_parties"}


def test_a_brief_names_no_minor_parties_or_asides() -> None:
    # guard: in a story of fewer readings than STORY_MIN_READINGS every party is told little
    brief = [STORY[0], STORY[6]]
    assert len(brief) < STORY_MIN_READINGS
    for i in range(len(brief)):
        got = story_features(i, brief)
        assert not got & {"story:aside", "story:minor_parties", "story:lesser_parties"}, got
        assert "actor:minor_country" not in got


def test_a_second_state_told_beside_its_neighbours_is_no_aside() -> None:
    # guard: Norway answers Kenya in the next sentence: two readings of the same pair, side by
    # side, are a thread of the story, not an aside
    story = [*STORY[:7], _p(10, "REJECT", {N}, {K}), STORY[7]]
    assert "story:aside" not in story_features(6, story)


def test_the_opening_itself_is_not_told_in_the_lead() -> None:
    # guard: dyad:in_lead weighs a later telling of the lead's pair, never the lead itself
    assert "dyad:in_lead" not in story_features(0, STORY)
