"""Wording families of unrest news that bench/data/unrest_snippets4.tsv and unrest_snippets5.tsv
measure: a capitalised event or weapon noun opening a sentence, detentions told as nouns of
named people, curfews with no one named imposing them, bombs and shells as the subjects of
verbs of impact, protest idioms (withdrawing labour, massing or camping outside the seat of an
authority) and abductions ("carried off", "waylaid"), with look-alikes that stay as they were.
Every text is written for these tests."""

from __future__ import annotations

import pytest

from communique.parsing import headline_case, load_pipeline


def _of_type(mentions, plover: str):
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} among {[(m.event_type, m.explanation) for m in mentions]}"
    return found[0]


def _unrest(mentions) -> list:
    return [m for m in mentions if m.event_type in ("PROTEST", "ASSAULT", "COERCE")]


@pytest.mark.parametrize(
    ("text", "lemma"),
    [
        ("Rockets landed near the airport of Herat overnight.", "rocket"),
        ("Curfew remains in force in the old town of Multan.", "curfew"),
    ],
)
def test_a_sentence_opening_event_noun_is_a_common_noun(text, lemma):
    nlp = load_pipeline(fast=False)
    tok = nlp(headline_case(nlp)(text))[0]
    assert (tok.pos_, tok.lemma_) == ("NOUN", lemma)


def test_guard_a_sentence_opening_name_stays_a_name():
    nlp = load_pipeline(fast=False)
    tok = nlp(headline_case(nlp)("Reuters reported the vote in Lima."))[0]
    assert tok.pos_ == "PROPN"


@pytest.mark.parametrize(
    "text",
    [
        "The detention of the cartoonist Ilan Ferreira in Luanda has lasted six weeks.",
        "The arrests of four student organisers in Lusaka came on the eve of the march.",
        "The imprisonment of the lawyer Dina Kovacs in Minsk has drawn protests abroad.",
    ],
)
def test_a_detention_noun_naming_the_people_held_is_coercion(code, text):
    m = _of_type(code(text), "COERCE")
    assert m.unattributed


def test_guard_no_arrests_of_anyone_is_no_detention(code):
    assert not _unrest(code("There were no arrests of fans at the derby in Leeds."))


@pytest.mark.parametrize(
    "text",
    [
        "Curfew was imposed on the Ugandan town of Kasese after the looting.",
        "A night curfew was in force in the Nigerian city of Jos on Sunday.",
    ],
)
def test_a_curfew_with_no_one_named_is_imposed_by_the_place(code, text):
    m = _of_type(code(text), "COERCE")
    assert m.unattributed


def test_guard_a_curfew_told_as_none_is_no_event(code):
    mentions = code("The governor said there was no curfew in Jos and shops were open.")
    assert all(m.modality == "negated" for m in _unrest(mentions))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("A roadside bomb hit a police pickup in Kandahar on Monday.", "183"),
        ("An explosive device struck a minibus in Borno state, Nigeria.", "183"),
        ("A blast ripped through a crowded market in Peshawar, Pakistan.", "183"),
        ("An explosion tore through a bus depot in Quetta, Pakistan.", "183"),
        ("Two mortar shells hit a school in Aleppo, Syria, on Tuesday.", "190"),
        ("Syrian rockets slammed into a hillside village in Lebanon.", "190"),
    ],
)
def test_bombs_and_shells_as_subjects_of_impact_are_attacks(code, text, cameo):
    m = _of_type(code(text), "ASSAULT")
    assert m.cameo == cameo


@pytest.mark.parametrize(
    "text",
    [
        "The storm tore through the coastal town of Beira, Mozambique.",
        "A delivery van slammed into a lamp post in Leeds.",
        "The senator slammed the budget plan in Canberra.",
    ],
)
def test_guard_storms_crashes_and_criticism_are_no_attack(code, text):
    assert not [m for m in code(text) if m.event_type == "ASSAULT"]


@pytest.mark.parametrize(
    "text",
    [
        "Bus drivers in Accra, Ghana, withdrew their labour over unpaid allowances.",
        "Nurses in Harare, Zimbabwe, withdrew their services in a row over pay.",
    ],
)
def test_withdrawing_labour_is_a_strike(code, text):
    assert _of_type(code(text), "PROTEST").cameo == "143"


