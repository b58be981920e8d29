"""Issue #12 (branch noise12): non-political pages that use political words figuratively or of
the past. Every sentence is invented.

- A review of a history book (data/relevance/fiction.tsv: "is published by", a bookshop, "buy a
  copy", historian, "this book") is a review of a work: the past it retells codes nothing.
- Sense rows (data/coding/senses.tsv): "what the big firms charge" (a price), demand as buyers'
  appetite ("demand from carmakers has slowed"), a weather warning ("a yellow warning for
  ice"), patients who "received the drug", "hard to beat" (excellent), a takeover offer's price
  ("the offer values the brewer at ..."), a perfect of "have to" ("passengers have had to
  travel": no demand; new senses mark @perfect) and a product's appeal ("broaden its appeal to").
- A nationality adjective before brands, labels, contestants, finalists or bloggers says where
  they are from (vocabulary leisure_head_nouns), no state's act.
"""

from __future__ import annotations

import pytest

from support import batch_codes

REVIEW = (
    "In the spring of 1853 the Tsar's armies crossed the Danube, and within a year Britain and "
    "France had sent a fleet to the Black Sea. Few conflicts of the century were fought more "
    "clumsily.\n\n"
    "Jonathan Reeve, a naval historian, tells the story through the letters of the officers who "
    "were there. He shows the British ambassador in Constantinople urging the Sultan to resist, "
    "and the French foreign minister threatening to withdraw his support.\n\n"
    "Reeve is at his best on the siege of Sevastopol. He is weaker on the peace talks, which he "
    "rushes through in a few pages.\n\n"
    "Still, this book is a vivid account of a forgotten war. The Crimean Gamble by Jonathan "
    "Reeve is published by Kestrel Press at £22. Readers can buy a copy at the Ledger bookshop."
)


def test_a_history_book_review_codes_nothing_of_the_past_it_retells() -> None:
    assert batch_codes(REVIEW) == []


def test_news_about_a_book_keeps_itsbatch_codes() -> None:
    text = (
        "The Hungarian government on Tuesday banned a history book by a Polish historian. "
        "Warsaw condemned the ban and summoned Hungary's ambassador."
    )
    types = {t for t, _, _ in batch_codes(text)}
    assert types & {"ACCUSE", "CONSULT", "COERCE", "SANCTION"}, batch_codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Danish knitwear costs a fraction of what the Italian houses charge.",
        "Demand from German carmakers has slowed sharply, the Japanese supplier said.",
        "The Chilean spokesman said demand from Chinese buyers had slowed.",
        "The Met Office has issued a yellow warning for ice until Friday.",
        "In the Portuguese trial, 30 patients received the new drug alongside chemotherapy.",
        "The Greek restaurant is hard to beat.",
        "For years the Danish and Swedish brands came to Milan as guests.",
        "The Spanish bidder's offer of 250 pence per share values the brewer at a 30% premium.",
        "The Welsh airline's boss said passengers have had to travel to London for years.",
        "The German carmaker hopes the new model will broaden its appeal to younger Chinese buyers.",
    ],
)
def test_figurative_senses_code_no_event(text: str) -> None:
    assert batch_codes(text) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Police beat him hard with sticks.", "ASSAULT"),
        ("Protesters demanded that the Italian government resign.", "REQUEST"),
        ("The Italian prosecutors charge that the minister took bribes.", "ACCUSE"),
        ("The Kenyan president received the Ugandan delegation.", "CONSULT"),
        ("The army issued a warning to Ukrainian forces.", "THREATEN"),
        ("Chinese diplomats came to Paris for talks.", "CONSULT"),
        ("Russia's offer of talks was welcomed by Ukraine.", "AGREE"),
        ("The Dutch minister said Israel has to withdraw its troops.", "REQUEST"),
        ("Kenya's president said the refugees had to leave the camp.", "REQUEST"),
        ("The Afghan government launched an appeal for international aid.", "REQUEST"),
        ("Chile's president appealed to Bolivia to free the detained lorry drivers.", "REQUEST"),
    ],
)
def test_political_senses_stay(text: str, event_type: str) -> None:
    assert event_type in {t for t, _, _ in batch_codes(text)}, batch_codes(text)
