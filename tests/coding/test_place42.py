"""Places and peoples that are not states (issue #12 item 5): a place two states have read as
the story's own state's (rule mention.story_state_place), a site named after a place of a state
the story does not name (mention.named_site_place), and people who came from elsewhere not
placed by where they are (mention.newcomers_unplaced). Invented texts."""

from __future__ import annotations

from tests.support import by_type, countries


def parties(mentions) -> set[str]:
    return {c for m in mentions for c in countries(m.actor) | countries(m.recipient)}


# -- mention.story_state_place ---------------------------------------------------------------


def test_a_province_two_states_share_is_the_story_states(code):
    """A story on Pakistan that also names India (as the accused backer): the victims "from
    Punjab" are Pakistan's, not India's."""
    mentions = code(
        "Pakistan's interior minister blamed India for the ambush. Pakistani officials said "
        "gunmen stopped a coach in Balochistan, and seven labourers from Punjab were shot dead. "
        "Pakistan's army said Pakistan would hunt the attackers down."
    )
    assault = by_type(mentions, "ASSAULT")
    assert "PAK" in countries(assault.recipient), assault.explanation
    assert "IND" not in countries(assault.recipient), assault.explanation


def test_a_shared_province_on_a_story_about_the_other_state_keeps_it(code):
    """Guard: the same province on a story mostly about India stays India's."""
    mentions = code(
        "India's home minister blamed Pakistan for the ambush. Indian officials said gunmen "
        "stopped a coach near Amritsar, and seven labourers from Punjab were shot dead. India's "
        "army said India would hunt the attackers down."
    )
    assault = by_type(mentions, "ASSAULT")
    assert "IND" in countries(assault.recipient), assault.explanation


# -- mention.named_site_place ----------------------------------------------------------------


def test_a_market_named_after_a_foreign_city_is_no_party(code):
    """ "the Cairo market in Nairobi": the market's name makes neither the police Egyptian
    nor Egypt a party."""
    mentions = code("Police fired tear gas at traders in the Cairo market in Nairobi on Friday.")
    assert "EGY" not in parties(mentions), [m.explanation for m in mentions]
    assault = by_type(mentions, "ASSAULT")
    assert countries(assault.actor) == {"KEN"}, assault.explanation


def test_a_street_named_after_a_foreign_capital_is_no_party(code):
    """A road named after a capital, in a story filed from another state's capital."""
    mentions = code(
        "MASERU (Wire) — Police blocked Cairo Road with armoured trucks on Thursday to stop an "
        "opposition march."
    )
    assert mentions
    assert "EGY" not in parties(mentions), [m.explanation for m in mentions]
    assert "LSO" in parties(mentions)


def test_a_market_of_the_story_state_keeps_its_state(code):
    """Guard: a market named after a city of the story's own state stays that state's."""
    mentions = code(
        "KABUL (Wire) — Gunmen attacked the Kabul market on Monday, killing four people, Afghan "
        "police said."
    )
    assert "AFG" in parties(mentions)


def test_a_capital_speaking_and_a_capital_possessor_keep_their_state(code):
    """Guards: "Moscow said", "Kyiv's forces" stand for their governments."""
    threat = code("Moscow said it would expel two Polish diplomats.")
    assert any("RUS" in countries(m.actor) for m in threat)
    shelling = by_type(code("Kyiv's forces shelled Russian positions near the border."), "ASSAULT")
    assert countries(shelling.actor) == {"UKR"}


def test_talks_named_after_a_city_stay_no_party(code):
    """Guard: "the Havana talks" name no party, as before."""
    mentions = code("Russia rejected the proposals made at the Havana talks.")
    assert "CUB" not in parties(mentions)


# -- mention.newcomers_unplaced --------------------------------------------------------------


def test_migrants_rallying_in_a_capital_are_not_its_people(code):
    """Migrant workers gathered in Rome are not Italy's people."""
    mentions = code(
        "In Rome, several hundred migrant workers gathered outside the Bangladeshi embassy on "
        "Sunday to demand help with unpaid wages."
    )
    protest = by_type(mentions, "PROTEST")
    assert "ITA" not in countries(protest.actor), protest.explanation
    assert "mention.newcomers_unplaced" in protest.explanation


def test_protesters_and_refugees_named_by_nationality_keep_their_places(code):
    """Guards: protesters in a capital are its people; refugees named by their nationality
    keep it."""
    crowd = by_type(
        code("Thousands of protesters gathered in Paris on Sunday to demand pension talks."),
        "PROTEST",
    )
    assert countries(crowd.actor) == {"FRA"}, crowd.explanation
    refugees = by_type(
        code("In Berlin, hundreds of Syrian refugees rallied outside the Syrian embassy."),
        "PROTEST",
    )
    assert countries(refugees.actor) == {"SYR"}, refugees.explanation
