"""Sentence-level coding (coding/sentence.py, recodes.py, frames.py): idioms, joined acts of
a frame, restated events, called-off talks, domestic trips, years that date a happening. Sentences are written for the project."""

from __future__ import annotations

import pytest

from support import countries, top


def test_meeting_a_challenge_is_no_meeting(code):
    ms = code("Rome said the two allies would meet the challenges of the decade together.")
    assert not [m for m in ms if m.event_type in ("CONSULT", "AGREE")]
    # meeting each other is a (promised) meeting
    ms = code("Rome said Italy and France would meet to discuss the challenges of the decade.")
    assert [m for m in ms if m.cameo == "036"]


def test_not_meeting_demands_is_a_refusal_to_yield(code):
    m = top(code("Manila said it would not meet the hijackers' demands."))
    assert m.event_type == "REJECT"


def test_a_released_video_is_no_release_of_people(code):
    ms = code("Footage released by the navy showed the damaged ship.")
    assert not [m for m in ms if m.event_type == "RETREAT"]
    # releasing people is a release
    assert top(code("The navy released the crew of the seized ship.")).event_type == "RETREAT"


def test_embargo_imposed_on_a_country_names_both_sides(code):
    m = top(code("The embargo imposed on Venezuela by the United States hurt exports."))
    assert m.event_type == "SANCTION"
    assert countries(m.actor) == {"USA"} and countries(m.recipient) == {"VEN"}


def test_calling_for_an_end_to_it_asks_the_one_who_imposed_it(code):
    m = top(code("Kuwait called for an end to the blockade imposed on Qatar by Saudi Arabia."))
    assert m.event_type == "REQUEST"
    assert countries(m.recipient) == {"SAU"}


def test_fired_onto_names_the_target(code):
    m = top(code("Syria fired rockets onto the Turkish town of Akcakale on Friday."))
    assert m.event_type == "ASSAULT"
    assert countries(m.recipient) == {"TUR"}


def test_office_name_between_country_and_body(code):
    m = top(code("Japan's Economy Ministry accused Seoul of dumping steel."))
    assert countries(m.actor) == {"JPN"} and countries(m.recipient) == {"KOR"}


def test_service_word_between_nationality_and_role(code):
    m = top(code("Greek coast guard officers detained 30 Turkish fishermen near Lesbos."))
    assert countries(m.actor) == {"GRC"}


def test_a_state_visit_is_no_actor_and_two_days_are_no_pair(code):
    ms = code("Modi began a two-day state visit to Egypt on Saturday.")
    for m in ms:
        assert all(a.text not in ("state", "day") for a in [*m.actor, *m.recipient])
    assert any(countries(m.actor) == {"IND"} for m in ms)


def test_a_year_before_a_happening_dates_it(code):
    ms = code("Turkey still holds the north of the island, which it seized in the 1974 invasion.")
    dated = [m for m in ms if m.date == "1974"]
    assert dated, [(m.event_type, m.date) for m in ms]


def test_such_a_meeting_restates_the_talks(code):
    ms = code(
        "Japan's foreign minister held talks with his Chinese counterpart in Beijing on "
        "Sunday, the first such meeting in three years."
    )
    consult = [m for m in ms if m.event_type == "CONSULT"]
    assert len(consult) == 1
    assert countries(consult[0].recipient) == {"CHN"}


def test_called_off_talks_did_not_happen(code):
    # no meeting that took place; calling talks off is CAMEO 164 (halt negotiations)
    ms = code("Seoul called off a planned round of talks with Pyongyang last month.")
    talks = [m for m in ms if m.event_type == "CONSULT"]
    assert all(m.modality == "negated" for m in talks)
    halted = [m for m in ms if m.cameo == "164"]
    assert halted and countries(halted[0].actor) == {"KOR"}
    assert countries(halted[0].recipient) == {"PRK"}


def test_a_chinese_name_is_shortened_to_the_family_name(code):
    ms = code(
        "Blinken will meet his Chinese counterpart, Wang Yi, on Monday. "
        "Wang urged Washington to stop arming Taiwan.",
        "2024-04-22",
    )
    urged = [m for m in ms if m.event_type == "REQUEST"]
    assert urged and countries(urged[0].actor) == {"CHN"}


