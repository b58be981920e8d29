"""A measure kept until the other side acts is a threat (branch threats45).

- "the crossing would stay closed until X pays", "the duties will remain in force unless X
  refunds the fees": a measure a side announces it will keep in force until, or unless,
  another named side does what is asked is a threat (trigger.kept_until; PLOVER THREATEN: a
  negative act against a target unless demands are met), made by the speaker, aimed at the
  side the clause waits for (recipient.kept_until_party), made and dated when said.
- The same told in a quotation standing alone is its speaker's threat.

Guards keep near misses as they were: a closure until a storm passes, until "we decide", a
border kept open, a negated "will not stay closed", a commentator's forecast."""

from __future__ import annotations

from support import countries
from support import mentions_of as _typed


def _threats(ms, sentence):
    return [m for m in _typed(ms, "THREATEN") if m.sentence == sentence]


def test_a_crossing_kept_closed_until_the_other_side_pays(code):
    ms = code(
        "Estonia closed a border crossing to Latvian lorries on Monday over unpaid transit "
        "fees. The Estonian transport minister said on Tuesday that the crossing would stay "
        "closed until Latvia pays what it owes.",
        when="2026-11-20",
    )
    found = _threats(ms, 1)
    assert found, [(m.event_type, m.explanation) for m in ms]
    m = found[0]
    assert countries(m.actor) == {"EST"}, m.explanation
    assert countries(m.recipient) == {"LVA"}, m.explanation
    assert m.modality == "asserted", m.explanation
    assert "[trigger.kept_until]" in m.explanation
    assert "[recipient.kept_until_party]" in m.explanation


def test_duties_kept_in_force_unless_the_other_side_refunds(code):
    ms = code(
        "Portugal imposed duties on Moroccan sardines last week. The Portuguese trade "
        "minister said on Wednesday the duties will remain in force unless Morocco refunds "
        "the export subsidies.",
        when="2026-11-20",
    )
    found = _threats(ms, 1)
    assert found, [(m.event_type, m.explanation) for m in ms]
    m = found[0]
    assert countries(m.actor) == {"PRT"}, m.explanation
    assert countries(m.recipient) == {"MAR"}, m.explanation


def test_a_quotation_standing_alone_is_its_speakers_threat(code):
    ms = code(
        "Finland halted timber shipments to Estonia on Monday. The Finnish trade minister "
        "spoke to reporters in Helsinki on Tuesday. "
        '"The depots will stay shut until Estonia settles its account."',
        when="2026-11-20",
    )
    found = _threats(ms, 2)
    assert found, [(m.event_type, m.explanation) for m in ms]
    m = found[0]
    assert countries(m.actor) == {"FIN"}, m.explanation
    assert countries(m.recipient) == {"EST"}, m.explanation


def test_a_pass_closed_until_a_storm_passes_is_no_threat(code):
    ms = code(
        "The Austrian roads agency said the mountain pass would stay closed until the storm passes."
    )
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]


def test_closed_until_we_decide_is_no_threat(code):
    ms = code("The Austrian minister said the schools would remain closed until we decide.")
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]


def test_a_border_kept_open_is_no_threat(code):
    ms = code("The Austrian minister said the border would stay open until Hungary decides.")
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]


def test_a_negated_closure_is_no_threat(code):
    ms = code("The Austrian minister said the border would not stay closed until Hungary decides.")
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]


def test_an_analysts_forecast_is_no_threat(code):
    ms = code(
        "An analyst at a Vienna bank said the border would stay closed until Hungary pays the fees."
    )
    assert not _typed(ms, "THREATEN"), [(m.event_type, m.explanation) for m in ms]


def test_a_capital_where_the_threatener_will_act_is_no_target(code):
    ms = code(
        "Spain suspended the licence of a Portuguese power company on Thursday. On Friday the "
        "Portuguese foreign minister called the decision theft and warned that Portugal would "
        "use all the remedies it had, in Strasbourg if need be.",
        when="2026-11-20",
    )
    found = _threats(ms, 1)
    assert found, [(m.event_type, m.explanation) for m in ms]
    m = found[0]
    assert countries(m.actor) == {"PRT"}, m.explanation
    assert countries(m.recipient) == {"ESP"}, m.explanation
    assert "[recipient.threat_venue]" in m.explanation


def test_a_curfew_threatened_in_a_place_keeps_the_place(code):
    ms = code(
        "The Kenyan interior minister threatened on Monday to impose a curfew in Mombasa.",
        when="2026-11-20",
    )
    found = _typed(ms, "THREATEN")
    assert found, [(m.event_type, m.explanation) for m in ms]
    assert "[recipient.threat_venue]" not in found[0].explanation


def test_a_quotation_waiting_for_its_found_speaker_has_no_doer(code):
    ms = code(
        "Finland halted timber shipments to Estonia on Monday. The Estonian minister said "
        'Estonia was angry. "The depots will stay shut until Estonia settles its account."',
        when="2026-11-20",
    )
    assert not _threats(ms, 2), [(m.event_type, m.explanation) for m in ms]
