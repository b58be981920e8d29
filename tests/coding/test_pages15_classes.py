"""General errors bench/stories/pages15 showed, on invented sentences: the day on a verb of
saying the parser tags as a participle dates the saying; the place fire came from is not its
target; an event noun that names a text's kind is no act; "no X" as the subject of joined
verbs negates both; "the Fund's negotiators" are the Fund's; a past perfect attributed
"according to" a source is reported speech; a stance on a thing judged before is aimed where
that judgment was."""

from __future__ import annotations

from support import countries as _countries


def test_the_day_of_an_announcement_dates_what_it_announced(code):
    # published Friday 12 May 2023: "on Thursday" is the day before, not the coming Thursday
    found = code(
        "Kenya's envoy in Lusaka announced on Thursday that Nairobi would fund 30 road "
        "engineers for Zambia."
    )
    aid = [m for m in found if _countries(m.actor) == {"KEN"}]
    assert aid and all(m.date == "2023-05-11" for m in aid), [(m.event_type, m.date) for m in aid]


def test_the_side_fire_came_from_is_not_its_target(code):
    found = code(
        "A Ghanaian customs officer was wounded by gunmen firing from the Togolese side of "
        "the border on Friday."
    )
    assert found
    assert all("TGO" not in _countries(m.recipient) for m in found), [
        (m.event_type, [p.code for p in m.actor], [p.code for p in m.recipient]) for m in found
    ]


def test_an_event_noun_naming_a_texts_kind_is_no_act(code):
    found = code("Samoa has told Japan it will not renew a police cooperation agreement.")
    assert not [m for m in found if m.event_type == "COOPERATE" and m.modality == "asserted"]


def test_no_doer_as_the_subject_of_joined_verbs_negates_both(code):
    found = code("No Japanese sailor has ever carried a gun or made an arrest in Samoa.")
    assert not [m for m in found if m.event_type == "COERCE" and m.modality == "asserted"]


def test_the_funds_negotiators_are_the_funds(code):
    found = code(
        "The International Monetary Fund ended talks with Malawi on Friday. The Fund's "
        "negotiators asked Malawi to cut fuel subsidies."
    )
    asks = [m for m in found if m.event_type == "REQUEST"]
    assert asks and all(_countries(m.actor) == {"IGO"} for m in asks), [
        [p.code for p in m.actor] for m in asks
    ]


def test_a_past_perfect_told_according_to_a_source_is_reported(code):
    found = code(
        "Malawi's finance minister met a team from the International Monetary Fund in Lilongwe "
        "on Wednesday. The Fund had asked Malawi to cut fuel subsidies, according to two "
        "officials at the meeting."
    )
    asks = [m for m in found if m.event_type == "REQUEST"]
    assert asks and all(m.date is not None for m in asks), [(m.date, m.explanation) for m in asks]


def test_a_stance_on_a_thing_judged_before_is_aimed_at_its_maker(code):
    found = code(
        "Samoa has told Japan it will not extend a fisheries agreement, the fisheries minister "
        "told a committee on Tuesday. The Japanese embassy in Apia said it regretted the "
        "decision. New Zealand welcomed the decision."
    )
    praise = [m for m in found if m.event_type == "SUPPORT" and _countries(m.actor) == {"NZL"}]
    assert praise and all(_countries(m.recipient) == {"WSM"} for m in praise), [
        [p.code for p in m.recipient] for m in praise
    ]


def test_a_joined_verb_of_the_other_voice_keeps_its_own_doer(code):
    # "no heavy weapons" is the subject of the passive only: the accusation is made
    found = code(
        "Uzbekistan's border service said on Wednesday that no heavy weapons had been moved "
        "and accused the Kyrgyz side of firing at its guards."
    )
    accusations = [m for m in found if m.event_type == "ACCUSE"]
    assert accusations and all(m.modality == "asserted" for m in accusations), [
        (m.modality, m.explanation) for m in accusations
    ]
