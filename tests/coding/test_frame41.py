"""What a frame word governs (issues #11/#12, branch frame41), on invented text: an accusation
told in a present participle set off by a comma after a refusal or a complaint ("rejected the
plan, *accusing* Y of ...", "denied the report, *blaming* Y for ...") is a second act of the same
doer, as a demand or a threat told that way already is, not what is refused or complained of
(frames.participle_act, rule filter.participle_act); the content of an accusation, a demand or a
plan stays content."""

from __future__ import annotations

from support import countries
from support import mentions_of as _of

PUBLISHED = "2024-03-15"  # a Friday


def _show(found):
    return [
        (m.event_type, m.cameo, sorted(countries(m.actor)), sorted(countries(m.recipient)))
        for m in found
    ]


def _by(found, plover, actor, recipient=None):
    return [
        m
        for m in _of(found, plover)
        if actor in countries(m.actor)
        and (recipient is None or recipient in countries(m.recipient))
    ]


def test_an_accusation_after_a_refusal_is_an_act_of_its_own(code):
    found = code(
        "Moldova's opposition Liberal party rejected the budget on Tuesday, accusing the "
        "Moldovan government of hiding the size of the deficit.",
        PUBLISHED,
    )
    hits = _by(found, "ACCUSE", "MDA", "MDA")
    assert hits, _show(found)
    assert "filter.participle_act" in hits[0].explanation


def test_blaming_after_a_denial_is_an_accusation(code):
    found = code(
        "Latvia's interior ministry denied the newspaper's report on Wednesday, blaming "
        "Russian hackers for the leak of the documents.",
        PUBLISHED,
    )
    assert _by(found, "ACCUSE", "LVA", "RUS"), _show(found)


def test_an_accusation_after_a_summons_stays_one_accusation(code):
    # the summons is itself a complaint aimed at the accused: the participle adds no second one
    found = code(
        "Kenya's foreign ministry summoned the Ugandan ambassador on Monday, accusing "
        "Ugandan police of beating two Kenyan traders.",
        PUBLISHED,
    )
    assert len(_by(found, "ACCUSE", "KEN", "UGA")) == 1, _show(found)


def test_guard_what_an_accusation_charges_stays_content(code):
    # "accused X of bombing": the bombing is the charge, not an attack told as done
    found = code(
        "Bolivia accused Paraguay on Thursday of bombing a cattle farm near their shared border.",
        PUBLISHED,
    )
    assert _by(found, "ACCUSE", "BOL", "PRY"), _show(found)
    assert not _of(found, "ASSAULT"), _show(found)


def test_guard_what_a_demand_asks_stays_content(code):
    found = code(
        "Lithuania demanded on Monday that Belarus release the three detained Lithuanian "
        "journalists.",
        PUBLISHED,
    )
    assert _by(found, "REQUEST", "LTU", "BLR"), _show(found)
    assert not _by(found, "RELEASE", "BLR"), _show(found)


def test_guard_a_participle_after_a_refusal_that_is_no_verbal_act_stays_out(code):
    # "rejected the offer, leaving talks stalled": the participle is no act of accusing
    found = code(
        "Serbia rejected Kosovo's offer of talks on Thursday, leaving the dispute unresolved.",
        PUBLISHED,
    )
    assert not _of(found, "ACCUSE"), _show(found)
