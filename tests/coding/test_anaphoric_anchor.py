"""An "after" clause hanging on an uncoded verb that acts upon 'that' + a happening the sentence
before dated well in the past is counted from that year (rule date.anaphoric_anchor)."""

from __future__ import annotations

from communique.coding import code_article
from communique.model import Article


def _accusations(nlp, text: str):
    doc = nlp(text)
    mentions = code_article(Article(text=text, id="t", published="2026-03-11"), doc)
    return [m for m in mentions if m.event_type == "ACCUSE"]


def test_after_clause_under_that_happening_takes_its_year(nlp):
    text = (
        "Kenya held a presidential election in August 2022. The supreme court annulled that "
        "election after opposition parties accused the electoral commission of fraud."
    )
    (m,) = _accusations(nlp, text)
    assert m.date == "2022"
    assert m.modality == "historical"
    assert "[date.anaphoric_anchor]" in m.explanation


def test_the_and_own_date_words_keep_the_story_day(nlp):
    # 'the election' may be another one; date words of the sentence come first
    for text in (
        "Kenya held a presidential election in August 2022. The supreme court annulled the "
        "election after opposition parties accused the electoral commission of fraud.",
        "Kenya held a presidential election in August 2022. Opposition parties rejected that "
        "election last week, after observers accused the electoral commission of fraud.",
    ):
        for m in _accusations(nlp, text):
            assert m.date and m.date.startswith("2026")
            assert "[date.anaphoric_anchor]" not in m.explanation
