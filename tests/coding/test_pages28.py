"""Wrong parties and modalities from the page shapes of the pages26 development set, as general
classes (branch p26fix): a body's seat is not its state (mention.seat_clause), a far "the court"
of an international body (mention.international_reference), a spokesperson titled by a body's
name (mention.named_body_speaker), a claimant's "would" as a plan (modality.claimant_plan),
"defend every inch of the land" as a warning (senses.tsv defend, recode.sense). The
sentences are the tests' own."""

from __future__ import annotations

from support import party_countries as _countries


def test_seat_clause_gives_the_body_no_state(code):
    text = (
        "The East African Court of Justice, which sits in Arusha, ruled against Uganda on "
        "Monday over the closure of four newspapers."
    )
    found = [m for m in code(text) if m.event_type == "ACCUSE"]
    assert found
    assert all("TZA" not in _countries(m) for m in found)


def test_seat_clause_based_in_names_no_party(code):
    text = (
        "A fisheries commission based in Nairobi on Thursday accused Somalia of licensing "
        "foreign trawlers illegally."
    )
    assert all("KEN" not in _countries(m) for m in code(text))


def test_far_reference_to_an_international_court(code):
    text = (
        "The Court of Justice of the East African Community ruled on Monday that Uganda had "
        "violated press freedom when it closed four newspapers.\n\n"
        "The ruling came after a two-year case.\n\n"
        "Uganda's information minister rejected the ruling.\n\n"
        "He said the closures were lawful.\n\n"
        "Rights groups welcomed the decision.\n\n"
        "The newspapers have been shut since March.\n\n"
        "Their owners say they lost millions.\n\n"
        "Several journalists left the country.\n\n"
        "Others were arrested and later freed.\n\n"
        "The government denies targeting the press.\n\n"
        "Critics say the closures were political.\n\n"
        "It is the third time the court has ruled against Uganda over press freedom."
    )
    last = [m for m in code(text) if "third time" in m.evidence.sentence_text]
    assert last
    assert [a.country for a in last[0].actor] == ["IGO"]


def test_spokesperson_titled_by_a_body_speaks_for_it(code):
    text = (
        "Poland will ask the European Commission to review the grain rules, its farm minister "
        "said on Monday.\n\n"
        "Hungary's foreign minister said on Tuesday that Budapest would not accept the new "
        "quotas.\n\n"
        "A Commission spokesperson said it was in contact with both capitals and urged them to "
        "find a solution quickly."
    )
    urged = [m for m in code(text) if m.evidence.trigger.startswith("urged")]
    assert urged
    assert [a.country for a in urged[0].actor] == ["EUR"]


def test_claimant_saying_they_would_act_is_a_plan(code):
    text = (
        "Lawyers for the detained reporters said on Wednesday they would ask the African Union "
        "to press Ethiopia to free them."
    )
    asks = [m for m in code(text) if m.evidence.trigger == "ask"]
    assert asks
    assert asks[0].modality == "future"


def test_defending_every_inch_of_territory_is_a_warning_not_support(code):
    text = (
        "Ethiopia's army chief said on Monday that the military will defend every inch of the "
        "border with Eritrea at any cost."
    )
    found = [m for m in code(text) if m.evidence.trigger.startswith("defend")]
    assert found
    assert {m.event_type for m in found} == {"THREATEN"}
    assert not any(m.event_type in ("SUPPORT", "AGREE") for m in code(text))
