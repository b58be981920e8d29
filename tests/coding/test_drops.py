"""Events the coder read and then dropped by a filter (issues #11/#12, branch drops), on invented
text: a seizure told in a past passive relative clause with its doer after "by" under a demand
to free what was seized is that doer's act (filter.frame_content narrowed, recipient.captor,
recipient.release_demander); an attack told as done that a complaint aimed at one state is
about is that state's act (actor.complained_of); expecting a named party to free someone or to
return something is a demand, not a forecast (triggers.tsv expect row); a noun event's doer is
the subject of a past relative clause of doing on it (actor.relative_doer)."""

from __future__ import annotations

from support import mentions_of as _of

PUBLISHED = "2023-05-12"  # a Friday


def _show(found):
    return [
        (m.event_type, m.cameo, [a.country for a in m.actor], [a.country for a in m.recipient])
        for m in found
    ]


def _by(found, plover, actor, recipient=None):
    return [
        m
        for m in _of(found, plover)
        if actor in {a.country for a in m.actor}
        and (recipient is None or recipient in {a.country for a in m.recipient})
    ]


def test_a_seizure_in_a_passive_relative_clause_is_coded(code):
    found = code(
        "Senegal demanded on Wednesday the return of a cargo ship that was seized by the "
        "Guinean navy off the coast.",
        PUBLISHED,
    )
    assert _by(found, "COERCE", "GIN", "SEN"), _show(found)
    assert _by(found, "REQUEST", "SEN", "GIN"), _show(found)


def test_an_impounding_in_a_passive_relative_clause_is_coded(code):
    found = code(
        "Kenya demanded the release of two lorries that were impounded by Ugandan customs "
        "officers last week.",
        PUBLISHED,
    )
    assert _by(found, "COERCE", "UGA", "KEN"), _show(found)


def test_a_seizure_that_could_come_stays_the_demands_content(code):
    found = code(
        "Senegal urged Guinea not to hold ships that could be seized by its navy.",
        PUBLISHED,
    )
    assert not _of(found, "COERCE"), _show(found)


def test_an_attack_a_complaint_is_about_is_the_targets(code):
    found = code(
        "Cambodia protested to Thailand over a mortar attack that wounded two border guards.",
        PUBLISHED,
    )
    assert _by(found, "ASSAULT", "THA"), _show(found)


def test_a_seizure_a_complaint_is_about_is_the_targets(code):
    found = code(
        "Peru summoned Chile's charge d'affaires over a naval patrol that seized a Peruvian "
        "fishing boat.",
        PUBLISHED,
    )
    assert _by(found, "COERCE", "CHL", "PER"), _show(found)


def test_a_complaint_lodged_with_a_body_names_no_doer(code):
    found = code(
        "Cambodia lodged a complaint with the United Nations over a mortar attack that "
        "wounded two border guards.",
        PUBLISHED,
    )
    assert not [m for m in _of(found, "ASSAULT") if "UNO" in {a.country for a in m.actor}], _show(
        found
    )


def test_expecting_a_partys_release_of_people_is_a_demand(code):
    found = code(
        "Sweden said it expects Iran to free the two Swedish aid workers without delay.",
        PUBLISHED,
    )
    assert _by(found, "REQUEST", "SWE", "IRN"), _show(found)


def test_a_forecast_stays_no_demand(code):
    found = code(
        "Bankers expect Egypt to release the next loan tranche in June.",
        PUBLISHED,
    )
    assert not _of(found, "REQUEST"), _show(found)


def test_a_relative_clause_of_doing_names_the_noun_events_doer(code):
    found = code(
        "Kuwait condemned the bombardment that Iraqi artillery carried out on its border outposts.",
        PUBLISHED,
    )
    assert _by(found, "ASSAULT", "IRQ"), _show(found)


def test_an_imposed_measure_is_the_imposers(code):
    found = code(
        "Armenia denounced the blockade that Azerbaijan imposed on the mountain road.",
        PUBLISHED,
    )
    assert [m for m in found if "AZE" in {a.country for a in m.actor}], _show(found)


def test_a_raid_that_may_come_names_no_doer(code):
    found = code(
        "Kuwait warned against a bombardment that Iraqi artillery may carry out.",
        PUBLISHED,
    )
    assert not _by(found, "ASSAULT", "IRQ"), _show(found)


def test_the_victims_of_a_condemned_attack_are_not_its_doers(code):
    found = code(
        "The African Union condemned the ambush on Malian soldiers near the border.",
        PUBLISHED,
    )
    assert not _by(found, "ASSAULT", "MLI"), _show(found)
