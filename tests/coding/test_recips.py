"""Recipients of reactions to a text or measure the story introduced (rule recipient.issued_text)
and to a package of measures (act_nouns.tsv 'package', 'resolution', 'ban'): the reaction is aimed
at whoever issued, adopted or imposed the thing, not at the party told of last nor at the story's
main counterpart. Sentences written for these tests; published on Wednesday 9 April 2025."""

from __future__ import annotations

import pytest

from support import named_countries as _countries

PUBLISHED = "2025-04-09"


def _parties(actors) -> set[str]:
    """Country codes and the first three letters of actor codes (a bloc has a code, no country)."""
    return _countries(actors) | {(a.code or "")[:3] for a in actors if a.code}


def _one(code, text: str, trigger: str):
    (m,) = [e for e in code(text, PUBLISHED) if e.evidence.trigger.startswith(trigger)]
    return m


def test_rejected_statement_goes_to_its_issuer_not_to_a_later_backer(code):
    text = (
        "OSLO, April 9 (Wire) - Norway's foreign ministry issued a statement on Tuesday faulting "
        "Russian trawlers for overfishing cod in the Barents Sea, and Iceland voiced support for "
        "Oslo. Moscow rejected the statement."
    )
    m = _one(code, text, "rejected")
    assert m.event_type == "REJECT"
    assert _countries(m.recipient) == {"NOR"}
    assert "[recipient.issued_text]" in m.explanation


def test_statement_spoken_in_names_its_speakers(code):
    text = (
        "VIENNA, April 9 (Wire) - Austria and Hungary met in Vienna on Tuesday. In a joint "
        "statement, the Austrian chancellor said Serbia had failed to curb smuggling on the "
        "Danube, and Croatia praised the Austrian position. Serbia's interior ministry dismissed "
        "the statement on Wednesday."
    )
    m = _one(code, text, "dismissed")
    assert m.event_type == "REJECT"
    assert "AUT" in _countries(m.recipient)
    assert "HRV" not in _countries(m.recipient)


def test_condemned_package_goes_to_who_adopted_it(code):
    text = (
        "BRUSSELS, April 9 (Wire) - Lithuania closed a border crossing with Belarus on Monday. "
        "On Tuesday the European Union adopted a new package of trade curbs on Minsk over the "
        "detention of opposition figures. Belarus condemned the package as economic warfare."
    )
    m = _one(code, text, "condemned")
    assert m.event_type == "ACCUSE"
    assert "EUR" in _parties(m.recipient)
    assert "LTU" not in _parties(m.recipient)


def test_package_names_the_sanctions_told_before(code):
    text = (
        "BRUSSELS, April 9 (Wire) - The European Union imposed sanctions on four Syrian ministers "
        "on Tuesday over attacks on aid convoys. Damascus condemned the package as interference."
    )
    m = _one(code, text, "condemned")
    assert "EUR" in _parties(m.recipient)


def test_statement_not_issued_names_no_one(code):
    text = (
        "OSLO, April 9 (Wire) - Denmark did not issue a statement on the dispute with Norway "
        "over fishing quotas on Tuesday. Sweden rejected the statement."
    )
    for m in code(text, PUBLISHED):
        assert "[recipient.issued_text]" not in m.explanation


def test_statement_names_the_last_thing_said_not_a_backing_told_since(code):
    # the opening sentence's speaker is read past the dateline ("LISBON - ... said")
    text = (
        "LISBON, April 9 (Wire) - Portugal's defence minister said on Tuesday that allied "
        "warships would use the port of Lisbon for drills, and Spain applauded the plan. "
        "Russia's embassy condemned the statement as provocative."
    )
    m = _one(code, text, "condemned")
    assert m.event_type == "ACCUSE"
    assert _countries(m.recipient) == {"PRT"}


# --- recipient.fighting_counterpart: untargeted fire in a story of two states fighting ----------


def test_untargeted_fire_is_at_the_other_side_of_the_fighting(code):
    text = (
        "BANGKOK, April 9 (Wire) - Cambodian troops shelled a Thai army post in Surin province "
        "on Tuesday, wounding three soldiers. Thailand's navy opened fire near the coast "
        "later that night."
    )
    m = _one(code, text, "opened fire")
    assert m.event_type == "ASSAULT"
    assert _countries(m.recipient) == {"KHM"}
    assert "[recipient.fighting_counterpart]" in m.explanation


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_fire_with_two_foes_or_none_gets_no_assumed_target(code):
    text = (
        "MAPUTO, April 9 (Wire) - Police fired tear gas at opposition marchers in Maputo on "
        "Tuesday. Soldiers opened fire near the stadium later that day."
    )
    m = _one(code, text, "opened fire")
    assert "[recipient.fighting_counterpart]" not in m.explanation
