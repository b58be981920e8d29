"""Issue #12 (branch noise11): what a non-political page that slips past the story gate brings
to the coder when countries are teams, markets and nationalities. Every sentence is invented.

- A nationality adjective used as a noun for one person after an article ("a Norwegian", "the
  Brazilian") and the demonym nouns of one person ("Spaniard", "Dutchman", "Briton") are a
  private person of that country (sector CVL), not the state; "the French" (the nation) and
  "the U.S." keep the state.
- A country's coach or referee is the national team's (vocabulary leisure_head_nouns).
- Sense rows (data/coding/senses.tsv): a side striking against the run of play, players
  fighting for every ball, a board fighting a takeover, a company launching a takeover bid,
  players sharing the lead after some rounds, a player defending tenaciously.
- A "carrier" alone is no military actor (an airline, more often; "aircraft carrier" is).
"""

from __future__ import annotations

import pytest

from communique.model import Article
from communique.sources import iter_articles
from support import batch_codes


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Her rival, a Norwegian, criticised the judges after the final round.", "NORCVL"),
        ("The Brazilian accused the linesman of bias after the cup tie.", "BRACVL"),
        ("The Dutchman criticised the stewards after the sprint.", "NLDCVL"),
        # an accusation of a private person alone is no political event since noise13
        # (filter.private_nationality); an arrest of one still is
        ("A Spaniard was arrested by Portuguese police at the regatta.", "ESPCVL"),
        ("An Austrian was detained by Slovak border guards on Tuesday.", "AUTCVL"),
    ],
)
def test_nationality_noun_is_a_person_not_the_state(text: str, person: str) -> None:
    codes = [c for _, a, r in batch_codes(text) for c in a + r]
    state = person[:3]
    assert state not in codes, codes
    assert person in codes, codes


@pytest.mark.parametrize(
    ("text", "event_type", "state"),
    [
        ("The French have proposed a compromise on the quotas.", "AGREE", "FRA"),
        ("The U.S. criticised the verdict on Monday.", "ACCUSE", "USA"),
        ("The Canadian government criticised the verdict on Monday.", "ACCUSE", "CAN"),
        ("The Canadian and Dutch ministers criticised the verdict.", "ACCUSE", "CAN"),
    ],
)
def test_nation_and_state_keep_their_state(text: str, event_type: str, state: str) -> None:
    events = batch_codes(text)
    assert any(
        t == event_type and any(c and c.startswith(state) for c in a) for t, a, _ in events
    ), events


@pytest.mark.parametrize(
    "text",
    [
        "Paraguay's coach blamed the referee for the late penalty.",
        "Chile struck against the run of play just before the interval.",
        "Bolivia would fight for every ball, their coach said.",
        "The Swiss chairman said his board would fight the takeover.",
        "The packaging group Norland has launched a hostile takeover bid for its Irish rival.",
        "After five rounds of the open section, a Pole and a Spaniard share the lead.",
        "Her opponent, a Swede, defended tenaciously for four hours.",
        "A new carrier attacks the busy route to Athens this spring.",
    ],
)
def test_sport_and_business_senses_code_nothing(text: str) -> None:
    assert batch_codes(text) == [], batch_codes(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Insurgents struck the garrison town on Sunday.", "ASSAULT"),
        ("Soldiers fought for control of the bridge for two days.", "ASSAULT"),
        ("The opposition launched a bid to unseat the prime minister.", "SANCTION"),
        ("Nurses struck for higher pay across the country.", "PROTEST"),
    ],
)
def test_political_senses_stay(text: str, event_type: str) -> None:
    assert any(t == event_type for t, _, _ in batch_codes(text)), batch_codes(text)


def test_a_results_list_is_no_dateline(tmp_path) -> None:
    """A plain-text race report with a "Result" heading over "1. Name (GB)" lines: the list is
    not a dateline that starts the story (the report before it was dropped as banner)."""
    page = tmp_path / "race.txt"
    page.write_text(
        "Motor sport | Race report\n\n"
        "Kovac takes a second win of the season at the coastal circuit\n\n"
        "By Ana Ruiz\nSunday 3 May 2026\n\n"
        "Milan Kovac won the race on Sunday after passing the long-time leader on the final lap, "
        "and now heads the standings by six points.\n\n"
        "His team-mate finished third after a slow pit stop cost him two places.\n\n"
        "Result\n1. Kovac (Croatia)\n2. Lindqvist (Sweden) +1.2s\n3. Okoro (Nigeria) +9.8s\n",
        encoding="utf-8",
    )
    (article,) = [a for a in iter_articles([str(page)]) if isinstance(a, Article)]
    assert "passing the long-time leader" in article.text
    assert "slow pit stop" in article.text