@pytest.mark.candidates("checks how the doer of a reading below the default threshold is placed")
def test_a_sentence_opening_on_a_place_places_its_spokesman(code):
    ms = code(
        "HAVANA, May 2 (Wire) -- Cuba thanked its allies. "
        "In Moscow, a foreign ministry spokeswoman condemned the new measures.",
        "2024-05-02",
    )
    condemned = [m for m in ms if m.event_type == "ACCUSE"]
    assert condemned and countries(condemned[0].actor) == {"RUS"}


def test_the_bloc_is_the_body_named_before(code):
    ms = code(
        "European Union ministers met in Brussels on Monday. "
        "Diplomats said the bloc imposed new sanctions on Belarus."
    )
    sanction = [m for m in ms if m.event_type == "SANCTION"]
    assert sanction and countries(sanction[0].actor) == {"EUR"}


def test_the_blocs_officials_belong_to_the_body_named_before(code):
    # "the bloc's leaders", "the alliance's ministers": the body's, not the story's state's
    ms = code(
        "Leaders of the Southern African Development Community met in Lusaka on Saturday. "
        "The bloc's heads of state urged Madagascar to free the detained opposition leader."
    )
    urged = [m for m in ms if m.event_type == "REQUEST"]
    assert urged and countries(urged[0].actor) == {"IGO"}, [m.explanation for m in ms]
    assert "[mention.body_owner]" in urged[0].explanation
    ms = code(
        "NATO met in Brussels on Thursday. "
        "The alliance's defence ministers urged Russia to pull its troops back from the border."
    )
    urged = [m for m in ms if m.event_type == "REQUEST"]
    assert urged and countries(urged[0].actor) == {"IGO"}, [m.explanation for m in ms]


def test_the_two_countries_officials_stay_each_sides(code):
    ms = code(
        "Armenia and Azerbaijan held talks in Geneva. "
        "The two countries' leaders agreed to reopen the border."
    )
    agreed = [m for m in ms if m.event_type == "AGREE"]
    assert agreed and countries(agreed[0].actor) == {"ARM", "AZE"}


def test_its_forces_belong_to_the_state_named_before(code):
    ms = code(
        "NAIROBI, May 2 (Wire) -- Ethiopia's government says its security forces "
        "arrested 40 rebels in Tigray."
    )
    arrest = [m for m in ms if m.event_type == "COERCE"]
    assert arrest and countries(arrest[0].actor) == {"ETH"}


def test_a_blank_line_ends_a_sentence(code):
    ms = code(
        "Seoul says most of the shells fell into the sea\n\n"
        "North Korea fired 200 shells at South Korea overnight, officials said."
    )
    fired = [m for m in ms if m.event_type == "ASSAULT"]
    assert fired and countries(fired[0].actor) == {"PRK"}


def test_a_finite_verb_after_and_keeps_its_own_polarity(code):
    ms = code("Athens said it would not bow to pressure and accused Ankara of provocations.")
    accuse = [m for m in ms if m.event_type == "ACCUSE"]
    assert accuse and accuse[0].modality != "negated"
    ms = code("Israel did not attack or threaten Lebanon.")
    assert ms and all(m.modality == "negated" for m in ms)


def test_a_crowd_at_an_embassy_protests_against_its_country(code):
    m = top(code("Hundreds of students rallied outside the French embassy in Niamey on Sunday."))
    assert m.event_type == "PROTEST"
    assert countries(m.recipient) == {"FRA"} and countries(m.actor) == {"NER"}


def test_two_leaders_joined_by_and_both_act(code):
    m = top(
        code(
            "Chilean President Gabriel Boric and Peruvian President Dina Boluarte held talks "
            "in Lima on Friday.",
            "2023-06-02",
        )
    )
    assert m.event_type == "CONSULT"
    assert countries(m.actor) == {"CHL", "PER"}


def test_a_region_of_a_state_is_no_government(code):
    m = top(code("Attacks by Kachin militants on army posts in Myanmar's Kachin state killed 9."))
    assert m.event_type == "ASSAULT" and countries(m.actor) == {"MMR"}
    assert all(a.sector != "GOV" for a in m.actor)


def test_a_second_asked_act_is_not_coded_as_done(code):
    ms = code("Abbas urged Israel to leave the West Bank and to open the crossings to Gaza.")
    assert [m.event_type for m in ms] == ["REQUEST"], [(m.event_type, m.modality) for m in ms]