def test_guard_withdrawing_troops_is_no_strike(code):
    mentions = code("Ghana withdrew its troops from the mission in Mali.")
    assert not [m for m in mentions if m.event_type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Farmers massed outside the parliament in Nairobi, Kenya, on Thursday.",
        "Unpaid pensioners camped outside the labour ministry in Asuncion, Paraguay.",
    ],
)
def test_massing_or_camping_outside_an_authority_is_a_demonstration(code, text):
    assert _of_type(code(text), "PROTEST").cameo == "141"


def test_guard_camping_outside_a_village_is_no_protest(code):
    assert not _unrest(code("Hikers camped outside the village of Zermatt in Switzerland."))


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Gunmen carried off twelve farmers from a village in Zamfara, Nigeria.", "181"),
        ("A patrol was waylaid by militants near Tillaberi, Niger.", "190"),
    ],
)
def test_carrying_off_people_and_waylaying_are_violence(code, text, cameo):
    assert _of_type(code(text), "ASSAULT").cameo == cameo


def test_guard_carrying_off_a_trophy_is_no_abduction(code):
    assert not _unrest(code("The Kenyan team carried off the trophy in Nairobi."))


@pytest.mark.parametrize(
    "text",
    [
        "Pensioners turned out in their hundreds in Sofia, Bulgaria, to protest against the cuts.",
        "Taxi drivers left their cars across the avenue in Lima, Peru, to protest against fines.",
    ],
)
def test_a_crowd_whose_aim_is_to_protest_demonstrates(code, text):
    assert _of_type(code(text), "PROTEST").cameo == "141"


def test_guard_an_envoy_summoned_to_protest_is_no_demonstration(code):
    mentions = code("Chile summoned the Bolivian envoy to protest against the border closure.")
    assert not [m for m in mentions if m.event_type == "PROTEST"]


@pytest.mark.parametrize(
    "text",
    [
        "Tear gas drifted across the main square of Tirana, Albania, on Saturday night.",
        "Water cannon were used on students outside the parliament of Georgia in Tbilisi.",
        "Marchers in Conakry, Guinea, were driven back with tear gas.",
    ],
)
def test_tear_gas_and_water_cannon_with_no_one_named_are_repression(code, text):
    m = _of_type(code(text), "ASSAULT")
    assert m.cameo == "175" and m.unattributed


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of marchers were bundled into police vans in Baku, Azerbaijan.",
        "Six bloggers were hauled before a court in Hanoi, Vietnam, on Friday.",
        "Two union leaders were picked up by police in Lusaka, Zambia.",
        "Police picked up the opposition spokesman at his home in Harare, Zimbabwe.",
    ],
)
def test_arrests_told_with_bundled_hauled_picked_up(code, text):
    assert _of_type(code(text), "COERCE").cameo == "173"


def test_guard_picking_up_an_award_is_no_arrest(code):
    assert not _unrest(code("The singer picked up the award in London on Sunday."))


def test_burned_alive_is_a_killing_not_a_riot(code):
    m = _of_type(code("A mob burned alive a man accused of theft in Kisumu, Kenya."), "ASSAULT")
    assert m.cameo == "1823"


def test_a_crowd_laying_siege_is_an_obstruction(code):
    mentions = code("Farmers laid siege to the parliament in Ottawa, Canada, with their tractors.")
    assert _of_type(mentions, "PROTEST").cameo == "144"


@pytest.mark.parametrize(
    "text",
    [
        "The dawn raids in Sfax, Tunisia, led to eleven arrests.",
        "Mass arrests followed the vigil in Grodno, Belarus, on Sunday.",
    ],
)
def test_arrests_counted_by_a_number_or_told_as_mass(code, text):
    m = _of_type(code(text), "COERCE")
    assert m.unattributed


def test_guard_no_arrests_is_no_count(code):
    assert not _unrest(code("There were no arrests at the concert in Grodno, Belarus."))


def test_guard_a_crackdown_as_subject_is_no_means_used(code):
    mentions = code("A crackdown on the press saw three radio stations closed in Kyrgyzstan.")
    assert not [m for m in mentions if m.event_type == "ASSAULT" and m.unattributed]


def test_a_state_of_emergency_declared_in_a_region_stays_coded(code):
    mentions = code("A state of emergency was declared in the Tigray region after the fighting.")
    assert _of_type(mentions, "COERCE").cameo == "1724"


def test_guard_a_curfew_eased_is_no_curfew_imposed(code):
    mentions = code("The governor on Monday shortened the night curfew in force in Jos, Nigeria.")
    assert not [m for m in mentions if m.event_type == "COERCE" and m.unattributed]
