"""The coder as spaCy components: registered by name, built from one configuration, the model
loaded once per process."""

from __future__ import annotations

import subprocess
import sys

import pytest

from communique.coding.components import CODER_PIPES
from communique.nlp import PIPELINE, build_pipeline

TEXT = (
    "Japan imposed new sanctions on Peru on Tuesday.\n\n"
    "The Peruvian foreign minister said Lima would recall its ambassador."
)


def test_model_loads_once_per_process():
    # a fresh process: every pipeline the package builds shares the one loaded model
    code = (
        "from communique.nlp import MODEL_LOADS, get_nlp, build_pipeline\n"
        "from communique.parsing import load_pipeline\n"
        "from communique.coding import code_sentence_text\n"
        "get_nlp(); load_pipeline(); load_pipeline(fast=False); build_pipeline()\n"
        "assert code_sentence_text('Japan imposed sanctions on Peru.')\n"
        "print(MODEL_LOADS[0])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "1"


def test_pipeline_has_the_coder_components_by_name():
    nlp = build_pipeline()
    assert list(CODER_PIPES) == [n for n in nlp.pipe_names if n in CODER_PIPES]
    assert list(PIPELINE["coder"]) == list(CODER_PIPES)
    doc = nlp(TEXT)
    actors = {sp.label_ for sp in doc.spans["communique_actors"]}
    assert {"JPN", "PER"} <= actors
    assert any("SANCTION" in sp.label_ for sp in doc.spans["communique_triggers"])
    mentions = doc._.communique_mentions
    sanction = next(m for m in mentions if m.event_type == "SANCTION")
    assert [a.country for a in sanction.actor] == ["JPN"]
    assert [a.country for a in sanction.recipient] == ["PER"]


def test_a_component_can_be_left_out_by_name():
    nlp = build_pipeline(disable=("communique_event_coder",))
    assert "communique_event_coder" not in nlp.pipe_names
    doc = nlp(TEXT)
    assert doc.spans["communique_triggers"]  # the components before it still run
    assert doc._.communique_mentions is None


def test_a_component_can_be_replaced_by_name():
    from spacy.language import Language

    @Language.factory("test_no_triggers")
    def _no_triggers(nlp, name):
        def run(doc):
            doc._.communique_triggers = [[] for _ in doc.sents]
            doc.spans["communique_triggers"] = []
            return doc

        return run

    nlp = build_pipeline(replace={"communique_trigger_candidates": "test_no_triggers"})
    doc = nlp(TEXT)
    assert doc._.communique_mentions == []
    assert {sp.label_ for sp in doc.spans["communique_actors"]} >= {"JPN", "PER"}


def test_unknown_component_names_are_refused():
    with pytest.raises(ValueError, match="no coder component"):
        build_pipeline(disable=("communique_no_such_thing",))


def test_a_doc_can_be_coded_while_parse_texts_is_still_yielding():
    from communique.coding import code_article
    from communique.model import Article
    from communique.parsing import load_pipeline, parse_texts

    nlp = load_pipeline()
    arts = [
        Article(text="Peru recalled its ambassador from Chile on Monday.", id=f"p{i}")
        for i in range(3)
    ]
    docs = parse_texts(nlp, arts, 2)
    lazily = [len(code_article(a, doc, nlp)) for a, doc in zip(arts, docs, strict=True)]
    assert lazily == [1, 1, 1]


def test_the_fast_pipeline_annotates_a_sentence_whose_trigger_needs_only_a_parse_key():
    # "wants Y to": the rule needs the "@wish" parse, no other word, so the sentence must still
    # get lemmas and entities in the fast pipeline
    from communique.coding import code_article
    from communique.model import Article
    from communique.parsing import load_pipeline, parse_texts

    nlp = load_pipeline()
    art = Article(
        text="Washington also wants Beijing to buy more soybeans, officials said.", id="w"
    )
    (doc,) = parse_texts(nlp, [art])
    assert [m.event_type for m in code_article(art, doc, nlp)] == ["REQUEST"]