def test_a_joined_threatened_act_names_the_target(code):
    m = top(code("Iran threatened to close the strait and attack American ships."))
    assert m.event_type == "THREATEN" and countries(m.recipient) == {"USA"}


def test_two_leaders_met_however_the_first_name_is_split(code):
    ms = code(
        "Tension eased after President Moon Jae-in and Kim Jong Un met at Panmunjom.",
        "2018-05-02",
    )
    met = [m for m in ms if m.event_type == "CONSULT"]
    assert met and countries(met[0].actor) == {"KOR", "PRK"}


def test_welcoming_no_visitor_is_praise(code):
    m = top(code("Lula welcomed what he called a new era in relations with Argentina."))
    assert m.event_type == "SUPPORT"


def test_refusing_to_back_down_is_not_aimed_at_home(code):
    m = top(code("Prime Minister Fumio Kishida said Japan would not back down.", "2023-03-01"))
    assert m.event_type == "REJECT"
    assert "JPN" not in countries(m.recipient)


def test_a_result_hung_on_the_reporting_verb_belongs_to_the_attack(code):
    ms = code(
        "Russia fired missiles at Odesa, Ukrainian officials said, killing at least four people."
    )
    killing = [m for m in ms if "killing" in m.evidence.trigger]
    assert killing and countries(killing[0].actor) == {"RUS"}
    assert countries(killing[0].recipient) == {"UKR"}


def test_days_counted_back_from_publication(code):
    m = top(code("A day earlier, Syrian jets bombed the town of Idlib.", "2024-01-03"))
    assert m.date == "2024-01-02"
    # counted forward from nothing the story names, a past act would land after publication:
    # its day is unknown (date.counted_unanchored), not two days after the story
    m = top(code("Two days later, Turkey expelled the Syrian ambassador.", "2024-01-03"))
    assert m.date is None and "date.counted_unanchored" in m.explanation


def test_handing_over_things_is_no_judicial_cooperation(code):
    ms = code("Beijing said foreign firms were forced to hand over technology.")
    assert not [m for m in ms if m.cameo == "063"]
    m = top(code("Turkey handed over two suspects to Greece on Friday."))
    assert m.cameo == "063" and countries(m.recipient) == {"GRC"}


def test_no_arrests_were_made(code):
    ms = code("Police watched the march but made no arrests.")
    arrests = [m for m in ms if m.event_type == "COERCE"]
    assert arrests and all(m.modality == "negated" for m in arrests)


def test_hosting_games_is_no_visit(code):
    ms = code("Qatar won the right to host the 2022 World Cup.")
    assert not [m for m in ms if m.cameo == "043"]
    m = top(code("Qatar hosted the Saudi crown prince in Doha."))
    assert m.cameo == "043" and countries(m.recipient) == {"SAU"}


def test_a_warning_of_its_own_action_targets_who_must_comply(code):
    m = top(
        code("Seoul warned that South Korea would take further action if Tokyo did not comply.")
    )
    assert m.event_type == "THREATEN"
    assert countries(m.recipient) == {"JPN"}


def test_abusing_people_is_assault_but_abusing_power_is_not(code):
    m = top(code("Guards at the camp abused Eritrean detainees, a rights group said."))
    assert m.event_type == "ASSAULT" and countries(m.recipient) == {"ERI"}
    assert not [m for m in code("The minister abused his power.") if m.event_type == "ASSAULT"]


def test_a_result_participle_spells_out_the_attack(code):
    ms = code(
        "Islamist insurgents attacked an African Union camp in central Somalia late on "
        "Monday with rockets and a truck bomb, killing at least six peacekeepers."
    )
    assert len([m for m in ms if m.event_type == "ASSAULT"]) == 1
    ms = code(
        "Three Chinese coast guard vessels fired water cannon at a Vietnamese trawler "
        "on Friday, injuring four fishermen and damaging its engine."
    )
    assault = [m for m in ms if m.event_type == "ASSAULT"]
    assert len(assault) == 1 and countries(assault[0].recipient) == {"VNM"}


def test_a_participle_of_another_type_is_an_act_of_its_own(code):
    ms = code("Norway expelled two Iranian diplomats on Monday, accusing them of spying.")
    assert {m.event_type for m in ms} >= {"SANCTION", "ACCUSE"}
