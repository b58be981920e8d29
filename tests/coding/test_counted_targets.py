"""Targets named by a counted group, by the states a group of people comes from, or by the doer
of what set off a show of force. Every text is written for these tests."""

from __future__ import annotations

import pytest

from support import by_type as _by_type
from support import named_countries as _countries


def test_the_three_countries_are_the_three_states_named_together(code):
    """ "accused the three European countries": the three states of the last event, not the EU
    read from the adjective (rule resolve.counted_group)."""
    mentions = code(
        "France, Italy and Spain accused Iran on Monday of hiding uranium. Iran's envoy, Reza "
        "Kamali, accused the three European countries of undermining the talks."
    )
    m = [x for x in mentions if x.event_type == "ACCUSE" and _countries(x.actor) == {"IRN"}][0]
    assert _countries(m.recipient) == {"FRA", "ITA", "ESP"}
    assert "resolve.counted_group" in m.explanation


def test_all_three_capitals_are_the_three_states(code):
    mentions = code(
        "Croatia, Serbia and Bosnia signed a water agreement on Monday. A European Commission "
        "spokesman urged all three capitals to implement it."
    )
    m = _by_type(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"HRV", "SRB", "BIH"}


@pytest.mark.candidates("checks whom a reading below the default threshold is aimed at, if anyone")
def test_a_count_that_fits_no_group_names_nobody(code):
    """Two states named, "the three countries" meant: no guess."""
    mentions = code(
        "Croatia and Serbia signed a water agreement on Monday. A European Commission spokesman "
        "urged the three countries to implement it."
    )
    m = _by_type(mentions, "REQUEST", "urged")
    assert not _countries(m.recipient)


def test_diplomats_from_countries_including_named_states(code):
    """ "expelled diplomats from five countries, including A and B": A and B (rule
    resolve.named_members), not diplomats of no country."""
    mentions = code(
        "Ghana expelled diplomats from five West African countries, including Togo and Benin, "
        "on Monday."
    )
    m = _by_type(mentions, "SANCTION")
    assert _countries(m.recipient) == {"TGO", "BEN"}
    assert "resolve.named_members" in m.explanation


def test_scrambled_jets_after_foreign_bombers_entered(code):
    """ "scrambled jets after X's bombers entered its airspace": the show of force answers X
    (rule recipient.provocation)."""
    mentions = code(
        "Norway scrambled fighter jets on Friday after Russian bombers entered its airspace."
    )
    m = [x for x in mentions if x.event_type == "MOBILIZE" and _countries(x.actor) == {"NOR"}][0]
    assert _countries(m.recipient) == {"RUS"}
    assert "recipient.provocation" in m.explanation


def test_alert_after_missile_launch_targets_the_launcher(code):
    mentions = code("Japan put its forces on alert on Monday after North Korea fired a missile.")
    m = [x for x in mentions if x.event_type == "MOBILIZE" and _countries(x.actor) == {"JPN"}][0]
    assert _countries(m.recipient) == {"PRK"}


def test_after_clause_without_a_doer_adds_no_target(code):
    mentions = code("India deployed troops to the Ladakh region after talks stalled on Monday.")
    m = _by_type(mentions, "MOBILIZE")
    assert "recipient.provocation" not in m.explanation


def test_the_three_governments_named_across_events(code):
    """Three states named in two events: "the three governments" are the last three."""
    mentions = code(
        "Egypt accused Ethiopia on Monday of filling the dam without warning. Sudan backed "
        "Egypt. The United States urged the three governments on Tuesday to reach a deal."
    )
    m = _by_type(mentions, "REQUEST", "urged")
    assert _countries(m.recipient) == {"EGY", "ETH", "SDN"}


def test_a_counted_group_as_subject_is_left_to_the_speaker_rules(code):
    """ "X said the three countries were isolating it and urged them to ...": the parser may
    make the group the subject of 'urged'; it is not resolved as a doer."""
    mentions = code(
        "Chile, Peru and Bolivia signed a rail agreement on Monday. Paraguay's foreign ministry "
        "said the three countries were isolating Paraguay and urged them to reopen the routes."
    )
    for m in mentions:
        if "urged" in m.evidence.trigger:
            assert "resolve.counted_group" not in m.explanation.split("recipient")[0]


def test_an_adjective_narrowed_group_needs_an_exact_group(code):
    """ "the three European countries" with no event of exactly three states: nobody, not the
    last three states named, which need not be European."""
    mentions = code(
        "France accused Iran on Monday of hiding uranium. China defended Iran. Germany backed "
        "France. Russia's envoy accused the three European countries of undermining the talks."
    )
    m = [x for x in mentions if x.event_type == "ACCUSE" and _countries(x.actor) == {"RUS"}][0]
    assert "resolve.counted_group" not in m.explanation
