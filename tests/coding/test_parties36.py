"""Who did it, to whom: parties taken from the wrong place (branch parties36, issues #11/#12).
Invented text throughout.

- filter.assumed_meeting_setting (coding/settings_filters.py): an international body's own
  meeting named only as the time or place of a remark gets no other side from the story's
  counterpart; it is dropped as a setting.
- resolve.pronoun_not_named_object (coding/resolver.py), widened: "It denied ..., and accused
  X" — the verb joined by "and" shares the pronoun, so the pronoun is not X.
- triggers.tsv: "helped broker / helped to mediate" is the mediation (CAMEO 045), not aid.
- actor.announcing_authority (coding/refusals.py): "the ministry said imports would be barred"
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
        QUARREL + "The European Union's foreign policy chief told reporters after the meeting "
        "that both sides should show restraint.",
    )
    assert not [m for m in mentions if m.event_type == "CONSULT"]
    assert dropped["meeting"] == "filter.assumed_meeting_setting"
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
        QUARREL + "The European Union's foreign policy chief spoke to reporters after talks "
        "with the Chilean foreign minister.",
    )
    assert ("CONSULT", ("EUR",), ("CHL",)) in _parties(mentions, 2)


# resolve.pronoun_not_named_object: a verb joined by "and" shares the pronoun


NAVY = (
    "Britain summoned Iran's ambassador on Monday after Iranian speedboats surrounded a "
    "British frigate in the gulf. A statement from Iran's navy said the British frigate had "
    "sailed into Iranian waters and ignored warnings. "
)


def test_pronoun_is_not_the_state_its_joined_verb_accuses(nlp):
    mentions, _ = _code(
        nlp,
        NAVY + "It denied that its boats had acted dangerously, and accused Britain of "
        "reckless behaviour.",
    )
    parties = _parties(mentions, 2)
    assert ("ACCUSE", ("IRN",), ("GBR",)) in parties
    assert not [p for p in parties if p[0] == "ACCUSE" and p[1] == ("GBR",)]


def test_pronoun_with_a_single_verb_and_another_target_is_unchanged(nlp):
    # guards: "It accused X" alone (already read so), and a pronoun of the speaker's own state
    # whose joined verb names the other state
    mentions, _ = _code(nlp, NAVY + "It accused Britain of reckless behaviour.")
    assert ("ACCUSE", ("IRN",), ("GBR",)) in _parties(mentions, 2)
    mentions, _ = _code(
        nlp,
        "Britain summoned Iran's ambassador on Monday after Iranian speedboats surrounded a "
        "British frigate in the gulf. Britain's defence ministry said the frigate had stayed "
        "in international waters. It denied that the frigate had entered Iranian waters and "
        "urged Iran to respect freedom of navigation.",
    )
    assert ("REQUEST", ("GBR",), ("IRN",)) in _parties(mentions, 2)


# triggers.tsv: helping to broker or mediate is taking part in the mediation, not aid


def test_helping_to_broker_an_accord_is_mediation_not_aid(nlp):
    accord = "Armenia and Azerbaijan initialled a peace accord in Geneva on Monday. "
    mentions, _ = _code(
        nlp, accord + "Switzerland helped broker the accord, which ends three years of talks."
    )
    assert "AID" not in {p[0] for p in _parties(mentions, 1)}
    mentions, _ = _code(nlp, accord + "Switzerland helped to mediate between the two sides.")
    assert ("CONSULT", ("CHE",), ("ARM", "AZE")) in _parties(mentions, 1)


def test_helping_a_state_do_something_else_stays_aid(nlp):
    # guard: help with any other act is still aid
    mentions, _ = _code(
        nlp,
        "Armenia and Azerbaijan initialled a peace accord in Geneva on Monday. Switzerland "
        "helped Armenia rebuild two bridges.",
    )
    assert ("AID", ("CHE",), ("ARM",)) in _parties(mentions, 1)


# actor.announcing_authority: a coming ban announced by a state's own authority is its own


BORDER = "Tanzania and Malawi have argued for months over trade at their shared border. "


def test_ministry_announcing_a_coming_ban_is_its_doer(nlp):
    mentions, _ = _code(
        nlp,
        BORDER + "The agriculture ministry in Dodoma said on Tuesday that maize and vegetables "
        "from Malawi would be barred from entering the country from Thursday.",
    )
    assert ("COERCE", ("TZA",), ("MWI",)) in _parties(mentions, 1)


def test_ban_told_by_no_authority_or_in_the_present_keeps_no_doer(nlp):
    # guards: a union only reports the ban; "are barred" restates a ban told elsewhere
    for text in (
        BORDER + "A farmers' union in Dodoma said on Tuesday that maize and vegetables from "
        "Malawi would be barred from entering the country from Thursday.",
        BORDER + "Maize and vegetables from Malawi are barred from entering the country.",
    ):
        mentions, _ = _code(nlp, text)
        assert ("COERCE", (), ("MWI",)) in _parties(mentions, 1)
