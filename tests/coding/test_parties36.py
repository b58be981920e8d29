"""Who did it, to whom: parties taken from the wrong place (branch parties36, issues #11/#12).
Invented text throughout.

- filter.assumed_meeting_setting (coding/settings_filters.py): an international body's own
  meeting named only as the time or place of a remark gets no other side from the story's
  counterpart; it is dropped as a setting.
- resolve.pronoun_not_named_object (coding/resolver.py), widened: "It denied ..., and accused
  X" — the verb joined by "and" shares the pronoun, so the pronoun is not X.
- triggers.tsv: "helped broker / helped to mediate" is the mediation (CAMEO 045), not aid.
- actor.announcing_authority (coding/refusals.py): "a trade ministry said X's steel will
  be banned"
  is the ministry's own ban, not an unattributed one.
"""

from __future__ import annotations


def _code(nlp, text: str):
    from communique.coding import code_article
    from communique.model import Article

    doc = nlp(text)
    mentions = code_article(Article(text=text, id="p36", published="2026-03-02"), doc)
    return mentions, {d.trigger: d.rule for d in doc._.communique_dropped}


def _parties(mentions, sentence: int) -> set[tuple[str, tuple, tuple]]:
    return {
        (
            m.event_type,
            tuple(sorted(a.country or "" for a in m.actor)),
            tuple(sorted(r.country or "" for r in m.recipient)),
        )
        for m in mentions
        if m.sentence == sentence
    }


QUARREL = (
    "Peru and Chile have quarrelled for months over fishing rights off their coast. Chile "
    "seized a Peruvian trawler on Tuesday, and Peru said Chile had no right to do so.\n\n"
)


# filter.assumed_meeting_setting


def test_blocs_own_meeting_named_as_a_setting_gets_no_assumed_counterpart(nlp):
    mentions, dropped = _code(
        nlp,
        QUARREL + "The European Commission's spokesman briefed journalists during the summit "
        "and said both sides should show restraint.",
    )
    assert not [m for m in mentions if m.event_type == "CONSULT"]
    assert dropped["summit"] == "filter.assumed_meeting_setting"
    # the remark itself keeps its targets
    assert ("REQUEST", ("EUR",), ("CHL", "PER")) in _parties(mentions, 2)


def test_states_meeting_after_the_lead_keeps_the_counterpart(nlp):
    # guard: a state's "after the meeting" is often the meeting the story is about
    mentions, dropped = _code(
        nlp,
        "Estonia expelled two Russian diplomats on Monday, accusing them of spying for "
        "Russia.\n\nRussia called the move unjustified and promised to answer. The Estonian "
        "foreign minister told journalists after the meeting that the diplomats had two days "
        "to leave.",
    )
    assert ("CONSULT", ("EST",), ("RUS",)) in _parties(mentions, 2)
    assert "meeting" not in dropped


def test_blocs_meeting_with_a_named_side_or_as_an_aim_is_kept(nlp):
    # guards: the noun names its other side; "for talks" is the aim of a trip, not its setting
    mentions, _ = _code(
        nlp,
        QUARREL + "The European Commission's spokesman spoke to reporters after talks "
        "with the Chilean foreign minister.",
    )
    assert ("CONSULT", ("EUR",), ("CHL",)) in _parties(mentions, 2)


# resolve.pronoun_not_named_object: a verb joined by "and" shares the pronoun


CLASH = (
    "Thailand's army said Cambodian troops had fired first near the temple on Sunday. A "
    "statement from Cambodia's defence ministry said Thai soldiers had crossed the line before "
    "dawn. "
)


def test_pronoun_is_not_the_state_its_joined_verb_accuses(nlp):
    mentions, _ = _code(
        nlp,
        CLASH + "It said its soldiers had only returned fire, and accused Thailand of provoking "
        "the clash.",
    )
    parties = _parties(mentions, 2)
    assert ("ACCUSE", ("KHM",), ("THA",)) in parties
    assert not [p for p in parties if p[0] == "ACCUSE" and p[1] == ("THA",)]


def test_pronoun_with_a_single_verb_and_another_target_is_unchanged(nlp):
    # guards: "It accused X" alone (already read so), and a pronoun of the speaker's own state
    # whose joined verb names the other state
    mentions, _ = _code(nlp, CLASH + "It accused Thailand of provoking the clash.")
    assert ("ACCUSE", ("KHM",), ("THA",)) in _parties(mentions, 2)
    mentions, _ = _code(
        nlp,
        "Thailand's army said Cambodian troops had fired first near the temple on Sunday. "
        "Thailand's foreign ministry said its soldiers had stayed on Thai soil. It said no Thai "
        "soldier had crossed the line and urged Cambodia to respect the ceasefire.",
    )
    assert ("REQUEST", ("THA",), ("KHM",)) in _parties(mentions, 2)


# triggers.tsv: helping to broker or mediate is taking part in the mediation, not aid


def test_helping_to_mediate_is_mediation_between_the_sides(nlp):
    mentions, _ = _code(
        nlp,
        "Ethiopia and Eritrea concluded a frontier pact in Jeddah on Monday. Saudi Arabia helped to "
        "mediate between the two neighbours.",
    )
    parties = _parties(mentions, 1)
    assert ("CONSULT", ("SAU",), ("ERI", "ETH")) in parties
    assert "AID" not in {p[0] for p in parties}


def test_helping_a_state_do_something_else_stays_aid(nlp):
    # guard: help with any other act is still aid
    mentions, _ = _code(
        nlp,
        "Ethiopia and Eritrea concluded a frontier pact in Jeddah on Monday. Saudi Arabia helped "
        "Eritrea repair two bridges.",
    )
    assert ("AID", ("SAU",), ("ERI",)) in _parties(mentions, 1)


# actor.announcing_authority: a coming ban announced by a state's own authority is its own


SUGAR = "Kenya and Uganda have quarrelled for a year over sugar quotas. "


def test_ministry_announcing_a_coming_ban_is_its_doer(nlp):
    mentions, _ = _code(
        nlp,
        SUGAR + "On Friday Kenya's trade ministry said Ugandan sugar would be banned from the "
        "first of next month.",
    )
    assert ("COERCE", ("KEN",), ("UGA",)) in _parties(mentions, 1)


def test_ban_told_by_no_authority_or_in_the_present_keeps_no_doer(nlp):
    # guards: an association only reports the ban; "is banned" restates a ban told elsewhere
    for text in (
        SUGAR + "On Friday a Kenyan millers' association said Ugandan sugar would be banned "
        "from the first of next month.",
        SUGAR + "Ugandan sugar is banned in Kenyan shops.",
    ):
        mentions, _ = _code(nlp, text)
        assert ("COERCE", (), ("UGA",)) in _parties(mentions, 1)
