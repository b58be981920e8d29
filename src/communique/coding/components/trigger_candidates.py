"""The ``communique_trigger_candidates`` component: the words the trigger lexicon
(``data/coding/triggers.tsv``) names as events, with the lexicon row each matched."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from communique.coding.triggers import find_triggers


class TriggerCandidates:
    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        per_sentence = [find_triggers(sent) for sent in doc.sents]
        doc._.communique_triggers = per_sentence
        doc.spans[self.spans_key] = [
            Span(doc, t.token.i, t.token.i + 1, label=f"{t.cameo.code} {t.cameo.plover}")
            for found in per_sentence
            for t in found
        ]
        return doc


@Language.factory(
    "communique_trigger_candidates", default_config={"spans_key": "communique_triggers"}
)
def make_trigger_candidates(nlp: Language, name: str, spans_key: str) -> TriggerCandidates:
    return TriggerCandidates(spans_key)
