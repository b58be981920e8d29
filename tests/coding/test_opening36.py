"""The story's opening keeps its weak readings (coding.calibration.spared): every event of the
lead sentence, and, when the lead holds none, the first act told only when a state, a state
body, an armed group, a party or an intergovernmental body is named in its own sentence; a
late, weak first act of a page about gardens or insects is left out (filter.opening_unnamed).
Pages invented for these tests."""

from __future__ import annotations

from communique.coding import code_article
from communique.model import Article

INSECTS = (
    "Bees of the valley\n\n"
    "Our apiary club toured six farms this spring. A survey by a college in Utrecht found "
    "that workers from two hives near Ghent attacked each other at dawn."
)


def _code_with_threshold(nlp, text: str):
    from communique.coding.calibration import MIN_CONFIDENCE
    from communique.coding.components.event_coder import EventCoder

    doc = nlp(text)
    code_article(Article(text=text, id="o36", published="2025-03-04"), doc)
    doc = EventCoder(min_confidence=MIN_CONFIDENCE)(doc)
    return list(doc._.communique_mentions), doc


def test_a_hobby_page_whose_first_act_is_late_and_weak_codes_nothing(nlp) -> None:
    mentions, doc = _code_with_threshold(nlp, INSECTS)
    assert mentions == []
    dropped = [d for d in doc._.communique_dropped if d.rule == "filter.opening_unnamed"]
    assert [(d.sentence, d.trigger) for d in dropped] == [(2, "attacked")]


def test_a_political_story_whose_lead_has_no_event_keeps_its_first_act(nlp) -> None:
    text = (
        "Border tension\n\n"
        "Tensions remain high along the frontier. Ruritanian troops shelled a village near "
        "the border on Sunday."
    )
    mentions, _ = _code_with_threshold(nlp, text)
    assert [(m.sentence, m.event_type) for m in mentions] == [(2, "ASSAULT")]
    assert mentions[0].confidence < 0.5  # weak, but the story's first act


def test_a_named_state_body_keeps_the_first_weak_demand(nlp) -> None:
    text = (
        "Border tension\n\n"
        "Tensions remain high along the frontier. Chilean officials said the talks should "
        "continue."
    )
    mentions, _ = _code_with_threshold(nlp, text)
    assert [(m.event_type, [a.code for a in m.actor]) for m in mentions] == [
        ("REQUEST", ["CHLGOV"])
    ]


def test_a_strong_first_act_of_private_people_is_kept(nlp) -> None:
    # the condition is for weak readings only: a clear clash between two named groups stays
    text = (
        "Harbour festival\n\n"
        "The boats were decorated with lanterns on Friday. Farmers from the hills near Porto "
        "clashed with fishermen over stall places, the organisers said."
    )
    mentions, _ = _code_with_threshold(nlp, text)
    assert [(m.sentence, m.event_type) for m in mentions] == [(2, "ASSAULT")]
    assert mentions[0].confidence >= 0.5


def _told_by_they(event_type: str):
    from communique.model import Actor, Evidence, Mention

    sentence = "They blocked the delivery lane of the mill until late evening."
    return Mention(
        article_id="o36",
        sentence=1,
        event_type=event_type,
        actor=[Actor(text="bakers", country="CHL", sector="LAB")],
        recipient=[],
        evidence=Evidence(sentence_text=sentence, start=0, end=len(sentence), trigger="blocked"),
        explanation="actor 'They' = the verb's subject [actor.nsubj]; 'They' = 'bakers' "
        "(the previous plural subject) [resolve.previous_plural_subject]",
    )


def test_a_protest_told_by_a_pronoun_keeps_the_first_act_spare() -> None:
    from communique.coding.calibration import spared

    # a protest is political whoever takes part; a clash of private people is not
    assert spared(_told_by_they("PROTEST"), first=1)
    assert not spared(_told_by_they("ASSAULT"), first=1)
    assert not spared(_told_by_they("ASSAULT"), first=0)
