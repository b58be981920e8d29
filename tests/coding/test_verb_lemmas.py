"""Verb forms the small English model lemmatises wrongly ("staged" read as "stag", "fined" as
"fin", "cordoned" as "cordone"; issue #11): the pipeline repairs the lemma from the verb-form
tables (communique.verb_lemmas), so a trigger verb the tables name is coded and every reader
of the lemma sees the verb; a lemma that can be spelled so ("rapped" -> "rap", "found" ->
"find") and nouns stay as they were. Every text is written for these tests."""

from __future__ import annotations

import pytest

from support import event_types


def lemma_of(nlp, text: str, word: str) -> str:
    return next(t.lemma_ for t in nlp(text) if t.text == word)


@pytest.fixture(scope="module")
def coder_nlp():
    from communique.parsing import load_pipeline

    return load_pipeline()


SLIPS = [
    ("Harbour porters staged a strike at the quay in Tema on Monday.", "staged", "stage"),
    ("A tribunal in Izmir fined the weekly paper over a cartoon.", "fined", "fine"),
    ("Gendarmes cordoned off the plaza in Rabat before the rally.", "cordoned", "cordon"),
    ("Officers rearrested the union organiser in Gulu at dawn.", "rearrested", "rearrest"),
    ("Raiders raped a farmer's daughter during the attack on the hamlet.", "raped", "rape"),
    ("The envoy extolled the new trade pact with Chile on Tuesday.", "extolled", "extol"),
]


@pytest.mark.parametrize(("text", "word", "lemma"), SLIPS)
def test_wrong_model_lemmas_of_trigger_verbs_are_repaired(nlp, coder_nlp, text, word, lemma):
    assert lemma_of(nlp, text, word) == lemma
    assert lemma_of(coder_nlp, text, word) == lemma  # the fast pipeline the coder runs


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("The duo rapped about life in the townships of Soweto.", "rapped", "rap"),
        ("Three lawyers founded a new party in Lusaka last year.", "founded", "found"),
        ("The inquiry found the claims baseless, its chairman said.", "found", "find"),
        ("The seal's fins were caught in the nets off Walvis Bay.", "fins", "fin"),
    ],
)
def test_possible_model_lemmas_and_nouns_stay(nlp, text, word, lemma):
    assert lemma_of(nlp, text, word) == lemma


@pytest.mark.parametrize(
    "text",
    [
        "Tenant farmers gheraoed the revenue officer in Bhopal over the eviction notices.",
        "Contract workers are gheraoing the plant manager in Durgapur over unpaid wages.",
    ],
)
def test_trigger_verbs_missing_from_the_converted_forms_are_found(code, text):
    assert "PROTEST" in event_types(code(text))
