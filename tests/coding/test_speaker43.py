"""Offices and titles that name whose they are (branch speaker43; issues #11/#12).

- An office or title with no state of its own whose own phrase names its owner, a party that
  is no state organ ("*the insurgents'* spokesman", "a spokesman *for the separatists*",
  "*the consortium's* spokeswoman"), is that party's: its sector, and its country where the
  party has one; never the state the story names most or the state of the sentence before's
  speaker (rule mention.party_office).
- An unplaced organ of a state that owns the doer by a possessive ("*the ministry's*
  spokesperson accused Moscow") is not guessed to be the state its doer's clause acts on, as
  the doer itself is not (rule mention.guess_not_target).

- "chairperson" is a title as "chairman" is (data/actors/roles.tsv): "its commission
  chairperson" of a body is the body's official.

Guards: a dateline city with an unnamed official, a state organ's spokesman, a company title,
a union's spokeswoman, an office of a third state in the same paragraph, a foreign reporter
quoting an official.
"""

from __future__ import annotations


def _show(found):
    return [
        (m.event_type, m.evidence.trigger, [p.code for p in m.actor], [p.code for p in m.recipient])
        for m in found
    ]  # fmt: skip


def _by_trigger(found, word):
    return [m for m in found if word in m.evidence.trigger]


# -- mention.party_office ------------------------------------------------------------------


def test_the_insurgents_spokesman_speaks_for_the_insurgents(code):
    text = (
        "Chad's army said on Tuesday it had pushed the insurgents out of two towns near the "
        "border.\n\nThe insurgents' spokesman rejected the claim and accused the army of bombing "
        "markets."
    )
    found = code(text, "2025-06-10")
    hits = _by_trigger(found, "rejected")
    assert hits, _show(found)
    assert [p.code for p in hits[0].actor] == ["TCDREB"], _show(found)
    assert "[mention.party_office]" in hits[0].explanation


def test_a_spokesman_for_the_separatists_is_not_the_governments(code):
    text = (
        "Cameroon's defence ministry said troops had killed nine fighters in the northwest.\n\n"
        "A spokesman for the separatists rejected the figure as invented."
    )
    found = code(text, "2025-06-10")
    hits = _by_trigger(found, "rejected")
    assert hits, _show(found)
    assert [p.code for p in hits[0].actor] == ["CMRREB"], _show(found)


def test_the_consortiums_spokeswoman_is_no_government_official(code):
    text = (
        "Ghana's finance minister said the state would cancel the port contract.\n\n"
        "The consortium's spokeswoman rejected the decision and threatened to sue the government."
    )
    found = code(text, "2025-06-10")
    doers = [p for m in found for p in m.actor if p.text and "spokeswoman" in p.text]
    assert doers, _show(found)
    assert all(p.sector == "BUS" and p.country != "GHA" for p in doers), _show(found)


# -- mention.guess_not_target (an owner of the doer) -----------------------------------------


def test_the_ministrys_spokesperson_is_not_of_the_state_it_accuses(code):
    text = (
        "Norway criticised Russia's new fishing quotas on Monday.\n\n"
        "The foreign ministry's spokesperson accused Moscow of breaking the treaty."
    )
    found = code(text, "2025-06-10")
    hits = _by_trigger(found, "accused")
    assert hits, _show(found)
    assert [p.code for p in hits[0].actor] == ["NORGOV"], _show(found)
    assert [p.code for p in hits[0].recipient] == ["RUSGOV"], _show(found)


# -- roles.tsv: chairperson ---------------------------------------------------------------------


def test_a_bodys_chairperson_is_its_official(code):
    text = (
        "Protests spread in Madagascar after the disputed vote, and France urged calm.\n\n"
        "The African Union said its commission chairperson had spoken by phone with the "
        "Malagasy president."
    )
    found = code(text, "2025-06-10")
    hits = _by_trigger(found, "spoken")
    assert hits, _show(found)
    assert [p.country for p in hits[0].actor] == ["IGO"], _show(found)
    assert [p.country for p in hits[0].recipient] == ["MDG"], _show(found)


# -- guards --------------------------------------------------------------------------------


def test_dateline_city_official_keeps_the_dateline_state(code):
    text = "ACCRA, June 9 - A senior official on Monday rejected the arbitration court's ruling on the oil block."
    found = code(text, "2025-06-10")
    hits = _by_trigger(found, "rejected")
    assert hits, _show(found)
    assert [p.code for p in hits[0].actor] == ["GHAGOV"], _show(found)


def test_a_state_armys_spokesman_stays_the_states(code):
    text = (
        "Mali's army said it had killed twenty militants near Gao.\n\n"
        "The army's spokesman accused the militants of planting mines on the main road."
    )
    found = code(text, "2025-06-10")
    hits = _by_trigger(found, "accused")
    assert hits, _show(found)
    assert [p.country for p in hits[0].actor] == ["MLI"], _show(found)
    assert hits[0].actor[0].sector not in ("REB", "BUS"), _show(found)


def test_a_company_title_keeps_its_reading(code):
    text = (
        "Tunisia signed a gas deal with Italy on Monday.\n\n"
        "The firm's chief executive welcomed the agreement."
    )
    found = code(text, "2025-06-10")
    hits = _by_trigger(found, "welcomed")
    assert hits, _show(found)
    assert [p.code for p in hits[0].actor] == ["TUNBUS"], _show(found)


def test_a_unions_spokeswoman_keeps_its_reading(code):
    text = (
        "Nigeria's labour minister offered the unions a pay rise on Monday.\n\n"
        "A spokeswoman for the union rejected the offer as too small."
    )
    found = code(text, "2025-06-10")
    hits = _by_trigger(found, "rejected")
    assert hits, _show(found)
    assert [p.code for p in hits[0].actor] == ["NGALAB"], _show(found)


def test_an_official_of_a_third_state_in_the_paragraph(code):
    text = (
        "Peru's foreign minister visited Bolivia on Monday.\n\n"
        "A Bolivian official criticised the visit. The minister criticised Chile's new tariffs."
    )
    found = code(text, "2025-06-10")
    official = [m for m in found if any(p.country == "BOL" for p in m.actor)]
    assert official, _show(found)
    minister = [m for m in found if "tariffs" in m.evidence.sentence_text]
    assert minister, _show(found)
    assert [p.code for p in minister[0].actor] == ["PERGOV"], _show(found)


def test_a_foreign_reporter_quoting_an_official(code):
    text = "A French reporter quoted a senior Malian official as saying that Mali would expel the envoy."
    found = code(text, "2025-06-10")
    assert not any(p.country == "FRA" for m in found for p in m.actor), _show(found)
