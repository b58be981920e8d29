"""Events carry their own date (issues #11/#12, branch dates3), on invented stories published on
Friday 12 May 2023: a relative clause of what is still to come dates that coming act, not the
event above it (date.coming_relative); a headline's present is news of the day the story names
(date.headline_news); a participle of a past verb's scene and the act a past vote took are dated
as past events (date.participle_scene), and a day the parser hung on such a participle is a day
of the story's events, so an undated reaction after a background day keeps the lead's day."""

from __future__ import annotations

from support import mentions_of as _of

PUBLISHED = "2023-05-12"  # a Friday


def _show(found):
    return [(m.event_type, m.modality, m.date, m.date_rules) for m in found]


def test_a_coming_meeting_in_a_relative_clause_does_not_date_the_agreement(code):
    found = code(
        "Peru and Ecuador agreed to send officials to a working group that is due to meet in "
        "Quito next month.",
        PUBLISHED,
    )
    deals = _of(found, "AGREE")
    assert deals and all(m.date == PUBLISHED for m in deals), _show(found)
    assert all(m.modality != "future" for m in deals), _show(found)


def test_a_session_still_to_come_does_not_date_the_agreement(code):
    found = code(
        "Chile and Argentina agreed to create a river commission, which is to convene in August.",
        PUBLISHED,
    )
    deals = _of(found, "AGREE")
    assert deals and all(m.date == PUBLISHED for m in deals), _show(found)


def test_the_agreements_own_day_stays(code):
    found = code(
        "Chile and Argentina agreed on Tuesday to form a river panel that will meet in July.",
        PUBLISHED,
    )
    deals = _of(found, "AGREE")
    assert deals and all(m.date == "2023-05-09" for m in deals), _show(found)


def test_a_reaction_keeps_the_lead_day_after_a_participles_day(code):
    found = code(
        "Kenyan police dispersed traders blocking a market road in Nairobi on Wednesday. The "
        "city council banned street trading on Monday. Human Rights Watch condemned the "
        "crackdown.",
        PUBLISHED,
    )
    blame = _of(found, "ACCUSE")
    assert blame and all(m.date == "2023-05-10" for m in blame), _show(found)


def test_a_headline_act_takes_the_day_the_story_names(code):
    found = code(
        "Ghana recalls envoy from Togo\n\nGhana has recalled its ambassador from Togo over a "
        "border incident.\n\nThe foreign ministry announced the recall on Wednesday.",
        PUBLISHED,
    )
    recalls = _of(found, "SANCTION")
    assert recalls and all(m.date == "2023-05-10" for m in recalls), _show(found)


def test_a_headline_act_with_no_day_in_the_story_is_of_publication(code):
    found = code(
        "Ghana recalls envoy from Togo\n\nGhana recalled its ambassador from Togo over a "
        "border incident.",
        PUBLISHED,
    )
    recalls = _of(found, "SANCTION")
    assert recalls and all(m.date == PUBLISHED for m in recalls), _show(found)


def test_an_accusation_told_as_a_participle_takes_the_story_day(code):
    found = code(
        "Niger closes radio station\n\nNiger's military government shut down a private radio "
        "station, accusing it of inciting unrest.\n\nThe decision was announced on Tuesday.",
        PUBLISHED,
    )
    blame = _of(found, "ACCUSE")
    assert blame and all(m.date == "2023-05-09" for m in blame), _show(found)


def test_the_act_a_vote_took_takes_the_story_day(code):
    found = code(
        "Estonia's parliament voted to suspend aid to Belarus. The motion passed on Tuesday.",
        PUBLISHED,
    )
    cuts = _of(found, "SANCTION")
    assert cuts and all(m.date == "2023-05-09" for m in cuts), _show(found)


def test_a_reaction_keeps_the_lead_day_of_a_purpose_infinitive(code):
    found = code(
        "Riot police fired rubber bullets to scatter striking dockers in Mombasa late on "
        "Wednesday. The port authority sacked forty dockers on Monday.\n\nThe International "
        "Labour Organization condemned the crackdown.",
        PUBLISHED,
    )
    blame = _of(found, "ACCUSE")
    assert blame and all(m.date == "2023-05-10" for m in blame), _show(found)


def test_an_infinitive_of_a_coming_act_names_no_story_day(code):
    found = code(
        "The two ministers agreed to meet in Nairobi on Monday. Kenya condemned the raid.",
        "2023-05-06",
    )
    blame = _of(found, "ACCUSE")
    assert blame and all(m.date == "2023-05-06" for m in blame), _show(found)
