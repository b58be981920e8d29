"""More of the ways wire copy reports protest, violence and arrest (issue #11; the held-out probe
is bench/data/type_probe3.tsv): verbs and nouns of arrest and killing the lexicon lacked,
nouns of violence against people with no doer and no casualty word, protests that "swept" a
place, a past tense the parser hangs on the subject noun, and sport, market and procession
senses of 'clash', 'capture', 'release' and 'march'. Every text is written for these tests."""

from __future__ import annotations

import pytest

from support import countries


def _of_type(mentions, plover: str):
    found = [m for m in mentions if m.event_type == plover]
    assert found, f"no {plover} among {[(m.event_type, m.explanation) for m in mentions]}"
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Lahore nabbed two suspected kidnappers on Tuesday.",
        "Authorities in Minsk have incarcerated a Belarusian poet for his verses.",
        "Ugandan police locked up a journalist in Kampala overnight.",
        "A magistrate in Nairobi remanded two Kenyan activists in custody for a week.",
        "Egyptian authorities have held a student without trial since March.",
    ],
)
def test_more_ways_news_reports_an_arrest(code, text):
    assert _of_type(code(text), "COERCE").cameo == "173"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("Militants beheaded a Nigerian farmer in Borno state.", "1823"),
        ("The hijacking of a ferry by armed men off Somalia ended on Friday.", "181"),
        ("The abduction of a Peruvian engineer by armed men in Cusco alarmed the mining firm.",
         "181"),
        ("Attackers sprayed acid on a woman journalist in Lahore.", "182"),
        ("Unidentified men threw a bomb at a mosque in Kano.", "183"),
    ],
)  # fmt: skip
def test_more_verbs_and_nouns_of_violence_against_people(code, text, cameo):
    assert _of_type(code(text), "ASSAULT").cameo == cameo


def test_a_hartal_is_a_general_strike(code):
    m = _of_type(
        code("A hartal called by opposition parties shut markets across Dhaka."), "PROTEST"
    )
    assert m.cameo.startswith("143")


def test_a_shutdown_called_or_enforced_is_a_strike_and_a_government_shutdown_none(code):
    m = _of_type(code("Unions called a nationwide shutdown in Ghana on Monday."), "PROTEST")
    assert m.cameo.startswith("143")
    assert code("The Colombian government shutdown entered its second week.") == []


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("The assassination of a Haitian judge in Port-au-Prince has stunned the country.", "HTI"),
        ("An attempt on the life of a Peruvian judge failed on Monday.", "PER"),
    ],
)
def test_a_noun_of_harm_to_people_needs_no_casualty_word(code, text, iso):
    m = _of_type(code(text), "ASSAULT")
    assert m.unattributed and m.actor == []
    assert "[actor.unattributed_harm]" in m.explanation
    assert countries(m.recipient) == {iso}


def test_a_noun_of_a_threat_or_a_demand_without_casualties_is_still_no_event(code):
    assert "ASSAULT" not in {
        m.event_type for m in code("An attack on the Kenyan shilling sent it lower.")
    }


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Demonstrations against the tax rise swept Ghana's main cities on Saturday.", "GHA"),
        ("Angry rallies rocked the Chilean capital for a second day.", "CHL"),
        ("Protests engulfed the Armenian capital on Sunday.", "ARM"),
    ],
)
def test_protests_that_swept_a_place_happened_there(code, text, iso):
    m = _of_type(code(text), "PROTEST")
    assert m.unattributed
    assert countries(m.recipient) == {iso}


def test_a_past_tense_hung_on_the_subject_noun_is_the_main_verb(code):
    # the small model reads "sprayed" as a participle of "men" in a sentence with no verb: the
    # parse repair of opening subjects (opening_subjects.py) or, failing it, the coder's rule
    # actor.misparsed_subject keeps the men as the doer
    m = _of_type(code("Masked men sprayed acid on a Pakistani teacher in Quetta."), "ASSAULT")
    assert [a.text for a in m.actor] == ["men"], m.explanation


@pytest.mark.parametrize(
    "text",
    [
        "Morocco and Egypt clashed in the final of the African Cup in Rabat.",
        "Thousands of Catholic pilgrims marched in a procession through Krakow.",
        "A Korean firm has captured 40 percent of Vietnam's market for phones.",
        "A new single released by a Nigerian label topped the charts.",
    ],
)
def test_sides_in_a_final_pilgrims_market_shares_and_songs_are_no_events(code, text):
    assert code(text) == []


@pytest.mark.parametrize(
    ("text", "plover"),
    [
        ("Protesters clashed with police in the Kenyan capital.", "PROTEST"),
        ("Thousands marched through Caracas to demand new elections.", "PROTEST"),
        ("Troops clashed with rebels in the Colombian province of Cauca.", "ASSAULT"),
    ],
)
def test_clashes_and_marches_of_unrest_are_still_events(code, text, plover):
    _of_type(code(text), plover)
