"""Guards for the learned acceptance model (filter.learned_acceptance) that hold with and
without it: a sentence coded alone, and the central acts of a long invented story, are coded
as the rules code them. Every sentence is invented."""

from __future__ import annotations

from communique.model import Article

LONG = (
    "Norway and Iceland sign fisheries deal\n\n"
    "OSLO, September 9, 2025 -- Norway and Iceland signed a fisheries agreement in Oslo on "
    "Tuesday. Iceland's prime minister praised Norway for years of patient talks. "
    "The two governments will meet again in Reykjavik next spring. "
    "Denmark welcomed the agreement on Wednesday. "
    "Fishing crews in the north said catches had fallen for three seasons. "
    "The agreement sets quotas for the next five years.\n"
)


def test_one_sentence_accusation_kept(code):
    events = code("Estonia accused Belarus of jamming flights over the border on Monday.")
    assert [(m.event_type, m.actor[0].country) for m in events][:1] == [("ACCUSE", "EST")]
    assert events[0].recipient and events[0].recipient[0].country == "BLR"


def test_long_story_keeps_its_signing():
    from communique.pipeline import code_articles

    article = Article(text=LONG, published="2025-09-09", id="guard")
    (item,) = list(code_articles([article], topic_gate=False))
    signed = [m for m in item.mentions if m.event_type == "SUPPORT" and m.cameo == "057"]
    assert signed
    assert {a.country for m in signed for a in m.actor} & {"NOR", "ISL"}
