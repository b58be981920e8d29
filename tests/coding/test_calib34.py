"""An event's confidence says how likely it is to be right (coding.calibration), and the weakest
readings outside a story's opening sentence are left out, each counted with its reason
(filter.low_confidence). Sentences invented for these tests."""

from __future__ import annotations

from communique.coding import code_article
from communique.model import Article

OPENING = "Chile and Peru held border talks in Lima on Monday.\n\n"


def _code(nlp, text: str):
    doc = nlp(text)
    return code_article(Article(text=text, id="c34", published="2025-03-04"), doc), doc


def _code_with_threshold(nlp, text: str):
    """Code with the default threshold (the event coder's min_confidence)."""
    from communique.coding.calibration import MIN_CONFIDENCE
    from communique.coding.components.event_coder import EventCoder

    _, doc = _code(nlp, text)  # the actor and trigger components' work, then the coder again
    doc = EventCoder(min_confidence=MIN_CONFIDENCE)(doc)
    return list(doc._.communique_mentions), doc


def _rejection(nlp, text: str):
    mentions, _ = _code(nlp, text)
    return next(m for m in mentions if m.event_type == "REJECT" and m.sentence == 2)


def test_a_target_guessed_from_the_story_scores_below_one_named_in_the_clause(nlp) -> None:
    told = OPENING + (
        "Peruvian officials later accused Chilean police of arresting 12 fishermen.\n\n"
        "Chilean officials rejected the Peruvian accusation on Tuesday."
    )
    guessed = OPENING + (
        "Peruvian officials later accused Chilean police of arresting 12 fishermen.\n\n"
        "Chilean officials rejected the accusation on Tuesday."
    )
    named, assumed = _rejection(nlp, told), _rejection(nlp, guessed)
    assert [a.country for a in named.recipient] == ["PER"]
    assert [a.country for a in assumed.recipient] == ["PER"]
    assert assumed.confidence < named.confidence


def test_a_weak_reading_after_the_lead_is_dropped_and_reported(nlp) -> None:
    text = OPENING + "Officials in Santiago said the talks should continue."
    mentions, doc = _code_with_threshold(nlp, text)
    assert not [m for m in mentions if m.sentence == 1 and m.event_type == "CONSULT"]
    weak = [d for d in doc._.communique_dropped if d.rule == "filter.low_confidence"]
    assert [(d.sentence, d.trigger) for d in weak] == [(1, "talks")]
    assert "recipient:none" in weak[0].why  # the feature that weighed most against it


def test_the_opening_sentence_keeps_its_weak_reading(nlp) -> None:
    # a demand read off "should" with no addressee: weak, but what the lone sentence is about
    mentions, doc = _code_with_threshold(
        nlp, "Officials in Santiago said the talks should continue."
    )
    assert [m.event_type for m in mentions] == ["REQUEST"]
    assert mentions[0].confidence < 0.5
    assert not [d for d in doc._.communique_dropped if d.rule == "filter.low_confidence"]


def test_the_event_coder_with_no_threshold_keeps_every_reading(nlp) -> None:
    from communique.coding.components.event_coder import EventCoder

    text = OPENING + "Officials in Santiago said the talks should continue."
    _, doc = _code(nlp, text)
    doc = EventCoder(min_confidence=0.0)(doc)  # no threshold
    talks = [m for m in doc._.communique_mentions if m.sentence == 1 and m.event_type == "CONSULT"]
    assert len(talks) == 1
    assert talks[0].confidence < 0.5


def test_a_sentences_most_confident_event_is_still_its_main_one(nlp) -> None:
    text = OPENING + (
        "Peruvian officials later accused Chilean police of arresting 12 fishermen.\n\n"
        "Chilean officials rejected the Peruvian accusation and criticised the report on Tuesday."
    )
    mentions, _ = _code(nlp, text)
    last = [m for m in mentions if m.sentence == 2]
    assert len(last) >= 2
    top = max(last, key=lambda m: m.confidence)
    assert top.event_type == "REJECT"
    # calibrated, not the coder's hand-set ranking score
    assert all(m.rank_score is not None for m in last)


def test_unattributed_violence_is_kept_with_its_low_confidence(nlp) -> None:
    text = OPENING + "Two fishermen were killed near the maritime border on Sunday, officials said."
    mentions, doc = _code_with_threshold(nlp, text)
    killed = [m for m in mentions if m.sentence == 1 and m.event_type == "ASSAULT"]
    assert len(killed) == 1 and killed[0].unattributed and not killed[0].actor
    assert killed[0].confidence < 0.5  # kept, flagged, and scored as the guess it is
    assert not [d for d in doc._.communique_dropped if d.rule == "filter.low_confidence"]
