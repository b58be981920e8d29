"""Forbidden readings of parties and of sought acts (issue #12, branch forbid35): another state's
force told in an aside is not the story's own force, a secretariat's officer is the body's, a
dateline's state named only later is no party of a title met before it, and an act a verb of
seeking or winning is after has not happened. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.support import asserted_of, in_sentence, shown

ASIDE_FORCE = (
    "Bolivian police detained twenty marchers in La Paz on Monday. "
    "Bolivia's government said the march had been illegal and Bolivia's interior ministry "
    "defended the detentions. "
    "The marchers' union said its members would return to the streets on Friday.\n\n"
    "Chile said it was concerned and Chile's foreign minister urged Bolivia to free the "
    "marchers. Argentina called for calm and Argentina's president offered to mediate.\n\n"
    "In 2023 Peruvian police handed two Bolivian activists back at the border.\n\n"
    "The union said the detained marchers had been denied lawyers. "
    "Bolivia's ombudsman asked for their release.\n\n"
    "The national police commander warned that any new march would be broken up."
)


def test_bare_force_word_after_an_aside_is_the_main_states(code):
    found = in_sentence(code(ASIDE_FORCE, "2026-04-14"), "police commander")
    assert found, "no event coded for the commander's warning"
    doers = {a.country for m in found for a in m.actor}
    assert doers == {"BOL"}, shown(found)


def test_force_named_just_before_keeps_its_state(code):
    text = (
        "Bolivia's government protested to Lima on Monday. Bolivia's foreign ministry said "
        "Bolivian traders had been mistreated. Bolivia's president called the treatment "
        "unacceptable.\n\n"
        "Peruvian police detained three Bolivian traders in Puno on Sunday. "
        "Police accused the traders of smuggling fuel."
    )
    found = in_sentence(code(text, "2026-04-14"), "Police accused")
    assert found, "no event coded for the police accusation"
    assert {a.country for m in found for a in m.actor} == {"PER"}, shown(found)


SECRETARIAT = (
    "NAIROBI - Ethiopia and Somalia traded accusations over their border on Tuesday, "
    "Somalia's foreign ministry said.\n\n"
    "Somalia accused Ethiopia of moving troops towards the frontier. Ethiopia denied it.\n\n"
    "The IGAD secretariat offered to mediate between both capitals. "
    "IGAD's press office said the executive secretary phoned both presidents on Monday."
)


def test_bare_secretariat_title_after_a_bloc_is_the_blocs(code):
    found = in_sentence(code(SECRETARIAT, "2026-03-11"), "executive secretary")
    doers = [a for m in found for a in m.actor]
    assert doers, shown(found)
    assert "KEN" not in {a.country for a in doers}, shown(found)
    assert {a.country for a in doers} == {"IGO"}, shown(found)


def test_secretariat_title_of_a_state_body_is_not_a_blocs(code):
    text = (
        "The African Union called for calm in Malawi on Monday. "
        "Malawi's electoral commission said the secretary general of the commission had "
        "accused the opposition of forging results."
    )
    found = [m for m in code(text, "2026-03-11") if m.event_type == "ACCUSE"]
    assert found, "no accusation coded"
    assert {a.country for m in found for a in m.actor} == {"MWI"}, shown(found)


LATER_NAMED = (
    "PRETORIA, June 3 - Mozambique suspended imports of Malawian sugar on Wednesday after "
    "Malawi banned rice exports, Mozambique's trade ministry said.\n\n"
    "Malawi's agriculture ministry denied that the ban was aimed at Mozambique. "
    'Deputy minister Grace Phiri accused Mozambique of "punishing farmers for a drought".\n\n'
    "Rice prices have doubled in Beira since April, and millers said they would seek "
    "supplies from Tanzania and South Africa."
)


def test_title_before_the_datelines_state_is_named_is_not_its(code):
    found = [m for m in code(LATER_NAMED, "2026-06-03") if m.event_type == "ACCUSE"]
    found = in_sentence(found, "Deputy minister")
    assert found, "no accusation coded"
    assert {a.country for m in found for a in m.actor} == {"MWI"}, shown(found)


def test_title_in_a_story_whose_lead_names_the_datelines_state_keeps_it(code):
    text = (
        "PRETORIA, June 3 - South Africa and Mozambique signed a rail accord on Wednesday, "
        "South Africa's transport ministry said.\n\n"
        "Deputy minister Grace Phiri thanked Mozambique for its patience."
    )
    found = in_sentence(code(text, "2026-06-03"), "Deputy minister")
    assert found, "no event coded for the deputy minister"
    assert {a.country for m in found for a in m.actor} == {"ZAF"}, shown(found)


def test_act_a_parliament_wants_secured_is_not_done(code):
    text = (
        "Kenya's parliament called on the government to take every legal step to secure the "
        "withdrawal of Ugandan troops from the island."
    )
    found = code(text, "2026-02-20")
    assert not asserted_of(found, "RETREAT"), shown(found)


def test_withdrawal_sought_is_not_done(code):
    text = "Angola sought the withdrawal of Congolese soldiers from the border town last week."
    found = code(text, "2026-02-20")
    assert not asserted_of(found, "RETREAT"), shown(found)


def test_release_secured_is_done(code):
    text = "Qatar secured the release of two Kenyan engineers held in Somalia on Monday."
    found = code(text, "2026-02-20")
    assert asserted_of(found, "RETREAT"), shown(found)


def test_release_managed_is_done(code):
    text = "Norway managed to secure the release of the Colombian hostages on Sunday."
    found = code(text, "2026-02-20")
    assert asserted_of(found, "RETREAT"), shown(found)


def test_act_in_the_content_of_reports_is_claimed(code):
    text = (
        "Norway is concerned by credible reports that two opposition candidates have been "
        "detained in Belarus in recent weeks."
    )
    found = code(text, "2026-02-20")
    assert not asserted_of(found, "COERCE"), shown(found)


def test_act_in_the_content_of_allegations_is_claimed(code):
    text = (
        "Norway is alarmed by allegations that Belarusian police detained two Lithuanian reporters."
    )
    found = code(text, "2026-02-20")
    assert [m.modality for m in found if m.event_type == "COERCE"] == ["claimed"], shown(found)


def test_act_in_confirmed_reports_stays_asserted(code):
    text = (
        "Belarus's interior ministry confirmed reports that its police detained two Lithuanian "
        "reporters in Minsk."
    )
    found = code(text, "2026-02-20")
    assert asserted_of(found, "COERCE"), shown(found)


def test_crowd_dispersed_with_no_violence_named_is_coercion(code):
    found = code(
        "Police in Lome dispersed the marchers outside parliament on Tuesday.", "2026-02-20"
    )
    assert not [m for m in found if m.event_type == "ASSAULT"], shown(found)
    assert [m.cameo for m in found if m.event_type == "COERCE"] == ["170"], shown(found)


def test_crowd_dispersed_with_tear_gas_is_repression(code):
    found = code(
        "Police in Lome dispersed the marchers with tear gas outside parliament on Tuesday.",
        "2026-02-20",
    )
    assert [m.cameo for m in found if m.event_type == "ASSAULT"] == ["175"], shown(found)


def test_crowd_dispersed_with_tear_gas_named_after_it_is_repression(code):
    found = code(
        "Security forces in Gabon dispersed a crowd of striking teachers with tear gas in "
        "Libreville.",
        "2026-02-20",
    )
    assert [m.cameo for m in found if m.event_type == "ASSAULT"] == ["175"], shown(found)
