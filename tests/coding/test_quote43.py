"""Who says a quotation, and whose "we" it is (branch quote43).

- A quotation that runs over several sentences of a paragraph is still quoted after its first
  sentence: a later sentence's "we" is the speaker's (resolve.running_quotation).
- A quotation in a sentence of its own whose speaker the sentence beside it names with no verb
  of saying: the subject of a sentence ending with a colon, of a verb of speaking ("spoke",
  "addressed", "posted"), or the owner of a speech noun ("X's remarks came ...")
  (resolve.quotation_attribution).
- A verb of saying inside a quotation is a party the speaker quotes: never the speaker, and
  the first person of the words it governs is that party's.

Guards: a quoted third party's "we", history told in a quotation, a hypothetical, a slogan on
a banner, an ordinary closing attribution. Sentences written for these tests."""

from __future__ import annotations

import pytest

from support import countries
from support import mentions_of as _typed


def _by(ms, plover, country):
    return [m for m in _typed(ms, plover) if country in countries(m.actor)]


def _why(ms):
    return [(m.event_type, m.evidence.trigger, m.explanation) for m in ms]


def test_a_quotation_running_on_is_the_speakers(code):
    ms = code(
        "Chile's foreign minister announced the collapse of the fishing talks on Monday. "
        '"Bolivia has turned down every offer. We will impose tariffs on Bolivian lithium."'
    )
    found = _by(ms, "THREATEN", "CHL")
    assert found, _why(ms)
    assert "[resolve.running_quotation]" in found[0].explanation
    assert countries(found[0].recipient) == {"BOL"}


def test_a_colon_names_the_speaker_with_no_verb_of_saying(code):
    ms = code(
        "Chile's finance minister was blunt on Monday:\n\n"
        '"We will impose tariffs on Bolivian lithium."'
    )
    found = _by(ms, "THREATEN", "CHL")
    assert found, _why(ms)
    assert "[resolve.quotation_attribution]" in found[0].explanation


def test_a_verb_of_speaking_before_the_quotation_names_its_speaker(code):
    ms = code(
        "Chile's president addressed parliament on Tuesday. "
        '"We will expel the Bolivian ambassador if the shelling goes on."'
    )
    found = _by(ms, "THREATEN", "CHL")
    assert found, _why(ms)
    assert countries(found[0].recipient) == {"BOL"}


def test_a_verb_of_speaking_after_the_quotation_names_its_speaker(code):
    ms = code(
        "The border dispute between Chile and Bolivia deepened this week. "
        '"We will recall our ambassador from La Paz." '
        "The Chilean president spoke to reporters in Santiago on Tuesday."
    )
    found = _by(ms, "THREATEN", "CHL")
    assert found, _why(ms)


def test_the_owner_of_the_remarks_says_the_quotation(code):
    ms = code(
        "The border dispute between Chile and Bolivia deepened this week. "
        '"We will recall our ambassador from La Paz." '
        "The Chilean president's remarks came a day after the collapse of the talks."
    )
    found = _by(ms, "THREATEN", "CHL")
    assert found, _why(ms)


# guards


@pytest.mark.candidates("the refusal is weak; its doer is what is checked")
def test_a_quoted_partys_we_is_not_the_speaker_and_its_verb_is_no_attribution(code):
    ms = code(
        "Chile's president spoke in parliament on Monday. "
        '"Bolivia told us: we will cut off your gas. We did not accept that."'
    )
    assert not _by(ms, "REJECT", "BOL"), _why(ms)
    assert not _by(ms, "THREATEN", "CHL"), _why(ms)


def test_history_in_a_quotation_stays_history(code):
    ms = code(
        "Chile's president spoke in parliament on Monday. "
        '"In 1990 we signed a border treaty with Bolivia, and we kept it."'
    )
    for m in _by(ms, "SUPPORT", "CHL") + _by(ms, "AGREE", "CHL"):
        assert m.modality == "historical", _why(ms)
        assert (m.date or "").startswith("1990"), _why(ms)


def test_a_hypothetical_in_a_quotation_is_no_act_done(code):
    ms = code(
        "Chile's president spoke in parliament on Monday. "
        '"If Bolivia attacked us, we would respond with force."'
    )
    for m in _by(ms, "ASSAULT", "CHL"):
        assert m.modality != "asserted", _why(ms)


def test_a_closing_attribution_after_a_running_quotation_is_kept(code):
    ms = code(
        "Chile's president was angry. \"The talks have failed. We reject the Bolivian "
        'demands," the Chilean president told reporters on Monday.'
    )
    found = _by(ms, "REJECT", "CHL")
    assert found, _why(ms)


def test_a_banner_slogan_is_no_speakers_refusal(code):
    ms = code(
        "Protesters marched through Santiago on Sunday carrying banners that read "
        '"We will not pay Bolivia\'s gas bill".'
    )
    assert not _typed(ms, "REJECT"), _why(ms)


def test_a_post_after_the_quotation_keeps_its_speaker(code):
    ms = code(
        "The border dispute between Chile and Bolivia deepened this week. "
        '"We will not negotiate under pressure from La Paz," Chile\'s president posted on '
        "social media on Monday."
    )
    found = _by(ms, "REJECT", "CHL")
    assert found, _why(ms)
